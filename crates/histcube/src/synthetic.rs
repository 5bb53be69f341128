//! Synthetic cubes and cut sequences for benchmarks, native and in the browser alike, so both
//! measure exactly the same work. The shapes are H→WW-like (nine axes, six processes) with
//! peaked, correlated distributions, so cell occupancy resembles a real analysis cube.

use crate::{Axis, AxisCut, Cube, CubeBuilder, DataKind, Engine, FitSetup, Manifest, Process, Role};

/// Deterministic SplitMix64: benchmarks must see the same cube every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Exponential with the given mean: falling spectra like pT and MET.
    fn exponential(&mut self, mean: f64) -> f64 {
        -mean * (1.0 - self.uniform()).ln()
    }

    /// Standard normal (Box–Muller).
    fn gauss(&mut self) -> f64 {
        let r = (-2.0 * (1.0 - self.uniform()).ln()).sqrt();
        r * (2.0 * std::f64::consts::PI * self.uniform()).cos()
    }

    /// Poisson with the given mean: arrivals of a unit-rate process in `[0, mean]`.
    fn poisson(&mut self, mean: f64) -> u64 {
        let (mut t, mut k) = (0.0, 0);
        loop {
            t += self.exponential(1.0);
            if t > mean {
                return k;
            }
            k += 1;
        }
    }
}

/// The manifest of the synthetic H→WW-like analysis.
pub fn manifest() -> Manifest {
    let mut m = Manifest::new("synthetic", 13.0, 10.064, DataKind::PseudoData);
    m.axes = vec![
        Axis::category("channel", &["ee", "mumu", "emu"]),
        Axis::regular("mll", "GeV", 40, 0.0, 200.0),
        Axis::integer("njets", 0, 5),
        Axis::integer("nbjets", 0, 3),
        Axis::regular("ptll", "GeV", 40, 0.0, 200.0),
        Axis::regular("met", "GeV", 40, 0.0, 200.0),
        Axis::regular("dphi_ll_met", "rad", 32, 0.0, std::f64::consts::PI),
        Axis::regular("dphi_ll", "rad", 32, 0.0, std::f64::consts::PI),
        Axis::regular("mt", "GeV", 50, 0.0, 250.0),
    ];
    m.processes = vec![
        Process::new("data", Role::Data),
        Process::new("hww", Role::Signal),
        Process::new("ww", Role::Background),
        Process::new("ttbar", Role::Background),
        Process::new("zjets", Role::Background),
        Process::new("other", Role::Background),
    ];
    m.fit = Some(FitSetup { axis: "mt".into(), norm_uncertainties: Vec::new() });
    m
}

/// One synthetic event: its process (index into [`manifest`]'s processes), its value on every
/// axis of [`manifest`] in axis order (a category axis holds the category's index) and its weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub process: u8,
    pub values: [f64; N_AXES],
    pub weight: f64,
}

/// Number of axes of [`manifest`].
pub const N_AXES: usize = 9;

impl SplitMix {
    fn event(&mut self) -> Event {
        let process = (self.next() % 6) as u8;
        let z_like = process == 4;
        let mll = if z_like { 91.0 + 3.0 * (self.uniform() - 0.5) * 4.0 } else { 10.0 + self.exponential(40.0) };
        let njets = self.exponential(if process == 3 { 3.0 } else { 0.8 }).floor();
        let nbjets =
            if process == 3 { (self.uniform() * 3.0).floor() } else { f64::from(u8::from(self.uniform() < 0.05)) };
        let ptll = self.exponential(35.0);
        let met = self.exponential(if z_like { 15.0 } else { 45.0 });
        let dphi_ll_met = std::f64::consts::PI * self.uniform().sqrt();
        let dphi_ll = std::f64::consts::PI * self.uniform().powi(if process == 1 { 2 } else { 1 });
        let mt = (2.0 * ptll * met * (1.0 - dphi_ll_met.cos())).sqrt();
        let channel = (self.next() % 3) as f64;
        let weight = if process == 0 { 1.0 } else { 0.05 + self.uniform() * 0.2 };
        Event { process, values: [channel, mll, njets, nbjets, ptll, met, dphi_ll_met, dphi_ll, mt], weight }
    }
}

/// A cube with (at least) `target_cells` occupied cells, filled with weighted random events.
pub fn cube(target_cells: usize, seed: u64) -> Cube {
    fill(target_cells, seed, |_| {})
}

/// The events of [`cube`] column by column, for feeding the same events to other tools (such as
/// JavaScript crossfilter in the browser benchmark).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventColumns {
    /// Process index of each event.
    pub process: Vec<u8>,
    /// Weight of each event.
    pub weight: Vec<f64>,
    /// `values[axis][event]`, in the units of [`Event::values`].
    pub values: Vec<Vec<f64>>,
}

