//! Object definitions shared by the dilepton analyses (H→WW and ttZ): which leptons and jets
//! count, b-tagging working points, and the dilepton system's variables.

use crate::analysis::DileptonChannel;
use crate::event::{Event, Jet, Lepton, ELECTRON, MUON};
use crate::physics::{delta_phi, delta_r, transverse_mass};

/// MV2c10 cut of the 85 % b-tagging efficiency working point (used by H→WW to veto top).
pub const MV2C10_85: f64 = 0.175_847_5;
/// MV2c10 cut of the 77 % working point (used by ttZ to tag b-jets with less light-jet fake rate).
pub const MV2C10_77: f64 = 0.6459;

/// Minimum jet pT for a jet to exist at all in the analyses, GeV.
pub const JET_MIN_PT: f64 = 25.0;
/// Jets counted in `njets` need this pT, GeV.
pub const JET_COUNTED_PT: f64 = 30.0;
/// Jets softer than this and central enough must pass the pile-up tagger, GeV.
pub const JVT_MAX_PT: f64 = 60.0;
pub const JVT_MAX_ABS_ETA: f64 = 2.4;
pub const JVT_CUT: f64 = 0.59;
/// Jets are used within the tracker acceptance, where b-tagging is defined.
pub const JET_MAX_ABS_ETA: f64 = 2.5;

/// A tight, isolated electron or muon within |η| < 2.5 above `min_pt`: the older H→WW app's
/// definition (track isolation ptcone30/pT < 0.1, calorimeter isolation etcone20/pT < 0.1).
pub fn is_good_lepton(l: &Lepton, min_pt: f64) -> bool {
    (l.kind == ELECTRON || l.kind == MUON)
        && l.pt > min_pt
        && l.eta.abs() < 2.5
        && l.is_tight
        && l.ptcone30 / l.pt < 0.1
        && l.etcone20 / l.pt < 0.1
}

/// A jet above 25 GeV within |η| < 2.5 that, when soft (pT < 60 GeV) and central (|η| < 2.4),
/// passes the JVT pile-up cut.
pub fn is_good_jet(j: &Jet) -> bool {
    let needs_jvt = j.pt < JVT_MAX_PT && j.eta.abs() < JVT_MAX_ABS_ETA;
    j.pt > JET_MIN_PT && j.eta.abs() < JET_MAX_ABS_ETA && (!needs_jvt || j.jvt > JVT_CUT)
}

/// Jet multiplicities: good jets above 30 GeV, and good jets (above 25 GeV) b-tagged at `btag_cut`.
pub fn count_jets(jets: &[Jet], btag_cut: f64) -> (u32, u32) {
    let mut counted = 0;
    let mut btagged = 0;
    for j in jets.iter().filter(|j| is_good_jet(j)) {
        if j.pt > JET_COUNTED_PT {
            counted += 1;
        }
        if j.mv2c10 > btag_cut {
            btagged += 1;
        }
    }
    (counted, btagged)
}

/// The two leptons of a dilepton event and the system's variables.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dilepton {
    pub channel: DileptonChannel,
    /// Invariant mass of the pair, GeV.
    pub mll: f64,
    /// Transverse momentum of the pair, GeV.
    pub ptll: f64,
    /// Azimuth of the pair.
    pub phill: f64,
    /// Δφ between the two leptons, [0, π].
    pub dphi_ll: f64,
    /// ΔR between the two leptons.
    pub dr_ll: f64,
    /// pT of the leading and subleading lepton, GeV.
    pub lead_pt: f64,
    pub sublead_pt: f64,
}

/// Exactly two leptons passing `is_good_lepton(·, min_pt)`, of opposite charge, as a dilepton.
pub fn opposite_sign_pair(event: &Event, min_pt: f64) -> Option<Dilepton> {
    let mut good = event.leptons.iter().filter(|l| is_good_lepton(l, min_pt));
    let (a, b) = (good.next()?, good.next()?);
    if good.next().is_some() || a.charge + b.charge != 0 {
        return None;
    }
    let channel = match (a.kind, b.kind) {
        (ELECTRON, ELECTRON) => DileptonChannel::Ee,
        (MUON, MUON) => DileptonChannel::MuMu,
        _ => DileptonChannel::EMu,
    };
    let pair = a.p4() + b.p4();
    Some(Dilepton {
        channel,
        mll: pair.mass(),
        ptll: pair.pt(),
        phill: pair.phi(),
        dphi_ll: delta_phi(a.phi, b.phi),
        dr_ll: delta_r(a.eta, a.phi, b.eta, b.phi),
        lead_pt: a.pt.max(b.pt),
        sublead_pt: a.pt.min(b.pt),
    })
}

impl Dilepton {
    /// Δφ between the dilepton system and the missing transverse momentum, [0, π].
    pub fn dphi_met(&self, met_phi: f64) -> f64 {
        delta_phi(self.phill, met_phi)
    }

    /// mT = √(2 pTℓℓ MET (1 − cos Δφ(ℓℓ, MET))).
    pub fn mt(&self, met: f64, met_phi: f64) -> f64 {
        transverse_mass(self.ptll, self.phill, met, met_phi)
    }
}

#[cfg(test)]
pub(crate) mod test_events {
    //! Hand-built objects for the selection tests.
    use super::*;

