//! Building a cube from ntuples: input discovery, parallel filling (one [`CubeBuilder`] per
//! file, absorbed in input order so the result does not depend on scheduling), provenance and
//! the per-process report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use histcube::events::{EventFile, EventRecord, Flavour, JetRecord, LeptonRecord, ProcessEvents};
use histcube::{Cube, CubeBuilder, DataKind, InputRecord};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::analysis::file::BTAG_WORKING_POINTS;
use crate::analysis::plan::{ExactTails, Outcome, Plan};
use crate::analysis::{Analysis, DATA};
use crate::event::{Event, ELECTRON};
use crate::pseudo_data;
use crate::root;

/// Centre-of-mass energy of the 2020 release, TeV.
pub const SQRT_S_TEV: f64 = 13.0;
/// Integrated luminosity of the 2015–2016 data in the 2020 release, fb⁻¹.
pub const DEFAULT_LUMINOSITY_FB: f64 = 10.064;

/// How to build a cube.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub luminosity_fb: f64,
    /// `None`: the analysis's default.
    pub data_kind: Option<DataKind>,
    /// Skip unreadable files instead of stopping at the first.
    pub keep_going: bool,
    /// Worker threads; `None`: one per core.
    pub jobs: Option<usize>,
    pub show_progress: bool,
    /// Seed of the Poisson draws of pseudo-data (same seed, same cube); `None`: the analysis
    /// file's `pseudo_data_seed`, else [`pseudo_data::DEFAULT_SEED`].
    pub pseudo_data_seed: Option<u64>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            luminosity_fb: DEFAULT_LUMINOSITY_FB,
            data_kind: None,
            keep_going: false,
            jobs: None,
            show_progress: false,
            pseudo_data_seed: None,
        }
    }
}

/// What one input file contributed.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    pub path: PathBuf,
    pub events_read: u64,
    /// Events passing the analysis's selection (the data-driven background's control-region
    /// events are counted apart).
    pub events_selected: u64,
    /// Recorded events filling the data-driven background from its control region.
    pub control_region_events: u64,
    /// Events that look like recorded data (channelNumber = runNumber) and simulation.
    pub data_events: u64,
    pub simulated_events: u64,
}

/// A file that was skipped with `--keep-going`, and why.
#[derive(Debug)]
pub struct SkippedFile {
    pub path: PathBuf,
    pub error: anyhow::Error,
}

/// Simulated events per process in the event records beside a cube: the first this many in input
/// order (a deterministic sample; recorded events, also those of a background estimated from
/// data, are all kept). 100 per process keeps an analysis's file well under 100 KB compressed.
pub const SIMULATED_EVENTS_PER_PROCESS: usize = 100;

/// The b-tagging working point of the event records' `b_tagged` (the one ttZ selects with).
const EVENT_RECORD_BTAG: &str = "77%";

/// The result of [`build`].
#[derive(Debug)]
pub struct BuildReport {
    pub cube: Cube,
    /// The event records to write beside the cube (`histcube::events`).
    pub events: EventFile,
    pub files: Vec<FileReport>,
    pub skipped: Vec<SkippedFile>,
    /// Simulated events whose DSID is not in the sample table (filled as `other`), by DSID.
    pub unknown_dsids: BTreeMap<i32, u64>,
    /// The processes whose shape came from a relaxed selection, in the analysis file's order.
    pub relaxed_shapes: Vec<RelaxedShapeReport>,
}

/// Expands command-line inputs: files as given, folders recursively (`*.root`, sorted), and
/// glob patterns (sorted). Errors name the input that matched nothing, and a file reached twice
/// (say through a folder and a glob), which would otherwise be counted twice.
pub fn expand_inputs(inputs: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let files = expand_inputs_allowing_repeats(inputs)?;
    let mut seen = std::collections::HashMap::new();
    for file in &files {
        let key = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        if let Some(first) = seen.insert(key, file) {
            bail!("{} is given twice (also as {}); its events would be counted twice", file.display(), first.display());
        }
    }
    Ok(files)
}

fn expand_inputs_allowing_repeats(inputs: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if path.is_dir() {
            let before = out.len();
            collect_root_files(path, &mut out).with_context(|| format!("cannot list folder {input}"))?;
            if out.len() == before {
                bail!("folder {input} contains no .root files");
            }
        } else if path.exists() {
            out.push(path.to_path_buf());
        } else if input.contains(['*', '?', '[']) {
            let mut matched: Vec<PathBuf> = glob::glob(input)
                .with_context(|| format!("bad glob pattern {input}"))?
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .collect();
            if matched.is_empty() {
                bail!("the pattern {input} matches no file");
            }
            matched.sort();
            out.append(&mut matched);
        } else {
            bail!("{input}: no such file or folder");
        }
    }
    Ok(out)
}