impl EventColumns {
    pub fn len(&self) -> usize {
        self.process.len()
    }

    pub fn is_empty(&self) -> bool {
        self.process.is_empty()
    }
}

/// [`cube`]`(target_cells, seed)` together with the events it was filled with.
pub fn cube_with_events(target_cells: usize, seed: u64) -> (Cube, EventColumns) {
    let mut columns = EventColumns { values: vec![Vec::new(); N_AXES], ..EventColumns::default() };
    let cube = fill(target_cells, seed, |event| {
        columns.process.push(event.process);
        columns.weight.push(event.weight);
        for (column, value) in columns.values.iter_mut().zip(event.values) {
            column.push(value);
        }
    });
    (cube, columns)
}

/// Fills a cube with events until it has `target_cells` cells and at least as many events,
/// showing each event to `each` as it goes.
fn fill(target_cells: usize, seed: u64, mut each: impl FnMut(&Event)) -> Cube {
    let mut builder = CubeBuilder::new(manifest()).expect("synthetic manifest is valid");
    let axes = builder.manifest().axes.clone();
    debug_assert_eq!(axes.len(), N_AXES);
    let mut rng = SplitMix(seed);
    let mut bins = vec![0u16; axes.len()];
    let mut events = 0usize;
    // Distinct cells grow a little slower than events; check the count every so often.
    while events < target_cells || builder.len() < target_cells {
        let event = rng.event();
        for ((b, axis), v) in bins.iter_mut().zip(&axes).zip(event.values) {
            *b = axis.index(v).expect("every synthetic axis has flow bins") as u16;
        }
        builder.fill(event.process, &bins, event.weight);
        each(&event);
        events += 1;
    }
    builder.finish().expect("synthetic cube is valid")
}

/// A student's session, one entry per update the interface sends: the interface snaps cuts to
/// bin edges, so every step moves a cut by at least one bin. Drag the mll lower cut up and back,
/// drag the MET upper cut down, toggle channels, require jets, tighten Δφℓℓ.
pub fn drag_sequence() -> Vec<(usize, AxisCut)> {
    let mut steps = Vec::new();
    for lo in (0..=20).chain((0..20).rev()) {
        steps.push((1, AxisCut::range(Some(f64::from(lo) * 5.0), None)));
    }
    for hi in (12..=40).rev() {
        steps.push((5, AxisCut::range(None, Some(f64::from(hi) * 5.0))));
    }
    for chans in [&["ee", "mumu", "emu"][..], &["emu"], &["ee", "emu"], &["mumu"], &["ee", "mumu", "emu"]] {
        steps.push((0, AxisCut::categories(chans)));
    }
    for (lo, hi) in [(0.0, 1.0), (0.0, 2.0), (1.0, 2.0), (0.0, 5.0)] {
        steps.push((2, AxisCut::range(Some(lo), Some(hi))));
    }
    for hi in (8..=32).rev() {
        steps.push((7, AxisCut::range(None, Some(std::f64::consts::PI * f64::from(hi) / 32.0))));
    }
    steps
}

/// Passes over the drag sequence before measuring, so caches and the allocator are in steady state.
pub const WARM_UP_PASSES: usize = 1;
/// Measured passes over the drag sequence.
pub const MEASURED_PASSES: usize = 3;

/// The time of every measured update of [`time_drag_sequence`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DragTimes {
    /// Milliseconds per `set_cut`, in the order applied: measured pass after measured pass.
    pub ms: Vec<f64>,
    /// How many measured updates recomputed everything instead of updating incrementally.
    pub full_rebuilds: usize,
}

impl DragTimes {
    /// The `q`-quantile (0 ≤ q ≤ 1) of the update times, the nearest-rank value.
    pub fn percentile(&self, q: f64) -> f64 {
        let mut sorted = self.ms.clone();
        sorted.sort_by(f64::total_cmp);
        let i = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[i]
    }

    /// The slowest update.
    pub fn max(&self) -> f64 {
        self.ms.iter().copied().fold(f64::NEG_INFINITY, f64::max)
    }
}

