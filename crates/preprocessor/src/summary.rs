//! Describing a cube for people (`summary`, the end of `build`) and for scripts (`summary --json`).

use std::fmt::Write as _;
use std::io::Write as _;

use histcube::{AxisKind, Cube, Engine, Role};
use serde::Serialize;

/// Size of an encoded cube, raw and gzip-compressed (what a web server would send).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Size {
    pub bytes: usize,
    pub gzip_bytes: usize,
}

/// Measures the encoded size of `encoded`, and its gzip size at the default level.
pub fn size(encoded: &[u8]) -> Size {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(encoded).expect("writing to memory cannot fail");
    let gzip_bytes = gz.finish().expect("writing to memory cannot fail").len();
    Size { bytes: encoded.len(), gzip_bytes }
}

#[derive(Serialize)]
pub struct AxisSummary {
    pub id: String,
    pub unit: String,
    /// `regular`, `variable`, `integer` or `category`.
    pub kind: &'static str,
    /// Bins including flow bins.
    pub bins: usize,
    /// In-range edges for numeric axes, category ids for category axes.
    pub edges: Vec<f64>,
    pub categories: Vec<String>,
}

#[derive(Serialize)]
pub struct ProcessSummary {
    pub id: String,
    pub role: Role,
    /// Σw over every cell.
    #[serde(rename = "yield")]
    pub yield_: f64,
    /// √Σw².
    pub error: f64,
    /// Raw number of events.
    pub events: u64,
    /// Estimated from recorded events of a control region (its raw events are recorded ones).
    pub data_driven: bool,
}

#[derive(Serialize)]
pub struct InputSummary {
    pub name: String,
    pub events_read: u64,
    pub events_selected: u64,
}

/// The fit the cube's analysis chose ([`histcube::FitSetup`]).
#[derive(Serialize)]
pub struct FitSummary {
    pub axis: String,
    /// Relative normalisation uncertainty per background, in every fit unless switched off.
    pub norm_uncertainties: Vec<(String, f64)>,
}

/// A guided path as `preprocess fit --path <id>` reproduces it.
#[derive(Serialize)]
pub struct PathSummary {
    pub id: String,
    /// Every cut the whole path applies, one per axis, as `--cut` writes them (`m4l=115:135`).
    pub cuts: Vec<String>,
    /// The axis its fit is made on: the analysis's fit axis.
    pub fit_axis: Option<String>,
    /// Each process's yield at the path's end, every cut applied: what the app shows after the
    /// last "show me", and where the simulation's statistical uncertainty matters most.
    pub processes_at_end: Vec<ProcessSummary>,
}

/// Everything `summary` shows.
#[derive(Serialize)]
pub struct Summary {
    pub analysis: String,
    pub producer: String,
    pub sqrt_s_tev: f64,
    pub luminosity_fb: f64,
    pub data_kind: histcube::DataKind,
    pub cells: usize,
    pub size: Size,
    pub axes: Vec<AxisSummary>,
    pub processes: Vec<ProcessSummary>,
    pub fit: Option<FitSummary>,
    pub guided_paths: Vec<PathSummary>,
    pub inputs: Vec<InputSummary>,
}

impl Summary {
    pub fn new(cube: &Cube, size: Size) -> Self {
        let m = cube.manifest();
        let axes = m
            .axes
            .iter()
            .map(|a| AxisSummary {
                id: a.id.clone(),
                unit: a.unit.clone(),
                kind: match a.kind {
                    AxisKind::Regular { .. } => "regular",
                    AxisKind::Variable { .. } => "variable",
                    AxisKind::Integer { .. } => "integer",
                    AxisKind::Category { .. } => "category",
                },
                bins: a.n_bins(),
                edges: if a.is_category() { Vec::new() } else { a.edges() },
                categories: a.categories().iter().map(|c| c.id.clone()).collect(),
            })
            .collect();
        let engine = Engine::new(cube.clone());
        let process_table = |engine: &Engine| -> Vec<ProcessSummary> {
            m.processes
                .iter()
                .zip(engine.yields())
                .map(|(p, y)| ProcessSummary {
                    id: p.id.clone(),
                    role: p.role,
                    yield_: y.sumw,
                    error: y.error(),
                    events: y.count,
                    data_driven: p.data_driven,
                })
                .collect()
        };
        let processes = process_table(&engine);
        let inputs = m
            .inputs
            .iter()
            .map(|i| InputSummary {
                name: i.name.clone(),
                events_read: i.events_read,
                events_selected: i.events_selected,
            })
            .collect();
        Self {
            analysis: m.analysis_id.clone(),
            producer: m.producer.clone(),
            sqrt_s_tev: m.sqrt_s_tev,
            luminosity_fb: m.luminosity_fb,
            data_kind: m.data_kind,
            cells: cube.n_cells(),
            size,
            axes,
            processes,
            fit: m.fit.as_ref().map(|fit| FitSummary {
                axis: fit.axis.clone(),
                norm_uncertainties: fit.norm_uncertainties.iter().map(|n| (n.process.clone(), n.relative)).collect(),
            }),
            guided_paths: m
                .guided_paths
                .iter()
                .map(|path| {
                    let mut at_end = Engine::new(cube.clone());
                    for cut in path.cuts() {
                        // The manifest was validated on decoding: its cuts name axes and fit them.
                        if let Some(axis) = m.axis_index(&cut.axis) {
                            let _ = at_end.set_cut(axis, &cut.cut);
                        }
                    }
                    PathSummary {
                        id: path.id.clone(),
                        cuts: path.cuts().iter().map(ToString::to_string).collect(),
                        fit_axis: m.fit.as_ref().map(|fit| fit.axis.clone()),
                        processes_at_end: process_table(&at_end),
                    }
                })
                .collect(),
            inputs,
        }
    }

