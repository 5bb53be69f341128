//! Importing the older Histogram Analyser's per-event CSV files (one row per event, a `type`
//! column saying which process it belongs to, a `weight` column, and one column per variable).
//!
//! A small TOML file maps the CSV onto a cube; see the crate docs for its format and
//! `configs/` for the two shipped examples. Each row becomes one fill of the cube; rows whose
//! values cannot be used stop the import with an error naming the file, line and column (or,
//! with `keep_going`, are skipped and counted).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context};
use histcube::{Axis, Cube, CubeBuilder, DataKind, InputRecord, Manifest, Process, Role};
use serde::Deserialize;

use crate::physics::delta_phi;

/// The mapping of a CSV file onto a cube, as read from TOML.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CsvConfig {
    /// The cube's analysis id.
    pub analysis: String,
    /// Centre-of-mass energy, TeV.
    pub sqrt_s_tev: f64,
    /// Luminosity the CSV's weights correspond to, fb⁻¹ (the weights are used as they are).
    pub luminosity_fb: f64,
    pub data_kind: ConfigDataKind,
    /// Column holding the process code; `type` unless given.
    #[serde(default = "default_type_column")]
    pub type_column: String,
    /// Column holding the event weight; every event weighs 1 when absent.
    #[serde(default)]
    pub weight_column: Option<String>,
    #[serde(rename = "process")]
    pub processes: Vec<ProcessMapping>,
    #[serde(rename = "axis")]
    pub axes: Vec<AxisMapping>,
}

fn default_type_column() -> String {
    "type".to_owned()
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ConfigDataKind {
    Real,
    Pseudo,
    None,
}

impl From<ConfigDataKind> for DataKind {
    fn from(k: ConfigDataKind) -> Self {
        match k {
            ConfigDataKind::Real => DataKind::Real,
            ConfigDataKind::Pseudo => DataKind::PseudoData,
            ConfigDataKind::None => DataKind::None,
        }
    }
}

/// One value of the type column and the process it stands for.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProcessMapping {
    pub code: i64,
    pub id: String,
    pub role: ConfigRole,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ConfigRole {
    Data,
    Signal,
    Background,
}

impl From<ConfigRole> for Role {
    fn from(r: ConfigRole) -> Self {
        match r {
            ConfigRole::Data => Role::Data,
            ConfigRole::Signal => Role::Signal,
            ConfigRole::Background => Role::Background,
        }
    }
}

/// One cube axis filled from one CSV column.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AxisMapping {
    pub id: String,
    pub column: String,
    #[serde(default)]
    pub unit: String,
    pub binning: Binning,
    /// Fold the value into [0, π] as |Δφ|: the older apps stored signed, unwrapped differences.
    #[serde(default)]
    pub fold_delta_phi: bool,
}

/// How an axis divides its values; the same kinds as [`histcube::AxisKind`].
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Binning {
    Regular { bins: u32, lower: f64, upper: f64 },
    Variable { edges: Vec<f64> },
    Integer { lower: i32, upper: i32 },
    Category { categories: Vec<CategoryCode> },
}

/// A category of a category axis and the CSV code that selects it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CategoryCode {
    pub code: i64,
    pub id: String,
}

impl CsvConfig {
    /// Reads and checks a TOML config; errors name the file.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read config {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("config {}", path.display()))
    }

    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let config: CsvConfig = toml::from_str(text)?;
        config.manifest()?;
        for (i, p) in config.processes.iter().enumerate() {
            if config.processes[..i].iter().any(|o| o.code == p.code) {
                bail!("type code {} is mapped twice", p.code);
            }
        }
        Ok(config)
    }

    /// The manifest of the cube this config makes (without inputs).
    pub fn manifest(&self) -> anyhow::Result<Manifest> {
        let mut m = Manifest::new(&self.analysis, self.sqrt_s_tev, self.luminosity_fb, self.data_kind.into());
        m.producer = format!("preprocess {}", env!("CARGO_PKG_VERSION"));
        m.axes = self.axes.iter().map(AxisMapping::axis).collect();
        // Several codes may feed one process (e.g. two Z samples): keep the first occurrence.
        for p in &self.processes {
            if m.process_index(&p.id).is_none() {
                m.processes.push(Process::new(&p.id, p.role.into()));
            }
        }
        m.validate().map_err(anyhow::Error::msg)?;
        Ok(m)
    }
}

impl AxisMapping {
    fn axis(&self) -> Axis {
        match &self.binning {
            Binning::Regular { bins, lower, upper } => Axis::regular(&self.id, &self.unit, *bins, *lower, *upper),
            Binning::Variable { edges } => Axis::variable(&self.id, &self.unit, edges.clone()),
            Binning::Integer { lower, upper } => Axis::integer(&self.id, *lower, *upper),
            Binning::Category { categories } => {
                let ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
                Axis::category(&self.id, &ids)
            }
        }
    }
}

