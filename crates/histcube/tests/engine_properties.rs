//! The engine's incremental crossfilter results equal a brute-force recomputation from the
//! cells, on random cubes and random sequences of cuts.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use histcube::{Cube, Engine, Sums};
use proptest::prelude::*;

/// Straight from the definition: a cell counts in axis a's histogram when it passes every
/// other axis's cut, and in the yields when it passes all cuts.
fn brute_force(cube: &Cube, masks: &[Vec<bool>]) -> (Vec<Vec<Vec<Sums>>>, Vec<Sums>) {
    let m = cube.manifest();
    let c = cube.cells();
    let n_proc = m.processes.len();
    let mut hists: Vec<Vec<Vec<Sums>>> =
        m.axes.iter().map(|a| vec![vec![Sums::default(); a.n_bins()]; n_proc]).collect();
    let mut yields = vec![Sums::default(); n_proc];
    for i in 0..c.len() {
        let passes: Vec<bool> = (0..m.axes.len()).map(|x| masks[x][usize::from(c.coords[x][i])]).collect();
        let cell = Sums { sumw: f64::from(c.sumw[i]), sumw2: f64::from(c.sumw2[i]), count: u64::from(c.count[i]) };
        let p = usize::from(c.process[i]);
        for a in 0..m.axes.len() {
            if (0..m.axes.len()).all(|x| x == a || passes[x]) {
                hists[a][p][usize::from(c.coords[a][i])] += cell;
            }
        }
        if passes.iter().all(|x| *x) {
            yields[p] += cell;
        }
    }
    (hists, yields)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn assert_same(engine: &Engine, masks: &[Vec<bool>]) -> Result<(), TestCaseError> {
    let (hists, yields) = brute_force(engine.cube(), masks);
    for (p, y) in yields.iter().enumerate() {
        let got = engine.yields()[p];
        prop_assert_eq!(got.count, y.count);
        prop_assert!(close(got.sumw, y.sumw) && close(got.sumw2, y.sumw2), "yield {p}: {got:?} vs {y:?}");
    }
    for (a, per_proc) in hists.iter().enumerate() {
        for (p, bins) in per_proc.iter().enumerate() {
            let got = engine.histogram(a, p);
            prop_assert_eq!(got.len(), bins.len());
            for (g, e) in got.iter().zip(bins) {
                prop_assert_eq!(g.count, e.count);
                prop_assert!(close(g.sumw, e.sumw) && close(g.sumw2, e.sumw2), "axis {a} process {p}: {g:?} vs {e:?}");
            }
        }
    }
    Ok(())
}

/// A random sequence of (axis, cut-mask) updates for a given cube.
fn arb_case() -> impl Strategy<Value = (Cube, Vec<(usize, Vec<bool>)>)> {
    common::arb_cube().prop_flat_map(|cube| {
        let bins: Vec<usize> = cube.manifest().axes.iter().map(histcube::Axis::n_bins).collect();
        let n_axes = bins.len();
        let update = (0..n_axes).prop_flat_map(move |a| (Just(a), prop::collection::vec(any::<bool>(), bins[a])));
        (Just(cube), prop::collection::vec(update, 1..25))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn engine_equals_brute_force_after_every_update((cube, updates) in arb_case()) {
        let mut masks: Vec<Vec<bool>> = cube.manifest().axes.iter().map(|a| vec![true; a.n_bins()]).collect();
        let mut engine = Engine::new(cube);
        assert_same(&engine, &masks)?;
        for (axis, mask) in updates {
            engine.set_cut_mask(axis, &mask).unwrap();
            masks[axis] = mask;
            assert_same(&engine, &masks)?;
        }
        engine.clear_all_cuts();
        let all: Vec<Vec<bool>> = masks.iter().map(|a| vec![true; a.len()]).collect();
        assert_same(&engine, &all)?;
    }

    #[test]
    fn undoing_a_cut_restores_results_exactly((cube, updates) in arb_case()) {
        let mut engine = Engine::new(cube);
        let before: Vec<Sums> = engine.yields().to_vec();
        let (axis, mask) = &updates[0];
        engine.set_cut_mask(*axis, mask).unwrap();
        engine.clear_cut(*axis).unwrap();
        prop_assert_eq!(engine.yields(), &before[..]);
    }
}
