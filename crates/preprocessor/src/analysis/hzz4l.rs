//! H → ZZ* → 4ℓ on the 4lep skim, with the preselection of the official Open Data notebook.
//!
//! Preselection (nothing else is baked in; every further cut is an axis):
//! at least four leptons, and the first four (the ntuples store leptons by decreasing pT) have
//! total charge 0 and Σ`lep_type` ∈ {44, 48, 52}, i.e. 4e, 2e2μ or 4μ.
//!
//! Z-candidate pairing: Z1 is the same-flavour opposite-sign pair whose mass is closest to
//! m_Z = 91.1876 GeV among those whose two other leptons are also of one flavour, and Z2 is
//! made of those two. With total charge 0 the other two are then opposite-sign as well; in 2e2μ
//! the pairs are forced (ee and μμ) and Z1 is the one closer to m_Z. If no same-flavour
//! opposite-sign pair exists (e⁺e⁺μ⁻μ⁻, or four leptons of one charge), every same-flavour pair
//! is a candidate.
//!
//! The reducible background — Z+jets and tt̄ with non-prompt leptons from heavy-flavour decays
//! or photon conversions — is estimated from the data (the `reducible` process), by the
//! same-sign control region of the LHC's H → ZZ* → 4ℓ analyses: recorded events passing the
//! preselection except that the leading four leptons' total charge is not 0 (the flavour
//! requirement still applies), each weighted by the transfer factor
//! [`SAME_SIGN_TRANSFER_FACTOR`]. Their variables come from the same code, so Z1 is the
//! opposite-sign pair closest to m_Z and Z2 a same-sign pair. ZZ* and H give total charge 0 up
//! to rare charge misidentification, so the control region is almost purely reducible.

use histcube::{Axis, AxisCut, DataKind, GuidedPath, Process, Role};

use crate::analysis::{guided_path, Analysis, DataDrivenBackground, OTHER};
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

/// The weight of a same-sign control-region event in the `reducible` estimate: the ratio of
/// opposite-sign to same-sign events among reducible-background events. 1 assumes the
/// non-prompt leptons' charges are uncorrelated with the rest of the event; heavy-flavour
/// decays (b → c → ℓ chains, tt̄'s b b̄) favour opposite sign, so the true ratio is likely
/// above 1 and this estimate on the low side (docs/simulation.md quotes its uncertainty).
pub const SAME_SIGN_TRANSFER_FACTOR: f64 = 1.0;

/// The notebook's preselection and the four-lepton variables; `None` when the event fails.
pub fn select(event: &Event) -> Option<FourLeptons> {
    select_any_charge(event).and_then(|(s, charge)| (charge == 0).then_some(s))
}

/// The preselection except the charge requirement: the variables and the leading four
/// leptons' total charge, `None` when the event has fewer than four leptons or the wrong
/// flavours.
pub fn select_any_charge(event: &Event) -> Option<(FourLeptons, i32)> {
    let four = event.leptons.get(..4)?;
    let charge: i32 = four.iter().map(|l| l.charge).sum();
    let type_sum: u32 = four.iter().map(|l| l.kind).sum();
    let channel = match type_sum {
        44 => FourLeptonChannel::FourE,
        52 => FourLeptonChannel::FourMu,
        48 => FourLeptonChannel::TwoETwoMu,
        _ => return None,
    };
    let p4: Vec<FourVector> = four.iter().map(Lepton::p4).collect();
    let m4l = p4.iter().copied().sum::<FourVector>().mass();
    let (mz1, mz2) = z_candidates(four, &p4);
    let lead_pt = four.iter().map(|l| l.pt).fold(f64::NEG_INFINITY, f64::max);
    Some((FourLeptons { channel, m4l, mz1, mz2, lead_pt }, charge))
}

/// The three ways to split four leptons into two pairs, as index pairs.
const PAIRINGS: [[(usize, usize); 2]; 3] = [[(0, 1), (2, 3)], [(0, 2), (1, 3)], [(0, 3), (1, 2)]];

/// (m_Z1, m_Z2) following the pairing rule in the module docs.
fn z_candidates(four: &[Lepton], p4: &[FourVector]) -> (f64, f64) {
    let same_flavour = |(i, j): (usize, usize)| four[i].kind == four[j].kind;
    let opposite_sign = |(i, j): (usize, usize)| four[i].charge + four[j].charge == 0;
    let mass = |(i, j): (usize, usize)| (p4[i] + p4[j]).mass();
    // (Z1, Z2) candidates: either pair of a split into two same-flavour pairs, in a fixed order
    // (the uproot validation takes the first minimum in the same order).
    let candidates =
        PAIRINGS.iter().filter(|[a, b]| same_flavour(*a) && same_flavour(*b)).flat_map(|&[a, b]| [(a, b), (b, a)]);
    let opposite_sign_exists = candidates.clone().any(|(z1, _)| opposite_sign(z1));
    let mut best: Option<(f64, f64, f64)> = None;
    for (z1, z2) in candidates.filter(|&(z1, _)| !opposite_sign_exists || opposite_sign(z1)) {
        let (m1, m2) = (mass(z1), mass(z2));
        let distance = (m1 - Z_MASS_GEV).abs();
        if best.is_none_or(|(d, _, _)| distance < d) {
            best = Some((distance, m1, m2));
        }
    }
    // The preselection's type sum guarantees a same-flavour pairing exists.
    best.map_or((f64::NAN, f64::NAN), |(_, z1, z2)| (z1, z2))
}

