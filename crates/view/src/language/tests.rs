//! Every catalogue checked against English and against Fluent itself: read without errors, no
//! message missing, no figure a message asks for that the page does not give, every sentence
//! family written for every preset and a grid of scenarios in every language, the verdict
//! within its length; and the subset here writing what `fluent-bundle` writes.

use super::*;
use crate::text;
use economics::{presets::PRESETS, AiMode, Scenario};

/// Language `l`'s catalogue as written in `messages/`.
fn source(l: Language) -> String {
    let path = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), l.file().expect("a file"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every language but English; only `ONLY_LANG`'s if that is set, for a translator checking one.
fn others() -> impl Iterator<Item = Language> {
    all().filter(|&l| l != Language::En)
}

/// Every language; only English and `ONLY_LANG`'s if that is set.
fn all() -> impl Iterator<Item = Language> {
    let only = std::env::var("ONLY_LANG").ok();
    Language::ALL.into_iter().filter(move |l| only.as_deref().is_none_or(|o| *l == Language::En || o == l.tag()))
}

/// A locale of the kind the language's readers have: German's commas and "Mio.", Japanese's
/// 万 and 億 (the sentences' lengths are held in the reader's own writing of figures).
fn locale_of(l: Language) -> crate::format::Locale {
    match l {
        Language::En => crate::format::Locale::default(),
        Language::Ja | Language::ZhCn => crate::format::tests::japanese(),
        _ => crate::format::tests::german(),
    }
}

/// The ids every language must have: English's, and each input's label and unit.
fn required() -> Vec<String> {
    let en = Catalogue::parse(&english()).0;
    let mut ids: Vec<String> = en.ids().map(str::to_string).collect();
    for p in economics::params::PARAMS {
        ids.push(format!("param-{}", p.key));
        if !p.unit.is_empty() {
            ids.push(format!("unit-{}", p.key));
        }
    }
    for t in economics::params::TOGGLES {
        ids.push(format!("toggle-{}", t.key));
    }
    for p in PRESETS {
        ids.push(format!("preset-{}", p.id));
        ids.push(format!("preset-note-{}", p.id));
        ids.extend(p.fields.iter().map(|(key, _, _)| format!("preset-why-{}-{key}", p.id)));
    }
    ids
}

#[test]
fn english_reads_without_errors() {
    let (_, errors) = Catalogue::parse(&english());
    assert!(errors.is_empty(), "{errors:?}");
}

/// Every reason an input goes unused has its words in English (and so, by the test below, in
/// every language).
#[test]
fn every_unused_reason_has_its_words() {
    let en = Catalogue::parse(&english()).0;
    for why in economics::params::Unused::ALL {
        assert!(en.has(&format!("unused-why-{}", why.name())), "{why:?}");
    }
}

#[test]
fn every_catalogue_reads_and_has_every_message() {
    let en = Catalogue::parse(&english()).0;
    let required = required();
    for l in others() {
        let (c, errors) = Catalogue::parse(&source(l));
        assert!(errors.is_empty(), "{}: {errors:?}", l.tag());
        let missing: Vec<&String> = required.iter().filter(|id| !c.has(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.tag());
        let extra: Vec<&str> = c.ids().filter(|id| !required.iter().any(|r| r == id)).collect();
        assert!(extra.is_empty(), "{} has messages English does not: {extra:?}", l.tag());
        for id in en.ids() {
            // A translation asks only for the figures the page gives English's message.
            let (theirs, ours) = (c.arguments(id), en.arguments(id));
            let unknown: Vec<&String> = theirs.iter().filter(|a| !ours.contains(a)).collect();
            assert!(unknown.is_empty(), "{} {id} asks for {unknown:?}, which the page does not give", l.tag());
        }
    }
}

/// Scenarios that reach every branch of the sentences: the presets, and a grid of modes, shares,
/// sites with and without miners, tax, debt and what counts after the contract.
fn scenarios() -> Vec<Scenario> {
    let mut out: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario()).collect();
    for mode in [AiMode::Lease, AiMode::GpuCloud] {
        for share in [0.0, 40.0, 100.0] {
            for greenfield in [false, true] {
                for (tax, loan, tv, years) in [(21.0, 60.0, true, 10.0), (0.0, 0.0, false, 1.0), (21.0, 0.0, true, 1.0)] {
                    let mut s = Scenario { mode, ..Scenario::default() };
                    s.ai.share_converted_pct = share;
                    s.mining.greenfield = greenfield;
                    s.tax.rate_pct = tax;
                    s.debt.loan_to_cost_pct = loan;
                    s.finance.terminal_value = tv;
                    s.lease.years_after_contract = years;
                    out.push(s);
                }
            }
        }
    }
    let mut loses = Scenario::default();
    loses.ai.conversion_capex_musd_per_mw_it = 25.0;
    out.push(loses);
    out
}

#[test]
fn every_sentence_family_is_written_in_every_language() {
    for l in all() {
        let text_of = l.file().map(|_| source(l));
        use_catalogue(l, text_of.as_deref());
        crate::format::set_locale(locale_of(l));
        for s in scenarios() {
            let Ok(r) = economics::compute(&s) else { continue };
            let verdict = text::verdict(&s, &r);
            let mut said = vec![verdict.clone(), text::basis(&s, &r), text::advantage(&r), text::takeaway_value(&s, &r), text::describe(crate::Chart::Value, &s, &r)];
            said.extend(text::terms(&s).into_iter().flat_map(|(a, b)| [a, b]));
            said.push(text::why_convert(&s, &r));
            said.push(text::per_kwh(&s, &r));
            said.extend(text::other_views(&s, &r));
            said.push(text::details(&s, &r, None));
            said.extend(r.warnings.iter().map(|w| text::warning(&s, &r, w)));
            said.extend(crate::Chart::ALL.map(|c| text::describe(c, &s, &r)));
            let base = economics::compute(&Scenario::default()).unwrap();
            said.extend(text::comparison(&Scenario::default(), &base, &s, &r, 3));
            said.push(crate::export::copied(&s, &r, "https://example.org/?mw=1", "2099-01-01"));
            said.push(text::market_as_of(crate::BUILD_DATE));
            said.extend([text::takeaway_per_kwh(&r), text::takeaway_annual(&r, s.site.grid_mw), text::takeaway_cover(&s, &r), text::cumulative_cash(&r)]);
            for table in [text::table_value(&s, &r), text::table_cumulative(&r), text::table_annual(&r, s.site.grid_mw), text::table_cover(&r), text::table_per_kwh(&r)] {
                said.extend(table.into_iter().next().unwrap_or_default());
            }
            said.extend([0, 1, 13, 24, 197].map(crate::format::months));
            for t in &said {
                assert!(!t.is_empty() && !t.contains("{$") && !t.contains('{') && !t.contains("NaN"), "{}: {t}", l.tag());
            }
            match l {
                Language::Ja | Language::ZhCn => assert!(verdict.chars().count() <= 90, "{} {} chars: {verdict}", l.tag(), verdict.chars().count()),
                _ => assert!(verdict.split_whitespace().count() <= 32, "{} {} words: {verdict}", l.tag(), verdict.split_whitespace().count()),
            }
        }
        // Every input's label and unit, as the controls write them.
        for p in economics::params::PARAMS {
            assert!(!label(p).is_empty() && !unit(p).contains('{'), "{} {}", l.tag(), p.key);
        }
        for t in economics::params::TOGGLES {
            assert!(!toggle_label(t).is_empty());
        }
        for p in PRESETS {
            assert!(!preset_name(p).is_empty());
        }
        for g in crate::inputs::sections() {
            assert!(!crate::inputs::title(g).is_empty());
        }
        said_more(l);
        // The inputs a scenario does not use: every reason, in a scenario that leaves out many.
        let mut s = Scenario::default();
        s.tax.pre_tax_unlevered = true;
        s.tax.rate_pct = 30.0;
        s.debt.loan_to_cost_pct = 50.0;
        s.ai.firm_power_premium_usd_per_kwh = 0.05;
        s.finance.discount_rate_pct = 12.0;
        let unused = text::unused_inputs(&s).unwrap_or_default();
        assert!(unused.matches(crate::language::semicolon()).count() >= 3 && !unused.contains('{'), "{}: {unused}", l.tag());
        for why in economics::params::Unused::ALL {
            assert!(!tr(&format!("unused-why-{}", why.name())).is_empty(), "{}: {why:?}", l.tag());
        }
        // What a number box says of what was typed: a foreign mark, a value out of range, whole months.
        let (mw, conv) = (economics::params::Param::by_key("mw").unwrap(), economics::params::Param::by_key("conv").unwrap());
        let local = |x: f64| crate::format::trimmed(x, 2);
        for note in [crate::format::typed_note("150%", mw, 150.0, 150.0, "MW", local), crate::format::typed_note("99999", mw, 99999.0, 2000.0, "MW", local),
            crate::format::typed_note(".5", conv, 0.5, 1.0, "months", local)] {
            let english = note.contains("Read “") || note.contains("Allowed") || note.contains("whole months");
            assert!(!note.is_empty() && !note.contains('{') && english == (l == Language::En), "{}: {note}", l.tag());
        }
        // Every caution the model names, in this language: never the model's English sentence.
        let r = economics::compute(&Scenario::default()).unwrap();
        for code in economics::model::WARNING_CODES {
            let w = economics::Warning { code: code.into(), message: "the model's English".into(), figure: Some(12.0) };
            let t = text::warning(&s, &r, &w);
            assert!(t != w.message && !t.is_empty() && !t.contains('{'), "{}: {code}: {t}", l.tag());
        }
        for chart in crate::Chart::ALL {
            assert!(!chart.title().is_empty());
        }
        for (flips, bars) in how_sure_cases() {
            let tornado = text::takeaway_tornado(&bars);
            assert!(!tornado.contains('{'), "{}: {tornado}", l.tag());
            let t = text::how_sure(&flips, &bars);
            assert!(!t.contains('{') && t.ends_with(['.', '。']), "{}: {t}", l.tag());
        }
        assert!(missing().is_empty(), "{} fell back to English for {:?}", l.tag(), missing());
    }
    use_catalogue(Language::En, None);
    crate::format::set_locale(crate::format::Locale::default());
}

/// Links (and kept scenarios) that ask for what the page cannot take as written, one of each
/// kind of notice the query's reader and the kept scenario give.
fn bad_links() -> Vec<String> {
    let mut links: Vec<String> = [
        "mw=1,5", "mw=1e-400", "mw=99999", "conv=1.5", "mode=x", "start=2099-99", "net=2", "hpd=xx", "zzz=1", "mw=1&mw=2",
        "theme=dark&theme=light", "start=2020-01", "currency=XXX", "currency=EUR&fx=abc", "fx=1.1", "map=x", "charts=x",
        "charts=cash,x", "controls=x", "theme=x", "embed=x", "locked=x", "static=x", "plain=x", "transparent=x", "locale=!!",
        "mv=x", "mv=99", "mv=1", "ref=mw%3D1%2C5", "ref=currency%3DEUR", "ref=ref%3Dx", "ref=charts%3Dx",
    ]
    .map(str::to_string)
    .to_vec();
    // Past the limit of parts: a known key, an unknown one, and more than are named.
    let junk: Vec<String> = (0..crate::query::MAX_PAIRS + 120).map(|i| format!("j{i}=1")).collect();
    links.push(format!("{}&mw=5&zz=1", junk.join("&")));
    links
}

/// Every notice about a link or a kept scenario is written in every language, with no English
/// left in it (a message its catalogue lacks would be remembered as missing).
#[test]
fn every_notice_is_written_in_every_language() {
    use crate::stored::{recall, Memory, LAST};
    let mut english = Vec::new();
    for l in all() {
        let text_of = l.file().map(|_| source(l));
        use_catalogue(l, text_of.as_deref());
        let mut said: Vec<String> = bad_links().iter().flat_map(|q| crate::query::read(q).1).map(|n| n.message).collect();
        for kept in ["mw=1,5", "not a link"] {
            let mut store = Memory { items: vec![(LAST.into(), kept.into())], quota: None };
            said.extend(recall(&mut store).into_iter().flat_map(|(_, n)| n).map(|n| n.message));
            let mut full = Memory { items: vec![(LAST.into(), kept.into())], quota: Some(0) };
            said.extend(recall(&mut full).into_iter().flat_map(|(_, n)| n).map(|n| n.message));
        }
        said.extend(crate::stored::remember(&mut Memory { items: Vec::new(), quota: Some(0) }, "mw=2").map(|n| n.message));
        assert!(said.len() > 50, "{}: {} notices", l.tag(), said.len());
        for n in &said {
            assert!(!n.is_empty() && !n.contains('{') && !n.contains('$'), "{}: {n}", l.tag());
        }
        assert!(missing().is_empty(), "{} fell back to English for {:?}", l.tag(), missing());
        if l == Language::En {
            english = said;
        } else {
            let same: Vec<&String> = said.iter().filter(|n| english.contains(n)).collect();
            assert!(same.is_empty(), "{}: still English: {same:?}", l.tag());
        }
    }
    use_catalogue(Language::En, None);
}

/// Every deal preset's note (the deal in a sentence, and why it sets each input) in every
/// language, with the sources' keys kept: nothing left in English.
#[test]
fn every_preset_note_is_written_in_every_language() {
    for l in all() {
        let text_of = l.file().map(|_| source(l));
        use_catalogue(l, text_of.as_deref());
        for p in PRESETS {
            let (summary, set) = text::preset_note(p);
            assert!(!summary.is_empty() && !set.contains('{') && set.starts_with(p.sources), "{} {}: {set}", l.tag(), p.id);
            if l != Language::En {
                assert_ne!(summary, p.note, "{} {}", l.tag(), p.id);
                for (key, _, origin) in p.fields {
                    let (economics::presets::Origin::Deal(why) | economics::presets::Origin::Assumed(why)) = origin;
                    assert!(!set.contains(why), "{} {} {key}: still English: {why}", l.tag(), p.id);
                }
            }
        }
        assert!(missing().is_empty(), "{} fell back to English for {:?}", l.tag(), missing());
    }
    use_catalogue(Language::En, None);
}

#[test]
fn a_missing_message_is_written_in_english_and_named() {
    use_catalogue(Language::De, Some("ahead-converting = Umbau vorn um { $value }\n"));
    let s = Scenario::default();
    let r = economics::compute(&s).unwrap();
    assert!(text::advantage(&r).starts_with("Umbau vorn um "), "{}", text::advantage(&r));
    assert!(text::verdict(&s, &r).starts_with("Leasing this 100 MW site"));
    assert!(missing().iter().any(|m| m == "verdict-lease"), "{:?}", missing());
    use_catalogue(Language::En, None);
    assert!(missing().is_empty());
}

/// Every message of every catalogue, with each variant of each selector chosen, written by the
/// subset here and by `fluent-bundle`: the same words.
#[test]
fn the_subset_writes_what_fluent_writes() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    for l in all() {
        let text_of = l.file().map_or_else(english, |_| source(l));
        let ours = Catalogue::parse(&text_of).0;
        let resource = FluentResource::try_new(text_of.clone()).unwrap_or_else(|(_, e)| panic!("{}: Fluent cannot read it: {e:?}", l.tag()));
        let mut bundle = FluentBundle::new(vec![l.tag().parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        for id in ours.ids() {
            let names = ours.arguments(id);
            // Each selector's keys from the message's own text, and numbers for plurals.
            let choices = ["gain", "loss", "lease", "cloud", "dark", "mining", "rent", "gpu", "converting", "below", "above", "one", "market", "reserve", "fees", "x"];
            for choice in choices {
                for number in [1.0, 10.0, 1.5] {
                    let mut args = Vec::new();
                    let mut fluent = FluentArgs::new();
                    for name in &names {
                        if ["years", "months", "count", "sourced", "assumed"].contains(&name.as_str()) {
                            args.push((name.as_str(), count(number, number.to_string())));
                            fluent.set(name.as_str(), FluentValue::from(number));
                        } else {
                            let v = if ["sign", "mode", "site", "what", "side", "rate", "with"].contains(&name.as_str()) { choice } else { name.as_str() };
                            args.push((name.as_str(), Arg::from(v)));
                            fluent.set(name.as_str(), v.to_string());
                        }
                    }
                    let mine = ours.format(id, &args, l.tag()).unwrap();
                    let message = bundle.get_message(id).unwrap();
                    let mut errors = vec![];
                    let theirs = bundle.format_pattern(message.value().unwrap(), Some(&fluent), &mut errors);
                    assert_eq!(mine, theirs, "{} {id}", l.tag());
                }
            }
        }
    }
}

/// "How sure" in each of its forms: one flip, two and three groups, two and many break-evens,
/// one outside the sources' span, more than three flips, and none.
fn how_sure_cases() -> Vec<(Vec<economics::analysis::Flip>, Vec<economics::analysis::TornadoBar>)> {
    use economics::analysis::{Flip, TornadoBar};
    let flip = |key: &str, unit: &str, be: &[f64], low: f64, high: f64, sourced: bool| Flip { key: key.into(), label: key.into(), unit: unit.into(), break_evens: be.to_vec(), low, high, sourced };
    let bar = |sourced| TornadoBar { key: "hp".into(), label: "Hashprice".into(), unit: "".into(), low_value: 0.0, high_value: 1.0, low_advantage_usd: 1.0, high_advantage_usd: 2.0, sourced };
    let cap = flip("cap", "$M per MW of IT", &[9.3], 7.5, 15.0, true);
    vec![
        (vec![cap.clone()], vec![]),
        (vec![cap.clone(), flip("yrs", "years", &[7.37], 5.0, 15.0, true), flip("rmine", "%/yr", &[12.0], 10.0, 20.0, false)], vec![]),
        (vec![flip("yrs", "years", &[10.61, 12.2], 5.0, 15.0, true)], vec![]),
        (vec![flip("yrs", "years", &[10.61, 12.2, 13.79], 5.0, 15.0, true)], vec![]),
        (vec![flip("yrs", "years", &[11.0, 12.0, 12.6, 13.2, 13.8], 5.0, 15.0, true)], vec![]),
        ((0..5).map(|_| cap.clone()).collect(), vec![]),
        ((0..4).map(|_| cap.clone()).collect(), vec![]),
        (vec![], vec![bar(true), bar(false), bar(false)]),
        (vec![], vec![bar(true)]),
    ]
}

/// The compact summary's note and the sections' counts, in each of their forms.
fn said_more(l: Language) {
    for t in [
        text::moved(&[], 0.0, 0.0),
        text::moved(&["Hashprice"], -12.34e6, 20e6),
        text::moved(&["Grid power", "Contract length"], 2e9, 0.0),
        text::moved(&["Pool fee"], 0.0, -617e3),
        text::moved(&["Triple-net lease"], 0.0, 0.0),
        text::inputs_changed(1, 0),
        text::inputs_changed(4, 2),
    ] {
        assert!(!t.is_empty() && !t.contains('{'), "{}: {t}", l.tag());
    }
}

/// The first screen's own module compiles in only `en.ftl`: every sentence it writes (the
/// verdict, its basis and glossary, who is ahead, the value chart's takeaway, title and picture)
/// must come from it. Read as another language's catalogue, it lacks nothing they ask for.
#[test]
fn the_first_screen_needs_only_the_first_screens_english() {
    use_catalogue(Language::De, Some(ENGLISH_FIRST));
    for s in scenarios() {
        let Ok(r) = economics::compute(&s) else { continue };
        let _ = (text::verdict(&s, &r), text::basis(&s, &r), text::terms(&s), text::advantage(&r), text::takeaway_value(&s, &r), crate::Chart::Value.title());
        use plotters::prelude::*;
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (640, 300)).into_drawing_area();
            crate::charts::value_today(&area, &s, &r, &crate::charts::Theme::LIGHT, crate::charts::Scale(1.0)).unwrap();
        }
        assert!(svg.contains("<svg"));
    }
    let missing = missing();
    use_catalogue(Language::En, None);
    assert!(missing.is_empty(), "the first screen asks for {missing:?}, which are not in en.ftl");
}
