//! Invariants over any scenario (proptest): what must hold whatever the inputs.

use super::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn valid_input_gives_finite_output(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        prop_assert!(all_finite(&r));
        prop_assert_eq!(r.mining.months.len(), s.months());
        assert_consistent(&r);
    }

    /// Owned machines can always idle and no purchase is made that does not pay back.
    #[test]
    fn mining_is_never_worth_less_than_nothing(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        prop_assert!(r.mining.npv_usd >= -1e-6 * r.mining.months.len() as f64, "mining NPV {}", r.mining.npv_usd);
    }

    /// Dearer power never makes either path worth more before tax (exactly), nor after tax by
    /// more than a thousandth: the fleet's purchases are planned on an estimate of their tax (at
    /// the marginal rate), not on the whole tax ledger, so after tax a plan can be a hair from the
    /// best, and a dearer plan a hair better. With debt, the AI path is held to it unlevered
    /// only, since a sculpted loan's reserve follows the cash (less cash, a smaller reserve).
    #[test]
    fn npv_never_rises_with_power_price(s in arb_scenario(), bump in 0.0..0.2f64) {
        let mut s = s;
        for levered in [true, false] {
            if !levered {
                s.debt.loan_to_cost_pct = 0.0;
            }
            let mut dearer = s.clone();
            dearer.site.power_usd_per_kwh = (s.site.power_usd_per_kwh + bump).min(0.3);
            let (a, b) = (compute(&s).unwrap(), compute(&dearer).unwrap());
            let exact = 1e-9 * a.mining.npv_usd.abs().max(a.ai.npv_usd.abs()).max(1.0);
            let (pa, pb) = (a.by_basis.pre_tax, b.by_basis.pre_tax);
            prop_assert!(pb.mining_npv_usd <= pa.mining_npv_usd + exact, "mining before tax {} > {}", pb.mining_npv_usd, pa.mining_npv_usd);
            let planned = 1e-3 * a.mining.npv_usd.abs().max(a.ai.npv_usd.abs()).max(1.0);
            prop_assert!(b.mining.npv_usd <= a.mining.npv_usd + planned, "mining {} > {}", b.mining.npv_usd, a.mining.npv_usd);
            if !levered {
                prop_assert!(pb.ai_npv_usd <= pa.ai_npv_usd + exact, "ai before tax {} > {}", pb.ai_npv_usd, pa.ai_npv_usd);
                prop_assert!(b.ai.npv_usd <= a.ai.npv_usd + planned, "ai {} > {}", b.ai.npv_usd, a.ai.npv_usd);
            }
        }
    }

    #[test]
    fn mining_revenue_never_falls_with_hashprice(s in arb_scenario(), bump in 0.0..100.0f64) {
        let mut richer = s.clone();
        richer.bitcoin.hashprice_usd_per_ph_day = (s.bitcoin.hashprice_usd_per_ph_day + bump).min(500.0);
        let (a, b) = (compute(&s).unwrap(), compute(&richer).unwrap());
        for (poor, rich) in a.hashprice_usd_per_ph_day.iter().zip(&b.hashprice_usd_per_ph_day) {
            prop_assert!(*rich >= *poor * (1.0 - 1e-12), "{rich} < {poor}");
        }
        prop_assert!(b.mining.npv_usd >= a.mining.npv_usd - 1e-9 * a.mining.npv_usd.abs().max(1.0));
    }

    /// A higher rent never lowers the AI path's value — unlevered (see the power-price
    /// property), with no commission and nothing paid in advance: a commission on the rent
    /// booked is a cost that grows with the rent, and rent paid in advance is taxed before it is
    /// earned (the year after it is received), both of which a lease with almost no margin never
    /// earns back.
    #[test]
    fn npv_never_falls_with_lease_rate(s in arb_scenario(), bump in 0.0..200.0f64) {
        let mut s = s;
        s.mode = AiMode::Lease;
        s.debt.loan_to_cost_pct = 0.0;
        s.lease.commission_pct = 0.0;
        s.ai.prepaid_pct = 0.0;
        let mut dearer = s.clone();
        dearer.lease.usd_per_kw_month = (s.lease.usd_per_kw_month + bump).min(400.0);
        let (low, high) = (compute(&s).unwrap().ai.npv_usd, compute(&dearer).unwrap().ai.npv_usd);
        prop_assert!(high >= low - 1e-9 * low.abs().max(1.0), "{high} < {low}");
    }

    /// With the network responding, hashprice stays within its documented bounds: positive and
    /// below $2,000 per PH/s per day for every valid input.
    #[test]
    fn hashprice_stays_bounded(s in arb_scenario()) {
        let mut s = s;
        s.network.responds = true;
        let r = compute(&s).unwrap();
        prop_assert!(r.hashprice_usd_per_ph_day.iter().all(|h| *h > 0.0 && *h < 2000.0));
    }

    /// The figure with end values the other way equals a run with the switch flipped, whether it
    /// came from that run or from the end values alone (when no purchase decision depends on them).
    #[test]
    fn the_other_headline_is_the_flipped_run(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        let mut flipped = s.clone();
        flipped.finance.terminal_value = !s.finance.terminal_value;
        let want = compute(&flipped).unwrap().advantage_npv_usd;
        // The advantage is a difference of the paths' values: its rounding is theirs.
        let scale = want.abs().max(r.mining.npv_usd.abs()).max(r.ai.npv_usd.abs()).max(1.0);
        prop_assert!((r.advantage_other_npv_usd - want).abs() <= 1e-9 * scale, "{} vs {want}", r.advantage_other_npv_usd);
    }

    #[test]
    fn npv_oracles_on_the_conversion_flows(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
        let sum: f64 = diff.iter().sum();
        prop_assert!((npv(0.0, &diff) - sum).abs() <= 1e-9 * diff.iter().map(|x| x.abs()).sum::<f64>() + 1e-6);
        prop_assert_eq!(irr(&diff).is_ok(), r.conversion_irr.is_ok());
        if let Ok(monthly) = irr(&diff) {
            // Zero relative to the same flows' absolute values discounted at that rate.
            let magnitudes: Vec<f64> = diff.iter().map(|x| x.abs()).collect();
            let scale = npv(monthly, &magnitudes);
            prop_assert!(npv(monthly, &diff).abs() <= 1e-6 * scale, "npv at irr {}", npv(monthly, &diff));
        }
    }

    #[test]
    fn validation_rejects_every_out_of_range_field(index in 0..PARAMS.len(), how in 0..3u8, by in 1e-6..1e6f64) {
        let p = &PARAMS[index];
        let mut s = worked();
        let bad = match how { 0 => p.min - by, 1 => p.max + by, _ => f64::NAN };
        (p.set)(&mut s, bad);
        let err = s.validate().unwrap_err();
        prop_assert_eq!(err.problems.len(), 1);
        prop_assert_eq!(err.problems[0].field.as_str(), p.key);
    }
}
