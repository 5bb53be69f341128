//! Event records: the real collisions behind a cube's bins, for the event display.
//!
//! A cube only counts events; the preprocessor also writes a small file beside it
//! (`<analysis>.events`) with, for every selected recorded event and a bounded sample of each
//! simulated process, what a display needs: the run and event numbers, the process, the event's
//! bin and value on every axis of the cube (so a reader can tell which events a bin holds under
//! any cuts, [`EventFile::in_bin`]) and its objects — leptons, jets, the missing transverse
//! momentum. It is a file of its own so cubes stay small and an analysis may have none.
//!
//! ```text
//! offset  size  field
//! 0       8     magic  b"HCEVENTS"
//! 8       2     format version, u16 little-endian (EVENTS_FORMAT_VERSION)
//! 10      2     reserved, zero
//! 12      8     payload length in bytes, u64 little-endian
//! 20      4     CRC-32 (IEEE) of the payload, u32 little-endian
//! 24      …     payload: an [`EventFile`] in bincode 2 (standard config) through serde
//! ```
//!
//! The header is the cube's ([`crate::format`]) with its own magic, and decoding keeps the same
//! discipline: magic, version, length, checksum, then bincode within a limit and a list budget
//! sized to the payload ([`crate::budget`]: every list is charged before it is allocated), then
//! [`EventFile::validate`]. Each failure is an [`EventsError`]; no input makes the decoder panic
//! (`tests/events_format.rs` feeds it random and mutated bytes). [`EventFile::check_against`]
//! then refuses records that do not belong to the cube they are shown with.

use serde::{Deserialize, Serialize};

use crate::manifest::Manifest;
use crate::CubeError;

pub const EVENTS_MAGIC: &[u8; 8] = b"HCEVENTS";
/// Bumped whenever the payload's layout changes; readers refuse other versions.
pub const EVENTS_FORMAT_VERSION: u16 = 1;
/// The largest events file read: 8 MiB, eighty times the 100 KB an analysis's file may ship.
pub const MAX_EVENTS_FILE_BYTES: usize = 8 << 20;
/// What bincode may read (text and numbers, counted in memory) for any events file.
const DECODE_LIMIT: usize = 32 << 20;
/// Leptons or jets per recorded event: the ntuples of the 2020 release keep far fewer.
pub const MAX_OBJECTS: usize = 64;

/// A lepton's flavour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flavour {
    Electron,
    Muon,
}

/// One reconstructed lepton, in GeV and radians.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeptonRecord {
    pub flavour: Flavour,
    /// ±1.
    pub charge: i8,
    pub pt: f32,
    pub eta: f32,
    pub phi: f32,
    /// Energy, so the display's masses are the preprocessor's.
    pub e: f32,
}

/// One reconstructed jet, in GeV and radians.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct JetRecord {
    pub pt: f32,
    pub eta: f32,
    pub phi: f32,
    pub e: f32,
    /// Tagged as coming from a b quark at the release's 77 % working point.
    pub b_tagged: bool,
}

/// One recorded or simulated collision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub run: u32,
    pub event: u64,
    /// Index into the cube's processes.
    pub process: u8,
    /// The bin of each axis of the cube, in axis order: the bins the cube counts it in.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub bins: Vec<u16>,
    /// The value of each axis, in its unit (a category axis: the category's index).
    #[serde(deserialize_with = "crate::budget::vec")]
    pub values: Vec<f32>,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub leptons: Vec<LeptonRecord>,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub jets: Vec<JetRecord>,
    /// Missing transverse momentum, GeV, and its azimuth.
    pub met: f32,
    pub met_phi: f32,
}

impl EventRecord {
    /// `<run>:<event>`, the name an address gives an event by.
    pub fn id(&self) -> String {
        format!("{}:{}", self.run, self.event)
    }
}

/// How many of one process's selected events the file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcessEvents {
    /// The cube's process id.
    pub id: String,
    /// Events the cube's selection kept for this process.
    pub selected: u64,
    /// Events of it in this file: all of them for recorded data, a sample for simulation.
    pub recorded: u64,
}

impl ProcessEvents {
    /// Whether every selected event of the process is in the file.
    pub fn complete(&self) -> bool {
        self.recorded == self.selected
    }
}

