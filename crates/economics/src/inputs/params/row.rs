//! What a row of the input tables says: a number's key, label, unit, group, range, step and
//! the source of its default ([`Param`], [`Cite`]), a switch's ([`Toggle`]), a market input's
//! date ([`Dated`]); and what a row can tell of a value (in range, whole months, the nearest
//! accepted) and of a scenario (whether the input applies to it).

use crate::inputs::calendar::YearMonth;
use crate::inputs::scenario::Scenario;

/// Where a default comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cite {
    /// Source keys from market-data.md (e.g. `"S4"`), empty for an assumption.
    pub sources: &'static str,
    /// Date of the data point.
    pub as_of: &'static str,
    /// What the figure is, or why it was assumed.
    pub note: &'static str,
    /// The lowest and highest values the sources give, and how the default is set within them.
    pub range: Option<Sourced>,
}

/// The span of a sourced input and where its default sits in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sourced {
    pub low: f64,
    pub high: f64,
    pub centre: Centre,
}

/// How a sourced default is set (methodology, section 11): the centre of what the sources say,
/// not the end that flatters either path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Centre {
    /// Half-way between the sources' low and high, where they give only a range.
    Midpoint,
    /// The median of the sources' own figures (each deal, each company), where they give several.
    Median(&'static [f64]),
    /// One figure the sources give as the value (the latest dated quote, an industry average, a
    /// specification, the law), with what it is.
    Value(&'static str),
    /// The median of the real deals' starting rents, each solved from its value at the default
    /// escalator (the presets).
    DealsMedian,
    /// Worked out from other sourced figures, as the note says.
    Derived,
    /// The low end of the span, conservatively, with why.
    Low(&'static str),
}

impl Centre {
    /// Where the rule puts the default, for the rules that need no model run.
    pub fn value(&self, low: f64, high: f64) -> Option<f64> {
        match self {
            Centre::Midpoint => Some((low + high) / 2.0),
            Centre::Low(_) => Some(low),
            Centre::Median(values) => {
                let mut v = values.to_vec();
                v.sort_by(f64::total_cmp);
                let k = v.len();
                (k > 0).then(|| if k % 2 == 1 { v[k / 2] } else { (v[k / 2 - 1] + v[k / 2]) / 2.0 })
            }
            Centre::Value(_) | Centre::DealsMedian | Centre::Derived => None,
        }
    }
}

impl Cite {
    /// Whether the default is our assumption rather than a sourced figure.
    pub fn is_assumption(&self) -> bool {
        self.sources.is_empty()
    }

    /// One line for readers: the note, then sources and date, or "Assumption".
    pub fn line(&self) -> String {
        if self.is_assumption() {
            format!("Assumption: {}", self.note)
        } else {
            format!("{} ({}, {})", self.note, self.sources, self.as_of)
        }
    }
}

/// The control group a parameter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Site,
    Mining,
    Network,
    Ai,
    Lease,
    Gpu,
    Finance,
    Tax,
    Debt,
}

/// One numeric input.
#[derive(Clone, Copy)]
pub struct Param {
    /// Short key for URLs, stable across versions.
    pub key: &'static str,
    /// Label without the unit.
    pub label: &'static str,
    /// Unit as shown to readers.
    pub unit: &'static str,
    pub group: Group,
    /// Today's default: the one place it is written.
    pub default: f64,
    pub min: f64,
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// For inputs the model counts in whole months: months per unit (12 for years, 1 for
    /// months); 0 for continuous inputs. Validation refuses a value that is not whole months.
    pub months_per_unit: f64,
    pub cite: Cite,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Param({})", self.key)
    }
}

impl Param {
    /// The value clamped into range, or `None` if it is not a number at all.
    pub fn clamp(&self, value: f64) -> Option<f64> {
        value.is_finite().then(|| value.clamp(self.min, self.max))
    }

