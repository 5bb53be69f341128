//! Reading an analysis file (`analyses/*.toml`, format in docs/analysis-files.md) into an
//! [`Analysis`]: the TOML schema, every check with the file, line and column of the mistake,
//! and the compilation of objects, pairings, cuts and variables into a [`Plan`].

use std::ops::Range;

use histcube::{Axis, AxisCut, DataKind, GuidedPath, GuidedStep, NamedCut, Process, Rgb, Role};
use serde::Deserialize;
use toml::Spanned;

use super::expr::{self, Arg};
use super::plan::{
    Base, Collection, ControlRegion, Cut, Direction, ExactTails, Jvt, Pairing, PairingRule, Plan, Quantity, Set,
    TagEfficiencies, TruthTag,
};
use super::{Analysis, AnalysisFileError, DataDrivenBackground, ProcessRule, RelaxedShape};
use crate::physics::Z_MASS_GEV;
use crate::root::Needs;
use crate::samples::PhysicsGroup;

// ---------------------------------------------------------------------------------------------
// The schema. Unknown keys are refused everywhere, so a typo is an error, not a silent default.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    analysis: HeaderDoc,
    #[serde(default, rename = "process")]
    processes: Vec<ProcessDoc>,
    #[serde(default, rename = "object")]
    objects: Vec<ObjectDoc>,
    #[serde(default, rename = "pairing")]
    pairings: Vec<PairingDoc>,
    #[serde(default)]
    selection: SelectionDoc,
    data_driven: Option<DataDrivenDoc>,
    #[serde(default, rename = "axis")]
    axes: Vec<AxisDoc>,
    #[serde(default, rename = "default_cut")]
    default_cuts: Vec<CutDoc>,
    #[serde(default, rename = "path")]
    paths: Vec<PathDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderDoc {
    id: Spanned<String>,
    description: String,
    skim: Option<String>,
    data: DataDoc,
    title: Option<String>,
    fit_axis: Option<Spanned<String>>,
    sqrt_s_tev: Option<Spanned<f64>>,
    pseudo_data_seed: Option<u64>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum DataDoc {
    Real,
    Pseudo,
    None,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RoleDoc {
    Signal,
    Background,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcessDoc {
    id: Spanned<String>,
    role: RoleDoc,
    #[serde(default)]
    groups: Vec<Spanned<String>>,
    #[serde(default)]
    dsids: Vec<Spanned<i64>>,
    #[serde(default)]
    rest: bool,
    colour: Option<Spanned<String>>,
    label: Option<String>,
    norm_uncertainty: Option<Spanned<f64>>,
    relaxed_shape: Option<Spanned<RelaxedShapeDoc>>,
}

/// `relaxed_shape = { objects = "lep", lift = ["ptcone30_over_pt_below", …] }` of a process.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RelaxedShapeDoc {
    objects: Spanned<String>,
    lift: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectDoc {
    name: Spanned<String>,
    from: Spanned<String>,
    flavours: Option<Vec<Spanned<String>>>,
    pt_above: Option<f64>,
    abs_eta_below: Option<f64>,
    electron_crack: Option<Spanned<Vec<f64>>>,
    tight_id: Option<Spanned<bool>>,
    ptcone30_over_pt_below: Option<Spanned<f64>>,
    etcone20_over_pt_below: Option<Spanned<f64>>,
    jvt: Option<Spanned<JvtDoc>>,
    btag: Option<Spanned<String>>,
    mv2c10_above: Option<Spanned<f64>>,
    truth_tag: Option<Spanned<bool>>,
    truth_tag_exact: Option<Spanned<String>>,
    truth_tag_processes: Option<Spanned<Vec<Spanned<String>>>>,
    first: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JvtDoc {
    above: f64,
    pt_below: f64,
    abs_eta_below: f64,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum PairingKind {
    TwoSameFlavourPairs,
    OssfClosest,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairingDoc {
    kind: PairingKind,
    of: Spanned<String>,
    pairs: Spanned<Vec<Spanned<String>>>,
    closest_to: Option<f64>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SelectionDoc {
    #[serde(default)]
    cuts: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DataDrivenDoc {
    process: Spanned<String>,
    replaces: Spanned<String>,
    instead_of: Spanned<String>,
    control_region: Spanned<String>,
    transfer_factor: Spanned<f64>,
    colour: Option<Spanned<String>>,
    label: Option<String>,
    norm_uncertainty: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AxisDoc {
    id: Spanned<String>,
    value: Spanned<String>,
    unit: Option<String>,
    label: Option<String>,
    regular: Option<Spanned<RegularDoc>>,
    edges: Option<Spanned<Vec<f64>>>,
    integer: Option<Spanned<IntegerDoc>>,
    categories: Option<Vec<Spanned<String>>>,
    underflow: Option<bool>,
    overflow: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegularDoc {
    bins: u32,
    lower: f64,
    upper: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IntegerDoc {
    lower: i32,
    upper: i32,
}

/// A cut on an axis, as default cuts and guided steps write it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CutDoc {
    axis: Spanned<String>,
    lower: Option<Spanned<f64>>,
    upper: Option<Spanned<f64>>,
    keep: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathDoc {
    id: Spanned<String>,
    steps: Spanned<Vec<CutDoc>>,
}

// ---------------------------------------------------------------------------------------------
// Errors with positions

/// The file being read, to turn byte offsets into lines and columns.
struct Source<'a> {
    name: &'a str,
    text: &'a str,
}

type Result<T> = std::result::Result<T, AnalysisFileError>;

impl Source<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> AnalysisFileError {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        AnalysisFileError { file: self.name.to_owned(), line, column, message: message.into() }
    }

    fn at<T>(&self, span: Range<usize>, message: impl Into<String>) -> Result<T> {
        Err(self.error(span.start, message))
    }

    fn at_offset<T>(&self, offset: usize, message: impl Into<String>) -> Result<T> {
        Err(self.error(offset, message))
    }

    /// Where the text of a string value starts (after its opening quotes).
    fn content_start(&self, span: &Range<usize>) -> usize {
        let rest = &self.text[span.start.min(self.text.len())..];
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            span.start + 3
        } else if rest.starts_with('"') || rest.starts_with('\'') {
            span.start + 1
        } else {
            span.start
        }
    }
}

fn known_list(names: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    names.into_iter().map(|n| format!("`{}`", n.as_ref())).collect::<Vec<_>>().join(", ")
}

// ---------------------------------------------------------------------------------------------
// Names the vocabulary knows

/// MV2c10 cuts of the b-tagging working points of the 2020 release (efficiency for b-jets in tt̄).
pub const BTAG_WORKING_POINTS: [(&str, f64); 4] =
    [("85%", 0.175_847_5), ("77%", 0.6459), ("70%", 0.824_427_3), ("60%", 0.934_906_4)];

/// Efficiencies of the MV2c10 working points by truth flavour, for b-tagging by probability
/// (`truth_tag`): ATLAS's 2016 MV2c10 calibration in simulated tt̄ (ATL-PHYS-PUB-2016-012): b-jet
/// efficiency 77 % / 85 %, c-jet rejection 6 / 3.1, τ-jet rejection 22 / 8, light-jet rejection
/// 134 / 33. They are the numbers `tools/generator/detector.py` (`BTAG_EFF`) draws each simulated
/// jet's MV2c10 value with, so for our samples b-tagging by probability has exactly the expected
/// yields of cutting on MV2c10; for the release's own simulation they are the calibration's
/// averages (ATLAS's efficiencies depend on pT and η as well). The 70 % and 60 % working points
/// are not here: the generator does not model them, and their rejections were not at hand to cite.
pub const TRUTH_TAG_EFFICIENCIES: [(&str, TagEfficiencies); 2] = [
    ("85%", TagEfficiencies { bottom: 0.85, charm: 1.0 / 3.1, tau: 1.0 / 8.0, light: 1.0 / 33.0 }),
    ("77%", TagEfficiencies { bottom: 0.77, charm: 1.0 / 6.0, tau: 1.0 / 22.0, light: 1.0 / 134.0 }),
];

/// Physics groups of the sample table, by the name files use.
pub const GROUPS: [(&str, PhysicsGroup); 13] = [
    ("higgs_zz", PhysicsGroup::HiggsZZ),
    ("higgs_ww", PhysicsGroup::HiggsWW),
    ("higgs_other", PhysicsGroup::HiggsOther),
    ("zz", PhysicsGroup::ZZ),
    ("ww", PhysicsGroup::WW),
    ("wz", PhysicsGroup::WZ),
    ("ttbar", PhysicsGroup::TtBar),
    ("single_top", PhysicsGroup::SingleTop),
    ("zjets", PhysicsGroup::ZJets),
    ("wjets", PhysicsGroup::WJets),
    ("ttz", PhysicsGroup::TtZ),
    ("ttw", PhysicsGroup::TtW),
    ("bsm", PhysicsGroup::Bsm),
];

/// The functions of the expression language, with what they take.
pub const FUNCTIONS: &[(&str, &str)] = &[
    ("count", "a collection"),
    ("mass", "objects"),
    ("pt", "objects"),
    ("eta", "objects"),
    ("phi", "objects"),
    ("e", "objects"),
    ("charge", "leptons"),
    ("ht", "objects"),
    ("max_pt", "objects"),
    ("min_pt", "objects"),
    ("dphi", "two of: objects, met"),
    ("deta", "two sets of objects"),
    ("dr", "two sets of objects"),
    ("mt", "objects and met"),
    ("flavour", "leptons (a category axis's value)"),
    ("sign", "two leptons (a category axis's value)"),
    ("trigger", "e and/or mu"),
    ("met", "nothing (write `met`)"),
    ("met_phi", "nothing (write `met_phi`)"),
];

fn function_names() -> String {
    known_list(FUNCTIONS.iter().map(|(n, _)| *n))
}

/// `(electrons, muons)` of a flavour category id: `ee`, `mumu`, `emu`, `e`, `mu`, `4e`, `4mu`,
/// `2e2mu`, `3e`, `2e1mu` …
pub fn flavour_content(id: &str) -> Option<(u8, u8)> {
    match id {
        "e" => return Some((1, 0)),
        "mu" => return Some((0, 1)),
        "ee" => return Some((2, 0)),
        "mumu" => return Some((0, 2)),
        "emu" => return Some((1, 1)),
        _ => {}
    }
    let digits = |s: &str| -> Option<(u8, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        Some((s[..n].parse().ok()?, n))
    };
    let (first, n) = digits(id)?;
    let rest = &id[n..];
    if rest == "e" {
        return (first > 0).then_some((first, 0));
    }
    if rest == "mu" {
        return (first > 0).then_some((0, first));
    }
    let rest = rest.strip_prefix('e')?;
    let (second, m) = digits(rest)?;
    (rest[m..] == *"mu" && first > 0 && second > 0).then_some((first, second))
}

fn parse_colour(text: &str) -> Option<Rgb> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

// ---------------------------------------------------------------------------------------------
// Compilation

/// What a name in an expression stands for.
#[derive(Clone, Copy)]
enum Named {
    Collection(usize),
    Pair(usize),
}

struct Compiler<'a> {
    source: Source<'a>,
    collections: Vec<Collection>,
    collection_names: Vec<String>,
    pair_names: Vec<String>,
    needs: Needs,
    /// The collection b-tagged by probability, if any: only `count(…)` may use it.
    truth_tagged: Option<usize>,
}

/// What an expression is used as, for its checks.
enum Use<'a> {
    Cut,
    /// A numeric axis.
    Number,
    /// A category axis with these category ids (and their spans).
    Categories(&'a [Spanned<String>]),
}

impl Compiler<'_> {
    fn named(&self, arg: &Arg, base: usize) -> Result<Named> {
        if let Some(c) = self.collection_names.iter().position(|n| *n == arg.name) {
            return Ok(Named::Collection(c));
        }
        if let Some(p) = self.pair_names.iter().position(|n| *n == arg.name) {
            return Ok(Named::Pair(p));
        }
        Err(self.source.error(
            base + arg.offset,
            format!(
                "unknown objects `{}`; the file defines {}{}",
                arg.name,
                known_list(&self.collection_names),
                if self.pair_names.is_empty() {
                    String::new()
                } else {
                    format!(" and the pairs {}", known_list(&self.pair_names))
                }
            ),
        ))
    }

    fn set(&mut self, arg: &Arg, base: usize) -> Result<Set> {
        let set = self.any_set(arg, base)?;
        if let (Set::All(c) | Set::One(c, _), Some(t)) = (set, self.truth_tagged) {
            if c == t {
                return Err(self.source.error(
                    base + arg.offset,
                    format!(
                        "`{arg}` is b-tagged by probability in simulation (`truth_tag = true`), where which jets \
                         are tagged is not decided, only how many: use it only as `count({})`",
                        arg.name
                    ),
                ));
            }
        }
        Ok(set)
    }

    /// [`Compiler::set`] without the truth-tagging check: for `count(…)`, the one use a
    /// truth-tagged collection has.
    fn any_set(&mut self, arg: &Arg, base: usize) -> Result<Set> {
        if arg.name == "met" {
            return Err(self.source.error(base + arg.offset, "expected objects here, not `met`"));
        }
        let set = match (self.named(arg, base)?, arg.index) {
            (Named::Collection(c), None) => Set::All(c),
            (Named::Collection(c), Some(i)) => {
                if let Some(first) = self.collections[c].first {
                    if i >= first {
                        return Err(self.source.error(
                            base + arg.offset,
                            format!("`{arg}`: `{}` keeps only its first {first} objects", arg.name),
                        ));
                    }
                }
                Set::One(c, i)
            }
            (Named::Pair(p), None) => Set::Pair(p),
            (Named::Pair(_), Some(_)) => {
                return Err(self.source.error(base + arg.offset, format!("`{arg}`: a pair cannot be indexed")))
            }
        };
        if matches!(set, Set::All(c) | Set::One(c, _) if self.collections[c].base == Base::Jets) {
            self.needs.jets = true;
        }
        Ok(set)
    }

    fn is_leptons(&self, set: Set) -> bool {
        match set {
            Set::All(c) | Set::One(c, _) => self.collections[c].base == Base::Leptons,
            Set::Pair(_) => true,
        }
    }

    /// Compiles a parsed value whose text starts at byte `offset` of the file, used as `usage`.
    fn quantity(&mut self, offset: usize, value: &expr::Value, usage: &Use<'_>) -> Result<Quantity> {
        let at = |o: usize| offset + o;
        let name = value.function.as_str();
        let Some(args) = &value.args else {
            let quantity = match name {
                "met" => Quantity::Met,
                "met_phi" => Quantity::MetPhi,
                _ if FUNCTIONS.iter().any(|(f, _)| *f == name) => {
                    return Err(self.source.error(at(value.offset), format!("`{name}` needs its arguments: `{name}(…)`")))
                }
                _ if self.collection_names.iter().chain(&self.pair_names).any(|n| n == name) => {
                    return Err(self.source.error(
                        at(value.offset),
                        format!("`{name}` is objects, not a number: use a function such as `count({name})` or `mass({name})`"),
                    ))
                }
                _ => {
                    return Err(self
                        .source
                        .error(at(value.offset), format!("unknown variable `{name}`; known: {}", function_names())))
                }
            };
            self.needs.met = true;
            return self.numeric(quantity, usage, at(value.offset), name);
        };
        let arity = |n: usize| -> Result<()> {
            if args.len() == n {
                Ok(())
            } else {
                Err(self.source.error(
                    at(value.offset),
                    format!("`{name}` takes {n} argument{}, not {}", if n == 1 { "" } else { "s" }, args.len()),
                ))
            }
        };
        let quantity = match name {
            "count" => {
                arity(1)?;
                match self.any_set(&args[0], offset)? {
                    Set::All(c) => Quantity::Count(c),
                    _ => {
                        return self
                            .source
                            .at_offset(at(args[0].offset), "`count` takes a collection, such as `count(jets)`")
                    }
                }
            }
            "mass" | "pt" | "eta" | "phi" | "e" | "ht" | "max_pt" | "min_pt" => {
                arity(1)?;
                let set = self.set(&args[0], offset)?;
                match name {
                    "mass" => Quantity::Mass(set),
                    "pt" => Quantity::Pt(set),
                    "eta" => Quantity::Eta(set),
                    "phi" => Quantity::Phi(set),
                    "e" => Quantity::Energy(set),
                    "ht" => Quantity::Ht(set),
                    "max_pt" => Quantity::MaxPt(set),
                    _ => Quantity::MinPt(set),
                }
            }
            "charge" | "flavour" | "sign" => {
                arity(1)?;
                let set = self.set(&args[0], offset)?;
                if !self.is_leptons(set) {
                    return self
                        .source
                        .at_offset(at(args[0].offset), format!("`{name}` needs leptons; `{}` are jets", args[0]));
                }
                match name {
                    "charge" => Quantity::Charge(set),
                    "flavour" => {
                        let Use::Categories(categories) = usage else {
                            return self.source.at_offset(
                                at(value.offset),
                                "`flavour` gives a category: use it as the value of an axis with `categories`",
                            );
                        };
                        let mut contents = Vec::new();
                        for category in *categories {
                            let Some(content) = flavour_content(category.get_ref()) else {
                                return self.source.at(
                                    category.span(),
                                    format!(
                                        "`{}` is not a flavour content; expected e.g. `ee`, `mumu`, `emu`, `4e`, `4mu`, `2e2mu`",
                                        category.get_ref()
                                    ),
                                );
                            };
                            contents.push(content);
                        }
                        return Ok(Quantity::Flavour(set, contents));
                    }
                    _ => {
                        let Use::Categories(categories) = usage else {
                            return self.source.at_offset(at(value.offset),
                                "`sign` gives a category: use it as the value of an axis with `categories = [\"os\", \"ss\"]`",
                            );
                        };
                        let mut indices = (None, None);
                        for (i, category) in categories.iter().enumerate() {
                            match category.get_ref().as_str() {
                                "os" => indices.0 = Some(i as u8),
                                "ss" => indices.1 = Some(i as u8),
                                other => {
                                    return self.source.at(
                                        category.span(),
                                        format!("`{other}` is not a charge category; expected `os` or `ss`"),
                                    )
                                }
                            }
                        }
                        return Ok(Quantity::Sign(set, indices.0, indices.1));
                    }
                }
            }
            "dphi" => {
                arity(2)?;
                let direction = |c: &mut Self, arg: &Arg| -> Result<Direction> {
                    if arg.name == "met" && arg.index.is_none() {
                        c.needs.met = true;
                        Ok(Direction::Met)
                    } else {
                        Ok(Direction::Objects(c.set(arg, offset)?))
                    }
                };
                Quantity::DeltaPhi(direction(self, &args[0])?, direction(self, &args[1])?)
            }
            "deta" | "dr" => {
                arity(2)?;
                let (a, b) = (self.set(&args[0], offset)?, self.set(&args[1], offset)?);
                if name == "dr" {
                    Quantity::DeltaR(a, b)
                } else {
                    Quantity::DeltaEta(a, b)
                }
            }
            "mt" => {
                arity(2)?;
                let set = self.set(&args[0], offset)?;
                if args[1].name != "met" || args[1].index.is_some() {
                    return self
                        .source
                        .at_offset(at(args[1].offset), "`mt` is taken with the MET: write `mt(objects, met)`");
                }
                self.needs.met = true;
                Quantity::Mt(set)
            }
            "trigger" => {
                if args.is_empty() {
                    return self
                        .source
                        .at_offset(at(value.offset), "`trigger` needs `e`, `mu` or both: `trigger(e, mu)`");
                }
                let (mut electron, mut muon) = (false, false);
                for arg in args {
                    match (arg.name.as_str(), arg.index) {
                        ("e", None) => electron = true,
                        ("mu", None) => muon = true,
                        _ => {
                            return self.source.at_offset(
                                at(arg.offset),
                                format!(
                                    "unknown trigger `{arg}`; expected `e` (single electron) or `mu` (single muon)"
                                ),
                            )
                        }
                    }
                }
                self.needs.trigger = true;
                Quantity::Trigger { electron, muon }
            }
            "met" | "met_phi" => {
                return self.source.at_offset(at(value.offset), format!("`{name}` takes no arguments: write `{name}`"))
            }
            _ => {
                return self
                    .source
                    .at_offset(at(value.offset), format!("unknown function `{name}`; known: {}", function_names()))
            }
        };
        self.numeric(quantity, usage, at(value.offset), name)
    }

    /// A numeric quantity may not be a category axis's value.
    fn numeric(&self, quantity: Quantity, usage: &Use<'_>, offset: usize, name: &str) -> Result<Quantity> {
        if let Use::Categories(_) = usage {
            return self.source.at_offset(
                offset,
                format!(
                    "`{name}` gives a number, but this axis has categories; use `flavour(…)` or `sign(…)`, or bins"
                ),
            );
        }
        Ok(quantity)
    }

    fn compile_value(&mut self, text: &Spanned<String>, usage: &Use<'_>) -> Result<Quantity> {
        let start = self.source.content_start(&text.span());
        let value = expr::parse_value(text.get_ref()).map_err(|e| self.source.error(start + e.offset, e.message))?;
        self.quantity(start, &value, usage)
    }

    fn compile_cut(&mut self, text: &Spanned<String>) -> Result<Cut> {
        let start = self.source.content_start(&text.span());
        let cut = expr::parse_cut(text.get_ref()).map_err(|e| self.source.error(start + e.offset, e.message))?;
        let quantity = self.quantity(start, &cut.value, &Use::Cut)?;
        Ok(Cut { quantity, op: cut.op, threshold: cut.threshold })
    }
}

/// Reads and checks an analysis file's text; `name` is how errors name the file.
pub fn parse(name: &str, text: &str) -> Result<Analysis> {
    let source = Source { name, text };
    let doc: Doc = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        source.error(offset, e.message().trim_end().to_owned())
    })?;
    let header = &doc.analysis;
    let id = header.id.get_ref().clone();
    if !is_id(&id) {
        return source.at(header.id.span(), format!("the id `{id}` must be lower-case letters, digits and `_`"));
    }

    // Processes.
    // A relative normalisation uncertainty lies strictly between 0 and 1 (the fit's normsys
    // scales a background by 1 − x at α = −1); the analysis's fit includes it by default.
    let norm_uncertainty = |norm: &Spanned<f64>| -> Result<f64> {
        let x = *norm.get_ref();
        if header.fit_axis.is_none() {
            return source.at(norm.span(), "a `norm_uncertainty` enters the fit: give the analysis a `fit_axis`");
        }
        if x.is_finite() && x > 0.0 && x < 1.0 {
            Ok(x)
        } else {
            source.at(norm.span(), "`norm_uncertainty` must lie between 0 and 1 (0.5 means ±50 %)")
        }
    };
    let mut norm_uncertainties: Vec<(String, f64)> = Vec::new();
    let mut processes: Vec<Process> = Vec::new();
    let mut rules = ProcessRule::default();
    let mut rest_process = None;
    for (index, doc) in doc.processes.iter().enumerate() {
        let pid = doc.id.get_ref();
        if !is_id(pid) || pid == super::DATA {
            return source.at(
                doc.id.span(),
                format!("`{pid}` cannot be a process id (lower-case letters, digits and `_`; `data` is the data's)"),
            );
        }
        if processes.iter().any(|p| p.id == *pid) {
            return source.at(doc.id.span(), format!("process `{pid}` is defined twice"));
        }
        let role = match doc.role {
            RoleDoc::Signal => Role::Signal,
            RoleDoc::Background => Role::Background,
        };
        let mut process = Process::new(pid, role);
        if let Some(colour) = &doc.colour {
            process.color = parse_colour(colour.get_ref()).ok_or_else(|| {
                source.error(colour.span().start, format!("`{}` is not a colour; expected `#rrggbb`", colour.get_ref()))
            })?;
        }
        if let Some(label) = &doc.label {
            process.label_key = label.clone();
        }
        if let Some(norm) = &doc.norm_uncertainty {
            if role != Role::Background {
                return source.at(norm.span(), "only a background can have a `norm_uncertainty`");
            }
            norm_uncertainties.push((pid.clone(), norm_uncertainty(norm)?));
        }
        for group in &doc.groups {
            let Some((_, g)) = GROUPS.iter().find(|(n, _)| n == group.get_ref()) else {
                return source.at(
                    group.span(),
                    format!(
                        "unknown sample group `{}`; known: {}",
                        group.get_ref(),
                        known_list(GROUPS.iter().map(|(n, _)| n))
                    ),
                );
            };
            if let Some((_, other)) = rules.by_group.iter().find(|(known, _)| known == g) {
                return source.at(
                    group.span(),
                    format!("group `{}` is already taken by process `{}`", group.get_ref(), processes[*other].id),
                );
            }
            rules.by_group.push((*g, index));
        }
        for dsid in &doc.dsids {
            let value = i32::try_from(*dsid.get_ref())
                .map_err(|_| source.error(dsid.span().start, format!("{} is not a DSID", dsid.get_ref())))?;
            if let Some((_, other)) = rules.by_dsid.iter().find(|(known, _)| *known == value) {
                return source
                    .at(dsid.span(), format!("DSID {value} is already taken by process `{}`", processes[*other].id));
            }
            rules.by_dsid.push((value, index));
        }
        if doc.rest {
            if rest_process.is_some() {
                return source.at(doc.id.span(), "only one process can take the `rest` of the samples");
            }
            rest_process = Some(index);
        }
        processes.push(process);
    }
    if processes.is_empty() {
        return source.at(0..0, "the file defines no `[[process]]`");
    }
    let Some(rest) = rest_process else {
        return source.at(
            doc.processes[0].id.span(),
            "one process needs `rest = true`: it takes the samples no other process names (usually `other`)",
        );
    };
    rules.rest = rest;

    // Objects.
    let mut truth_tag = None;
    let mut truth_tag_processes = None;
    let mut compiler = Compiler {
        source: Source { name, text },
        collections: Vec::new(),
        collection_names: Vec::new(),
        pair_names: Vec::new(),
        needs: Needs::default(),
        truth_tagged: None,
    };
    for doc in &doc.objects {
        let object = doc.name.get_ref();
        if !is_id(object) || ["leptons", "jets", "met", "met_phi", "e", "mu"].contains(&object.as_str()) {
            return source.at(doc.name.span(), format!("`{object}` cannot name objects"));
        }
        if compiler.collection_names.contains(object) {
            return source.at(doc.name.span(), format!("objects `{object}` are defined twice"));
        }
        let (base, parent) = match doc.from.get_ref().as_str() {
            "leptons" => (Base::Leptons, None),
            "jets" => (Base::Jets, None),
            from => match compiler.collection_names.iter().position(|n| n == from) {
                Some(p) if compiler.truth_tagged == Some(p) => {
                    return source.at(
                        doc.from.span(),
                        format!(
                            "`from = \"{from}\"`: `{from}` is b-tagged by probability in simulation \
                             (`truth_tag = true`), so which of its jets are tagged is not decided; select from its \
                             parent instead"
                        ),
                    )
                }
                Some(p) => (compiler.collections[p].base, Some(p)),
                None => {
                    return source.at(
                        doc.from.span(),
                        format!(
                            "`from = \"{from}\"`: expected `leptons`, `jets` or objects defined above ({})",
                            known_list(&compiler.collection_names)
                        ),
                    )
                }
            },
        };
        let mut collection = Collection {
            base,
            parent,
            flavours: None,
            pt_above: doc.pt_above,
            abs_eta_below: doc.abs_eta_below,
            electron_crack: None,
            tight_id: false,
            ptcone30_over_pt_below: None,
            etcone20_over_pt_below: None,
            jvt: None,
            mv2c10_above: None,
            first: None,
        };
        let wrong_base = |span: Range<usize>, key: &str| -> Result<()> {
            source.at(
                span,
                format!(
                    "`{key}` applies to {}, but `{object}` are {}",
                    if base == Base::Leptons { "jets" } else { "leptons" },
                    if base == Base::Leptons { "leptons" } else { "jets" }
                ),
            )
        };
        if base == Base::Leptons {
            if let Some(jvt) = &doc.jvt {
                wrong_base(jvt.span(), "jvt")?;
            }
            if let Some(b) = &doc.btag {
                wrong_base(b.span(), "btag")?;
            }
            if let Some(b) = &doc.mv2c10_above {
                wrong_base(b.span(), "mv2c10_above")?;
            }
            if let Some(t) = &doc.truth_tag {
                wrong_base(t.span(), "truth_tag")?;
            }
            if let Some(t) = &doc.truth_tag_exact {
                wrong_base(t.span(), "truth_tag_exact")?;
            }
            if let Some(t) = &doc.truth_tag_processes {
                wrong_base(t.span(), "truth_tag_processes")?;
            }
            if let Some(flavours) = &doc.flavours {
                let (mut e, mut mu) = (false, false);
                for f in flavours {
                    match f.get_ref().as_str() {
                        "e" => e = true,
                        "mu" => mu = true,
                        other => {
                            return source.at(f.span(), format!("unknown flavour `{other}`; expected `e` or `mu`"))
                        }
                    }
                }
                collection.flavours = Some((e, mu));
            }
            if let Some(crack) = &doc.electron_crack {
                match crack.get_ref().as_slice() {
                    [lo, hi] if lo < hi => collection.electron_crack = Some((*lo, *hi)),
                    _ => return source.at(crack.span(), "`electron_crack` is [lower, upper] of |η|, lower < upper"),
                }
            }
            collection.tight_id = doc.tight_id.as_ref().is_some_and(|t| *t.get_ref());
            collection.ptcone30_over_pt_below = doc.ptcone30_over_pt_below.as_ref().map(|v| *v.get_ref());
            collection.etcone20_over_pt_below = doc.etcone20_over_pt_below.as_ref().map(|v| *v.get_ref());
            if collection.tight_id
                || collection.ptcone30_over_pt_below.is_some()
                || collection.etcone20_over_pt_below.is_some()
            {
                compiler.needs.lepton_quality = true;
            }
        } else {
            let lepton_keys = [
                ("flavours", doc.flavours.as_ref().map(|f| f.first().map_or(doc.name.span(), toml::Spanned::span))),
                ("electron_crack", doc.electron_crack.as_ref().map(toml::Spanned::span)),
                ("tight_id", doc.tight_id.as_ref().map(toml::Spanned::span)),
                ("ptcone30_over_pt_below", doc.ptcone30_over_pt_below.as_ref().map(toml::Spanned::span)),
                ("etcone20_over_pt_below", doc.etcone20_over_pt_below.as_ref().map(toml::Spanned::span)),
            ];
            for (key, span) in lepton_keys {
                if let Some(span) = span {
                    wrong_base(span, key)?;
                }
            }
            collection.jvt = doc.jvt.as_ref().map(|j| {
                let j = j.get_ref();
                Jvt { above: j.above, pt_below: j.pt_below, abs_eta_below: j.abs_eta_below }
            });
            if let (Some(_), Some(m)) = (&doc.btag, &doc.mv2c10_above) {
                return source.at(m.span(), "give `btag` (a working point) or `mv2c10_above`, not both");
            }
            if let Some(wp) = &doc.btag {
                let Some((_, cut)) = BTAG_WORKING_POINTS.iter().find(|(n, _)| n == wp.get_ref()) else {
                    return source.at(
                        wp.span(),
                        format!(
                            "unknown b-tagging working point `{}`; known: {}",
                            wp.get_ref(),
                            known_list(BTAG_WORKING_POINTS.iter().map(|(n, _)| n))
                        ),
                    );
                };
                collection.mv2c10_above = Some(*cut);
            }
            if let Some(m) = &doc.mv2c10_above {
                collection.mv2c10_above = Some(*m.get_ref());
            }
            compiler.needs.jets = true;
            let truth_tag_on = doc.truth_tag.as_ref().is_some_and(|t| *t.get_ref());
            if let (Some(e), false) = (&doc.truth_tag_exact, truth_tag_on) {
                return source.at(e.span(), "`truth_tag_exact` goes with `truth_tag = true`");
            }
            if let (Some(e), false) = (&doc.truth_tag_processes, truth_tag_on) {
                return source.at(e.span(), "`truth_tag_processes` goes with `truth_tag = true`");
            }
            if let Some(t) = doc.truth_tag.as_ref().filter(|t| *t.get_ref()) {
                let Some(wp) = &doc.btag else {
                    return source.at(
                        t.span(),
                        "`truth_tag` needs `btag` (a working point): the tagging efficiencies are known per working \
                         point, not for a custom `mv2c10_above`",
                    );
                };
                let Some((_, efficiencies)) = TRUTH_TAG_EFFICIENCIES.iter().find(|(n, _)| n == wp.get_ref()) else {
                    return source.at(
                        t.span(),
                        format!(
                            "b-tagging by probability knows the efficiencies of the working points {} only, not `{}`",
                            known_list(TRUTH_TAG_EFFICIENCIES.iter().map(|(n, _)| n)),
                            wp.get_ref()
                        ),
                    );
                };
                if let Some(other) = compiler.truth_tagged {
                    return source.at(
                        t.span(),
                        format!(
                            "`{}` is b-tagged by probability already; one collection per file can be (the tag \
                             counts of two would not be independent)",
                            compiler.collection_names[other]
                        ),
                    );
                }
                if let Some(first) = &doc.first {
                    return source.at(first.span(), "`first` cannot be combined with `truth_tag`");
                }
                let exact = match doc.truth_tag_exact.as_ref().map(|e| (e.get_ref().as_str(), e.span())) {
                    Some(("at_least", _)) => ExactTails::AtLeast,
                    Some(("at_most", _)) => ExactTails::AtMost,
                    Some((other, span)) => {
                        return source
                            .at(span, format!("`truth_tag_exact` is `\"at_least\"` or `\"at_most\"`, not `{other}`"))
                    }
                    None => {
                        return source.at(
                            t.span(),
                            format!(
                            "`truth_tag` needs `truth_tag_exact = \"at_least\"` (cuts `count({object}) >= k` keep an \
                                 exact statistical uncertainty) or `\"at_most\"` (cuts `<= k`, a b-veto); \
                                 docs/analysis-files.md says why"
                        ),
                        )
                    }
                };
                if let Some(list) = &doc.truth_tag_processes {
                    let mut ids = Vec::new();
                    for id in list.get_ref() {
                        if !processes.iter().any(|p| p.id == *id.get_ref()) {
                            return source.at(
                                id.span(),
                                format!(
                                    "unknown process `{}`; processes: {}",
                                    id.get_ref(),
                                    known_list(processes.iter().map(|p| &p.id))
                                ),
                            );
                        }
                        ids.push(id.get_ref().clone());
                    }
                    if ids.is_empty() {
                        return source.at(list.span(), "`truth_tag_processes` needs at least one process");
                    }
                    truth_tag_processes = Some(ids);
                }
                compiler.truth_tagged = Some(compiler.collections.len());
                truth_tag =
                    Some(TruthTag { collection: compiler.collections.len(), efficiencies: *efficiencies, exact });
                compiler.needs.jet_flavour = true;
            }
        }
        if let Some(first) = &doc.first {
            match usize::try_from(*first.get_ref()) {
                Ok(n) if n > 0 => collection.first = Some(n),
                _ => return source.at(first.span(), "`first` is a number of objects, at least 1"),
            }
        }
        compiler.collections.push(collection);
        compiler.collection_names.push(object.clone());
    }

    // Pairings.
    let mut pairings = Vec::new();
    for doc in &doc.pairings {
        let Some(of) = compiler.collection_names.iter().position(|n| n == doc.of.get_ref()) else {
            return source.at(
                doc.of.span(),
                format!("unknown objects `{}`; defined: {}", doc.of.get_ref(), known_list(&compiler.collection_names)),
            );
        };
        if compiler.collections[of].base != Base::Leptons {
            return source.at(doc.of.span(), format!("pairings pair leptons; `{}` are jets", doc.of.get_ref()));
        }
        let target = doc.closest_to.unwrap_or(Z_MASS_GEV);
        let (rule, wanted) = match doc.kind {
            PairingKind::TwoSameFlavourPairs => (PairingRule::TwoSameFlavourPairs { target }, 2),
            PairingKind::OssfClosest => (PairingRule::OppositeSignSameFlavourClosest { target }, 1),
        };
        let names = doc.pairs.get_ref();
        if names.len() != wanted {
            return source.at(doc.pairs.span(), format!("this pairing names {wanted} pair(s), not {}", names.len()));
        }
        let mut slots = Vec::new();
        for pair in names {
            let taken =
                compiler.collection_names.contains(pair.get_ref()) || compiler.pair_names.contains(pair.get_ref());
            if !is_id(pair.get_ref()) || taken || pair.get_ref() == "met" {
                return source.at(pair.span(), format!("`{}` cannot name a pair (taken or not an id)", pair.get_ref()));
            }
            slots.push(compiler.pair_names.len());
            compiler.pair_names.push(pair.get_ref().clone());
        }
        pairings.push(Pairing { rule, of, slots: (slots[0], slots.get(1).copied()) });
    }

    // Selection.
    let mut cuts = Vec::new();
    for cut in &doc.selection.cuts {
        cuts.push(compiler.compile_cut(cut)?);
    }

    // Axes.
    let mut axes = Vec::new();
    let mut axis_values = Vec::new();
    for doc in &doc.axes {
        let axis_id = doc.id.get_ref();
        if !is_id(axis_id) {
            return source
                .at(doc.id.span(), format!("`{axis_id}` cannot be an axis id (lower-case letters, digits, `_`)"));
        }
        if axes.iter().any(|a: &Axis| a.id == *axis_id) {
            return source.at(doc.id.span(), format!("axis `{axis_id}` is defined twice"));
        }
        let unit = doc.unit.clone().unwrap_or_default();
        let binnings = [doc.regular.is_some(), doc.edges.is_some(), doc.integer.is_some(), doc.categories.is_some()];
        if binnings.iter().filter(|b| **b).count() != 1 {
            return source.at(
                doc.id.span(),
                format!("axis `{axis_id}` needs exactly one of `regular`, `edges`, `integer` or `categories`"),
            );
        }
        let mut axis = if let Some(regular) = &doc.regular {
            let r = regular.get_ref();
            // Written so that NaN fails too.
            let ordered = r.lower < r.upper;
            if r.bins == 0 || !ordered || !r.lower.is_finite() || !r.upper.is_finite() {
                return source.at(regular.span(), "`regular` needs bins ≥ 1 and finite lower < upper");
            }
            Axis::regular(axis_id, &unit, r.bins, r.lower, r.upper)
        } else if let Some(edges) = &doc.edges {
            let e = edges.get_ref();
            if e.len() < 2 {
                return source.at(edges.span(), "`edges` needs at least two edges");
            }
            if let Some(i) = e.windows(2).position(|w| w[0].partial_cmp(&w[1]) != Some(std::cmp::Ordering::Less)) {
                return source.at(
                    edges.span(),
                    format!(
                        "`edges` must increase: edge {} ({}) is not above edge {} ({})",
                        i + 2,
                        e[i + 1],
                        i + 1,
                        e[i]
                    ),
                );
            }
            if e.iter().any(|x| !x.is_finite()) {
                return source.at(edges.span(), "`edges` must be finite numbers");
            }
            Axis::variable(axis_id, &unit, e.clone())
        } else if let Some(integer) = &doc.integer {
            let i = integer.get_ref();
            if i.lower >= i.upper {
                return source.at(integer.span(), "`integer` needs lower < upper");
            }
            Axis { unit: unit.clone(), ..Axis::integer(axis_id, i.lower, i.upper) }
        } else {
            let categories = doc.categories.as_ref().expect("one binning is present");
            if categories.is_empty() {
                return source.at(doc.id.span(), "`categories` needs at least one category");
            }
            for (i, c) in categories.iter().enumerate() {
                if !is_id(c.get_ref()) || categories[..i].iter().any(|o| o.get_ref() == c.get_ref()) {
                    return source.at(c.span(), format!("category `{}` is not an id or appears twice", c.get_ref()));
                }
            }
            let ids: Vec<&str> = categories.iter().map(|c| c.get_ref().as_str()).collect();
            Axis::category(axis_id, &ids)
        };
        if let Some(label) = &doc.label {
            axis = axis.with_label_key(label);
        }
        if doc.underflow.is_some() || doc.overflow.is_some() {
            if axis.is_category() {
                return source.at(doc.id.span(), "a category axis has no under- or overflow bins");
            }
            let (under, over) = axis.flow();
            axis = axis.with_flow(doc.underflow.unwrap_or(under), doc.overflow.unwrap_or(over));
        }
        let usage = match &doc.categories {
            Some(categories) => Use::Categories(categories),
            None => Use::Number,
        };
        axis_values.push(compiler.compile_value(&doc.value, &usage)?);
        axes.push(axis);
    }
    if axes.is_empty() {
        return source.at(0..0, "the file defines no `[[axis]]`");
    }
    let axis_index = |name: &Spanned<String>| -> Result<usize> {
        axes.iter().position(|a| a.id == *name.get_ref()).ok_or_else(|| {
            source.error(
                name.span().start,
                format!("unknown axis `{}`; axes: {}", name.get_ref(), known_list(axes.iter().map(|a| &a.id))),
            )
        })
    };

    // The data-driven background.
    let mut data_driven = None;
    let mut control_region = None;
    if let Some(dd) = &doc.data_driven {
        let Some(replaced) = processes.iter().position(|p| p.id == *dd.replaces.get_ref()) else {
            return source.at(
                dd.replaces.span(),
                format!(
                    "unknown process `{}`; processes: {}",
                    dd.replaces.get_ref(),
                    known_list(processes.iter().map(|p| &p.id))
                ),
            );
        };
        let pid = dd.process.get_ref();
        if !is_id(pid) || processes.iter().any(|p| p.id == *pid) || pid == super::DATA {
            return source.at(dd.process.span(), format!("`{pid}` must be a new process id"));
        }
        let mut process = Process::data_driven_background(pid);
        if let Some(colour) = &dd.colour {
            process.color = parse_colour(colour.get_ref()).ok_or_else(|| {
                source.error(colour.span().start, format!("`{}` is not a colour; expected `#rrggbb`", colour.get_ref()))
            })?;
        }
        if let Some(label) = &dd.label {
            process.label_key = label.clone();
        }
        if let Some(norm) = &dd.norm_uncertainty {
            norm_uncertainties.push((pid.clone(), norm_uncertainty(norm)?));
        }
        let normalise = |s: &str| s.split_whitespace().collect::<String>();
        let Some(instead_of) =
            doc.selection.cuts.iter().position(|c| normalise(c.get_ref()) == normalise(dd.instead_of.get_ref()))
        else {
            return source.at(
                dd.instead_of.span(),
                format!(
                    "`instead_of` must be one of the selection's cuts: {}",
                    known_list(doc.selection.cuts.iter().map(toml::Spanned::get_ref))
                ),
            );
        };
        let factor = *dd.transfer_factor.get_ref();
        if !(factor.is_finite() && factor > 0.0) {
            return source.at(dd.transfer_factor.span(), "`transfer_factor` must be a positive number");
        }
        let cut = compiler.compile_cut(&dd.control_region)?;
        control_region = Some(ControlRegion { instead_of, cut, transfer_factor: factor });
        data_driven = Some(DataDrivenBackground { process, replaces: processes[replaced].id.clone() });
    }

    // Default cuts and guided paths.
    let axis_cut = |doc: &CutDoc| -> Result<(String, Option<AxisCut>)> {
        let index = axis_index(&doc.axis)?;
        let axis = &axes[index];
        if let Some(keep) = &doc.keep {
            if !axis.is_category() {
                return source.at(keep.span(), format!("`keep` lists categories, but `{}` is a numeric axis", axis.id));
            }
            if doc.lower.is_some() || doc.upper.is_some() {
                return source.at(keep.span(), "give `keep` or `lower`/`upper`, not both");
            }
            for c in keep.get_ref() {
                if axis.category_index(c.get_ref()).is_none() {
                    return source.at(
                        c.span(),
                        format!(
                            "axis `{}` has no category `{}`; categories: {}",
                            axis.id,
                            c.get_ref(),
                            known_list(axis.categories().iter().map(|c| &c.id))
                        ),
                    );
                }
            }
            let ids: Vec<&str> = keep.get_ref().iter().map(|c| c.get_ref().as_str()).collect();
            return Ok((axis.id.clone(), Some(AxisCut::categories(&ids))));
        }
        if doc.lower.is_none() && doc.upper.is_none() {
            return Ok((axis.id.clone(), None));
        }
        if axis.is_category() {
            let span = doc.lower.as_ref().or(doc.upper.as_ref()).map(toml::Spanned::span).unwrap_or_default();
            return source.at(span, format!("`{}` is a category axis: cut it with `keep = [...]`", axis.id));
        }
        let edges = axis.edges();
        for end in [&doc.lower, &doc.upper].into_iter().flatten() {
            let value = *end.get_ref();
            if !edges.iter().any(|e| (e - value).abs() <= 1e-9 * (1.0 + value.abs())) {
                return source.at(
                    end.span(),
                    format!(
                        "{value} is not a bin edge of `{}`, so the cut could not be shown exactly; edges: {}",
                        axis.id,
                        edges.iter().map(std::string::ToString::to_string).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
        let (lower, upper) = (doc.lower.as_ref().map(|v| *v.get_ref()), doc.upper.as_ref().map(|v| *v.get_ref()));
        if let (Some(lo), Some(hi)) = (lower, upper) {
            if lo >= hi {
                return source.at(doc.axis.span(), format!("the cut's lower end {lo} is not below its upper end {hi}"));
            }
        }
        Ok((axis.id.clone(), Some(AxisCut::range(lower, upper))))
    };
    let mut default_cuts = Vec::new();
    for cut in &doc.default_cuts {
        let (axis, cut_value) = axis_cut(cut)?;
        let Some(cut_value) = cut_value else {
            return source.at(cut.axis.span(), "a default cut needs `lower`, `upper` or `keep`");
        };
        default_cuts.push(NamedCut { axis, cut: cut_value });
    }
    let mut guided_paths: Vec<GuidedPath> = Vec::new();
    for path in &doc.paths {
        let pid = path.id.get_ref();
        if !is_id(pid) || guided_paths.iter().any(|p| p.id == *pid) {
            return source.at(path.id.span(), format!("path id `{pid}` is not an id or appears twice"));
        }
        if path.steps.get_ref().is_empty() {
            return source.at(path.steps.span(), "a path needs at least one step");
        }
        let mut steps = Vec::new();
        for (i, step) in path.steps.get_ref().iter().enumerate() {
            let (axis, cut) = axis_cut(step)?;
            steps.push(GuidedStep { text_key: format!("path.{pid}.{}", i + 1), axis: Some(axis), cut });
        }
        guided_paths.push(GuidedPath { id: pid.clone(), title_key: format!("path.{pid}.title"), steps });
    }

    let fit_axis = match &header.fit_axis {
        Some(name) => Some(axes[axis_index(name)?].id.clone()),
        None => None,
    };
    let positive = |v: &Option<Spanned<f64>>, what: &str| -> Result<Option<f64>> {
        match v {
            Some(v) if !(v.get_ref().is_finite() && *v.get_ref() > 0.0) => {
                source.at(v.span(), format!("`{what}` must be a positive number"))
            }
            Some(v) => Ok(Some(*v.get_ref())),
            None => Ok(None),
        }
    };
    let sqrt_s_tev = positive(&header.sqrt_s_tev, "sqrt_s_tev")?;

    let data_kind = match header.data {
        DataDoc::Real => DataKind::Real,
        DataDoc::Pseudo => DataKind::PseudoData,
        DataDoc::None => DataKind::None,
    };
    let plan = Plan {
        collections: compiler.collections,
        pairings,
        pair_slots: compiler.pair_names.len(),
        cuts,
        control_region,
        axes: axis_values,
        truth_tag,
    };
    let relaxed_shapes = relaxed_shapes(&source, &doc.processes, &compiler.collection_names, &plan, &data_driven)?;
    let analysis = Analysis {
        id: id.clone(),
        description: header.description.clone(),
        skim: header.skim.clone(),
        title_key: header.title.clone().unwrap_or_else(|| format!("analysis.{id}.title")),
        default_data_kind: data_kind,
        sqrt_s_tev: sqrt_s_tev.unwrap_or(crate::build::SQRT_S_TEV),
        pseudo_data_seed: header.pseudo_data_seed,
        fit_axis,
        norm_uncertainties,
        axes,
        simulated_processes: processes,
        rules,
        data_driven,
        default_cuts,
        guided_paths,
        needs: compiler.needs,
        truth_tag_processes,
        plan,
        relaxed_shapes,
    };
    // Whatever the checks above missed, the manifest's own validation catches.
    for kind in [DataKind::Real, DataKind::PseudoData, DataKind::None] {
        let manifest = analysis.manifest(crate::build::DEFAULT_LUMINOSITY_FB, kind);
        if let Err(e) = manifest.validate() {
            return source.at(header.id.span(), e);
        }
    }
    Ok(analysis)
}

/// The lepton requirements a `relaxed_shape` may lift, as the `[[object]]` keys that set them.
const LIFTABLE: [&str; 3] = ["tight_id", "ptcone30_over_pt_below", "etcone20_over_pt_below"];

/// Compiles each process's `relaxed_shape`: the whole selection again, with some identification
/// and isolation requirements of one lepton collection lifted (and so of every collection
/// selected from it).
fn relaxed_shapes(
    source: &Source<'_>,
    processes: &[ProcessDoc],
    collection_names: &[String],
    plan: &Plan,
    data_driven: &Option<DataDrivenBackground>,
) -> Result<Vec<RelaxedShape>> {
    let mut out = Vec::new();
    for doc in processes {
        let Some(relaxed) = &doc.relaxed_shape else { continue };
        let pid = doc.id.get_ref();
        if !matches!(doc.role, RoleDoc::Background) {
            return source.at(relaxed.span(), "only a background can take its shape from a relaxed selection");
        }
        if data_driven.as_ref().is_some_and(|d| d.replaces == *pid) {
            return source.at(
                relaxed.span(),
                format!(
                    "`{pid}` is replaced by the data-driven background in cubes of real data; relax one or the other"
                ),
            );
        }
        let relaxed = relaxed.get_ref();
        let name = relaxed.objects.get_ref();
        let Some(index) = collection_names.iter().position(|n| n == name) else {
            return source.at(
                relaxed.objects.span(),
                format!("no objects are called `{name}`; defined: {}", known_list(collection_names)),
            );
        };
        let mut relaxed_plan = plan.clone();
        let collection = &mut relaxed_plan.collections[index];
        if collection.base != Base::Leptons {
            return source
                .at(relaxed.objects.span(), format!("`{name}` are jets; only lepton requirements can be lifted"));
        }
        if relaxed.lift.is_empty() {
            return source.at(relaxed.objects.span(), format!("`lift` names none of `{name}`'s requirements"));
        }
        let mut lifted = Vec::new();
        for key in &relaxed.lift {
            let was_set = match key.get_ref().as_str() {
                "tight_id" => std::mem::take(&mut collection.tight_id),
                "ptcone30_over_pt_below" => collection.ptcone30_over_pt_below.take().is_some(),
                "etcone20_over_pt_below" => collection.etcone20_over_pt_below.take().is_some(),
                other => {
                    return source.at(
                        key.span(),
                        format!("`{other}` cannot be lifted; expected one of {}", known_list(LIFTABLE.iter())),
                    )
                }
            };
            if !was_set {
                return source.at(key.span(), format!("`{name}` have no `{}` to lift", key.get_ref()));
            }
            lifted.push(key.get_ref().clone());
        }
        out.push(RelaxedShape { process: pid.clone(), collection: name.clone(), lifted, plan: relaxed_plan });
    }
    Ok(out)
}
