//! The page's words and small sums the sections share: money and months as the page writes them,
//! the verdict and its basis composed by `view::text`'s rules, and the scenarios the sections rerun.

use economics::params::Param;
use economics::presets::Preset;
use economics::{compute, AiMode, Basis, Report, Scenario, YearMonth};

pub fn m(usd: f64) -> String {
    format!("${:.1}M", usd / 1e6)
}

pub fn when(r: &Report, month: usize) -> String {
    r.calendar
        .get(month)
        .map_or(format!("month {month}"), |ym| ym.to_string())
}

/// A month as the page writes it in en-US: "May 2028".
pub fn month_words(ym: YearMonth) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{} {}", NAMES[ym.month as usize - 1], ym.year)
}

/// A month index as years and months, as `view::format::months` writes it: "8 yr 11 mo".
pub fn span_words(months: usize) -> String {
    match (months / 12, months % 12) {
        (0, mo) => format!("{mo} months"),
        (y, 0) => format!("{y} yr"),
        (y, mo) => format!("{y} yr {mo} mo"),
    }
}

/// A number with at most `d` decimals, trailing zeros dropped (`view::format::trimmed`).
pub fn trim(x: f64, d: usize) -> String {
    let t = format!("{x:.d$}");
    if t.contains('.') {
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        t
    }
}

pub fn pct(x: f64) -> String {
    format!("{}%", trim(x, 2))
}

/// Runs of months in which `on` holds, as calendar ranges.
pub fn runs(r: &Report, on: &[bool]) -> String {
    let mut out = Vec::new();
    let mut k = 0;
    while k < on.len() {
        if on[k] {
            let a = k;
            while k < on.len() && on[k] {
                k += 1;
            }
            out.push(format!("{}–{}", when(r, a), when(r, k - 1)));
        } else {
            k += 1;
        }
    }
    out.join(", ")
}

/// The basis line as `view::text::basis` composes it (en-US): tax and borrowing, the rates,
/// what counts after the contract, the contract's dates, and a preset's start and caveat.
pub fn basis_words(s: &Scenario, r: &Report) -> String {
    let tax = if s.tax.rate_pct > 0.0 {
        "After tax"
    } else {
        "No tax (0%)"
    };
    let covenant = format!("{}×", trim(s.debt.covenant_dscr, 3));
    let short = match (r.basis, &r.debt) {
        (Basis::PreTax, _) => "Before tax, no debt".into(),
        (Basis::AfterTax, _) | (Basis::Financed, None) => format!("{tax}, no debt"),
        (Basis::Financed, Some(d)) if d.borrowed_usd == 0.0 => {
            format!("{tax}, no loan passes a {covenant} cover test")
        }
        (Basis::Financed, Some(d)) if d.sized_to_cover => {
            format!("{tax}, {}% borrowed", trim(d.loan_to_cost_pct, 1))
        }
        (Basis::Financed, Some(d)) => format!(
            "{tax}, {}% borrowed at {}",
            trim(d.loan_to_cost_pct, 1),
            pct(s.debt.coupon_pct)
        ),
    };
    let q = r.rates;
    let rates = if q.one_rate {
        format!("every cash flow at {}", pct(q.own_credit_pct))
    } else {
        let what = match s.mode {
            AiMode::Lease => "rent",
            AiMode::GpuCloud => "GPU revenue",
        };
        let rent = match s.ai.backstopped_pct {
            b if b <= 0.0 => pct(q.own_credit_pct),
            b if b >= 100.0 => pct(q.backstopped_pct),
            _ => format!(
                "{}–{}",
                pct(q.backstopped_pct.min(q.own_credit_pct)),
                pct(q.backstopped_pct.max(q.own_credit_pct))
            ),
        };
        if s.mining.greenfield {
            format!("{what} at {rent}")
        } else {
            format!("{what} at {rent}, mining at {}", pct(q.mining_pct))
        }
    };
    let after = if s.finance.terminal_value {
        format!("{} years after the contract counted", trim(s.lease.years_after_contract, 2))
    } else {
        "the contract years only".to_string()
    };
    let dates = format!(
        "contract {} to {}",
        month_words(r.calendar[r.cutover_month]),
        month_words(r.calendar[r.calendar.len() - 1])
    );
    let start = match Preset::matching(s) {
        Some(p) if !p.caveat.is_empty() => format!(
            "; hypothetical start {}; {}",
            month_words(s.site.start),
            p.caveat
        ),
        Some(_) => format!("; hypothetical start {}", month_words(s.site.start)),
        None => String::new(),
    };
    format!("{short}; {rates}; {after}; {dates}{start}.")
}