fn collect_root_files(folder: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(folder)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_root_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("root")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Everything one worker produces for one file.
struct FileResult {
    builder: CubeBuilder,
    /// Per process of the cube: the events selected, and those recorded (simulation: the first
    /// [`SIMULATED_EVENTS_PER_PROCESS`]).
    selected_per_process: Vec<u64>,
    records: Vec<EventRecord>,
    report: FileReport,
    unknown_dsids: BTreeMap<i32, u64>,
    /// Per process of the cube: the sums behind a relaxed-shape normalisation (zero elsewhere).
    relaxed: Vec<RelaxedSums>,
}

/// What a process with a relaxed shape collected: simulated events and Σw passing the full
/// selection (its normalisation) and the relaxed one (its shape).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RelaxedSums {
    pub full_events: u64,
    pub full_sumw: f64,
    pub full_sumw2: f64,
    pub relaxed_events: u64,
    pub relaxed_sumw: f64,
}

impl RelaxedSums {
    fn add(&mut self, other: &RelaxedSums) {
        self.full_events += other.full_events;
        self.full_sumw += other.full_sumw;
        self.full_sumw2 += other.full_sumw2;
        self.relaxed_events += other.relaxed_events;
        self.relaxed_sumw += other.relaxed_sumw;
    }

    /// The factor the relaxed selection's cells are scaled by: 0 when no event passes the full
    /// selection (the estimate is then zero, as the simulation says), 1 when none passes the
    /// relaxed one (nothing to scale).
    pub fn factor(&self) -> f64 {
        if self.relaxed_sumw > 0.0 {
            self.full_sumw / self.relaxed_sumw
        } else {
            1.0
        }
    }

    /// The factor's relative statistical uncertainty, which the cells' Σw² do not carry: √Σw² / Σw
    /// of the events passing the full selection (the relaxed selection holds them and many more,
    /// so theirs dominates).
    pub fn full_relative_uncertainty(&self) -> f64 {
        if self.full_sumw > 0.0 {
            self.full_sumw2.sqrt() / self.full_sumw
        } else {
            f64::INFINITY
        }
    }
}

/// How a process's shape was taken from a relaxed selection in a build.
#[derive(Clone, Debug, PartialEq)]
pub struct RelaxedShapeReport {
    pub process: String,
    pub sums: RelaxedSums,
}

/// Builds the cube of `analysis` from `files`.
pub fn build(analysis: &Analysis, files: &[PathBuf], options: &BuildOptions) -> anyhow::Result<BuildReport> {
    if files.is_empty() {
        bail!("no input files");
    }
    if !(options.luminosity_fb.is_finite() && options.luminosity_fb > 0.0) {
        bail!("the luminosity must be a positive number of fb⁻¹, not {}", options.luminosity_fb);
    }
    let data_kind = options.data_kind.unwrap_or_else(|| analysis.default_data_kind());
    let template = CubeBuilder::new(analysis.manifest(options.luminosity_fb, data_kind))?;

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;

    // Progress in bytes: known for every file up front without opening it twice.
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
    let progress = progress_bar(options.show_progress, sizes.iter().sum());

    let fill = |(path, &size): (&PathBuf, &u64)| {
        let result = fill_file(analysis, path, size, &template, options.luminosity_fb, data_kind, &progress);
        if result.is_err() {
            progress.inc(size);
        }
        result
    };
    let results: Vec<anyhow::Result<FileResult>> = if options.keep_going {
        pool.install(|| files.par_iter().zip(&sizes).map(fill).collect())
    } else {
        // Stops the other workers at the first failure instead of reading everything first.
        let all = pool.install(|| files.par_iter().zip(&sizes).map(fill).collect::<anyhow::Result<Vec<_>>>());
        if all.is_err() {
            progress.finish_and_clear();
        }
        all?.into_iter().map(Ok).collect()
    };
    progress.finish_and_clear();

    let mut builder = template.empty_like();
    let manifest = template.manifest();
    let mut selected_per_process = vec![0u64; manifest.processes.len()];
    let mut relaxed = vec![RelaxedSums::default(); manifest.processes.len()];
    let mut records: Vec<EventRecord> = Vec::new();
    let mut report = BuildReport {
        cube: template.empty_like().finish()?,
        events: EventFile {
            analysis_id: manifest.analysis_id.clone(),
            axes: manifest.axes.iter().map(|a| a.id.clone()).collect(),
            processes: Vec::new(),
            events: Vec::new(),
        },
        files: Vec::new(),
        skipped: Vec::new(),
        unknown_dsids: BTreeMap::new(),
        relaxed_shapes: Vec::new(),
    };
    // Input order, not completion order: floating-point sums are then reproducible.
    for (path, result) in files.iter().zip(results) {
        match result {
            Ok(file) => {
                builder.absorb(file.builder);
                for (total, n) in selected_per_process.iter_mut().zip(&file.selected_per_process) {
                    *total += n;
                }
                for (total, sums) in relaxed.iter_mut().zip(&file.relaxed) {
                    total.add(sums);
                }
                records.extend(file.records);
                for (dsid, n) in file.unknown_dsids {
                    *report.unknown_dsids.entry(dsid).or_default() += n;
                }
                report.files.push(file.report);
            }
            Err(error) if options.keep_going => report.skipped.push(SkippedFile { path: path.clone(), error }),
            Err(error) => return Err(error),
        }
    }
    if report.files.is_empty() {
        bail!("none of the {} input files could be read", files.len());
    }
    builder.manifest_mut().inputs = report
        .files
        .iter()
        .map(|f| InputRecord {
            name: file_name(&f.path),
            events_read: f.events_read,
            events_selected: f.events_selected,
        })
        .collect();
    report.events = event_file(report.events, &template, records, selected_per_process, data_kind);
    for shape in analysis.relaxed_shapes() {
        let Some(p) = manifest.process_index(&shape.process) else { continue };
        let sums = relaxed[p];
        builder.scale_process(p as u8, sums.factor());
        report.relaxed_shapes.push(RelaxedShapeReport { process: shape.process.clone(), sums });
    }
    let mut cube = builder.finish()?;
    if data_kind == DataKind::PseudoData {
        let seed = options.pseudo_data_seed.or(analysis.pseudo_data_seed()).unwrap_or(pseudo_data::DEFAULT_SEED);
        cube = pseudo_data::replace_data(&cube, seed)?;
    }
    report.cube = cube;
    Ok(report)
}

