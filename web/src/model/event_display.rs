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

use histcube::events::{EventFile, EventRecord, Flavour, LeptonRecord};
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
/// the axis's own, as its plot shows), with how many: (bin, count), in bin order. One pass over
/// the events, so the bin chooser follows a drag on any cube.
pub fn bins_with_events(file: &EventFile, engine: &Engine, axis: usize) -> Vec<(usize, usize)> {
    let masks: Vec<&[bool]> = (0..engine.n_axes()).map(|a| engine.cut_mask(a)).collect();
    let n_bins = engine.cube().manifest().axes.get(axis).map_or(0, Axis::n_bins);
    file.counts_by_bin(axis, n_bins, &masks).into_iter().enumerate().filter(|(_, n)| *n > 0).collect()
}

/// The bin of `axis` under the plot's x coordinate `x` (a category axis draws category `i` at
/// x = i), as a click on the plot picks it; `None` outside the axis.
pub fn bin_at(axis: &Axis, x: f64) -> Option<usize> {
    if axis.is_category() {
        let index = x.round();
        let n = axis.categories().len();
        return (index >= 0.0 && (index as usize) < n).then_some(index as usize);
    }
    axis.index(x)
}

/// The events of one bin under the engine's current cuts, indices into the file's events:
/// recorded data first, then each process in the cube's order.
pub fn events_in_bin(file: &EventFile, engine: &Engine, axis: usize, bin: usize) -> Vec<usize> {
    let masks: Vec<&[bool]> = (0..engine.n_axes()).map(|a| engine.cut_mask(a)).collect();
    file.in_bin(axis, bin, &masks)
}

/// The display's projection: a fisheye that keeps the small inner detector legible beside the
/// ten-metre muon spectrometer. A distance `d` metres from the interaction point is drawn at
/// ln(1 + d/a) / ln(1 + d_max/a) of the picture's half width, so every layer keeps its order
/// and the tracker (the first metre) gets a third of the radius instead of a tenth.
pub fn fisheye(distance: f64, max_distance: f64) -> f64 {
    const SCALE_M: f64 = 0.8;
    let shown = (1.0 + distance.abs() / SCALE_M).ln() / (1.0 + max_distance / SCALE_M).ln();
    shown.copysign(distance)
}

/// The outermost radius and half length drawn, metres: the muon spectrometer's.
const R_MAX: f64 = MUON_SPECTROMETER.r_outer;

/// A point of the transverse view in metres, in the picture's unit disc.
fn transverse_point((x, y): (f64, f64)) -> (f64, f64) {
    let r = x.hypot(y);
    if r == 0.0 {
        return (0.0, 0.0);
    }
    let scale = fisheye(r, R_MAX) / r;
    (x * scale, y * scale)
}

/// The farthest point of the side view from the interaction point: the muon spectrometer's
/// corner.
const SIDE_MAX: f64 = 16.0;

/// A point of the side view, (z, signed r) in metres, in the picture's unit square. The fisheye
/// acts on the distance from the interaction point, as across the beam, so a straight track
/// from the collision stays straight; the detector's boxes bulge a little instead.
fn side_view_point((z, r): (f64, f64)) -> (f64, f64) {
    let d = z.hypot(r);
    if d == 0.0 {
        return (0.0, 0.0);
    }
    let scale = fisheye(d, SIDE_MAX) / d;
    (z * scale, r * scale)
}

/// The outline through `corners` (metres, side view) with each edge cut into short pieces, so
/// it bends with the fisheye as the detector's boxes do.
fn side_outline(corners: &[(f64, f64)]) -> Vec<(f64, f64)> {
    const PIECES: usize = 24;
    let mut points = Vec::with_capacity(corners.len() * PIECES);
    for (i, &(z0, r0)) in corners.iter().enumerate() {
        let (z1, r1) = corners[(i + 1) % corners.len()];
        points.extend((0..PIECES).map(|k| {
            let t = k as f64 / PIECES as f64;
            side_view_point((z0 + (z1 - z0) * t, r0 + (r1 - r0) * t))
        }));
    }
    points
}

/// What a shape of the display shows, which decides its colour and line (`ui::event_display`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    InnerDetector,
    Solenoid,
    EmCalorimeter,
    HadronicCalorimeter,
    MuonSpectrometer,
    Beam,
    Electron,
    Muon,
    Jet,
    BJet,
    Met,
}

