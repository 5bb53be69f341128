//! What the event display shows, as plain data: the ATLAS-like detector outline, each object's
//! path through it, the object table (the display's text alternative) and the event's values on
//! the cube's axes, and which recorded events a bin holds under the current cuts.
//!
//! The geometry is a sketch of ATLAS at its real scale, not a simulation: a charged particle's
//! track in the 2 T solenoid field is a circle of radius r = pT / (0.3 · B) metres (pT in GeV),
//! bent clockwise (seen from +z) for positive charge; beyond the solenoid it goes straight on.
//! Electrons stop in the electromagnetic calorimeter, jets in the hadronic one, muons cross
//! everything to the muon spectrometer. In the side (r–z) view each object is a straight line
//! at its polar angle θ = 2 · atan(e^−η), above the beam for 0 ≤ φ < π and below otherwise.
//! Every number of the table and of the axis values comes from the event records
//! (`histcube::events`); this module only places and words them.

use histcube::events::{EventFile, EventRecord, Flavour};
use histcube::{Axis, AxisKind, BinSpan, Engine, Manifest};

use crate::model::{labels, numbers};

/// The solenoid's field, tesla.
pub const FIELD_T: f64 = 2.0;

/// One detector system as a cylinder: radii and half length along the beam, metres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layer {
    pub r_inner: f64,
    pub r_outer: f64,
    pub half_length: f64,
}

/// ATLAS's systems, rounded (the Technical Design Reports' envelopes).
pub const INNER_DETECTOR: Layer = Layer { r_inner: 0.03, r_outer: 1.1, half_length: 3.5 };
pub const SOLENOID_RADIUS: f64 = 1.2;
pub const EM_CALORIMETER: Layer = Layer { r_inner: 1.5, r_outer: 2.0, half_length: 4.0 };
pub const HADRONIC_CALORIMETER: Layer = Layer { r_inner: 2.3, r_outer: 4.25, half_length: 6.0 };
pub const MUON_SPECTROMETER: Layer = Layer { r_inner: 4.5, r_outer: 10.5, half_length: 12.0 };

/// The radius of curvature of a track of `pt` GeV in the solenoid, metres.
pub fn curvature_radius(pt: f64) -> f64 {
    pt / (0.3 * FIELD_T)
}

/// Points (x, y) in metres along a track from the beam line: a circle in the field up to the
/// solenoid, then straight on to `r_end`. `charge` ±1 bends it (positive: clockwise seen from
/// +z). A track too soft to leave the solenoid (2r < its radius) curls back: it is drawn for
/// half a turn. `steps` points on the curved part.
pub fn transverse_track(pt: f64, phi: f64, charge: i8, r_end: f64, steps: usize) -> Vec<(f64, f64)> {
    let radius = curvature_radius(pt.max(1e-3));
    let q = if charge < 0 { -1.0 } else { 1.0 };
    let r_field = SOLENOID_RADIUS.min(r_end);
    // Arc length at which the circle through the origin reaches r_field: chord 2R sin(s/2R).
    let ratio = r_field / (2.0 * radius);
    let s_exit = if ratio < 1.0 { 2.0 * radius * ratio.asin() } else { std::f64::consts::PI * radius };
    let (cx, cy) = (q * radius * phi.sin(), -q * radius * phi.cos());
    let alpha0 = phi + q * std::f64::consts::FRAC_PI_2;
    let at = |s: f64| {
        let alpha = alpha0 - q * s / radius;
        (cx + radius * alpha.cos(), cy + radius * alpha.sin())
    };
    let steps = steps.max(2);
    let mut points: Vec<(f64, f64)> = (0..=steps).map(|i| at(s_exit * i as f64 / steps as f64)).collect();
    if ratio < 1.0 && r_end > r_field {
        let heading = phi - q * s_exit / radius;
        let (x, y) = at(s_exit);
        // Straight on until |p| = r_end: solve |p + t·d| = r_end for t ≥ 0.
        let b = x * heading.cos() + y * heading.sin();
        let c = x * x + y * y - r_end * r_end;
        let t = -b + (b * b - c).max(0.0).sqrt();
        points.push((x + t * heading.cos(), y + t * heading.sin()));
    }
    points
}

