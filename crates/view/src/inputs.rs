//! How the page arranges the inputs of `economics::params`: the few key inputs shown first, then
//! "More inputs" in sections, one a group of the tables (a group first seen in the tables gets a
//! section of its own with no change here), each saying how many of its inputs differ from the
//! defaults. Also the cumulative-cash sparkline of the page's compact summary.

use economics::params::{Group, Param, Toggle, PARAMS, TOGGLES};
use economics::{Report, Scenario};

/// The key inputs, in page order: grid power, hashprice, the lease rate or the GPU price (each
/// shown only in its own mode), contract length and conversion capex.
pub const KEY: [&str; 6] = ["mw", "hp", "rent", "gph", "yrs", "cap"];

/// Groups shown inside another group's section: the lease's and the GPU cloud's inputs sit in
/// "AI hosting", where the mode switch chooses between them.
const NESTED: [(Group, Group); 2] = [(Group::Lease, Group::Ai), (Group::Gpu, Group::Ai)];

/// Whether `key` is one of the [`KEY`] inputs.
pub fn is_key(key: &str) -> bool {
    KEY.contains(&key)
}

/// The key inputs' parameters, in page order.
pub fn key_params() -> impl Iterator<Item = &'static Param> {
    KEY.iter().filter_map(|k| Param::by_key(k))
}

/// The section headings of "More inputs", in the order the tables first name their groups.
pub fn sections() -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let groups = PARAMS.iter().map(|p| p.group).chain(TOGGLES.iter().map(|t| t.group));
    for g in groups.map(section_of) {
        if !out.contains(&g) {
            out.push(g);
        }
    }
    out
}

/// The section a group is shown in.
pub fn section_of(group: Group) -> Group {
    NESTED.iter().find(|(g, _)| *g == group).map_or(group, |(_, s)| *s)
}

/// The groups a section shows, its own first.
pub fn members(section: Group) -> Vec<Group> {
    std::iter::once(section).chain(NESTED.iter().filter(|(_, s)| *s == section).map(|(g, _)| *g)).collect()
}

/// A section's heading. A group without a name here is called by its name in the tables.
pub fn title(group: Group) -> String {
    let english = format!("{group:?}");
    crate::language::tr_or(&format!("group-{}", english.to_ascii_lowercase()), &english)
}

/// Whether a group's inputs are shown for `s`: a group applies unless every one of its numbers
/// is hidden (the lease's in a GPU cloud, the GPU cloud's under a lease).
pub fn group_applies(group: Group, s: &Scenario) -> bool {
    let mut numbers = PARAMS.iter().filter(|p| p.group == group).peekable();
    numbers.peek().is_none() || numbers.any(|p| p.applies(s))
}

/// The numbers a section lists under "More inputs": its groups' inputs but the key ones.
pub fn more_params(section: Group) -> impl Iterator<Item = &'static Param> {
    let groups = members(section);
    PARAMS.iter().filter(move |p| groups.contains(&p.group) && !is_key(p.key))
}

/// The switches a section lists.
pub fn more_toggles(section: Group) -> impl Iterator<Item = &'static Toggle> {
    let groups = members(section);
    TOGGLES.iter().filter(move |t| groups.contains(&t.group))
}

/// How many inputs a section shows for `s` and how many of them differ from the defaults: its
/// numbers that apply, its switches that apply, and for the site its start month.
pub fn changed(section: Group, s: &Scenario) -> (usize, usize) {
    let d = Scenario::default();
    let numbers = more_params(section).filter(|p| p.applies(s)).map(|p| (p.get)(s) != p.default);
    let switches = more_toggles(section).filter(|t| group_applies(t.group, s)).map(|t| (t.get)(s) != t.default);
    let start = (section == Group::Site).then_some(s.site.start != d.site.start);
    numbers.chain(switches).chain(start).fold((0, 0), |(n, c), differs| (n + 1, c + usize::from(differs)))
}

/// The inputs that differ between `a` and `b`, by label: the AI business, the start month, the
/// switches and the numbers, in page-table order.
pub fn differences(a: &Scenario, b: &Scenario) -> Vec<&'static str> {
    let mut out = Vec::new();
    if a.mode != b.mode {
        out.push("AI business");
    }
    if a.site.start != b.site.start {
        out.push("Start month");
    }
    out.extend(TOGGLES.iter().filter(|t| (t.get)(a) != (t.get)(b)).map(|t| t.label));
    out.extend(PARAMS.iter().filter(|p| (p.get)(a) != (p.get)(b)).map(|p| p.label));
    out
}

/// A small picture of the cumulative-cash chart: for mining and the AI path, SVG polyline points
/// in whole units of a `width` × `height` box (y down) on one shared scale, and the height of
/// zero in that box if zero is within it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    pub mining: String,
    pub ai: String,
    pub zero: Option<f64>,
}

