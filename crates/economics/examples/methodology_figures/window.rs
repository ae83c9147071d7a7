//! Sections 1 and 2 of docs/methodology.md (the window, its basis, the network) and the market data
//! with its refresh.

use economics::bitcoin::{
    average_subsidy_in_month, halving_month, hashprice_usd_per_ph_day,
    hashrate_eh_s_from_difficulty,
};
use economics::finance::{has_one_rate, payback_period};
use economics::market::{marginal_cost_usd_per_ph_day, response_per_month, MAX_GROWTH_STEP};
use economics::presets::Preset;
use economics::{compute, Report, Scenario, YearMonth};

use super::words::*;

pub fn window_network_market(s: &Scenario, r: &Report) {
    let n = r.mining.months.len();
    let c = r.cutover_month;
    println!("## 1. Window and basis");
    println!(
        "months {n}: {} to {}; conversion starts month {}; cut-over month {c} ({})",
        r.calendar[0],
        r.calendar[n - 1],
        s.conversion_start(),
        when(r, c)
    );
    let q = r.rates;
    println!(
        "rates: backstopped {}, own credit {}, converting {}, after the contract {}, mining {}; the loan's market rate {}; hurdle (Report::hurdle_pct) {}",
        pct(q.backstopped_pct), pct(q.own_credit_pct), pct(q.construction_pct),
        pct(q.after_contract_pct), pct(q.mining_pct), pct(q.loan_market_pct), pct(r.hurdle_pct())
    );
    println!("verdict: \"{}\"", verdict(s, r));
    println!(
        "basis: \"{}\" (asked {}%)",
        basis_words(s, r),
        trim(s.debt.loan_to_cost_pct, 2)
    );
    let hut8 = Preset::by_id("hut8").unwrap().scenario();
    let rh8 = compute(&hut8).unwrap();
    println!("  hut8 verdict: \"{}\"", verdict(&hut8, &rh8));
    println!("  hut8 basis: \"{}\"", basis_words(&hut8, &rh8));
    let d = difference(r);
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
            when(r, p)
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
    println!("  largest fall in {}", when(r, lowest + 1));
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

}