/// The event records of a build: each file's records in input order, simulation cut to the
/// first [`SIMULATED_EVENTS_PER_PROCESS`] per process, then sorted by process (data first), run
/// and event. Two simulated samples may number events alike; the second of a pair is left out.
/// Pseudo-data stands for no recorded collision, so its process has none.
fn event_file(
    mut file: EventFile,
    template: &CubeBuilder,
    records: Vec<EventRecord>,
    mut selected: Vec<u64>,
    data_kind: DataKind,
) -> EventFile {
    let processes = &template.manifest().processes;
    let sampled = |p: usize| processes[p].role != histcube::Role::Data && !processes[p].data_driven;
    if data_kind == DataKind::PseudoData {
        if let Some(data) = processes.iter().position(|p| p.id == DATA) {
            selected[data] = 0;
        }
    }
    let mut kept = vec![0usize; processes.len()];
    let mut seen = std::collections::BTreeSet::new();
    let mut events: Vec<EventRecord> = Vec::new();
    for record in records {
        let p = usize::from(record.process);
        if sampled(p) && kept[p] >= SIMULATED_EVENTS_PER_PROCESS {
            continue;
        }
        if seen.insert((record.process, record.run, record.event)) {
            kept[p] += 1;
            events.push(record);
        }
    }
    events.sort_by_key(|e| (e.process, e.run, e.event));
    file.processes = processes
        .iter()
        .zip(selected)
        .zip(&kept)
        .map(|((process, selected), &recorded)| ProcessEvents {
            id: process.id.clone(),
            // A duplicate number left out of a complete process leaves it a sample.
            selected: selected.max(recorded as u64),
            recorded: recorded as u64,
        })
        .collect();
    file.events = events;
    file
}

/// The record of one filled event: numbers in f32 (the ntuples' own precision).
/// `None` for an event without a number (its file has no `eventNumber`): it could not be named.
fn record(event: &Event, process: u8, bins: &[u16], values: &[f64], btag_above: f64) -> Option<EventRecord> {
    let number = event.event_number?;
    Some(EventRecord {
        run: event.run_number as u32,
        // The ntuples store the unsigned 32-bit event number in a signed branch (`eventNumber`
        // is an `Int_t`), so numbers above 2³¹ read as negative: their bits are the number.
        event: u64::from(number as u32),
        process,
        bins: bins.to_vec(),
        values: values.iter().map(|&v| v as f32).collect(),
        leptons: event
            .leptons
            .iter()
            .map(|l| LeptonRecord {
                flavour: if l.kind == ELECTRON { Flavour::Electron } else { Flavour::Muon },
                charge: if l.charge < 0 { -1 } else { 1 },
                pt: l.pt as f32,
                eta: l.eta as f32,
                phi: l.phi as f32,
                e: l.e as f32,
            })
            .take(histcube::events::MAX_OBJECTS)
            .collect(),
        jets: event
            .jets
            .iter()
            .map(|j| JetRecord {
                pt: j.pt as f32,
                eta: j.eta as f32,
                phi: j.phi as f32,
                e: j.e as f32,
                b_tagged: j.mv2c10 > btag_above,
            })
            .take(histcube::events::MAX_OBJECTS)
            .collect(),
        met: event.met as f32,
        met_phi: event.met_phi as f32,
    })
}

