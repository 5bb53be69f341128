//! Turns ATLAS Open Data into the histogram cubes the browser app loads.
//!
//! ```no_run
//! use preprocessor::{analysis, build};
//!
//! let hzz = analysis::by_id("hzz4l").unwrap();
//! let files = build::expand_inputs(&["../shared/data/opendata-2020/4lep/Data".into()]).unwrap();
//! let report = build::build(hzz, &files, &build::BuildOptions::default()).unwrap();
//! std::fs::write("hzz4l.cube", histcube::encode(&report.cube)).unwrap();
//! ```

pub mod analysis;
pub mod build;
pub mod csv_import;
pub mod event;
pub mod physics;
pub mod pseudo_data;
pub mod root;
pub mod samples;
pub mod summary;
