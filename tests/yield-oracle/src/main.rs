//! The end-to-end tests' source of truth: what histcube's engine, run natively and outside the
//! browser, says about a cube under a cut.
//!
//! ```text
//! yield-oracle <cube file> [--axis ID] [--range LOWER:UPPER]
//! ```
//!
//! prints JSON with the axis's in-range bin edges, every process's yield, error and raw count,
//! and s, b, data, s/√b and the Asimov significance. `--axis` defaults to `m4l`; without
//! `--range` there is no cut. An empty end (`120:`) is open, which in histcube also keeps that
//! side's flow bin. It uses histcube only, never the web crate, so a mistake in how the
//! page turns its inputs into a cut cannot hide itself by being made twice.

use anyhow::{bail, Context, Result};
use histcube::{AxisCut, Engine, Role};
use serde_json::json;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let request = Request::parse(&args)?;
    let bytes = std::fs::read(&request.cube).with_context(|| format!("reading {}", request.cube))?;
    let cube = histcube::decode(&bytes).with_context(|| format!("decoding {}", request.cube))?;
    let mut engine = Engine::new(cube);
    let axis = engine
        .cube()
        .manifest()
        .axis_index(&request.axis)
        .with_context(|| format!("the cube has no axis `{}`", request.axis))?;
    if let Some((lower, upper)) = request.range {
        engine.set_cut(axis, &AxisCut::range(lower, upper))?;
    }
    println!("{}", serde_json::to_string_pretty(&report(&engine, axis))?);
    Ok(())
}

struct Request {
    cube: String,
    axis: String,
    range: Option<(Option<f64>, Option<f64>)>,
}

impl Request {
    fn parse(args: &[String]) -> Result<Self> {
        let mut cube = None;
        let mut axis = "m4l".to_owned();
        let mut range = None;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--axis" => axis = rest.next().context("--axis needs an axis id")?.clone(),
                "--range" => {
                    let text = rest.next().context("--range needs LOWER:UPPER")?;
                    let (lower, upper) = text.split_once(':').context("--range needs LOWER:UPPER")?;
                    range = Some((open_or_value(lower, "lower")?, open_or_value(upper, "upper")?));
                }
                other if other.starts_with("--") => bail!("unknown option {other}"),
                path if cube.is_none() => cube = Some(path.to_owned()),
                extra => bail!("unexpected argument {extra}"),
            }
        }
        let cube = cube.context("usage: yield-oracle <cube file> [--axis ID] [--range LOWER:UPPER]")?;
        Ok(Self { cube, axis, range })
    }
}

/// `None` for an empty end of `--range`, else the number.
fn open_or_value(text: &str, end: &str) -> Result<Option<f64>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).with_context(|| format!("the {end} end of --range, `{text}`, is not a number"))
}

fn report(engine: &Engine, axis: usize) -> serde_json::Value {
    let manifest = engine.cube().manifest();
    let processes: Vec<_> = manifest
        .processes
        .iter()
        .zip(engine.yields())
        .map(|(p, sums)| {
            let role = match p.role {
                Role::Data => "data",
                Role::Signal => "signal",
                Role::Background => "background",
            };
            json!({ "id": p.id, "role": role, "sumw": sums.sumw, "error": sums.error(), "count": sums.count })
        })
        .collect();
    let significance = engine.significance(&vec![true; manifest.processes.len()]);
    json!({
        "analysis_id": manifest.analysis_id,
        "axis": { "id": manifest.axes[axis].id, "edges": manifest.axes[axis].edges() },
        "processes": processes,
        "signal": { "sumw": significance.s.sumw, "error": significance.s.error() },
        "background": { "sumw": significance.b.sumw, "error": significance.b.error() },
        "data": { "sumw": significance.data.sumw, "count": significance.data.count },
        "s_over_sqrt_b": significance.s_over_sqrt_b,
        "z_asimov": significance.z_asimov,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Request> {
        Request::parse(&args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn ranges_may_leave_either_end_open() {
        let request = parse(&["cube", "--range", "120:130"]).unwrap();
        assert_eq!((request.cube.as_str(), request.axis.as_str()), ("cube", "m4l"));
        assert_eq!(request.range, Some((Some(120.0), Some(130.0))));
        assert_eq!(parse(&["cube", "--range", "120:"]).unwrap().range, Some((Some(120.0), None)));
        assert_eq!(parse(&["cube", "--axis", "mz1", "--range", ":90"]).unwrap().range, Some((None, Some(90.0))));
    }

    #[test]
    fn bad_arguments_are_refused() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["cube", "--range", "120"]).is_err());
        assert!(parse(&["cube", "--range", "a:b"]).is_err());
        assert!(parse(&["cube", "--frobnicate"]).is_err());
        assert!(parse(&["cube", "other"]).is_err());
    }
}
