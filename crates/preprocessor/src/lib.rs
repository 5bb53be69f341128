//! Turns ATLAS Open Data into the histogram cubes ([`histcube`]) that the browser app loads.
//!
//! It reads the 13 TeV 2020 release's ROOT ntuples (TTree `mini`, energies in MeV), applies one
//! analysis's fixed preselection, computes the variables that become the cube's axes and fills
//! a [`histcube::CubeBuilder`]: every further cut is left to the student in the browser. An
//! analysis is a TOML file (`analyses/*.toml`, [`analysis`], docs/analysis-files.md). It can
//! also import the older Histogram Analyser's per-event CSV files. The binary is `preprocess`.
//!
//! ```no_run
//! use preprocessor::{analysis, build};
//!
//! let hzz = analysis::by_id("hzz4l").unwrap();
//! let files = build::expand_inputs(&["../shared/data/opendata-2020/4lep/Data".into()]).unwrap();
//! let report = build::build(hzz, &files, &build::BuildOptions::default()).unwrap();
//! assert_eq!(report.files.iter().map(|f| f.events_selected).sum::<u64>(), 507);
//! std::fs::write("hzz4l.cube", histcube::encode(&report.cube)).unwrap();
//! ```
//!
//! # Commands
//!
//! ```text
//! preprocess build analyses/hzz4l.toml ../shared/data/opendata-2020/4lep/Data -o assets/cubes/hzz4l.cube
//! preprocess build hww 'ntuples/2lep/**/*.root' -o hww.cube --lumi 10.064 --keep-going --jobs 2
//! preprocess build my_analysis.toml ntuples/2lep -o mine.cube
//! preprocess inspect data_A.4lep.root            # trees, branches with types, entries
//! preprocess summary hzz4l.cube [--json]         # axes, processes, yields ± √Σw², inputs
//! preprocess export hzz4l.cube -o h.json --cut channel=4mu --cut m4l=115:135
//! preprocess merge a.cube b.cube -o ab.cube
//! preprocess import-csv hzz_newData.csv --config crates/preprocessor/configs/hzz_legacy.toml -o legacy.cube
//! ```
//!
//! `build`'s first argument is an analysis file, or the id of one of the repository's files
//! (`hzz4l`, `hww`, `ttz`, `explorer`), which are compiled into the binary. It takes files, folders (searched recursively for `*.root`, in sorted order) and glob
//! patterns, and `http(s)://` URLs of ROOT files, downloaded into a cache first with resume and
//! size and checksum checks ([`remote`]; `URL#sha256=<hex>`, `--cache-dir`). Files are read in parallel (one [`histcube::CubeBuilder`] per file, absorbed in
//! input order), with a progress bar when stderr is a terminal. It prints the cube's size raw
//! and gzip-compressed, its cell count, the events read and selected per file and the yield of
//! every process. Without `--keep-going` the first unreadable file stops the run (exit status 1,
//! nothing written) with an error naming the file and the tree or branch; with it, unreadable
//! files are skipped, listed with their errors at the end, the cube of the others is written,
//! and the exit status is 2 so scripts notice. `import-csv` follows the same rule for rows.
//!
//! `export` writes one JSON object whose keys are `<axis id>/<process id>` and whose values are
//! UHI histograms ([`histcube::Engine::uhi_all`]); a cut is `axis=lo:hi` (either end may be
//! empty) or `axis=cat1,cat2`, and, as in the browser, each histogram ignores its own axis's cut.
//!
//! Cubes are reproducible: the manifest records file names only (no folders, no timestamps),
//! `producer` is `preprocess <version>`, and the same inputs give byte-identical files whatever
//! the number of threads.
//!
//! # Events and weights
//!
//! [`root`] reads only the branches an analysis needs into a plain [`event::Event`] in GeV.
//! An event is recorded data when its `channelNumber` equals its `runNumber` (data carries the
//! run number there, simulation its DSID, while simulated run numbers are the fixed campaign
//! numbers such as 284500). This is decided from the content, per event, rather than from the
//! file name, so a renamed file cannot be mislabelled. Data weighs 1. Simulation weighs, as in
//! the official Open Data notebooks,
//!
//! ```text
//! w = lumi[fb⁻¹] · 1000 · XSection / SumWeights · mcWeight · scaleFactor_PILEUP
//!     · scaleFactor_ELE · scaleFactor_MUON · scaleFactor_LepTRIGGER
//! ```
//!
//! with `XSection` (pb, filter efficiency and k-factor included) and `SumWeights` taken from
//! each event's own branches. Simulated events go to the analysis's processes by DSID through
//! the sample table in [`samples`] (derived once from the release's `samples_2020_13TeV.csv`)
//! and the analysis file's `[[process]]` groups and DSIDs; DSIDs not in the table fill the
//! file's `rest` process (`other`) and are listed at the end of `build`.
//!
//! # Analyses
//!
//! The repository's analysis files (`analyses/<id>.toml`):
//!
//! | id | skim | fixed preselection | axes | processes |
//! |---|---|---|---|---|
//! | `hzz4l` | 4lep | ≥ 4 leptons; leading four with Σq = 0, Σtype ∈ {44, 48, 52} | m4l, mz1, mz2, channel, lead_lep_pt | data, hzz, zz, other |
//! | `hww` | 2lep | 2 tight isolated opposite-sign leptons > 25 GeV; MET < 200, 10 < mℓℓ < 105, pTℓℓ < 200 GeV | channel, mll, njets, nbjets, ptll, met, dphi_ll_met, dphi_ll, mt | data, hww, ww, ttbar, zjets, other |
//! | `ttz` | 2lep | as hww but leptons > 30 / 15 GeV and ≥ 3 jets > 30 GeV; b-tag at 77 % | channel, mll, njets, nbjets, ptll, met, drll, dphill | data, ttz, ttbar, zjets, other |
//! | `explorer` | 2lep | 2 tight isolated leptons > 15 GeV (leading > 25), trigger, mℓℓ > 10 GeV; any charge and flavour | channel, sign, njets, nbjets, met, mll, ptll, lead_lep_pt, dphi_ll | data, hww, ww, wz, zz, ttbar, ttz, zll, ztautau, other |
//!
//! The details (object definitions, the Z-candidate pairing rule of `hzz4l`, binning) are in
//! the files themselves, with comments saying why. Binning
//! is chosen so that a cube of the full samples stays near 100k occupied cells (≤ 1.5 MB gzip);
//! `build` prints the cell count and gzip size to check.
//!
//! The data kind goes into the manifest so the app can say what "data" is (the file's `data`
//! is the default): `--data-kind real` (hzz4l) fills it from recorded data; `--data-kind pseudo`
//! (hww, ttz and explorer, whose real 2lep data is not available here) draws it from the summed simulation,
//! bin by bin, with a seeded Poisson generator (`--seed`; see [`pseudo_data`]) and refuses
//! recorded-data inputs; `--data-kind none` makes a cube without a data process.
//!
//! # Errors and unreadable files
//!
//! Every failure to read a ROOT file names the file and, where it applies, the tree and branch:
//! non-ROOT files, truncated copies (checked against the length in the file header), missing
//! trees (listing what the file holds), missing branches (all of them at once), unexpected
//! branch types and corrupt compressed data. oxyroot panics on some malformed inputs; every call
//! into it runs under [`std::panic::catch_unwind`] and the panic becomes an error naming the file
//! and the branch being read, so one bad file can neither crash a long run nor, with
//! `--keep-going`, stop it. oxyroot 0.1.25 cannot read files written by ROOT ≥ 6.37
//! (TStreamerInfo version 10); the version in the file header is checked first and such files
//! are refused with that explanation.
//!
//! # Legacy CSV configs
//!
//! `import-csv` maps a per-event CSV onto a cube with a TOML file
//! (`configs/hzz_legacy.toml` and `configs/hww_legacy.toml` are complete examples):
//!
//! ```toml
//! analysis = "hzz4l_legacy"     # the cube's analysis id
//! sqrt_s_tev = 8.0
//! luminosity_fb = 20.3          # labels the cube; the CSV's weights are used as they are
//! data_kind = "real"            # real | pseudo | none
//! type_column = "type"          # optional, default "type"
//! weight_column = "weight"      # optional; without it every row weighs 1
//!
//! [[process]]                   # one per type code; several codes may share an id
//! code = 2
//! id = "data"
//! role = "data"                 # data | signal | background
//!
//! [[axis]]                      # one per cube axis, in order
//! id = "m4l"
//! column = "invMass"
//! unit = "GeV"                  # optional
//! binning = { kind = "regular", bins = 34, lower = 80.0, upper = 250.0 }
//! # or { kind = "variable", edges = [...] }, { kind = "integer", lower = 0, upper = 4 },
//! # or { kind = "category", categories = [{ code = 0, id = "ee" }, { code = 1, id = "mumu" }] }
//! fold_delta_phi = false        # optional: fold signed, unwrapped Δφ values into [0, π]
//! ```
//!
//! Unknown keys are refused, so a typo is an error rather than a silently ignored setting. A
//! row whose type code or category code is not in the config, or whose value is not a finite
//! number, stops the import with the file, line and column (or is skipped with `--keep-going`).
//!
//! # Validation against uproot
//!
//! `tools/validation/hzz4l_uproot.py` implements the hzz4l selection independently in
//! vectorised uproot + awkward code; its output on the real 4lep data is committed as
//! `tests/reference/hzz4l_uproot.json`, and `cargo test -p preprocessor` checks the per-file
//! selected counts (27, 86, 146, 248; 507 in total), the m4l, mz1 and mz2 histograms and the
//! channel counts against it. After changing the selection or the binning, regenerate it from
//! the workspace root with
//!
//! ```text
//! python -m venv .venv && .venv/bin/pip install uproot awkward numpy
//! .venv/bin/python tools/validation/hzz4l_uproot.py > crates/preprocessor/tests/reference/hzz4l_uproot.json
//! ```
//!
//! The tests read the real files from `../shared/data` next to the workspace and fail with a
//! message naming that folder when it is missing.
//!
//! # Throughput
//!
//! `cargo run --release -p preprocessor --example throughput` prints events per second of the
//! hzz4l build on the 4lep files (on one thread and on all cores) next to the uproot script's
//! `--bench` mode when `.venv` exists, with their ratio. It is kept out of `cargo test`.

pub mod analysis;
pub mod build;
pub mod csv_import;
pub mod event;
pub mod isolated;
pub mod output;
pub mod physics;
pub mod pseudo_data;
pub mod remote;
pub mod root;
pub mod samples;
pub mod summary;
pub mod upgrade;
