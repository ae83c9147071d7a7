//! Every sentence and data table the page prints: the headline's sentences, the compact
//! summary's and the input sections' counts, and each chart's takeaway and table, written from
//! the Report and the analyses alone so that no sentence can disagree with a figure beside it; a
//! native test checks them over a grid of scenarios.

use economics::analysis::{BreakEven, BreakEvens, Frontier, Timing, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::{AiMode, Basis, Report, Scenario};

use crate::format::{cover, is_money, money, month, months, multiple, number, quantity, to_local, unit};

/// What converting leads to, as the verdict names it.
fn business(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "leasing it to an AI tenant",
        AiMode::GpuCloud => "running a GPU cloud on it",
    }
}

/// "converting ahead by $X" or "mining ahead by $X".
fn ahead(advantage_usd: f64) -> String {
    if advantage_usd >= 0.0 {
        format!("converting ahead by {}", money(advantage_usd))
    } else {
        format!("mining ahead by {}", money(-advantage_usd))
    }
}

/// A percentage as a reader writes it: `70%`, `7.2%`, `7.25%`.
fn pct(value: f64) -> String {
    format!("{}%", crate::format::trimmed(value, 2))
}

/// What the figures count, in words: "after tax, 72.5% debt at 7.19%", or "after tax, 55.7% debt
/// at 1.325× cover" where the covenant let the AI path borrow less than asked (the coupon is
/// then in the details), "after tax, no debt meets 1.325× cover" where it let it borrow nothing;
/// "after tax, no debt",
/// "before tax, no debt" (the pre-tax, unlevered view), or "0% tax, …" where the rate is 0.
///
/// ```
/// let mut s = economics::Scenario::default();
/// s.debt.covenant_dscr = 1.0;
/// let basis = |s: &economics::Scenario| view::text::basis(s, &economics::compute(s).unwrap());
/// assert_eq!(basis(&s), "after tax, 72.5% debt at 7.19%");
/// s.debt.covenant_dscr = 1.325;
/// assert!(basis(&s).ends_with("% debt at 1.325× cover"), "{}", basis(&s));
/// s.debt.loan_to_cost_pct = 0.0;
/// assert_eq!(basis(&s), "after tax, no debt");
/// s.tax.pre_tax_unlevered = true;
/// assert_eq!(basis(&s), "before tax, no debt");
/// ```
pub fn basis(s: &Scenario, r: &Report) -> String {
    let tax = if s.tax.rate_pct > 0.0 { "after tax" } else { "0% tax" };
    let covenant = covenant(s);
    match (r.basis, &r.debt) {
        (Basis::PreTax, _) => "before tax, no debt".into(),
        (Basis::AfterTax, _) => format!("{tax}, no debt"),
        (Basis::Financed, Some(d)) if d.borrowed_usd == 0.0 => format!("{tax}, no debt meets {covenant} cover"),
        (Basis::Financed, Some(d)) if d.sized_to_cover => {
            format!("{tax}, {} debt at {covenant} cover", pct_1(d.loan_to_cost_pct))
        }
        (Basis::Financed, Some(d)) => format!("{tax}, {} debt at {}", pct(d.loan_to_cost_pct), pct(s.debt.coupon_pct)),
        (Basis::Financed, None) => format!("{tax}, no debt"),
    }
}

/// A share sized by the model, to a tenth: `61.3%`.
fn pct_1(value: f64) -> String {
    format!("{}%", crate::format::trimmed(value, 1))
}

/// The verdict: one sentence a reader can quote, with its basis and the contract's dates, e.g.
/// "Leasing this 100 MW site to an AI tenant is worth $12.8M more than mining it (after tax,
/// 72.5% debt at 7.19%; 15-year contract from May 2028)." It counts end values only when the
/// reader switches them on, and then says so ("with end values"); the other figure is a
/// sentence of its own ([`end_values`]). On a deal's terms it names whose, the site and when:
/// "Hut 8's River Bend terms on this 331 MW site, from Jan 2027: mining beats leasing by $24.5M
/// (…)". At most 32 words, in any locale (a test holds it).
pub fn verdict(s: &Scenario, r: &Report) -> String {
    let years = crate::format::trimmed(s.site.horizon_years, 2);
    let from = r.calendar.get(r.cutover_month).map(|m| month(*m)).unwrap_or_default();
    let site = format!("this {} MW site", number(s.site.grid_mw, 0));
    let ends = if s.finance.terminal_value { ", with end values" } else { "" };
    let note = format!("({}{ends}; {years}-year contract from {from})", basis(s, r));
    let value = money(r.advantage_npv_usd.abs());
    let ahead = r.advantage_npv_usd >= 0.0;
    // A deal's preset: its terms on this site, from the start month.
    if let Some(p) = economics::presets::Preset::matching(s) {
        // Short, to stay one quotable sentence with the deal's name, the site and both dates.
        let business = match s.mode {
            AiMode::Lease => "leasing",
            AiMode::GpuCloud => "GPU cloud",
        };
        let (first, second) = if ahead { (business, "mining") } else { ("mining", business) };
        return format!("{} terms on {site}, from {}: {first} beats {second} by {value} {note}.", p.whose, month(s.site.start));
    }
    let part = if s.ai.share_converted_pct < 100.0 { format!("{} of ", pct(s.ai.share_converted_pct)) } else { String::new() };
    // Part of the site converted takes two words more ("50% of"): the business is then named
    // in fewer ("for AI", "a GPU cloud on"), so the sentence stays within 32 words.
    let (converting, to) = match (s.mode, part.is_empty()) {
        (AiMode::Lease, true) => ("Leasing", " to an AI tenant"),
        (AiMode::Lease, false) => ("Leasing", " for AI"),
        (AiMode::GpuCloud, true) => ("Running a GPU cloud on", ""),
        (AiMode::GpuCloud, false) => ("A GPU cloud on", ""),
    };
    if ahead {
        format!("{converting} {part}{site}{to} is worth {value} more than mining it {note}.")
    } else {
        let other = match (s.mode, part.is_empty()) {
            (AiMode::Lease, true) => "leasing it to an AI tenant".to_string(),
            (AiMode::GpuCloud, true) => "running a GPU cloud on it".to_string(),
            (AiMode::Lease, false) => format!("leasing {part}it for AI"),
            (AiMode::GpuCloud, false) => format!("a GPU cloud on {part}it"),
        };
        format!("Mining {site} is worth {value} more than {other} {note}.")
    }
}

/// Days after which market data is old enough to say so beside it.
pub const STALE_DAYS: i64 = 90;

/// How old the market data is: "Market data as of 26 Jun 2026 (hashprice, difficulty, BTC
/// price); fees 12 Jan 2026, GPU rental Mar 2026, power Jul 2025", and, when the page was built
/// more than [`STALE_DAYS`] after it, how long after. `built` is the build date, `YYYY-MM-DD`.
pub fn market_as_of(built: &str) -> String {
    use economics::data;
    let latest = data::as_of();
    let name = |key: &'static str| match key {
        "btc_price" => "BTC price",
        "gpu_price" => "GPU rental",
        "power_price" => "power",
        other => other,
    };
    // The reference block is dated with the hashprice it anchors: not named on its own.
    let shown = data::ALL.iter().filter(|d| d.key != "height");
    let with: Vec<&str> = shown.clone().filter(|d| d.days == latest.days).map(|d| name(d.key)).collect();
    let others: Vec<String> = shown.filter(|d| d.days != latest.days).map(|d| format!("{} {}", name(d.key), d.as_of)).collect();
    let mut text = format!("Market data as of {} ({})", latest.as_of, with.join(", "));
    if !others.is_empty() {
        text.push_str(&format!("; {}", others.join(", ")));
    }
    format!("{text}{}.", staleness(built))
}

