//! How a plot writes its axes: compact tick labels in the page language's way, a common power
//! of ten taken out of large y values ("×10⁶" beside the axis title rather than `8000000` under
//! it), powers of ten on a log axis, and the value written on a flow column that is taller than
//! the axis.
//!
//! Plot axes may be narrow (a phone): a label never needs more than about five characters.

use crate::model::{labels, numbers as format};

/// From this y value up the labels drop a common power of ten (10⁴ and more would take five or
/// more digits and reach into the axis title).
const FACTOR_FROM: f64 = 1e4;

/// A number as a plot's tick label: a bin edge with the language's decimal sign (`2,5`).
pub fn tick(value: f64) -> String {
    format::shown(&format::edge(value))
}

/// The power of ten taken out of a linear y axis's labels whose top is `y_top`: a multiple of
/// three (thousands, millions), or 0 when the plain numbers are short enough.
pub fn y_factor(y_top: f64) -> i32 {
    if !(y_top.is_finite() && y_top >= FACTOR_FROM) {
        return 0;
    }
    (y_top.log10().floor() as i32).div_euclid(3) * 3
}

/// `value`'s label on a linear y axis with the power `factor` taken out (a tick 8000000 with
/// factor 6 reads `8`).
pub fn y_tick(value: f64, factor: i32) -> String {
    // Rounded to what a label can show, so 2.9999999 reads 3.
    let scaled = value / 10f64.powi(factor);
    tick((scaled * 1e6).round() / 1e6)
}

/// "×10⁶": what a y axis title says when its labels are in units of 10^factor; empty for 0.
pub fn factor_suffix(factor: i32) -> String {
    if factor == 0 {
        String::new()
    } else {
        format!("×10{}", superscript(factor))
    }
}

/// A log axis's label at 10^power: plain (`0,01`, `100`, `1000`) for small powers, `10⁵` or
/// `10⁻³` beyond, which keeps every label short.
pub fn log_tick(power: i32) -> String {
    if (-2..=3).contains(&power) {
        tick(10f64.powi(power))
    } else {
        format!("10{}", superscript(power))
    }
}

/// The digits of `n` as superscripts, with a superscript minus.
pub fn superscript(n: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut out = String::new();
    if n < 0 {
        out.push('⁻');
    }
    for digit in n.unsigned_abs().to_string().bytes() {
        out.push(DIGITS[usize::from(digit - b'0')]);
    }
    out
}

/// A count written on a narrow column: whole numbers up to 9999 (grouped the language's way),
/// beyond that two significant figures times a power of ten (`1,3×10⁵`); below 10 one decimal,
/// since a stack of weighted events need not be whole.
pub fn compact_count(value: f64) -> String {
    if !value.is_finite() || value <= 0.0 {
        return labels::number(0.0, 0);
    }
    if value < 10.0 && value.fract().abs() > 1e-9 {
        return labels::number(value, 1);
    }
    if value < FACTOR_FROM {
        return labels::number(value.round(), 0);
    }
    let mut power = value.log10().floor() as i32;
    let mut mantissa = (value / 10f64.powi(power) * 10.0).round() / 10.0;
    if mantissa >= 10.0 {
        mantissa /= 10.0;
        power += 1;
    }
    format!("{}×10{}", tick(mantissa), superscript(power))
}

/// Whether a plot keeps the y axis it has drawn, from `kept_top` down, for contents whose own
/// axis would end at `wanted_top` (both in plot units: log10 on a `log` axis, where the bottoms
/// must also agree). The contents must fit; below that the axis is kept while they fill a good
/// part of it, so that most cut steps leave the axis (and the plot's scaffolding) as it was.
/// While the selection is `moving` (a drag, a held arrow key) that part is smaller: the axis
/// holds still through a drag, and is fitted again when the drag stops.
pub fn keeps_y_axis(kept: (f64, f64), wanted: (f64, f64), log: bool, moving: bool) -> bool {
    let ((kept_low, kept_top), (wanted_low, wanted_top)) = (kept, wanted);
    if log {
        let decades = if moving { 2.0 } else { 1.0 };
        kept_low == wanted_low && wanted_top <= kept_top && wanted_top >= kept_top - decades
    } else {
        let filled = if moving { 0.15 } else { 0.4 };
        wanted_top <= kept_top && wanted_top >= filled * kept_top
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use i18n::Lang;

    #[test]
    fn large_y_values_take_out_a_power_of_ten() {
        labels::set_language(Lang::En);
        assert_eq!(y_factor(8500.0), 0);
        assert_eq!(y_factor(12_000.0), 3);
        assert_eq!(y_factor(8_000_000.0), 6);
        assert_eq!(y_factor(0.5), 0);
        assert_eq!(y_tick(8_000_000.0, 6), "8");
        assert_eq!(y_tick(2_500_000.0, 6), "2.5");
        assert_eq!(y_tick(3000.0, 0), "3000");
        assert_eq!(factor_suffix(6), "×10⁶");
        assert_eq!(factor_suffix(0), "");
        labels::set_language(Lang::Es);
        assert_eq!(y_tick(2_500_000.0, 6), "2,5");
        labels::set_language(Lang::En);
    }

    #[test]
    fn log_ticks_stay_short() {
        labels::set_language(Lang::En);
        let written: Vec<String> = (-4..=7).map(log_tick).collect();
        assert_eq!(written, ["10⁻⁴", "10⁻³", "0.01", "0.1", "1", "10", "100", "1000", "10⁴", "10⁵", "10⁶", "10⁷"]);
        labels::set_language(Lang::De);
        assert_eq!(log_tick(-1), "0,1");
        labels::set_language(Lang::En);
    }

    #[test]
    fn counts_on_a_column_fit_in_a_few_characters() {
        labels::set_language(Lang::En);
        assert_eq!(compact_count(125.0), "125");
        assert_eq!(compact_count(9999.0), "9999");
        assert_eq!(compact_count(12_345.0), "1.2×10⁴");
        assert_eq!(compact_count(8_013_631.0), "8×10⁶");
        assert_eq!(compact_count(99_960.0), "1×10⁵");
        assert_eq!(compact_count(2.26), "2.3");
        assert_eq!(compact_count(0.0), "0");
        labels::set_language(Lang::Fr);
        assert_eq!(compact_count(12_345.0), "1,2×10⁴");
        labels::set_language(Lang::En);
    }

    #[test]
    fn superscripts_carry_the_sign() {
        assert_eq!(superscript(-12), "⁻¹²");
        assert_eq!(superscript(0), "⁰");
    }

    #[test]
    fn a_moving_selection_holds_the_y_axis_longer() {
        // Contents down to a fifth of the axis: fitted again when still, kept while moving.
        assert!(!keeps_y_axis((0.0, 100.0), (0.0, 20.0), false, false));
        assert!(keeps_y_axis((0.0, 100.0), (0.0, 20.0), false, true));
        assert!(keeps_y_axis((0.0, 100.0), (0.0, 50.0), false, false));
        // Contents that no longer fit always get a new axis.
        assert!(!keeps_y_axis((0.0, 100.0), (0.0, 120.0), false, true));
        // Down to a tenth: too small to read even while moving.
        assert!(!keeps_y_axis((0.0, 100.0), (0.0, 10.0), false, true));
        // A log axis: one decade when still, two while moving, and the same bottom.
        assert!(!keeps_y_axis((-1.0, 5.0), (-1.0, 3.5), true, false));
        assert!(keeps_y_axis((-1.0, 5.0), (-1.0, 3.5), true, true));
        assert!(!keeps_y_axis((-1.0, 5.0), (-2.0, 4.5), true, true));
    }
}
