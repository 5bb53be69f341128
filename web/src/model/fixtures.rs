//! A four-lepton cube small enough to check every number by hand.
//!
//! m4l has four 20 GeV bins from 80 to 160 GeV plus flow bins. Weights are exact in f32.
//!
//! | process     | m4l [GeV] (weight)                             | total |
//! |-------------|------------------------------------------------|-------|
//! | data        | 90, 95, 130, 200 (overflow), weight 1          | 4     |
//! | higgs (sig) | 125 (1.0), 125 (0.5)                           | 1.5   |
//! | zz (bkg)    | 90 (0.75), 130 (0.5), 130 (0.25), 150 (0.25)   | 1.75  |

use histcube::{Axis, CubeBuilder, DataKind, Engine, FitSetup, GuidedPath, Manifest, Process, Role};

pub fn four_lepton_engine() -> Engine {
    four_lepton_engine_with(DataKind::Real)
}

/// The same cube, its data declared as `data_kind`.
pub fn four_lepton_engine_with(data_kind: DataKind) -> Engine {
    four_lepton_engine_with_paths(data_kind, Vec::new())
}

/// The same cube with guided paths in its manifest.
pub fn four_lepton_engine_with_paths(data_kind: DataKind, guided_paths: Vec<GuidedPath>) -> Engine {
    let mut manifest = Manifest::new("hzz4l", 13.0, 10.064, data_kind);
    manifest.guided_paths = guided_paths;
    manifest.axes =
        vec![Axis::regular("m4l", "GeV", 4, 80.0, 160.0), Axis::category("channel", &["4e", "4mu", "2e2mu"])];
    manifest.processes = vec![
        Process::new("data", Role::Data),
        Process::new("higgs", Role::Signal),
        Process::new("zz", Role::Background),
    ];
    manifest.fit = Some(FitSetup { axis: "m4l".into(), norm_uncertainties: Vec::new() });
    let mut builder = CubeBuilder::new(manifest).expect("valid manifest");
    let events: [(u8, f64, &str, f64); 10] = [
        (0, 90.0, "4mu", 1.0),
        (0, 95.0, "4e", 1.0),
        (0, 130.0, "2e2mu", 1.0),
        (0, 200.0, "4mu", 1.0),
        (1, 125.0, "4mu", 1.0),
        (1, 125.0, "4e", 0.5),
        (2, 90.0, "4e", 0.75),
        (2, 130.0, "4mu", 0.5),
        (2, 130.0, "2e2mu", 0.25),
        (2, 150.0, "4mu", 0.25),
    ];
    for (process, m4l, channel, weight) in events {
        let axes = &builder.manifest().axes;
        let bins = [axes[0].index(m4l).unwrap() as u16, axes[1].category_index(channel).unwrap() as u16];
        builder.fill(process, &bins, weight);
    }
    Engine::new(builder.finish().expect("valid cube"))
}
