//! H → WW* → ℓνℓν on the 2lep skim, with the older Histogram Analyser app's selection.
//!
//! Leptons: [`is_good_lepton`](super::objects::is_good_lepton) above 25 GeV; exactly two, of
//! opposite charge. Jets: [`is_good_jet`](super::objects::is_good_jet); `njets` counts those
//! above 30 GeV, `nbjets` those b-tagged at the 85 % working point (MV2c10 > 0.1758475).
//! Fixed cuts: MET < 200 GeV, 10 < mℓℓ < 105 GeV, pTℓℓ < 200 GeV. Everything else (jet veto,
//! b-veto, Δφℓℓ, mT …) is left to the cube's axes.

use std::f64::consts::PI;

use histcube::{Axis, AxisCut, DataKind, GuidedPath, Process, Role};

use crate::analysis::objects::{count_jets, opposite_sign_pair, MV2C10_85};
use crate::analysis::{guided_path, Analysis, DileptonChannel, OTHER};
use crate::event::Event;
use crate::root::Needs;
use crate::samples::PhysicsGroup;

/// Lepton pT threshold, GeV.
pub const LEPTON_MIN_PT: f64 = 25.0;

/// The variables of a selected H → WW event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WwVariables {
    pub channel: DileptonChannel,
    pub mll: f64,
    pub njets: u32,
    pub nbjets: u32,
    pub ptll: f64,
    pub met: f64,
    /// Δφ(ℓℓ, MET) in [0, π].
    pub dphi_ll_met: f64,
    /// Δφ(ℓ₁, ℓ₂) in [0, π].
    pub dphi_ll: f64,
    /// √(2 pTℓℓ MET (1 − cos Δφ(ℓℓ, MET))), GeV.
    pub mt: f64,
}

/// The app's selection; `None` when the event fails it.
pub fn select(event: &Event) -> Option<WwVariables> {
    let pair = opposite_sign_pair(event, LEPTON_MIN_PT)?;
    if !(event.met < 200.0 && pair.mll > 10.0 && pair.mll < 105.0 && pair.ptll < 200.0) {
        return None;
    }
    let (njets, nbjets) = count_jets(&event.jets, MV2C10_85);
    Some(WwVariables {
        channel: pair.channel,
        mll: pair.mll,
        njets,
        nbjets,
        ptll: pair.ptll,
        met: event.met,
        dphi_ll_met: pair.dphi_met(event.met_phi),
        dphi_ll: pair.dphi_ll,
        mt: pair.mt(event.met, event.met_phi),
    })
}

/// The H → WW analysis.
pub struct Hww;