/// The contents of an events file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventFile {
    /// The cube's `analysis_id`.
    pub analysis_id: String,
    /// The cube's axis ids, in order.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub axes: Vec<String>,
    /// One entry per process of the cube, in the cube's order.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub processes: Vec<ProcessEvents>,
    /// Recorded data first, then each process in the cube's order; by run and event within one.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub events: Vec<EventRecord>,
}

/// Why bytes could not be read as an events file, or do not belong to a cube.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EventsError {
    #[error("not an events file (the first bytes are not the HCEVENTS signature)")]
    NotAnEventsFile,
    #[error("events format version {found} is not supported; this program reads version {supported}")]
    UnsupportedVersion { found: u16, supported: u16 },
    #[error("the events file is truncated: {found} bytes of the expected {expected}")]
    Truncated { expected: u64, found: u64 },
    #[error("the events file has {found} bytes, more than the {expected} its header announces")]
    TrailingBytes { expected: u64, found: u64 },
    #[error("the events file is corrupt: its checksum does not match its contents")]
    ChecksumMismatch,
    #[error("the events file is too large to open: {found} bytes, more than the {limit} allowed")]
    TooLarge { found: u64, limit: u64 },
    #[error("the events file is damaged or was not written by this program: {0}")]
    Malformed(String),
    #[error("the events file is inconsistent: {0}")]
    Invalid(String),
    #[error("the events file does not belong to this cube: {0}")]
    WrongCube(String),
}

/// Serialises an events file with header and checksum. It is validated first, so a writer
/// cannot produce a file its readers refuse.
pub fn encode_events(file: &EventFile) -> Result<Vec<u8>, EventsError> {
    file.validate()?;
    let payload = bincode::serde::encode_to_vec(file, bincode::config::standard())
        .expect("encoding plain data structures into memory cannot fail");
    Ok(crate::format::frame_as(EVENTS_MAGIC, EVENTS_FORMAT_VERSION, &payload))
}

/// Parses and validates an events file.
pub fn decode_events(bytes: &[u8]) -> Result<EventFile, EventsError> {
    if bytes.len() > MAX_EVENTS_FILE_BYTES {
        return Err(EventsError::TooLarge { found: bytes.len() as u64, limit: MAX_EVENTS_FILE_BYTES as u64 });
    }
    let (version, payload) = crate::format::unframe_as(EVENTS_MAGIC, bytes).map_err(|e| match e {
        CubeError::NotACube => EventsError::NotAnEventsFile,
        CubeError::Truncated { expected, found } => EventsError::Truncated { expected, found },
        CubeError::TrailingBytes { expected, found } => EventsError::TrailingBytes { expected, found },
        CubeError::ChecksumMismatch => EventsError::ChecksumMismatch,
        other => EventsError::Malformed(other.to_string()),
    })?;
    if version != EVENTS_FORMAT_VERSION {
        return Err(EventsError::UnsupportedVersion { found: version, supported: EVENTS_FORMAT_VERSION });
    }
    let config = bincode::config::standard().with_limit::<DECODE_LIMIT>();
    let decoded = crate::budget::with_budget(crate::budget::decode_budget(payload.len()), || {
        bincode::serde::decode_from_slice::<EventFile, _>(payload, config)
    });
    let (file, read) = decoded.map_err(|e| EventsError::Malformed(crate::format::describe(&e)))?;
    if read != payload.len() {
        return Err(EventsError::Malformed(format!("{} bytes after its last event", payload.len() - read)));
    }
    file.validate()?;
    Ok(file)
}

