"""Independent H -> ZZ* -> 4l selection with uproot + awkward, to validate `preprocess build hzz4l`.

It re-implements, in vectorised awkward/numpy code and without calling any Rust, what the
preprocessor's hzz4l analysis does on the real ATLAS Open Data 13 TeV 4lep data:

* preselection of the official Open Data H->ZZ notebook: at least four leptons; the first four
  (the ntuples store leptons by decreasing pT) have total charge 0 and a sum of lep_type in
  {44, 48, 52} (4e, 2e2mu, 4mu);
* m4l, the Z-candidate masses (Z1 = the same-flavour opposite-sign pair closest to
  91.1876 GeV among those whose other two leptons are also of one flavour, Z2 = those two; any
  same-flavour pair when no same-flavour opposite-sign pair exists) and the channel;
* the same for the same-sign control region of the data-driven reducible background: the
  preselection with a total charge other than 0 (the flavour requirement unchanged), reported
  under "control_region" (the preprocessor's `reducible` process, whose events weigh the
  transfer factor 1);
* histograms with the cube's binning, flow bins included, in histcube's bin order
  (underflow, in-range bins, overflow);
* every selected event's run and event number with its m4l, under "selected_events" (the event
  records beside the cube, `assets/cubes/hzz4l.events`, are checked against them, and the
  end-to-end test of the event display lists a bin's events from them).

Its output is committed as crates/preprocessor/tests/reference/hzz4l_uproot.json, which the
preprocessor's tests compare against. To regenerate it, from the workspace root:

    python -m venv .venv && .venv/bin/pip install uproot awkward numpy
    .venv/bin/python tools/validation/hzz4l_uproot.py > crates/preprocessor/tests/reference/hzz4l_uproot.json

`--events-in LOWER UPPER` instead prints `run:event m4l` of each selected event with
LOWER <= m4l < UPPER (GeV), one a line: the events an m4l bin of the app holds.

`--bench SECONDS` instead times the selection (reading included) over the files, repeated until
at least SECONDS have passed (`--bench 0`: exactly one pass), and prints {"events", "selected",
"seconds", "events_per_second"}; the preprocessor's `throughput` example runs it side by side with
the Rust reader. `--files-from LIST` takes the files from LIST (one path a line, repeats allowed)
instead of `--data-dir`: the example's scaling runs give it many copies of the simulated samples.
"""

import argparse
import json
import pathlib
import sys
import time

import awkward as ak
import numpy as np
import uproot

Z_MASS = 91.1876
BRANCHES = ["lep_pt", "lep_eta", "lep_phi", "lep_E", "lep_charge", "lep_type"]
NUMBERS = ["runNumber", "eventNumber"]
# (id, lower, upper, bins) as in the preprocessor's hzz4l axes.
REGULAR_AXES = [("m4l", 80.0, 250.0, 34), ("mz1", 0.0, 120.0, 30), ("mz2", 0.0, 120.0, 30)]
CHANNELS = {44: "4e", 52: "4mu", 48: "2e2mu"}
PAIRINGS = [((0, 1), (2, 3)), ((0, 2), (1, 3)), ((0, 3), (1, 2))]


def default_data_dir():
    workspace = pathlib.Path(__file__).resolve().parents[2]
    return workspace.parent / "shared" / "data" / "opendata-2020" / "4lep" / "Data"


def pair_mass(px, py, pz, e, i, j):
    E = e[:, i] + e[:, j]
    X = px[:, i] + px[:, j]
    Y = py[:, i] + py[:, j]
    Z = pz[:, i] + pz[:, j]
    m2 = E * E - X * X - Y * Y - Z * Z
    return np.where(m2 >= 0, np.sqrt(np.abs(m2)), -np.sqrt(np.abs(m2)))


def select(events, control_region=False, numbers=False):
    """Selected events' variables as numpy arrays (m4l, mz1, mz2, channel sum of types); with
    `control_region`, those of the same-sign control region (total charge not 0) instead; with
    `numbers` (the arrays must hold NUMBERS), also their run and event numbers."""
    events = events[ak.num(events.lep_pt) >= 4]
    four = {b: events[b][:, :4] for b in BRANCHES}
    charge_sum = ak.sum(four["lep_charge"], axis=1)
    type_sum = ak.sum(four["lep_type"], axis=1)
    charge_ok = (charge_sum != 0) if control_region else (charge_sum == 0)
    keep = charge_ok & ((type_sum == 44) | (type_sum == 48) | (type_sum == 52))
    lep = {b: ak.to_numpy(four[b][keep]).astype(np.float64) for b in BRANCHES}
    types = ak.to_numpy(type_sum[keep])

    pt = lep["lep_pt"] / 1000.0
    eta, phi = lep["lep_eta"], lep["lep_phi"]
    e = lep["lep_E"] / 1000.0
    px, py, pz = pt * np.cos(phi), pt * np.sin(phi), pt * np.sinh(eta)
    E, X, Y, Z = e.sum(axis=1), px.sum(axis=1), py.sum(axis=1), pz.sum(axis=1)
    m2 = E * E - X * X - Y * Y - Z * Z
    m4l = np.where(m2 >= 0, np.sqrt(np.abs(m2)), -np.sqrt(np.abs(m2)))

    q, flavour = lep["lep_charge"], lep["lep_type"]
    n = len(m4l)
    # Six (Z1, Z2) candidates: each pair of each split into two pairs, in the Rust loop's order.
    same_flavour, opposite_sign, z1s, z2s = [], [], [], []
    for a, b in PAIRINGS:
        sf = (flavour[:, a[0]] == flavour[:, a[1]]) & (flavour[:, b[0]] == flavour[:, b[1]])
        ma, mb = pair_mass(px, py, pz, e, *a), pair_mass(px, py, pz, e, *b)
        for (first, m_first), m_second in [((a, ma), mb), ((b, mb), ma)]:
            same_flavour.append(sf)
            opposite_sign.append(sf & (q[:, first[0]] + q[:, first[1]] == 0))
            z1s.append(m_first)
            z2s.append(m_second)
    sf = np.stack(same_flavour, axis=1)
    sfos = np.stack(opposite_sign, axis=1)
    allowed = np.where(sfos.any(axis=1)[:, None], sfos, sf)
    z1, z2 = np.stack(z1s, axis=1), np.stack(z2s, axis=1)
    distance = np.where(allowed, np.abs(z1 - Z_MASS), np.inf)
    best = np.argmin(distance, axis=1)  # first minimum, as the Rust loop keeps the first
    rows = np.arange(n)
    mz1, mz2 = z1[rows, best], z2[rows, best]
    if numbers:
        runs, event_numbers = (ak.to_numpy(events[b][keep]).astype(np.int64) for b in NUMBERS)
        # The ntuples store the unsigned event number in a signed 32-bit branch: read it back.
        event_numbers = event_numbers % 2**32
        return m4l, mz1, mz2, types, runs, event_numbers
    return m4l, mz1, mz2, types