/// The file name without folders: cubes must not depend on where the inputs were.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn progress_bar(show: bool, total_bytes: u64) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  ETA {eta}")
            .expect("the progress template is valid"),
    );
    bar
}

/// Events between progress-bar updates: often enough to move smoothly, rare enough to cost nothing.
const PROGRESS_STRIDE: u64 = 4096;

fn fill_file(
    analysis: &Analysis,
    path: &Path,
    file_bytes: u64,
    template: &CubeBuilder,
    luminosity_fb: f64,
    data_kind: DataKind,
    progress: &ProgressBar,
) -> anyhow::Result<FileResult> {
    let mut builder = template.empty_like();
    let manifest = template.manifest();
    let axes = &manifest.axes;
    let data_index = manifest.process_index(DATA).map(|i| i as u8);
    // Only cubes of real data hold a data-driven background (`analysis::processes`).
    let data_driven =
        analysis.data_driven_background().and_then(|d| manifest.process_index(&d.process.id)).map(|i| i as u8);
    let mut scratch = analysis.scratch();
    let mut values = vec![0.0; axes.len()];
    // Per process of the cube: the relaxed selection that fills it, if it takes its shape from one.
    let relaxed_plans: Vec<Option<&Plan>> = manifest
        .processes
        .iter()
        .map(|p| analysis.relaxed_shapes().iter().find(|r| r.process == p.id).map(|r| &r.plan))
        .collect();
    let any_relaxed = relaxed_plans.iter().any(Option::is_some);
    let mut relaxed = vec![RelaxedSums::default(); manifest.processes.len()];
    // Whether a DSID's process takes its shape from a relaxed selection, decided before the
    // selection (the last DSID's answer kept, as for the process).
    let mut last_relaxed: Option<(i32, Option<u8>)> = None;
    let mut relaxed_process = |dsid: i32| -> Option<u8> {
        match last_relaxed {
            Some((last, process)) if last == dsid => process,
            _ => {
                let process = manifest
                    .process_index(analysis.process_for_dsid(dsid).0)
                    .map(|i| i as u8)
                    .filter(|&i| relaxed_plans[usize::from(i)].is_some());
                last_relaxed = Some((dsid, process));
                process
            }
        }
    };
    // A file holds one or a few DSIDs: the last one's process index saves a lookup by name per
    // event. (DSID, process index or None when the cube leaves the process out, process id).
    let mut last_dsid: Option<(i32, Option<u8>, &str, bool)> = None;
    let mut bins = vec![0u16; axes.len()];
    let mut report = FileReport {
        path: path.to_path_buf(),
        events_read: 0,
        events_selected: 0,
        control_region_events: 0,
        data_events: 0,
        simulated_events: 0,
    };
    let mut unknown_dsids = BTreeMap::new();
    let mut selected_per_process = vec![0u64; manifest.processes.len()];
    let mut records = Vec::new();
    let sampled: Vec<bool> =
        manifest.processes.iter().map(|p| p.role != histcube::Role::Data && !p.data_driven).collect();
    let btag_above =
        BTAG_WORKING_POINTS.iter().find(|(name, _)| *name == EVENT_RECORD_BTAG).map_or(f64::INFINITY, |(_, cut)| *cut);
    // The records also show what the selection does not read: every object, the MET, the number.
    let needs = root::Needs { event_record: true, ..analysis.needs() };
    let mut keep = |event: &Event, process: u8, bins: &[u16], values: &[f64]| {
        let p = usize::from(process);
        selected_per_process[p] += 1;
        // A file's records beyond the first N of a sampled process could never be kept.
        if !sampled[p] || selected_per_process[p] <= SIMULATED_EVENTS_PER_PROCESS as u64 {
            records.extend(record(event, process, bins, values, btag_above));
        }
    };
    let mut rejected_data = 0u64;
    // Simulated events of a process the cube leaves out (replaced by a data-driven estimate), by DSID.
    let mut replaced_simulation = BTreeMap::new();
    // The process of a selected simulated event; `None` when the cube leaves it out.
    let mut simulated_process = |dsid: i32| -> Option<u8> {
        let (index, id, known) = match last_dsid {
            Some((last, index, id, known)) if last == dsid => (index, id, known),
            _ => {
                let (id, known) = analysis.process_for_dsid(dsid);
                let index = manifest.process_index(id).map(|i| i as u8);
                last_dsid = Some((dsid, index, id, known));
                (index, id, known)
            }
        };
        if !known {
            *unknown_dsids.entry(dsid).or_insert(0u64) += 1;
        }
        if index.is_none() {
            *replaced_simulation.entry((dsid, id.to_owned())).or_insert(0u64) += 1;
        }
        index
    };
    let truth_tagged = analysis.truth_tagged();
    // Whether a DSID's process is b-tagged by probability (`truth_tag_processes`), decided before
    // the selection, which it changes; the last DSID's answer is kept, as for the process.
    let mut last_tagged: Option<(i32, bool)> = None;
    let mut tagged_by_probability = |dsid: i32| -> bool {
        match last_tagged {
            Some((last, tagged)) if last == dsid => tagged,
            _ => {
                let tagged = analysis.truth_tags_process(analysis.process_for_dsid(dsid).0);
                last_tagged = Some((dsid, tagged));
                tagged
            }
        }
    };
    let exact = analysis.truth_tag_exact().unwrap_or(ExactTails::AtLeast);
    let mut variants = Variants::default();
    let mut record_values = vec![0.0; axes.len()];

    let ntuple = root::Ntuple::open(path)?;
    // The bar advances by the file's bytes in proportion to the events read.
    let bytes_per_stride = file_bytes * PROGRESS_STRIDE / ntuple.entries().max(1);
    let mut since_last_tick = 0u64;
    let entries = ntuple
        .read_events(needs, |event| {
            since_last_tick += 1;
            if since_last_tick == PROGRESS_STRIDE {
                progress.inc(bytes_per_stride);
                since_last_tick = 0;
            }
            let is_data = event.is_data();
            if is_data {
                report.data_events += 1;
            } else {
                report.simulated_events += 1;
            }
            if any_relaxed && !is_data {
                let relaxed_here = relaxed_process(event.channel_number);
                if let Some((process, plan)) = relaxed_here.and_then(|p| Some((p, relaxed_plans[usize::from(p)]?))) {
                    // The full selection only counts towards the normalisation; the relaxed one
                    // fills. (Its jets are b-tagged by their MV2c10, whatever `truth_tag` says.)
                    let weight = event.weight(luminosity_fb);
                    let sums = &mut relaxed[usize::from(process)];
                    if analysis.evaluate(event, &mut scratch, &mut values) == Outcome::Selected {
                        sums.full_events += 1;
                        sums.full_sumw += weight;
                        sums.full_sumw2 += weight * weight;
                    }
                    if plan.evaluate(event, &mut scratch, &mut values) == Outcome::Selected {
                        sums.relaxed_events += 1;
                        sums.relaxed_sumw += weight;
                        if simulated_process(event.channel_number).is_some() {
                            fill(&mut builder, &mut bins, axes, &values, process, weight);
                            keep(event, process, &bins, &values);
                            report.events_selected += 1;
                        }
                    }
                    return;
                }
            }
            if !is_data && truth_tagged && tagged_by_probability(event.channel_number) {
                // b-tagging by probability: every b-tag multiplicity that passes is a variant,
                // weighted by its probability. Simulated events in the control region fill nothing.
                variants.clear();
                let mut as_simulated = false;
                analysis.evaluate_truth_tagged(event, &mut scratch, &mut values, |variant, values| {
                    if variant.outcome == Outcome::Selected {
                        variants.add(axes, values, variant.probability);
                        if variant.as_simulated {
                            as_simulated = true;
                            record_values.copy_from_slice(values);
                        }
                    }
                });
                if variants.is_empty() {
                    return;
                }
                let Some(process) = simulated_process(event.channel_number) else { return };
                let weight = event.weight(luminosity_fb);
                for (cell_bins, probability, share) in variants.cells(exact) {
                    builder.add_cell(process, cell_bins, weight * probability, weight * weight * share, 1);
                }
                // The records show the event as simulated (its jets' MV2c10 tags), so only when
                // that variant passes.
                if as_simulated {
                    bin_indices(&mut bins, axes, &record_values);
                    keep(event, process, &bins, &record_values);
                }
                report.events_selected += 1;
                return;
            }
            match analysis.evaluate(event, &mut scratch, &mut values) {
                Outcome::Rejected => return,
                Outcome::Selected => {}
                Outcome::ControlRegion(transfer_factor) => {
                    // A recorded event in the data-driven background's control region fills
                    // that background with its transfer factor; simulated ones fill nothing.
                    let Some(process) = data_driven.filter(|_| is_data) else { return };
                    fill(
                        &mut builder,
                        &mut bins,
                        axes,
                        &values,
                        process,
                        transfer_factor * event.weight(luminosity_fb),
                    );
                    keep(event, process, &bins, &values);
                    report.control_region_events += 1;
                    return;
                }
            }
            let process = if is_data {
                // Recorded data only goes into cubes declared as holding real data.
                match (data_kind, data_index) {
                    (DataKind::Real, Some(i)) => i,
                    _ => {
                        rejected_data += 1;
                        return;
                    }
                }
            } else {
                match simulated_process(event.channel_number) {
                    Some(i) => i,
                    None => return,
                }
            };
            fill(&mut builder, &mut bins, axes, &values, process, event.weight(luminosity_fb));
            keep(event, process, &bins, &values);
            report.events_selected += 1;
        })
        .map_err(anyhow::Error::new)?;
    let ticks = entries / PROGRESS_STRIDE;
    progress.inc(file_bytes.saturating_sub(ticks * bytes_per_stride));
    report.events_read = entries;

    if let Some(((dsid, id), _)) = replaced_simulation.first_key_value() {
        let events: u64 = replaced_simulation.values().sum();
        let replacement = analysis.data_driven_background().map_or_else(String::new, |d| d.process.id.clone());
        bail!(
            "{}: {events} selected simulated events (DSID {dsid}{}) belong to `{id}`, which {}'s cubes of real data \
             estimate from the data instead (`{replacement}`); filling them too would count that background twice. \
             Leave the file out, or build with --data-kind pseudo or none",
            path.display(),
            if replaced_simulation.len() > 1 { " and others" } else { "" },
            analysis.id(),
        );
    }
    if rejected_data > 0 {
        bail!(
            "{}: holds recorded data (channelNumber = runNumber) but the cube's data kind is {:?}; \
             pass --data-kind real to use recorded data, or leave data files out to get pseudo-data",
            path.display(),
            data_kind
        );
    }
    Ok(FileResult { builder, selected_per_process, records, report, unknown_dsids, relaxed })
}

