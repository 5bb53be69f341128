//! Class results: a group's final view as a short result code, and what the teacher's class
//! page (`?page=class`) makes of the codes of a whole class — the groups, the spread of their Z
//! and μ̂, the best selection and the combination of the μ̂ measurements.
//!
//! A code is base64url (no padding) of a small binary record:
//!
//! | bytes | field |
//! | --- | --- |
//! | 1 | format version ([`FORMAT_VERSION`]) |
//! | 1 + n | analysis id (UTF-8, n ≤ [`ANALYSIS_MAX_BYTES`]) |
//! | 1 + n | group name (UTF-8, 1 to [`GROUP_MAX_CHARS`] characters, no control characters) |
//! | 2 + n | the view's cuts and hidden processes as the link writes them (`cut=m4l:115:135&hide=…`) |
//! | 6 × 4 | s, b, Z, μ̂, σ₊, σ₋ as big-endian `f32` (NaN: Z or the fit not defined) |
//! | 4 | CRC-32 of everything before it |
//!
//! Every later version must keep the version byte first and the CRC-32 last, so that a code is
//! first checked whole (a mistyped or changed character fails the checksum, whatever it hit) and
//! then by version. The numbers are rounded to the decimals the page shows, so the class page
//! shows exactly what the group read on its own screen. Nothing here touches the DOM; the words
//! of each refusal are message keys under `class-error-…` in `i18n/<lang>/teacher.ftl`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::model::numbers::DECIMALS;

/// The version of the code format this page writes and reads.
pub const FORMAT_VERSION: u8 = 1;
/// The longest group name, in characters (a name, not a message).
pub const GROUP_MAX_CHARS: usize = 32;
/// The longest analysis id, in bytes.
pub const ANALYSIS_MAX_BYTES: usize = 40;
/// The longest cut text, in bytes: a cut on every axis of the largest cube is far shorter.
pub const VIEW_MAX_BYTES: usize = 600;
/// The longest line the class page tries to read as a code; anything longer is refused unread.
pub const CODE_MAX_CHARS: usize = 1200;

/// One group's result as its code carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    pub analysis: String,
    pub group: String,
    /// The cuts and hidden processes as the page's link writes them (no leading `?`, no `a=`).
    pub view: String,
    pub s: f64,
    pub b: f64,
    /// The Asimov significance of the selection; `None` where it is not defined (no background).
    pub z: Option<f64>,
    /// μ̂ with its errors up and down; `None` when the page could not fit.
    pub fit: Option<Fit>,
}

/// A fitted signal strength with its asymmetric errors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub mu_hat: f64,
    pub sigma_up: f64,
    pub sigma_down: f64,
}

impl Fit {
    /// The symmetric error the combination uses: the mean of the two.
    pub fn sigma(&self) -> f64 {
        0.5 * (self.sigma_up + self.sigma_down)
    }
}

/// Why a code is refused. Each case has its own message on the class page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Longer than any code this page writes.
    TooLong,
    /// A character that is not in a code (codes use A–Z, a–z, 0–9, `-` and `_`); position from 1.
    Character { position: usize, character: char },
    /// Too short to hold a version and a checksum: part of it is missing.
    TooShort,
    /// The checksum does not match: a character was mistyped or changed.
    Checksum,
    /// A format version this page does not read.
    Version { found: u8 },
    /// A field that cannot be what a page writes (named, e.g. `group`, `s`).
    Field { field: &'static str },
    /// A code for another analysis than the one the class is collecting.
    Analysis { found: String, expected: String },
}

impl CodeError {
    /// The message key and its placeholders.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            CodeError::TooLong => ("class-error-long", vec![("max", CODE_MAX_CHARS.to_string())]),
            CodeError::Character { position, character } => (
                "class-error-character",
                vec![("position", position.to_string()), ("character", character.escape_default().to_string())],
            ),
            CodeError::TooShort => ("class-error-short", vec![]),
            CodeError::Checksum => ("class-error-checksum", vec![]),
            CodeError::Version { found } => {
                ("class-error-version", vec![("found", found.to_string()), ("supported", FORMAT_VERSION.to_string())])
            }
            CodeError::Field { field } => ("class-error-field", vec![("field", (*field).to_owned())]),
            CodeError::Analysis { found, expected } => {
                ("class-error-analysis", vec![("found", found.clone()), ("expected", expected.clone())])
            }
        }
    }

    /// A stable name for tests (`data-error`).
    pub fn code(&self) -> &'static str {
        match self {
            CodeError::TooLong => "long",
            CodeError::Character { .. } => "character",
            CodeError::TooShort => "short",
            CodeError::Checksum => "checksum",
            CodeError::Version { .. } => "version",
            CodeError::Field { .. } => "field",
            CodeError::Analysis { .. } => "analysis",
        }
    }
}

