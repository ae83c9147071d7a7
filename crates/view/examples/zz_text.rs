fn main() {
    use economics::{compute, presets::PRESETS, AiMode, Scenario};
    let mut all = vec![("defaults".to_string(), Scenario::default()), ("gpu".into(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() })];
    all.extend(PRESETS.iter().skip(1).map(|p| (p.id.to_string(), p.scenario())));
    let only: Option<String> = std::env::args().nth(1);
    if let Some(q) = std::env::args().nth(2) { let (s, notices) = view::query::decode(&q); println!("notices: {:?}", notices.iter().map(|n| n.message.clone()).collect::<Vec<_>>()); all = vec![("q".into(), s)]; }
    for (name, s) in all {
        if only.as_ref().is_some_and(|o| *o != name) { continue; }
        let r = compute(&s).unwrap();
        let b = economics::analysis::break_evens(&s).unwrap();
        let sens = economics::analysis::sensitivity(&s).unwrap();
        let t = economics::analysis::when_to_convert(&s).unwrap();
        println!("== {name}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", view::text::verdict(&s, &r), view::text::basis(&s, &r), view::text::how_sure(&sens.flips, &sens.bars), view::text::end_values(&s, &r), view::text::details(&s, &r, Some(&b)), view::text::cumulative_cash(&r), view::text::takeaway_when(&s, &t), view::text::waiting(&s, &t), view::text::per_kwh(&s, &r));
        println!("{}", view::text::why_convert(&s, &r)); for v in view::text::other_views(&s, &r) { println!("other: {v}"); }
        for w in &r.warnings { println!("warning {}: {}", w.code, view::text::warning(&s, &r, w)); }
    }
}
