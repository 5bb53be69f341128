//! H → ZZ* → 4ℓ on the 4lep skim, with the preselection of the official Open Data notebook.
//!
//! Preselection (nothing else is baked in; every further cut is an axis):
//! at least four leptons, and the first four (the ntuples store leptons by decreasing pT) have
//! total charge 0 and Σ`lep_type` ∈ {44, 48, 52}, i.e. 4e, 2e2μ or 4μ.
//!
//! Z-candidate pairing: among the four leptons, every same-flavour opposite-sign pair is a
//! candidate; Z1 is the one whose mass is closest to m_Z = 91.1876 GeV and Z2 is made of the
//! two other leptons (which then also form a same-flavour opposite-sign pair). In 2e2μ the
//! pairs are forced (ee and μμ) and Z1 is the one closer to m_Z; if the preselection let
//! through a 2e2μ event whose pairs are same-sign (e⁺e⁺μ⁻μ⁻), the same-flavour pairs are
//! still used, since no opposite-sign pairing exists.

use histcube::{Axis, AxisCut, DataKind, GuidedPath, Process, Role};

use crate::analysis::{guided_path, Analysis, OTHER};
use crate::event::{Event, Lepton};
use crate::physics::{FourVector, Z_MASS_GEV};
use crate::root::Needs;
use crate::samples::PhysicsGroup;

/// The four-lepton channel, from the sum of lepton types (11 + 11 + 11 + 11 = 44, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FourLeptonChannel {
    FourE,
    FourMu,
    TwoETwoMu,
}

impl FourLeptonChannel {
    /// Category ids, in axis order.
    pub const IDS: [&'static str; 3] = ["4e", "4mu", "2e2mu"];
}

/// The variables of a selected four-lepton event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FourLeptons {
    pub channel: FourLeptonChannel,
    /// Four-lepton invariant mass, GeV.
    pub m4l: f64,
    /// Mass of the Z candidate closest to m_Z, GeV.
    pub mz1: f64,
    /// Mass of the other lepton pair, GeV.
    pub mz2: f64,
    /// pT of the leading lepton of the four, GeV.
    pub lead_pt: f64,
}

/// The notebook's preselection and the four-lepton variables; `None` when the event fails.
pub fn select(event: &Event) -> Option<FourLeptons> {
    let four = event.leptons.get(..4)?;
    let charge: i32 = four.iter().map(|l| l.charge).sum();
    let type_sum: u32 = four.iter().map(|l| l.kind).sum();
    let channel = match type_sum {
        44 => FourLeptonChannel::FourE,
        52 => FourLeptonChannel::FourMu,
        48 => FourLeptonChannel::TwoETwoMu,
        _ => return None,
    };
    if charge != 0 {
        return None;
    }
    let p4: Vec<FourVector> = four.iter().map(Lepton::p4).collect();
    let m4l = p4.iter().copied().sum::<FourVector>().mass();
    let (mz1, mz2) = z_candidates(four, &p4);
    let lead_pt = four.iter().map(|l| l.pt).fold(f64::NEG_INFINITY, f64::max);
    Some(FourLeptons { channel, m4l, mz1, mz2, lead_pt })
}

/// The three ways to split four leptons into two pairs, as index pairs.
const PAIRINGS: [[(usize, usize); 2]; 3] = [[(0, 1), (2, 3)], [(0, 2), (1, 3)], [(0, 3), (1, 2)]];

/// (m_Z1, m_Z2) following the pairing rule in the module docs.
fn z_candidates(four: &[Lepton], p4: &[FourVector]) -> (f64, f64) {
    let same_flavour = |(i, j): (usize, usize)| four[i].kind == four[j].kind;
    let opposite_sign = |(i, j): (usize, usize)| four[i].charge + four[j].charge == 0;
    let mass = |(i, j): (usize, usize)| (p4[i] + p4[j]).mass();
    let pairings = |require_opposite_sign: bool| {
        PAIRINGS.iter().filter(move |pairs| {
            pairs.iter().all(|&p| same_flavour(p) && (!require_opposite_sign || opposite_sign(p)))
        })
    };
    let mut best: Option<(f64, f64, f64)> = None;
    // Only the same-sign 2e2μ case has no opposite-sign pairing; see the module docs.
    let opposite_sign_exists = pairings(true).next().is_some();
    for pairs in pairings(opposite_sign_exists) {
        let (ma, mb) = (mass(pairs[0]), mass(pairs[1]));
        let (z1, z2) = if (ma - Z_MASS_GEV).abs() <= (mb - Z_MASS_GEV).abs() { (ma, mb) } else { (mb, ma) };
        let distance = (z1 - Z_MASS_GEV).abs();
        if best.is_none_or(|(d, _, _)| distance < d) {
            best = Some((distance, z1, z2));
        }
    }
    // The preselection's type sum guarantees a same-flavour pairing exists.
    best.map_or((f64::NAN, f64::NAN), |(_, z1, z2)| (z1, z2))
}

/// The H → ZZ* → 4ℓ analysis.
pub struct Hzz4l;

