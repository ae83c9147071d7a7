//! Validation: a scenario checked against the input tables (every number in range, month-counted
//! inputs in whole months, market data dated no later than the start month), with every
//! problem listed in one pass.

use serde::{Deserialize, Serialize};

use super::table::{DATES, MONTHS, PARAMS, YEARS};
use crate::inputs::calendar::YearMonth;
use crate::inputs::scenario::Scenario;

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The input's short key (see [`PARAMS`], [`DATES`]), or `start`.
    pub field: String,
    /// What was given, as text (a number may be NaN or infinite).
    pub value: String,
    /// What is allowed, as text.
    pub allowed: String,
}

/// Every problem with a scenario, found in one pass.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioError {
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid scenario:")?;
        for p in &self.problems {
            write!(f, " {} = {} (allowed {});", p.field, p.value, p.allowed)?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

impl Scenario {
    /// Checks every field against its range (month-counted fields for whole months, market data
    /// dated no later than the start month), and lists all the problems.
    ///
    /// # Example
    /// ```
    /// let mut s = economics::Scenario::default();
    /// s.site.grid_mw = f64::NAN;
    /// s.lease.usd_per_kw_month = -5.0;
    /// s.ai.months_to_convert = 2.5;
    /// let err = s.validate().unwrap_err();
    /// assert_eq!(err.problems.len(), 3);
    /// ```
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut problems = Vec::new();
        for p in PARAMS {
            let v = (p.get)(self);
            if !p.accepts(v) {
                let whole = match p.months_per_unit {
                    m if m == YEARS => ", in whole months",
                    m if m == MONTHS => ", whole months",
                    _ => "",
                };
                problems.push(Problem {
                    field: p.key.to_string(),
                    value: v.to_string(),
                    allowed: format!("{} to {} {}{whole}", p.min, p.max, p.unit),
                });
            }
        }
        let months = [("start", self.site.start)].into_iter().chain(DATES.iter().map(|d| (d.key, (d.get)(self))));
        for (field, ym) in months {
            if !ym.is_valid() {
                problems.push(Problem {
                    field: field.to_string(),
                    value: ym.to_string(),
                    allowed: format!("{} to {}", YearMonth::MIN, YearMonth::MAX),
                });
            }
        }
        for d in DATES {
            let as_of = (d.get)(self);
            if as_of.is_valid() && self.site.start.is_valid() && as_of > self.site.start {
                problems.push(Problem {
                    field: d.key.to_string(),
                    value: as_of.to_string(),
                    allowed: format!("a month no later than the start month {}", self.site.start),
                });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { problems })
        }
    }
}