impl EventFile {
    /// Checks the file on its own: every event has one bin and value per axis, a process the
    /// file lists, finite numbers and a charge of ±1; each process's count is its events'.
    pub fn validate(&self) -> Result<(), EventsError> {
        let invalid = |what: String| Err(EventsError::Invalid(what));
        if self.axes.len() > crate::MAX_AXES {
            return invalid(format!("{} axes, more than the {} a cube has at most", self.axes.len(), crate::MAX_AXES));
        }
        if self.processes.len() > crate::MAX_PROCESSES {
            return invalid(format!("{} processes, more than {}", self.processes.len(), crate::MAX_PROCESSES));
        }
        let mut counts = vec![0u64; self.processes.len()];
        let mut last: Option<(u8, u32, u64)> = None;
        for event in &self.events {
            let name = event.id();
            let Some(count) = counts.get_mut(usize::from(event.process)) else {
                return invalid(format!("event {name} is of process {}, which the file does not list", event.process));
            };
            *count += 1;
            if event.bins.len() != self.axes.len() || event.values.len() != self.axes.len() {
                return invalid(format!(
                    "event {name} has {} bins and {} values for {} axes",
                    event.bins.len(),
                    event.values.len(),
                    self.axes.len()
                ));
            }
            if event.leptons.len() > MAX_OBJECTS || event.jets.len() > MAX_OBJECTS {
                return invalid(format!("event {name} has more than {MAX_OBJECTS} leptons or jets"));
            }
            let finite = event.values.iter().chain([&event.met, &event.met_phi]).all(|v| v.is_finite())
                && event.leptons.iter().all(|l| [l.pt, l.eta, l.phi, l.e].iter().all(|v| v.is_finite()))
                && event.jets.iter().all(|j| [j.pt, j.eta, j.phi, j.e].iter().all(|v| v.is_finite()));
            if !finite {
                return invalid(format!("event {name} holds a number that is not finite"));
            }
            if event.leptons.iter().any(|l| !matches!(l.charge, -1 | 1)) {
                return invalid(format!("event {name} has a lepton whose charge is not ±1"));
            }
            let key = (event.process, event.run, event.event);
            if last.is_some_and(|last| last >= key) {
                return invalid(format!("event {name} is out of order or given twice"));
            }
            last = Some(key);
        }
        for (process, count) in self.processes.iter().zip(counts) {
            if process.recorded != count || process.recorded > process.selected {
                return invalid(format!(
                    "process `{}` declares {} events of {} selected but the file holds {count}",
                    process.id, process.recorded, process.selected
                ));
            }
        }
        Ok(())
    }

    /// Checks that the file describes `manifest`'s cube: same analysis, axes and processes, and
    /// every bin within its axis.
    pub fn check_against(&self, manifest: &Manifest) -> Result<(), EventsError> {
        let wrong = |what: String| Err(EventsError::WrongCube(what));
        if self.analysis_id != manifest.analysis_id {
            return wrong(format!("it is for `{}`, the cube is `{}`", self.analysis_id, manifest.analysis_id));
        }
        if !self.axes.iter().eq(manifest.axes.iter().map(|a| &a.id)) {
            return wrong(format!("its axes are {}", self.axes.join(", ")));
        }
        if !self.processes.iter().map(|p| &p.id).eq(manifest.processes.iter().map(|p| &p.id)) {
            return wrong("its processes are not the cube's".to_owned());
        }
        for event in &self.events {
            if let Some((axis, _)) =
                manifest.axes.iter().zip(&event.bins).find(|(axis, &bin)| usize::from(bin) >= axis.n_bins())
            {
                return wrong(format!("event {} lies outside the bins of `{}`", event.id(), axis.id));
            }
        }
        Ok(())
    }