/// One shape of a view, in the picture's coordinates: x and y in [−1, 1], y upwards.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled outline (detector layers, calorimeter deposits).
    Area { points: Vec<(f64, f64)>, ink: Ink },
    /// A line through the points (tracks); `dashed` for what is inferred, not seen (MET).
    Line { points: Vec<(f64, f64)>, ink: Ink, dashed: bool },
}

impl Shape {
    pub fn ink(&self) -> Ink {
        match self {
            Shape::Area { ink, .. } | Shape::Line { ink, .. } => *ink,
        }
    }
}

/// Points on an arc of the transverse view: radius `r` metres from angle `from` to `to`.
fn arc(r: f64, from: f64, to: f64, steps: usize) -> impl DoubleEndedIterator<Item = (f64, f64)> {
    (0..=steps).map(move |i| {
        let angle = from + (to - from) * i as f64 / steps as f64;
        transverse_point((r * angle.cos(), r * angle.sin()))
    })
}

/// A ring sector between radii `r_inner` and `r_outer` metres, azimuth `from`..`to`: a detector
/// layer (the whole turn) or a calorimeter deposit. The inner arc runs backwards, so a whole
/// ring is one outline whose hole a non-zero fill leaves empty.
fn sector(r_inner: f64, r_outer: f64, from: f64, to: f64, ink: Ink) -> Shape {
    let steps = (((to - from).abs() * 24.0).ceil() as usize).max(2);
    let points = arc(r_outer, from, to, steps).chain(arc(r_inner, from, to, steps).rev()).collect();
    Shape::Area { points, ink }
}

/// The detector layers of the transverse view, outermost first so inner ones are drawn on top.
fn transverse_detector() -> Vec<Shape> {
    let ring = |layer: Layer, ink| sector(layer.r_inner, layer.r_outer, 0.0, std::f64::consts::TAU, ink);
    let solenoid = std::f64::consts::TAU;
    vec![
        ring(MUON_SPECTROMETER, Ink::MuonSpectrometer),
        ring(HADRONIC_CALORIMETER, Ink::HadronicCalorimeter),
        ring(EM_CALORIMETER, Ink::EmCalorimeter),
        sector(SOLENOID_RADIUS - 0.02, SOLENOID_RADIUS + 0.02, 0.0, solenoid, Ink::Solenoid),
        ring(INNER_DETECTOR, Ink::InnerDetector),
    ]
}

/// How deep a deposit of `energy` GeV reaches into `layer`, metres from its inner face: a
/// quarter of the layer for a soft object, the whole layer from `full` GeV on.
fn depth(layer: Layer, energy: f64, full: f64) -> f64 {
    let thickness = layer.r_outer - layer.r_inner;
    thickness * (energy / full).clamp(0.25, 1.0)
}

/// A jet's half width in azimuth, radians: narrower than its ΔR = 0.4 cone so neighbours stay
/// apart in the picture.
const JET_HALF_WIDTH: f64 = 0.15;
/// An electron shower's half width in azimuth, radians.
const SHOWER_HALF_WIDTH: f64 = 0.05;