/// `value` rounded to the page's decimals, as the group read it.
fn shown(value: f64) -> f64 {
    let scale = 10f64.powi(DECIMALS as i32);
    (value * scale).round() / scale
}

fn push_text(bytes: &mut Vec<u8>, text: &str, max: usize) {
    let text = truncate_bytes(text, max);
    if max > u8::MAX as usize {
        bytes.extend_from_slice(&(text.len() as u16).to_be_bytes());
    } else {
        bytes.push(text.len() as u8);
    }
    bytes.extend_from_slice(text.as_bytes());
}

/// The longest start of `text` of at most `max` bytes that ends on a character boundary.
fn truncate_bytes(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A group name as a code carries it: control characters dropped, spaces at the ends trimmed,
/// at most [`GROUP_MAX_CHARS`] characters.
pub fn clean_group_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).collect::<String>().trim().chars().take(GROUP_MAX_CHARS).collect()
}

impl GroupResult {
    /// The result code: short, copyable, and only A–Z, a–z, 0–9, `-` and `_` (safe in a link).
    pub fn encode(&self) -> String {
        let mut bytes = vec![FORMAT_VERSION];
        push_text(&mut bytes, &self.analysis, ANALYSIS_MAX_BYTES);
        push_text(&mut bytes, &clean_group_name(&self.group), u8::MAX as usize);
        push_text(&mut bytes, &self.view, VIEW_MAX_BYTES);
        let (mu, up, down) = self.fit.map_or((f64::NAN, f64::NAN, f64::NAN), |f| (f.mu_hat, f.sigma_up, f.sigma_down));
        for value in [self.s, self.b, self.z.unwrap_or(f64::NAN), mu, up, down] {
            bytes.extend_from_slice(&(shown(value) as f32).to_be_bytes());
        }
        let checksum = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&checksum.to_be_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// Reads a code (spaces at the ends ignored), or says what is wrong with it. Never panics,
    /// whatever the text.
    pub fn decode(code: &str) -> Result<Self, CodeError> {
        let code = code.trim();
        if code.chars().count() > CODE_MAX_CHARS {
            return Err(CodeError::TooLong);
        }
        if let Some((index, character)) =
            code.chars().enumerate().find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        {
            return Err(CodeError::Character { position: index + 1, character });
        }
        // Only the code's alphabet is left: the one failure left is a length no encoder writes
        // (one character too many or too few), which is a missing or extra character.
        let bytes = URL_SAFE_NO_PAD.decode(code).map_err(|_| CodeError::TooShort)?;
        if bytes.len() < 5 {
            return Err(CodeError::TooShort);
        }
        let (body, checksum) = bytes.split_at(bytes.len() - 4);
        if crc32fast::hash(body).to_be_bytes() != checksum {
            return Err(CodeError::Checksum);
        }
        if body[0] != FORMAT_VERSION {
            return Err(CodeError::Version { found: body[0] });
        }
        let mut reader = Reader { rest: &body[1..] };
        let analysis = reader.text(1, "analysis")?;
        if analysis.is_empty()
            || analysis.len() > ANALYSIS_MAX_BYTES
            || !analysis.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(CodeError::Field { field: "analysis" });
        }
        let group = reader.text(1, "group")?;
        if group.is_empty() || group != clean_group_name(&group) {
            return Err(CodeError::Field { field: "group" });
        }
        let view = reader.text(2, "cuts")?;
        if view.len() > VIEW_MAX_BYTES || !view_is_plain(&view) {
            return Err(CodeError::Field { field: "cuts" });
        }
        let s = reader.number("s")?;
        let b = reader.number("b")?;
        let z = reader.number("Z")?;
        let (mu_hat, sigma_up, sigma_down) = (reader.number("μ̂")?, reader.number("σ₊")?, reader.number("σ₋")?);
        if !reader.rest.is_empty() {
            return Err(CodeError::Field { field: "length" });
        }
        let non_negative = |value: f64| value.is_finite() && value >= 0.0;
        if !non_negative(s) {
            return Err(CodeError::Field { field: "s" });
        }
        if !non_negative(b) {
            return Err(CodeError::Field { field: "b" });
        }
        if !(z.is_nan() || non_negative(z)) {
            return Err(CodeError::Field { field: "Z" });
        }
        let fit = if mu_hat.is_nan() && sigma_up.is_nan() && sigma_down.is_nan() {
            None
        } else if !mu_hat.is_finite() {
            return Err(CodeError::Field { field: "μ̂" });
        } else if !non_negative(sigma_up) {
            return Err(CodeError::Field { field: "σ₊" });
        } else if !non_negative(sigma_down) {
            return Err(CodeError::Field { field: "σ₋" });
        } else {
            Some(Fit { mu_hat, sigma_up, sigma_down })
        };
        Ok(Self { analysis, group, view, s, b, z: (!z.is_nan()).then_some(z), fit })
    }

