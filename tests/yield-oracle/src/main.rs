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
//! `--axis` defaults to `m4l`, or the first axis of a cube without one; `--range` cuts that
//! axis. `--cut` and `--categories` add cuts on any axis, in the order given, so several cuts
//! can be combined. Cuts are written in histcube's one cut grammar (`histcube::cut_text`): an
//! empty end (`120:`) is open, which in histcube also keeps that side's flow bin. It uses histcube only, never the web crate, so a mistake in how the
//! page turns its inputs into a cut cannot hide itself by being made twice.

use anyhow::{bail, Context, Result};
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser};
use histcube::{AxisCut, Engine, NamedCut, Role};
use serde_json::json;

fn main() -> Result<()> {
    // `--help`, `--version` and usage mistakes are clap's to print (help on stdout, exit 0),
    // not errors of the oracle's with a backtrace.
    let request = match Request::parse(std::env::args_os()) {
        Ok(request) => request,
        Err(error) => match error.downcast::<clap::Error>() {
            Ok(usage) => usage.exit(),
            Err(error) => return Err(error),
        },
    };
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
    if let Some(range) = &request.range {
        engine.set_cut(axis, range)?;
    }
    for NamedCut { axis: id, cut } in &request.cuts {
        let cut_axis =
            engine.cube().manifest().axis_index(id).with_context(|| format!("the cube has no axis `{id}` to cut"))?;
        engine.set_cut(cut_axis, cut).with_context(|| format!("cutting axis `{id}`"))?;
    }
    println!("{}", serde_json::to_string_pretty(&report(&engine, axis))?);
    Ok(())
}

/// The command line as clap reads it.
#[derive(Parser)]
#[command(name = "yield-oracle", about = "What histcube's engine says about a cube under a cut, as JSON")]
struct Args {
    /// The cube file.
    cube: String,
    /// The axis whose edges are reported and which `--range` cuts (default: m4l, else the first).
    #[arg(long, value_name = "ID")]
    axis: Option<String>,
    /// A range on `--axis`, e.g. `120:130` or `120:`.
    #[arg(long, value_name = "LOWER:UPPER", value_parser = range_cut, allow_hyphen_values = true)]
    range: Option<AxisCut>,
    /// A cut on any axis, e.g. `mz1=50:`. Repeatable.
    #[arg(long = "cut", value_name = "ID=LOWER:UPPER", value_parser = named_cut)]
    cuts: Vec<NamedCut>,
    /// The categories kept on a category axis, e.g. `channel:4mu,2e2mu`. Repeatable.
    #[arg(long = "categories", value_name = "ID:CATEGORY,CATEGORY…", value_parser = category_cut)]
    categories: Vec<NamedCut>,
}

/// What to compute.
struct Request {
    cube: String,
    axis: String,
    /// Whether `--axis` was given (else `axis` is the default, m4l).
    axis_given: bool,
    range: Option<AxisCut>,
    /// Further cuts by axis id, applied after `range` in the order of the command line.
    cuts: Vec<NamedCut>,
}

impl Request {
    fn parse<I, T>(args: I) -> Result<Self>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = Args::command().try_get_matches_from(args)?;
        let Args { cube, axis, range, cuts, categories } = Args::from_arg_matches(&matches)?;
        // `--cut` and `--categories` are two options but one list: put them back in the
        // command line's order.
        let position =
            |id: &str, matches: &ArgMatches| matches.indices_of(id).into_iter().flatten().collect::<Vec<_>>();
        let mut ordered: Vec<(usize, NamedCut)> = position("cuts", &matches)
            .into_iter()
            .zip(cuts)
            .chain(position("categories", &matches).into_iter().zip(categories))
            .collect();
        ordered.sort_by_key(|(index, _)| *index);
        Ok(Self {
            cube,
            axis_given: axis.is_some(),
            axis: axis.unwrap_or_else(|| "m4l".to_owned()),
            range,
            cuts: ordered.into_iter().map(|(_, cut)| cut).collect(),
        })
    }
}

/// `--range LOWER:UPPER`: a range, not a list of categories.
fn range_cut(text: &str) -> Result<AxisCut> {
    match text.parse::<AxisCut>()? {
        cut @ AxisCut::Ranges(_) => Ok(cut),
        AxisCut::Categories(_) => bail!("expected LOWER:UPPER"),
    }
}

/// `--cut ID=LOWER:UPPER` (or `ID=CATEGORY,…`).
fn named_cut(text: &str) -> Result<NamedCut> {
    Ok(text.parse::<NamedCut>()?)
}

/// `--categories ID:CATEGORY,CATEGORY…`.
fn category_cut(text: &str) -> Result<NamedCut> {
    let (axis, list) = text.split_once(':').context("expected ID:CATEGORY,CATEGORY…")?;
    match list.parse::<AxisCut>()? {
        cut @ AxisCut::Categories(_) => Ok(NamedCut { axis: axis.trim().to_owned(), cut }),
        AxisCut::Ranges(_) => bail!("expected ID:CATEGORY,CATEGORY…"),
    }
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
        Request::parse(std::iter::once("yield-oracle").chain(args.iter().copied()))
    }

    fn named(axis: &str, cut: AxisCut) -> NamedCut {
        NamedCut { axis: axis.to_owned(), cut }
    }

    #[test]
    fn ranges_may_leave_either_end_open() {
        let request = parse(&["cube", "--range", "120:130"]).unwrap();
        assert_eq!((request.cube.as_str(), request.axis.as_str()), ("cube", "m4l"));
        assert_eq!(request.range, Some(AxisCut::range(Some(120.0), Some(130.0))));
        assert_eq!(parse(&["cube", "--range", "120:"]).unwrap().range, Some(AxisCut::range(Some(120.0), None)));
        let mz1 = parse(&["cube", "--axis", "mz1", "--range", ":90"]).unwrap();
        assert_eq!((mz1.axis.as_str(), mz1.axis_given), ("mz1", true));
        assert_eq!(mz1.range, Some(AxisCut::range(None, Some(90.0))));
        let negative = parse(&["cube", "--range", "-2.5:-1"]).unwrap();
        assert_eq!(negative.range, Some(AxisCut::range(Some(-2.5), Some(-1.0))), "a negative end is not an option");
    }

    #[test]
    fn several_cuts_and_category_cuts_combine() {
        let request =
            parse(&["cube", "--cut", "mz1=50:", "--categories", "channel:4mu,2e2mu", "--cut", "m4l=:130"]).unwrap();
        assert_eq!(request.range, None);
        assert_eq!(
            request.cuts,
            [
                named("mz1", AxisCut::range(Some(50.0), None)),
                named("channel", AxisCut::categories(&["4mu", "2e2mu"])),
                named("m4l", AxisCut::range(None, Some(130.0))),
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
        assert!(parse(&["cube", "--range", "4mu,2e2mu"]).is_err());
        assert!(parse(&["cube", "--categories", "m4l:1:2"]).is_err());
    }
}
