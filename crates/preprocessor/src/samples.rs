//! The simulated samples of the ATLAS Open Data 13 TeV 2020 release, by dataset id (DSID, the
//! ntuples' `channelNumber`), and the physics group each belongs to. Analyses map groups to
//! their processes, so one table serves every analysis.
//!
//! The rows were derived once from the release's sample table (`samples_2020_13TeV.csv`: name,
//! DSID, cross-section, sum of weights, events, filter efficiency) and are kept here as data so
//! the preprocessor never needs that file at run time. Several skims share a DSID (`Zee` and
//! `Zee_1lep1tau` are both 361106); the first name listed for a DSID is kept. The table lists
//! `ZPrime5000_mumu` under DSID 1, which is kept as the release tabulates it.
//!
//! Cross-sections and sums of weights are not copied: every simulated event carries its own
//! `XSection` and `SumWeights` branches, which is what the event weight uses.

/// What kind of physics a simulated sample describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhysicsGroup {
    /// H → ZZ* → 4ℓ, all production modes (ggF, VBF, WH, ZH), m_H = 125 GeV.
    HiggsZZ,
    /// H → WW* → ℓνℓν, all production modes.
    HiggsWW,
    /// Other Higgs decays (γγ, ττ, ttH → γγ).
    HiggsOther,
    /// Non-resonant ZZ(*) diboson production.
    ZZ,
    /// WW diboson production.
    WW,
    /// WZ diboson production.
    WZ,
    /// Top-quark pairs.
    TtBar,
    /// Single top (t-, s-channel and Wt).
    SingleTop,
    /// Z/γ* + jets (Drell–Yan), inclusive and pT(V)-sliced.
    ZJets,
    /// W + jets.
    WJets,
    /// tt̄ + Z(→ ℓℓ).
    TtZ,
    /// tt̄ + W.
    TtW,
    /// Beyond-the-Standard-Model signals (Z′, graviton, mono-Z, SUSY).
    Bsm,
}

/// One simulated sample of the release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub dsid: i32,
    pub name: &'static str,
    pub group: PhysicsGroup,
}

/// The sample with this DSID, if the release has one.
pub fn sample(dsid: i32) -> Option<&'static Sample> {
    SAMPLES.binary_search_by_key(&dsid, |s| s.dsid).ok().map(|i| &SAMPLES[i])
}

use PhysicsGroup::*;