    /// Whether `value` is in range and, for month-counted inputs, a whole number of months.
    pub fn accepts(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max && self.is_whole(value)
    }

    fn is_whole(&self, value: f64) -> bool {
        let months = value * self.months_per_unit;
        self.months_per_unit == 0.0 || (months - months.round()).abs() < 1e-9
    }

    /// The nearest value the model accepts: clamped into range, and for month-counted inputs
    /// rounded to whole months. Callers that change what was typed say so to the reader.
    pub fn nearest_accepted(&self, value: f64) -> Option<f64> {
        let v = self.clamp(value)?;
        if self.is_whole(v) {
            return Some(v);
        }
        Some(((v * self.months_per_unit).round() / self.months_per_unit).clamp(self.min, self.max))
    }

    /// Number of decimals the step implies (for display).
    pub fn decimals(&self) -> usize {
        let mut step = self.step;
        let mut d = 0;
        while d < 6 && (step - step.round()).abs() > 1e-9 {
            step *= 10.0;
            d += 1;
        }
        d
    }

    /// Whether the input affects the result of `s` at all: lease inputs only in lease mode, GPU
    /// inputs only for a GPU cloud, the fixed hashrate growth only with the network response off
    /// and the response's own inputs only with it on. The page hides the others.
    pub fn applies(&self, s: &Scenario) -> bool {
        self.unused_because(s).is_none()
    }

    /// Why the input does not affect `s`, or `None` if it does. A test moves every input this
    /// names across its range and finds no value moved.
    pub fn unused_because(&self, s: &Scenario) -> Option<Unused> {
        use crate::inputs::scenario::{AiMode, Basis};
        let lease = s.mode == AiMode::Lease;
        let unused = |applies: bool, why: Unused| (!applies).then_some(why);
        match (self.group, self.key) {
            // A site with no miners: nothing of mining or the network moves either path.
            (Group::Mining | Group::Network, _) if s.mining.greenfield => Some(Unused::NoMiners),
            // A GPU cloud's hall may be leased once its GPUs wear out, and is let after the
            // window as a lease's building is: the lease's rent, margin, escalator, downtime,
            // refit and years after the contract apply to it too, and the renewal chance where
            // a tenant leases the hall at the window's end.
            (Group::Lease, "noi") => unused(!s.lease.triple_net, Unused::TripleNet),
            (Group::Lease, "noin") => unused(s.lease.triple_net, Unused::NotTripleNet),
            (Group::Lease, "rent" | "esc" | "down" | "refit") => None,
            (Group::Lease, "renew" | "tail") => unused(s.finance.terminal_value, Unused::ContractYearsOnly),
            (Group::Lease, _) => unused(lease, Unused::GpuCloud),
            (Group::Finance, "dr") => unused(s.finance.one_rate, Unused::RateForEachRisk),
            (Group::Finance, "rig" | "rown" | "rcon" | "rtail" | "rmine") => unused(!s.finance.one_rate, Unused::OneRate),
            (Group::Gpu, _) => unused(!lease, Unused::Lease),
            // A tenant pays its own power: the premium for firm supply is the GPU cloud's.
            (Group::Ai, "firm") => unused(!lease, Unused::TenantPaysPower),
            (Group::Tax, _) if s.tax.pre_tax_unlevered => Some(Unused::BeforeTax),
            (Group::Tax, "tax") => None,
            (Group::Tax, _) => unused(s.tax.rate_pct > 0.0, Unused::NoTax),
            (Group::Debt, _) if s.tax.pre_tax_unlevered => Some(Unused::BeforeTaxAndDebt),
            (Group::Debt, "ltc") => None,
            (Group::Debt, _) if s.basis() != Basis::Financed => Some(Unused::NothingBorrowed),
            (Group::Debt, "dsri") => unused(s.debt.reserve_months > 0.0, Unused::NoReserve),
            (_, "hrg") => unused(!s.network.responds, Unused::NetworkResponds),
            (_, "mj" | "mpw" | "hl") => unused(s.network.responds, Unused::NetworkFixed),
            _ => None,
        }
    }
}

