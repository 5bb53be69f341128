//! `preprocess upgrade`: a cube written by an earlier format version, rewritten in the current
//! one without the ntuples it was built from.
//!
//! Cubes outlive the preprocessor that wrote them: a teacher keeps the cube of last year's
//! lesson, and the bundled cubes come from simulated samples that take an hour to generate. When
//! the format gains a field, the old payload is read with the layout it was written in and the
//! new field is filled from the analysis file, so the cells — every number a student sees — are
//! carried over bit for bit.
//!
//! ```no_run
//! let old = std::fs::read("hzz4l-v2.cube")?;
//! let analysis = preprocessor::analysis::resolve("hzz4l")?;
//! let cube = preprocessor::upgrade::upgrade(&old, &analysis)?;
//! std::fs::write("hzz4l.cube", histcube::encode(&cube))?;
//! # anyhow::Ok(())
//! ```
//!
//! Versions read: 2 (processes know whether they are data-driven; no fit in the manifest) and the
//! current one. In both, what the analysis file says about *teaching* the cube rather than
//! counting it — the fit and the guided paths — is refreshed from the analysis file, so a new
//! guided step reaches a cube without regenerating its samples.

use histcube::format::{unframe, FORMAT_VERSION};
use histcube::{Axis, Cells, Cube, CubeError, DataKind, GuidedPath, InputRecord, Manifest, NamedCut, Process};
use serde::Deserialize;

use crate::analysis::Analysis;