/// The result of an import.
#[derive(Debug)]
pub struct ImportReport {
    pub cube: Cube,
    /// Data rows in the file (header excluded).
    pub rows_read: u64,
    pub rows_imported: u64,
    /// Rows skipped with `keep_going`, with the first few reasons.
    pub rows_skipped: u64,
    pub first_skip_reasons: Vec<String>,
    /// Imported rows per type code.
    pub rows_per_code: BTreeMap<i64, u64>,
}

/// How many skip reasons an import keeps for its report.
const KEPT_SKIP_REASONS: usize = 10;

/// Imports `csv_path` with `config`.
pub fn import(csv_path: &Path, config: &CsvConfig, keep_going: bool) -> anyhow::Result<ImportReport> {
    let file = csv_path.display().to_string();
    let mut manifest = config.manifest()?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(csv_path)
        .with_context(|| format!("cannot open {file}"))?;
    let headers = reader.headers().with_context(|| format!("{file}: cannot read the header line"))?.clone();
    let column = |name: &str| {
        headers.iter().position(|h| h == name).with_context(|| {
            format!("{file}: there is no column `{name}` (columns: {})", headers.iter().collect::<Vec<_>>().join(", "))
        })
    };
    let type_column = column(&config.type_column)?;
    let weight_column = config.weight_column.as_deref().map(column).transpose()?;
    let axis_columns: Vec<usize> = config.axes.iter().map(|a| column(&a.column)).collect::<Result<_, _>>()?;
    let process_of_code: BTreeMap<i64, u8> = config
        .processes
        .iter()
        .map(|p| (p.code, manifest.process_index(&p.id).expect("the manifest lists every mapped process") as u8))
        .collect();

    let axes = manifest.axes.clone();
    let mut builder = CubeBuilder::new(manifest.clone())?;
    let mut report = ImportReport {
        cube: CubeBuilder::new(manifest.clone())?.finish()?,
        rows_read: 0,
        rows_imported: 0,
        rows_skipped: 0,
        first_skip_reasons: Vec::new(),
        rows_per_code: BTreeMap::new(),
    };
    let mut bins = vec![0u16; axes.len()];
    let mut record = csv::StringRecord::new();
    loop {
        let line_of_error = reader.position().line() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => bail!("{file}, line {line_of_error}: {e}"),
        }
        report.rows_read += 1;
        let line = record.position().map_or(line_of_error, csv::Position::line);
        let row = RowContext { file: &file, line, headers: &headers, record: &record };
        let outcome = (|| -> Result<(u8, i64, f64), String> {
            let code = row.integer(type_column)?;
            let process = *process_of_code.get(&code).ok_or_else(|| {
                row.describe(type_column, &format!("type code {code} is not mapped to a process in the config"))
            })?;
            for (((bin, axis), mapping), &col) in bins.iter_mut().zip(&axes).zip(&config.axes).zip(&axis_columns) {
                *bin = row.bin(col, axis, mapping)?;
            }
            let weight = match weight_column {
                Some(col) => row.number(col)?,
                None => 1.0,
            };
            Ok((process, code, weight))
        })();
        match outcome {
            Ok((process, code, weight)) => {
                builder.fill(process, &bins, weight);
                report.rows_imported += 1;
                *report.rows_per_code.entry(code).or_default() += 1;
            }
            Err(message) if keep_going => {
                report.rows_skipped += 1;
                if report.first_skip_reasons.len() < KEPT_SKIP_REASONS {
                    report.first_skip_reasons.push(message);
                }
            }
            Err(message) => bail!(message),
        }
    }
    manifest.inputs = vec![InputRecord {
        name: crate::build::file_name(csv_path),
        events_read: report.rows_read,
        events_selected: report.rows_imported,
    }];
    *builder.manifest_mut() = manifest;
    report.cube = builder.finish()?;
    Ok(report)
}

/// One row being imported, for reading values with errors that say where.
struct RowContext<'a> {
    file: &'a str,
    line: u64,
    headers: &'a csv::StringRecord,
    record: &'a csv::StringRecord,
}

