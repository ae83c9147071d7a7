//! The "How sure" sentence: the sourced inputs within whose span the answer flips, each with
//! its span and break-even, or that none does.

use economics::analysis::TornadoBar;

use crate::format::quantity;
use super::words::{in_sentence, span_and_unit};

/// How sure the answer is: the sourced inputs within whose span it flips, each with its
/// break-even and the span (at most three named, the rest counted), or that none does.
pub fn how_sure(flips: &[economics::analysis::Flip], bars: &[TornadoBar]) -> String {
    use economics::params::Param;
    if flips.is_empty() {
        let sourced = bars.iter().filter(|b| b.sourced).count();
        return format!("How sure: the answer holds across what the sources say for each of its {sourced} sourced inputs, moved one at a time.");
    }
    let named: Vec<String> = flips
        .iter()
        .take(3)
        .map(|f| {
            let d = Param::by_key(&f.key).map_or(2, |p| p.decimals());
            let (range, unit) = span_and_unit(f.low, f.high, d, &f.unit);
            let level = |x: f64| {
                // A decimal more where the break-even would round to an end of the range.
                let at_end = [f.low, f.high].iter().any(|&end| quantity(end, d, &f.unit) == quantity(x, d, &f.unit));
                let level = quantity(x, d + usize::from(at_end), &f.unit);
                level.strip_suffix(&unit).unwrap_or(&level).to_string()
            };
            // An answer that changes sign more than once says so, with each value up to three.
            let even = match f.break_evens.as_slice() {
                [x] => format!("even at {}", level(*x)),
                [a, b] => format!("even at {} and {}", level(*a), level(*b)),
                [a, b, c] => format!("even at {}, {} and {}", level(*a), level(*b), level(*c)),
                many => format!("even at {} values, from {} to {}", many.len(), level(many[0]), level(many[many.len() - 1])),
            };
            format!("{} ({range}; {even})", in_sentence(&f.label))
        })
        .collect();
    let more = flips.len().saturating_sub(3);
    let list = match named.len() {
        1 => named[0].clone(),
        k => format!("{} and {}", named[..k - 1].join(", "), named[k - 1]),
    };
    let more = if more > 0 { format!(", and {more} more") } else { String::new() };
    format!("How sure: the answer flips within the sources' range for {list}{more}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flips are named with their sources' range and break-even, the unit once; no flip is
    /// said in as many words.
    #[test]
    fn how_sure_names_each_flip_with_its_range_and_break_even() {
        use economics::analysis::Flip;
        let flip = |key: &str, label: &str, unit: &str, be: &[f64], low: f64, high: f64| Flip { key: key.into(), label: label.into(), unit: unit.into(), break_evens: be.to_vec(), low, high };
        let flips = [flip("cap", "Conversion capex", "$M per MW of IT", &[9.3], 7.5, 15.0), flip("noi", "Lease NOI margin", "%", &[89.5], 80.0, 90.0)];
        assert_eq!(
            how_sure(&flips, &[]),
            "How sure: the answer flips within the sources' range for conversion capex ($7.5M–$15.0M per MW of IT; even at $9.3M) and lease NOI margin (80%–90%; even at 89.5%)."
        );
        // An answer that changes sign three times, or five, within the span.
        let yrs = |be: &[f64]| how_sure(&[flip("yrs", "Contract length", "years", be, 5.0, 15.0)], &[]);
        assert_eq!(yrs(&[9.61, 12.2, 13.79]), "How sure: the answer flips within the sources' range for contract length (5–15 years; even at 9.61, 12.2 and 13.79).");
        assert!(yrs(&[6.0, 7.0, 9.6, 12.2, 13.8]).contains("(5–15 years; even at 5 values, from 6 to 13.8)"), "{}", yrs(&[6.0, 7.0, 9.6, 12.2, 13.8]));
        let bar = TornadoBar { key: "hp".into(), label: "Hashprice".into(), unit: "".into(), low_value: 0.0, high_value: 1.0, low_advantage_usd: 1.0, high_advantage_usd: 2.0, sourced: true };
        assert!(how_sure(&[], &[bar]).contains("each of its 1 sourced inputs"));
    }
}
