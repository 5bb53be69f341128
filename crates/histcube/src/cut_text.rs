//! The text form of a cut, one grammar for every place a person writes one: the CLI's
//! `--cut`, the yield oracle's options and the app's shareable links.
//!
//! ```text
//! cut        = ranges | categories
//! ranges     = range (";" range)*              any of them: "0:1;3:", rarely written
//! range      = [number] ":" [number]          an empty end is open: "115:135", "120:", ":90"
//! categories = id ("," id)*                   the categories kept: "4mu,2e2mu"
//! named cut  = axis-id "=" cut                on the command line: "m4l=115:135", "channel=4mu"
//! ```
//!
//! A cut with a `:` is a range, one without is a list of categories (ids never hold `:` or
//! `,`); spaces around numbers and ids are ignored, numbers must be finite. Whether the kind
//! suits the axis is the engine's to say ([`crate::Engine::set_cut`]), or the app's, which
//! snaps the ends to bin edges. A shareable link writes a cut after its axis id and a `:`
//! (`cut=m4l:115:135`), since `=` already ends the query parameter's name.
//!
//! [`AxisCut`]'s `Display` writes the same grammar, so text round-trips:
//!
//! ```
//! use histcube::{AxisCut, NamedCut};
//!
//! let cut: NamedCut = "m4l=115:".parse().unwrap();
//! assert_eq!(cut, NamedCut { axis: "m4l".into(), cut: AxisCut::range(Some(115.0), None) });
//! assert_eq!(cut.to_string(), "m4l=115:");
//! assert_eq!("4mu, 2e2mu".parse::<AxisCut>().unwrap(), AxisCut::categories(&["4mu", "2e2mu"]));
//! assert!("m4l=abc:130".parse::<NamedCut>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use crate::manifest::{AxisCut, NamedCut, Range};

/// Why a text is not a cut.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CutSyntaxError {
    /// A range's end that is not a finite number (as written).
    #[error("\"{0}\" is not a number")]
    NotANumber(String),
    /// A range with more than one `:`, or a list of ranges with one without.
    #[error("expected LOWER:UPPER")]
    NotARange,
    /// A list of categories with none in it.
    #[error("no category kept")]
    NoCategory,
    /// A named cut without `=` between the axis and the cut.
    #[error("expected AXIS=LOWER:UPPER or AXIS=CATEGORY,CATEGORY…")]
    NoAxis,
}

impl FromStr for AxisCut {
    type Err = CutSyntaxError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.contains(':') {
            return text.split(';').map(range).collect::<Result<_, _>>().map(AxisCut::Ranges);
        }
        let ids: Vec<String> = text.split(',').map(str::trim).filter(|id| !id.is_empty()).map(str::to_owned).collect();
        if ids.is_empty() {
            return Err(CutSyntaxError::NoCategory);
        }
        Ok(AxisCut::Categories(ids))
    }
}

/// `LOWER:UPPER`, either end empty.
fn range(text: &str) -> Result<Range, CutSyntaxError> {
    let (lower, upper) = text.split_once(':').ok_or(CutSyntaxError::NotARange)?;
    if upper.contains(':') {
        return Err(CutSyntaxError::NotARange);
    }
    Ok(Range { lower: end(lower)?, upper: end(upper)? })
}

/// `None` for an empty (open) end, else the finite number.
fn end(text: &str) -> Result<Option<f64>, CutSyntaxError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match trimmed.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Some(value)),
        _ => Err(CutSyntaxError::NotANumber(text.to_owned())),
    }
}

impl fmt::Display for AxisCut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AxisCut::Ranges(ranges) => {
                let end = |value: Option<f64>| value.map(|v| v.to_string()).unwrap_or_default();
                let parts: Vec<String> =
                    ranges.iter().map(|range| format!("{}:{}", end(range.lower), end(range.upper))).collect();
                f.write_str(&parts.join(";"))
            }
            AxisCut::Categories(ids) => f.write_str(&ids.join(",")),
        }
    }
}

impl FromStr for NamedCut {
    type Err = CutSyntaxError;

