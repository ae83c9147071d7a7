//! The public, keyless sources `make refresh-data` asks, and what is read from each answer, in
//! the response shapes their documentation gives (recorded under `tests/fixtures/market/`):
//!
//! - mempool.space `GET /api/v1/mining/hashrate/3d` → `currentDifficulty`;
//! - mempool.space `GET /api/v1/mining/reward-stats/1008` → `totalFee` (satoshis, a string) over
//!   `startBlock`..=`endBlock`: the fees per block over the last week's blocks;
//! - mempool.space `GET /api/blocks/tip/height` → the height, as plain text;
//! - mempool.space `GET /api/v1/prices` → `USD`, and Coinbase `GET /v2/prices/BTC-USD/spot` →
//!   `data.amount` (a string): two prices that must agree to within [`PRICE_AGREEMENT`].

use serde_json::Value;

/// Where each answer comes from.
pub const HASHRATE_URL: &str = "https://mempool.space/api/v1/mining/hashrate/3d";
pub const REWARDS_URL: &str = "https://mempool.space/api/v1/mining/reward-stats/1008";
pub const TIP_URL: &str = "https://mempool.space/api/blocks/tip/height";
pub const PRICE_URL: &str = "https://mempool.space/api/v1/prices";
pub const SPOT_URL: &str = "https://api.coinbase.com/v2/prices/BTC-USD/spot";

/// The largest difference between the two prices, as a share of the lower, before the refresh
/// refuses them both.
pub const PRICE_AGREEMENT: f64 = 0.03;

/// What the sources said, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub difficulty: f64,
    pub fees_btc_per_block: f64,
    pub height: u64,
    pub price_usd: f64,
}

impl Snapshot {
    /// Hashprice from this snapshot ([`crate::hashprice`]) at the tip's subsidy.
    pub fn hashprice(&self) -> f64 {
        crate::hashprice(crate::subsidy_btc(self.height), self.fees_btc_per_block, self.price_usd, self.difficulty)
    }
}

fn json(text: &str, source: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{source}: not the JSON its documentation shows ({e})"))
}

/// A number given as a JSON number or as a string of digits.
fn number(v: &Value, field: &str, source: &str) -> Result<f64, String> {
    let x = match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    x.filter(|x| x.is_finite()).ok_or_else(|| format!("{source}: no number in `{field}`"))
}

/// Reads every answer into a [`Snapshot`], or says which source said what it should not.
pub fn read(hashrate: &str, rewards: &str, tip: &str, prices: &str, spot: &str) -> Result<Snapshot, String> {
    let h = json(hashrate, "mempool.space hashrate")?;
    let difficulty = number(&h["currentDifficulty"], "currentDifficulty", "mempool.space hashrate")?;
    let r = json(rewards, "mempool.space reward-stats")?;
    let fee_sats = number(&r["totalFee"], "totalFee", "mempool.space reward-stats")?;
    let (start, end) = (number(&r["startBlock"], "startBlock", "mempool.space reward-stats")?, number(&r["endBlock"], "endBlock", "mempool.space reward-stats")?);
    let blocks = end - start + 1.0;
    if blocks < 1.0 {
        return Err(format!("mempool.space reward-stats: blocks {start} to {end}"));
    }
    let height = tip.trim().parse::<u64>().map_err(|_| format!("mempool.space tip height: “{}” is not a height", tip.trim()))?;
    let p = json(prices, "mempool.space prices")?;
    let price = number(&p["USD"], "USD", "mempool.space prices")?;
    let s = json(spot, "Coinbase spot")?;
    if s["data"]["base"] != "BTC" || s["data"]["currency"] != "USD" {
        return Err("Coinbase spot: not the BTC-USD price".into());
    }
    let second = number(&s["data"]["amount"], "data.amount", "Coinbase spot")?;
    if (price - second).abs() > PRICE_AGREEMENT * price.min(second) {
        return Err(format!("BTC prices disagree: mempool.space ${price}, Coinbase ${second}"));
    }
    Ok(Snapshot { difficulty, fees_btc_per_block: fee_sats / 1e8 / blocks, height, price_usd: (price + second) / 2.0 })
}

/// The figures of a snapshot outside their plausible range ([`crate::plausible`]), each named.
pub fn implausible(s: &Snapshot) -> Vec<String> {
    [("hashprice", s.hashprice()), ("fees", s.fees_btc_per_block), ("difficulty", s.difficulty), ("height", s.height as f64), ("btc_price", s.price_usd)]
        .into_iter()
        .filter_map(|(key, v)| crate::plausible(key).filter(|(lo, hi)| !(*lo..=*hi).contains(&v)).map(|(lo, hi)| format!("{key} {v} is outside {lo}–{hi}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!("{}/../../tests/fixtures/market/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    fn all() -> [String; 5] {
        ["hashrate-3d.json", "reward-stats-1008.json", "tip-height.txt", "prices.json", "coinbase-spot.json"].map(fixture)
    }

    /// The recorded answers read as their documentation says, and the hashprice follows by hand:
    /// fees 1,965,600,000 sats over blocks 955,000..=956,007 (1,008) = 0.0195 BTC a block; price
    /// the mean of $62,480 and $62,520.50; at height 956,007 the subsidy is 3.125 BTC; so
    /// (3.125 + 0.0195) × 62,500.25 × 86,400 × 10^15 / (133.87 × 10^12 × 2^32) = $29.533.
    #[test]
    fn recorded_answers_give_the_hand_worked_hashprice() {
        let [h, r, t, p, s] = all();
        let snap = read(&h, &r, &t, &p, &s).unwrap();
        assert_eq!(snap, Snapshot { difficulty: 133.87e12, fees_btc_per_block: 0.0195, height: 956_007, price_usd: 62_500.25 });
        let hp = snap.hashprice();
        let by_hand = 3.1445 * 62_500.25 * 86_400.0 * 1e15 / (133.87e12 * 4_294_967_296.0);
        assert!((hp - by_hand).abs() < 1e-9 && (hp - 29.533).abs() < 0.001, "{hp}");
        assert!(implausible(&snap).is_empty());
    }

    /// Any answer that is not what the documentation shows is refused, naming its source.
    #[test]
    fn wrong_answers_are_refused_by_name() {
        let [h, r, t, p, s] = all();
        let cases = [
            (read("<html>", &r, &t, &p, &s), "mempool.space hashrate"),
            (read(&h, r#"{"startBlock":5,"endBlock":4,"totalFee":"1"}"#, &t, &p, &s), "reward-stats: blocks"),
            (read(&h, &r.replace("totalFee", "fee"), &t, &p, &s), "no number in `totalFee`"),
            (read(&h, &r, "abc", &p, &s), "is not a height"),
            (read(&h, &r, &t, &p.replace("62480", "70000"), &s), "BTC prices disagree"),
            (read(&h, &r, &t, &p, &s.replace("\"USD\"", "\"EUR\"")), "not the BTC-USD price"),
        ];
        for (got, why) in cases {
            let err = got.unwrap_err();
            assert!(err.contains(why), "{err}");
        }
        // Figures no market has seen are named.
        let odd = Snapshot { difficulty: 1e9, fees_btc_per_block: 9.0, height: 956_007, price_usd: 62_500.0 };
        let said = implausible(&odd);
        assert!(said.iter().any(|s| s.starts_with("difficulty")) && said.iter().any(|s| s.starts_with("fees")) && said.iter().any(|s| s.starts_with("hashprice")), "{said:?}");
    }
}
