//! Physics processes (data, signals, backgrounds) and their fixed colours.

use serde::{Deserialize, Serialize};

/// What a process is in the statistical sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Recorded (or pseudo-) data: drawn as points, never stacked.
    Data,
    /// What the analysis looks for: counts in `s`.
    Signal,
    /// Everything else predicted (by simulation, or from data when the process is
    /// [`data_driven`](Process::data_driven)): counts in `b`.
    Background,
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// One process of an analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Process {
    /// Stable identifier (`data`, `higgs`, `zz`, `ttbar` …), used in URLs and exports.
    pub id: String,
    /// i18n key of the legend label (`process.<id>` by default).
    pub label_key: String,
    pub role: Role,
    pub color: Rgb,
    /// A prediction estimated from recorded events (a control region weighted by a transfer
    /// factor) instead of simulated ones, so its raw events are recorded events. Only in cubes
    /// of real data; false for simulated processes and for the data process itself.
    pub data_driven: bool,
}

impl Process {
    /// A process with label key `process.<id>` and the palette colour for `id`.
    pub fn new(id: &str, role: Role) -> Self {
        Self {
            id: id.to_owned(),
            label_key: format!("process.{id}"),
            role,
            color: palette::color_for(id),
            data_driven: false,
        }
    }

    /// A background estimated from recorded data (see [`Process::data_driven`]).
    pub fn data_driven_background(id: &str) -> Self {
        Self { data_driven: true, ..Self::new(id, Role::Background) }
    }
}

/// One colour per process id across every analysis, from Paul Tol's colour-blind-safe
/// "bright" and "muted" schemes, so that "tt̄" is the same colour in H→WW and ttZ.
pub mod palette {
    use super::Rgb;

    /// Known process ids and their colours. Signals get the most saturated colours.
    pub const KNOWN: &[(&str, Rgb)] = &[
        ("data", Rgb(0, 0, 0)),
        ("higgs", Rgb(238, 102, 119)), // red: the Higgs signal everywhere
        ("hww", Rgb(238, 102, 119)),
        ("hzz", Rgb(238, 102, 119)),
        ("ttz", Rgb(170, 51, 119)),         // wine: the rare-top signal
        ("zz", Rgb(68, 119, 170)),          // blue
        ("ww", Rgb(102, 204, 238)),         // cyan
        ("ttbar", Rgb(204, 187, 68)),       // yellow
        ("zjets", Rgb(34, 136, 51)),        // green
        ("ttw", Rgb(153, 153, 51)),         // olive
        ("wz", Rgb(136, 34, 85)),           // purple
        ("single_top", Rgb(221, 204, 119)), // sand
        ("reducible", Rgb(68, 170, 153)),   // teal (muted): non-prompt leptons, estimated from data
        ("other", Rgb(187, 187, 187)),      // grey
    ];

    /// Colour for a process id: the fixed one if known, else a stable pick from the palette.
    pub fn color_for(id: &str) -> Rgb {
        if let Some((_, c)) = KNOWN.iter().find(|(k, _)| *k == id) {
            return *c;
        }
        // FNV-1a so that an unknown id always gets the same colour.
        let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let choices = &KNOWN[1..];
        choices[hash as usize % choices.len()].1
    }
}