/// Every DSID of the release, sorted for binary search.
pub const SAMPLES: &[Sample] = &[
    Sample { dsid: 1, name: "ZPrime5000_mumu", group: Bsm },
    Sample { dsid: 301215, name: "ZPrime2000_ee", group: Bsm },
    Sample { dsid: 301216, name: "ZPrime3000_ee", group: Bsm },
    Sample { dsid: 301217, name: "ZPrime4000_ee", group: Bsm },
    Sample { dsid: 301218, name: "ZPrime5000_ee", group: Bsm },
    Sample { dsid: 301220, name: "ZPrime2000_mumu", group: Bsm },
    Sample { dsid: 301221, name: "ZPrime3000_mumu", group: Bsm },
    Sample { dsid: 301222, name: "ZPrime4000_mumu", group: Bsm },
    Sample { dsid: 301322, name: "ZPrime400_tt", group: Bsm },
    Sample { dsid: 301323, name: "ZPrime500_tt", group: Bsm },
    Sample { dsid: 301324, name: "ZPrime750_tt", group: Bsm },
    Sample { dsid: 301325, name: "ZPrime1000_tt", group: Bsm },
    Sample { dsid: 301326, name: "ZPrime1250_tt", group: Bsm },
    Sample { dsid: 301327, name: "ZPrime1500_tt", group: Bsm },
    Sample { dsid: 301328, name: "ZPrime1750_tt", group: Bsm },
    Sample { dsid: 301329, name: "ZPrime2000_tt", group: Bsm },
    Sample { dsid: 301330, name: "ZPrime2250_tt", group: Bsm },
    Sample { dsid: 301331, name: "ZPrime2500_tt", group: Bsm },
    Sample { dsid: 301332, name: "ZPrime2750_tt", group: Bsm },
    Sample { dsid: 301333, name: "ZPrime3000_tt", group: Bsm },
    Sample { dsid: 303329, name: "RS_G_ZZ_llll_c10_m1000", group: Bsm },
    Sample { dsid: 303334, name: "RS_G_ZZ_llll_c10_m2000", group: Bsm },
    Sample { dsid: 303511, name: "MonoZ10", group: Bsm },
    Sample { dsid: 303512, name: "MonoZ100", group: Bsm },
    Sample { dsid: 303513, name: "MonoZ300", group: Bsm },
    Sample { dsid: 303514, name: "MonoZ2000", group: Bsm },
    Sample { dsid: 305710, name: "MonoZ500", group: Bsm },
    Sample { dsid: 305711, name: "MonoZ700", group: Bsm },
    Sample { dsid: 306085, name: "MonoZ200", group: Bsm },
    Sample { dsid: 306093, name: "MonoZ400", group: Bsm },
    Sample { dsid: 306103, name: "MonoZ600", group: Bsm },
    Sample { dsid: 306109, name: "MonoZ800", group: Bsm },
    Sample { dsid: 307431, name: "RS_G_ZZ_llll_c10_m0200", group: Bsm },
    Sample { dsid: 307434, name: "RS_G_ZZ_llll_c10_m0500", group: Bsm },
    Sample { dsid: 307439, name: "RS_G_ZZ_llll_c10_m1500", group: Bsm },
    Sample { dsid: 341081, name: "ttHyy", group: HiggsOther },
    Sample { dsid: 341122, name: "ggH125_tautaull", group: HiggsOther },
    Sample { dsid: 341123, name: "ggHtautau_1tau1lep", group: HiggsOther },
    Sample { dsid: 341124, name: "ggHtautau_2tau", group: HiggsOther },
    Sample { dsid: 341155, name: "VBFH125_tautaull", group: HiggsOther },
    Sample { dsid: 341156, name: "VBFHtautau_1tau1lep", group: HiggsOther },
    Sample { dsid: 341157, name: "VBFHtautau_2tau", group: HiggsOther },
    Sample { dsid: 341947, name: "ZH125_ZZ4lep", group: HiggsZZ },
    Sample { dsid: 341964, name: "WH125_ZZ4lep", group: HiggsZZ },
    Sample { dsid: 343981, name: "ggHyy", group: HiggsOther },
    Sample { dsid: 344235, name: "VBFH125_ZZ4lep", group: HiggsZZ },
    Sample { dsid: 345041, name: "VBFHyy", group: HiggsOther },
    Sample { dsid: 345060, name: "ggH125_ZZ4lep", group: HiggsZZ },
    Sample { dsid: 345318, name: "WHyy", group: HiggsOther },
    Sample { dsid: 345319, name: "ZHyy", group: HiggsOther },
    Sample { dsid: 345323, name: "VBFH125_WW2lep", group: HiggsWW },
    Sample { dsid: 345324, name: "ggH125_WW2lep", group: HiggsWW },
    Sample { dsid: 345325, name: "WpH125J_qqWW2lep", group: HiggsWW },
    Sample { dsid: 345327, name: "WpH125J_lvWW2lep", group: HiggsWW },
    Sample { dsid: 345336, name: "ZH125J_qqWW2lep", group: HiggsWW },
    Sample { dsid: 345337, name: "ZH125J_llWW2lep", group: HiggsWW },
    Sample { dsid: 345445, name: "ZH125J_vvWW2lep", group: HiggsWW },
    Sample { dsid: 361100, name: "Wplusenu", group: WJets },
    Sample { dsid: 361101, name: "Wplusmunu", group: WJets },
    Sample { dsid: 361102, name: "Wplustaunu", group: WJets },
    Sample { dsid: 361103, name: "Wminusenu", group: WJets },
    Sample { dsid: 361104, name: "Wminusmunu", group: WJets },
    Sample { dsid: 361105, name: "Wminustaunu", group: WJets },
    Sample { dsid: 361106, name: "Zee", group: ZJets },
    Sample { dsid: 361107, name: "Zmumu", group: ZJets },
    Sample { dsid: 361108, name: "Ztautau", group: ZJets },
    Sample { dsid: 361600, name: "WWlvlv", group: WW },
    Sample { dsid: 361601, name: "WZlvll", group: WZ },
    Sample { dsid: 361602, name: "WZlvvv", group: WZ },
    Sample { dsid: 361603, name: "ZZllll", group: ZZ },
    Sample { dsid: 361604, name: "ZZvvll", group: ZZ },
    Sample { dsid: 361606, name: "WWlvqq", group: WW },
    Sample { dsid: 361607, name: "WZqqll", group: WZ },
    Sample { dsid: 361609, name: "WZlvqq", group: WZ },
    Sample { dsid: 361610, name: "ZZqqll", group: ZZ },
    Sample { dsid: 363356, name: "ZqqZll", group: ZZ },
    Sample { dsid: 363358, name: "WqqZll", group: WZ },
    Sample { dsid: 363359, name: "WpqqWmlv", group: WW },
    Sample { dsid: 363360, name: "WplvWmqq", group: WW },
    Sample { dsid: 363489, name: "WlvZqq", group: WZ },
    Sample { dsid: 363490, name: "llll", group: ZZ },
    Sample { dsid: 363491, name: "lllv", group: WZ },
    Sample { dsid: 363492, name: "llvv", group: WW },
    Sample { dsid: 363493, name: "lvvv", group: WZ },
    Sample { dsid: 364100, name: "Zmumu_PTV0_70_CVetoBVeto", group: ZJets },
    Sample { dsid: 364101, name: "Zmumu_PTV0_70_CFilterBVeto", group: ZJets },
    Sample { dsid: 364102, name: "Zmumu_PTV0_70_BFilter", group: ZJets },
    Sample { dsid: 364103, name: "Zmumu_PTV70_140_CVetoBVeto", group: ZJets },
    Sample { dsid: 364104, name: "Zmumu_PTV70_140_CFilterBVeto", group: ZJets },
    Sample { dsid: 364105, name: "Zmumu_PTV70_140_BFilter", group: ZJets },
    Sample { dsid: 364106, name: "Zmumu_PTV140_280_CVetoBVeto", group: ZJets },
    Sample { dsid: 364107, name: "Zmumu_PTV140_280_CFilterBVeto", group: ZJets },
    Sample { dsid: 364108, name: "Zmumu_PTV140_280_BFilter", group: ZJets },
    Sample { dsid: 364109, name: "Zmumu_PTV280_500_CVetoBVeto", group: ZJets },
    Sample { dsid: 364110, name: "Zmumu_PTV280_500_CFilterBVeto", group: ZJets },
    Sample { dsid: 364111, name: "Zmumu_PTV280_500_BFilter", group: ZJets },
    Sample { dsid: 364112, name: "Zmumu_PTV500_1000", group: ZJets },
    Sample { dsid: 364113, name: "Zmumu_PTV1000_E_CMS", group: ZJets },
    Sample { dsid: 364114, name: "Zee_PTV0_70_CVetoBVeto", group: ZJets },
    Sample { dsid: 364115, name: "Zee_PTV0_70_CFilterBVeto", group: ZJets },
    Sample { dsid: 364116, name: "Zee_PTV0_70_BFilter", group: ZJets },
    Sample { dsid: 364117, name: "Zee_PTV70_140_CVetoBVeto", group: ZJets },
    Sample { dsid: 364118, name: "Zee_PTV70_140_CFilterBVeto", group: ZJets },
    Sample { dsid: 364119, name: "Zee_PTV70_140_BFilter", group: ZJets },
    Sample { dsid: 364120, name: "Zee_PTV140_280_CVetoBVeto", group: ZJets },
    Sample { dsid: 364121, name: "Zee_PTV140_280_CFilterBVeto", group: ZJets },
    Sample { dsid: 364122, name: "Zee_PTV140_280_BFilter", group: ZJets },
    Sample { dsid: 364123, name: "Zee_PTV280_500_CVetoBVeto", group: ZJets },
    Sample { dsid: 364124, name: "Zee_PTV280_500_CFilterBVeto", group: ZJets },
    Sample { dsid: 364125, name: "Zee_PTV280_500_BFilter", group: ZJets },
    Sample { dsid: 364126, name: "Zee_PTV500_1000", group: ZJets },
    Sample { dsid: 364127, name: "Zee_PTV1000_E_CMS", group: ZJets },
    Sample { dsid: 364128, name: "Ztautau_PTV0_70_CVetoBVeto", group: ZJets },
    Sample { dsid: 364129, name: "Ztautau_PTV0_70_CFilterBVeto", group: ZJets },
    Sample { dsid: 364130, name: "Ztautau_PTV0_70_BFilter", group: ZJets },
    Sample { dsid: 364131, name: "Ztautau_PTV70_140_CVetoBVeto", group: ZJets },
    Sample { dsid: 364132, name: "Ztautau_PTV70_140_CFilterBVeto", group: ZJets },
    Sample { dsid: 364133, name: "Ztautau_PTV70_140_BFilter", group: ZJets },
    Sample { dsid: 364134, name: "Ztautau_PTV140_280_CVetoBVeto", group: ZJets },
    Sample { dsid: 364135, name: "Ztautau_PTV140_280_CFilterBVeto", group: ZJets },
    Sample { dsid: 364136, name: "Ztautau_PTV140_280_BFilter", group: ZJets },
    Sample { dsid: 364137, name: "Ztautau_PTV280_500_CVetoBVeto", group: ZJets },
    Sample { dsid: 364138, name: "Ztautau_PTV280_500_CFilterBVeto", group: ZJets },
    Sample { dsid: 364139, name: "Ztautau_PTV280_500_BFilter", group: ZJets },
    Sample { dsid: 364140, name: "Ztautau_PTV500_1000", group: ZJets },
    Sample { dsid: 364141, name: "Ztautau_PTV1000_E_CMS", group: ZJets },
    Sample { dsid: 364156, name: "Wmunu0_70NoJetsBVeto", group: WJets },
    Sample { dsid: 364157, name: "Wmunu0_70JetsBVeto", group: WJets },
    Sample { dsid: 364158, name: "Wmunu0_70WithB", group: WJets },
    Sample { dsid: 364159, name: "Wmunu70_140NoJetsBVeto", group: WJets },
    Sample { dsid: 364160, name: "Wmunu70_140JetsBVeto", group: WJets },
    Sample { dsid: 364161, name: "Wmunu70_140WithB", group: WJets },
    Sample { dsid: 364162, name: "Wmunu140_280NoJetsBVeto", group: WJets },
    Sample { dsid: 364163, name: "Wmunu140_280JetsBVeto", group: WJets },
    Sample { dsid: 364164, name: "Wmunu140_280WithB", group: WJets },
    Sample { dsid: 364165, name: "Wmunu280_500NoJetsBVeto", group: WJets },
    Sample { dsid: 364166, name: "Wmunu280_500JetsBVeto", group: WJets },
    Sample { dsid: 364167, name: "Wmunu280_500WithB", group: WJets },
    Sample { dsid: 364168, name: "Wmunu500_1000", group: WJets },
    Sample { dsid: 364169, name: "Wmunu1000", group: WJets },
    Sample { dsid: 364170, name: "Wenu0_70NoJetsBVeto", group: WJets },
    Sample { dsid: 364171, name: "Wenu0_70JetsBVeto", group: WJets },
    Sample { dsid: 364172, name: "Wenu0_70WithB", group: WJets },
    Sample { dsid: 364173, name: "Wenu70_140NoJetsBVeto", group: WJets },
    Sample { dsid: 364174, name: "Wenu70_140JetsBVeto", group: WJets },
    Sample { dsid: 364175, name: "Wenu70_140WithB", group: WJets },
    Sample { dsid: 364176, name: "Wenu140_280NoJetsBVeto", group: WJets },
    Sample { dsid: 364177, name: "Wenu140_280JetsBVeto", group: WJets },
    Sample { dsid: 364178, name: "Wenu140_280WithB", group: WJets },
    Sample { dsid: 364179, name: "Wenu280_500NoJetsBVeto", group: WJets },
    Sample { dsid: 364180, name: "Wenu280_500JetsBVeto", group: WJets },
    Sample { dsid: 364181, name: "Wenu280_500WithB", group: WJets },
    Sample { dsid: 364182, name: "Wenu500_1000", group: WJets },
    Sample { dsid: 364183, name: "Wenu1000", group: WJets },
    Sample { dsid: 364184, name: "Wtaunu0_70NoJetsBVeto", group: WJets },
    Sample { dsid: 364185, name: "Wtaunu0_70JetsBVeto", group: WJets },
    Sample { dsid: 364186, name: "Wtaunu0_70WithB", group: WJets },
    Sample { dsid: 364187, name: "Wtaunu70_140NoJetsBVeto", group: WJets },
    Sample { dsid: 364188, name: "Wtaunu70_140JetsBVeto", group: WJets },
    Sample { dsid: 364189, name: "Wtaunu70_140WithB", group: WJets },
    Sample { dsid: 364190, name: "Wtaunu140_280NoJetsBVeto", group: WJets },
    Sample { dsid: 364191, name: "Wtaunu140_280JetsBVeto", group: WJets },
    Sample { dsid: 364192, name: "Wtaunu140_280WithB", group: WJets },
    Sample { dsid: 364193, name: "Wtaunu280_500NoJetsBVeto", group: WJets },
    Sample { dsid: 364194, name: "Wtaunu280_500JetsBVeto", group: WJets },
    Sample { dsid: 364195, name: "Wtaunu280_500WithB", group: WJets },
    Sample { dsid: 364196, name: "Wtaunu500_1000", group: WJets },
    Sample { dsid: 364197, name: "Wtaunu1000", group: WJets },
    Sample { dsid: 370114, name: "gluino1200DM1", group: Bsm },
    Sample { dsid: 370118, name: "gluino1200DM600", group: Bsm },
    Sample { dsid: 370129, name: "gluino1400DM1", group: Bsm },
    Sample { dsid: 370144, name: "gluino1600DM1", group: Bsm },
    Sample { dsid: 387154, name: "stop500DM1", group: Bsm },
    Sample { dsid: 387157, name: "stop500DM200", group: Bsm },
    Sample { dsid: 387163, name: "stop600DM1", group: Bsm },
    Sample { dsid: 388240, name: "stop450DM1", group: Bsm },
    Sample { dsid: 392217, name: "C1N2_WZ_400p0_0p0_3L_2L7", group: Bsm },
    Sample { dsid: 392220, name: "C1N2_WZ_350p0_0p0_3L_2L7", group: Bsm },
    Sample { dsid: 392223, name: "C1N2_WZ_500p0_0p0_3L_2L7", group: Bsm },
    Sample { dsid: 392226, name: "C1N2_WZ_100p0_0p0_3L_2L7", group: Bsm },
    Sample { dsid: 392302, name: "chargino500-neutralino2L2J100", group: Bsm },
    Sample { dsid: 392304, name: "chargino300-neutralino2L2J100", group: Bsm },
    Sample { dsid: 392308, name: "chargino300-neutralino2L2J200", group: Bsm },
    Sample { dsid: 392317, name: "chargino400-neutralino2L2J0", group: Bsm },
    Sample { dsid: 392323, name: "chargino500-neutralino2L2J0", group: Bsm },
    Sample { dsid: 392324, name: "chargino400-neutralino2L2J300", group: Bsm },
    Sample { dsid: 392326, name: "chargino100-neutralino2L2J0", group: Bsm },
    Sample { dsid: 392330, name: "chargino200-neutralino2L2J100", group: Bsm },
    Sample { dsid: 392332, name: "chargino500-neutralino2L2J300", group: Bsm },
    Sample { dsid: 392354, name: "chargino600-neutralino2L2J100", group: Bsm },
    Sample { dsid: 392356, name: "chargino600-neutralino2L2J0", group: Bsm },
    Sample { dsid: 392361, name: "chargino700-neutralino2L2J400", group: Bsm },
    Sample { dsid: 392364, name: "chargino700-neutralino2L2J100", group: Bsm },
    Sample { dsid: 392365, name: "chargino700-neutralino2L2J0", group: Bsm },
    Sample { dsid: 392501, name: "chargino-chargino200neutralino100", group: Bsm },
    Sample { dsid: 392502, name: "chargino-chargino200neutralino150", group: Bsm },
    Sample { dsid: 392504, name: "chargino-chargino300neutralino100", group: Bsm },
    Sample { dsid: 392506, name: "chargino-chargino300neutralino250", group: Bsm },
    Sample { dsid: 392507, name: "chargino-chargino400neutralino100", group: Bsm },
    Sample { dsid: 392509, name: "chargino-chargino400neutralino300", group: Bsm },
    Sample { dsid: 392513, name: "chargino-chargino500neutralino300", group: Bsm },
    Sample { dsid: 392517, name: "chargino-chargino600neutralino300", group: Bsm },
    Sample { dsid: 392518, name: "chargino-chargino700neutralino1", group: Bsm },
    Sample { dsid: 392521, name: "chargino-chargino700neutralino300", group: Bsm },
    Sample { dsid: 392916, name: "slep100DM1", group: Bsm },
    Sample { dsid: 392918, name: "slep200DM1", group: Bsm },
    Sample { dsid: 392920, name: "slep300DM1", group: Bsm },
    Sample { dsid: 392924, name: "slep500DM1", group: Bsm },
    Sample { dsid: 392925, name: "slep100DM50", group: Bsm },
    Sample { dsid: 392936, name: "slep200DM100", group: Bsm },
    Sample { dsid: 392942, name: "slep500DM100", group: Bsm },
    Sample { dsid: 392951, name: "slep300DM200", group: Bsm },
    Sample { dsid: 392962, name: "slep400DM300", group: Bsm },
    Sample { dsid: 392964, name: "slep500DM300", group: Bsm },
    Sample { dsid: 392982, name: "slep600DM1", group: Bsm },
    Sample { dsid: 392985, name: "slep600DM300", group: Bsm },
    Sample { dsid: 392996, name: "slep700DM1", group: Bsm },
    Sample { dsid: 392999, name: "slep700DM300", group: Bsm },
    Sample { dsid: 410000, name: "ttbar_lep", group: TtBar },
    Sample { dsid: 410011, name: "single_top_tchan", group: SingleTop },
    Sample { dsid: 410012, name: "single_antitop_tchan", group: SingleTop },
    Sample { dsid: 410013, name: "single_top_wtchan", group: SingleTop },
    Sample { dsid: 410014, name: "single_antitop_wtchan", group: SingleTop },
    Sample { dsid: 410025, name: "single_top_schan", group: SingleTop },
    Sample { dsid: 410026, name: "single_antitop_schan", group: SingleTop },
    Sample { dsid: 410155, name: "ttW", group: TtW },
    Sample { dsid: 410218, name: "ttee", group: TtZ },
    Sample { dsid: 410219, name: "ttmumu", group: TtZ },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_without_duplicates() {
        assert!(SAMPLES.windows(2).all(|w| w[0].dsid < w[1].dsid));
    }

    #[test]
    fn signal_and_background_samples_are_found() {
        assert_eq!(sample(345060).map(|s| s.group), Some(HiggsZZ));
        assert_eq!(sample(363490).map(|s| (s.name, s.group)), Some(("llll", ZZ)));
        assert_eq!(sample(345324).map(|s| s.group), Some(HiggsWW));
        assert_eq!(sample(410000).map(|s| s.group), Some(TtBar));
        assert_eq!(sample(410218).map(|s| s.group), Some(TtZ));
        assert_eq!(sample(364100).map(|s| s.group), Some(ZJets));
        assert_eq!(sample(0), None);
    }
}