    /// The per-process table alone (used at the end of `build`).
    pub fn process_table(&self) -> String {
        table(&self.processes)
    }

    /// The full human-readable description.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "analysis   {}", self.analysis);
        let _ = writeln!(out, "producer   {}", self.producer);
        let _ = writeln!(out, "√s         {} TeV, luminosity {} fb⁻¹", self.sqrt_s_tev, self.luminosity_fb);
        let data = match self.data_kind {
            histcube::DataKind::Real => "real (recorded by ATLAS)",
            histcube::DataKind::PseudoData => "pseudo-data (simulated)",
            histcube::DataKind::None => "none",
        };
        let _ = writeln!(out, "data       {data}");
        let _ =
            writeln!(out, "size       {} bytes ({} gzip), {} cells", self.size.bytes, self.size.gzip_bytes, self.cells);
        let _ = writeln!(out, "\naxes");
        for a in &self.axes {
            let range = if a.categories.is_empty() {
                format!("[{}, {}]", a.edges.first().copied().unwrap_or(0.0), a.edges.last().copied().unwrap_or(0.0))
            } else {
                a.categories.join(" ")
            };
            let unit = if a.unit.is_empty() { String::new() } else { format!(" {}", a.unit) };
            let _ = writeln!(out, "  {:<14} {:<9} {:>4} bins  {range}{unit}", a.id, a.kind, a.bins);
        }
        let _ = writeln!(out, "\nprocesses (no cuts)");
        for line in self.process_table().lines() {
            let _ = writeln!(out, "  {line}");
        }
        if let Some(fit) = &self.fit {
            let norms: Vec<String> =
                fit.norm_uncertainties.iter().map(|(p, x)| format!("{p} ±{:.0} %", 100.0 * x)).collect();
            let norms = if norms.is_empty() { String::new() } else { format!(", normalisation {}", norms.join(", ")) };
            let _ = writeln!(out, "\nfit        μ on {}{norms}", fit.axis);
        }
        if !self.guided_paths.is_empty() {
            let _ = writeln!(out, "\nguided paths (reproduce one with `preprocess fit --path <id> <cube>`)");
            for path in &self.guided_paths {
                let _ = writeln!(out, "  {:<14} {}", path.id, path.cuts.join("  "));
            }
            for path in &self.guided_paths {
                let _ = writeln!(out, "\nat the end of path {} (every cut applied)", path.id);
                for line in table(&path.processes_at_end).lines() {
                    let _ = writeln!(out, "  {line}");
                }
            }
        }
        let _ = writeln!(out, "\ninputs ({})", self.inputs.len());
        for i in &self.inputs {
            let _ = writeln!(out, "  {:<40} {:>10} read {:>10} selected", i.name, i.events_read, i.events_selected);
        }
        out
    }
}

/// Processes as rows: events (simulated or recorded), the yield with the simulation's statistical
/// uncertainty √Σw², and that uncertainty relative to the yield.
fn table(processes: &[ProcessSummary]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:<12} {:<10} {:>10} {:>24} {:>8}", "process", "role", "events", "yield ± √Σw²", "√Σw²/Σw");
    for p in processes {
        let role = format!("{:?}", p.role).to_lowercase();
        let source = if p.data_driven { "  estimated from data" } else { "" };
        let relative = if p.yield_ > 0.0 { format!("{:.1} %", 100.0 * p.error / p.yield_) } else { "–".to_owned() };
        let _ = writeln!(
            out,
            "{:<12} {:<10} {:>10} {:>24} {:>8}{source}",
            p.id,
            role,
            p.events,
            format!("{:.4} ± {:.4}", p.yield_, p.error),
            relative
        );
    }
    out
}