impl RowContext<'_> {
    fn describe(&self, col: usize, what: &str) -> String {
        format!("{}, line {}, column `{}`: {what}", self.file, self.line, &self.headers[col])
    }

    fn text(&self, col: usize) -> Result<&str, String> {
        self.record.get(col).ok_or_else(|| self.describe(col, "the row is too short"))
    }

    fn number(&self, col: usize) -> Result<f64, String> {
        let text = self.text(col)?;
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(v),
            _ => Err(self.describe(col, &format!("`{text}` is not a finite number"))),
        }
    }

    fn integer(&self, col: usize) -> Result<i64, String> {
        let text = self.text(col)?;
        // Codes are sometimes written as `2.0`.
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 => Ok(v as i64),
            _ => Err(self.describe(col, &format!("`{text}` is not an integer code"))),
        }
    }

    fn bin(&self, col: usize, axis: &Axis, mapping: &AxisMapping) -> Result<u16, String> {
        let value = match &mapping.binning {
            Binning::Category { categories } => {
                let code = self.integer(col)?;
                let index = categories.iter().position(|c| c.code == code).ok_or_else(|| {
                    self.describe(col, &format!("code {code} is not a category of axis `{}` in the config", mapping.id))
                })?;
                index as f64
            }
            _ => {
                let v = self.number(col)?;
                if mapping.fold_delta_phi {
                    delta_phi(v, 0.0)
                } else {
                    v
                }
            }
        };
        axis.index(value).map(|b| b as u16).ok_or_else(|| {
            self.describe(col, &format!("{value} lies outside axis `{}`, which has no flow bin there", mapping.id))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"
        analysis = "demo"
        sqrt_s_tev = 8.0
        luminosity_fb = 20.3
        data_kind = "real"
        weight_column = "weight"

        [[process]]
        code = 0
        id = "zz"
        role = "background"

        [[process]]
        code = 2
        id = "data"
        role = "data"

        [[axis]]
        id = "m4l"
        column = "mass"
        unit = "GeV"
        binning = { kind = "regular", bins = 4, lower = 80.0, upper = 160.0 }

        [[axis]]
        id = "channel"
        column = "ch"
        binning = { kind = "category", categories = [{ code = 0, id = "ee" }, { code = 1, id = "mumu" }] }

        [[axis]]
        id = "dphi"
        column = "dphi"
        binning = { kind = "regular", bins = 4, lower = 0.0, upper = 3.1415927 }
        fold_delta_phi = true
    "#;

    fn write_csv(dir: &Path, text: &str) -> std::path::PathBuf {
        let path = dir.join("events.csv");
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn rows_fill_the_mapped_processes_and_bins() {
        let config = CsvConfig::parse(CONFIG).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let csv = write_csv(dir.path(), "type,mass,ch,dphi,weight\n0,125,1,-3.0,0.5\n2,90,0,1.0,1\n0,300,0,4.0,0.25\n");
        let report = import(&csv, &config, false).unwrap();
        assert_eq!((report.rows_read, report.rows_imported, report.rows_skipped), (3, 3, 0));
        assert_eq!(report.rows_per_code, BTreeMap::from([(0, 2), (2, 1)]));
        let engine = histcube::Engine::new(report.cube.clone());
        let zz = report.cube.manifest().process_index("zz").unwrap();
        assert_eq!(engine.yields()[zz].sumw, 0.75);
        // |Δφ| of −3.0 is 3.0 (last bin); 4.0 folds to 2π − 4 = 2.28 (third bin).
        let dphi: Vec<u64> = engine.histogram(2, zz).iter().map(|b| b.count).collect();
        assert_eq!(dphi, [0, 0, 0, 1, 1, 0]);
        assert_eq!(report.cube.manifest().inputs[0].name, "events.csv");
        assert_eq!(report.cube.manifest().data_kind, DataKind::Real);
    }

    #[test]
    fn bad_rows_name_file_line_and_column() {
        let config = CsvConfig::parse(CONFIG).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let csv = write_csv(
            dir.path(),
            "type,mass,ch,dphi,weight\n0,125,1,0.1,0.5\n0,abc,1,0.1,0.5\n7,125,1,0.1,1\n0,125,5,0.1,1\n",
        );
        let error = import(&csv, &config, false).unwrap_err().to_string();
        assert!(error.contains("events.csv, line 3, column `mass`: `abc` is not a finite number"), "{error}");
        let report = import(&csv, &config, true).unwrap();
        assert_eq!((report.rows_read, report.rows_imported, report.rows_skipped), (4, 1, 3));
        assert!(
            report.first_skip_reasons[1].contains("line 4, column `type`: type code 7 is not mapped"),
            "{:?}",
            report.first_skip_reasons
        );
        assert!(report.first_skip_reasons[2].contains("line 5, column `ch`: code 5 is not a category"));
    }

    #[test]
    fn missing_columns_and_bad_configs_are_explained() {
        let config = CsvConfig::parse(CONFIG).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let csv = write_csv(dir.path(), "type,mass,weight\n0,125,1\n");
        let error = import(&csv, &config, false).unwrap_err().to_string();
        assert!(error.contains("no column `ch`") && error.contains("columns: type, mass, weight"), "{error}");
        let twice = CONFIG.replace("code = 2\n        id = \"data\"", "code = 0\n        id = \"data\"");
        assert!(CsvConfig::parse(&twice).unwrap_err().to_string().contains("type code 0 is mapped twice"));
        let typo = CONFIG.replace("unit = \"GeV\"", "units = \"GeV\"");
        assert!(CsvConfig::parse(&typo).is_err(), "unknown keys are refused");
    }
}