/// Fills one event: its axis values become bin indices.
fn fill(
    builder: &mut CubeBuilder,
    bins: &mut [u16],
    axes: &[histcube::Axis],
    values: &[f64],
    process: u8,
    weight: f64,
) {
    bin_indices(bins, axes, values);
    builder.fill(process, bins, weight);
}

/// The cell of axis values (every axis of the analyses has an overflow bin, so an index always
/// exists).
fn bin_indices(bins: &mut [u16], axes: &[histcube::Axis], values: &[f64]) {
    for ((bin, axis), value) in bins.iter_mut().zip(axes).zip(values) {
        *bin = axis.index(*value).unwrap_or(axis.n_bins() - 1) as u16;
    }
}

/// The cells one simulated event fills under b-tagging by probability, with the summed
/// probability of the variants (b-tag counts) in each, in increasing tag count. Reused from event
/// to event.
///
/// Variants that land in the same cell — several counts in an axis's overflow bin, or an axis that
/// does not count b-jets — are one event there: their probabilities add before anything is
/// squared. Variants in different cells are still one event: a yield summed over tag counts
/// n ∈ S has the variance w² (Σ_S P)², not Σ_S (w P)², which would understate it (by up to a
/// half for tt̄, whose events split between one and two tags). Cells can only add their Σw², so
/// they are made exact for one family of ranges ([`ExactTails`]): with `AtLeast`, the cell of
/// counts i holds w² P_i (P_i + 2 T_{i+1}), T_k = Σ_{n≥k} P_n, so that every tail n ≥ k sums to
/// w² T_k² exactly (no cut included), and any other range [a, b] to w² (T_a² − T_{b+1}²), which is
/// at least the true w² (T_a − T_{b+1})². `AtMost` is the mirror image.
#[derive(Debug, Default)]
struct Variants {
    /// The cells' bins, one axis-count slice per cell.
    bins: Vec<u16>,
    probabilities: Vec<f64>,
    scratch: Vec<u16>,
    shares: Vec<f64>,
}

