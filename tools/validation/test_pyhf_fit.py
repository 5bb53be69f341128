"""Our signal-strength fit agrees with pyhf on the very model it exports.

For several selections of every bundled cube with signal (assets/cubes/*.cube) and of synthetic
cubes written by `cargo run -p histcube --example synthetic_fit_cubes` (so the test never passes
vacuously while a bundled cube has no simulation), this test

1. writes the model as a pyhf workspace with `preprocess workspace` (validated by pyhf against
   its schema when loaded),
2. fits it with pyhf (numpy backend, Minuit with a tight tolerance): μ̂ from
   `pyhf.infer.mle.fit`, the profile-likelihood interval by root-finding
   twice_nll(μ) − min = 1 on each side with `pyhf.infer.mle.fixed_poi_fit(...,
   return_fitted_val=True)`, and q₀ from `pyhf.infer.test_statistics.q0`,
3. runs our fit with `preprocess fit --json`,

and asserts μ̂, σ₋, σ₊ and q₀ agree to 1e-3 relative. Where the reference is near zero (μ̂ at
its bound 0, σ₋ = 0 there, q₀ = 0 for a deficit) a relative tolerance means nothing, so each
comparison also allows an absolute 1e-4 (in units of μ for μ̂ and σ, of −2Δln L for q₀) — about
3·10⁻⁴ σ for these models, far below Minuit's own precision on a boundary.

Run by `cargo xtask test`; by hand:

    .venv/bin/pip install -r tools/validation/requirements.txt
    .venv/bin/python -m pytest tools/validation/test_pyhf_fit.py

`PREPROCESS` may name a built `preprocess` binary; otherwise `cargo run` is used.
"""

import json
import os
import pathlib
import subprocess

import pyhf
import pytest

# pyhf 0.7 validates workspaces through jsonschema's deprecated RefResolver.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
from scipy.optimize import brentq

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "assets" / "cubes").glob("*.cube"))
RELATIVE = 1e-3
ABSOLUTE = 1e-4

# The discriminant each analysis is fitted on; other cubes use their first numeric axis.
DISCRIMINANT = {"hzz4l": "m4l", "hww": "mt", "ttz": "njets", "explorer": "mll", "synthetic_fit": "m"}

pyhf.set_backend("numpy", pyhf.optimize.minuit_optimizer(tolerance=1e-6, strategy=1))


def preprocess(*args: str) -> subprocess.CompletedProcess:
    binary = os.environ.get("PREPROCESS")
    command = [binary] if binary else ["cargo", "run", "--quiet", "--locked", "-p", "preprocessor", "--"]
    return subprocess.run(command + list(args), cwd=ROOT, capture_output=True, text=True)


