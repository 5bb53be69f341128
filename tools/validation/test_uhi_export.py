"""The UHI JSON that `preprocess export` writes opens in scikit-hep's own tools.

A student who exports histograms expects `hist.Hist(...)` and mplhep to read them. This test
exports the bundled cubes with the real CLI, validates the file against the UHI schema shipped
in the `uhi` package, loads every histogram with `hist`, and compares it with the cube's own
summary (`preprocess summary --json`): totals including flow bins, variances and raw counts.

Run by `cargo xtask test`; by hand:

    .venv/bin/pip install -r tools/validation/requirements.txt
    .venv/bin/python -m pytest tools/validation/test_uhi_export.py

`PREPROCESS` may name a built `preprocess` binary; otherwise `cargo run` is used.
"""

import json
import os
import pathlib
import subprocess

import hist
import numpy as np
import pytest
import uhi.io.json
import uhi.schema

ROOT = pathlib.Path(__file__).resolve().parents[2]
CUBES = sorted((ROOT / "assets" / "cubes").glob("*.cube"))


def preprocess(*args: str) -> str:
    binary = os.environ.get("PREPROCESS")
    command = [binary] if binary else ["cargo", "run", "--quiet", "--locked", "-p", "preprocessor", "--"]
    return subprocess.run(command + list(args), cwd=ROOT, check=True, capture_output=True, text=True).stdout


@pytest.fixture(params=CUBES, ids=[c.stem for c in CUBES])
def exported(request, tmp_path):
    cube = request.param
    out = tmp_path / f"{cube.stem}.json"
    preprocess("export", str(cube), "-o", str(out))
    summary = json.loads(preprocess("summary", str(cube), "--json"))
    return out, summary


def test_bundled_cubes_exist():
    assert CUBES, "no cube under assets/cubes"


def test_export_follows_the_uhi_schema(exported):
    path, _ = exported
    uhi.schema.validate(json.loads(path.read_text()))


def test_every_histogram_loads_in_hist_and_matches_the_cube(exported):
    path, summary = exported
    histograms = json.loads(path.read_text(), object_hook=uhi.io.json.object_hook)
    axes = [a["id"] for a in summary["axes"]]
    processes = {p["id"]: p for p in summary["processes"]}
    assert set(histograms) == {f"{a}/{p}" for a in axes for p in processes}
    for key, ir in histograms.items():
        axis_id, process_id = key.split("/")
        h = hist.Hist(ir)
        assert h.ndim == 1
        # With no cut, each axis's histogram (flow bins included) holds the whole yield.
        expected = processes[process_id]
        assert np.isclose(h.sum(flow=True).value, expected["yield"], rtol=1e-6, atol=1e-9), key
        assert np.isclose(h.sum(flow=True).variance, expected["error"] ** 2, rtol=1e-6, atol=1e-9), key