    /// The result of the engine's current selection, leaving out the hidden processes
    /// (`hidden[p]`) as the yields and the fit panel do: s, b and the Asimov Z of the yields,
    /// and μ̂ ± σ of the same fit as the panel (observed data when the cube has any, otherwise
    /// the Asimov data set). `view` is the link's cut text ([`crate::model::view_state`]).
    pub fn of_engine(engine: &histcube::Engine, hidden: &[bool], view: &str, group: &str) -> Self {
        let manifest = engine.cube().manifest();
        let enabled: Vec<bool> =
            (0..manifest.processes.len()).map(|p| !hidden.get(p).copied().unwrap_or(false)).collect();
        let significance = engine.significance(&enabled);
        let fit = crate::model::fit_view::fit_axis(manifest)
            .and_then(|axis| {
                let options = histcube::FitOptions {
                    // Only μ̂ and its errors are read: no profile scan.
                    scan_points: 0,
                    ..crate::model::fit_view::fit_options(manifest)
                };
                engine.fit(axis, &enabled, &options).ok()
            })
            .map(|result| Fit { mu_hat: result.mu_hat, sigma_up: result.sigma_up, sigma_down: result.sigma_down });
        Self {
            analysis: manifest.analysis_id.clone(),
            group: clean_group_name(group),
            view: view.to_owned(),
            s: significance.s.sumw,
            b: significance.b.sumw,
            z: significance.z_asimov,
            fit,
        }
    }

    /// The query that opens this group's selection (`a=<id>&cut=…`).
    pub fn query(&self) -> String {
        let analysis = crate::model::catalog::analysis_query(&self.analysis);
        if self.view.is_empty() {
            analysis
        } else {
            format!("{analysis}&{}", self.view)
        }
    }
}

/// Whether a view text is only `cut=…` and `hide=…` parts in the characters a link writes:
/// the class page turns it into a link, and it must not carry anything else into one.
fn view_is_plain(view: &str) -> bool {
    view.is_empty()
        || view.split('&').all(|part| {
            (part.starts_with("cut=") || part.starts_with("hide="))
                && part.chars().all(|c| c.is_ascii_alphanumeric() || "=:.,_-%+".contains(c))
        })
}

/// Reads a code's fields in order, naming the field that is cut short.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize, field: &'static str) -> Result<&'a [u8], CodeError> {
        if self.rest.len() < count {
            return Err(CodeError::Field { field });
        }
        let (taken, rest) = self.rest.split_at(count);
        self.rest = rest;
        Ok(taken)
    }

    /// A text after its length in `length_bytes` big-endian bytes.
    fn text(&mut self, length_bytes: usize, field: &'static str) -> Result<String, CodeError> {
        let length = self.take(length_bytes, field)?.iter().fold(0usize, |n, &byte| (n << 8) | byte as usize);
        let bytes = self.take(length, field)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| CodeError::Field { field })
    }

    fn number(&mut self, field: &'static str) -> Result<f64, CodeError> {
        let bytes = self.take(4, field)?;
        // Back to the decimals it was rounded to (2.74, not 2.7400000095).
        Ok(shown(f64::from(f32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))))
    }
}