    /// `AXIS=CUT`, the command line's form.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (axis, cut) = text.split_once('=').ok_or(CutSyntaxError::NoAxis)?;
        let axis = axis.trim();
        if axis.is_empty() {
            return Err(CutSyntaxError::NoAxis);
        }
        Ok(NamedCut { axis: axis.to_owned(), cut: cut.parse()? })
    }
}

impl fmt::Display for NamedCut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.axis, self.cut)
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    fn named(axis: &str, cut: AxisCut) -> NamedCut {
        NamedCut { axis: axis.to_owned(), cut }
    }

    #[test]
    fn ranges_may_leave_either_end_open() {
        assert_eq!("115:135".parse(), Ok(AxisCut::range(Some(115.0), Some(135.0))));
        assert_eq!("120:".parse(), Ok(AxisCut::range(Some(120.0), None)));
        assert_eq!(" : 90 ".parse(), Ok(AxisCut::range(None, Some(90.0))));
        assert_eq!(":".parse(), Ok(AxisCut::range(None, None)));
        assert_eq!("-1.5e1:0.25".parse(), Ok(AxisCut::range(Some(-15.0), Some(0.25))));
    }

    #[test]
    fn a_text_without_a_colon_lists_categories() {
        assert_eq!("4mu,2e2mu".parse(), Ok(AxisCut::categories(&["4mu", "2e2mu"])));
        assert_eq!(" 4e ,, ".parse(), Ok(AxisCut::categories(&["4e"])));
        assert_eq!("2".parse(), Ok(AxisCut::categories(&["2"])), "the axis decides whether that suits it");
    }

    #[test]
    fn bad_text_is_refused_with_the_reason() {
        assert_eq!("abc:130".parse::<AxisCut>(), Err(CutSyntaxError::NotANumber("abc".into())));
        assert_eq!("inf:".parse::<AxisCut>(), Err(CutSyntaxError::NotANumber("inf".into())));
        assert_eq!("1:NaN".parse::<AxisCut>(), Err(CutSyntaxError::NotANumber("NaN".into())));
        assert_eq!("1:2:3".parse::<AxisCut>(), Err(CutSyntaxError::NotARange));
        assert_eq!("".parse::<AxisCut>(), Err(CutSyntaxError::NoCategory));
        assert_eq!(" , ".parse::<AxisCut>(), Err(CutSyntaxError::NoCategory));
        assert_eq!("m4l".parse::<NamedCut>(), Err(CutSyntaxError::NoAxis));
        assert_eq!("=1:2".parse::<NamedCut>(), Err(CutSyntaxError::NoAxis));
        assert_eq!("m4l=".parse::<NamedCut>(), Err(CutSyntaxError::NoCategory));
        assert_eq!(CutSyntaxError::NotANumber(" abc".into()).to_string(), "\" abc\" is not a number");
    }

    #[test]
    fn named_cuts_round_trip() {
        for (text, cut) in [
            ("m4l=115:135", named("m4l", AxisCut::range(Some(115.0), Some(135.0)))),
            ("mz1=50:", named("mz1", AxisCut::range(Some(50.0), None))),
            ("met=:0.5", named("met", AxisCut::range(None, Some(0.5)))),
            ("channel=4mu,2e2mu", named("channel", AxisCut::categories(&["4mu", "2e2mu"]))),
        ] {
            assert_eq!(text.parse::<NamedCut>(), Ok(cut.clone()), "{text}");
            assert_eq!(cut.to_string(), text);
        }
        let exact = AxisCut::range(Some(0.1 + 0.2), Some(1e-7));
        assert_eq!(exact.to_string().parse::<AxisCut>(), Ok(exact), "numbers are written exactly");
    }

    #[test]
    fn several_ranges_round_trip_too() {
        let two =
            AxisCut::Ranges(vec![Range { lower: None, upper: Some(1.0) }, Range { lower: Some(3.0), upper: None }]);
        assert_eq!(two.to_string(), ":1;3:");
        assert_eq!(two.to_string().parse(), Ok(two));
        assert_eq!("1:2;3".parse::<AxisCut>(), Err(CutSyntaxError::NotARange));
    }
}