/// Where a straight line from the interaction point at pseudorapidity `eta` leaves the cylinder
/// of radius `r` and half length `half_length`, in the side view: (z, signed r) in metres, the
/// sign of r being the side of the beam (`phi` in [0, π): above).
pub fn side_point(eta: f64, phi: f64, r: f64, half_length: f64) -> (f64, f64) {
    let theta = 2.0 * (-eta).exp().atan();
    let (dz, dr) = (theta.cos(), theta.sin());
    // The line meets the barrel at t = r / dr or an end cap at t = half_length / |dz|.
    let t = (r / dr.max(1e-9)).min(half_length / dz.abs().max(1e-9));
    let side = if phi.rem_euclid(2.0 * std::f64::consts::PI) < std::f64::consts::PI { 1.0 } else { -1.0 };
    (t * dz, side * t * dr)
}

/// What kind of object a row of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    Electron,
    Muon,
    Jet,
    BJet,
    Met,
}

impl ObjectKind {
    /// Its name in the page's language.
    pub fn name(self) -> String {
        labels::text(match self {
            ObjectKind::Electron => "events-electron",
            ObjectKind::Muon => "events-muon",
            ObjectKind::Jet => "events-jet",
            ObjectKind::BJet => "events-bjet",
            ObjectKind::Met => "events-met",
        })
    }
}

/// One row of the object table, numbers written for the page and kept for tests.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectRow {
    pub kind: ObjectKind,
    /// `+`, `−` or empty (jets, MET).
    pub charge: String,
    pub pt: String,
    /// Empty for the MET, which has no η.
    pub eta: String,
    pub phi: String,
    /// `pt,eta,phi,e` in full precision (GeV, rad) for tests that recompute masses; empty for
    /// the MET.
    pub four_vector: String,
}

/// Every object of `event`: leptons (as the ntuple orders them: by decreasing pT), jets, MET.
pub fn object_rows(event: &EventRecord) -> Vec<ObjectRow> {
    let angle = |v: f32| labels::number(f64::from(v), 2);
    let momentum = |v: f32| labels::number(f64::from(v), 1);
    let leptons = event.leptons.iter().map(|l| ObjectRow {
        kind: if l.flavour == Flavour::Electron { ObjectKind::Electron } else { ObjectKind::Muon },
        charge: if l.charge > 0 { "+".to_owned() } else { "−".to_owned() },
        pt: momentum(l.pt),
        eta: angle(l.eta),
        phi: angle(l.phi),
        four_vector: format!("{},{},{},{}", l.pt, l.eta, l.phi, l.e),
    });
    let jets = event.jets.iter().map(|j| ObjectRow {
        kind: if j.b_tagged { ObjectKind::BJet } else { ObjectKind::Jet },
        charge: String::new(),
        pt: momentum(j.pt),
        eta: angle(j.eta),
        phi: angle(j.phi),
        four_vector: format!("{},{},{},{}", j.pt, j.eta, j.phi, j.e),
    });
    let met = ObjectRow {
        kind: ObjectKind::Met,
        charge: String::new(),
        pt: momentum(event.met),
        eta: String::new(),
        phi: angle(event.met_phi),
        four_vector: String::new(),
    };
    leptons.chain(jets).chain(std::iter::once(met)).collect()
}

/// The event's value on every axis, as the cube labels them: (axis label, value with its unit).
pub fn axis_values(event: &EventRecord, manifest: &Manifest) -> Vec<(String, String)> {
    manifest
        .axes
        .iter()
        .zip(event.values.iter().zip(&event.bins))
        .map(|(axis, (&value, &bin))| {
            let label = labels::text(&axis.label_key);
            let text = match &axis.kind {
                AxisKind::Category { categories, .. } => categories
                    .get(usize::from(bin))
                    .map_or_else(|| labels::text("events-other-category"), |c| labels::text(&c.label_key)),
                AxisKind::Integer { .. } => labels::number(f64::from(value), 0),
                _ => with_unit(labels::number(f64::from(value), 2), &axis.unit),
            };
            (label, text)
        })
        .collect()
}

fn with_unit(number: String, unit: &str) -> String {
    if unit.is_empty() {
        number
    } else {
        format!("{number} {unit}")
    }
}

