//! How numbers and the data provenance are written on the page.
//!
//! Yields always carry the same number of decimals so that columns line up and tests can read
//! them back exactly.

use histcube::{DataKind, Manifest};

use crate::model::labels;

/// Decimals of every yield, error and significance on the page.
pub const DECIMALS: usize = 2;

/// Shown where a number does not exist, e.g. s/√b without background.
pub const NOT_DEFINED: &str = "—";

/// A yield, error or significance with [`DECIMALS`] decimals, written the page language's way
/// (`832.00`, `832,00`).
pub fn fixed(value: f64) -> String {
    labels::number(value, DECIMALS)
}

/// A number as it was written for machines (a `.` decimal point, no grouping), whatever the
/// page's language.
fn machine_fixed(value: f64) -> String {
    let text = format!("{value:.DECIMALS$}");
    // A sum that cancels to a tiny negative number must not read "-0.00".
    if text.trim_start_matches('-').bytes().all(|b| b == b'0' || b == b'.') {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    }
}

/// A significance that may be undefined (no background).
pub fn optional_fixed(value: Option<f64>) -> String {
    value.map_or_else(|| NOT_DEFINED.to_owned(), fixed)
}

/// A bin edge as a person would type it: no float noise such as `0.30000000000000004`.
pub fn edge(value: f64) -> String {
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× a power of ten) at or above `value`: the
/// top of a plot's y axis, so that small changes of the contents leave the axis as it is.
pub fn round_up(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    let steps = [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0];
    let step = steps.iter().find(|&&s| s * magnitude >= value * (1.0 - 1e-12)).copied().unwrap_or(10.0);
    step * magnitude
}

/// A bin width to three significant figures, for "Events / 0.0982 rad" or "Events / 5 GeV".
pub fn width(value: f64) -> String {
    if value <= 0.0 || !value.is_finite() {
        return edge(value);
    }
    let decimals = (2 - value.log10().floor() as i32).max(0) as usize;
    edge(format!("{value:.decimals$}").parse().unwrap_or(value))
}

/// An axis title with its unit in brackets, the unit left out when the axis has none.
pub fn axis_title(label: &str, unit: &str) -> String {
    if unit.is_empty() {
        label.to_owned()
    } else {
        format!("{label} [{unit}]")
    }
}

/// Per-bin sums as a comma-separated list with [`DECIMALS`] decimals, the form in which a plot
/// tells end-to-end tests what it drew (`data-data-sums`, `data-stack-sums`, on a `describe` event).
pub fn number_list(values: &[f64]) -> String {
    values.iter().map(|v| machine_fixed(*v)).collect::<Vec<_>>().join(",")
}

/// One line saying plainly where the events come from, for example
/// "ATLAS Open Data — real data, √s = 13 TeV, 10 fb⁻¹".
pub fn data_provenance(manifest: &Manifest) -> String {
    let key = match manifest.data_kind {
        DataKind::Real => "app-provenance-real",
        DataKind::PseudoData => "app-provenance-pseudo",
        DataKind::None => "app-provenance-none",
    };
    labels::fill(
        key,
        &[("energy", &shown(&edge(manifest.sqrt_s_tev))), ("lumi", &shown(&luminosity(manifest.luminosity_fb)))],
    )
}

/// A number written with a `.` (an edge, a width, a size) with the page language's decimal sign.
pub fn shown(number: &str) -> String {
    let decimal = labels::language().separators().decimal;
    if decimal == '.' {
        number.to_owned()
    } else {
        number.replace('.', &decimal.to_string())
    }
}

/// A download size for people: "830 B", "7.8 kB", "1.2 MB" (decimal units, one decimal).
pub fn bytes(count: u64) -> String {
    let value = count as f64;
    match count {
        0..=999 => format!("{count} B"),
        1_000..=999_999 => format!("{} kB", labels::number(value / 1e3, 1)),
        _ => format!("{} MB", labels::number(value / 1e6, 1)),
    }
}

