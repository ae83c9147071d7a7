//! The re-derivation's site: the two paths before tax, every discount curve, and the figures on
//! each basis, worked from the methodology alone.

use economics::{AiMode, Report, Scenario, YearMonth};

use crate::books::*;
// ---------------------------------------------------------------------------------------------
// The site, the two paths before tax, and every factor
// ---------------------------------------------------------------------------------------------

pub(crate) struct Site<'a> {
    pub(crate) s: &'a Scenario,
    pub(crate) cal: Vec<YearMonth>,
    pub(crate) n: usize,
    pub(crate) cut: usize,
    pub(crate) full: usize,
    pub(crate) conversion: f64,
    /// The AI business's own lines (no mining in them), and the cost a loan funds.
    pub(crate) ai_revenue: Vec<f64>,
    pub(crate) ai_opex: Vec<f64>,
    pub(crate) ai_capex: Vec<f64>,
    pub(crate) funded: Vec<f64>,
    pub(crate) booked: f64,
    /// The mining part of the converting path: EBITDA before cut-over, and the ASICs' sale.
    pub(crate) part_ebitda: Vec<f64>,
    pub(crate) sale: Option<(usize, f64)>,
    /// The mining path.
    pub(crate) mine_ebitda: Vec<f64>,
    pub(crate) mine_capex: Vec<f64>,
    /// Factors.
    pub(crate) d_mine: Vec<f64>,
    pub(crate) d_ai: Vec<f64>,
    pub(crate) d_loan: Vec<f64>,
    pub(crate) tail_factor: f64,
    pub(crate) site_factor: f64,
    pub(crate) site_value: f64,
    pub(crate) building: f64,
    pub(crate) rate: f64,
}

pub(crate) fn whole(x: f64) -> usize {
    x.round() as usize
}