/// Everything of `event` seen across the beam (x–y): the layers, each lepton's track bent by
/// the field (electrons ending in a shower in the electromagnetic calorimeter, muons crossing
/// everything), each jet's energy in the calorimeters, and the missing transverse momentum as
/// a dashed arrow whose length grows with its size.
pub fn transverse_scene(event: &EventRecord) -> Vec<Shape> {
    let mut shapes = transverse_detector();
    for jet in &event.jets {
        let (phi, pt) = (f64::from(jet.phi), f64::from(jet.pt));
        let ink = if jet.b_tagged { Ink::BJet } else { Ink::Jet };
        let em = EM_CALORIMETER.r_inner + depth(EM_CALORIMETER, pt, 60.0);
        shapes.push(sector(EM_CALORIMETER.r_inner, em, phi - JET_HALF_WIDTH, phi + JET_HALF_WIDTH, ink));
        let hadronic = HADRONIC_CALORIMETER.r_inner + depth(HADRONIC_CALORIMETER, pt, 200.0);
        shapes.push(sector(HADRONIC_CALORIMETER.r_inner, hadronic, phi - JET_HALF_WIDTH, phi + JET_HALF_WIDTH, ink));
    }
    for lepton in &event.leptons {
        let (pt, phi) = (f64::from(lepton.pt), f64::from(lepton.phi));
        match lepton.flavour {
            Flavour::Electron => {
                let track = transverse_track(pt, phi, lepton.charge, EM_CALORIMETER.r_inner, 32);
                let (x, y) = track.last().copied().unwrap_or((0.0, 0.0));
                let at = y.atan2(x);
                let reach = EM_CALORIMETER.r_inner + depth(EM_CALORIMETER, f64::from(lepton.e), 100.0);
                shapes.push(sector(
                    EM_CALORIMETER.r_inner,
                    reach,
                    at - SHOWER_HALF_WIDTH,
                    at + SHOWER_HALF_WIDTH,
                    Ink::Electron,
                ));
                shapes.push(Shape::Line {
                    points: track.into_iter().map(transverse_point).collect(),
                    ink: Ink::Electron,
                    dashed: false,
                });
            }
            Flavour::Muon => {
                let track = transverse_track(pt, phi, lepton.charge, MUON_SPECTROMETER.r_outer, 32);
                shapes.push(Shape::Line {
                    points: track.into_iter().map(transverse_point).collect(),
                    ink: Ink::Muon,
                    dashed: false,
                });
            }
        }
    }
    if event.met > 0.0 {
        shapes.extend(met_arrow(f64::from(event.met), f64::from(event.met_phi)));
    }
    shapes
}

/// The missing transverse momentum: a dashed shaft from the centre, a quarter of the picture
/// for a few GeV up to nine tenths from 200 GeV on, and a two-stroke head.
fn met_arrow(met: f64, phi: f64) -> Vec<Shape> {
    let length = 0.25 + 0.65 * (met / 200.0).clamp(0.0, 1.0);
    let tip = (length * phi.cos(), length * phi.sin());
    let barb = |turn: f64| {
        let angle = phi + std::f64::consts::PI + turn;
        (tip.0 + 0.06 * angle.cos(), tip.1 + 0.06 * angle.sin())
    };
    vec![
        Shape::Line { points: vec![(0.0, 0.0), tip], ink: Ink::Met, dashed: true },
        Shape::Line { points: vec![barb(0.45), tip, barb(-0.45)], ink: Ink::Met, dashed: false },
    ]
}

/// Points of a straight line from the interaction point at (η, φ) out to the cylinder
/// (`r`, `half_length`), in the side view's picture coordinates.
fn side_line(eta: f64, phi: f64, r: f64, half_length: f64) -> Vec<(f64, f64)> {
    let (z, signed_r) = side_point(eta, phi, r, half_length);
    (0..=16).map(|i| side_view_point((z * f64::from(i) / 16.0, signed_r * f64::from(i) / 16.0))).collect()
}

/// The part of a cylinder between `layer`'s inner surface and `reach` metres further along the
/// direction (η ± `half_width`, φ), in the side view: a calorimeter deposit.
fn side_deposit(eta: f64, phi: f64, half_width: f64, layer: Layer, reach: f64, ink: Ink) -> Shape {
    let at = |eta: f64, radius: f64, half_length: f64| side_point(eta, phi, radius, half_length);
    let grow = reach / (layer.r_outer - layer.r_inner);
    let outer_length = layer.half_length + grow * (layer.r_outer - layer.r_inner);
    let corners = [
        at(eta - half_width, layer.r_inner, layer.half_length),
        at(eta - half_width, layer.r_inner + reach, outer_length),
        at(eta + half_width, layer.r_inner + reach, outer_length),
        at(eta + half_width, layer.r_inner, layer.half_length),
    ];
    Shape::Area { points: side_outline(&corners), ink }
}