def selected_events(files):
    """(run, event, m4l) of every selected event, by run and event number."""
    rows = []
    for path in files:
        events = uproot.open(path)["mini"].arrays(BRANCHES + NUMBERS)
        m4l, _, _, _, runs, numbers = select(events, numbers=True)
        rows.extend(zip(runs.tolist(), numbers.tolist(), m4l.tolist()))
    return sorted(rows)


def histogram_with_flow(values, lower, upper, bins):
    """Counts per bin in histcube order: underflow, `bins` in-range bins, overflow."""
    index = np.floor((values - lower) / (upper - lower) * bins).astype(np.int64)
    index = np.clip(index, -1, bins) + 1
    return np.bincount(index, minlength=bins + 2).tolist()


def histograms_and_channels(selected):
    joined = {k: np.concatenate(v) for k, v in selected.items()}
    histograms = {
        axis: {"lower": lo, "upper": hi, "bins": n, "counts_with_flow": histogram_with_flow(joined[axis], lo, hi, n)}
        for axis, lo, hi, n in REGULAR_AXES
    }
    channels = {name: int(np.sum(joined["types"] == code)) for code, name in CHANNELS.items()}
    return int(len(joined["m4l"])), histograms, channels


def reference(files):
    per_file = {}
    keys = ["m4l", "mz1", "mz2", "types"]
    selected = {k: [] for k in keys}
    control = {k: [] for k in keys}
    for path in files:
        tree = uproot.open(path)["mini"]
        events = tree.arrays(BRANCHES)
        variables = select(events)
        control_variables = select(events, control_region=True)
        per_file[path.name] = {
            "events_read": int(tree.num_entries),
            "events_selected": int(len(variables[0])),
            "control_region_events": int(len(control_variables[0])),
        }
        for key, value, control_value in zip(keys, variables, control_variables):
            selected[key].append(value)
            control[key].append(control_value)
    total, histograms, channels = histograms_and_channels(selected)
    control_total, control_histograms, control_channels = histograms_and_channels(control)
    return {
        "generator": "tools/validation/hzz4l_uproot.py (uproot %s, awkward %s, numpy %s)"
        % (uproot.__version__, ak.__version__, np.__version__),
        "files": per_file,
        "total_selected": total,
        "histograms": histograms,
        "channels": channels,
        "control_region": {"total": control_total, "histograms": control_histograms, "channels": control_channels},
        "selected_events": [{"run": r, "event": e, "m4l": round(m, 4)} for r, e, m in selected_events(files)],
    }


def bench(files, seconds):
    events = 0
    selected = 0
    start = time.perf_counter()
    while True:
        for path in files:
            tree = uproot.open(path)["mini"]
            m4l, _, _, _ = select(tree.arrays(BRANCHES))
            events += tree.num_entries
            selected += len(m4l)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return {"events": events, "selected": selected, "seconds": elapsed, "events_per_second": events / elapsed}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=pathlib.Path, default=default_data_dir())
    parser.add_argument("--files-from", type=pathlib.Path, metavar="LIST", help="read the files from LIST, one a line")
    parser.add_argument("--bench", type=float, metavar="SECONDS", help="time the selection instead (0: one pass)")
    parser.add_argument("--events-in", type=float, nargs=2, metavar=("LOWER", "UPPER"),
                        help="print run:event and m4l of the selected events with LOWER <= m4l < UPPER instead")
    args = parser.parse_args()
    if args.files_from:
        files = [pathlib.Path(line) for line in args.files_from.read_text().splitlines() if line.strip()]
    else:
        files = sorted(args.data_dir.glob("*.root"))
    if not files:
        sys.exit(f"no .root files in {args.files_from or args.data_dir}")
    if args.events_in is not None:
        lower, upper = args.events_in
        for run, event, m4l in selected_events(files):
            if lower <= m4l < upper:
                print(f"{run}:{event} {m4l:.4f}")
        return
    result = bench(files, args.bench) if args.bench is not None else reference(files)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
