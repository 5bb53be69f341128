//! The plain event record the selections work on: only what the analyses need, in GeV.
//!
//! Reading ([`crate::root`]) fills it from the ntuples; selections ([`crate::analysis`]) are pure
//! functions of it, so they can be tested on hand-built events.

use crate::physics::FourVector;

/// PDG-style lepton type codes used by the ntuples' `lep_type` branch.
pub const ELECTRON: u32 = 11;
pub const MUON: u32 = 13;

/// One reconstructed lepton (electron or muon).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lepton {
    /// Transverse momentum in GeV.
    pub pt: f64,
    pub eta: f64,
    pub phi: f64,
    /// Energy in GeV.
    pub e: f64,
    /// Electric charge, ±1.
    pub charge: i32,
    /// 11 for electrons, 13 for muons.
    pub kind: u32,
    /// Passes the tight identification working point.
    pub is_tight: bool,
    /// Scalar sum of track pT in a cone ΔR < 0.3 around the lepton, GeV.
    pub ptcone30: f64,
    /// Transverse calorimeter energy in a cone ΔR < 0.2 around the lepton, GeV.
    pub etcone20: f64,
}

impl Lepton {
    pub fn p4(&self) -> FourVector {
        FourVector::from_pt_eta_phi_e(self.pt, self.eta, self.phi, self.e)
    }
}

/// One reconstructed small-radius jet.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Jet {
    /// Transverse momentum in GeV.
    pub pt: f64,
    pub eta: f64,
    pub phi: f64,
    /// Energy in GeV.
    pub e: f64,
    /// Jet-vertex-tagger discriminant against pile-up jets.
    pub jvt: f64,
    /// MV2c10 b-tagging discriminant.
    pub mv2c10: f64,
    /// Truth flavour label of a simulated jet (`jet_trueflav`: 5 b, 4 c, 15 τ, 0 light). Read only
    /// for b-tagging by probability (`truth_tag`), 0 otherwise.
    pub flavour: i32,
}

/// Per-event weights of simulated events, as stored in the ntuples (all 0 or 1 in data).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SimulationWeights {
    pub mc_weight: f64,
    pub pileup: f64,
    pub electron: f64,
    pub muon: f64,
    pub lepton_trigger: f64,
    /// Cross-section in pb, including filter efficiency and k-factor.
    pub cross_section_pb: f64,
    /// Sum of generator weights of the whole sample before any skim.
    pub sum_of_weights: f64,
}

impl Default for SimulationWeights {
    fn default() -> Self {
        Self {
            mc_weight: 1.0,
            pileup: 1.0,
            electron: 1.0,
            muon: 1.0,
            lepton_trigger: 1.0,
            cross_section_pb: 1.0,
            sum_of_weights: 1.0,
        }
    }
}

impl SimulationWeights {
    /// The event weight of the official Open Data notebooks:
    /// lumi [fb⁻¹] · 1000 [pb⁻¹/fb⁻¹] · σ / Σw · mcWeight · SF(pile-up) · SF(e) · SF(μ) · SF(trigger).
    pub fn event_weight(&self, luminosity_fb: f64) -> f64 {
        luminosity_fb * 1000.0 * self.cross_section_pb / self.sum_of_weights
            * self.mc_weight
            * self.pileup
            * self.electron
            * self.muon
            * self.lepton_trigger
    }
}

/// One collision event.
// Serialisable so a reader process can send events to the build (crate::isolated).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub run_number: i32,
    /// The event's number within its run (`eventNumber`; read only for the event records, and
    /// `None` when the file has no such branch).
    pub event_number: Option<i64>,
    /// DSID for simulated events; the run number for recorded data.
    pub channel_number: i32,
    pub weights: SimulationWeights,
    pub leptons: Vec<Lepton>,
    pub jets: Vec<Jet>,
    /// Missing transverse momentum magnitude in GeV and its azimuth.
    pub met: f64,
    pub met_phi: f64,
    /// The single-electron and single-muon triggers fired (`trigE`, `trigM`; read only for
    /// analyses that ask, false otherwise).
    pub trigger_electron: bool,
    pub trigger_muon: bool,
}

impl Event {
    /// Recorded data carries its run number as `channelNumber`; simulation carries the DSID,
    /// whose run number is the fixed MC-campaign number (284500 …), never equal to a DSID.
    /// This is decided per event from the content, so a renamed file cannot be mislabelled.
    pub fn is_data(&self) -> bool {
        self.channel_number == self.run_number
    }

    /// 1 for data; the notebook weight for simulation.
    pub fn weight(&self, luminosity_fb: f64) -> f64 {
        if self.is_data() {
            1.0
        } else {
            self.weights.event_weight(luminosity_fb)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simulation_weight_follows_the_notebook_formula() {
        let w = SimulationWeights {
            mc_weight: 0.5,
            pileup: 0.9,
            electron: 0.98,
            muon: 1.01,
            lepton_trigger: 0.99,
            cross_section_pb: 0.0134,
            sum_of_weights: 2.0e5,
        };
        let expected = 10.064 * 1000.0 * 0.0134 / 2.0e5 * 0.5 * 0.9 * 0.98 * 1.01 * 0.99;
        assert!((w.event_weight(10.064) - expected).abs() < 1e-15);
        let sim = Event { run_number: 284500, channel_number: 345060, weights: w, ..Event::default() };
        assert!(!sim.is_data());
        assert_eq!(sim.weight(10.064), w.event_weight(10.064));
    }

    #[test]
    fn data_events_weigh_one_whatever_their_weight_branches_say() {
        let zeros = SimulationWeights { mc_weight: 0.0, pileup: 0.0, ..SimulationWeights::default() };
        let data = Event { run_number: 298773, channel_number: 298773, weights: zeros, ..Event::default() };
        assert!(data.is_data());
        assert_eq!(data.weight(10.064), 1.0);
    }
}