/// The side (r–z) view: the layers as the rectangles they are in this cut along the beam, the
/// beam line, each lepton as a straight line at its polar angle (the field bends tracks only
/// across the beam) and each jet's and electron's deposit. Above the beam for 0 ≤ φ < π.
pub fn side_scene(event: &EventRecord) -> Vec<Shape> {
    let block = |layer: Layer, ink: Ink| {
        [1.0, -1.0].map(|side: f64| {
            let corners = [
                (-layer.half_length, side * layer.r_inner),
                (-layer.half_length, side * layer.r_outer),
                (layer.half_length, side * layer.r_outer),
                (layer.half_length, side * layer.r_inner),
            ];
            Shape::Area { points: side_outline(&corners), ink }
        })
    };
    let mut shapes: Vec<Shape> = [
        (MUON_SPECTROMETER, Ink::MuonSpectrometer),
        (HADRONIC_CALORIMETER, Ink::HadronicCalorimeter),
        (EM_CALORIMETER, Ink::EmCalorimeter),
        (INNER_DETECTOR, Ink::InnerDetector),
    ]
    .into_iter()
    .flat_map(|(layer, ink)| block(layer, ink))
    .collect();
    shapes.push(Shape::Line { points: vec![(-1.0, 0.0), (1.0, 0.0)], ink: Ink::Beam, dashed: false });
    for jet in &event.jets {
        let (eta, phi, pt) = (f64::from(jet.eta), f64::from(jet.phi), f64::from(jet.pt));
        let ink = if jet.b_tagged { Ink::BJet } else { Ink::Jet };
        shapes.push(side_deposit(eta, phi, 0.2, EM_CALORIMETER, depth(EM_CALORIMETER, pt, 60.0), ink));
        shapes.push(side_deposit(eta, phi, 0.2, HADRONIC_CALORIMETER, depth(HADRONIC_CALORIMETER, pt, 200.0), ink));
    }
    for lepton in &event.leptons {
        let (eta, phi) = (f64::from(lepton.eta), f64::from(lepton.phi));
        match lepton.flavour {
            Flavour::Electron => {
                let reach = depth(EM_CALORIMETER, f64::from(lepton.e), 100.0);
                shapes.push(side_deposit(eta, phi, 0.05, EM_CALORIMETER, reach, Ink::Electron));
                let points = side_line(eta, phi, EM_CALORIMETER.r_inner, EM_CALORIMETER.half_length);
                shapes.push(Shape::Line { points, ink: Ink::Electron, dashed: false });
            }
            Flavour::Muon => {
                let points = side_line(eta, phi, MUON_SPECTROMETER.r_outer, MUON_SPECTROMETER.half_length);
                shapes.push(Shape::Line { points, ink: Ink::Muon, dashed: false });
            }
        }
    }
    shapes
}