/// Why a cube cannot be upgraded.
#[derive(Debug, thiserror::Error)]
pub enum UpgradeError {
    #[error(transparent)]
    Cube(#[from] CubeError),
    #[error("format version {0} is not one this preprocessor can upgrade (it reads 2 and {FORMAT_VERSION})")]
    UnknownVersion(u16),
    #[error("the cube is of analysis `{cube}`, the analysis file describes `{file}`")]
    OtherAnalysis { cube: String, file: String },
}

/// The manifest as format version 2 laid it out: today's without [`Manifest::fit`].
#[derive(Deserialize)]
struct ManifestV2 {
    analysis_id: String,
    title_key: String,
    sqrt_s_tev: f64,
    luminosity_fb: f64,
    data_kind: DataKind,
    #[serde(deserialize_with = "histcube::budget::vec")]
    axes: Vec<Axis>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    processes: Vec<Process>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    default_cuts: Vec<NamedCut>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    guided_paths: Vec<GuidedPath>,
    producer: String,
    #[serde(deserialize_with = "histcube::budget::vec")]
    inputs: Vec<InputRecord>,
}

/// The cells as format version 2 laid them out (kept here, apart from [`Cells`], so that a
/// later change of the current layout cannot change how version 2 is read).
#[derive(Deserialize)]
struct CellsV2 {
    #[serde(deserialize_with = "histcube::budget::vec_of_vecs")]
    coords: Vec<Vec<u16>>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    process: Vec<u8>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    sumw: Vec<f32>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    sumw2: Vec<f32>,
    #[serde(deserialize_with = "histcube::budget::vec")]
    count: Vec<u32>,
}

/// The analysis id of a cube file of any version this module reads: the manifest's first field
/// in each of them, so the bundled analysis to upgrade with can be found before the rest is read.
pub fn analysis_id(bytes: &[u8]) -> Result<String, UpgradeError> {
    let (_, payload) = unframe(bytes)?;
    let config = bincode::config::standard().with_limit::<{ 1 << 16 }>();
    let (id, _): (String, usize) = bincode::serde::decode_from_slice(payload, config)
        .map_err(|e| CubeError::Malformed(format!("no analysis id at the start of the manifest: {e}")))?;
    Ok(id)
}

/// `bytes`, a cube file of version 2 or the current one, as a current cube of `analysis`: same
/// cells, same manifest, with the fit and the guided paths `analysis` gives.
pub fn upgrade(bytes: &[u8], analysis: &Analysis) -> Result<Cube, UpgradeError> {
    let (version, payload) = unframe(bytes)?;
    let (mut manifest, cells) = match version {
        2 => decode_v2_payload(payload)?,
        FORMAT_VERSION => {
            let cube = histcube::decode(bytes)?;
            (cube.manifest().clone(), cube.cells().clone())
        }
        other => return Err(UpgradeError::UnknownVersion(other)),
    };
    if manifest.analysis_id != analysis.id() {
        return Err(UpgradeError::OtherAnalysis { cube: manifest.analysis_id, file: analysis.id().to_owned() });
    }
    // The fit as the analysis file states it for this cube's processes (the data-driven
    // background exists only in cubes of real data).
    let from_file = analysis.manifest(manifest.luminosity_fb, manifest.data_kind);
    manifest.fit = from_file.fit;
    manifest.guided_paths = from_file.guided_paths;
    Ok(Cube::from_parts(manifest, cells)?)
}

/// The most bincode may read of a version-2 payload, cells included (64 MiB, about 25 MB of file).
const V2_DECODE_LIMIT: usize = 64 << 20;

/// A version-2 payload (after the header) as today's manifest, without a fit, and cells; not
/// yet validated ([`Cube::from_parts`] does that).
pub fn decode_v2_payload(payload: &[u8]) -> Result<(Manifest, Cells), CubeError> {
    // Version 2 kept its cells in bincode too, so the whole payload counts against the limit.
    let config = bincode::config::standard().with_limit::<V2_DECODE_LIMIT>();
    // Within the current decoder's memory budget: a hostile file declaring huge lists is refused
    // before they are allocated (the `budget::vec` fields charge it).
    let budget = histcube::budget::decode_budget(payload.len());
    let ((m, c), read): ((ManifestV2, CellsV2), usize) =
        histcube::budget::with_budget(budget, || bincode::serde::decode_from_slice(payload, config))
            .map_err(|e| CubeError::Malformed(format!("not a version 2 cube: {e}")))?;
    if read != payload.len() {
        return Err(CubeError::Malformed(format!("{} bytes follow the version 2 cube", payload.len() - read)));
    }
    let manifest = Manifest {
        analysis_id: m.analysis_id,
        title_key: m.title_key,
        sqrt_s_tev: m.sqrt_s_tev,
        luminosity_fb: m.luminosity_fb,
        data_kind: m.data_kind,
        axes: m.axes,
        processes: m.processes,
        default_cuts: m.default_cuts,
        guided_paths: m.guided_paths,
        fit: None,
        producer: m.producer,
        inputs: m.inputs,
    };
    let cells = Cells { coords: c.coords, process: c.process, sumw: c.sumw, sumw2: c.sumw2, count: c.count };
    Ok((manifest, cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version 2 file of `cube`: its manifest without the fit, framed with version 2.
    fn version_2(cube: &Cube) -> Vec<u8> {
        #[derive(serde::Serialize)]
        struct V2<'a>(
            &'a str,
            &'a str,
            f64,
            f64,
            DataKind,
            &'a [Axis],
            &'a [Process],
            &'a [NamedCut],
            &'a [GuidedPath],
            &'a str,
            &'a [InputRecord],
        );
        let m = cube.manifest();
        let manifest = V2(
            &m.analysis_id,
            &m.title_key,
            m.sqrt_s_tev,
            m.luminosity_fb,
            m.data_kind,
            &m.axes,
            &m.processes,
            &m.default_cuts,
            &m.guided_paths,
            &m.producer,
            &m.inputs,
        );
        let payload = bincode::serde::encode_to_vec((manifest, cube.cells()), bincode::config::standard()).unwrap();
        let mut bytes = histcube::format::frame(&payload);
        bytes[8..10].copy_from_slice(&2u16.to_le_bytes());
        bytes
    }

    fn hzz4l_cube() -> Cube {
        let analysis = crate::analysis::by_id("hzz4l").unwrap();
        let manifest = analysis.manifest(10.064, DataKind::Real);
        let mut builder = histcube::CubeBuilder::new(manifest).unwrap();
        builder.fill(0, &[20, 10, 5, 1, 3], 1.0);
        builder.fill(1, &[20, 22, 8, 0, 4], 0.25);
        builder.finish().unwrap()
    }

    #[test]
    fn a_version_2_cube_keeps_its_cells_and_gains_the_analysis_fit() {
        let current = hzz4l_cube();
        let old = version_2(&current);
        assert!(matches!(histcube::decode(&old), Err(CubeError::UnsupportedVersion { found: 2, .. })));
        let upgraded = upgrade(&old, crate::analysis::by_id("hzz4l").unwrap()).unwrap();
        assert_eq!(upgraded.cells(), current.cells());
        let fit = upgraded.manifest().fit.as_ref().expect("hzz4l.toml names its fit");
        assert_eq!(fit.axis, "m4l");
        assert_eq!(fit.norm_uncertainties[0].process, "reducible");
        assert_eq!(upgraded, current);
        assert_eq!(histcube::decode(&histcube::encode(&upgraded)).unwrap(), current);
        assert_eq!(analysis_id(&old).unwrap(), "hzz4l");
    }

    #[test]
    fn a_current_cube_gains_the_guided_paths_of_its_analysis_file_and_keeps_its_cells() {
        let current = hzz4l_cube();
        let mut stale = current.manifest().clone();
        stale.guided_paths.truncate(0);
        let stale = Cube::from_parts(stale, current.cells().clone()).unwrap();
        let upgraded = upgrade(&histcube::encode(&stale), crate::analysis::by_id("hzz4l").unwrap()).unwrap();
        assert_eq!(upgraded.manifest().guided_paths, current.manifest().guided_paths);
        assert!(!upgraded.manifest().guided_paths.is_empty());
        assert_eq!(upgraded.cells(), current.cells());
    }

    #[test]
    fn a_version_2_payload_declaring_a_huge_list_is_an_error_not_an_allocation() {
        // A fuzzer's input of the version-2 corpus: its axis list declares far more entries than
        // 32 bytes can hold.
        let payload = [
            0x04, 0x77, 0x65, 0x65, 0x64, 0x00, 0x01, 0x28, 0x00, 0x61, 0x00, 0x00, 0x00, 0x40, 0x00, 0x2a, 0x00, 0x00,
            0x24, 0x00, 0x00, 0x40, 0x01, 0xfd, 0xd3, 0xd3, 0xd3, 0x00, 0x00, 0xff, 0xff, 0xff,
        ];
        assert!(matches!(decode_v2_payload(&payload), Err(CubeError::Malformed(_))));
    }

    #[test]
    fn a_cube_of_another_analysis_or_version_is_refused_by_name() {
        let old = version_2(&hzz4l_cube());
        let error = upgrade(&old, crate::analysis::by_id("hww").unwrap()).unwrap_err();
        assert_eq!(error.to_string(), "the cube is of analysis `hzz4l`, the analysis file describes `hww`");
        let mut future = old.clone();
        future[8..10].copy_from_slice(&9u16.to_le_bytes());
        assert!(matches!(
            upgrade(&future, crate::analysis::by_id("hzz4l").unwrap()),
            Err(UpgradeError::UnknownVersion(9))
        ));
        let mut corrupt = old;
        let last = corrupt.len() - 1;
        corrupt[last] ^= 1;
        assert!(matches!(
            upgrade(&corrupt, crate::analysis::by_id("hzz4l").unwrap()),
            Err(UpgradeError::Cube(CubeError::ChecksumMismatch))
        ));
    }
}
