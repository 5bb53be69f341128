#!/usr/bin/env python3
"""Generates the simulated samples: Pythia 8 events → ATLAS-like detector response → columnar
folders of NumPy `.npy` columns (one folder per sample and skim, MeV), which `ntuple-writer` turns into ROOT files in the
2020 release's format. Run by `cargo xtask generate`; see docs/simulation.md.

    python tools/generator/generate.py --csv samples_2020_13TeV.csv --out DIR [--small] [--jobs N]

Every sample is cut into chunks of events with their own seeds (Pythia's and the detector's),
so the output does not depend on how many processes run them or in which order.
"""

import argparse
import csv
import json
import math
import multiprocessing
import os
import pickle
import sys
import time
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samples import COMMON, SAMPLES, by_name  # noqa: E402
import detector  # noqa: E402

CHUNK_FULL = 5000
# Chunks of a sample's pT(Z) slice are numbered from here, so their seeds never meet the
# inclusive part's (whose chunks keep the numbers, and so the events, they had before slicing).
SLICE_CHUNK = 1000
RUN_NUMBER = 284500  # the run number of the release's mc16a simulation

LEP_FLOAT = ["lep_pt", "lep_eta", "lep_phi", "lep_E", "lep_z0", "lep_ptcone30", "lep_etcone20",
             "lep_trackd0pvunbiased", "lep_tracksigd0pvunbiased"]
JET_FLOAT = ["jet_pt", "jet_eta", "jet_phi", "jet_E", "jet_jvt", "jet_MV2c10"]


def seeds(name, chunk):
    """Pythia's seed (1 … 900 000 000) and the detector's numpy seed of one chunk of the sample
    called `name` (a checksum of the name, so parts of one release sample never share seeds)."""
    key = zlib.crc32(name.encode())
    return 1 + (key * 1009 + chunk * 7919) % 899_999_999, [key, chunk, 2020]


def make_cluster():
    import fastjet

    definition = fastjet.JetDefinition(fastjet.antikt_algorithm, detector.JET_R)

    def cluster(vis):
        if len(vis) == 0:
            return []
        particles = [fastjet.PseudoJet(float(p[0]), float(p[1]), float(p[2]), float(p[3])) for p in vis]
        sequence = fastjet.ClusterSequence(particles, definition)
        return [(j.px(), j.py(), j.pz(), j.e()) for j in sequence.inclusive_jets(detector.JET_TRUTH_MIN_PT)]

    return cluster


def zz_llvv(pythia):
    """One Z → ℓℓ and one Z → νν in the hard process."""
    kinds = []
    process = pythia.process
    for i in range(process.size()):
        p = process[i]
        if p.idAbs() == 23 and p.daughter1() > 0:
            d = process[p.daughter1()].idAbs()
            if d in (11, 13, 15):
                kinds.append("ll")
            elif d in (12, 14, 16):
                kinds.append("vv")
    return sorted(kinds) == ["ll", "vv"]


def _w_lepton_flavours(process):
    """{W charge: |id| of its charged lepton} for the W bosons of the hard process."""
    out = {}
    for i in range(process.size()):
        p = process[i]
        if p.idAbs() == 24 and p.daughter1() > 0:
            for d in (p.daughter1(), p.daughter2()):
                if process[d].idAbs() in (11, 13, 15):
                    out[1 if p.id() > 0 else -1] = process[d].idAbs()
    return out


def not_ttbar_emu(pythia):
    """Dileptonic tt̄ other than W⁺ → eν with W⁻ → μν or the reverse (made as their own parts)."""
    w = _w_lepton_flavours(pythia.process)
    return {w.get(1), w.get(-1)} != {11, 13}


def higgs_ww_leptonic(pythia):
    """Both W bosons from the Higgs decay to a charged lepton (e, μ, τ) and a neutrino."""
    process = pythia.process
    for i in range(process.size()):
        p = process[i]
        if p.idAbs() == 25 and p.daughter1() > 0:
            ws = [process[d] for d in (p.daughter1(), p.daughter2())]
            if not all(w.idAbs() == 24 for w in ws):
                return False
            for w in ws:
                if not any(process[d].idAbs() in (11, 13, 15) for d in (w.daughter1(), w.daughter2()) if d > 0):
                    return False
            return True
    return False


def tautau_same_flavour(pythia):
    """Both τ leptons decay to the same charged-lepton flavour (ee or μμ)."""
    event = pythia.event
    flavours = []
    for i in range(event.size()):
        p = event[i]
        if p.idAbs() == 15 and p.daughter1() > 0 and not any(event[d].idAbs() == 15 for d in p.daughterList()):
            flavours += [event[d].idAbs() for d in p.daughterList() if event[d].idAbs() in (11, 13)]
    return len(flavours) == 2 and flavours[0] == flavours[1]


