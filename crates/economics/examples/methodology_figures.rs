//! Prints every figure docs/methodology.md quotes at the defaults or for a preset that `headlines`
//! and `defaults_table` do not, section by section, so each can be checked against the code: run
//! `cargo run --release -p economics --example methodology_figures`. Sentences the page writes
//! (the verdict, its basis, the cash chart's sentence, the market data's date) are composed here
//! by the rules of `view::text`, which this crate cannot call; version 2's headlines are rerun
//! from `tests/fixtures/v2.tsv` with version 2's choices as `tests/version2.rs` states them; the
//! refresh's hashprice is worked from the recorded answers in `tests/fixtures/market/`.
use economics::analysis::{
    break_evens, frontier_axes, sensitivity, when_to_convert, BreakEven, MapAxes,
};
use economics::bitcoin::{
    average_subsidy_in_month, halving_month, hashprice_usd_per_ph_day,
    hashrate_eh_s_from_difficulty,
};
use economics::finance::{has_one_rate, npv, payback_period, periodic_rate};
use economics::market::{marginal_cost_usd_per_ph_day, response_per_month, MAX_GROWTH_STEP};
use economics::monte_carlo::simulate;
use economics::params::Param;
use economics::presets::{booked_revenue_usd, Origin, Preset, PRESETS};
use economics::{compute, AiMode, Basis, Report, Scenario, YearMonth};

fn m(usd: f64) -> String {
    format!("${:.1}M", usd / 1e6)
}

fn when(r: &Report, month: usize) -> String {
    r.calendar
        .get(month)
        .map_or(format!("month {month}"), |ym| ym.to_string())
}

/// A month as the page writes it in en-US: "May 2028".
fn month_words(ym: YearMonth) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{} {}", NAMES[ym.month as usize - 1], ym.year)
}

/// A month index as years and months, as `view::format::months` writes it: "8 yr 11 mo".
fn span_words(months: usize) -> String {
    match (months / 12, months % 12) {
        (0, mo) => format!("{mo} months"),
        (y, 0) => format!("{y} yr"),
        (y, mo) => format!("{y} yr {mo} mo"),
    }
}

/// A number with at most `d` decimals, trailing zeros dropped (`view::format::trimmed`).
fn trim(x: f64, d: usize) -> String {
    let t = format!("{x:.d$}");
    if t.contains('.') {
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        t
    }
}

fn pct(x: f64) -> String {
    format!("{}%", trim(x, 2))
}