/// Writes the axes' values of a selected (or control-region) event.
fn write_values(s: &FourLeptons, out: &mut [f64]) {
    out[0] = s.m4l;
    out[1] = s.mz1;
    out[2] = s.mz2;
    out[3] = s.channel as usize as f64;
    out[4] = s.lead_pt;
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
        vec![
            Process::new("hzz", Role::Signal),
            Process::new("zz", Role::Background),
            Process::new(OTHER, Role::Background),
        ]
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
            vec![
                ("m4l", None),
                ("mz1", None),
                ("mz1", window(48.0, 108.0)),
                ("mz2", window(12.0, 116.0)),
                ("m4l", window(115.0, 135.0)),
            ],
        )]
    }

    fn values(&self, event: &Event, out: &mut [f64]) -> bool {
        let Some(s) = select(event) else { return false };
        write_values(&s, out);
        true
    }

    /// `reducible`: Z+jets, tt̄ (and WZ) events with non-prompt leptons, from the same-sign
    /// control region of the data (module docs); the simulated `other` it stands for would
    /// hold the same events.
    fn data_driven_background(&self) -> Option<DataDrivenBackground> {
        Some(DataDrivenBackground { process: Process::data_driven_background("reducible"), replaces: OTHER })
    }

    fn control_region(&self, event: &Event, out: &mut [f64]) -> Option<f64> {
        let (s, charge) = select_any_charge(event)?;
        if charge == 0 {
            return None;
        }
        write_values(&s, out);
        Some(SAME_SIGN_TRANSFER_FACTOR)
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
    fn same_sign_four_muons_take_the_opposite_sign_pair_closest_to_the_z_as_z1() {
        // μ⁺μ⁺μ⁺μ⁻ (Σq = +2): only the pairs with the μ⁻ are opposite-sign. The same-sign pair
        // (a, c) at 91 GeV must not become Z1; the opposite-sign (a, d) at 60 GeV is closer to
        // m_Z than (b, d) or (c, d), and Z2 is the rest, (b, c).
        let mu = |charge, pt, phi| lepton(MUON, charge, pt, 0.0, phi);
        let (a, b, c, d) = (mu(1, 45.5, 0.0), mu(1, 30.0, 1.7), mu(1, 45.5, std::f64::consts::PI), mu(-1, 20.0, 2.2));
        let event = event(vec![a.clone(), b.clone(), c.clone(), d.clone()], vec![], 0.0, 0.0);
        assert!(select(&event).is_none(), "Σq = +2 fails the preselection");
        let (s, charge) = select_any_charge(&event).unwrap();
        assert_eq!((charge, s.channel), (2, FourLeptonChannel::FourMu));
        let m = |x: &Lepton, y: &Lepton| (x.p4() + y.p4()).mass();
        assert!((m(&a, &c) - 91.0).abs() < 1e-9);
        let os = [m(&a, &d), m(&b, &d), m(&c, &d)];
        let closest =
            os.iter().copied().min_by(|x, y| (x - Z_MASS_GEV).abs().total_cmp(&(y - Z_MASS_GEV).abs())).unwrap();
        assert!((s.mz1 - closest).abs() < 1e-9, "{s:?} vs opposite-sign masses {os:?}");
        let rest = if closest == os[0] {
            m(&b, &c)
        } else if closest == os[1] {
            m(&a, &c)
        } else {
            m(&a, &b)
        };
        assert!((s.mz2 - rest).abs() < 1e-9, "{s:?}");
        // In the control region with the transfer factor as weight, with the same variables.
        let mut out = [0.0; 5];
        assert!(!Hzz4l.values(&event, &mut out));
        assert_eq!(Hzz4l.control_region(&event, &mut out), Some(SAME_SIGN_TRANSFER_FACTOR));
        assert_eq!(out, [s.m4l, s.mz1, s.mz2, 1.0, 45.5]);
    }

    #[test]
    fn same_sign_two_e_two_mu_takes_the_opposite_sign_pair_as_z1() {
        // e⁺e⁻ at 40 GeV, μ⁺μ⁺ at 90 GeV (Σq = +2): Z1 is the opposite-sign ee pair even though
        // the same-sign μμ pair is closer to m_Z.
        let [e1, e2] = pair(ELECTRON, 40.0, 0.3);
        let [m1, mut m2] = pair(MUON, 90.0, 1.1);
        m2.charge = 1;
        let (s, charge) = select_any_charge(&event(vec![m1, m2, e1, e2], vec![], 0.0, 0.0)).unwrap();
        assert_eq!((charge, s.channel), (2, FourLeptonChannel::TwoETwoMu));
        assert!((s.mz1 - 40.0).abs() < 1e-9 && (s.mz2 - 90.0).abs() < 1e-9, "{s:?}");
    }

    #[test]
    fn opposite_sign_events_are_not_in_the_control_region() {
        let [a, b] = pair(ELECTRON, 91.0, 0.0);
        let [c, d] = pair(MUON, 25.0, 1.0);
        let mut out = [0.0; 5];
        assert!(Hzz4l.control_region(&event(vec![a, b, c, d], vec![], 0.0, 0.0), &mut out).is_none());
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