FILTERS = {"zz_llvv": zz_llvv, "not_ttbar_emu": not_ttbar_emu, "higgs_ww_leptonic": higgs_ww_leptonic,
           "tautau_same_flavour": tautau_same_flavour}


def boson_pt(event):
    """pT of the event's γ*/Z (PDG 23) after initial-state radiation, i.e. of its last copy, GeV."""
    for i in range(event.size()):
        if event[i].id() == 23:
            return event[event[i].iBotCopyId()].pT()
    raise RuntimeError("a Z/γ* sample's event holds no γ*/Z")


def passes_skim(skim, reco):
    n = len(reco["leptons"])
    triggered = reco["trigE"] or reco["trigM"]
    # The release's skims (2020 documentation): exactly two, exactly three, at least four leptons.
    if skim == "2lep":
        return n == 2 and triggered
    if skim == "3lep":
        return n == 3 and triggered
    if skim == "4lep":
        return n >= 4 and triggered
    raise ValueError(skim)


def new_columns(weighted):
    c = {k: [] for k in ["eventNumber", *(["mcWeight"] if weighted else []), "trigE", "trigM", "met_et", "met_phi", "lep_n", "jet_n",
                         *LEP_FLOAT, "lep_charge", "lep_type", "lep_isTightID", "lep_truthMatched",
                         "lep_trigMatched", *JET_FLOAT, "jet_trueflav", "jet_truthMatched"]}
    return c


def append(c, number, weight, reco):
    mev = detector.MEV
    c["eventNumber"].append(number)
    if "mcWeight" in c:
        c["mcWeight"].append(weight)
    c["trigE"].append(reco["trigE"])
    c["trigM"].append(reco["trigM"])
    c["met_et"].append(reco["met"] * mev)
    c["met_phi"].append(reco["met_phi"])
    c["lep_n"].append(len(reco["leptons"]))
    for l in reco["leptons"]:
        c["lep_pt"].append(l["pt"] * mev)
        c["lep_eta"].append(l["eta"])
        c["lep_phi"].append(l["phi"])
        c["lep_E"].append(l["e"] * mev)
        c["lep_z0"].append(l["z0"])
        c["lep_ptcone30"].append(l["ptcone30"] * mev)
        c["lep_etcone20"].append(l["etcone20"] * mev)
        c["lep_trackd0pvunbiased"].append(l["d0"])
        c["lep_tracksigd0pvunbiased"].append(l["sigd0"])
        c["lep_charge"].append(-1 if l["pid"] > 0 else 1)
        c["lep_type"].append(abs(l["pid"]))
        c["lep_isTightID"].append(l["tight"])
        c["lep_truthMatched"].append(l["prompt"])
        c["lep_trigMatched"].append(l["trig"])
    c["jet_n"].append(len(reco["jets"]))
    for j in reco["jets"]:
        c["jet_pt"].append(j["pt"] * mev)
        c["jet_eta"].append(j["eta"])
        c["jet_phi"].append(j["phi"])
        c["jet_E"].append(j["e"] * mev)
        c["jet_jvt"].append(j["jvt"])
        c["jet_MV2c10"].append(j["mv2c10"])
        c["jet_trueflav"].append(j["flav"])
        c["jet_truthMatched"].append(True)  # no pile-up: every jet comes from the hard scatter


DTYPES = {"eventNumber": np.int32, "trigE": np.uint8, "trigM": np.uint8, "met_et": np.float32,
          "met_phi": np.float32, "lep_n": np.uint32, "jet_n": np.uint32, "lep_charge": np.int32,
          "lep_type": np.uint32, "lep_isTightID": np.uint8, "lep_truthMatched": np.uint8,
          "lep_trigMatched": np.uint8, "jet_trueflav": np.int32, "jet_truthMatched": np.uint8}


def as_arrays(c):
    # mcWeight stays float64 until the slice is normalised (generate.main), then becomes float32.
    return {k: np.asarray(v, dtype=DTYPES.get(k, np.float64 if k == "mcWeight" else np.float32)) for k, v in c.items()}