/// The market data's date in a few words, for beside the headline: "Market data as of 26 Jun
/// 2026", with its age past [`STALE_DAYS`] (each dated input carries its own date too).
pub fn market_as_of_brief(built: &str) -> String {
    format!("Market data as of {}{}.", economics::data::as_of().as_of, staleness(built))
}

/// ": 157 days older than this build" once the data is more than [`STALE_DAYS`] older than the
/// page; nothing before.
fn staleness(built: &str) -> String {
    match build_day(built).map(|b| b - economics::data::as_of().days) {
        Some(days) if days > STALE_DAYS => format!(": {} days older than this build", number(days as f64, 0)),
        _ => String::new(),
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` build date.
fn build_day(built: &str) -> Option<i64> {
    let mut p = built.split('-').map(|x| x.parse::<u32>().ok());
    let (y, m, d) = (p.next()??, p.next()??, p.next()??);
    Some(economics::calendar::days_from_civil(y as i32, m, d))
}

/// A warning as the page shows it: those with figures in them are written here, in the reader's
/// locale; the others as the model words them.
pub fn warning(s: &Scenario, r: &Report, w: &economics::Warning) -> String {
    match (w.code.as_str(), &r.debt) {
        ("debt-sized-to-cover", Some(d)) => format!(
            "At a {} cover covenant the AI path's cash supports borrowing {} of its cost, not the {} asked: the figures borrow {}.",
            covenant(s), pct_1(d.loan_to_cost_pct), pct(s.debt.loan_to_cost_pct), pct_1(d.loan_to_cost_pct)
        ),
        ("no-debt-meets-cover", _) => format!(
            "No loan meets a {} cover covenant: in some month the AI path's cash does not cover any debt service at that ratio, so the figures borrow nothing.",
            covenant(s)
        ),
        _ => w.message.clone(),
    }
}

/// How sure the answer is: the sourced inputs within whose span it flips, each with its
/// break-even and the span (at most three named, the rest counted), or that none does.
pub fn how_sure(flips: &[economics::analysis::Flip], bars: &[TornadoBar]) -> String {
    use economics::params::Param;
    if flips.is_empty() {
        let sourced = bars.iter().filter(|b| b.sourced).count();
        return format!("How sure: the answer holds across what the sources say for each of its {sourced} sourced inputs, moved one at a time.");
    }
    let named: Vec<String> = flips
        .iter()
        .take(3)
        .map(|f| {
            let d = Param::by_key(&f.key).map_or(2, |p| p.decimals());
            let (range, unit) = span_and_unit(f.low, f.high, d, &f.unit);
            let level = |x: f64| {
                // A decimal more where the break-even would round to an end of the range.
                let at_end = [f.low, f.high].iter().any(|&end| quantity(end, d, &f.unit) == quantity(x, d, &f.unit));
                let level = quantity(x, d + usize::from(at_end), &f.unit);
                level.strip_suffix(&unit).unwrap_or(&level).to_string()
            };
            // An answer that changes sign more than once says so, with each value up to three.
            let even = match f.break_evens.as_slice() {
                [x] => format!("even at {}", level(*x)),
                [a, b] => format!("even at {} and {}", level(*a), level(*b)),
                [a, b, c] => format!("even at {}, {} and {}", level(*a), level(*b), level(*c)),
                many => format!("even at {} values, from {} to {}", many.len(), level(many[0]), level(many[many.len() - 1])),
            };
            format!("{} ({range}; {even})", in_sentence(&f.label))
        })
        .collect();
    let more = flips.len().saturating_sub(3);
    let list = match named.len() {
        1 => named[0].clone(),
        k => format!("{} and {}", named[..k - 1].join(", "), named[k - 1]),
    };
    let more = if more > 0 { format!(", and {more} more") } else { String::new() };
    format!("How sure: the answer flips within the sources' range for {list}{more}.")
}

/// A label inside a sentence: its first letter lowercased unless it starts an acronym
/// ("conversion capex", but "NOI margin", "GPU rental price").
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_ascii_uppercase() => format!("{}{}", a.to_ascii_lowercase(), &label[1..]),
        _ => label.to_string(),
    }
}

/// A range with its unit written once (`$7.5M–$15.0M per MW of IT`, `$89.38–$143.47/kW-month of
/// IT`, `80%–90%`), and the unit as written after the high end (` per MW of IT`; empty where each
/// end carries its own, as `80%`).
fn span_and_unit(low: f64, high: f64, decimals: usize, unit: &str) -> (String, String) {
    let (a, b) = (quantity(low, decimals, unit), quantity(high, decimals, unit));
    // The longest common ending that starts at a space or a slash is the unit.
    let common = a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count();
    let tail: String = a.chars().skip(a.chars().count() - common).collect();
    match tail.find([' ', '/']) {
        Some(i) => (format!("{}–{b}", &a[..a.len() - (tail.len() - i)]), tail[i..].to_string()),
        None => (format!("{a}–{b}"), String::new()),
    }
}

/// End values, apart from the verdict: what counting the paths' worth at the window's end
/// would change, and which values those are.
pub fn end_values(s: &Scenario, r: &Report) -> String {
    let what = match s.mode {
        AiMode::Lease => format!("the lease sold at a {} cap rate, equipment and site values", pct(s.lease.exit_cap_rate_pct)),
        AiMode::GpuCloud => "GPU, ASIC and site values".to_string(),
    };
    if s.finance.terminal_value {
        format!("These figures count end values ({what}); without them: {}.", ahead(r.advantage_other_npv_usd))
    } else {
        format!("With end values ({what}): {}.", ahead(r.advantage_other_npv_usd))
    }
}

/// The revenue-per-kWh sentence, and exactly when the "up to 25×" claim would hold.
pub fn per_kwh(s: &Scenario, r: &Report) -> String {
    let k = r.per_kwh;
    let claim = match k.gpu_usd_per_hour_for_claim {
        Some(price) => format!(
            "a GPU cloud reaches it at {}/GPU-hour or more (price as of {}, {}% utilisation, {} GPUs per MW of IT)",
            crate::format::price(price, 2),
            month(s.gpu.price_as_of),
            number(s.gpu.utilisation_pct, 0),
            number(s.gpu.gpus_per_mw_it, 0)
        ),
        None => "a GPU cloud selling no GPU-hours never reaches it".to_string(),
    };
    let m = match s.mode {
        AiMode::Lease => k.lease_multiple(),
        AiMode::GpuCloud => k.gpu_multiple(),
    };
    let holds = if m >= economics::model::CLAIMED_MULTIPLE {
        "the “up to 25×” claim holds here"
    } else {
        "not 25×"
    };
    let from = r.calendar.get(k.from_month).map(|m| month(*m)).unwrap_or_default();
    format!(
        "Per kWh of grid capacity, in the first full year of AI operation (from {from}), AI takes in {} mining's gross revenue, before any capex — {holds}; {claim}.",
        multiple(m)
    )
}

/// Why no IRR is quoted beside a converting advantage, read from the shape of the difference in
/// cash between the paths; `hurdle` names the rate the IRR would be set against.
fn irr_withheld(r: &Report, hurdle: &str) -> String {
    let difference: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
    let signs: Vec<f64> = difference.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
    let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
    let why = match (changes, signs.first()) {
        (0, _) => "converting never costs more than mining in any month, so there is no outlay to earn a rate on".to_string(),
        (1, Some(first)) if *first > 0.0 => "converting gains first and costs later, so a rate of return does not describe it".to_string(),
        (1, _) => match r.conversion_irr {
            Ok(rate) => format!(
                "converting returns {}% a year on its cash, which does not square with its value at {hurdle}",
                number(rate * 100.0, 1)
            ),
            Err(_) => "no rate between −99.99% and +10,000% a month balances the difference in cash".to_string(),
        },
        _ => "the difference in cash between the paths changes sign more than once, so no single rate describes it".to_string(),
    };
    format!(" No IRR is quoted: {why}.")
}

/// What the network does with a higher hashprice, which the hashprice break-even depends on.
fn network_words(s: &Scenario) -> String {
    if s.network.responds {
        "with the network's hashrate responding to margins, which pulls a high hashprice back".into()
    } else {
        format!("with the network's hashrate growing {}% a year whatever margins do", number(s.network.fixed_growth_pct_per_yr, 0))
    }
}

/// A figure with its sign: `+$99.4M`, `−$72.0M`.
fn signed_money(usd: f64) -> String {
    if usd >= 0.0 { format!("+{}", money(usd)) } else { money(usd) }
}

/// Payback, IRR (of the owners' equity when there is debt), the loan and its cover, the figures
/// on the other bases, the hashprice break-even and how often the miners run. Every figure says
/// what it counts.
pub fn details(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    let on = basis(s, r);
    let f = &s.finance;
    let mut rates = format!("{}% for contracted cash, {}% for mining", number(f.discount_rate_pct, 1), number(f.discount_rate_pct + f.mining_risk_premium_pct, 1));
    if r.debt.is_some() {
        rates.push_str(&format!(", the loan at its {} coupon", pct(s.debt.coupon_pct)));
    }
    let payback = match r.payback_month {
        Some(m) => format!("On discounted cash ({on}; {rates}), converting pays back after {}.", months(m + 1)),
        None => format!("Converting does not pay back on discounted cash ({on}; {rates})."),
    };
    let irr = match &r.debt {
        Some(d) => match r.quotable_equity_irr(s.debt.cost_of_equity_pct) {
            Some(v) => format!(
                " Equity IRR of converting: {}% a year on at most {} put in by the owners, against a {} cost of equity.",
                number(v * 100.0, 1), money(d.equity_in_usd), pct(s.debt.cost_of_equity_pct)
            ),
            None if r.advantage_npv_usd >= 0.0 => irr_withheld(r, &format!("the {} cost of equity", pct(s.debt.cost_of_equity_pct))),
            None => String::new(),
        },
        None => match r.quotable_irr(f.discount_rate_pct) {
            Some(v) => format!(" IRR of converting ({}): {}% a year.", if r.basis == Basis::PreTax { "before tax" } else { "after tax" }, number(v * 100.0, 1)),
            None if r.advantage_npv_usd >= 0.0 => irr_withheld(r, &format!("{} for contracted cash and {} for mining", pct(f.discount_rate_pct), pct(f.discount_rate_pct + f.mining_risk_premium_pct))),
            None => String::new(),
        },
    };
    let debt = r.debt.as_ref().map_or_else(String::new, |d| {
        if d.borrowed_usd == 0.0 {
            return format!(" Debt: none; no loan meets the {} cover covenant.", covenant(s));
        }
        let when = |m: usize| r.calendar.get(m).map(|ym| month(*ym)).unwrap_or_default();
        let share = if d.sized_to_cover {
            format!("{} of the cost: the most the {} covenant allows, of {} asked", pct_1(d.loan_to_cost_pct), covenant(s), pct(s.debt.loan_to_cost_pct))
        } else {
            format!("{} of the cost", pct(d.loan_to_cost_pct))
        };
        format!(
            " Debt: {} borrowed ({share}), repaid from {} to {}; debt-service cover lowest {} ({}), average {}.",
            money(d.borrowed_usd), when(d.repay_from), when(d.repay_until.saturating_sub(1)),
            cover(d.min_dscr), when(d.min_dscr_month), cover(d.average_dscr)
        )
    });
    let bb = &r.by_basis;
    let others = match r.basis {
        Basis::PreTax => format!(" After tax: {} with no debt, {} financed.", signed_money(bb.after_tax.advantage_npv_usd), signed_money(bb.financed.advantage_npv_usd)),
        Basis::AfterTax => format!(" Before tax: {}.", signed_money(bb.pre_tax.advantage_npv_usd)),
        Basis::Financed => format!(" Before tax and debt: {}; after tax, no debt: {}.", signed_money(bb.pre_tax.advantage_npv_usd), signed_money(bb.after_tax.advantage_npv_usd)),
    };
    let be = b.map(|b| match b.hashprice_usd_per_ph_day {
        BreakEven::At(hp) => format!(
            " Mining would need a hashprice of {}/PH/s/day (as of {}, {}) to match.",
            crate::format::price(hp, 2),
            month(s.bitcoin.hashprice_as_of),
            network_words(s)
        ),
        BreakEven::AiAheadAcrossRange => format!(" No hashprice up to {}/PH/s/day lets mining match ({}).", crate::format::price(500.0, 0), network_words(s)),
        BreakEven::MiningAheadAcrossRange => " Mining wins at any hashprice in range.".to_string(),
    });
    let on = r.mining_on.iter().filter(|&&on| on).count();
    let running = match on {
        0 if s.finance.terminal_value => " The miners never cover their power and running costs here, so they stay off: mining is worth only what the site and its machines fetch at the end.".to_string(),
        0 => format!(" The miners never cover their power and running costs here, so they stay off and mining is worth {}.", money(0.0)),
        n if n < r.mining_on.len() => format!(
            " The owned miners run {n} of {} months: a month runs when its revenue covers power and other running costs.",
            r.mining_on.len()
        ),
        _ => String::new(),
    };
    let (first, last) = (r.calendar.first(), r.calendar.last());
    let dates = match (first, last, r.calendar.get(r.cutover_month)) {
        (Some(a), Some(z), Some(c)) => format!(
            " Valued from {} to {}: the contract runs from {} to {}.",
            month(*a), month(*z), month(*c), month(*z)
        ),
        _ => String::new(),
    };
    format!("{payback}{irr}{debt}{others}{}{running}{dates}", be.unwrap_or_default())
}

/// What a path's cash counts on a basis, as the charts and their sentences say it.
pub fn cash_words(b: Basis) -> &'static str {
    match b {
        Basis::PreTax => "cash before tax",
        Basis::AfterTax => "cash after tax",
        Basis::Financed => "cash after tax and debt service",
    }
}

/// The cumulative-cash chart's takeaway: what its two lines show (the owners' cash on the
/// report's basis, not discounted), and whether that survives discounting.
pub fn cumulative_cash(r: &Report) -> String {
    let last = |p: &economics::Path| p.cumulative_usd.last().copied().unwrap_or(0.0);
    let end = last(&r.ai) - last(&r.mining);
    let difference: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
    let discounted = if r.advantage_npv_usd >= 0.0 {
        "Discounted, converting is still ahead."
    } else {
        "Discounted, converting does not pay back."
    };
    let cash = cash_words(r.basis);
    if end >= 0.0 {
        let when = match economics::finance::payback_period(&difference) {
            Some(0) | None => String::new(),
            Some(m) => format!(", for good after {}", months(m + 1)),
        };
        format!("In {cash}, not discounted, the AI path ends {} ahead of mining{when}. {discounted}", money(end))
    } else {
        format!("In {cash}, not discounted, mining ends {} ahead of the AI path. {discounted}", money(-end))
    }
}

/// The cumulative-cash chart's data table: one row a year.
pub fn table_cumulative(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining, cumulative".into(), "AI, cumulative".into()]];
    for (y, i) in (11..r.mining.cumulative_usd.len()).step_by(12).enumerate() {
        rows.push(vec![(y + 1).to_string(), money(r.mining.cumulative_usd[i]), money(r.ai.cumulative_usd[i])]);
    }
    rows
}

/// The annual chart's takeaway: EBITDA per MW in year 5 (or the last) for each path, and what
/// each keeps of it after tax and debt service.
pub fn takeaway_annual(r: &Report, grid_mw: f64) -> String {
    let (m, a) = (r.mining.annual(), r.ai.annual());
    let y = a.len().min(m.len()).saturating_sub(1).min(4);
    let per_mw = |p: &[economics::Month], f: fn(&economics::Month) -> f64| money(p.get(y).map_or(0.0, f) / grid_mw);
    let ebitda = format!("In year {}, AI EBITDA is {} per MW against {} for mining.", y + 1, per_mw(&a, economics::Month::ebitda_usd), per_mw(&m, economics::Month::ebitda_usd));
    if r.basis == Basis::PreTax {
        return ebitda;
    }
    let ai = if r.debt.is_some() { "after tax and debt service" } else { "after tax" };
    format!("{ebitda} The AI path keeps {} of it {ai}, mining {} after tax.", per_mw(&a, crate::charts::kept_usd), per_mw(&m, crate::charts::kept_usd))
}

/// The annual chart's data table.
pub fn table_annual(r: &Report, grid_mw: f64) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        "Year".into(), "Mining revenue/MW".into(), "Mining EBITDA/MW".into(), "Mining tax/MW".into(), "AI revenue/MW".into(),
        "AI EBITDA/MW".into(), "AI tax/MW".into(), "AI debt service/MW".into(),
    ]];
    for (i, (m, a)) in r.mining.annual().iter().zip(r.ai.annual()).enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            money(m.revenue_usd / grid_mw),
            money(m.ebitda_usd() / grid_mw),
            money(m.tax_usd / grid_mw),
            money(a.revenue_usd / grid_mw),
            money(a.ebitda_usd() / grid_mw),
            money(a.tax_usd / grid_mw),
            money((a.interest_usd + a.principal_usd) / grid_mw),
        ]);
    }
    rows
}