def summary(cube: pathlib.Path) -> dict:
    result = preprocess("summary", str(cube), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# For the bundled cubes, the regions a student fits in: the whole preselection of H→WW is 99.9 %
# Z+jets with weights of hundreds per simulated event, where μ is not measurable (σ_μ ≈ 5) and
# Minuit gives up, so each analysis's fits start from its signal region. The H→WW region keeps mT
# above 50 GeV, where every bin has simulated background (below it a bin with data and signal but
# no background makes q₀ infinite, for pyhf too).
REGIONS = {
    "hww": [
        "--cut", "channel=emu", "--cut", "njets=0:1", "--cut", "mll=10:55",
        "--cut", "dphi_ll=0:1.7453292519943295", "--cut", "mt=50:250",
    ],
    "ttz": ["--cut", "nbjets=1:", "--cut", "mll=80:100"],
    "hzz4l": ["--cut", "m4l=105:165"],
    # The explorer's signal, H → WW*, is 0.1 % of its preselection: Minuit cannot find μ̂ there
    # (pyhf's fit fails; σ_μ ≈ 10). Its fits start from H → WW*'s own corner of the explorer:
    # opposite-sign eμ, no b-jet, at most one jet, MET above 25 GeV.
    "explorer": [
        "--cut", "channel=emu", "--cut", "sign=os", "--cut", "nbjets=0:1", "--cut", "njets=0:2",
        "--cut", "met=25:",
    ],
}


def selections(info: dict) -> list:
    """(name, preprocess arguments) of the selections fitted for one cube."""
    axes = {a["id"]: a for a in info["axes"]}
    axis = DISCRIMINANT.get(info["analysis"])
    if axis not in axes:
        axis = next(a["id"] for a in info["axes"] if a["kind"] != "category")
    backgrounds = sorted(
        (p for p in info["processes"] if p["role"] == "Background" and p["yield"] > 0),
        key=lambda p: -p["yield"],
    )
    base = ["--axis", axis] + REGIONS.get(info["analysis"], [])
    out = [("all", base)]
    edges = axes[axis]["edges"]
    if len(edges) >= 5:
        lo, hi = edges[len(edges) // 4], edges[3 * len(edges) // 4]
        out.append(("window", base + ["--cut", f"{axis}={lo}:{hi}"]))
    category = next((a for a in info["axes"] if a["kind"] == "category" and len(a["categories"]) >= 2), None)
    if category is not None:
        kept = ",".join(category["categories"][1:])
        out.append((f"{category['id']}", base + ["--cut", f"{category['id']}={kept}"]))
    if backgrounds:
        norm = ["--norm-unc", f"{backgrounds[0]['id']}=0.1"]
        if len(backgrounds) > 1:
            norm += ["--norm-unc", f"{backgrounds[1]['id']}=0.3"]
        out.append(("normsys", base + norm))
        out.append(("asimov-normsys", base + ["--asimov", "--norm-unc", f"{backgrounds[0]['id']}=0.05"]))
        # The simulation taken as exact: no staterror in the workspace (a data-driven
        # background keeps its own), with a normsys left to profile.
        out.append(("without-mc-stat", base + ["--without-mc-stat"] + norm))
    else:
        out.append(("asimov", base + ["--asimov"]))
    if info["analysis"] == "synthetic_fit":
        # μ allowed below zero (μ̂ < 0 after a deficit, q₀ = 0): an option, checked where every
        # bin keeps a positive expectation down to μ = −1, so pyhf never sees a negative rate.
        out.append(("negative-mu", base + ["--mu-bounds=-1:10"]))
    return out


def has_signal(info: dict) -> bool:
    return any(p["role"] == "Signal" and p["yield"] > 0 for p in info["processes"])


@pytest.fixture(scope="session")
def synthetic_cubes(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("synthetic")
    subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "-p", "histcube", "--example", "synthetic_fit_cubes", "--", str(folder)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    cubes = sorted(folder.glob("*.cube"))
    assert len(cubes) >= 4
    return cubes


def cases(cubes: list) -> list:
    out = []
    for cube in cubes:
        info = summary(cube)
        if has_signal(info):
            out += [(cube, name, args) for name, args in selections(info)]
    return out


def pyhf_reference(workspace: dict, ours: dict) -> dict:
    """μ̂, the −2Δln L = 1 interval and q₀ from pyhf alone (our result only seeds the root
    brackets, which are then checked for a sign change)."""
    ws = pyhf.Workspace(workspace)
    model = ws.model()
    data = ws.data(model)
    poi = model.config.poi_index
    lo_bound, hi_bound = model.config.suggested_bounds()[poi]
    best, twice_min = pyhf.infer.mle.fit(data, model, return_fitted_val=True)
    mu_hat = float(best[poi])
    twice_min = float(twice_min)

    def excess(mu: float) -> float:
        _, twice_nll = pyhf.infer.mle.fixed_poi_fit(mu, data, model, return_fitted_val=True)
        return float(twice_nll) - twice_min - 1.0

    def crossing(inside: float, outside: float, guess: float, at_bound: bool) -> float:
        """pyhf's root of `excess` between `inside` and `outside`. It is first looked for within
        a hair (1e-5 σ) of our value: a sign change there already proves the two agree, and a
        linear interpolation across it is exact to far better than that. Otherwise brentq
        searches the whole side."""
        lo, hi = min(inside, outside), max(inside, outside)
        if at_bound and excess(outside) <= 0:
            return outside
        hair = 1e-5 * abs(guess - inside) + 1e-9
        a, b = max(guess - hair, lo), min(guess + hair, hi)
        fa, fb = excess(a), excess(b)
        if fa * fb < 0:
            return a + (b - a) * fa / (fa - fb)
        if excess(outside) <= 0:
            return outside
        return brentq(excess, lo, hi, xtol=1e-9)

    upper = crossing(mu_hat, hi_bound, ours["interval"][1], ours["upper_at_bound"])
    lower = crossing(mu_hat, lo_bound, ours["interval"][0], ours["lower_at_bound"]) if mu_hat - lo_bound > ABSOLUTE else lo_bound
    q0 = float(
        pyhf.infer.test_statistics.q0(
            0.0, data, model, model.config.suggested_init(), model.config.suggested_bounds(), model.config.suggested_fixed()
        )
    )
    return {"mu_hat": mu_hat, "sigma_down": mu_hat - lower, "sigma_up": upper - mu_hat, "q0": q0}


def agree(ours: float, reference: float) -> bool:
    return abs(ours - reference) <= RELATIVE * abs(reference) + ABSOLUTE


def check(cube: pathlib.Path, args: list, tmp_path: pathlib.Path) -> dict:
    ws_path = tmp_path / "workspace.json"
    exported = preprocess("workspace", str(cube), *args, "-o", str(ws_path))
    fitted = preprocess("fit", str(cube), *args, "--json")
    if exported.returncode != 0:
        # A selection the model cannot describe (data where nothing is simulated) is refused by
        # both commands alike. Its expected result (Asimov data) can always be described, so
        # compare that instead; only a selection without signal is skipped.
        assert fitted.returncode != 0, "fit succeeded where workspace refused"
        assert exported.stderr == fitted.stderr
        if "no simulated events" in exported.stderr and "--asimov" not in args:
            return check(cube, args + ["--asimov"], tmp_path)
        pytest.skip(f"model refused: {exported.stderr.strip()}")
    assert fitted.returncode == 0, fitted.stderr
    ours = json.loads(fitted.stdout)
    reference = pyhf_reference(json.loads(ws_path.read_text()), ours)
    for key in ("mu_hat", "sigma_down", "sigma_up", "q0"):
        assert agree(ours[key], reference[key]), f"{key}: ours {ours[key]!r}, pyhf {reference[key]!r}"
    deviations = {k: abs(ours[k] - reference[k]) / max(abs(reference[k]), 1e-300) for k in reference}
    print(f"{cube.name} {' '.join(args)}: " + ", ".join(f"{k} {ours[k]:.6g} vs {reference[k]:.6g} (rel {deviations[k]:.1e})" for k in reference))
    return deviations


def test_synthetic_cubes_agree_with_pyhf(synthetic_cubes, tmp_path):
    checked = 0
    for cube, name, args in cases(synthetic_cubes):
        check(cube, args, tmp_path / f"{cube.stem}-{name}")
        checked += 1
    assert checked >= 25


BUNDLED_CASES = [case for case in cases(BUNDLED)] if BUNDLED else []


@pytest.mark.parametrize(
    "cube,name,args",
    BUNDLED_CASES or [pytest.param(None, None, None, marks=pytest.mark.skip(reason="no bundled cube has simulated signal yet"))],
    ids=[f"{c.stem}-{n}" for c, n, _ in BUNDLED_CASES] or ["none"],
)
def test_bundled_cubes_agree_with_pyhf(cube, name, args, tmp_path):
    check(cube, args, tmp_path)
