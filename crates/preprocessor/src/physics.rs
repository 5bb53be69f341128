//! Relativistic kinematics used by the selections: four-vectors, invariant masses, angular
//! distances and the transverse mass. Everything is in GeV and radians.

use std::f64::consts::PI;
use std::ops::Add;

/// Mass of the Z boson in GeV (PDG), the target of the Z-candidate pairing.
pub const Z_MASS_GEV: f64 = 91.1876;

/// A four-momentum in Cartesian components (GeV). Sums of Cartesian vectors are exact, which
/// is why the (pT, η, φ, E) inputs are converted once on construction.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FourVector {
    pub px: f64,
    pub py: f64,
    pub pz: f64,
    pub e: f64,
}

impl FourVector {
    /// From transverse momentum, pseudorapidity, azimuth and energy, as stored in the ntuples.
    pub fn from_pt_eta_phi_e(pt: f64, eta: f64, phi: f64, e: f64) -> Self {
        Self { px: pt * phi.cos(), py: pt * phi.sin(), pz: pt * eta.sinh(), e }
    }

    pub fn pt(&self) -> f64 {
        self.px.hypot(self.py)
    }

    pub fn phi(&self) -> f64 {
        self.py.atan2(self.px)
    }

    /// Invariant mass √(E² − |p|²); a slightly negative m² from rounding gives 0, and a clearly
    /// space-like vector gives −√(−m²) as ROOT's `TLorentzVector::M` does, so it stays visible.
    pub fn mass(&self) -> f64 {
        let m2 = self.e * self.e - self.px * self.px - self.py * self.py - self.pz * self.pz;
        if m2 >= 0.0 {
            m2.sqrt()
        } else {
            -(-m2).sqrt()
        }
    }
}

impl Add for FourVector {
    type Output = FourVector;

    fn add(self, o: FourVector) -> FourVector {
        FourVector { px: self.px + o.px, py: self.py + o.py, pz: self.pz + o.pz, e: self.e + o.e }
    }
}

impl std::iter::Sum for FourVector {
    fn sum<I: Iterator<Item = FourVector>>(iter: I) -> FourVector {
        iter.fold(FourVector::default(), Add::add)
    }
}

/// |φ₁ − φ₂| folded into [0, π].
pub fn delta_phi(phi1: f64, phi2: f64) -> f64 {
    let d = (phi1 - phi2).rem_euclid(2.0 * PI);
    if d > PI {
        2.0 * PI - d
    } else {
        d
    }
}

/// ΔR = √(Δη² + Δφ²) with Δφ folded into [0, π].
pub fn delta_r(eta1: f64, phi1: f64, eta2: f64, phi2: f64) -> f64 {
    (eta1 - eta2).hypot(delta_phi(phi1, phi2))
}

/// Transverse mass of a visible system and the missing transverse momentum,
/// mT = √(2 pT MET (1 − cos Δφ)), the H→WW form with the dilepton system as the visible part.
pub fn transverse_mass(pt: f64, phi: f64, met: f64, met_phi: f64) -> f64 {
    (2.0 * pt * met * (1.0 - delta_phi(phi, met_phi).cos())).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn back_to_back_massless_pair_has_mass_twice_the_momentum() {
        // Two 45.6 GeV massless leptons back to back in the transverse plane: m = 91.2 GeV.
        let a = FourVector::from_pt_eta_phi_e(45.6, 0.0, 0.3, 45.6);
        let b = FourVector::from_pt_eta_phi_e(45.6, 0.0, 0.3 + PI, 45.6);
        assert!(close((a + b).mass(), 91.2, 1e-9), "{}", (a + b).mass());
        assert!(close((a + b).pt(), 0.0, 1e-9));
    }

    #[test]
    fn forward_massless_particle_has_zero_mass() {
        let eta: f64 = 2.1;
        let pt = 30.0;
        let v = FourVector::from_pt_eta_phi_e(pt, eta, -1.0, pt * eta.cosh());
        assert!(close(v.mass(), 0.0, 1e-5), "{}", v.mass());
        assert!(close(v.pt(), pt, 1e-12) && close(v.phi(), -1.0, 1e-12));
    }

    #[test]
    fn delta_phi_wraps_into_zero_to_pi() {
        assert!(close(delta_phi(3.0, -3.0), 2.0 * PI - 6.0, 1e-12));
        assert!(close(delta_phi(-3.0, 3.0), 2.0 * PI - 6.0, 1e-12));
        assert!(close(delta_phi(0.5, 0.2), 0.3, 1e-12));
        assert!(close(delta_phi(0.0, PI), PI, 1e-12));
        assert!(close(delta_phi(10.0 * PI + 0.1, 0.0), 0.1, 1e-9));
        for i in 0..100 {
            let d = delta_phi(f64::from(i) * 0.37, -f64::from(i) * 0.91);
            assert!((0.0..=PI).contains(&d));
        }
    }

    #[test]
    fn delta_r_combines_eta_and_wrapped_phi() {
        // Δη = 0.3, Δφ = 0.4 across the ±π seam: ΔR = 0.5.
        assert!(close(delta_r(1.0, PI - 0.2, 1.3, -PI + 0.2), 0.5, 1e-12));
    }

    #[test]
    fn transverse_mass_matches_hand_calculation() {
        // pT = 40, MET = 30, Δφ = π/2: mT = √(2·40·30·(1 − 0)) = √2400.
        assert!(close(transverse_mass(40.0, 0.0, 30.0, PI / 2.0), 2400f64.sqrt(), 1e-9));
        // Back to back: mT = √(2·40·30·2) = √4800; collinear: 0.
        assert!(close(transverse_mass(40.0, 1.0, 30.0, 1.0 + PI), 4800f64.sqrt(), 1e-9));
        assert!(close(transverse_mass(40.0, 1.0, 30.0, 1.0), 0.0, 1e-9));
    }
}
