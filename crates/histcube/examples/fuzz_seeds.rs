//! Writes the starting corpus of the fuzz targets (`fuzz/seeds/*.bundle`, docs/reliability.md):
//! the payloads of small valid cubes for the header target (so the fuzzer starts from inputs
//! that reach the engine), and deterministic byte strings for the structure-aware target.
//! `cargo xtask fuzz` grows and minimises the corpus from there.
//!
//! ```sh
//! cargo run -p histcube --example fuzz_seeds -- fuzz/seeds
//! ```

use histcube::format::HEADER_LEN;
use histcube::{encode, synthetic, Axis, CubeBuilder, DataKind, Manifest, NamedCut, Process, Role};

fn bundle(entries: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        out.extend_from_slice(&(e.len() as u32).to_le_bytes());
        out.extend_from_slice(e);
    }
    out
}

fn small_cube(variant: u64) -> histcube::Cube {
    let mut m =
        Manifest::new("seed", 13.0, 10.0, [DataKind::Real, DataKind::PseudoData, DataKind::None][variant as usize % 3]);
    m.axes = vec![
        Axis::regular("m", "GeV", 4 + variant as u32, 80.0, 170.0),
        Axis::variable("pt", "GeV", vec![0.0, 10.0, 30.0, 100.0]).with_flow(variant % 2 == 0, true),
        Axis::integer("n", 0, 3),
        Axis::category("ch", &["ee", "mm", "em"]),
    ];
    m.processes =
        vec![Process::new("data", Role::Data), Process::new("s", Role::Signal), Process::new("b", Role::Background)];
    m.default_cuts = vec![NamedCut { axis: "ch".into(), cut: histcube::AxisCut::categories(&["ee", "mm"]) }];
    let mut b = CubeBuilder::new(m).unwrap();
    for i in 0..(5 + variant * 3) {
        let bins = [(i % 6) as u16, (i % 4) as u16, (i % 4) as u16, (i % 3) as u16];
        b.fill((i % 3) as u8, &bins, 0.5 + i as f64);
    }
    b.finish().unwrap()
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "fuzz/seeds".into());
    let mut header = Vec::new();
    for v in 0..8 {
        header.push(encode(&small_cube(v))[HEADER_LEN..].to_vec());
    }
    for (cells, seed) in [(10, 1), (40, 2), (120, 3)] {
        header.push(encode(&synthetic::cube(cells, seed))[HEADER_LEN..].to_vec());
    }
    let mut structured = Vec::new();
    // splitmix64 over the index: any bytes are a valid `arbitrary` input.
    for i in 0..16u64 {
        let mut x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let bytes: Vec<u8> = (0..(32 + 24 * i))
            .map(|_| {
                x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let mut z = x;
                z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                (z ^ (z >> 31)) as u8
            })
            .collect();
        structured.push(bytes);
    }
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(format!("{dir}/header.bundle"), bundle(&header)).unwrap();
    std::fs::write(format!("{dir}/structured.bundle"), bundle(&structured)).unwrap();
    eprintln!("{} header and {} structured seeds in {dir}", header.len(), structured.len());
}