impl<'a> Site<'a> {
    pub(crate) fn new(s: &'a Scenario, r: &Report) -> Site<'a> {
        // What this file covers: a lease on the whole site, no prepayment or warrants, the
        // miners running until cut-over, each rate its own.
        assert_eq!(s.mode, AiMode::Lease);
        assert_eq!(s.ai.share_converted_pct, 100.0);
        assert_eq!(s.ai.prepaid_pct, 0.0);
        assert_eq!(s.ai.warrants_musd, 0.0);
        assert!(s.ai.mine_until_cutover && !s.finance.one_rate && !s.tax.group_uses_losses && !s.debt.sculpted);

        // The window (section 1): s + c + 12 × contract years.
        let cal = r.calendar.clone();
        let start = whole(s.ai.convert_in_months);
        let cut = start + whole(s.ai.months_to_convert);
        let n = cut + whole(s.site.horizon_years * 12.0);
        assert_eq!(cal.len(), n);
        let ramp = whole(s.ai.ramp_months);
        let days: Vec<f64> = cal.iter().map(|ym| ym.days() as f64).collect();
        let f = &s.finance;

        // Who pays for the capacity (section 4).
        let b = s.ai.backstopped_pct / 100.0;
        let p = s.ai.early_exit_pct_per_yr / 100.0;
        let q = (1.0 - p).powf(1.0 / 12.0);
        let q_ig = (1.0 - 0.002f64.min(p)).powf(1.0 / 12.0);
        let down = whole(s.lease.downtime_months);
        let (mut backed, mut own, mut relet, mut left) = (vec![b; n], vec![1.0 - b; n], vec![0.0; n], vec![0.0; n]);
        for m in cut..n {
            let k = (m - cut) as f64;
            backed[m] = b * (1.0 - 0.002f64.min(p)).powf(k / 12.0);
            own[m] = (1.0 - b) * (1.0 - p).powf(k / 12.0);
            relet[m] = if m > cut { relet[m - 1] * q } else { 0.0 };
            // What left after month j is let again from month j + 1 + D.
            if s.ai.relet_after_exit && m >= cut + down + 1 {
                relet[m] += left[m - 1 - down];
            }
            left[m] = backed[m] * (1.0 - q_ig) + (own[m] + relet[m]) * (1.0 - q);
        }

        // The lease (section 4).
        let it_mw = s.site.grid_mw / s.ai.pue;
        let esc = 1.0 + s.lease.escalator_pct_per_yr / 100.0;
        let margin = if s.lease.triple_net { s.lease.noi_margin_triple_net_pct } else { s.lease.noi_margin_pct } / 100.0;
        let ramp_share = |m: usize| if ramp == 0 { 1.0 } else { ((m - cut + 1) as f64 / ramp as f64).min(1.0) };
        // Rent with every customer paying: IT MW × 1000 × $/kW-month × escalator × ramp × days × 12/365.
        let rent = |m: usize, from: usize| {
            it_mw * 1000.0 * s.lease.usd_per_kw_month * esc.powi(((m - from) / 12) as i32) * ramp_share(m) * days[m] * 12.0 / 365.0
        };
        let mut ai_revenue = vec![0.0; n];
        let mut ai_opex = vec![0.0; n];
        let mut booked = 0.0;
        let mut d_ai = vec![0.0; n];
        for m in cut..n {
            booked += rent(m, cut);
            // Space let again pays the market rent, not escalated (a lease struck in month m).
            ai_revenue[m] = rent(m, cut) * (backed[m] + own[m]) + rent(m, m) * relet[m];
            ai_opex[m] = ai_revenue[m] * (1.0 - margin);
        }

        // Conversion capex and the commission (section 4).
        let conversion = it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
        let c = cut - start;
        let mut ai_capex = vec![0.0; n];
        for m in start..start + c.max(1) {
            ai_capex[m] += conversion / c.max(1) as f64;
        }
        ai_capex[start] += s.lease.commission_pct / 100.0 * booked;
        let funded = ai_capex.clone();

        // The given lines: the mining path, and the converting path's mining before cut-over.
        let mine_ebitda: Vec<f64> = r.mining.months.iter().map(|x| x.revenue_usd - x.power_usd - x.other_opex_usd).collect();
        let mine_capex: Vec<f64> = r.mining.months.iter().map(|x| x.capex_usd).collect();
        let mut part_ebitda = vec![0.0; n];
        for m in 0..cut {
            let x = &r.ai.months[m];
            part_ebitda[m] = x.revenue_usd - x.power_usd - x.other_opex_usd;
            assert!((x.capex_usd - ai_capex[m]).abs() < 1e-6, "month {m}: capex {} against conversion and commission {}", x.capex_usd, ai_capex[m]);
        }

        // Discount curves (section 1).
        let d_mine: Vec<f64> = (0..n).map(|m| disc(f.mining_rate_pct, m as f64)).collect();
        for m in 0..n {
            let ig = segmented(m, start, cut, f.own_credit_rate_pct, f.construction_rate_pct, f.backstopped_rate_pct);
            let oc = segmented(m, start, cut, f.own_credit_rate_pct, f.construction_rate_pct, f.own_credit_rate_pct);
            // The share of the month's revenue an investment-grade party stands behind: the
            // backstopped contract share at the contract's (escalated) rent, against all rent.
            let w = if m < cut {
                b
            } else {
                let e = esc.powi(((m - cut) / 12) as i32);
                let paying = e * (backed[m] + own[m]) + relet[m];
                if paying > 0.0 { e * backed[m] / paying } else { 0.0 }
            };
            d_ai[m] = w * ig + (1.0 - w) * oc;
        }
        let loan_rate = b * f.backstopped_rate_pct + (1.0 - b) * f.own_credit_rate_pct;
        let d_loan: Vec<f64> = (0..n).map(|m| (1.0 + loan_rate / 1200.0).powi(-(m as i32))).collect();
        let tail_factor = segmented(n - 1, start, cut, f.after_contract_rate_pct, f.construction_rate_pct, f.after_contract_rate_pct);
        let site_factor = disc(f.after_contract_rate_pct, (n - 1) as f64);

        // After the contract (section 5).
        let site_value = s.site.site_value_musd_per_mw * 1e6 * s.site.grid_mw;
        let tail = whole(s.lease.years_after_contract * 12.0);
        let v = disc(f.after_contract_rate_pct, 1.0);
        let noi = it_mw * 1000.0 * s.lease.usd_per_kw_month * margin;
        let renew = s.lease.renewal_pct / 100.0;
        let rents: f64 = (0..tail)
            .map(|k| noi * esc.powi((k / 12) as i32) * if k < down { renew } else { 1.0 } * v.powi(k as i32 + 1))
            .sum();
        let building = (rents - s.lease.refit_pct / 100.0 * conversion - site_value * (1.0 - v.powi(tail as i32))).max(0.0);

        // The ASICs sold at cut-over (section 4): the lower of straight-line book value and value
        // in use, the cash the fleet would still earn at the mining rate. Checked to hold here:
        // today's fleet is the only one before cut-over, and wears out inside the window.
        let sale = (!s.mining.greenfield).then(|| {
            let life = whole(s.mining.asic_life_years * 12.0) as i64;
            let bought = -(whole(s.mining.fleet_age_years * 12.0) as i64);
            let wears_out = (bought + life) as usize;
            assert!(wears_out <= n && mine_capex.iter().all(|c| *c == 0.0), "no purchase on the mining path");
            let fleet = s.site.grid_mw * 1e6 / s.mining.overhead_ratio * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th;
            let book = fleet * (bought + life - cut as i64).clamp(0, life) as f64 / life as f64;
            // The mining path runs this same fleet until it wears out, idling when EBITDA < 0.
            let in_use: f64 = (cut..wears_out).map(|m| mine_ebitda[m].max(0.0) * d_mine[m]).sum::<f64>() / d_mine[cut];
            (cut, book.min(in_use))
        });

        Site {
            s,
            cal,
            n,
            cut,
            full: (cut + ramp).min(n - 1),
            conversion,
            ai_revenue,
            ai_opex,
            ai_capex,
            funded,
            booked,
            part_ebitda,
            sale,
            mine_ebitda,
            mine_capex,
            d_mine,
            d_ai,
            d_loan,
            tail_factor,
            site_factor,
            site_value,
            building,
            rate: s.tax.rate_pct / 100.0,
        }
    }
}