impl Analysis for Hzz4l {
    fn id(&self) -> &'static str {
        "hzz4l"
    }

    fn description(&self) -> &'static str {
        "H → ZZ* → 4ℓ on the 4lep skim (≥ 4 leptons; leading four neutral with Σtype ∈ {44, 48, 52})"
    }

    fn needs(&self) -> Needs {
        Needs::default()
    }

    fn axes(&self) -> Vec<Axis> {
        vec![
            // The notebook's 5 GeV bins from 80 to 250 GeV.
            Axis::regular("m4l", "GeV", 34, 80.0, 250.0),
            // Z1 is on shell in most events; 4 GeV bins resolve its peak.
            Axis::regular("mz1", "GeV", 30, 0.0, 120.0),
            // Z2 is mostly off shell, spread from ~12 GeV upwards.
            Axis::regular("mz2", "GeV", 30, 0.0, 120.0),
            Axis::category("channel", &FourLeptonChannel::IDS),
            Axis::variable("lead_lep_pt", "GeV", vec![0.0, 20.0, 30.0, 40.0, 50.0, 60.0, 80.0, 100.0, 150.0, 200.0]),
        ]
    }

    fn simulated_processes(&self) -> Vec<Process> {
        vec![Process::new("hzz", Role::Signal), Process::new("zz", Role::Background), Process::new(OTHER, Role::Background)]
    }

    fn default_data_kind(&self) -> DataKind {
        DataKind::Real
    }

    fn process_for_group(&self, group: PhysicsGroup) -> &'static str {
        match group {
            PhysicsGroup::HiggsZZ => "hzz",
            PhysicsGroup::ZZ => "zz",
            _ => OTHER,
        }
    }

    /// Find the Higgs in four leptons: the m₄ℓ spectrum, the on-shell Z, the off-shell Z*, then
    /// a window around 125 GeV (cuts in the spirit of ATLAS's 50 < m₁₂ < 106, 12 < m₃₄ < 115 GeV,
    /// on this cube's bin edges).
    fn guided_paths(&self) -> Vec<GuidedPath> {
        let window = |lower, upper| Some(AxisCut::range(Some(lower), Some(upper)));
        vec![guided_path(
            "hzz",
            vec![("m4l", None), ("mz1", None), ("mz1", window(48.0, 108.0)), ("mz2", window(12.0, 116.0)), ("m4l", window(115.0, 135.0))],
        )]
    }

    fn values(&self, event: &Event, out: &mut [f64]) -> bool {
        let Some(s) = select(event) else { return false };
        out[0] = s.m4l;
        out[1] = s.mz1;
        out[2] = s.mz2;
        out[3] = s.channel as usize as f64;
        out[4] = s.lead_pt;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::objects::test_events::{event, lepton};
    use crate::event::{ELECTRON, MUON};

    /// A lepton pair of mass `m` (massless leptons, back to back at η = 0, azimuth `phi`).
    fn pair(kind: u32, m: f64, phi: f64) -> [Lepton; 2] {
        [lepton(kind, 1, m / 2.0, 0.0, phi), lepton(kind, -1, m / 2.0, 0.0, phi + std::f64::consts::PI)]
    }

    #[test]
    fn two_e_two_mu_pairs_are_forced_and_z1_is_closest_to_the_z_mass() {
        let [e1, e2] = pair(ELECTRON, 30.0, 0.3);
        let [m1, m2] = pair(MUON, 90.0, 1.1);
        let s = select(&event(vec![m1, e1, m2, e2], vec![], 0.0, 0.0)).unwrap();
        assert_eq!(s.channel, FourLeptonChannel::TwoETwoMu);
        assert!((s.mz1 - 90.0).abs() < 1e-9 && (s.mz2 - 30.0).abs() < 1e-9, "{s:?}");
        // Two back-to-back pairs at rest: m4l = 30 + 90.
        assert!((s.m4l - 120.0).abs() < 1e-9);
        assert!((s.lead_pt - 45.0).abs() < 1e-12);
    }

    #[test]
    fn four_muons_take_the_pairing_with_the_mass_closest_to_the_z() {
        let [a, b] = pair(MUON, 91.0, 0.0);
        let [c, d] = pair(MUON, 25.0, 1.0);
        let s = select(&event(vec![a, c, b, d], vec![], 0.0, 0.0)).unwrap();
        assert_eq!(s.channel, FourLeptonChannel::FourMu);
        assert!((s.mz1 - 91.0).abs() < 1e-9 && (s.mz2 - 25.0).abs() < 1e-9, "{s:?}");
    }

    #[test]
    fn charge_and_flavour_preselection() {
        let [a, b] = pair(ELECTRON, 91.0, 0.0);
        let [c, d] = pair(ELECTRON, 25.0, 1.0);
        let ok = vec![a.clone(), b.clone(), c.clone(), d.clone()];
        assert_eq!(select(&event(ok.clone(), vec![], 0.0, 0.0)).unwrap().channel, FourLeptonChannel::FourE);
        let mut charged = ok.clone();
        charged[3].charge = 1;
        assert!(select(&event(charged, vec![], 0.0, 0.0)).is_none(), "Σq = +2");
        let mut three_e_one_mu = ok.clone();
        three_e_one_mu[3].kind = MUON;
        assert!(select(&event(three_e_one_mu, vec![], 0.0, 0.0)).is_none(), "Σtype = 46");
        assert!(select(&event(ok[..3].to_vec(), vec![], 0.0, 0.0)).is_none(), "three leptons");
        // A fifth lepton is ignored: only the leading four count.
        let mut five = ok;
        five.push(lepton(MUON, 1, 5.0, 0.0, 0.0));
        assert!(select(&event(five, vec![], 0.0, 0.0)).is_some());
    }

    #[test]
    fn same_sign_two_e_two_mu_still_gets_same_flavour_pairs() {
        let e_plus = |phi| lepton(ELECTRON, 1, 20.0, 0.0, phi);
        let mu_minus = |phi| lepton(MUON, -1, 40.0, 0.0, phi);
        let s = select(&event(vec![mu_minus(0.0), mu_minus(3.0), e_plus(1.0), e_plus(2.5)], vec![], 0.0, 0.0)).unwrap();
        assert!(s.mz1.is_finite() && s.mz2.is_finite());
        assert!((s.mz1 - 80.0 * (1.5f64).sin()).abs() < 1e-9, "μμ pair at Δφ = 3: m = 2·40·sin(1.5)");
    }
}
