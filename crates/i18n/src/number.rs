//! Numbers written each language's way.
//!
//! | | decimal | thousands | example |
//! |---|---|---|---|
//! | en | `.` | none | 12345.67 |
//! | es | `,` | narrow no-break space | 12 345,67 |
//! | fr | `,` | narrow no-break space | 12 345,67 |
//! | pt, it, de | `,` | `.` | 12.345,67 |
//!
//! English keeps the plain form the page has always written (and that tests, spreadsheets and
//! the UHI export read back). Spanish groups with a space as the RAE and the SI recommend: a period or a comma would read
//! the other way round in Mexico or Central America than in Argentina or Spain. Like CLDR for
//! Spanish, and as ISO 80000-1 allows, four-digit numbers are not grouped (`1234,5`), which
//! keeps yields and bin edges short in every language. The minus sign is ASCII `-`, and a value
//! that rounds to zero is never written `-0`.

use crate::Lang;

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Separators {
    pub decimal: char,
    /// `None`: digits are not grouped.
    pub thousands: Option<char>,
}

/// U+202F NARROW NO-BREAK SPACE: a thin space that never breaks a number across lines.
const NARROW_NBSP: char = '\u{202F}';

pub(crate) fn separators(lang: Lang) -> Separators {
    let (decimal, thousands) = match lang {
        Lang::En => ('.', None),
        Lang::Es | Lang::Fr => (',', Some(NARROW_NBSP)),
        Lang::Pt | Lang::It | Lang::De => (',', Some('.')),
    };
    Separators { decimal, thousands }
}

/// `value` with exactly `decimals` decimals, written `lang`'s way. Infinite and NaN values are
/// written as Rust does (`inf`, `NaN`): the page shows "—" for those before asking.
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return format!("{value}");
    }
    let Separators { decimal, thousands } = separators(lang);
    let plain = format!("{:.*}", decimals, value.abs());
    let (integer, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let is_zero = plain.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::with_capacity(plain.len() + 4);
    if value.is_sign_negative() && !is_zero {
        out.push('-');
    }
    match thousands {
        Some(separator) if integer.len() > 4 => {
            for (i, digit) in integer.chars().enumerate() {
                if i > 0 && (integer.len() - i) % 3 == 0 {
                    out.push(separator);
                }
                out.push(digit);
            }
        }
        _ => out.push_str(integer),
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_decimals_and_thousands_its_way() {
        assert_eq!(format_number(12345.678, 2, Lang::En), "12345.68");
        assert_eq!(format_number(12345.678, 2, Lang::Es), "12\u{202F}345,68");
        assert_eq!(format_number(12345.678, 2, Lang::Fr), "12\u{202F}345,68");
        assert_eq!(format_number(12345.678, 2, Lang::De), "12.345,68");
        assert_eq!(format_number(1234567.0, 0, Lang::Pt), "1.234.567");
        assert_eq!(format_number(123456.0, 1, Lang::It), "123.456,0");
    }

    #[test]
    fn four_digit_numbers_are_not_grouped() {
        assert_eq!(format_number(1234.5, 1, Lang::En), "1234.5");
        assert_eq!(format_number(1234.5, 1, Lang::De), "1234,5");
        assert_eq!(format_number(832.0, 2, Lang::Es), "832,00");
    }

    #[test]
    fn signs_and_rounding() {
        assert_eq!(format_number(-0.5, 2, Lang::Es), "-0,50");
        assert_eq!(format_number(-1e-12, 2, Lang::Fr), "0,00");
        assert_eq!(format_number(-98765.4, 0, Lang::En), "-98765");
        assert_eq!(format_number(0.125, 0, Lang::De), "0");
        assert_eq!(format_number(7.0, 0, Lang::En), "7");
        assert_eq!(format_number(f64::INFINITY, 2, Lang::Es), "inf");
    }
}