impl Analysis for Hww {
    fn id(&self) -> &'static str {
        "hww"
    }

    fn description(&self) -> &'static str {
        "H → WW* → ℓνℓν on the 2lep skim (2 tight isolated opposite-sign leptons > 25 GeV)"
    }

    fn needs(&self) -> Needs {
        Needs { lepton_quality: true, jets: true, met: true }
    }

    fn axes(&self) -> Vec<Axis> {
        // Coarse bins: nine axes on multi-million-event backgrounds must stay near 100k cells.
        vec![
            Axis::category("channel", &DileptonChannel::IDS),
            Axis::regular("mll", "GeV", 19, 10.0, 105.0),
            Axis::integer("njets", 0, 4),
            Axis::integer("nbjets", 0, 3),
            Axis::regular("ptll", "GeV", 8, 0.0, 200.0),
            Axis::regular("met", "GeV", 8, 0.0, 200.0),
            Axis::regular("dphi_ll_met", "rad", 8, 0.0, PI).with_flow(false, true),
            Axis::regular("dphi_ll", "rad", 8, 0.0, PI).with_flow(false, true),
            Axis::regular("mt", "GeV", 10, 0.0, 250.0),
        ]
    }

    fn simulated_processes(&self) -> Vec<Process> {
        vec![
            Process::new("hww", Role::Signal),
            Process::new("ww", Role::Background),
            Process::new("ttbar", Role::Background),
            Process::new("zjets", Role::Background),
            Process::new(OTHER, Role::Background),
        ]
    }

    fn default_data_kind(&self) -> DataKind {
        DataKind::PseudoData
    }

    fn process_for_group(&self, group: PhysicsGroup) -> &'static str {
        match group {
            PhysicsGroup::HiggsWW => "hww",
            PhysicsGroup::WW => "ww",
            PhysicsGroup::TtBar => "ttbar",
            PhysicsGroup::ZJets => "zjets",
            _ => OTHER,
        }
    }

    /// "Separate the signals" learns the backgrounds' fingerprints (the Z peak and flavour, b-jets
    /// of top quarks); "Find the Higgs" adds the jet veto, the spin-0 Δφℓℓ and mℓℓ cuts of ATLAS's
    /// H → WW analyses (Δφℓℓ < 1.8, mℓℓ < 55 GeV), on this cube's bin edges, and ends on mT.
    fn guided_paths(&self) -> Vec<GuidedPath> {
        let emu = || Some(AxisCut::categories(&["emu"]));
        let below = |upper| Some(AxisCut::range(None, Some(upper)));
        vec![
            guided_path("separate", vec![("mll", None), ("channel", emu()), ("nbjets", None), ("nbjets", below(1.0))]),
            guided_path(
                "hww",
                vec![
                    ("channel", emu()),
                    ("nbjets", below(1.0)),
                    ("njets", below(2.0)),
                    ("met", None),
                    ("dphi_ll", below(5.0 * PI / 8.0)),
                    ("mll", below(55.0)),
                    ("mt", None),
                ],
            ),
        ]
    }

    fn values(&self, event: &Event, out: &mut [f64]) -> bool {
        let Some(v) = select(event) else { return false };
        out.copy_from_slice(&[
            v.channel.index() as f64,
            v.mll,
            f64::from(v.njets),
            f64::from(v.nbjets),
            v.ptll,
            v.met,
            v.dphi_ll_met,
            v.dphi_ll,
            v.mt,
        ]);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::objects::test_events::{event, jet, lepton};
    use crate::event::{ELECTRON, MUON};

    #[test]
    fn back_to_back_e_mu_event() {
        // e⁺ at φ = 0, μ⁻ at φ = π, both 40 GeV at η = 0: mℓℓ = 80, pTℓℓ = 0, Δφℓℓ = π.
        let e = event(vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, PI)], vec![], 30.0, 1.0);
        let v = select(&e).unwrap();
        assert_eq!(v.channel, DileptonChannel::EMu);
        assert!((v.mll - 80.0).abs() < 1e-9);
        assert!(v.ptll < 1e-9 && (v.dphi_ll - PI).abs() < 1e-12);
        assert!(v.mt < 1e-3, "mT vanishes with pTℓℓ = 0");
        assert_eq!((v.njets, v.nbjets), (0, 0));
    }

    #[test]
    fn transverse_mass_against_a_hand_calculation() {
        // Two 40 GeV leptons at φ = ±π/3, η = 0: pTℓℓ = 40 along x (2·40·cos 60°), mℓℓ = 2·40·sin 60° = 69.28.
        // MET = 50 GeV at φ = π/2: Δφ = π/2, mT = √(2·40·50·(1 − 0)) = √4000 = 63.246.
        let leptons = vec![lepton(MUON, 1, 40.0, 0.0, PI / 3.0), lepton(MUON, -1, 40.0, 0.0, -PI / 3.0)];
        let v = select(&event(leptons, vec![], 50.0, PI / 2.0)).unwrap();
        assert_eq!(v.channel, DileptonChannel::MuMu);
        assert!((v.ptll - 40.0).abs() < 1e-9, "{}", v.ptll);
        assert!((v.mll - 80.0 * (PI / 3.0).sin()).abs() < 1e-9);
        assert!((v.dphi_ll_met - PI / 2.0).abs() < 1e-9);
        assert!((v.mt - 4000f64.sqrt()).abs() < 1e-9, "{}", v.mt);
    }

    #[test]
    fn fixed_cuts_on_met_mll_and_ptll() {
        let z = || vec![lepton(ELECTRON, 1, 45.6, 0.0, 0.0), lepton(ELECTRON, -1, 45.6, 0.0, PI)];
        assert!(select(&event(z(), vec![], 199.0, 0.0)).is_some());
        assert!(select(&event(z(), vec![], 201.0, 0.0)).is_none(), "MET ≥ 200 GeV");
        let heavy = vec![lepton(ELECTRON, 1, 60.0, 0.0, 0.0), lepton(ELECTRON, -1, 60.0, 0.0, PI)];
        assert!(select(&event(heavy, vec![], 10.0, 0.0)).is_none(), "mℓℓ = 120 GeV");
        let collinear = vec![lepton(MUON, 1, 150.0, 0.0, 0.0), lepton(MUON, -1, 100.0, 0.0, 0.05)];
        assert!(select(&event(collinear, vec![], 10.0, 0.0)).is_none(), "pTℓℓ ≈ 250 GeV");
    }

    #[test]
    fn jets_failing_jvt_are_not_counted() {
        let leptons = vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, 2.5)];
        let jets = vec![jet(45.0, 0.5, 0.2, 0.9), jet(45.0, 0.5, 0.8, 0.9), jet(28.0, 0.5, 0.8, 0.9)];
        let v = select(&event(leptons, jets, 20.0, 0.0)).unwrap();
        assert_eq!(v.njets, 1, "one jet fails JVT, one is below 30 GeV");
        assert_eq!(v.nbjets, 2, "b-tags count every good jet above 25 GeV");
    }

    #[test]
    fn values_follow_the_axis_order() {
        let leptons = vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, 2.5)];
        let e = event(leptons, vec![jet(80.0, 0.0, 1.0, 0.0)], 20.0, 1.0);
        let v = select(&e).unwrap();
        let mut out = vec![0.0; Hww.axes().len()];
        assert!(Hww.values(&e, &mut out));
        assert_eq!(out, [2.0, v.mll, 1.0, 0.0, v.ptll, 20.0, v.dphi_ll_met, v.dphi_ll, v.mt]);
    }
}