/// The invariant mass of `leptons`, GeV, from the four-vectors the table shows: the check that
/// the display's objects are the ones the cube counted (hzz4l's m₄ℓ is its leading four's).
pub fn leptons_mass(leptons: &[LeptonRecord]) -> f64 {
    let (mut e, mut px, mut py, mut pz) = (0.0, 0.0, 0.0, 0.0);
    for lepton in leptons {
        let (pt, eta, phi) = (f64::from(lepton.pt), f64::from(lepton.eta), f64::from(lepton.phi));
        e += f64::from(lepton.e);
        px += pt * phi.cos();
        py += pt * phi.sin();
        pz += pt * eta.sinh();
    }
    (e * e - px * px - py * py - pz * pz).max(0.0).sqrt()
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
        assert!(distance(plus[0]) < 1e-12, "a track starts at the beam line: {:?}", plus[0]);
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
    fn bundled() -> EventFile {
        histcube::events::decode_events(include_bytes!("../../../assets/cubes/hzz4l.events")).unwrap()
    }

    #[test]
    fn the_fisheye_keeps_every_layer_in_order_inside_the_picture() {
        assert_eq!(fisheye(0.0, R_MAX), 0.0);
        assert!((fisheye(R_MAX, R_MAX) - 1.0).abs() < 1e-12);
        assert!((fisheye(-2.0, R_MAX) + fisheye(2.0, R_MAX)).abs() < 1e-12);
        let radii = [INNER_DETECTOR.r_outer, SOLENOID_RADIUS, EM_CALORIMETER.r_inner, EM_CALORIMETER.r_outer];
        let radii = radii.into_iter().chain([HADRONIC_CALORIMETER.r_outer, MUON_SPECTROMETER.r_inner, R_MAX]);
        let shown: Vec<f64> = radii.map(|r| fisheye(r, R_MAX)).collect();
        assert!(shown.windows(2).all(|w| w[0] < w[1]), "{shown:?}");
        // The tracker gets about a third of the radius, not the tenth of a linear scale.
        assert!(shown[0] > 0.3, "{shown:?}");
    }

    #[test]
    fn every_lepton_of_a_real_four_lepton_event_is_drawn_where_it_goes() {
        let file = bundled();
        let event = &file.events[0];
        assert_eq!(event.leptons.len(), 4);
        let scene = transverse_scene(event);
        let tracks: Vec<&Shape> =
            scene.iter().filter(|s| matches!(s, Shape::Line { ink: Ink::Electron | Ink::Muon, .. })).collect();
        assert_eq!(tracks.len(), 4);
        for (track, lepton) in tracks.iter().zip(&event.leptons) {
            let Shape::Line { points, .. } = track else { unreachable!() };
            let end = points.last().unwrap();
            let reach = end.0.hypot(end.1);
            let expected = match lepton.flavour {
                Flavour::Muon => 1.0,
                Flavour::Electron => fisheye(EM_CALORIMETER.r_inner, R_MAX),
            };
            assert!((reach - expected).abs() < 1e-9, "{lepton:?} ends at {reach}");
            // A 4ℓ lepton is stiff: it leaves close to its own φ.
            assert!((end.1.atan2(end.0) - f64::from(lepton.phi)).sin().abs() < 0.1, "{lepton:?}");
        }
        let electrons = event.leptons.iter().filter(|l| l.flavour == Flavour::Electron).count();
        let showers = scene.iter().filter(|s| matches!(s, Shape::Area { ink: Ink::Electron, .. })).count();
        assert_eq!(showers, electrons);
        for shape in scene.iter().chain(&side_scene(event)) {
            let (Shape::Area { points, .. } | Shape::Line { points, .. }) = shape;
            assert!(points.iter().all(|p| p.0.abs() <= 1.0 + 1e-9 && p.1.abs() <= 1.0 + 1e-9), "{shape:?}");
        }
    }

    #[test]
    fn a_track_is_straight_along_the_beam() {
        let event = &bundled().events[0];
        for shape in side_scene(event) {
            let Shape::Line { points, ink: Ink::Electron | Ink::Muon, .. } = shape else { continue };
            let end = points.last().unwrap();
            for p in &points {
                let cross = p.0 * end.1 - p.1 * end.0;
                assert!(cross.abs() < 1e-9, "{p:?} is off the line to {end:?}");
            }
        }
    }

    #[test]
    fn the_missing_momentum_points_along_its_azimuth() {
        let mut event = bundled().events[0].clone();
        event.met = 50.0;
        event.met_phi = 2.0;
        let scene = transverse_scene(&event);
        let Some(Shape::Line { points, dashed: true, .. }) = scene.iter().find(|s| s.ink() == Ink::Met) else {
            panic!("no dashed MET arrow");
        };
        let tip = points[1];
        assert!((tip.1.atan2(tip.0) - 2.0).abs() < 1e-9);
        event.met = 0.0;
        assert!(transverse_scene(&event).iter().all(|s| s.ink() != Ink::Met));
    }

    #[test]
    fn the_leptons_of_each_recorded_event_give_its_m4l() {
        let file = bundled();
        let m4l = file.axes.iter().position(|a| a == "m4l").unwrap();
        for event in &file.events {
            // The analysis takes the four leading leptons; a few events recorded a fifth.
            let mass = leptons_mass(&event.leptons[..4]);
            let value = f64::from(event.values[m4l]);
            assert!(
                (mass - value).abs() < 1e-3 * value,
                "{}: {mass} from its leptons, {value} on the axis",
                event.id()
            );
        }
    }

    #[test]
    fn a_click_picks_the_bin_under_it() {
        let m4l = Axis::regular("m4l", "GeV", 34, 80.0, 250.0);
        assert_eq!(bin_at(&m4l, 127.0), m4l.index(127.0));
        assert_eq!(bin_at(&m4l, 127.0), Some(1 + 9));
        let channel = Axis::category("channel", &["4e", "4mu", "2e2mu"]);
        assert_eq!(bin_at(&channel, 1.2), channel.index(1.0));
        assert_eq!(bin_at(&channel, 7.0), None);
    }
}