/// The verdict as `view::text::verdict` composes it, for a whole site converted.
pub fn verdict(s: &Scenario, r: &Report) -> String {
    let site = format!("this {:.0} MW site", s.site.grid_mw);
    let gain = r.advantage_npv_usd;
    let (verb, value) = (if gain >= 0.0 { "adds" } else { "loses" }, m(gain.abs()));
    let otherwise = if s.mining.greenfield {
        "leaving it dark"
    } else {
        "keeping its miners"
    };
    if let Some(p) = Preset::matching(s) {
        let doing = match s.mode {
            AiMode::Lease => "leasing",
            AiMode::GpuCloud => "a GPU cloud on",
        };
        let against = if gain >= 0.0 { "over" } else { "against" };
        return format!(
            "On {} terms, {doing} {site} from {} {verb} {value} in today's money {against} {otherwise}.",
            p.whose,
            month_words(s.site.start)
        );
    }
    let doing = match s.mode {
        AiMode::Lease => format!("Leasing {site} to an AI tenant"),
        AiMode::GpuCloud => format!("Running a GPU cloud on {site}"),
    };
    format!(
        "{doing} instead of mining {verb} {value} in today's money; mining on is worth {}.",
        m(r.mining.npv_usd)
    )
}

pub fn difference(r: &Report) -> Vec<f64> {
    r.ai.months
        .iter()
        .zip(&r.mining.months)
        .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd())
        .collect()
}

/// Tax paid by calendar year, $M.
pub fn tax_by_year(r: &Report, p: &economics::Path) -> String {
    let mut years: Vec<(i32, f64)> = Vec::new();
    for (ym, month) in r.calendar.iter().zip(&p.months) {
        match years.last_mut() {
            Some((y, t)) if *y == ym.year => *t += month.tax_usd,
            _ => years.push((ym.year, month.tax_usd)),
        }
    }
    years
        .iter()
        .map(|(y, t)| format!("{y} {:.1}", t / 1e6))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The scenario `s` with inputs set by key, as a link sets them.
pub fn set_keys(s: &Scenario, keys: &[(&str, f64)]) -> Scenario {
    let mut t = s.clone();
    for (k, x) in keys {
        (Param::by_key(k).unwrap().set)(&mut t, *x);
    }
    t
}

/// A financed path's value over its value with no debt, in parts (adjusted present value): the
/// loan's flows at the market rate for its credit (`Rates::debt`: draws net of fees, less
/// interest and principal, plus the reserve), split into the fees, the reserve and drawing and
/// repaying at the coupon; the tax its interest and fees save is what is left.
pub fn apv(name: &str, s: &Scenario) {
    let r = compute(s).unwrap();
    let Some(d) = r.debt.as_ref() else {
        println!("{name}: no debt");
        return;
    };
    let rate = r.rates.loan_market_pct;
    let v = 1.0 / (1.0 + rate / 1200.0);
    let f = s.debt.fees_pct / 100.0;
    let (mut loan, mut fees, mut reserve) = (0.0, 0.0, 0.0);
    for (k, x) in r.ai.months.iter().enumerate() {
        let at = v.powi(k as i32);
        loan += x.debt_cash_usd() * at;
        fees += x.borrowed_usd * f / (1.0 - f) * at;
        reserve += x.reserve_usd * at;
    }
    let gain = r.by_basis.financed.ai_npv_usd - r.by_basis.after_tax.ai_npv_usd;
    let held =
        r.ai.months
            .iter()
            .map(|x| x.reserve_usd)
            .fold(0.0f64, f64::min);
    let funded = r.ai.months.iter().position(|x| x.reserve_usd < 0.0);
    let returned = r.ai.months.iter().rposition(|x| x.reserve_usd > 0.0);
    let months = match (funded, returned) {
        (Some(a), Some(b)) => format!(
            "from {} to {}; repaid over {} months",
            when(&r, a),
            when(&r, b),
            d.repay_until - d.repay_from
        ),
        _ => "none".into(),
    };
    println!(
        "{name}: borrowed {} ({}% of cost) at {}% against a {}% market rate: the loan adds {} = its flows {} (Debt::loan_value_usd {}; fees {}, reserve {} [{} held, {months}], the coupon against the market rate {}) + tax saved {}",
        m(d.borrowed_usd),
        trim(d.loan_to_cost_pct, 2),
        trim(s.debt.coupon_pct, 4),
        trim(rate, 4),
        m(gain),
        m(loan),
        m(d.loan_value_usd),
        m(-fees),
        m(reserve),
        m(-held),
        m(loan + fees - reserve),
        m(gain - loan)
    );
}