/// What one non-empty line of the class page's field is.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    /// A group's result, with its number in the class (from 1, in the order pasted).
    Group { line: usize, number: usize, result: GroupResult },
    /// A refused code.
    Refused { line: usize, error: CodeError },
    /// The same code as an earlier line (pasted twice): counted once.
    Repeated { line: usize, first: usize },
}

/// The class's codes, one per line (blank lines skipped), checked against the class's analysis:
/// `analysis` when the page names one, else the first readable code's.
pub fn read_lines(text: &str, analysis: Option<&str>) -> Vec<Line> {
    let mut expected = analysis.map(str::to_owned);
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut number = 0;
    let mut lines = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let code = raw.trim();
        if code.is_empty() {
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(seen, _)| seen == code) {
            lines.push(Line::Repeated { line, first: *first });
            continue;
        }
        seen.push((code.to_owned(), line));
        let checked = GroupResult::decode(code).and_then(|result| match &expected {
            Some(expected) if *expected != result.analysis => {
                Err(CodeError::Analysis { found: result.analysis, expected: expected.clone() })
            }
            _ => Ok(result),
        });
        match checked {
            Ok(result) => {
                expected.get_or_insert_with(|| result.analysis.clone());
                number += 1;
                lines.push(Line::Group { line, number, result });
            }
            Err(error) => lines.push(Line::Refused { line, error }),
        }
    }
    lines
}

/// The accepted groups of `lines`, with their numbers.
pub fn groups(lines: &[Line]) -> Vec<(usize, &GroupResult)> {
    lines
        .iter()
        .filter_map(|line| match line {
            Line::Group { number, result, .. } => Some((*number, result)),
            _ => None,
        })
        .collect()
}

/// The group with the highest Z (the first of equals), if any group has a Z.
pub fn best<'a>(groups: &[(usize, &'a GroupResult)]) -> Option<(usize, &'a GroupResult)> {
    groups.iter().filter(|(_, g)| g.z.is_some()).fold(None, |best: Option<(usize, &GroupResult)>, &(n, g)| match best {
        Some((_, b)) if b.z >= g.z => best,
        _ => Some((n, g)),
    })
}

/// The inverse-variance weighted mean of the groups' μ̂ (each with σ = the mean of its ± errors)
/// and its error, with the number of groups in it; groups without a fit or with σ = 0 are left
/// out. It treats the measurements as independent, which they are not (the groups' selections
/// share events), so its error is optimistic: a teaching device, as the page says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Combination {
    pub mu_hat: f64,
    pub sigma: f64,
    pub groups: usize,
}

pub fn combine(groups: &[(usize, &GroupResult)]) -> Option<Combination> {
    let (mut weights, mut weighted, mut count) = (0.0, 0.0, 0);
    for fit in groups.iter().filter_map(|(_, g)| g.fit) {
        let sigma = fit.sigma();
        if sigma > 0.0 && sigma.is_finite() {
            let weight = 1.0 / (sigma * sigma);
            weights += weight;
            weighted += weight * fit.mu_hat;
            count += 1;
        }
    }
    (count > 0).then(|| Combination { mu_hat: weighted / weights, sigma: weights.sqrt().recip(), groups: count })
}

/// One bar of a spread histogram: `[low, high)` and how many groups fall in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub low: f64,
    pub high: f64,
    pub count: usize,
}

/// The most bars a spread has: a class is a few dozen groups at most.
pub const MAX_BARS: usize = 8;

/// The values as a histogram of at most [`MAX_BARS`] bars of a round width (1, 2 or 5 × 10ⁿ,
/// at least 0.1), edges on multiples of the width; empty for no value.
pub fn spread(values: &[f64]) -> Vec<Bar> {
    let values: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let Some(low) = values.iter().copied().reduce(f64::min) else { return Vec::new() };
    let high = values.iter().copied().fold(low, f64::max);
    let mut width = 0.1;
    let bars_for = |width: f64| ((high / width).floor() - (low / width).floor()) as usize + 1;
    for step in (0..12).flat_map(|power| [1.0, 2.0, 5.0].map(|m| m * 0.1 * 10f64.powi(power))) {
        width = step;
        if bars_for(width) <= MAX_BARS {
            break;
        }
    }
    let first = (low / width).floor();
    let mut bars: Vec<Bar> = (0..bars_for(width))
        .map(|i| Bar { low: (first + i as f64) * width, high: (first + i as f64 + 1.0) * width, count: 0 })
        .collect();
    let last = bars.len() - 1;
    for value in values {
        let index = ((value / width).floor() - first) as usize;
        bars[index.min(last)].count += 1;
    }
    bars
}