/// The cover chart's takeaway: whether the AI path can carry its debt, against the covenant.
pub fn takeaway_cover(s: &Scenario, r: &Report) -> String {
    let Some(d) = &r.debt else { return "Nothing is borrowed, so there is no debt to cover.".into() };
    let when = r.calendar.get(d.min_dscr_month).map(|m| month(*m)).unwrap_or_default();
    let covenant = covenant(s);
    if d.borrowed_usd == 0.0 {
        format!("No loan meets the {covenant} covenant: in some month the cash would not cover any debt service at that ratio.")
    } else if d.sized_to_cover {
        format!(
            "The loan is sized so that cover never falls below the {covenant} covenant: {} of the cost, not the {} asked; cover is lowest in {when}.",
            pct_1(d.loan_to_cost_pct), pct(s.debt.loan_to_cost_pct)
        )
    } else {
        format!("Cover stays at or above {} (lowest, in {when}), against the {covenant} covenant.", cover(d.min_dscr))
    }
}

/// The cover covenant as the reader set it: `1.325×`.
fn covenant(s: &Scenario) -> String {
    format!("{}×", crate::format::trimmed(s.debt.covenant_dscr, 3))
}

/// The cover chart's data table: one row a year of repayment.
pub fn table_cover(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Debt service".into(), "Lowest cover".into(), "Average cover".into()]];
    let Some(d) = &r.debt else { return rows };
    for (y, months) in d.dscr.chunks(12).enumerate() {
        let covers: Vec<f64> = months.iter().flatten().copied().collect();
        if covers.is_empty() {
            continue;
        }
        let service: f64 = r.ai.months[y * 12..(y * 12 + 12).min(r.ai.months.len())].iter().map(|m| m.interest_usd + m.principal_usd).sum();
        let low = covers.iter().copied().fold(f64::INFINITY, f64::min);
        let average = covers.iter().sum::<f64>() / covers.len() as f64;
        rows.push(vec![(y + 1).to_string(), money(service), cover(low), cover(average)]);
    }
    rows
}

