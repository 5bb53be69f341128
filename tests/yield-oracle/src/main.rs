//! The end-to-end tests' source of truth: what histcube's engine, run natively and outside the
//! browser, says about a cube under a cut.
//!
//! ```text
//! yield-oracle <cube file> [--axis ID] [--range LOWER:UPPER]
//!              [--cut ID=LOWER:UPPER]… [--categories ID:CATEGORY,CATEGORY…]…
//! ```
//!
//! prints JSON with the axis's in-range bin edges, every process's yield, error and raw count,
//! s, b, data, s/√b and the Asimov significance, and every axis's histogram (in-range bins, data
//! and simulation summed separately, and `underflow` / `overflow` as `{data, simulation}` or null
//! when the axis has no such bin, its `kind`, numeric `edges` and category ids) as the engine
//! computes it, each with every cut but its own.
//! `--axis` defaults to `m4l`, or the first axis of a cube without one; `--range` cuts that axis. `--cut` and `--categories` add cuts on
//! any axis, so several cuts can be combined. An empty end (`120:`) is open, which in histcube
//! also keeps that side's flow bin. It uses histcube only, never the web crate, so a mistake in how the
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
    // Without --axis: m4l where the cube has it, else its first axis.
    let axis = engine
        .cube()
        .manifest()
        .axis_index(&request.axis)
        .or_else(|| (!request.axis_given).then_some(0))
        .with_context(|| format!("the cube has no axis `{}`", request.axis))?;
    if let Some((lower, upper)) = request.range {
        engine.set_cut(axis, &AxisCut::range(lower, upper))?;
    }
    for (id, cut) in &request.cuts {
        let cut_axis =
            engine.cube().manifest().axis_index(id).with_context(|| format!("the cube has no axis `{id}` to cut"))?;
        engine.set_cut(cut_axis, cut).with_context(|| format!("cutting axis `{id}`"))?;
    }
    println!("{}", serde_json::to_string_pretty(&report(&engine, axis))?);
    Ok(())
}

struct Request {
    cube: String,
    axis: String,
    /// Whether `--axis` was given (else `axis` is the default, m4l).
    axis_given: bool,
    range: Option<(Option<f64>, Option<f64>)>,
    /// Further cuts by axis id, applied after `range`.
    cuts: Vec<(String, AxisCut)>,
}

impl Request {
    fn parse(args: &[String]) -> Result<Self> {
        let mut cube = None;
        let mut axis = "m4l".to_owned();
        let mut axis_given = false;
        let mut range = None;
        let mut cuts = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--axis" => {
                    axis = rest.next().context("--axis needs an axis id")?.clone();
                    axis_given = true;
                }
                "--range" => {
                    let text = rest.next().context("--range needs LOWER:UPPER")?;
                    let (lower, upper) = text.split_once(':').context("--range needs LOWER:UPPER")?;
                    range = Some((open_or_value(lower, "lower")?, open_or_value(upper, "upper")?));
                }
                "--cut" => {
                    let text = rest.next().context("--cut needs ID=LOWER:UPPER")?;
                    let (id, bounds) = text.split_once('=').context("--cut needs ID=LOWER:UPPER")?;
                    let (lower, upper) = bounds.split_once(':').context("--cut needs ID=LOWER:UPPER")?;
                    let cut = AxisCut::range(open_or_value(lower, "lower")?, open_or_value(upper, "upper")?);
                    cuts.push((id.to_owned(), cut));
                }
                "--categories" => {
                    let text = rest.next().context("--categories needs ID:CATEGORY,CATEGORY…")?;
                    let (id, list) = text.split_once(':').context("--categories needs ID:CATEGORY,CATEGORY…")?;
                    let categories: Vec<&str> = list.split(',').map(str::trim).filter(|c| !c.is_empty()).collect();
                    if categories.is_empty() {
                        bail!("--categories {id}: needs at least one category");
                    }
                    cuts.push((id.to_owned(), AxisCut::categories(&categories)));
                }
                other if other.starts_with("--") => bail!("unknown option {other}"),
                path if cube.is_none() => cube = Some(path.to_owned()),
                extra => bail!("unexpected argument {extra}"),
            }
        }
        let cube = cube.context(
            "usage: yield-oracle <cube file> [--axis ID] [--range LOWER:UPPER] [--cut ID=LOWER:UPPER]… \
             [--categories ID:CATEGORY,…]…",
        )?;
        Ok(Self { cube, axis, axis_given, range, cuts })
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
    let histograms: Vec<_> = manifest
        .axes
        .iter()
        .enumerate()
        .map(|(a, ax)| {
            let first = usize::from(ax.flow().0);
            let in_range = first..first + ax.n_regular_bins();
            let summed = |role: Role| {
                let mut bins = vec![0.0; in_range.len()];
                for p in manifest.processes_with_role(role) {
                    for (sum, bin) in bins.iter_mut().zip(&engine.histogram(a, p)[in_range.clone()]) {
                        *sum += bin.sumw;
                    }
                }
                bins
            };
            let simulation: Vec<f64> =
                summed(Role::Signal).iter().zip(summed(Role::Background)).map(|(s, b)| s + b).collect();
            // A flow bin's data and simulation, or null when the axis has no such bin.
            let flow = |present: bool, bin: usize| {
                present.then(|| {
                    let sum = |roles: &[Role]| -> f64 {
                        roles
                            .iter()
                            .flat_map(|&role| manifest.processes_with_role(role))
                            .map(|p| engine.histogram(a, p)[bin].sumw)
                            .sum()
                    };
                    json!({ "data": sum(&[Role::Data]), "simulation": sum(&[Role::Signal, Role::Background]) })
                })
            };
            let (has_underflow, has_overflow) = ax.flow();
            json!({
                "id": ax.id,
                "kind": if ax.is_category() { "category" } else { "numeric" },
                // In-range bin edges of a numeric axis; a category axis's category ids.
                "edges": if ax.is_category() { Vec::new() } else { ax.edges() },
                "categories": ax.categories().iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                "data": summed(Role::Data),
                "simulation": simulation,
                "underflow": flow(has_underflow, 0),
                "overflow": flow(has_overflow, ax.n_bins() - 1),
            })
        })
        .collect();
    json!({
        "analysis_id": manifest.analysis_id,
        "axis": { "id": manifest.axes[axis].id, "edges": manifest.axes[axis].edges() },
        "processes": processes,
        "signal": { "sumw": significance.s.sumw, "error": significance.s.error() },
        "background": { "sumw": significance.b.sumw, "error": significance.b.error() },
        "data": { "sumw": significance.data.sumw, "count": significance.data.count },
        "s_over_sqrt_b": significance.s_over_sqrt_b,
        "z_asimov": significance.z_asimov,
        "histograms": histograms,
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
    fn several_cuts_and_category_cuts_combine() {
        let request =
            parse(&["cube", "--cut", "mz1=50:", "--categories", "channel:4mu,2e2mu", "--cut", "m4l=:130"]).unwrap();
        assert_eq!(request.range, None);
        assert_eq!(
            request.cuts,
            [
                ("mz1".to_owned(), AxisCut::range(Some(50.0), None)),
                ("channel".to_owned(), AxisCut::categories(&["4mu", "2e2mu"])),
                ("m4l".to_owned(), AxisCut::range(None, Some(130.0))),
            ]
        );
        assert!(parse(&["cube", "--categories", "channel:"]).is_err());
        assert!(parse(&["cube", "--categories", "channel"]).is_err());
        assert!(parse(&["cube", "--cut", "mz1:50:60"]).is_err());
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