def run_chunk(job):
    """Generates one chunk; returns its columns per skim and its counts.

    For a sample with a pT(Z) slice, an inclusive chunk (number < SLICE_CHUNK) keeps its events
    below the slice's cut and counts those above it (`above_cut`); a slice chunk keeps its events
    above the cut with Pythia's weight, summed in `slice_weight` (both are needed to normalise the
    slice, see samples.PtSlice)."""
    name, chunk, first, n = job
    sample = by_name(name)
    import pythia8mc

    pt_slice = sample.pt_slice
    in_slice = pt_slice is not None and chunk >= SLICE_CHUNK
    settings = pt_slice.settings() if in_slice else sample.settings
    pythia_seed, numpy_seed = seeds(name, chunk)
    rng = np.random.default_rng(numpy_seed)
    pythia = pythia8mc.Pythia("", False)
    for line in COMMON + settings + [f"Random:seed = {pythia_seed}"]:
        if not pythia.readString(line):
            raise RuntimeError(f"Pythia refused the setting {line!r} of sample {sample.name}")
    if not pythia.init():
        raise RuntimeError(f"Pythia could not initialise sample {sample.name}")
    cluster = make_cluster()
    keep = FILTERS[sample.filter] if sample.filter else None
    columns = {skim: new_columns(pt_slice is not None) for skim in sample.skims}
    generated = failed = filtered = above_cut = 0
    slice_weight = 0.0
    start = time.process_time()
    while generated < n:
        if not pythia.next():
            failed += 1
            if failed > 100 + n // 10:
                raise RuntimeError(f"Pythia failed {failed} times in sample {sample.name}")
            continue
        number = first + generated
        generated += 1
        if keep is not None and not keep(pythia):
            filtered += 1
            continue
        weight = 1.0
        if pt_slice is not None:
            hard = boson_pt(pythia.event) >= pt_slice.cut_gev
            if in_slice:
                if not hard:
                    continue
                weight = pythia.infoPython().weight()
                slice_weight += weight
            elif hard:
                above_cut += 1
                continue
        reco = detector.reconstruct(detector.Truth(pythia.event), rng, cluster)
        for skim in sample.skims:
            if passes_skim(skim, reco):
                append(columns[skim], number, weight, reco)
    sigma_pb = pythia.infoPython().sigmaGen() * 1e9
    return {
        "name": name, "chunk": chunk, "first": first, "n": n, "generated": generated, "filtered": filtered,
        "above_cut": above_cut, "slice_weight": slice_weight, "sliced": pt_slice is not None,
        "cpu_s": time.process_time() - start, "sigma_pythia_pb": sigma_pb,
        "columns": {skim: as_arrays(c) for skim, c in columns.items()},
    }


def release_cross_sections(path):
    xsec = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            try:
                dsid = int(row["dsid"])
                value = float(row["xsec_pb"])
            except (KeyError, ValueError) as error:
                raise SystemExit(f"error: {path}: cannot read row {row!r}: {error}")
            xsec.setdefault(dsid, value)
    return xsec


