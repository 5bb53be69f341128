//! tt̄Z in the two-lepton final state: Z → ℓℓ plus the jets of the hadronically decaying tops.
//!
//! Leptons: [`is_good_lepton`](super::objects::is_good_lepton) above 15 GeV; exactly two, of
//! opposite charge, the leading one above 30 GeV. Jets as in H→WW (good jets, `njets` counts
//! those above 30 GeV), with ≥ 3 counted jets required; b-tagging at the 77 % working point
//! (MV2c10 > 0.6459). Fixed cuts: MET < 200 GeV, 10 < mℓℓ < 105 GeV, pTℓℓ < 200 GeV.
//! The flavour channel stays an axis, so same-flavour pairs (the Z) are a cut in the browser.

use std::f64::consts::PI;

use histcube::{Axis, AxisCut, DataKind, GuidedPath, Process, Role};

use crate::analysis::objects::{count_jets, opposite_sign_pair, MV2C10_77};
use crate::analysis::{guided_path, Analysis, DileptonChannel, OTHER};
use crate::event::Event;
use crate::root::Needs;
use crate::samples::PhysicsGroup;

pub const LEADING_LEPTON_MIN_PT: f64 = 30.0;
pub const SUBLEADING_LEPTON_MIN_PT: f64 = 15.0;
pub const MIN_JETS: u32 = 3;

/// The variables of a selected ttZ event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TtzVariables {
    pub channel: DileptonChannel,
    pub mll: f64,
    pub njets: u32,
    pub nbjets: u32,
    pub ptll: f64,
    pub met: f64,
    /// ΔR between the two leptons.
    pub drll: f64,
    /// Δφ between the two leptons, [0, π].
    pub dphill: f64,
}

/// The ttZ selection; `None` when the event fails it.
pub fn select(event: &Event) -> Option<TtzVariables> {
    let pair = opposite_sign_pair(event, SUBLEADING_LEPTON_MIN_PT)?;
    if pair.lead_pt <= LEADING_LEPTON_MIN_PT {
        return None;
    }
    if !(event.met < 200.0 && pair.mll > 10.0 && pair.mll < 105.0 && pair.ptll < 200.0) {
        return None;
    }
    let (njets, nbjets) = count_jets(&event.jets, MV2C10_77);
    if njets < MIN_JETS {
        return None;
    }
    Some(TtzVariables {
        channel: pair.channel,
        mll: pair.mll,
        njets,
        nbjets,
        ptll: pair.ptll,
        met: event.met,
        drll: pair.dr_ll,
        dphill: pair.dphi_ll,
    })
}

/// The ttZ analysis.
pub struct Ttz;

impl Analysis for Ttz {
    fn id(&self) -> &'static str {
        "ttz"
    }

    fn description(&self) -> &'static str {
        "tt̄Z → 2ℓ + ≥ 3 jets on the 2lep skim (opposite-sign leptons > 30 / 15 GeV)"
    }

    fn needs(&self) -> Needs {
        Needs { lepton_quality: true, jets: true, met: true }
    }

    fn axes(&self) -> Vec<Axis> {
        vec![
            Axis::category("channel", &DileptonChannel::IDS),
            Axis::regular("mll", "GeV", 19, 10.0, 105.0),
            // 3, 4, 5, 6 and ≥ 7 jets.
            Axis::integer("njets", 3, 7),
            Axis::integer("nbjets", 0, 3),
            Axis::regular("ptll", "GeV", 8, 0.0, 200.0),
            Axis::regular("met", "GeV", 8, 0.0, 200.0),
            Axis::regular("drll", "", 10, 0.0, 5.0).with_flow(false, true),
            Axis::regular("dphill", "rad", 8, 0.0, PI).with_flow(false, true),
        ]
    }

    fn simulated_processes(&self) -> Vec<Process> {
        vec![
            Process::new("ttz", Role::Signal),
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
            PhysicsGroup::TtZ => "ttz",
            PhysicsGroup::TtBar => "ttbar",
            PhysicsGroup::ZJets => "zjets",
            _ => OTHER,
        }
    }

    /// Find tt̄Z: a same-flavour pair on the Z peak (ATLAS uses |mℓℓ − m_Z| < 10 GeV; here the
    /// nearest bin edges), b-jets from the tops, many jets, and a look at the MET.
    fn guided_paths(&self) -> Vec<GuidedPath> {
        vec![guided_path(
            "ttz",
            vec![
                ("channel", Some(AxisCut::categories(&["ee", "mumu"]))),
                ("mll", Some(AxisCut::range(Some(80.0), Some(100.0)))),
                ("nbjets", Some(AxisCut::range(Some(1.0), None))),
                ("njets", Some(AxisCut::range(Some(5.0), None))),
                ("met", None),
            ],
        )]
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
            v.drll,
            v.dphill,
        ]);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::objects::test_events::{event, jet, lepton};
    use crate::event::{ELECTRON, MUON};

    fn z_to_mumu() -> Vec<crate::event::Lepton> {
        vec![lepton(MUON, 1, 45.6, 0.0, 0.0), lepton(MUON, -1, 45.6, 0.0, PI)]
    }

    fn three_jets(mv2c10: [f64; 3]) -> Vec<crate::event::Jet> {
        mv2c10.iter().map(|&b| jet(50.0, 0.5, 0.9, b)).collect()
    }

    #[test]
    fn z_plus_three_jets_is_selected_with_its_variables() {
        let v = select(&event(z_to_mumu(), three_jets([0.9, 0.7, 0.1]), 40.0, 0.0)).unwrap();
        assert_eq!(v.channel, DileptonChannel::MuMu);
        assert!((v.mll - 91.2).abs() < 1e-9);
        assert_eq!((v.njets, v.nbjets), (3, 2), "0.1 fails the 77 % working point");
        assert!((v.drll - PI).abs() < 1e-12 && (v.dphill - PI).abs() < 1e-12);
    }

    #[test]
    fn needs_three_counted_jets() {
        let mut jets = three_jets([0.0; 3]);
        jets[2].jvt = 0.1;
        assert!(select(&event(z_to_mumu(), jets, 40.0, 0.0)).is_none(), "third jet fails JVT");
        let mut jets = three_jets([0.0; 3]);
        jets[2].pt = 28.0;
        assert!(select(&event(z_to_mumu(), jets, 40.0, 0.0)).is_none(), "third jet below 30 GeV");
    }

    #[test]
    fn lepton_thresholds_are_30_and_15_gev() {
        let pair = |lead: f64, sub: f64| vec![lepton(ELECTRON, 1, lead, 0.0, 0.0), lepton(ELECTRON, -1, sub, 0.5, 2.0)];
        assert!(select(&event(pair(35.0, 16.0), three_jets([0.0; 3]), 10.0, 0.0)).is_some());
        assert!(select(&event(pair(29.0, 20.0), three_jets([0.0; 3]), 10.0, 0.0)).is_none());
        assert!(select(&event(pair(35.0, 14.0), three_jets([0.0; 3]), 10.0, 0.0)).is_none());
    }
}