/// Why an input does not affect a scenario: the setting that leaves it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unused {
    /// A site with no miners (`green=1`).
    NoMiners,
    /// A triple-net lease, which has its own margin (`nnn=1`).
    TripleNet,
    /// A lease that is not triple-net.
    NotTripleNet,
    /// A GPU cloud (`mode=gpu`).
    GpuCloud,
    /// A lease (the input is a GPU cloud's).
    Lease,
    /// The contract years only (`tv=0`).
    ContractYearsOnly,
    /// A rate for each risk (the one rate is for `onerate=1`).
    RateForEachRisk,
    /// One rate for everything (`onerate=1`).
    OneRate,
    /// A lease, whose tenant pays its power.
    TenantPaysPower,
    /// Before tax (`pretax=1`).
    BeforeTax,
    /// Before tax and debt (`pretax=1`).
    BeforeTaxAndDebt,
    /// No income tax (`tax=0`).
    NoTax,
    /// Nothing borrowed (`ltc=0`).
    NothingBorrowed,
    /// No debt-service reserve (`dsra=0`).
    NoReserve,
    /// The network responding to margins (`net=1`).
    NetworkResponds,
    /// A fixed hashrate growth (`net=0`).
    NetworkFixed,
}

impl Unused {
    /// Every reason, for tests that each has its words.
    pub const ALL: [Unused; 16] = [
        Unused::NoMiners, Unused::TripleNet, Unused::NotTripleNet, Unused::GpuCloud, Unused::Lease,
        Unused::ContractYearsOnly, Unused::RateForEachRisk, Unused::OneRate, Unused::TenantPaysPower,
        Unused::BeforeTax, Unused::BeforeTaxAndDebt, Unused::NoTax, Unused::NothingBorrowed,
        Unused::NoReserve, Unused::NetworkResponds, Unused::NetworkFixed,
    ];

    /// The reason's name in the sentences' catalogue (`unused-why-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Unused::NoMiners => "no-miners",
            Unused::TripleNet => "triple-net",
            Unused::NotTripleNet => "not-triple-net",
            Unused::GpuCloud => "gpu-cloud",
            Unused::Lease => "lease",
            Unused::ContractYearsOnly => "contract-years-only",
            Unused::RateForEachRisk => "rate-for-each-risk",
            Unused::OneRate => "one-rate",
            Unused::TenantPaysPower => "tenant-pays-power",
            Unused::BeforeTax => "before-tax",
            Unused::BeforeTaxAndDebt => "before-tax-and-debt",
            Unused::NoTax => "no-tax",
            Unused::NothingBorrowed => "nothing-borrowed",
            Unused::NoReserve => "no-reserve",
            Unused::NetworkResponds => "network-responds",
            Unused::NetworkFixed => "network-fixed",
        }
    }
}

/// One on/off input.
#[derive(Clone, Copy)]
pub struct Toggle {
    /// Short key for URLs (`1` or `0`).
    pub key: &'static str,
    pub label: &'static str,
    pub group: Group,
    /// Today's default.
    pub default: bool,
    pub cite: Cite,
    pub get: fn(&Scenario) -> bool,
    pub set: fn(&mut Scenario, bool),
}

impl std::fmt::Debug for Toggle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Toggle({})", self.key)
    }
}

/// The date a market input was observed.
#[derive(Clone, Copy)]
pub struct Dated {
    /// Short key for URLs (`YYYY-MM`).
    pub key: &'static str,
    /// Key of the [`Param`] it dates.
    pub param: &'static str,
    /// The month today's default was observed.
    pub default: YearMonth,
    pub get: fn(&Scenario) -> YearMonth,
    pub set: fn(&mut Scenario, YearMonth),
}

impl std::fmt::Debug for Dated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Dated({})", self.key)
    }
}