/// The dark modules of a QR code of `text` (error correction M) as one SVG path in module units,
/// and the code's width in modules; `None` when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (index, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", index % width, index / width));
        }
    }
    Some((width, path))
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    fn group(name: &str, view: &str, z: f64, mu: f64, up: f64, down: f64) -> GroupResult {
        GroupResult {
            analysis: "hzz4l".into(),
            group: name.into(),
            view: view.into(),
            s: 6.25,
            b: 3.5,
            z: Some(z),
            fit: Some(Fit { mu_hat: mu, sigma_up: up, sigma_down: down }),
        }
    }

    #[test]
    fn a_code_reads_back_as_written() {
        let result = group("Ada & Émile", "cut=m4l:115:135&hide=zz", 2.74, 1.27, 0.68, 0.53);
        let code = result.encode();
        assert!(code.len() < 120, "{} characters: {code}", code.len());
        assert!(code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(GroupResult::decode(&code), Ok(result));
        let unfitted = GroupResult { z: None, fit: None, view: String::new(), ..group("G", "", 0.0, 0.0, 0.0, 0.0) };
        assert_eq!(GroupResult::decode(&format!("  {}\n", unfitted.encode())), Ok(unfitted));
    }

    #[test]
    fn a_result_is_what_the_yields_and_the_fit_panel_show() {
        use crate::model::fit_view::{FitOutcome, FIT_DECIMALS};
        // Without data the fit is the Asimov one (the fixture's data has an event in the overflow,
        // where nothing is simulated, so its observed fit is refused).
        let engine = crate::model::fixtures::four_lepton_engine_with(histcube::DataKind::None);
        let result = GroupResult::of_engine(&engine, &[], "", " Group 1 ");
        assert_eq!(result.group, "Group 1");
        let table = crate::model::yields::YieldTable::from_engine(&engine);
        let read = GroupResult::decode(&result.encode()).unwrap();
        assert_eq!(crate::model::numbers::fixed(read.s), table.signal);
        assert_eq!(crate::model::numbers::fixed(read.b), table.background);
        assert_eq!(read.z, table.z_value.map(|z| (z * 100.0).round() / 100.0));
        let FitOutcome::Fitted(panel) = FitOutcome::compute(&engine, &[]) else { panic!("the fixture fits") };
        let fit = read.fit.expect("fitted");
        assert_eq!(crate::model::labels::number(fit.mu_hat, FIT_DECIMALS), panel.mu_hat);
        assert_eq!(crate::model::labels::number(fit.sigma_up, FIT_DECIMALS), panel.sigma_up);
        assert_eq!(crate::model::labels::number(fit.sigma_down, FIT_DECIMALS), panel.sigma_down);
    }

    #[test]
    fn numbers_are_kept_as_the_page_shows_them() {
        let result = group("G", "", 2.7449, 1.2651, 0.6849, 0.5);
        let read = GroupResult::decode(&result.encode()).unwrap();
        let fit = read.fit.unwrap();
        assert!((read.z.unwrap() - 2.74).abs() < 1e-6 && (fit.mu_hat - 1.27).abs() < 1e-6);
        assert!((fit.sigma_up - 0.68).abs() < 1e-6);
    }

    #[test]
    fn group_names_are_plain_and_bounded() {
        assert_eq!(clean_group_name("  Team\u{7}\nRocket  "), "TeamRocket");
        let long = "x".repeat(100);
        let read = GroupResult::decode(&group(&long, "", 1.0, 1.0, 0.5, 0.5).encode()).unwrap();
        assert_eq!(read.group.chars().count(), GROUP_MAX_CHARS);
    }

    #[test]
    fn every_changed_character_is_caught() {
        let code = group("Group 3", "cut=m4l:115:135", 2.0, 1.0, 0.5, 0.4).encode();
        for (index, original) in code.char_indices() {
            let replacement = if original == 'A' { 'B' } else { 'A' };
            let mut changed = code.clone();
            changed.replace_range(index..index + 1, &replacement.to_string());
            let error = GroupResult::decode(&changed).unwrap_err();
            // The last character carries only some bits: a change there can also be a length
            // base64 refuses, which is a short code.
            assert!(matches!(error, CodeError::Checksum | CodeError::TooShort), "{index}: {error:?}");
        }
        let mut dropped = code.clone();
        dropped.remove(10);
        assert!(matches!(GroupResult::decode(&dropped), Err(CodeError::Checksum | CodeError::TooShort)));
    }

    #[test]
    fn bad_characters_are_named_with_their_place() {
        assert_eq!(GroupResult::decode("abc!def"), Err(CodeError::Character { position: 4, character: '!' }));
        assert_eq!(GroupResult::decode(""), Err(CodeError::TooShort));
        assert_eq!(GroupResult::decode(&"A".repeat(CODE_MAX_CHARS + 1)), Err(CodeError::TooLong));
    }

    /// A code of `body` with its checksum made right.
    fn sealed(mut body: Vec<u8>) -> String {
        let checksum = crc32fast::hash(&body);
        body.extend_from_slice(&checksum.to_be_bytes());
        URL_SAFE_NO_PAD.encode(body)
    }

    #[test]
    fn another_version_is_named() {
        let code = group("G", "", 1.0, 1.0, 0.5, 0.5).encode();
        let mut bytes = URL_SAFE_NO_PAD.decode(&code).unwrap();
        bytes.truncate(bytes.len() - 4);
        bytes[0] = 2;
        assert_eq!(GroupResult::decode(&sealed(bytes)), Err(CodeError::Version { found: 2 }));
    }

    #[test]
    fn bad_fields_are_named() {
        let body = |analysis: &str, group: &str, view: &str, numbers: [f32; 6]| {
            let mut bytes = vec![FORMAT_VERSION, analysis.len() as u8];
            bytes.extend_from_slice(analysis.as_bytes());
            bytes.push(group.len() as u8);
            bytes.extend_from_slice(group.as_bytes());
            bytes.extend_from_slice(&(view.len() as u16).to_be_bytes());
            bytes.extend_from_slice(view.as_bytes());
            numbers.iter().for_each(|n| bytes.extend_from_slice(&n.to_be_bytes()));
            bytes
        };
        let good = [1.0, 2.0, 0.5, 1.0, 0.3, 0.3];
        let field = |bytes| match GroupResult::decode(&sealed(bytes)) {
            Err(CodeError::Field { field }) => field,
            other => panic!("{other:?}"),
        };
        assert!(GroupResult::decode(&sealed(body("hzz4l", "G", "", good))).is_ok());
        assert_eq!(field(body("../x", "G", "", good)), "analysis");
        assert_eq!(field(body("hzz4l", "", "", good)), "group");
        assert_eq!(field(body("hzz4l", " G", "", good)), "group");
        assert_eq!(field(body("hzz4l", "G", "cut=a:1:2&page=x", good)), "cuts");
        assert_eq!(field(body("hzz4l", "G", "cut=a:<script>", good)), "cuts");
        assert_eq!(field(body("hzz4l", "G", "", [-1.0, 2.0, 0.5, 1.0, 0.3, 0.3])), "s");
        assert_eq!(field(body("hzz4l", "G", "", [1.0, f32::INFINITY, 0.5, 1.0, 0.3, 0.3])), "b");
        assert_eq!(field(body("hzz4l", "G", "", [1.0, 2.0, 0.5, f32::NAN, 0.3, 0.3])), "μ̂");
        assert_eq!(field(body("hzz4l", "G", "", [1.0, 2.0, 0.5, 1.0, -0.3, 0.3])), "σ₊");
        let mut long = body("hzz4l", "G", "", good);
        long.push(0);
        assert_eq!(field(long), "length");
        let mut short = body("hzz4l", "G", "", good);
        short.truncate(short.len() - 2);
        assert_eq!(field(short), "σ₋");
    }

    #[test]
    fn the_class_collects_one_analysis_and_numbers_its_groups() {
        let a = group("A", "cut=m4l:115:135", 2.0, 1.0, 0.5, 0.5).encode();
        let b = group("B", "", 3.0, 1.5, 0.4, 0.2).encode();
        let other = GroupResult { analysis: "hww".into(), ..group("C", "", 1.0, 1.0, 1.0, 1.0) }.encode();
        let text = format!("{a}\n\n{other}\n{b}\n{a}\nnot a code\n");
        let lines = read_lines(&text, None);
        assert!(matches!(&lines[0], Line::Group { line: 1, number: 1, .. }));
        assert_eq!(
            lines[1],
            Line::Refused { line: 3, error: CodeError::Analysis { found: "hww".into(), expected: "hzz4l".into() } }
        );
        assert!(matches!(&lines[2], Line::Group { line: 4, number: 2, .. }));
        assert_eq!(lines[3], Line::Repeated { line: 5, first: 1 });
        assert!(matches!(lines[4], Line::Refused { line: 6, error: CodeError::Character { position: 4, .. } }));
        let groups = groups(&lines);
        assert_eq!(best(&groups).map(|(n, g)| (n, g.group.as_str())), Some((2, "B")));
        assert_eq!(
            read_lines(&a, Some("hww"))[0],
            Line::Refused { line: 1, error: CodeError::Analysis { found: "hzz4l".into(), expected: "hww".into() } }
        );
    }

    #[test]
    fn the_combination_is_the_inverse_variance_mean() {
        let one = group("1", "", 1.0, 1.0, 0.6, 0.4);
        let two = group("2", "", 1.0, 2.0, 1.0, 1.0);
        let none = GroupResult { fit: None, ..group("3", "", 1.0, 0.0, 0.0, 0.0) };
        let combined = combine(&[(1, &one), (2, &two), (3, &none)]).unwrap();
        // σ = 0.5 and 1: weights 4 and 1.
        assert!((combined.mu_hat - 1.2).abs() < 1e-12);
        assert!((combined.sigma - 0.2f64.sqrt()).abs() < 1e-12);
        assert_eq!(combined.groups, 2);
        assert_eq!(combine(&[(3, &none)]), None);
    }

    #[test]
    fn the_spread_has_round_bars_holding_every_value() {
        let bars = spread(&[0.85, 1.27, 1.3, 2.05]);
        assert!(bars.len() <= MAX_BARS);
        assert_eq!(bars.iter().map(|b| b.count).sum::<usize>(), 4);
        // Bars of 0.1 would be 13: of 0.2, 7, from 0.8 to 2.2.
        assert_eq!(bars.len(), 7, "{bars:?}");
        assert!((bars[0].low - 0.8).abs() < 1e-12 && (bars[0].high - 1.0).abs() < 1e-12, "{bars:?}");
        assert_eq!(spread(&[1.0]).len(), 1);
        assert_eq!(spread(&[-3.0, 40.0]).iter().map(|b| b.count).sum::<usize>(), 2);
        assert!(spread(&[]).is_empty());
    }

    #[test]
    fn a_link_fits_in_a_qr_code() {
        let code = group("Group 12", "cut=m4l:115:135&cut=mZ1:80:100", 2.0, 1.0, 0.5, 0.5).encode();
        let (width, path) = qr_path(&format!("https://example.org/analyser/?page=class&a=hzz4l&code={code}")).unwrap();
        assert!((21..=177).contains(&width) && (width - 17) % 4 == 0);
        assert!(path.starts_with("M0 0h1v1h-1z"), "the finder pattern's corner is dark");
    }
}

/// Random texts natively (proptest does not run in the browser).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use proptest::prelude::*;

    use super::*;

    /// A code of `body` with its checksum made right.
    fn sealed(mut body: Vec<u8>) -> String {
        let checksum = crc32fast::hash(&body);
        body.extend_from_slice(&checksum.to_be_bytes());
        URL_SAFE_NO_PAD.encode(body)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4_000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn reading_any_text_never_panics(text in ".{0,200}") {
            let _ = GroupResult::decode(&text);
        }

        #[test]
        fn reading_any_code_alphabet_text_never_panics(text in "[A-Za-z0-9_-]{0,300}") {
            let _ = GroupResult::decode(&text);
        }

        #[test]
        fn reading_any_sealed_bytes_never_panics(mut body in proptest::collection::vec(any::<u8>(), 1..200)) {
            body[0] = FORMAT_VERSION;
            let _ = GroupResult::decode(&sealed(body));
        }
    }
}