/// The per-kWh chart's takeaway.
pub fn takeaway_per_kwh(r: &Report) -> String {
    let k = r.per_kwh;
    format!(
        "Per kWh of capacity, in the first full year of AI operation, a lease earns {} mining's revenue and a GPU cloud {}; the “up to 25×” headline is a GPU-cloud figure, before GPU capex.",
        multiple(k.lease_multiple()),
        multiple(k.gpu_multiple())
    )
}

/// The per-kWh chart's data table.
pub fn table_per_kwh(r: &Report) -> Vec<Vec<String>> {
    let k = r.per_kwh;
    vec![
        vec!["Business".into(), unit("$ per kWh of grid capacity"), unit("$ per kWh of IT capacity"), "× mining".into()],
        vec!["Mining".into(), number(to_local(k.mining_grid_usd), 4), number(to_local(k.mining_it_usd), 4), "1×".into()],
        vec!["AI lease".into(), number(to_local(k.lease_grid_usd), 4), number(to_local(k.lease_it_usd), 4), multiple(k.lease_multiple())],
        vec!["GPU cloud".into(), number(to_local(k.gpu_grid_usd), 4), number(to_local(k.gpu_it_usd), 4), multiple(k.gpu_multiple())],
    ]
}

/// The tornado's takeaway: the input that moves the answer most, and how many inputs the chart
/// leaves out for having no effect (the same count the chart prints).
pub fn takeaway_tornado(t: &[TornadoBar]) -> String {
    let left_out = crate::charts::left_out_note(t).map_or_else(String::new, |note| format!(" {note} of the chart."));
    match t.first() {
        None => String::new(),
        Some(b) if crate::charts::no_effect(b) => format!("None of these inputs moves the answer.{left_out}"),
        Some(b) => format!(
            "{} moves the answer most: from {} to {} as it goes from {} to {}.{left_out}",
            b.label,
            money(b.low_advantage_usd),
            money(b.high_advantage_usd),
            quantity(b.low_value, 2, &b.unit),
            quantity(b.high_value, 2, &b.unit),
        ),
    }
}

/// The tornado's data table.
pub fn table_tornado(t: &[TornadoBar]) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Input".into(), "Low".into(), "AI − mining at low".into(), "High".into(), "AI − mining at high".into()]];
    for b in t {
        // Two decimals finer than the input's step: a power price's ±25% is 0.03375–0.05625.
        let d = economics::params::Param::by_key(&b.key).map_or(2, |p| p.decimals() + 2);
        let shown = |v: f64| crate::format::trimmed(if is_money(&b.unit) { to_local(v) } else { v }, d);
        rows.push(vec![
            format!("{} ({})", b.label, unit(&b.unit)),
            shown(b.low_value),
            money(b.low_advantage_usd),
            shown(b.high_value),
            money(b.high_advantage_usd),
        ]);
    }
    rows
}

/// The break-even map's takeaway: the AI rate at which converting beats mining, at today's value
/// of the input across (`x_key`: conversion capex or hashprice).
pub fn takeaway_frontier(s: &Scenario, b: &BreakEvens, x_key: &str) -> String {
    let unit = if s.mode == AiMode::Lease { "/kW-month" } else { "/GPU-hour" };
    let at = match economics::params::Param::by_key(x_key) {
        Some(p) => format!("At today's {} ({})", p.label.to_lowercase(), quantity((p.get)(s), p.decimals(), p.unit)),
        None => "Here".into(),
    };
    match b.ai_rate {
        BreakEven::At(rate) => format!("{at}, converting beats mining above {}{unit}.", crate::format::price(rate, 2)),
        BreakEven::AiAheadAcrossRange => format!("{at}, converting beats mining at any rate in range."),
        BreakEven::MiningAheadAcrossRange => format!("{at}, mining beats converting at any rate in range."),
    }
}

