//! How numbers and the data provenance are written on the page.
//!
//! Yields always carry the same number of decimals so that columns line up and tests can read
//! them back exactly.

use histcube::{DataKind, Manifest};

/// Decimals of every yield, error and significance on the page.
pub const DECIMALS: usize = 2;

/// Shown where a number does not exist, e.g. s/√b without background.
pub const NOT_DEFINED: &str = "—";

/// A yield, error or significance with [`DECIMALS`] decimals.
pub fn fixed(value: f64) -> String {
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
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// An axis title with its unit in brackets, the unit left out when the axis has none.
pub fn axis_title(label: &str, unit: &str) -> String {
    if unit.is_empty() { label.to_owned() } else { format!("{label} [{unit}]") }
}

/// Per-bin sums as a comma-separated list with [`DECIMALS`] decimals, the form in which a plot
/// exposes what it drew (`data-data-sums`, `data-stack-sums`) to end-to-end tests.
pub fn number_list(values: &[f64]) -> String {
    values.iter().map(|v| fixed(*v)).collect::<Vec<_>>().join(",")
}

/// One line saying plainly where the events come from, for example
/// "ATLAS Open Data — real data, √s = 13 TeV, 10 fb⁻¹".
pub fn data_provenance(manifest: &Manifest) -> String {
    let what = match manifest.data_kind {
        DataKind::Real => "ATLAS Open Data — real data",
        DataKind::PseudoData => "ATLAS Open Data simulation — the data are pseudo-data (simulated)",
        DataKind::None => "ATLAS Open Data simulation — no data in this view",
    };
    format!("{what}, √s = {} TeV, {} fb⁻¹", edge(manifest.sqrt_s_tev), luminosity(manifest.luminosity_fb))
}

/// Integrated luminosity the way it is quoted: whole inverse femtobarns from 10 up (10.064 → 10),
/// one decimal below.
fn luminosity(fb: f64) -> String {
    if fb >= 10.0 { format!("{fb:.0}") } else { edge((fb * 10.0).round() / 10.0) }
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
    fn axis_title_omits_missing_unit() {
        assert_eq!(axis_title("m₄ℓ", "GeV"), "m₄ℓ [GeV]");
        assert_eq!(axis_title("Number of jets", ""), "Number of jets");
    }
}