    /// A massless lepton passing every quality cut.
    pub fn lepton(kind: u32, charge: i32, pt: f64, eta: f64, phi: f64) -> Lepton {
        Lepton { pt, eta, phi, e: pt * eta.cosh(), charge, kind, is_tight: true, ptcone30: 0.0, etcone20: 0.0 }
    }

    pub fn jet(pt: f64, eta: f64, jvt: f64, mv2c10: f64) -> Jet {
        Jet { pt, eta, phi: 0.0, e: pt * eta.cosh(), jvt, mv2c10 }
    }

    /// A simulated event (DSID ≠ run number) with these leptons, jets and MET.
    pub fn event(leptons: Vec<Lepton>, jets: Vec<Jet>, met: f64, met_phi: f64) -> Event {
        Event { run_number: 284500, channel_number: 345324, leptons, jets, met, met_phi, ..Event::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::test_events::*;
    use super::*;
    use std::f64::consts::PI;

    #[test]
    fn lepton_quality_cuts() {
        let good = lepton(MUON, 1, 30.0, 1.0, 0.0);
        assert!(is_good_lepton(&good, 25.0));
        assert!(!is_good_lepton(&good, 30.0), "pT must be strictly above the threshold");
        assert!(!is_good_lepton(&Lepton { eta: 2.6, ..good.clone() }, 25.0));
        assert!(!is_good_lepton(&Lepton { is_tight: false, ..good.clone() }, 25.0));
        assert!(!is_good_lepton(&Lepton { ptcone30: 3.0, ..good.clone() }, 25.0), "ptcone30/pT = 0.1");
        assert!(!is_good_lepton(&Lepton { etcone20: 3.5, ..good.clone() }, 25.0));
        assert!(is_good_lepton(&Lepton { etcone20: 2.9, ..good.clone() }, 25.0));
        assert!(!is_good_lepton(&Lepton { kind: 15, ..good }, 25.0));
    }

    #[test]
    fn soft_central_jets_must_pass_jvt() {
        assert!(!is_good_jet(&jet(40.0, 0.5, 0.3, 0.0)), "soft central jet failing JVT");
        assert!(is_good_jet(&jet(40.0, 0.5, 0.9, 0.0)));
        assert!(is_good_jet(&jet(70.0, 0.5, 0.3, 0.0)), "hard jets are exempt from JVT");
        assert!(is_good_jet(&jet(40.0, 2.45, 0.3, 0.0)), "2.4 < |η| < 2.5 is exempt from JVT");
        assert!(!is_good_jet(&jet(40.0, 2.6, 0.9, 0.0)), "outside the tracker");
        assert!(!is_good_jet(&jet(24.0, 0.0, 0.9, 0.0)));
    }

    #[test]
    fn jets_are_counted_above_30_gev_and_btagged_at_either_working_point() {
        let jets = vec![
            jet(100.0, 0.1, 1.0, 0.9), // counted, b-tagged at 85 % and 77 %
            jet(50.0, -1.0, 1.0, 0.3), // counted, b-tagged at 85 % only
            jet(27.0, 0.3, 1.0, 0.95), // not counted (< 30 GeV) but b-tagged at both
            jet(45.0, 0.3, 0.1, 0.99), // fails JVT: neither counted nor tagged
            jet(35.0, 1.2, 0.8, -0.5), // counted, not tagged
        ];
        assert_eq!(count_jets(&jets, MV2C10_85), (3, 3));
        assert_eq!(count_jets(&jets, MV2C10_77), (3, 2));
    }

    #[test]
    fn z_to_ee_event_at_91_gev() {
        let e = event(vec![lepton(ELECTRON, 1, 45.6, 0.0, 0.0), lepton(ELECTRON, -1, 45.6, 0.0, PI)], vec![], 0.0, 0.0);
        let pair = opposite_sign_pair(&e, 25.0).unwrap();
        assert_eq!(pair.channel, DileptonChannel::Ee);
        assert!((pair.mll - 91.2).abs() < 1e-9);
        assert!(pair.ptll.abs() < 1e-9);
        assert!((pair.dphi_ll - PI).abs() < 1e-12);
    }

    #[test]
    fn pairs_need_exactly_two_opposite_sign_good_leptons() {
        let mu_plus = lepton(MUON, 1, 40.0, 0.0, 0.0);
        let e_minus = lepton(ELECTRON, -1, 40.0, 0.0, 2.0);
        let same_sign = event(vec![mu_plus.clone(), lepton(ELECTRON, 1, 40.0, 0.0, 2.0)], vec![], 0.0, 0.0);
        assert!(opposite_sign_pair(&same_sign, 25.0).is_none());
        let three = event(vec![mu_plus.clone(), e_minus.clone(), lepton(MUON, -1, 30.0, 1.0, 1.0)], vec![], 0.0, 0.0);
        assert!(opposite_sign_pair(&three, 25.0).is_none());
        // A third lepton that fails the quality cuts does not count.
        let soft_third =
            event(vec![mu_plus.clone(), e_minus.clone(), lepton(MUON, -1, 10.0, 1.0, 1.0)], vec![], 0.0, 0.0);
        assert_eq!(opposite_sign_pair(&soft_third, 25.0).unwrap().channel, DileptonChannel::EMu);
    }
}