/// The [`Sparkline`] of `r`'s cumulative cash, at most `points` points a line.
pub fn sparkline(r: &Report, width: f64, height: f64, points: usize) -> Sparkline {
    let (m, a) = (&r.mining.cumulative_usd, &r.ai.cumulative_usd);
    let all = m.iter().chain(a).copied().filter(|v| v.is_finite());
    let (lo, hi) = all.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if hi > lo { hi - lo } else { 1.0 };
    // A pixel of margin top and bottom, so a line along the edge is not cut in half.
    let y = |v: f64| 1.0 + (hi - v) / span * (height - 2.0);
    let line = |xs: &[f64]| {
        let n = xs.len();
        let step = n.div_ceil(points.max(2)).max(1);
        let picked = (0..n).step_by(step).chain((n > 0 && !(n - 1).is_multiple_of(step)).then_some(n - 1));
        picked
            .filter(|&i| xs[i].is_finite())
            // Whole units (the box is drawn stretched): integers format without float code.
            .map(|i| format!("{},{}", (i as f64 / (n.max(2) - 1) as f64 * width).round() as i64, y(xs[i]).round() as i64))
            .collect::<Vec<_>>()
            .join(" ")
    };
    Sparkline { mining: line(m), ai: line(a), zero: (lo < 0.0 && hi > 0.0).then(|| y(0.0)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_is_shown_once() {
        let mut keys: Vec<&str> = key_params().map(|p| p.key).collect();
        assert_eq!(keys.len(), KEY.len(), "every key input is in the tables");
        for section in sections() {
            keys.extend(more_params(section).map(|p| p.key));
        }
        keys.sort_unstable();
        let mut all: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
        all.sort_unstable();
        assert_eq!(keys, all);
        let toggles: usize = sections().into_iter().map(|s| more_toggles(s).count()).sum();
        assert_eq!(toggles, TOGGLES.len());
    }

    #[test]
    fn sections_follow_the_tables() {
        assert_eq!(sections(), [Group::Site, Group::Mining, Group::Network, Group::Ai, Group::Finance, Group::Tax, Group::Debt]);
        assert_eq!(members(Group::Ai), [Group::Ai, Group::Lease, Group::Gpu]);
        assert_eq!(title(Group::Network), "Bitcoin network");
        assert_eq!(title(Group::Lease), "Lease");
    }

    #[test]
    fn counts_only_what_is_shown_and_differs() {
        let mut s = Scenario::default();
        for section in sections() {
            assert_eq!(changed(section, &s).1, 0, "{section:?}");
        }
        // Site: power price and escalation, the site's end value, the start month; grid power and
        // contract length are key.
        assert_eq!(changed(Group::Site, &s), (4, 0));
        s.site.power_usd_per_kwh = 0.06;
        s.site.grid_mw = 300.0; // a key input: not counted in its group
        s.site.start = economics::YearMonth { year: 2028, month: 3 };
        assert_eq!(changed(Group::Site, &s), (4, 2));
        // The years counted after the contract count under a lease and a GPU cloud alike (a GPU
        // cloud's hall is let after the window as a lease's building is), and not with the
        // contract years only.
        s.lease.years_after_contract = 12.0;
        let lease = changed(Group::Ai, &s);
        assert_eq!(lease.1, 1);
        s.mode = economics::AiMode::GpuCloud;
        let gpu = changed(Group::Ai, &s);
        assert_eq!(gpu.1, 1);
        assert_ne!(lease.0, gpu.0, "the shown inputs follow the mode");
        s.finance.terminal_value = false;
        assert_eq!(changed(Group::Ai, &s).1, 0);
        assert_eq!(changed(Group::Finance, &s).1, 1);
    }

    #[test]
    fn differences_name_the_inputs() {
        let a = Scenario::default();
        let mut b = a.clone();
        assert!(differences(&a, &b).is_empty());
        b.bitcoin.hashprice_usd_per_ph_day = 40.0;
        b.mode = economics::AiMode::GpuCloud;
        assert_eq!(differences(&a, &b), ["AI business", "Hashprice"]);
    }

    #[test]
    fn sparkline_fits_its_box() {
        let r = economics::compute(&Scenario::default()).unwrap();
        let s = sparkline(&r, 240.0, 64.0, 60);
        for line in [&s.mining, &s.ai] {
            let pts: Vec<(f64, f64)> = line
                .split(' ')
                .map(|p| p.split_once(',').map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap())).unwrap())
                .collect();
            assert!(pts.len() >= 30 && pts.len() <= 61, "{}", pts.len());
            assert_eq!(pts.first().unwrap().0, 0.0);
            assert_eq!(pts.last().unwrap().0, 240.0);
            assert!(pts.iter().all(|&(x, y)| (0.0..=240.0).contains(&x) && (1.0..=63.0).contains(&y)), "{line}");
        }
        // Both lines on one scale: the higher end is drawn higher (smaller y).
        let end = |l: &str| l.rsplit(',').next().unwrap().parse::<f64>().unwrap();
        let (m, a) = (r.mining.cumulative_usd.last().unwrap(), r.ai.cumulative_usd.last().unwrap());
        assert_eq!(m < a, end(&s.mining) > end(&s.ai));
        let mut other = Scenario::default();
        other.bitcoin.hashprice_usd_per_ph_day = 60.0;
        assert_ne!(sparkline(&economics::compute(&other).unwrap(), 240.0, 64.0, 60), s, "a change shows");
        let zero = s.zero.expect("the default AI path dips below zero");
        assert!((1.0..=63.0).contains(&zero), "{zero}");
    }
}