/// What a bin covers in words: `125–130 GeV`, `< 80 GeV`, `≥ 250 GeV`, or a category's name.
pub fn bin_label(axis: &Axis, bin: usize) -> String {
    match axis.span(bin) {
        BinSpan::Interval { lower, upper } if lower.is_infinite() => {
            with_unit(format!("< {}", numbers::shown(&numbers::edge(upper))), &axis.unit)
        }
        BinSpan::Interval { lower, upper } if upper.is_infinite() => {
            with_unit(format!("≥ {}", numbers::shown(&numbers::edge(lower))), &axis.unit)
        }
        BinSpan::Interval { lower, upper } if matches!(axis.kind, AxisKind::Integer { .. }) && upper - lower <= 1.0 => {
            numbers::shown(&numbers::edge(lower))
        }
        BinSpan::Interval { lower, upper } => with_unit(
            format!("{}–{}", numbers::shown(&numbers::edge(lower)), numbers::shown(&numbers::edge(upper))),
            &axis.unit,
        ),
        BinSpan::Category(i) => labels::text(&axis.categories()[i].label_key),
        BinSpan::OtherCategory => labels::text("events-other-category"),
    }
}

/// The bins of `axis` holding recorded events under the engine's current cuts (every cut but
/// the axis's own, as its plot shows), with how many: (bin, count), in bin order.
pub fn bins_with_events(file: &EventFile, engine: &Engine, axis: usize) -> Vec<(usize, usize)> {
    let masks: Vec<&[bool]> = (0..engine.n_axes()).map(|a| engine.cut_mask(a)).collect();
    let n_bins = engine.cube().manifest().axes.get(axis).map_or(0, Axis::n_bins);
    (0..n_bins).map(|bin| (bin, file.in_bin(axis, bin, &masks).len())).filter(|(_, n)| *n > 0).collect()
}

/// The events of one bin under the engine's current cuts, indices into the file's events:
/// recorded data first, then each process in the cube's order.
pub fn events_in_bin(file: &EventFile, engine: &Engine, axis: usize, bin: usize) -> Vec<usize> {
    let masks: Vec<&[bool]> = (0..engine.n_axes()).map(|a| engine.cut_mask(a)).collect();
    file.in_bin(axis, bin, &masks)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn distance(p: (f64, f64)) -> f64 {
        p.0.hypot(p.1)
    }

    #[test]
    fn a_track_bends_by_its_charge_with_the_radius_of_its_momentum() {
        // 1 GeV in 2 T: r = 1 / 0.6 m.
        assert!((curvature_radius(1.0) - 1.0 / 0.6).abs() < 1e-12);
        let plus = transverse_track(1.0, 0.0, 1, 4.0, 40);
        let minus = transverse_track(1.0, 0.0, -1, 4.0, 40);
        assert_eq!(plus[0], (0.0, 0.0));
        // Leaving along +x, a positive track turns towards −y (clockwise), a negative one to +y.
        assert!(plus[10].1 < 0.0 && minus[10].1 > 0.0);
        // Every curved point is on the circle through the origin with the momentum's radius.
        let r = curvature_radius(1.0);
        for p in &plus[..=40] {
            assert!(((p.0).hypot(p.1 + r) - r).abs() < 1e-9, "{p:?}");
        }
        // It leaves the solenoid, then goes straight on to the requested radius.
        assert!((distance(plus[40]) - SOLENOID_RADIUS).abs() < 1e-9);
        assert!((distance(*plus.last().unwrap()) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn a_stiff_track_is_almost_straight_and_a_soft_one_curls_up() {
        let stiff = transverse_track(500.0, 1.0, 1, 2.0, 20);
        let end = stiff.last().unwrap();
        assert!((end.1.atan2(end.0) - 1.0).abs() < 0.01);
        // 0.2 GeV: r = 0.33 m, the diameter stays inside the solenoid: half a turn, no exit.
        let soft = transverse_track(0.2, 0.0, -1, 2.0, 20);
        assert_eq!(soft.len(), 21);
        assert!(soft.iter().all(|&p| distance(p) <= 2.0 * curvature_radius(0.2) + 1e-9));
    }

    #[test]
    fn the_side_view_follows_the_polar_angle() {
        // η = 0 is perpendicular to the beam; φ picks the side.
        let (z, r) = side_point(0.0, 1.0, 2.0, 4.0);
        assert!(z.abs() < 1e-9 && (r - 2.0).abs() < 1e-9);
        let (_, below) = side_point(0.0, -1.0, 2.0, 4.0);
        assert!(below < 0.0);
        // A forward object leaves through the end cap.
        let (z, r) = side_point(3.0, 0.5, 2.0, 4.0);
        assert!((z - 4.0).abs() < 1e-9 && r > 0.0 && r < 2.0);
    }
}
