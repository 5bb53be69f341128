//! English text for the label keys a cube's manifest carries (`analysis.hzz4l.title`,
//! `axis.m4l`, `process.zz` …).
//!
//! The manifest names things by key so that the interface can translate them. Until the page
//! has translations this table gives the English text; a key it does not know is shown as the
//! identifier inside it, which is what the cube calls the thing and never an empty label.

/// English text of the label keys of the analyses the project ships.
const ENGLISH: &[(&str, &str)] = &[
    ("analysis.hzz4l.title", "Higgs boson decaying to four leptons (H → ZZ* → 4ℓ)"),
    ("analysis.hww.title", "Higgs boson decaying to two W bosons (H → WW* → ℓνℓν)"),
    ("analysis.ttz.title", "Top-quark pairs with a Z boson (tt̄Z)"),
    ("axis.m4l", "m₄ℓ, four-lepton invariant mass"),
    ("axis.mz1", "m₁₂, mass of the lepton pair closest to the Z"),
    ("axis.mz2", "m₃₄, mass of the other lepton pair"),
    ("axis.mll", "mℓℓ, dilepton invariant mass"),
    ("axis.met", "Missing transverse momentum"),
    ("axis.mt", "mT, transverse mass"),
    ("axis.ptll", "pT of the lepton pair"),
    ("axis.njets", "Number of jets"),
    ("axis.nbjets", "Number of b-tagged jets"),
    ("axis.channel", "Channel"),
    ("axis.lead_lep_pt", "pT of the leading lepton"),
    ("category.channel.4e", "4e"),
    ("category.channel.4mu", "4μ"),
    ("category.channel.2e2mu", "2e2μ"),
    ("category.channel.ee", "ee"),
    ("category.channel.mumu", "μμ"),
    ("category.channel.emu", "eμ"),
    ("process.data", "Data"),
    ("process.higgs", "Higgs boson (125 GeV)"),
    ("process.hzz", "H → ZZ* (125 GeV)"),
    ("process.hww", "H → WW* (125 GeV)"),
    ("process.zz", "ZZ*"),
    ("process.ww", "WW"),
    ("process.wz", "WZ"),
    ("process.zjets", "Z + jets"),
    ("process.ttbar", "tt̄"),
    ("process.ttz", "tt̄Z"),
    ("process.ttw", "tt̄W"),
    ("process.single_top", "Single top"),
    ("process.other", "Other"),
    ("process.pseudo_data", "Pseudo-data (simulated)"),
    // One sentence per analysis for its card on the home page (`analysis.<id>.sentence`).
    ("analysis.hzz4l.sentence", "Four leptons from real ATLAS collisions: look for a narrow peak at 125 GeV above the ZZ* background."),
    ("analysis.hww.sentence", "Two leptons and missing momentum: pick out the broad Higgs excess under the WW and top-quark backgrounds."),
    ("analysis.ttz.sentence", "Three leptons with jets and b-jets: find top-quark pairs produced together with a Z boson."),
    // What a cube's data is (`histcube::DataKind`).
    ("data_kind.real", "Real data"),
    ("data_kind.pseudo", "Pseudo-data (simulated)"),
    ("data_kind.none", "Simulation only"),
    // The interface. `{name}` is filled in by `fill`.
    ("ui.home.title", "Histogram analyser: ATLAS Open Data at 13 TeV"),
    ("ui.home.intro", "Choose an analysis. Each one opens linked histograms you can cut on, with the expected signal, background and data."),
    ("ui.home.catalog_loading", "Looking for the analyses…"),
    ("ui.home.catalog_error", "The list of analyses could not be loaded: {reason}"),
    ("ui.home.data_label", "Data:"),
    ("ui.home.size", "{size} to download"),
    ("ui.home.open", "Open {title}"),
    ("ui.home.list_label", "Analyses"),
    ("ui.back", "← Back to analyses"),
    ("ui.loading.progress", "Loading the analysis data: {received} of {total}"),
    ("ui.loading.progress_unknown", "Loading the analysis data: {received}"),
    ("ui.loading.label", "Download of the analysis data"),
    ("ui.error.title", "The analysis could not be opened."),
    ("ui.error.hint", "Check your connection and reload the page, or go back and choose another analysis."),
    ("ui.plot.atlas", "ATLAS Open Data"),
    ("ui.plot.simulation", "Simulation"),
    ("ui.plot.pseudo", "pseudo-data (simulated)"),
    ("ui.plot.energy_lumi", "√s = {sqrt_s} TeV, ∫L dt = {lumi} fb⁻¹"),
    ("ui.plot.events_per_bin", "Events / bin"),
    ("ui.plot.events_per_width", "Events / {width} {unit}"),
    ("ui.plot.fraction_per_bin", "Fraction of events / bin"),
    ("ui.plot.ratio", "Data / Sim."),
    ("ui.plot.mc_stat", "Simulation stat. uncertainty"),
    ("ui.plot.aria_stack", "Histogram of {axis}: simulated processes stacked with their statistical uncertainty hatched, data as points with error bars, and the data-to-simulation ratio below. Every cut but its own applies; the part its own cut removes is shaded. Drag across the plot to cut on {axis}."),
    ("ui.plot.aria_shapes", "Shapes of {axis}: every process normalised to unit area, drawn as lines, to compare where signal and background lie. Drag across the plot to cut on {axis}."),
    ("ui.plot.download_svg", "Download SVG"),
    ("ui.plot.download_svg_label", "Download the {axis} histogram as an SVG vector image"),
    ("ui.plot.drag_hint", "Drag across a plot (mouse or touch) to cut on its variable; the ends snap to bin edges."),
    ("ui.table.summary", "Table of the {axis} histogram"),
    ("ui.table.bin", "Bin"),
    ("ui.table.stack", "Total simulation"),
    ("ui.table.mc_stat", "± sim. stat."),
    ("ui.table.caption", "Events per bin of {axis} with every cut but its own: each simulated process, their sum, and the data."),
    ("ui.table.underflow", "below {edge}"),
    ("ui.table.overflow", "{edge} and above"),
    ("ui.view.shapes", "Compare shapes (each process normalised)"),
    ("ui.view.projector", "Projector mode (high contrast, large text)"),
    ("ui.yields.meter_label", "Significance meter, Asimov Z"),
    ("ui.yields.meter_text", "Z = {z} σ"),
    ("ui.yields.meter_none", "Z is not defined without background"),
    ("ui.yields.meter_marks", "3σ: evidence · 5σ: discovery"),
    ("ui.yields.raw_hint", "Raw events: how many simulated (or recorded) events stand behind each yield."),
];