def merge(parts):
    keys = parts[0].keys()
    return {k: np.concatenate([p[k] for p in parts]) for k in keys}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", required=True, help="the release's samples_2020_13TeV.csv")
    parser.add_argument("--out", required=True, help="output folder for the column folders and summary.json")
    parser.add_argument("--small", action="store_true", help="the small test samples instead of the full ones")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the full event counts by this")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", default="", help="comma-separated DSIDs (default: all)")
    parser.add_argument("--resume", action="store_true",
                        help="reuse the chunks an interrupted run left in OUT/chunks (same seeds, same events)")
    args = parser.parse_args()

    xsec = release_cross_sections(args.csv)
    only = args.only.split(",") if args.only else []
    samples = [s for s in SAMPLES if not only or str(s.dsid) in only or s.name in only]
    for s in samples:
        if s.dsid not in xsec:
            raise SystemExit(f"error: {args.csv} has no sample with DSID {s.dsid} ({s.name})")
    os.makedirs(args.out, exist_ok=True)

    def count(events_full, events_small):
        return events_small if args.small else max(1, int(round(events_full * args.scale)))

    jobs = []
    for s in samples:
        total = count(s.events_full, s.events_small)
        size = total if args.small else CHUNK_FULL
        for chunk, first in enumerate(range(0, total, size)):
            jobs.append((s.name, chunk, first, min(size, total - first)))
        if s.pt_slice is not None:
            # The slice's event numbers follow the inclusive part's.
            slice_total = count(s.pt_slice.events_full, s.pt_slice.events_small)
            size = slice_total if args.small else CHUNK_FULL
            for chunk, first in enumerate(range(0, slice_total, size)):
                jobs.append((s.name, SLICE_CHUNK + chunk, total + first, min(size, slice_total - first)))
    # Longest first for a balanced pool; results are put back in chunk order below.
    jobs.sort(key=lambda j: -j[3])
    print(f"generating {sum(j[3] for j in jobs)} events in {len(jobs)} chunks on {args.jobs} processes", flush=True)
    wall = time.time()
    results = {}
    # Every finished chunk is kept on disk, so an interrupted run can resume (--resume).
    chunk_dir = os.path.join(args.out, "chunks")
    os.makedirs(chunk_dir, exist_ok=True)
    chunk_path = lambda j: os.path.join(chunk_dir, f"{j[0]}_{j[1]}_{j[2]}_{j[3]}.pickle")
    if args.resume:
        for j in list(jobs):
            if os.path.exists(chunk_path(j)):
                with open(chunk_path(j), "rb") as f:
                    r = pickle.load(f)
                # A chunk written before its sample was sliced lacks the split: make it again.
                if r.get("sliced", False) != (by_name(j[0]).pt_slice is not None):
                    continue
                results[(j[0], j[1])] = r
                jobs.remove(j)
        print(f"resuming: {len(results)} chunks already done", flush=True)
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        for r in pool.imap_unordered(run_chunk, jobs):
            results[(r["name"], r["chunk"])] = r
            with open(chunk_path((r["name"], r["chunk"], r["first"], r["n"])) + ".partial", "wb") as f:
                pickle.dump(r, f)
            os.replace(chunk_path((r["name"], r["chunk"], r["first"], r["n"])) + ".partial",
                       chunk_path((r["name"], r["chunk"], r["first"], r["n"])))
            print(f"  {r['name']} chunk {r['chunk']}: {r['generated']} events, {r['cpu_s']:.0f} s CPU "
                  f"({len(results)} chunks done, {time.time() - wall:.0f} s)", flush=True)

    summary = {"small": args.small, "wall_s": round(time.time() - wall, 1), "samples": []}
    for s in samples:
        chunks = [results[k] for k in sorted(k for k in results if k[0] == s.name)]
        inclusive = [c for c in chunks if c["chunk"] < SLICE_CHUNK]
        generated = sum(c["generated"] for c in inclusive)
        sum_weights = generated * s.r
        xsection = s.xsec_pb if s.xsec_pb is not None else xsec[s.dsid]
        entry = {
            "dsid": s.dsid, "name": s.name, "process": s.note, "generated": generated,
            "filtered_out": sum(c["filtered"] for c in chunks), "r": s.r,
            "XSection_pb": xsection, "XSection_release_pb": xsec[s.dsid], "SumWeights": sum_weights,
            "weight_per_event": xsection * 1000 * 10.064 / sum_weights,
            "sigma_pythia_pb": sum(c["sigma_pythia_pb"] for c in inclusive) / len(inclusive),
            "cpu_s": round(sum(c["cpu_s"] for c in chunks), 1), "skims": {},
        }
        if s.pt_slice is not None:
            sliced = [c for c in chunks if c["chunk"] >= SLICE_CHUNK]
            above = sum(c["above_cut"] for c in inclusive)
            slice_weight = sum(c["slice_weight"] for c in sliced)
            if above == 0 or slice_weight <= 0:
                raise SystemExit(f"error: {s.name}: no events above the slice's cut to normalise it")
            # The slice replaces the inclusive events above the cut: its weights add up to their number.
            scale = above / slice_weight
            for c in sliced:
                for skim_columns in c["columns"].values():
                    skim_columns["mcWeight"] = skim_columns["mcWeight"] * scale
            # Events per written slice event at 10.064 fb⁻¹ (the official weight with this mcWeight).
            written = np.concatenate([c["columns"][skim]["mcWeight"] for c in sliced for skim in c["columns"]])
            per_event = written * entry["weight_per_event"]
            entry["pt_slice"] = {
                "cut_gev": s.pt_slice.cut_gev, "generated": sum(c["generated"] for c in sliced),
                "inclusive_above_cut": above, "fraction_above_cut": above / generated,
                "sigma_pythia_pb": sum(c["sigma_pythia_pb"] for c in sliced) / len(sliced),
                "weight_per_event_quantiles": {q: float(np.quantile(per_event, float(q))) if len(per_event) else None
                                               for q in ("0.05", "0.5", "0.95")},
            }
        for skim in s.skims:
            columns = merge([c["columns"][skim] for c in chunks])
            if "mcWeight" in columns:
                columns["mcWeight"] = columns["mcWeight"].astype(np.float32)
            n = len(columns["eventNumber"])
            entry["skims"][skim] = n
            if n == 0:
                continue
            columns["channelNumber"] = np.array([s.dsid], dtype=np.int32)
            columns["runNumber"] = np.array([RUN_NUMBER], dtype=np.int32)
            columns["XSection"] = np.array([xsection], dtype=np.float32)
            columns["SumWeights"] = np.array([sum_weights], dtype=np.float32)
            folder = os.path.join(args.out, f"mc_{s.dsid}.{s.name}.{skim}")
            os.makedirs(folder, exist_ok=True)
            for name, values in columns.items():
                np.save(os.path.join(folder, f"{name}.npy"), values)
        summary["samples"].append(entry)
        print(f"{s.name}: {generated} generated, written {entry['skims']}, "
              f"{entry['weight_per_event']:.3g} events at 10.064/fb per generated event"
              + (f"; pT(Z) slice: {entry['pt_slice']['generated']} generated, "
                 f"{entry['pt_slice']['fraction_above_cut']:.3f} of the inclusive events above "
                 f"{s.pt_slice.cut_gev:g} GeV" if s.pt_slice is not None else ""), flush=True)
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