/// Applies `steps` to `engine` for [`WARM_UP_PASSES`] then [`MEASURED_PASSES`] passes, clearing
/// every cut after each pass, and times each `set_cut` alone with `now_ms` (a clock in
/// milliseconds: `Instant` natively, `performance.now()` in the browser). The one timing loop
/// of the native and the browser benchmarks, so both measure exactly the same work.
pub fn time_drag_sequence(
    engine: &mut Engine,
    steps: &[(usize, AxisCut)],
    mut now_ms: impl FnMut() -> f64,
) -> DragTimes {
    let mut times = DragTimes { ms: Vec::with_capacity(MEASURED_PASSES * steps.len()), full_rebuilds: 0 };
    for pass in 0..WARM_UP_PASSES + MEASURED_PASSES {
        for (axis, cut) in steps {
            let start = now_ms();
            let stats = engine.set_cut(*axis, cut).expect("synthetic cuts are valid");
            let ms = now_ms() - start;
            if pass >= WARM_UP_PASSES {
                times.ms.push(ms);
                times.full_rebuilds += usize::from(stats.full_rebuild);
            }
        }
        engine.clear_all_cuts();
    }
    times
}

/// A small H→ZZ-like cube for the signal-strength fit (`histcube::fit`): a 50-bin mass axis
/// `m` (100–150 GeV), a `channel` axis and an `njets` axis; two signals (`ggf`, `vbf`, peaked
/// at 125 GeV, about 30 events), two backgrounds (`zz` falling, about 400 events from 4 000
/// simulated ones; `ttbar` flat, about 150 events from only 600, so the simulation's statistical
/// uncertainty matters) and pseudo-data drawn event by event with the signal scaled by
/// `mu_true`. Used by the fit benchmark and by the pyhf validation
/// (`examples/synthetic_fit_cubes.rs`).
pub fn fit_cube(seed: u64, mu_true: f64) -> Cube {
    let mut m = Manifest::new("synthetic_fit", 13.0, 10.064, DataKind::PseudoData);
    m.axes = vec![
        Axis::regular("m", "GeV", 50, 100.0, 150.0),
        Axis::category("channel", &["4e", "4mu", "2e2mu"]),
        Axis::integer("njets", 0, 3),
    ];
    m.processes = vec![
        Process::new("data", Role::Data),
        Process::new("ggf", Role::Signal),
        Process::new("vbf", Role::Signal),
        Process::new("zz", Role::Background),
        Process::new("ttbar", Role::Background),
    ];
    let mut builder = CubeBuilder::new(m).expect("synthetic manifest is valid");
    let axes = builder.manifest().axes.clone();
    let mut rng = SplitMix(seed);
    // (process, expected events, simulated events)
    let samples = [(1u8, 25.0, 3000u32), (2, 5.0, 1000), (3, 400.0, 4000), (4, 150.0, 600)];
    // Draws one event of `shape`'s distributions and fills it as `process`.
    let fill = |builder: &mut CubeBuilder, rng: &mut SplitMix, shape: u8, process: u8, weight: f64| {
        let (mass, njets) = match shape {
            1 => (125.0 + 2.5 * rng.gauss(), rng.exponential(0.7).floor()),
            2 => (125.0 + 2.5 * rng.gauss(), 2.0 + rng.exponential(0.5).floor()),
            3 => (95.0 + rng.exponential(25.0), rng.exponential(0.5).floor()),
            _ => (100.0 + 50.0 * rng.uniform(), 1.0 + rng.exponential(1.5).floor()),
        };
        let channel = (rng.next() % 3) as f64;
        let bins: Vec<u16> =
            axes.iter().zip([mass, channel, njets]).map(|(a, v)| a.index(v).expect("flow bins") as u16).collect();
        builder.fill(process, &bins, weight);
    };
    for &(process, expected, simulated) in &samples {
        for _ in 0..simulated {
            // Weights vary by ±50 % around the mean, as generator and scale-factor weights do.
            let w = expected / f64::from(simulated) * (0.5 + rng.uniform());
            fill(&mut builder, &mut rng, process, process, w);
        }
        let scale = if matches!(process, 1 | 2) { mu_true } else { 1.0 };
        for _ in 0..rng.poisson(expected * scale) {
            fill(&mut builder, &mut rng, process, 0, 1.0);
        }
    }
    builder.finish().expect("synthetic cube is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_event_columns_are_the_events_the_cube_was_filled_with() {
        let (cube, events) = cube_with_events(2_000, 5);
        assert_eq!(cube, super::cube(2_000, 5), "cube_with_events must not change the cube");

        let mut builder = CubeBuilder::new(manifest()).unwrap();
        let axes = builder.manifest().axes.clone();
        for i in 0..events.len() {
            let bins: Vec<u16> =
                axes.iter().zip(&events.values).map(|(axis, column)| axis.index(column[i]).unwrap() as u16).collect();
            builder.fill(events.process[i], &bins, events.weight[i]);
        }
        assert_eq!(builder.finish().unwrap(), cube);
        assert!(events.len() >= 2_000);
    }
}
