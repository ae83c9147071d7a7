//! The blank scenario (every number zero) and the default one: today's market, every value from
//! its row in the input tables, from the first month a valuation may start; and each part of
//! the default, which serde fills a missing field with.

use super::table::{DATES, PARAMS, TOGGLES};
use crate::inputs::calendar::YearMonth;
use crate::inputs::data;
use crate::inputs::scenario::{AiCommon, AiMode, Bitcoin, Debt, Finance, GpuCloud, Lease, Mining, Network, Risk, Scenario, Site, Tax};

/// The first month of the valuation by default (assumption: the next full year, January 2027),
/// or the month after the latest market figure once a refresh dates one later: a valuation
/// never starts before its market data.
pub const START_DEFAULT: YearMonth = {
    let planned = YearMonth { year: 2027, month: 1 };
    let d = data::as_of_month();
    let after = if d.month == 12 { YearMonth { year: d.year + 1, month: 1 } } else { YearMonth { year: d.year, month: d.month + 1 } };
    if after.year > planned.year || (after.year == planned.year && after.month > planned.month) { after } else { planned }
};

impl Scenario {
    /// Every number zero, every switch off, every month the earliest: the shape of a scenario
    /// with no values, which [`Default`] (in [`crate::params`]) fills from the input tables.
    pub fn blank() -> Scenario {
        let never = YearMonth::MIN;
        Scenario {
            site: Site {
                grid_mw: 0.0,
                start: never,
                horizon_years: 0.0,
                power_usd_per_kwh: 0.0,
                power_as_of: never,
                power_escalation_pct_per_yr: 0.0,
                site_value_musd_per_mw: 0.0,
            },
            bitcoin: Bitcoin {
                hashprice_usd_per_ph_day: 0.0,
                hashprice_as_of: never,
                btc_price_growth_pct_per_yr: 0.0,
                fees_btc_per_block: 0.0,
            },
            network: Network {
                responds: false,
                fixed_growth_pct_per_yr: 0.0,
                marginal_j_per_th: 0.0,
                marginal_power_usd_per_kwh: 0.0,
                efficiency_gain_pct_per_yr: 0.0,
                half_life_months: 0.0,
            },
            mining: Mining {
                fleet_j_per_th: 0.0,
                overhead_ratio: 0.0,
                uptime_pct: 0.0,
                curtailed_pct: 0.0,
                curtailment_credit_usd_per_mwh: 0.0,
                pool_fee_pct: 0.0,
                non_power_opex_usd_per_mwh: 0.0,
                asic_usd_per_th: 0.0,
                asic_life_years: 0.0,
                fleet_age_years: 0.0,
                greenfield: false,
            },
            ai: AiCommon {
                pue: 0.0,
                conversion_capex_musd_per_mw_it: 0.0,
                convert_in_months: 0.0,
                months_to_convert: 0.0,
                ramp_months: 0.0,
                load_pct: 0.0,
                mine_until_cutover: false,
                share_converted_pct: 0.0,
                firm_power_premium_usd_per_kwh: 0.0,
                early_exit_pct_per_yr: 0.0,
                relet_after_exit: false,
                backstopped_pct: 0.0,
                prepaid_pct: 0.0,
                warrants_musd: 0.0,
            },
            mode: AiMode::Lease,
            lease: Lease {
                usd_per_kw_month: 0.0,
                escalator_pct_per_yr: 0.0,
                noi_margin_pct: 0.0,
                triple_net: false,
                noi_margin_triple_net_pct: 0.0,
                years_after_contract: 0.0,
                renewal_pct: 0.0,
                downtime_months: 0.0,
                refit_pct: 0.0,
                commission_pct: 0.0,
            },
            gpu: GpuCloud {
                usd_per_gpu_hour: 0.0,
                price_as_of: never,
                utilisation_pct: 0.0,
                gpus_per_mw_it: 0.0,
                capex_usd_per_gpu: 0.0,
                life_years: 0.0,
                price_decline_pct_per_yr: 0.0,
                other_opex_pct_of_revenue: 0.0,
            },
            finance: Finance {
                backstopped_rate_pct: 0.0,
                own_credit_rate_pct: 0.0,
                construction_rate_pct: 0.0,
                after_contract_rate_pct: 0.0,
                mining_rate_pct: 0.0,
                one_rate: false,
                discount_rate_pct: 0.0,
                terminal_value: false,
            },
            tax: Tax { rate_pct: 0.0, bonus_pct: 0.0, cost_segregation_pct: 0.0, pre_tax_unlevered: false, group_uses_losses: false },
            debt: Debt {
                loan_to_cost_pct: 0.0,
                coupon_pct: 0.0,
                fees_pct: 0.0,
                capitalise_interest: false,
                tenor_years: 0.0,
                sculpted: false,
                reserve_months: 0.0,
                reserve_rate_pct: 0.0,
                covenant_dscr: 0.0,
                cost_of_equity_pct: 0.0,
            },
            risk: Risk { btc_volatility_pct: 0.0, hashrate_growth_sd_pct: 0.0, price_hashrate_correlation: 0.0 },
        }
    }
}

impl Default for Scenario {
    /// Today's market: every value from its row in the input tables, the one place a default is
    /// written; lease mode.
    fn default() -> Self {
        let mut s = Scenario::blank();
        for p in PARAMS {
            (p.set)(&mut s, p.default);
        }
        for t in TOGGLES {
            (t.set)(&mut s, t.default);
        }
        for d in DATES {
            (d.set)(&mut s, d.default);
        }
        s.site.start = START_DEFAULT;
        s
    }
}

/// Each part's default is its part of the default scenario: what serde fills a missing field
/// with in the JavaScript API.
macro_rules! part_default {
    ($($part:ident: $field:ident),+) => {$(
        impl Default for crate::inputs::scenario::$part {
            fn default() -> Self {
                Scenario::default().$field
            }
        }
    )+};
}

part_default!(Site: site, Bitcoin: bitcoin, Network: network, Mining: mining, AiCommon: ai, Lease: lease,
    GpuCloud: gpu, Finance: finance, Tax: tax, Debt: debt, Risk: risk);