/// The break-even map's data table, every fifth row and column (and the last).
pub fn table_frontier(f: &Frontier) -> Vec<Vec<String>> {
    use economics::params::Param;
    let every = |n: usize| -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).step_by(5).collect();
        if n > 0 && v.last() != Some(&(n - 1)) {
            v.push(n - 1);
        }
        v
    };
    let show = |key: &str, v: f64| match Param::by_key(key) {
        Some(p) => quantity(v, p.decimals().min(2), p.unit),
        None => number(v, 2),
    };
    fn name(key: &str) -> String {
        Param::by_key(key).map_or_else(|| key.to_string(), |p| p.label.to_string())
    }
    let cols = every(f.xs.len());
    let mut head = vec![format!("{} \\ {}", name(&f.y_key), name(&f.x_key))];
    head.extend(cols.iter().map(|&c| show(&f.x_key, f.xs[c])));
    let mut rows = vec![head];
    for r in every(f.ys.len()) {
        let mut row = vec![show(&f.y_key, f.ys[r])];
        row.extend(cols.iter().map(|&c| money(f.at(r, c))));
        rows.push(row);
    }
    rows
}

/// The month `m` months after the scenario's start.
fn start_plus(s: &Scenario, m: usize) -> String {
    month(s.site.start.plus_months(m as u32))
}

/// The "when to convert" chart's takeaway: the best start against the start as set.
pub fn takeaway_when(s: &Scenario, t: &Timing) -> String {
    let Some((best, best_usd)) = t.best() else { return String::new() };
    let set = s.ai.convert_in_months.round().max(0.0) as usize;
    let at_set = t.starts.iter().position(|&m| m == set).map(|i| t.advantage_usd[i]);
    let set_words = if set == 0 { "now".to_string() } else { format!("in {}", start_plus(s, set)) };
    let last = t.starts.last().copied().unwrap_or(0);
    if best_usd < 0.0 {
        return format!(
            "No start from now to {} makes converting worth more than mining on: the least bad is {} ({}).",
            start_plus(s, last), start_plus(s, best), signed_money(best_usd)
        );
    }
    match at_set {
        Some(a) if best == set => format!("Starting the conversion {set_words}, as set, is the best start: {}.", signed_money(a)),
        Some(a) => format!(
            "The best start is {}: {} against mining on, where starting {set_words} gives {}.",
            start_plus(s, best), signed_money(best_usd), signed_money(a)
        ),
        None => format!("The best start is {}: {} against mining on.", start_plus(s, best), signed_money(best_usd)),
    }
}

/// Whether waiting to convert pays, for the headline: the best start when it is not the start as
/// set and beats it; nothing otherwise.
pub fn waiting(s: &Scenario, t: &Timing) -> String {
    let set = s.ai.convert_in_months.round().max(0.0) as usize;
    let at_set = t.starts.iter().position(|&m| m == set).map(|i| t.advantage_usd[i]);
    let last = t.starts.last().copied().unwrap_or(0);
    match (t.best(), at_set) {
        // Only a start at which converting wins: where it loses at every start, mining on is the
        // answer, and the verdict says so.
        (Some((best, best_usd)), Some(now_usd)) if best != set && best_usd > now_usd && best_usd >= 0.0 => {
            let from = if set == 0 { "now".to_string() } else { format!("in {}", start_plus(s, set)) };
            let edge = if best == last { ", the latest start weighed" } else { "" };
            format!(
                "When: starting the conversion in {}{edge} instead of {from} is worth {} more ({} against mining on).",
                start_plus(s, best), money(best_usd - now_usd), signed_money(best_usd)
            )
        }
        _ => String::new(),
    }
}

/// The "when to convert" chart's data table: every sixth start, and the best.
pub fn table_when(s: &Scenario, t: &Timing) -> Vec<Vec<String>> {
    let best = t.best().map(|b| b.0);
    let mut rows = vec![vec!["Conversion starts".into(), "Months from now".into(), "AI − mining".into()]];
    for (&m, &a) in t.starts.iter().zip(&t.advantage_usd) {
        if m % 6 == 0 || Some(m) == best {
            let mark = if Some(m) == best { " (best)" } else { "" };
            rows.push(vec![format!("{}{mark}", start_plus(s, m)), m.to_string(), money(a)]);
        }
    }
    rows
}

/// The fan chart's takeaway: the share of paths in which the AI path wins.
pub fn takeaway_fan(mc: &MonteCarlo) -> String {
    format!(
        "In {}% of {} simulated BTC-price and hashrate paths, the AI path ends with the higher NPV — the AI side held as set: no tenant default beyond its early-exit rate, no overrun, no delay.",
        number(mc.probability_ai_ahead * 100.0, 0),
        number(mc.paths as f64, 0)
    )
}

/// The fan chart's data table.
pub fn table_fan(mc: &MonteCarlo) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining p5".into(), "Mining p50".into(), "Mining p95".into(), "AI".into()]];
    for (y, i) in (11..mc.mining_cumulative_usd.len()).step_by(12).enumerate() {
        let p = mc.mining_cumulative_usd[i];
        rows.push(vec![(y + 1).to_string(), money(p[0]), money(p[2]), money(p[4]), money(mc.ai_cumulative_usd[i])]);
    }
    rows
}

