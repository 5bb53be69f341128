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
    fn unknown_keys_fall_back_to_their_identifier() {
        assert_eq!(english("analysis.newthing.title"), "newthing");
        assert_eq!(english("axis.lep_pt_0"), "lep_pt_0");
        assert_eq!(english("category.channel.ee"), "ee");
        assert_eq!(english("plain"), "plain");
    }
}