    /// The events that bin `bin` of axis `axis` counts when each axis keeps the bins its mask
    /// allows (`masks[a][b]`, the engine's [`crate::Engine::cut_mask`]): in that bin, and within
    /// the cuts of every *other* axis, as the engine's histogram of `axis` ignores its own cut.
    /// Indices into [`EventFile::events`], in the file's order (data first).
    pub fn in_bin(&self, axis: usize, bin: usize, masks: &[&[bool]]) -> Vec<usize> {
        self.events
            .iter()
            .enumerate()
            .filter(|(_, event)| {
                event.bins.get(axis).is_some_and(|&b| usize::from(b) == bin) && within_other_cuts(event, axis, masks)
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// How many events each of `n_bins` bins of `axis` counts under `masks`, as [`in_bin`]
    /// selects them, in one pass over the events (a bin chooser that follows every drag).
    ///
    /// [`in_bin`]: EventFile::in_bin
    pub fn counts_by_bin(&self, axis: usize, n_bins: usize, masks: &[&[bool]]) -> Vec<usize> {
        let mut counts = vec![0usize; n_bins];
        for event in self.events.iter().filter(|event| within_other_cuts(event, axis, masks)) {
            if let Some(count) = event.bins.get(axis).and_then(|&b| counts.get_mut(usize::from(b))) {
                *count += 1;
            }
        }
        counts
    }

    /// The index of event `run:event`, if the file holds it.
    pub fn find(&self, run: u32, event: u64) -> Option<usize> {
        self.events.iter().position(|e| e.run == run && e.event == event)
    }
}

/// Whether `event` lies within the cuts of every axis but `axis` (an axis without a mask keeps
/// everything).
fn within_other_cuts(event: &EventRecord, axis: usize, masks: &[&[bool]]) -> bool {
    event
        .bins
        .iter()
        .enumerate()
        .all(|(a, &b)| a == axis || masks.get(a).is_none_or(|mask| mask.get(usize::from(b)).copied().unwrap_or(false)))
}

/// Parses `<run>:<event>` (both decimal), the form an address names an event by.
pub fn parse_event_id(text: &str) -> Option<(u32, u64)> {
    let (run, event) = text.trim().split_once(':')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(run) || !digits(event) {
        return None;
    }
    Some((run.parse().ok()?, event.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> EventFile {
        let lepton = |flavour, charge, pt| LeptonRecord { flavour, charge, pt, eta: 0.5, phi: 1.0, e: pt * 1.2 };
        let event = |process, run, number, bins: [u16; 2]| EventRecord {
            run,
            event: number,
            process,
            bins: bins.to_vec(),
            values: vec![f32::from(bins[0]) * 10.0, f32::from(bins[1])],
            leptons: vec![lepton(Flavour::Muon, 1, 40.0), lepton(Flavour::Electron, -1, 20.0)],
            jets: vec![JetRecord { pt: 30.0, eta: -1.0, phi: 2.0, e: 50.0, b_tagged: true }],
            met: 12.0,
            met_phi: -0.5,
        };
        EventFile {
            analysis_id: "demo".into(),
            axes: vec!["m".into(), "channel".into()],
            processes: vec![
                ProcessEvents { id: "data".into(), selected: 2, recorded: 2 },
                ProcessEvents { id: "sig".into(), selected: 10, recorded: 1 },
            ],
            events: vec![event(0, 300, 5, [3, 0]), event(0, 301, 1, [3, 1]), event(1, 284500, 9, [2, 0])],
        }
    }

    #[test]
    fn a_file_round_trips() {
        let file = sample();
        assert_eq!(decode_events(&encode_events(&file).unwrap()), Ok(file));
    }

    #[test]
    fn a_bin_holds_the_events_within_the_other_axes_cuts() {
        let file = sample();
        let all_m = [true; 5];
        let all_channels = [true, true];
        assert_eq!(file.in_bin(0, 3, &[&all_m, &all_channels]), [0, 1]);
        // A cut on the channel removes the second event; a cut on m itself does not matter.
        let first_channel = [true, false];
        let no_m = [false; 5];
        assert_eq!(file.in_bin(0, 3, &[&no_m, &first_channel]), [0]);
        assert_eq!(file.in_bin(1, 0, &[&no_m, &all_channels]), Vec::<usize>::new());
        let only_m: [&[bool]; 1] = [&all_m];
        assert_eq!(file.in_bin(1, 0, &only_m), [0, 2]);
        // Counted per bin in one pass, exactly as in_bin selects them.
        assert_eq!(file.counts_by_bin(0, 5, &[&no_m, &first_channel]), [0, 0, 1, 1, 0]);
        assert_eq!(file.counts_by_bin(1, 2, &only_m), [2, 1]);
        assert_eq!(file.find(284500, 9), Some(2));
        assert_eq!(file.find(284500, 8), None);
    }

    #[test]
    fn inconsistent_files_are_refused_by_the_writer_and_the_reader() {
        let mut file = sample();
        file.processes[1].recorded = 2;
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(m)) if m.contains("`sig`")));
        let mut file = sample();
        file.events[0].leptons[0].charge = 0;
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(m)) if m.contains("300:5")));
        // i8::MIN has no absolute value in i8: the check must not negate it.
        let mut file = sample();
        file.events[0].leptons[0].charge = i8::MIN;
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(m)) if m.contains("not ±1")));
        let mut file = sample();
        file.events.swap(0, 1);
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(m)) if m.contains("out of order")));
        let mut file = sample();
        file.events[2].values.pop();
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(_))));
        let mut file = sample();
        file.events[1].met = f32::NAN;
        assert!(matches!(encode_events(&file), Err(EventsError::Invalid(m)) if m.contains("not finite")));
    }

    #[test]
    fn event_ids_parse_strictly() {
        assert_eq!(parse_event_id("298773:1234"), Some((298773, 1234)));
        for bad in ["", "1", ":2", "1:", "a:2", "1:-2", "1:2:3", "99999999999:1"] {
            assert_eq!(parse_event_id(bad), None, "{bad}");
        }
    }
}