impl Variants {
    fn clear(&mut self) {
        self.bins.clear();
        self.probabilities.clear();
    }

    fn is_empty(&self) -> bool {
        self.probabilities.is_empty()
    }

    /// Adds the next variant, in increasing tag count. Only axes counting b-jets differ between
    /// variants, and their bins do not decrease with the count, so the cells come in the order of
    /// the counts and a variant sharing a cell usually shares the last one. A value below an axis
    /// without an underflow bin goes to its overflow bin (`bin_indices`), so every cell is
    /// searched: whatever the axes, one event is merged into one entry per cell.
    fn add(&mut self, axes: &[histcube::Axis], values: &[f64], probability: f64) {
        self.scratch.resize(axes.len(), 0);
        bin_indices(&mut self.scratch, axes, values);
        let n = self.scratch.len().max(1);
        match self.bins.chunks_exact(n).position(|cell| cell == self.scratch.as_slice()) {
            Some(i) => self.probabilities[i] += probability,
            None => {
                self.bins.extend_from_slice(&self.scratch);
                self.probabilities.push(probability);
            }
        }
    }

    /// (bins, summed probability, share of w² for Σw²) per cell, in increasing tag count.
    fn cells(&mut self, exact: ExactTails) -> impl Iterator<Item = (&[u16], f64, f64)> {
        let len = self.probabilities.len();
        self.shares.clear();
        self.shares.resize(len, 0.0);
        // Walking from the family's far end: `beyond` is the probability of the counts already
        // passed, T_{i+1} for `AtLeast`.
        let mut beyond = 0.0;
        for k in 0..len {
            let i = match exact {
                ExactTails::AtLeast => len - 1 - k,
                ExactTails::AtMost => k,
            };
            let p = self.probabilities[i];
            self.shares[i] = p * (p + 2.0 * beyond);
            beyond += p;
        }
        let n = self.scratch.len().max(1);
        self.bins
            .chunks_exact(n)
            .zip(self.probabilities.iter().copied())
            .zip(self.shares.iter().copied())
            .map(|((bins, p), share)| (bins, p, share))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_records_keep_all_recorded_events_and_sample_simulation() {
        let analysis = crate::analysis::by_id("hzz4l").unwrap();
        let template = CubeBuilder::new(analysis.manifest(DEFAULT_LUMINOSITY_FB, DataKind::Real)).unwrap();
        let m = template.manifest();
        let (data, zz, reducible) =
            (m.process_index("data").unwrap(), m.process_index("zz").unwrap(), m.process_index("reducible").unwrap());
        let record = |process: usize, run: u32, event: u64| EventRecord {
            run,
            event,
            process: process as u8,
            bins: vec![0; m.axes.len()],
            values: vec![0.0; m.axes.len()],
            leptons: Vec::new(),
            jets: Vec::new(),
            met: 0.0,
            met_phi: 0.0,
        };
        let n = SIMULATED_EVENTS_PER_PROCESS as u64 + 50;
        // Simulation first in input order, numbered downwards, with one number given twice.
        let mut records: Vec<EventRecord> = (0..n).map(|i| record(zz, 284500, 1000 - i)).collect();
        records.push(record(zz, 284500, 1000));
        records.extend((0..n).map(|i| record(data, 300000, i)));
        records.extend((0..n).map(|i| record(reducible, 300001, i)));
        let mut selected = vec![0; m.processes.len()];
        selected[data] = n;
        selected[zz] = n + 1;
        selected[reducible] = n;
        let empty =
            EventFile { analysis_id: "hzz4l".into(), axes: Vec::new(), processes: Vec::new(), events: Vec::new() };
        let empty = EventFile { axes: m.axes.iter().map(|a| a.id.clone()).collect(), ..empty };
        let file = event_file(empty, &template, records, selected, DataKind::Real);
        file.validate().unwrap();
        let count = |p: usize| file.events.iter().filter(|e| usize::from(e.process) == p).count() as u64;
        assert_eq!((count(data), count(reducible)), (n, n), "recorded collisions are all kept");
        assert_eq!(count(zz), SIMULATED_EVENTS_PER_PROCESS as u64);
        // The first ones in input order (the highest numbers), sorted by number; data first.
        let zz_events: Vec<u64> =
            file.events.iter().filter(|e| usize::from(e.process) == zz).map(|e| e.event).collect();
        assert_eq!(zz_events.first(), Some(&(1001 - SIMULATED_EVENTS_PER_PROCESS as u64)));
        assert_eq!(zz_events.last(), Some(&1000));
        assert_eq!(usize::from(file.events[0].process), data);
        assert!(!file.processes[zz].complete() && file.processes[data].complete());
    }

    #[test]
    fn variants_of_one_event_in_one_cell_are_one_event_there() {
        // nb ∈ {0, 1, ≥ 2}: two, three and four tags share the overflow cell, and a second axis
        // that does not depend on the tags is the same for every variant (bin 1: after the
        // underflow).
        let axes = [histcube::Axis::integer("nb", 0, 2), histcube::Axis::regular("x", "", 2, 0.0, 2.0)];
        let mut variants = Variants::default();
        for (tags, probability) in [(0.0, 0.5), (1.0, 0.3), (2.0, 0.1), (3.0, 0.06), (4.0, 0.04)] {
            variants.add(&axes, &[tags, 0.5], probability);
        }
        let cells: Vec<(Vec<u16>, f64, f64)> =
            variants.cells(ExactTails::AtLeast).map(|(b, p, s)| (b.to_vec(), p, s)).collect();
        assert_eq!(cells.len(), 3, "{cells:?}");
        let bins: Vec<&[u16]> = cells.iter().map(|c| c.0.as_slice()).collect();
        assert_eq!(bins, [&[0, 1][..], &[1, 1][..], &[2, 1][..]]);
        assert!((cells[2].1 - 0.2).abs() < 1e-12, "2, 3 and 4 tags merged: {cells:?}");
        // Filled as the build does, weight 3.
        let manifest = histcube::Manifest {
            axes: axes.to_vec(),
            processes: vec![histcube::Process::new("wz", histcube::Role::Background)],
            ..histcube::Manifest::new("t", 13.0, 10.0, DataKind::None)
        };
        let fill = |exact: ExactTails, variants: &mut Variants| {
            let mut builder = CubeBuilder::new(manifest.clone()).unwrap();
            let w = 3.0;
            for (bins, p, share) in variants.cells(exact) {
                builder.add_cell(0, bins, w * p, w * w * share, 1);
            }
            histcube::Engine::new(builder.finish().unwrap())
        };
        let close = |a: f64, b: f64| (a - b).abs() < 1e-5 * b.max(1.0);
        let sumw2 = |engine: &mut histcube::Engine, cut: histcube::AxisCut| {
            engine.set_cut(0, &cut).unwrap();
            engine.yields()[0].sumw2
        };
        let range = histcube::AxisCut::range;
        // `AtLeast`: exact for ≥ 0 (everything: the event's whole w²), ≥ 1 and ≥ 2, where squaring
        // each cell apart would give w² (0.3² + 0.2²) for ≥ 1 instead of w² 0.5².
        let mut at_least = fill(ExactTails::AtLeast, &mut variants);
        assert!(close(sumw2(&mut at_least, range(None, None)), 9.0));
        assert!(close(sumw2(&mut at_least, range(Some(1.0), None)), 9.0 * 0.25));
        assert!(close(sumw2(&mut at_least, range(Some(2.0), None)), 9.0 * 0.04));
        // Other ranges are overestimated, never under: exactly 0 tags is w² 0.5², stored w² (1 − 0.25).
        assert!(close(sumw2(&mut at_least, range(None, Some(1.0))), 9.0 * 0.75));
        assert!(close(sumw2(&mut at_least, range(Some(1.0), Some(2.0))), 9.0 * (0.25 - 0.04)));
        // `AtMost`: exact for a b-veto, ≤ 1 and everything.
        let mut at_most = fill(ExactTails::AtMost, &mut variants);
        assert!(close(sumw2(&mut at_most, range(None, Some(1.0))), 9.0 * 0.25));
        assert!(close(sumw2(&mut at_most, range(None, Some(2.0))), 9.0 * 0.64));
        assert!(close(sumw2(&mut at_most, range(None, None)), 9.0));
        assert!(close(sumw2(&mut at_most, range(Some(1.0), None)), 9.0 * (1.0 - 0.25)));
        let cube_cells = at_most.cube().cells();
        assert_eq!(cube_cells.count, [1, 1, 1], "one simulated event in each cell");
        variants.clear();
        assert!(variants.is_empty());
        // An axis starting at one b-jet, without underflow: no tag goes to its overflow bin with
        // two, and the two variants there are still one entry.
        let from_one = [histcube::Axis::integer("nb", 1, 2)];
        for (tags, probability) in [(0.0, 0.5), (1.0, 0.3), (2.0, 0.2)] {
            variants.add(&from_one, &[tags], probability);
        }
        let cells: Vec<(Vec<u16>, f64)> =
            variants.cells(ExactTails::AtLeast).map(|(b, p, _)| (b.to_vec(), p)).collect();
        assert_eq!(cells.len(), 2, "{cells:?}");
        assert!(cells[0].0 == [1] && (cells[0].1 - 0.7).abs() < 1e-12, "{cells:?}");
    }

    #[test]
    fn inputs_are_expanded_from_folders_and_globs_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        for name in ["b.root", "a.root", "notes.txt", "sub/c.ROOT"] {
            std::fs::write(dir.path().join(name), b"").unwrap();
        }
        let folder = expand_inputs(&[dir.path().display().to_string()]).unwrap();
        let names: Vec<String> = folder.iter().map(|p| file_name(p)).collect();
        assert_eq!(names, ["a.root", "b.root", "c.ROOT"]);
        let glob = expand_inputs(&[format!("{}/*.root", dir.path().display())]).unwrap();
        assert_eq!(glob.len(), 2);
        let missing = expand_inputs(&["/no/such/file.root".into()]).unwrap_err();
        assert!(missing.to_string().contains("/no/such/file.root"));
        let nothing = expand_inputs(&[format!("{}/*.none", dir.path().display())]).unwrap_err();
        assert!(nothing.to_string().contains("matches no file"));
        let twice = expand_inputs(&[dir.path().display().to_string(), dir.path().join("a.root").display().to_string()]);
        assert!(twice.unwrap_err().to_string().contains("a.root is given twice"));
    }
}