/// Download progress in the same unit at both ends, e.g. "1.2 of 7.8 kB" (both numbers in the
/// total's unit, so a reader compares like with like).
pub fn progress(received: u64, total: u64) -> (String, String) {
    let (scale, unit) = match total {
        0..=999 => (1.0, "B"),
        1_000..=999_999 => (1e3, "kB"),
        _ => (1e6, "MB"),
    };
    if scale == 1.0 {
        return (received.to_string(), format!("{total} {unit}"));
    }
    (labels::number(received as f64 / scale, 1), format!("{} {unit}", labels::number(total as f64 / scale, 1)))
}

/// Integrated luminosity the way it is quoted: whole inverse femtobarns from 10 up (10.064 → 10),
/// one decimal below.
pub fn luminosity(fb: f64) -> String {
    if fb >= 10.0 {
        format!("{fb:.0}")
    } else {
        edge((fb * 10.0).round() / 10.0)
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn yields_have_fixed_decimals_and_no_negative_zero() {
        assert_eq!(fixed(832.0), "832.00");
        assert_eq!(fixed(1.005_1), "1.01");
        assert_eq!(fixed(-1e-12), "0.00");
        assert_eq!(fixed(-0.5), "-0.50");
        assert_eq!(optional_fixed(None), NOT_DEFINED);
    }

    #[test]
    fn bin_sums_are_a_plain_list() {
        assert_eq!(number_list(&[1.0, 0.0, -1e-12, 2.345]), "1.00,0.00,0.00,2.35");
        assert_eq!(number_list(&[]), "");
    }

    #[test]
    fn edges_read_as_typed() {
        assert_eq!(edge(0.1 + 0.2), "0.3");
        assert_eq!(edge(125.0), "125");
        assert_eq!(edge(82.5), "82.5");
        assert_eq!(edge(-0.0), "0");
    }

    #[test]
    fn provenance_states_real_data_energy_and_luminosity() {
        let manifest = Manifest::new("hzz4l", 13.0, 10.064, DataKind::Real);
        assert_eq!(data_provenance(&manifest), "ATLAS Open Data — real data, √s = 13 TeV, 10 fb⁻¹");
        let manifest = Manifest::new("demo", 13.6, 1.234, DataKind::PseudoData);
        assert!(data_provenance(&manifest).contains("pseudo-data (simulated)"));
        assert!(data_provenance(&manifest).ends_with("√s = 13.6 TeV, 1.2 fb⁻¹"));
    }

    #[test]
    fn axis_tops_round_up_to_round_numbers() {
        assert_eq!(round_up(1.0), 1.0);
        assert_eq!(round_up(1.01), 1.2);
        assert_eq!(round_up(230.0), 250.0);
        assert_eq!(round_up(0.0042), 0.005);
        assert_eq!(round_up(9.0), 10.0);
        assert_eq!(round_up(0.0), 1.0);
    }

    #[test]
    fn widths_have_three_significant_figures() {
        assert_eq!(width(5.0), "5");
        assert_eq!(width(std::f64::consts::PI / 32.0), "0.0982");
        assert_eq!(width(12.5), "12.5");
        assert_eq!(width(1234.0), "1234");
    }

    #[test]
    fn sizes_read_in_decimal_units() {
        assert_eq!(bytes(830), "830 B");
        assert_eq!(bytes(7750), "7.8 kB");
        assert_eq!(bytes(1_234_567), "1.2 MB");
        assert_eq!(progress(1200, 7750), ("1.2".to_owned(), "7.8 kB".to_owned()));
        assert_eq!(progress(12, 830), ("12".to_owned(), "830 B".to_owned()));
    }

    #[test]
    fn axis_title_omits_missing_unit() {
        assert_eq!(axis_title("m₄ℓ", "GeV"), "m₄ℓ [GeV]");
        assert_eq!(axis_title("Number of jets", ""), "Number of jets");
    }
}