/// A money change with its sign: `+$99.4M`, `−$72.0M`; no sign on what rounds to nothing.
fn signed(usd: f64) -> String {
    let text = money(usd);
    let zero = !text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if zero {
        money(0.0)
    } else if usd > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// The comparison with a pinned scenario: how the headline figures moved, then what differs in
/// the inputs (at most `max_inputs` named, the rest counted).
///
/// ```
/// let pinned = economics::Scenario::default();
/// let mut live = pinned.clone();
/// live.bitcoin.hashprice_usd_per_ph_day = 57.36;
/// let (pr, lr) = (economics::compute(&pinned).unwrap(), economics::compute(&live).unwrap());
/// let lines = view::text::comparison(&pinned, &pr, &live, &lr, 4);
/// assert!(lines[0].starts_with("AI advantage: pinned −$"), "{}", lines[0]);
/// assert!(lines.last().unwrap().contains("Hashprice $28.68/PH/s/day → $57.36/PH/s/day"));
/// ```
pub fn comparison(pinned: &Scenario, pr: &Report, live: &Scenario, lr: &Report, max_inputs: usize) -> Vec<String> {
    use economics::params::{PARAMS, TOGGLES};
    let figure = |name: &str, a: f64, b: f64| format!("{name}: pinned {} → now {} ({})", signed(a), signed(b), signed(b - a));
    let mut lines = vec![
        figure("AI advantage", pr.advantage_npv_usd, lr.advantage_npv_usd),
        figure("Mining NPV", pr.mining.npv_usd, lr.mining.npv_usd),
        figure("AI NPV", pr.ai.npv_usd, lr.ai.npv_usd),
    ];
    let mut changed: Vec<String> = Vec::new();
    if pinned.mode != live.mode {
        changed.push(format!("AI business {} → {}", business(pinned.mode), business(live.mode)));
    }
    if pinned.site.start != live.site.start {
        changed.push(format!("Start {} → {}", month(pinned.site.start), month(live.site.start)));
    }
    for t in TOGGLES {
        if (t.get)(pinned) != (t.get)(live) {
            let word = |on: bool| if on { "on" } else { "off" };
            changed.push(format!("{} {} → {}", t.label, word((t.get)(pinned)), word((t.get)(live))));
        }
    }
    for p in PARAMS {
        let (a, b) = ((p.get)(pinned), (p.get)(live));
        if a != b {
            let d = p.decimals();
            changed.push(format!("{} {} → {}", p.label, quantity(a, d, p.unit), quantity(b, d, p.unit)));
        }
    }
    let more = changed.len().saturating_sub(max_inputs);
    changed.truncate(max_inputs);
    if more > 0 {
        changed.push(format!("and {more} more"));
    }
    lines.push(if changed.is_empty() { "No input differs.".into() } else { format!("Changed: {}.", changed.join("; ")) });
    lines
}

/// The key inputs of the printed fact sheet: label, value as a reader says it, and where the
/// value comes from: its source and date, or that the reader set it (with the default's source).
pub fn key_inputs(s: &Scenario) -> Vec<[String; 3]> {
    use economics::params::Param;
    let d = Scenario::default();
    let rate = if s.mode == AiMode::Lease { "rent" } else { "gph" };
    let mut rows = vec![[
        "Start".to_string(),
        month(s.site.start),
        if s.site.start == d.site.start { "Default".into() } else { "Set by the reader".into() },
    ]];
    for key in ["mw", "pwr", "hp", rate, "cap", "yrs", "dr", "mprem"] {
        let Some(p) = Param::by_key(key) else { continue };
        let (v, default) = ((p.get)(s), (p.get)(&d));
        let d_places = p.decimals();
        let source = if v == default {
            p.cite.line()
        } else {
            format!("Set by the reader (default {}: {})", quantity(default, d_places, p.unit), p.cite.line())
        };
        rows.push([p.label.to_string(), quantity(v, d_places, p.unit), source]);
    }
    rows
}

/// What a chart shows, for readers who cannot see it: the kind of picture, its measure and
/// unit, and the range of its data. The page follows it with the chart's takeaway.
pub fn describe(chart: crate::Chart, s: &Scenario, r: &Report) -> String {
    use crate::Chart;
    let range = |xs: &[f64]| {
        let (lo, hi) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        if lo.is_finite() { format!("from {} to {}", money(lo), money(hi)) } else { "with no data".into() }
    };
    let n = r.mining.months.len();
    let ai = business(s.mode);
    match chart {
        Chart::Cash => format!(
            "Line chart of cumulative {}, not discounted, month by month for {} from {}: mining {}, {ai} {}.",
            cash_words(r.basis), months(n), month(s.site.start), range(&r.mining.cumulative_usd), range(&r.ai.cumulative_usd)
        ),
        Chart::Annual => {
            let per_mw = |p: &economics::Path| p.annual().iter().map(|y| y.ebitda_usd() / s.site.grid_mw).collect::<Vec<_>>();
            format!(
                "Chart of EBITDA per MW of grid power for each year of the window: mining {}, {ai} {}.",
                range(&per_mw(&r.mining)), range(&per_mw(&r.ai))
            )
        }
        Chart::Cover => match &r.debt {
            Some(d) => format!(
                "Line chart of the AI path's cash available for debt service over its debt service, month by month from {} to {}: lowest {}, average {}, against a dashed covenant of {}.",
                r.calendar.get(d.repay_from).map(|m| month(*m)).unwrap_or_default(),
                r.calendar.get(d.repay_until.saturating_sub(1)).map(|m| month(*m)).unwrap_or_default(),
                cover(d.min_dscr), cover(d.average_dscr), covenant(s)
            ),
            None => "No chart of debt-service cover: nothing is borrowed in this scenario.".into(),
        },
        Chart::Kwh => {
            let k = r.per_kwh;
            format!(
                "Horizontal bars of gross revenue per kWh of grid capacity: mining {}, AI lease {}, GPU cloud {}, with a mark at 25 times mining.",
                crate::format::price(k.mining_grid_usd, 3), crate::format::price(k.lease_grid_usd, 3), crate::format::price(k.gpu_grid_usd, 3)
            )
        }
        Chart::Tornado => "Horizontal bars, largest first: how far the AI advantage moves when one input goes from its low to its high value, the others held.".into(),
        Chart::Map => "Heat map of the AI advantage over two inputs (conversion capex or hashprice across, the AI rate up), one colour where converting wins and another where mining wins, with a line at break-even and a mark at today's values.".into(),
        Chart::Fan => format!(
            "Bands of mining's cumulative cash across {} simulated paths of bitcoin price and hashrate (5th to 95th and 25th to 75th percentiles, with the median as a line), against the AI path's line.",
            number(crate::charts::FAN_PATHS as f64, 0)
        ),
        Chart::When => "Line chart of the AI advantage for each month the conversion could start, from now to ten years out (each start valued over its own window: mining until then, the conversion, the whole contract), with a dot at the best start.".into(),
    }
}

/// The page's compact summary of the answer: who is ahead, and by how much, as the verdict counts it.
pub fn advantage(r: &Report) -> String {
    // Written out rather than capitalising `ahead`: char::to_uppercase brings Unicode's case
    // tables into the page's wasm.
    let a = r.advantage_npv_usd;
    if a >= 0.0 { format!("Converting ahead by {}", money(a)) } else { format!("Mining ahead by {}", money(-a)) }
}

/// What the reader's latest change did, for the compact summary: the inputs changed (by label),
/// and how far the advantage and mining's NPV moved since the first of them started moving. When
/// both paths move alike, the advantage stays put, and the sentence says so. Before any change,
/// an invitation.
pub fn moved(labels: &[&str], advantage_delta_usd: f64, mining_delta_usd: f64) -> String {
    let what = match labels {
        [] => return "Move any input: what it changes shows here.".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    };
    let shows = |usd: f64| money(usd.abs()).chars().any(|c| c.is_ascii_digit() && c != '0');
    if shows(advantage_delta_usd) {
        let side = if advantage_delta_usd > 0.0 { "converting" } else { "mining" };
        format!("{what}: +{} for {side}", money(advantage_delta_usd.abs()))
    } else if shows(mining_delta_usd) {
        format!("{what}: both paths {}, the advantage unchanged", signed(mining_delta_usd))
    } else {
        format!("{what}: no change to either path's value")
    }
}

/// How many inputs a section of "More inputs" shows and how many differ from the defaults.
pub fn inputs_changed(shown: usize, changed: usize) -> String {
    let inputs = if shown == 1 { "input" } else { "inputs" };
    match changed {
        0 => format!("{shown} {inputs}, all defaults"),
        n => format!("{shown} {inputs}, {n} changed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::params::{Param, PARAMS};

    /// A grid of scenarios: every input at its low end, default and high end, one at a time,
    /// in both modes, with end values on and off.
    fn grid() -> Vec<Scenario> {
        let mut out = Vec::new();
        for mode in [AiMode::Lease, AiMode::GpuCloud] {
            for tv in [false, true] {
                let base = Scenario { mode, ..Scenario::default() };
                for p in PARAMS {
                    for v in [p.min, (p.get)(&base), p.max] {
                        let mut s = base.clone();
                        (p.set)(&mut s, p.nearest_accepted(v).unwrap());
                        s.finance.terminal_value = tv;
                        out.push(s);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_chart_is_described_with_its_figures() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        for chart in crate::Chart::ALL {
            let d = describe(chart, &s, &r);
            assert!(d.len() > 60 && d.ends_with('.') && !d.contains("NaN") && !d.contains("inf"), "{chart:?}: {d}");
        }
        let cash = describe(crate::Chart::Cash, &s, &r);
        let low = r.ai.cumulative_usd.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(cash.contains(&money(low)), "{cash}");
        assert!(describe(crate::Chart::Kwh, &s, &r).contains(&crate::format::price(r.per_kwh.gpu_grid_usd, 3)));
    }

    #[test]
    fn key_inputs_name_their_source_or_the_reader() {
        let mut s = Scenario::default();
        let rows = key_inputs(&s);
        assert_eq!(rows.len(), 9);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert_eq!(hp[1], "$28.68/PH/s/day");
        assert!(hp[2].contains("26 Jun 2026"), "{hp:?}");
        s.bitcoin.hashprice_usd_per_ph_day = 40.0;
        s.mode = AiMode::GpuCloud;
        let rows = key_inputs(&s);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert!(hp[2].starts_with("Set by the reader (default $28.68/PH/s/day:"), "{hp:?}");
        assert!(rows.iter().any(|r| r[0] == "GPU rental price"));
    }

    /// The verdict is one quotable sentence of at most 32 words over the grid and every preset
    /// (end values off and on: the longest deal names and basis), in English, German and
    /// Japanese. A figure is one word however it is written: "98,1 Mio. €" is joined by no-break
    /// spaces, as Intl writes it, and a line never breaks inside it.
    #[test]
    fn the_verdict_is_at_most_32_words_in_every_locale() {
        use crate::format::tests::{german, japanese};
        use crate::format::{set_locale, Locale};
        let presets = economics::presets::PRESETS.iter().flat_map(|p| {
            let mut with_ends = p.scenario();
            with_ends.finance.terminal_value = true;
            [p.scenario(), with_ends]
        });
        // The longest the verdict can be: part of the site converted, end values on, the loan
        // cut by its covenant, either path ahead, in either business.
        let mut longest_cases = Vec::new();
        for (mode, rates) in [(AiMode::Lease, [90.0, 170.0]), (AiMode::GpuCloud, [1.5, 4.5])] {
            for rate in rates {
                let mut s = Scenario { mode, ..Scenario::default() };
                s.ai.share_converted_pct = 50.0;
                s.finance.terminal_value = true;
                match mode {
                    AiMode::Lease => s.lease.usd_per_kw_month = rate,
                    AiMode::GpuCloud => s.gpu.usd_per_gpu_hour = rate,
                }
                longest_cases.push(s);
            }
        }
        let runs: Vec<_> =
            grid().into_iter().chain(presets).chain(longest_cases).filter_map(|s| economics::compute(&s).ok().map(|r| (s, r))).collect();
        // Both paths ahead somewhere among the long cases.
        let long = &runs[runs.len() - 4..];
        assert!(long.iter().any(|(_, r)| r.advantage_npv_usd > 0.0) && long.iter().any(|(_, r)| r.advantage_npv_usd < 0.0));
        let mut longest = (0, String::new());
        for locale in [Locale::default(), german(), japanese()] {
            let tag = locale.tag.clone();
            set_locale(locale);
            for (s, r) in &runs {
                let v = verdict(s, r);
                let words = v.split(' ').filter(|w| !w.is_empty()).count();
                assert!(words <= 32, "{tag}: {words} words: {v}");
                if words > longest.0 {
                    longest = (words, v);
                }
            }
        }
        set_locale(Locale::default());
        // The grid reaches long verdicts, so the limit is tested where it could fail.
        assert!(longest.0 >= 28, "the longest has {} words: {}", longest.0, longest.1);
    }

    #[test]
    fn sentences_agree_with_the_report() {
        for s in grid() {
            let Ok(r) = economics::compute(&s) else { continue };
            let v = verdict(&s, &r);
            assert!(v.contains(&money(r.advantage_npv_usd.abs())), "{v}");
            assert_eq!(v.starts_with("Mining this"), r.advantage_npv_usd < 0.0, "{v}");
            assert!(v.contains(&format!("({}", basis(&s, &r))) && v.contains("-year contract from "), "{v}");
            assert!(v.split_whitespace().count() <= 32, "{} words: {v}", v.split_whitespace().count());
            assert!(end_values(&s, &r).contains(&ahead(r.advantage_other_npv_usd)));
            let d = details(&s, &r, None);
            assert_eq!(d.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{d} vs {}", r.advantage_npv_usd);
            assert_eq!(d.contains("IRR"), r.advantage_npv_usd >= 0.0, "an advantage without an IRR or a reason: {d}");
            let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
            let signs: Vec<f64> = diff.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
            let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
            let withheld = r.advantage_npv_usd >= 0.0 && !d.contains("IRR of converting");
            assert_eq!(d.contains("changes sign more than once"), withheld && changes > 1, "{d}");
            if d.contains("Equity IRR of converting") {
                let irr = r.quotable_equity_irr(s.debt.cost_of_equity_pct).unwrap();
                assert_eq!(irr > s.debt.cost_of_equity_pct / 100.0, r.advantage_npv_usd > 0.0);
            } else if d.contains("IRR of converting") {
                let irr = r.quotable_irr(s.finance.discount_rate_pct).unwrap();
                assert_eq!(irr > s.finance.discount_rate_pct / 100.0, r.advantage_npv_usd > 0.0);
            }
            assert_eq!(d.contains("Debt: "), r.debt.is_some(), "{d}");
            assert!(d.contains(&basis(&s, &r)), "{d}");
            assert_eq!(d.contains("they stay off"), r.mining_on.iter().all(|on| !on), "{d}");
            assert!(!d.contains("mining is worth $0") || !s.finance.terminal_value, "{d}");
            if d.contains("mining is worth $0") {
                assert!(r.mining.npv_usd <= 0.0);
            }
            let c = cumulative_cash(&r);
            let end = r.ai.cumulative_usd.last().unwrap() - r.mining.cumulative_usd.last().unwrap();
            assert!(c.contains(&money(end.abs())) && !c.contains('−'), "{c}");
            assert_eq!(c.contains("the AI path ends"), end >= 0.0, "{c}");
            assert_eq!(c.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{c}");
            let k = per_kwh(&s, &r);
            let m = if s.mode == AiMode::Lease { r.per_kwh.lease_multiple() } else { r.per_kwh.gpu_multiple() };
            assert!(k.contains(&multiple(m)), "{k}");
            assert_eq!(k.contains("not 25×"), m < 25.0, "{k}");
            for text in [&v, &d, &k] {
                assert!(!text.contains("NaN") && !text.contains("inf") && !text.contains('–'), "{text}");
            }
        }
    }

    /// Each chart's takeaway states what its analysis says, and every table has its rows.
    #[test]
    fn takeaways_agree_with_their_analyses() {
        for s in [Scenario::default(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() }] {
            let r = economics::compute(&s).unwrap();
            let bars = economics::analysis::tornado(&s).unwrap();
            let t = takeaway_tornado(&bars);
            assert!(t.starts_with(bars[0].label.as_str()) && t.contains(&money(bars[0].low_advantage_usd)), "{t}");
            let dead = bars.iter().filter(|b| crate::charts::no_effect(b)).count();
            assert_eq!(t.contains(&format!("{dead} inputs with no effect are left out")), dead > 1, "{t}");
            let b = economics::analysis::break_evens(&s).unwrap();
            let f = takeaway_frontier(&s, &b, "cap");
            match b.ai_rate {
                BreakEven::At(rate) => assert!(f.contains(&number(rate, 2)), "{f}"),
                _ => assert!(f.contains("at any rate in range"), "{f}"),
            }
            let mc = economics::monte_carlo::simulate(&s, 400, 1).unwrap();
            let fan = takeaway_fan(&mc);
            assert!(fan.starts_with(&format!("In {}% of 400", number(mc.probability_ai_ahead * 100.0, 0))), "{fan}");
            let a = takeaway_annual(&r, s.site.grid_mw);
            let year5 = &r.ai.annual()[4];
            assert!(a.contains(&money(year5.ebitda_usd() / s.site.grid_mw)), "{a}");
            assert!(takeaway_per_kwh(&r).contains(&multiple(r.per_kwh.lease_multiple())));
            let years = r.mining.months.len() / 12;
            assert_eq!(table_cumulative(&r).len(), 1 + years);
            assert_eq!(table_annual(&r, s.site.grid_mw).len(), 1 + years);
            assert_eq!(table_per_kwh(&r).len(), 4);
            assert_eq!(table_tornado(&bars).len(), 1 + bars.len());
            assert_eq!(table_fan(&mc).len(), 1 + years);
            for text in [t, f, fan, a] {
                assert!(!text.contains("NaN") && !text.contains('–'), "{text}");
            }
        }
    }

    #[test]
    fn the_25x_sentence_names_the_price_at_which_it_holds() {
        let s = Scenario { mode: AiMode::GpuCloud, ..Scenario::default() };
        let r = economics::compute(&s).unwrap();
        let text = per_kwh(&s, &r);
        assert!(text.contains("not 25×"), "{text}");
        let price = r.per_kwh.gpu_usd_per_hour_for_claim.unwrap();
        assert!(text.contains(&format!("${}/GPU-hour", number(price, 2))), "{text}");
        // At that price the claim holds, and the sentence says so.
        let mut at = s.clone();
        (Param::by_key("gph").unwrap().set)(&mut at, price * 1.001);
        let r = economics::compute(&at).unwrap();
        assert!(per_kwh(&at, &r).contains("the “up to 25×” claim holds here"));
    }

    /// The "when" sentences quote the sweep: the best start's month and advantage, and what
    /// waiting gains over the start as set; nothing about waiting when the start as set is best.
    /// The flips are named with their sources' range and break-even, the unit once; no flip is
    /// said in as many words.
    #[test]
    fn how_sure_names_each_flip_with_its_range_and_break_even() {
        use economics::analysis::Flip;
        let flip = |key: &str, label: &str, unit: &str, be: &[f64], low: f64, high: f64| Flip { key: key.into(), label: label.into(), unit: unit.into(), break_evens: be.to_vec(), low, high };
        let flips = [flip("cap", "Conversion capex", "$M per MW of IT", &[9.3], 7.5, 15.0), flip("noi", "Lease NOI margin", "%", &[89.5], 80.0, 90.0)];
        assert_eq!(
            how_sure(&flips, &[]),
            "How sure: the answer flips within the sources' range for conversion capex ($7.5M–$15.0M per MW of IT; even at $9.3M) and lease NOI margin (80%–90%; even at 89.5%)."
        );
        // An answer that changes sign three times, or five, within the span.
        let yrs = |be: &[f64]| how_sure(&[flip("yrs", "Contract length", "years", be, 5.0, 15.0)], &[]);
        assert_eq!(yrs(&[9.61, 12.2, 13.79]), "How sure: the answer flips within the sources' range for contract length (5–15 years; even at 9.61, 12.2 and 13.79).");
        assert!(yrs(&[6.0, 7.0, 9.6, 12.2, 13.8]).contains("(5–15 years; even at 5 values, from 6 to 13.8)"), "{}", yrs(&[6.0, 7.0, 9.6, 12.2, 13.8]));
        let bar = TornadoBar { key: "hp".into(), label: "Hashprice".into(), unit: "".into(), low_value: 0.0, high_value: 1.0, low_advantage_usd: 1.0, high_advantage_usd: 2.0, sourced: true };
        assert!(how_sure(&[], &[bar]).contains("each of its 1 sourced inputs"));
    }

    /// The market data's date, what it covers, and its age once it passes 90 days.
    #[test]
    fn market_data_says_how_old_it_is() {
        use economics::data;
        let fresh = market_as_of(&data::HASHPRICE.as_of_iso());
        assert!(fresh.starts_with(&format!("Market data as of {} (hashprice", data::HASHPRICE.as_of)), "{fresh}");
        // Every figure is named with its date, the latest ones together.
        for (d, word) in [(&data::FEES, "fees"), (&data::GPU_PRICE, "GPU rental"), (&data::POWER_PRICE, "power")] {
            let dated = format!("{word} {}", d.as_of);
            assert!(fresh.contains(&dated) || (d.days == data::HASHPRICE.days && fresh.contains(word)), "{dated}: {fresh}");
        }
        assert!(fresh.ends_with('.'), "{fresh}");
        let later = |days: i64| {
            let (y, m, d) = economics::calendar::civil_from_days(data::HASHPRICE.days + days);
            market_as_of(&format!("{y:04}-{m:02}-{d:02}"))
        };
        assert!(!later(90).contains("older than this build"));
        assert!(later(91).ends_with(": 91 days older than this build."), "{}", later(91));
        assert_eq!(market_as_of("not a date"), fresh);
        assert_eq!(market_as_of_brief(&data::HASHPRICE.as_of_iso()), format!("Market data as of {}.", data::HASHPRICE.as_of));
        let (y, m, d) = economics::calendar::civil_from_days(data::HASHPRICE.days + 157);
        assert_eq!(market_as_of_brief(&format!("{y:04}-{m:02}-{d:02}")), format!("Market data as of {}: 157 days older than this build.", data::HASHPRICE.as_of));
    }

    #[test]
    fn ranges_write_their_unit_once() {
        assert_eq!(span_and_unit(7.5, 15.0, 1, "$M per MW of IT").0, "$7.5M–$15.0M per MW of IT");
        assert_eq!(span_and_unit(89.38, 143.47, 2, "$/kW-month of IT").0, "$89.38–$143.47/kW-month of IT");
        assert_eq!(span_and_unit(80.0, 90.0, 0, "%").0, "80%–90%");
        assert_eq!(span_and_unit(12.0, 15.0, 0, "years").0, "12–15 years");
        assert_eq!(in_sentence("Lease NOI margin"), "lease NOI margin");
        assert_eq!(in_sentence("NOI margin"), "NOI margin");
        assert_eq!(in_sentence("GPU rental price"), "GPU rental price");
    }

    #[test]
    fn when_sentences_quote_the_sweep() {
        let s = Scenario::default();
        let t = Timing { starts: vec![0, 1, 2, 3], advantage_usd: vec![-2e6, 1e6, 5e6, 4e6] };
        let take = takeaway_when(&s, &t);
        assert!(take.contains(&month(s.site.start.plus_months(2))) && take.contains("+$5.0M") && take.contains("−$2.0M"), "{take}");
        let wait = waiting(&s, &t);
        assert!(wait.contains("instead of now") && wait.contains("$7.0M more"), "{wait}");
        let mut later = s.clone();
        later.ai.convert_in_months = 2.0;
        assert!(waiting(&later, &t).is_empty());
        assert!(takeaway_when(&later, &t).contains("as set, is the best start"));
        let worse = Timing { starts: vec![0, 1], advantage_usd: vec![-2e6, -1e6] };
        assert!(takeaway_when(&s, &worse).starts_with("No start from now to"), "{}", takeaway_when(&s, &worse));
        assert!(waiting(&s, &worse).is_empty(), "converting loses at every start: nothing about waiting");
        let rows = table_when(&s, &t);
        assert_eq!(rows.len(), 3, "start 0 and the best: {rows:?}");
        assert!(rows[2][0].ends_with("(best)"));
    }

    #[test]
    fn the_summary_says_who_is_ahead_and_what_a_change_did() {
        let r = economics::compute(&Scenario::default()).unwrap();
        let a = advantage(&r);
        let who = if r.advantage_npv_usd >= 0.0 { "Converting" } else { "Mining" };
        assert!(a.starts_with(&format!("{who} ahead by ")) && a.ends_with(&money(r.advantage_npv_usd.abs())), "{a}");
        assert_eq!(a[1..], ahead(r.advantage_npv_usd)[1..], "the verdict's own words");
        assert_eq!(advantage(&Report { advantage_npv_usd: -5e6, ..r.clone() })[1..], ahead(-5e6)[1..]);
        assert_eq!(moved(&["Hashprice"], -12.34e6, 20e6), "Hashprice: +$12.3M for mining");
        assert_eq!(moved(&["Grid power"], 2.0e9, 0.0), "Grid power: +$2.00B for converting");
        assert_eq!(moved(&["Pool fee"], 0.0, -617e3), "Pool fee: both paths −$617K, the advantage unchanged");
        assert_eq!(moved(&["BTC volatility"], 0.0, 0.0), "BTC volatility: no change to either path's value");
        assert_eq!(moved(&["Fees"], 0.2, 0.3), "Fees: no change to either path's value", "nothing that shows as $0");
        assert_eq!(moved(&["Grid power", "Contract length", "Hashprice"], 1e6, 0.0), "Grid power and 2 more: +$1.0M for converting");
        assert!(moved(&[], 0.0, 0.0).starts_with("Move any input"));
        assert_eq!(inputs_changed(3, 0), "3 inputs, all defaults");
        assert_eq!(inputs_changed(1, 1), "1 input, 1 changed");
    }
}