/// Runs of months in which `on` holds, as calendar ranges.
fn runs(r: &Report, on: &[bool]) -> String {
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
fn basis_words(s: &Scenario, r: &Report) -> String {
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
    let after = match (s.finance.terminal_value, s.mode) {
        (false, _) => "the contract years only".to_string(),
        (true, AiMode::Lease) => format!(
            "{} years after the contract counted",
            trim(s.lease.years_after_contract, 2)
        ),
        (true, AiMode::GpuCloud) => "GPU and site values after the contract counted".to_string(),
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
fn verdict(s: &Scenario, r: &Report) -> String {
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

fn difference(r: &Report) -> Vec<f64> {
    r.ai.months
        .iter()
        .zip(&r.mining.months)
        .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd())
        .collect()
}

/// Tax paid by calendar year, $M.
fn tax_by_year(r: &Report, p: &economics::Path) -> String {
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
fn set_keys(s: &Scenario, keys: &[(&str, f64)]) -> Scenario {
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
fn apv(name: &str, s: &Scenario) {
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

fn main() {
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let n = r.mining.months.len();
    let c = r.cutover_month;

    println!("## 1. Window and basis");
    println!(
        "months {n}: {} to {}; conversion starts month {}; cut-over month {c} ({})",
        r.calendar[0],
        r.calendar[n - 1],
        s.conversion_start(),
        when(&r, c)
    );
    let q = r.rates;
    println!(
        "rates: backstopped {}, own credit {}, converting {}, after the contract {}, mining {}; the loan's market rate {}; hurdle (Report::hurdle_pct) {}",
        pct(q.backstopped_pct), pct(q.own_credit_pct), pct(q.construction_pct),
        pct(q.after_contract_pct), pct(q.mining_pct), pct(q.loan_market_pct), pct(r.hurdle_pct())
    );
    println!("verdict: \"{}\"", verdict(&s, &r));
    println!(
        "basis: \"{}\" (asked {}%)",
        basis_words(&s, &r),
        trim(s.debt.loan_to_cost_pct, 2)
    );
    let hut8 = Preset::by_id("hut8").unwrap().scenario();
    let rh8 = compute(&hut8).unwrap();
    println!("  hut8 verdict: \"{}\"", verdict(&hut8, &rh8));
    println!("  hut8 basis: \"{}\"", basis_words(&hut8, &rh8));
    let d = difference(&r);
    let end: f64 = d.iter().sum();
    let for_good = payback_period(&d);
    println!(
        "cash chart: \"In cash after tax and debt service, not discounted, the AI path ends {} ahead of mining, for good after {}. Discounted, converting is {}.\"",
        m(end),
        for_good.map_or("—".into(), |p| span_words(p + 1)),
        if r.advantage_npv_usd >= 0.0 { "still ahead" } else { "does not pay back" }
    );
    println!(
        "advantage {}; discounted payback {}",
        m(r.advantage_npv_usd),
        r.payback_month.map_or("none".into(), |p| format!(
            "month {} ({})",
            p + 1,
            when(&r, p)
        ))
    );
    println!(
        "equity IRR of converting (financed basis) {:.2}%, one rate {}, equity NPV at the {}% cost of equity {}; quotable {:?}",
        r.conversion_irr.as_ref().map_or(f64::NAN, |x| x * 100.0),
        has_one_rate(&d),
        s.debt.cost_of_equity_pct,
        m(r.debt.as_ref().unwrap().equity_npv_at_cost_usd),
        r.quotable_equity_irr(s.debt.cost_of_equity_pct).map(|x| (x * 1000.0).round() / 10.0)
    );
    let mut unlev = s.clone();
    unlev.debt.loan_to_cost_pct = 0.0;
    let ru0 = compute(&unlev).unwrap();
    println!(
        "  after tax, no debt: IRR {:.2}%, one rate {}, against the {} hurdle; quotable {:?}; payback {:?}",
        ru0.conversion_irr.as_ref().map_or(f64::NAN, |x| x * 100.0),
        has_one_rate(&difference(&ru0)),
        pct(ru0.hurdle_pct()),
        ru0.quotable_irr(ru0.hurdle_pct()).map(|x| (x * 1000.0).round() / 10.0),
        ru0.payback_month.map(|p| p + 1)
    );

    println!("\n## 2. Network");
    println!(
        "identity: {:.2}; 133.87T -> {:.1} EH/s",
        hashprice_usd_per_ph_day(62_500.0, 960_000.0, 3.125, 0.02),
        hashrate_eh_s_from_difficulty(133.87e12)
    );
    println!(
        "halvings: {} and {}; Apr 2028 average subsidy {:.3}; reward cut at default fees {:.1}%",
        halving_month(1_050_000),
        halving_month(1_260_000),
        average_subsidy_in_month(YearMonth {
            year: 2028,
            month: 4
        }),
        100.0 * 1.5625 / (3.125 + s.bitcoin.fees_btc_per_block)
    );
    let kappa = response_per_month(s.network.half_life_months);
    let cost = marginal_cost_usd_per_ph_day(
        s.network.marginal_j_per_th,
        s.network.marginal_power_usd_per_kwh,
    );
    let g = (-(1.0 - s.network.efficiency_gain_pct_per_yr / 100.0f64).ln() / 12.0
        + (1.0 + s.bitcoin.btc_price_growth_pct_per_yr / 100.0f64).ln() / 12.0)
        / kappa;
    println!("kappa {kappa:.4}; marginal cost {cost:.2}; steady-state log gap {g:.3} (hashprice {:.1}% above cost)", (g.exp() - 1.0) * 100.0);
    let steps: Vec<f64> = r
        .network_eh_s
        .windows(2)
        .map(|w| (w[1] / w[0]).ln())
        .collect();
    let (lo, hi) = steps
        .iter()
        .fold((0.0f64, 0.0f64), |(a, b), &x| (a.min(x), b.max(x)));
    println!(
        "largest monthly network change: {:.1}% down, {:.1}% up (clamp ±{:.1}%)",
        (lo.exp() - 1.0) * 100.0,
        (hi.exp() - 1.0) * 100.0,
        (MAX_GROWTH_STEP.exp() - 1.0) * 100.0
    );
    let lowest = steps.iter().position(|&x| x == lo).unwrap();
    println!("  largest fall in {}", when(&r, lowest + 1));
    let jan: Vec<String> = r
        .hashprice_usd_per_ph_day
        .iter()
        .step_by(12)
        .map(|h| format!("{h:.1}"))
        .collect();
    println!(
        "hashprice each January {}–{}: {}",
        r.calendar[0].year,
        r.calendar[n - 1].year,
        jan.join(", ")
    );
    let eh: Vec<String> = r
        .network_eh_s
        .iter()
        .step_by(12)
        .map(|h| format!("{h:.0}"))
        .collect();
    println!("network each January: {}", eh.join(", "));
    let mut high = s.clone();
    high.bitcoin.hashprice_usd_per_ph_day = 500.0;
    let rh = compute(&high).unwrap();
    println!(
        "at $500: network {:.0} EH/s in {}, {:.0} in {}; hashprice at cut-over {:.1}",
        rh.network_eh_s[0],
        when(&rh, 0),
        rh.network_eh_s[12],
        when(&rh, 12),
        rh.hashprice_usd_per_ph_day[c]
    );

    println!("\n## Market data (data/market.tsv) and its refresh");
    for d in economics::data::ALL {
        println!(
            "  {} = {} {} as of {} ({}); span {:?}; sources {}",
            d.key,
            d.value,
            d.unit,
            d.as_of,
            d.as_of_iso(),
            d.span,
            d.sources
        );
    }
    // view::text::market_as_of, for a build within 90 days of the data.
    let latest = economics::data::as_of();
    let name = |key: &'static str| match key {
        "btc_price" => "BTC price",
        "gpu_price" => "GPU rental",
        "power_price" => "power",
        other => other,
    };
    let shown = economics::data::ALL.iter().filter(|d| d.key != "height");
    let with: Vec<&str> = shown
        .clone()
        .filter(|d| d.days == latest.days)
        .map(|d| name(d.key))
        .collect();
    let others: Vec<String> = shown
        .filter(|d| d.days != latest.days)
        .map(|d| format!("{} {}", name(d.key), d.as_of))
        .collect();
    println!(
        "  the page says: \"Market data as of {} ({}); {}.\"",
        latest.as_of,
        with.join(", "),
        others.join(", ")
    );
    println!(
        "  reference block {} on {}; network anchor {:.1} EH/s",
        economics::bitcoin::REFERENCE_HEIGHT,
        economics::data::HEIGHT.as_of_iso(),
        economics::market::network_eh_s_at_reference()
    );
    let fixture = |f: &str| {
        std::fs::read_to_string(format!(
            "{}/../../tests/fixtures/market/{f}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let snap = market::sources::read(
        &fixture("hashrate-3d.json"),
        &fixture("reward-stats-1008.json"),
        &fixture("tip-height.txt"),
        &fixture("prices.json"),
        &fixture("coinbase-spot.json"),
    )
    .unwrap();
    let sub = market::subsidy_btc(snap.height);
    println!(
        "  recorded answers: difficulty {}, fees {} BTC a block, height {} (subsidy {sub}), price {}; hashprice {:.4} (written {:.2})",
        snap.difficulty, snap.fees_btc_per_block, snap.height, snap.price_usd, snap.hashprice(), (snap.hashprice() * 100.0).round() / 100.0
    );
    let ph = hashrate_eh_s_from_difficulty(snap.difficulty) * 1000.0;
    println!(
        "  the same by the model's identity: network {ph:.0} PH/s, (subsidy + fees) × 144 × price / PH/s = {:.4}",
        hashprice_usd_per_ph_day(snap.price_usd, ph, sub, snap.fees_btc_per_block)
    );
    println!(
        "  numerator {:.6e}, denominator {:.6e}",
        (sub + snap.fees_btc_per_block) * snap.price_usd * 86_400.0 * 1e15,
        snap.difficulty * 4_294_967_296.0
    );

    println!("\n## 3. Mining");
    let it_w = s.site.grid_mw * 1e6 / s.mining.overhead_ratio;
    let ph = it_w / s.mining.fleet_j_per_th / 1000.0;
    let fleet = it_w * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th;
    println!(
        "ASIC power {:.1} MW, {:.0} PH/s, F {} (${:.3}/W)",
        it_w / 1e6,
        ph,
        m(fleet),
        fleet / it_w
    );
    let hours = 24.0 * 31.0 * s.mining.uptime_pct / 100.0;
    let mined0 =
        ph * r.hashprice_usd_per_ph_day[0] * hours / 24.0 * (1.0 - s.mining.pool_fee_pct / 100.0);
    println!(
        "check: month-0 mined revenue {} by formula, {} in the model",
        m(mined0),
        m(r.mining.months[0].revenue_usd)
    );
    let power0 = r.mining.months[0].power_usd / (r.mining.months[0].energy_mwh * 1000.0);
    let kw_per_ph = s.site.grid_mw * 1000.0 / ph;
    let cash_cost = 24.0 * kw_per_ph * (power0 + s.mining.non_power_opex_usd_per_mwh / 1000.0);
    println!(
        "cash cost Jan 2027: {kw_per_ph:.2} kW/PH/s × 24 × (${power0:.4} + ${:.3}) = ${cash_cost:.1}/PH/s/day; hashprice needed before pool fee ${:.1}",
        s.mining.non_power_opex_usd_per_mwh / 1000.0, cash_cost / (1.0 - s.mining.pool_fee_pct / 100.0)
    );
    println!(
        "mining path runs {} of {n} months: {}",
        r.mining_on.iter().filter(|x| **x).count(),
        runs(&r, &r.mining_on)
    );
    let life = (s.mining.asic_life_years * 12.0) as usize;
    let age = (s.mining.fleet_age_years * 12.0) as usize;
    println!(
        "today's fleet wears out in month {} ({})",
        life - age,
        when(&r, life - age)
    );
    // Model::generation_j_per_th: e × (1 − effg)^((m + a)/12), here m + a = the ASIC life.
    let gen_j = s.mining.fleet_j_per_th
        * (1.0 - s.network.efficiency_gain_pct_per_yr / 100.0f64).powf(life as f64 / 12.0);
    println!("a generation bought then: {gen_j:.2} J/TH");
    let buys: Vec<String> = r
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(&r, k))
        .collect();
    println!("mining path buys in (the years after the contract counted, the default): {buys:?}");
    let mut no_tv = s.clone();
    no_tv.finance.terminal_value = false;
    let rno = compute(&no_tv).unwrap();
    let buys_no: Vec<String> = rno
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(&rno, k))
        .collect();
    println!("  with the contract years only: {buys_no:?}");
    let rtv = &r;
    let be = break_evens(&s).unwrap();
    println!(
        "cash break-even power price ${:.4}/kWh ({} terms)",
        be.mining_cash_power_usd_per_kwh, s.site.power_as_of
    );

    println!("\n## 4. AI path");
    let it_mw = s.it_mw();
    let conv = it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
    println!(
        "IT {it_mw:.2} MW; conversion capex {} over {} months ({} a month)",
        m(conv),
        c - s.conversion_start(),
        m(conv / (c - s.conversion_start()) as f64)
    );
    let sale = -r.ai.months[c].capex_usd;
    let book = fleet
        * ((-(age as i64) + life as i64 - c as i64).clamp(0, life as i64) as f64 / life as f64);
    println!(
        "ASICs sold at cut-over for {} (book {}, {} of {life} months left)",
        m(sale),
        m(book),
        (life as i64 - age as i64 - c as i64).max(0)
    );
    let mut off = s.clone();
    off.ai.mine_until_cutover = false;
    off.lease.commission_pct = 0.0;
    let roff = compute(&off).unwrap();
    let sale0 = conv / (c - s.conversion_start()) as f64 - roff.ai.months[0].capex_usd;
    println!(
        "mine=0: sold in month 0 for {} (book {})",
        m(sale0),
        m(fleet * (life - age) as f64 / life as f64)
    );
    let mut off2 = s.clone();
    off2.ai.mine_until_cutover = false;
    let roff2 = compute(&off2).unwrap();
    println!(
        "advantage mine on / off: pre-tax {} / {}; after tax {} / {}; financed {} / {}",
        m(r.by_basis.pre_tax.advantage_npv_usd),
        m(roff2.by_basis.pre_tax.advantage_npv_usd),
        m(r.by_basis.after_tax.advantage_npv_usd),
        m(roff2.by_basis.after_tax.advantage_npv_usd),
        m(r.by_basis.financed.advantage_npv_usd),
        m(roff2.by_basis.financed.advantage_npv_usd)
    );
    let mut pre = s.clone();
    pre.tax.pre_tax_unlevered = true;
    let rp = compute(&pre).unwrap();
    let before: f64 = rp.mining.discounted_cumulative_usd[c - 1];
    let site_pv = s.site.site_value_musd_per_mw
        * s.site.grid_mw
        * 1e6
        * (1.0 + periodic_rate(s.finance.after_contract_rate_pct / 100.0, 12.0))
            .powi(-(n as i32 - 1));
    println!(
        "mining NPV pre-tax (pretax=1) {}, of which before cut-over {} and the site's value {} (the rest {})",
        m(rp.mining.npv_usd),
        m(before),
        m(site_pv),
        m(rp.mining.npv_usd - before - site_pv)
    );
    let booked = booked_revenue_usd(&s);
    let got: f64 = r.ai.months[c..].iter().map(|x| x.revenue_usd).sum();
    let commission = r.ai.months[0].capex_usd - conv / (c - s.conversion_start()) as f64;
    println!(
        "lease: rent booked {} ; received with early exit {} ({:.1}% less); commission {}",
        m(booked),
        m(got),
        (1.0 - got / booked) * 100.0,
        m(commission)
    );
    let gpu = Scenario {
        mode: AiMode::GpuCloud,
        ..s.clone()
    };
    let rg = compute(&gpu).unwrap();
    let g_usd = it_mw * gpu.gpu.gpus_per_mw_it * gpu.gpu.capex_usd_per_gpu;
    let glife = (gpu.gpu.life_years * 12.0) as usize;
    println!(
        "GPU: fleet {} in {} tranches; generation 1 due month {} ({}); hall leased from {:?}",
        m(g_usd),
        s.ramp_months().max(1),
        c + glife,
        when(&rg, c + glife),
        rg.hall_leased_from.map(|k| when(&rg, k))
    );
    let last_revenue = rg
        .ai
        .months
        .iter()
        .rposition(|x| x.revenue_usd > 0.0)
        .unwrap();
    println!(
        "  GPU cloud's last revenue month {}",
        when(&rg, last_revenue)
    );

    println!("\n## 5. End values (lease, defaults)");
    let site = s.site.site_value_musd_per_mw * s.site.grid_mw * 1e6;
    let refit = conv * s.lease.refit_pct / 100.0;
    println!("refit {}; site {}", m(refit), m(site));
    println!(
        "model: AI end value {} (the building {} + the site), mining end value {}",
        m(rtv.ai.months[n - 1].terminal_usd),
        m(rtv.ai.months[n - 1].terminal_usd - site),
        m(rtv.mining.months[n - 1].terminal_usd)
    );
    println!(
        "advantage counting the years after the contract / the contract years only {} / {}",
        m(r.advantage_npv_usd),
        m(r.advantage_other_npv_usd)
    );
    let mut tvp = pre.clone();
    tvp.finance.terminal_value = true;
    let rtvp = compute(&tvp).unwrap();
    println!(
        "  pre-tax: AI end PV {} (the building {}), mining end PV {}",
        m(rtvp.ai.terminal_pv_usd),
        m(rtvp.ai.terminal_pv_usd - site_pv),
        m(rtvp.mining.terminal_pv_usd)
    );
    let buys_tvp: Vec<String> = rtvp
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(&rtvp, k))
        .collect();
    let miners = rtvp.mining.months[n - 1].terminal_usd
        - s.site.site_value_musd_per_mw * s.site.grid_mw * 1e6;
    println!("  pre-tax with end values, the mining path buys in {buys_tvp:?}; its end value {} = miners {} + site", m(rtvp.mining.months[n - 1].terminal_usd), m(miners));
    let d_ai = 1.0
        / (1.0 + periodic_rate(s.finance.after_contract_rate_pct / 100.0, 12.0)).powi(n as i32 - 1);
    let d_mi =
        1.0 / (1.0 + periodic_rate(s.finance.mining_rate_pct / 100.0, 12.0)).powi(n as i32 - 1);
    println!(
        "  the site's {} is worth {} at the after-contract rate, {} at the mining rate",
        m(site),
        m(site * d_ai),
        m(site * d_mi)
    );
    println!(
        "  the miners' {} at the mining rate {}",
        m(miners),
        m(miners * d_mi)
    );
    for id in ["wulf", "hut8"] {
        let sc = PRESETS.iter().find(|p| p.id == id).unwrap().scenario();
        let rt = compute(&sc).unwrap();
        println!(
            "  {id}: advantage counting the years after / the contract years only {} / {}; AI end value {}",
            m(rt.advantage_npv_usd),
            m(rt.advantage_other_npv_usd),
            m(rt.ai.months[rt.ai.months.len() - 1].terminal_usd)
        );
    }
    let gtv = Scenario {
        mode: AiMode::GpuCloud,
        ..s.clone()
    };
    let rgtv = compute(&gtv).unwrap();
    println!(
        "GPU: end value {}; advantage counting the years after / the contract years only {} / {}",
        m(rgtv.ai.months[n - 1].terminal_usd),
        m(rg.advantage_npv_usd),
        m(rg.advantage_other_npv_usd)
    );

    println!("\n## 6. Per kWh");
    let k = r.per_kwh;
    println!(
        "from {}: mining ${:.4}, lease ${:.4} ({:.2}×), GPU ${:.4} ({:.2}×), 25× at ${:.2}/GPU-hour ({} terms)",
        when(&r, k.from_month), k.mining_grid_usd, k.lease_grid_usd, k.lease_multiple(), k.gpu_grid_usd, k.gpu_multiple(),
        k.gpu_usd_per_hour_for_claim.unwrap_or(0.0), s.gpu.price_as_of
    );

    println!("\n## 7. Analyses");
    let show = |b: BreakEven| match b {
        BreakEven::At(v) => format!("{v:.2}"),
        other => format!("{other:?}"),
    };
    println!(
        "break-evens: hashprice {}, rent {}",
        show(be.hashprice_usd_per_ph_day),
        show(be.ai_rate)
    );
    for hp in [1.0, 500.0] {
        let mut t = s.clone();
        t.bitcoin.hashprice_usd_per_ph_day = hp;
        println!(
            "  advantage at hashprice {hp}: {}",
            m(compute(&t).unwrap().advantage_npv_usd)
        );
    }
    let mut fixed = s.clone();
    fixed.network.responds = false;
    println!(
        "  response off: hashprice break-even {}",
        show(break_evens(&fixed).unwrap().hashprice_usd_per_ph_day)
    );
    println!(
        "  GPU cloud: GPU price break-even {}",
        show(break_evens(&gpu).unwrap().ai_rate)
    );
    for (name, sc) in [("lease", &s), ("GPU cloud", &gpu)] {
        let sens = sensitivity(sc).unwrap();
        let sourced = sens.bars.iter().filter(|b| b.sourced).count();
        println!(
            "tornado ({name}): {} bars, {sourced} sourced",
            sens.bars.len()
        );
        for b in &sens.bars {
            println!(
                "  {:6} {:5} {:>10} .. {:>10}: {:>10} .. {:>10}{}",
                b.key,
                if b.sourced { "src" } else { "ass" },
                format!("{:.4}", b.low_value),
                format!("{:.4}", b.high_value),
                m(b.low_advantage_usd),
                m(b.high_advantage_usd),
                if b.flips() { " flips" } else { "" }
            );
        }
        for f in &sens.flips {
            println!(
                "  flip {}: {}–{}, even at {:.4?}",
                f.key, f.low, f.high, f.break_evens
            );
        }
    }
    for axes in [MapAxes::CapexByRate, MapAxes::HashpriceByRate] {
        for sc in [&s, &gpu] {
            let ((x, x0, x1), (y, y0, y1)) = frontier_axes(sc, axes);
            println!(
                "map {axes:?} {:?}: {} {x0:.2}–{x1:.2}, {} {y0:.3}–{y1:.3}",
                sc.mode, x.key, y.key
            );
        }
    }
    for (name, sc) in [("lease", &s), ("GPU cloud", &gpu)] {
        let t = when_to_convert(sc).unwrap();
        let (best, best_usd) = t.best().unwrap();
        println!(
            "when ({name}): {} starts 0–{}; now {}; best {best} ({}) {}; at 120 {}",
            t.starts.len(),
            t.starts.last().unwrap(),
            m(t.advantage_usd[0]),
            s.site.start.plus_months(best as u32),
            m(best_usd),
            m(*t.advantage_usd.last().unwrap())
        );
        let ahead = t.advantage_usd.iter().filter(|x| **x > 0.0).count();
        let (lo_k, lo) =
            t.advantage_usd
                .iter()
                .enumerate()
                .fold(
                    (0, f64::INFINITY),
                    |a, (k, &x)| if x < a.1 { (k, x) } else { a },
                );
        let falls = t.advantage_usd.windows(2).all(|w| w[1] <= w[0]);
        println!(
            "  converting ahead at {ahead} of {} starts; the worst start {} ({}); worth less at every later start: {falls}",
            t.starts.len(),
            s.site.start.plus_months(t.starts[lo_k] as u32),
            m(lo)
        );
    }

    println!("\n## 8–9. Presets and warnings");
    for (name, sc) in [
        ("defaults".to_string(), s.clone()),
        ("defaults GPU".to_string(), gpu.clone()),
    ]
    .into_iter()
    .chain(
        PRESETS
            .iter()
            .skip(1)
            .map(|p| (p.id.to_string(), p.scenario())),
    ) {
        let rr = compute(&sc).unwrap();
        let codes: Vec<&str> = rr.warnings.iter().map(|w| w.code.as_str()).collect();
        let debt = rr.debt.as_ref().map_or("no debt".into(), |d| {
            format!(
                "ltc {:.2}% (asked {}%), sized {}, borrowed {}, cover lowest {:.3}× ({}) average {:.2}× (covenant {}×)",
                d.loan_to_cost_pct,
                trim(sc.debt.loan_to_cost_pct, 2),
                d.sized_to_cover,
                m(d.borrowed_usd),
                d.min_dscr,
                when(&rr, d.min_dscr_month),
                d.average_dscr,
                sc.debt.covenant_dscr
            )
        });
        println!(
            "{name}: basis \"{}\"; {debt}; warnings {codes:?}",
            basis_words(&sc, &rr)
        );
        println!("  verdict \"{}\"", verdict(&sc, &rr));
    }
    let mut at_two: Vec<(f64, &str)> = PRESETS
        .iter()
        .filter_map(|p| p.rent_at_default_escalator().map(|x| (x, p.id)))
        .collect();
    at_two.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "starting rents at the default escalator: {}; median {:.2} ({})",
        at_two
            .iter()
            .map(|(x, id)| format!("{id} {x:.2}"))
            .collect::<Vec<_>>()
            .join(", "),
        at_two[at_two.len() / 2].0,
        at_two[at_two.len() / 2].1
    );
    let cheap = set_keys(&s, &[("cap", 0.0), ("rent", 20.0)]);
    let rc = compute(&cheap).unwrap();
    println!(
        "?cap=0&rent=20: equity IRR {:?} (quotable {:?})",
        rc.conversion_irr
            .as_ref()
            .map(|x| (x * 1000.0).round() / 10.0),
        rc.quotable_equity_irr(cheap.debt.cost_of_equity_pct)
            .map(|x| (x * 1000.0).round() / 10.0)
    );
    for p in PRESETS.iter().skip(1) {
        let sc = p.scenario();
        let deal = p.deal.unwrap();
        let rate = match p.mode {
            AiMode::Lease => format!("${:.2}/kW-month", sc.lease.usd_per_kw_month),
            AiMode::GpuCloud => format!("${:.3}/GPU-hour", sc.gpu.usd_per_gpu_hour),
        };
        let fields: Vec<String> = p
            .fields
            .iter()
            .map(|(k, v, o)| {
                let who = match o {
                    Origin::Deal(_) => "deal",
                    Origin::Assumed(_) => "assumed",
                };
                format!("{k}{}({who})", v.map_or(String::new(), |v| format!("={v}")))
            })
            .collect();
        println!(
            "{} | IT {:.1} | grid {:.2} (PUE {:.2}) | {} yr | ${:.3}B | avg {:.2} | {rate} | gopx {:.2} | {}",
            p.id, deal.mw_it, sc.site.grid_mw, sc.ai.pue, deal.years, deal.value_usd / 1e9, deal.usd_per_kw_month(), sc.gpu.other_opex_pct_of_revenue, fields.join(", ")
        );
    }

    println!("\n## 13. Tax (defaults)");
    let mut plain = s.clone();
    plain.debt.loan_to_cost_pct = 0.0;
    let ra = compute(&plain).unwrap();
    println!("mining tax by year ($M): {}", tax_by_year(&ra, &ra.mining));
    println!("AI tax, no debt ($M): {}", tax_by_year(&ra, &ra.ai));
    println!("AI tax, financed ($M): {}", tax_by_year(&r, &r.ai));
    let mut nobonus = plain.clone();
    nobonus.tax.bonus_pct = 0.0;
    let rn = compute(&nobonus).unwrap();
    println!(
        "bonus 100 vs 0 (no debt): mining NPV {} vs {}; AI NPV {} vs {}",
        m(ra.mining.npv_usd),
        m(rn.mining.npv_usd),
        m(ra.ai.npv_usd),
        m(rn.ai.npv_usd)
    );
    let mut nb_fin = s.clone();
    nb_fin.tax.bonus_pct = 0.0;
    let rnf = compute(&nb_fin).unwrap();
    println!(
        "  financed AI NPV {} vs {}",
        m(r.ai.npv_usd),
        m(rnf.ai.npv_usd)
    );
    for p in PRESETS.iter().skip(1) {
        let sc = p.scenario();
        let mut nb = sc.clone();
        nb.tax.bonus_pct = 0.0;
        let (with, without) = (compute(&sc).unwrap(), compute(&nb).unwrap());
        println!(
            "  {}: AI NPV with bonus / without: after tax {} / {} (bonus worth {}), financed {} / {} (bonus worth {})",
            p.id,
            m(with.by_basis.after_tax.ai_npv_usd),
            m(without.by_basis.after_tax.ai_npv_usd),
            m(with.by_basis.after_tax.ai_npv_usd - without.by_basis.after_tax.ai_npv_usd),
            m(with.by_basis.financed.ai_npv_usd),
            m(without.by_basis.financed.ai_npv_usd),
            m(with.by_basis.financed.ai_npv_usd - without.by_basis.financed.ai_npv_usd)
        );
    }
    println!(
        "advantage pre-tax {} ; after tax {} ; financed {}",
        m(r.by_basis.pre_tax.advantage_npv_usd),
        m(r.by_basis.after_tax.advantage_npv_usd),
        m(r.by_basis.financed.advantage_npv_usd)
    );
    println!(
        "NPVs pre-tax mining {} AI {}; after tax mining {} AI {}; financed AI {}",
        m(r.by_basis.pre_tax.mining_npv_usd),
        m(r.by_basis.pre_tax.ai_npv_usd),
        m(r.by_basis.after_tax.mining_npv_usd),
        m(r.by_basis.after_tax.ai_npv_usd),
        m(r.by_basis.financed.ai_npv_usd)
    );
    let mut group = s.clone();
    group.tax.group_uses_losses = true;
    let rgp = compute(&group).unwrap();
    println!(
        "group=1: advantage {} (adds {}); AI NPV {}; AI tax by year ($M): {}",
        m(rgp.advantage_npv_usd),
        m(rgp.advantage_npv_usd - r.advantage_npv_usd),
        m(rgp.ai.npv_usd),
        tax_by_year(&rgp, &rgp.ai)
    );

    println!("\n## 14. Debt (defaults)");
    let dd = r.debt.as_ref().unwrap();
    println!(
        "ltc {:.2}% (sized {}); borrowed {}; capitalised interest {}; peak balance {}; repaid {}–{} ({} months)",
        dd.loan_to_cost_pct, dd.sized_to_cover, m(dd.borrowed_usd), m(dd.capitalised_interest_usd), m(dd.peak_balance_usd),
        when(&r, dd.repay_from), when(&r, dd.repay_until - 1), dd.repay_until - dd.repay_from
    );
    println!(
        "cover lowest {:.3}× in {}, average {:.2}×",
        dd.min_dscr,
        when(&r, dd.min_dscr_month),
        dd.average_dscr
    );
    println!(
        "equity in {}; equity NPV at cost of equity {}; equity IRR quoted {:?}",
        m(dd.equity_in_usd),
        m(dd.equity_npv_at_cost_usd),
        dd.equity_irr.map(|x| (x * 1000.0).round() / 10.0)
    );
    let net: f64 = r.ai.months.iter().map(|x| x.borrowed_usd).sum::<f64>();
    println!("borrowed net of fees {}", m(net));
    let loan: Vec<f64> = r.ai.months.iter().map(|x| x.debt_cash_usd()).collect();
    let at_market = npv(r.rates.loan_market_pct / 100.0 / 12.0, &loan);
    let at_coupon = npv(s.debt.coupon_pct / 100.0 / 12.0, &loan);
    println!(
        "loan's flows to the owners: at the {}% market rate for its credit {}, at its own {}% coupon (version 3) {}",
        trim(r.rates.loan_market_pct, 4),
        m(at_market),
        trim(s.debt.coupon_pct, 4),
        m(at_coupon)
    );
    println!("adjusted present value, by scenario:");
    apv("  defaults", &s);
    let mut loose = s.clone();
    loose.debt.covenant_dscr = 1.0;
    apv("  defaults at a 1.0× covenant", &loose);
    apv("  defaults, GPU cloud", &gpu);
    for p in PRESETS.iter().skip(1) {
        apv(&format!("  {}", p.id), &p.scenario());
    }
    let ru = compute(&loose).unwrap();
    let du = ru.debt.as_ref().unwrap();
    println!(
        "at a 1.0× covenant: ltc {:.2}%, borrowed {}, lowest cover {:.3}× ({}), financed advantage {}",
        du.loan_to_cost_pct, m(du.borrowed_usd), du.min_dscr, when(&ru, du.min_dscr_month), m(ru.advantage_npv_usd)
    );
    for (what, keys) in [
        (
            "ltc=50&cpn=0&dscr=1",
            vec![("ltc", 50.0), ("cpn", 0.0), ("dscr", 1.0)],
        ),
        (
            "ltc=50&cpn=10&dscr=1",
            vec![("ltc", 50.0), ("cpn", 10.0), ("dscr", 1.0)],
        ),
        ("ltc=0", vec![("ltc", 0.0)]),
    ] {
        let rr = compute(&set_keys(&s, &keys)).unwrap();
        println!(
            "  ?{what}: AI NPV {}; the loan's flows at the market rate {}",
            m(rr.ai.npv_usd),
            m(rr.debt.as_ref().map_or(0.0, |d| d.loan_value_usd))
        );
    }

    println!("\n## 15. What the market pays");
    let riot = Preset::by_id("riot-amd").unwrap().scenario();
    for (name, rr) in [
        ("defaults", r.clone()),
        ("defaults, GPU cloud", rg.clone()),
        ("riot-amd", compute(&riot).unwrap()),
    ] {
        let k = rr.market;
        println!(
            "{name}: mining EBITDA {} worth {}–{}; AI EBITDA {}, converted {}–{}; conversion cost {}",
            m(k.mining_ebitda_usd),
            m(k.mining_low_usd),
            m(k.mining_high_usd),
            m(k.ai_ebitda_usd),
            m(k.converted_low_usd),
            m(k.converted_high_usd),
            m(k.conversion_cost_usd)
        );
    }

    println!("\n## IREN tax and prepayment");
    let iren = PRESETS.iter().find(|p| p.id == "iren").unwrap().scenario();
    let ri = compute(&iren).unwrap();
    println!(
        "prepaid in {}: revenue {}",
        when(&ri, 0),
        m(ri.ai.months[0].revenue_usd)
    );
    println!("AI tax, financed ($M): {}", tax_by_year(&ri, &ri.ai));
    let mut iren_plain = iren.clone();
    iren_plain.debt.loan_to_cost_pct = 0.0;
    let rip = compute(&iren_plain).unwrap();
    println!("AI tax, no debt ($M): {}", tax_by_year(&rip, &rip.ai));
    println!("mining tax ($M): {}", tax_by_year(&rip, &rip.mining));
    println!(
        "advantage before tax {}, after tax {}, financed {}; cut-over {}",
        m(ri.by_basis.pre_tax.advantage_npv_usd),
        m(ri.by_basis.after_tax.advantage_npv_usd),
        m(ri.by_basis.financed.advantage_npv_usd),
        when(&ri, ri.cutover_month)
    );
    let full = ri.cutover_month + iren.ramp_months();
    let month = &ri.ai.months[full];
    let contract_revenue = month.revenue_usd / (1.0 - iren.ai.prepaid_pct / 100.0);
    println!(
        "IREN full month: power {:.2}% and other opex {:.2}% of the contract's revenue: EBITDA margin {:.2}% (of the revenue net of the prepayment {:.2}%)",
        month.power_usd / contract_revenue * 100.0, month.other_opex_usd / contract_revenue * 100.0,
        (1.0 - (month.power_usd + month.other_opex_usd) / contract_revenue) * 100.0, month.ebitda_usd() / month.revenue_usd * 100.0
    );
    for id in ["hut8", "wulf"] {
        let sc = PRESETS.iter().find(|p| p.id == id).unwrap().scenario();
        let rr = compute(&sc).unwrap();
        let dd = rr.debt.as_ref().unwrap();
        println!(
            "{id}: repaid {}–{} ({} months); warrants/capex in month 0 {}; cover lowest {:.2}×",
            when(&rr, dd.repay_from),
            when(&rr, dd.repay_until - 1),
            dd.repay_until - dd.repay_from,
            m(rr.ai.months[0].capex_usd),
            dd.min_dscr
        );
    }

    println!(
        "\n## Version 2 (tests/fixtures/v2.tsv rows 1, 3, 6-11), pretax=1, with version 2's choices"
    );
    let fixture = include_str!("../tests/fixtures/v2.tsv");
    let rows: Vec<&str> = fixture.lines().filter(|l| !l.starts_with('#')).collect();
    for (name, i) in [
        ("defaults", 0),
        ("defaults GPU", 2),
        ("csc", 5),
        ("wulf", 6),
        ("cifr-fs", 7),
        ("hut8", 8),
        ("cifr", 9),
        ("iren", 10),
    ] {
        let cells: Vec<&str> = rows[i].split('\t').collect();
        let mut v = Scenario::default();
        let (mut rate, mut premium) = (0.0, 0.0);
        for pair in cells[0].split('&') {
            let (k, x) = pair.split_once('=').unwrap();
            // Version 2's keys whose meaning version 4 changed (as `tests/version2.rs`).
            match k {
                "dr" => rate = x.parse().unwrap(),
                "mprem" => premium = x.parse().unwrap(),
                "tv" | "nnn" | "capr" => {}
                _ => {
                    if let Some(p) = Param::by_key(k) {
                        (p.set)(&mut v, x.parse().unwrap());
                    } else if let Some(t) = economics::params::Toggle::by_key(k) {
                        (t.set)(&mut v, x == "1");
                    } else if let Some(d) = economics::params::Dated::by_key(k) {
                        (d.set)(&mut v, YearMonth::parse(x).unwrap());
                    } else if k == "start" {
                        v.site.start = YearMonth::parse(x).unwrap();
                    } else if k == "mode" {
                        v.mode = if x == "gpu" {
                            AiMode::GpuCloud
                        } else {
                            AiMode::Lease
                        };
                    }
                }
            }
        }
        // Version 2's choices: its one AI rate for every AI cash and the site, that plus its
        // premium for mining, no commission, refit, site value or re-letting, the conversion
        // now, the contract years only, the tenant paying power.
        v.lease.commission_pct = 0.0;
        v.lease.refit_pct = 0.0;
        v.lease.downtime_months = 36.0;
        v.site.site_value_musd_per_mw = 0.0;
        v.ai.convert_in_months = 0.0;
        let f = &mut v.finance;
        f.one_rate = false;
        (
            f.backstopped_rate_pct,
            f.own_credit_rate_pct,
            f.construction_rate_pct,
            f.after_contract_rate_pct,
        ) = (rate, rate, rate, rate);
        f.mining_rate_pct = rate + premium;
        f.terminal_value = false;
        v.ai.relet_after_exit = false;
        v.lease.triple_net = false;
        v.tax.pre_tax_unlevered = true;
        let rv = compute(&v).unwrap();
        println!(
            "{name}: {} (fixture {}), mining {}, IRR {:?}, payback {:?}{}",
            m(rv.advantage_npv_usd),
            m(cells[1].parse::<f64>().unwrap()),
            m(rv.mining.npv_usd),
            rv.quotable_irr(rv.hurdle_pct())
                .map(|x| (x * 1000.0).round() / 10.0),
            rv.payback_month.map(|p| p + 1),
            if rv.hall_leased_from.is_some() {
                " (leases the hall when its GPUs wear out)"
            } else {
                ""
            }
        );
    }

    println!("\n## Monte Carlo (seed 1, 2,000 paths)");
    for (name, sc) in [("lease", &s), ("GPU cloud", &gpu)] {
        let mc = simulate(sc, 2000, 1).unwrap();
        let last = mc.mining_cumulative_usd.last().unwrap();
        println!(
            "{name}: AI ahead in {:.2}% ; mining cumulative at the end p5 {} p25 {} p50 {} p75 {} p95 {}; model path {}",
            mc.probability_ai_ahead * 100.0, m(last[0]), m(last[1]), m(last[2]), m(last[3]), m(last[4]),
            m(*compute(sc).unwrap().mining.cumulative_usd.last().unwrap())
        );
    }
}
