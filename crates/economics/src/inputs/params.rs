//! The tables of inputs: for each number, switch and date, its short key (used in URLs), label,
//! unit, range, step and the source of its default; and the validation that reads them.
//! Validation, the page's controls, the URL codec and the CSV all read these tables, so a range
//! or a source is written once. What a row says is in `inputs/params/row.rs`, the tables
//! themselves in `inputs/params/table.rs`, the default scenario they make in
//! `inputs/params/defaults.rs` and the validation in `inputs/params/validate.rs`.

mod defaults;
mod row;
mod table;
mod validate;

pub use defaults::START_DEFAULT;
pub use row::{Centre, Cite, Dated, Group, Param, Sourced, Toggle, Unused};
pub use table::{DATES, NOI_RIVER_BEND_PCT, PARAMS, TOGGLES};
pub use validate::{Problem, ScenarioError};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::scenario::Scenario;

    #[test]
    fn keys_are_unique_and_defaults_valid() {
        let s = Scenario::default();
        let keys: Vec<&str> = PARAMS
            .iter()
            .map(|p| p.key)
            .chain(TOGGLES.iter().map(|t| t.key))
            .chain(DATES.iter().map(|d| d.key))
            .chain(["start", "mode"])
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "duplicate key {k}");
        }
        for p in PARAMS {
            assert!(p.accepts((p.get)(&s)), "{} default {} not accepted", p.key, (p.get)(&s));
            assert!(p.min < p.max && p.step > 0.0);
        }
        for d in DATES {
            assert!(Param::by_key(d.param).is_some(), "{} dates an unknown param", d.key);
        }
        assert!(s.validate().is_ok());
    }

    #[test]
    fn set_then_get_round_trips() {
        let mut s = Scenario::default();
        for p in PARAMS {
            (p.set)(&mut s, p.max);
            assert_eq!((p.get)(&s), p.max, "{}", p.key);
        }
        for t in TOGGLES {
            let was = (t.get)(&s);
            (t.set)(&mut s, !was);
            assert_eq!((t.get)(&s), !was, "{}", t.key);
        }
    }

    #[test]
    fn whole_months_are_required_not_rounded() {
        let yrs = Param::by_key("yrs").unwrap();
        assert!(yrs.accepts(12.5) && yrs.accepts(12.0 + 1.0 / 12.0));
        assert!(!yrs.accepts(12.3));
        // 12.3 years is 147.6 months: the nearest whole month is 148 = 12.333 years.
        assert_eq!(yrs.nearest_accepted(12.3), Some(148.0 / 12.0));
        let conv = Param::by_key("conv").unwrap();
        assert!(!conv.accepts(2.5));
        assert_eq!(conv.nearest_accepted(2.4), Some(2.0));
        assert_eq!(conv.nearest_accepted(f64::NAN), None);
        let hp = Param::by_key("hp").unwrap();
        assert!(hp.accepts(28.6812));
    }

    /// An input the page hides must not move the answer; one it shows must be able to.
    #[test]
    fn hidden_inputs_do_not_matter() {
        for responds in [true, false] {
            for mode in [crate::AiMode::Lease, crate::AiMode::GpuCloud] {
                let mut s = Scenario { mode, ..Scenario::default() };
                s.network.responds = responds;
                let base = crate::compute(&s).unwrap().advantage_npv_usd;
                for p in PARAMS.iter().filter(|p| !p.applies(&s)) {
                    let mut moved = s.clone();
                    (p.set)(&mut moved, p.max);
                    assert_eq!(crate::compute(&moved).unwrap().advantage_npv_usd, base, "{} moved the answer", p.key);
                }
            }
        }
    }

    #[test]
    fn decimals_follow_step() {
        assert_eq!(Param::by_key("mw").unwrap().decimals(), 0);
        assert_eq!(Param::by_key("pwr").unwrap().decimals(), 3);
        assert_eq!(Param::by_key("hp").unwrap().decimals(), 2);
    }
}
