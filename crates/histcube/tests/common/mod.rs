//! Random cubes and selections for the property tests.

use histcube::{Axis, Cells, Cube, DataKind, Manifest, Process, Role};
use proptest::prelude::*;

pub fn arb_axis(index: usize) -> impl Strategy<Value = Axis> {
    let id = format!("a{index}");
    prop_oneof![
        (1u32..8, any::<bool>(), any::<bool>()).prop_map({
            let id = id.clone();
            move |(n, u, o)| Axis::regular(&id, "GeV", n, 0.0, 10.0).with_flow(u, o)
        }),
        (prop::collection::vec(0.1f64..5.0, 1..6), any::<bool>()).prop_map({
            let id = id.clone();
            move |(widths, flow)| {
                let mut edges = vec![-1.0];
                for w in widths {
                    edges.push(edges.last().unwrap() + w);
                }
                Axis::variable(&id, "", edges).with_flow(flow, flow)
            }
        }),
        (0i32..3, 1i32..5).prop_map({
            let id = id.clone();
            move |(lo, n)| Axis::integer(&id, lo, lo + n)
        }),
        (1usize..4).prop_map(move |n| {
            let names: Vec<String> = (0..n).map(|i| format!("c{i}")).collect();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            Axis::category(&id, &refs)
        }),
    ]
}

pub fn arb_manifest() -> impl Strategy<Value = Manifest> {
    (1usize..6, 1usize..5).prop_flat_map(|(n_axes, n_proc)| {
        let axes: Vec<_> = (0..n_axes).map(arb_axis).collect();
        axes.prop_map(move |axes| {
            let mut m = Manifest::new("random", 13.0, 10.0, DataKind::PseudoData);
            m.axes = axes;
            m.processes = (0..n_proc)
                .map(|p| {
                    let role = [Role::Data, Role::Signal, Role::Background][p % 3];
                    Process::new(&format!("p{p}"), role)
                })
                .collect();
            m
        })
    })
}

/// A random valid cube; cells may repeat a coordinate (the engine must not care).
pub fn arb_cube() -> impl Strategy<Value = Cube> {
    arb_manifest().prop_flat_map(|m| {
        let bins: Vec<usize> = m.axes.iter().map(Axis::n_bins).collect();
        let n_proc = m.processes.len();
        let cell = (
            bins.iter().map(|&n| (0..n as u16).boxed()).collect::<Vec<_>>(),
            0..n_proc as u8,
            -2.0f32..5.0,
            0.0f32..10.0,
            1u32..20,
        );
        prop::collection::vec(cell, 0..200).prop_map(move |cells| {
            let mut c = Cells { coords: vec![Vec::new(); m.axes.len()], ..Cells::default() };
            for (coords, p, w, w2, n) in cells {
                for (col, b) in c.coords.iter_mut().zip(coords) {
                    col.push(b);
                }
                c.process.push(p);
                c.sumw.push(w);
                c.sumw2.push(w2);
                c.count.push(n);
            }
            Cube::from_parts(m.clone(), c).expect("generated cube is valid")
        })
    })
}