/// The English text of a label key, or the identifier the key is made from.
pub fn english(key: &str) -> String {
    if let Some((_, text)) = ENGLISH.iter().find(|(k, _)| *k == key) {
        return (*text).to_owned();
    }
    // `analysis.<id>.title` → `<id>`; `axis.<id>` and `process.<id>` → `<id>`.
    let key = key.strip_suffix(".title").unwrap_or(key);
    key.rsplit('.').next().unwrap_or(key).to_owned()
}

/// The text of an interface key with each `{name}` replaced by its value from `values`.
pub fn fill(key: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(english(key), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// The short symbol of an axis label for plot titles: the text before the first comma.
pub fn short(label: &str) -> &str {
    label.split(',').next().unwrap_or(label).trim()
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn known_keys_read_as_english() {
        assert_eq!(english("process.zz"), "ZZ*");
        assert_eq!(short(&english("axis.m4l")), "m₄ℓ");
        assert_eq!(english("category.channel.2e2mu"), "2e2μ");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("ui.plot.energy_lumi", &[("sqrt_s", "13"), ("lumi", "10")]), "√s = 13 TeV, ∫L dt = 10 fb⁻¹");
        assert_eq!(fill("ui.plot.events_per_width", &[("width", "5"), ("unit", "GeV")]), "Events / 5 GeV");
    }

    #[test]
    fn unknown_keys_fall_back_to_their_identifier() {
        assert_eq!(english("analysis.newthing.title"), "newthing");
        assert_eq!(english("axis.lep_pt_0"), "lep_pt_0");
        assert_eq!(english("category.channel.ee"), "ee");
        assert_eq!(english("plain"), "plain");
    }
}
