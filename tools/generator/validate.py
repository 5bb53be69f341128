#!/usr/bin/env python3
"""Jet multiplicities of the simulated Z/γ* → ee/μμ and WZ samples against ATLAS's measurements.

    python tools/generator/validate.py ~/.cache/opendata-histogram-analyser/simulated/npy

Reads the generator's column folders (`mc_<dsid>.<name>.<skim>/`, see generate.py) and prints, as
Markdown tables for docs/simulation.md:

* Z + jets: σ(≥ N+1 jets) / σ(≥ N jets) in a region close to the fiducial one of ATLAS's 13 TeV
  measurement (arXiv:1702.05725; HEPData ins1514251, via Rivet's ATLAS_2017_I1514251): two
  same-flavour opposite-sign leptons above 25 GeV, 71 < mℓℓ < 111 GeV, jets above 30 GeV within
  |η| < 2.5;
* WZ: the fractions of events with 0, 1, 2, 3, 4, ≥ 5 jets in a region close to the fiducial one
  of ATLAS's WZ + jets measurement (arXiv:1902.05759; HEPData ins1720438): three leptons, the
  OSSF pair closest to m_Z within 10 GeV of it with leptons above 15 GeV, the third above 20 GeV,
  mT(W) > 30 GeV, jets above 25 GeV. ATLAS counts jets to |η| < 4.5; the release's jets (and
  ours) stop at |η| < 2.5, so ours must fall below theirs at high multiplicity.

Both are reconstruction-level selections on our samples against particle-level (unfolded)
measurements: a check of the generator's jet production to the ±10–20 % that the detector model's
efficiencies allow, not a precision comparison.
"""

import glob
import math
import os
import sys

import numpy as np

LUMI_FB = 10.064
Z_MASS = 91.1876
# σ(≥N+1)/σ(≥N), e and μ combined, N = 0 … 5 (arXiv:1702.05725, HEPData ins1514251 d09).
ATLAS_Z_RATIOS = [(0.1568, 0.0131), (0.2327, 0.0093), (0.2299, 0.0096), (0.2390, 0.0100), (0.2397, 0.0130),
                  (0.2213, 0.0176)]
# Fiducial σ in fb for 0, 1, 2, 3, 4, ≥ 5 jets (arXiv:1902.05759, HEPData ins1720438 d20).
ATLAS_WZ_JETS_FB = [(31.02, 2.46), (17.44, 1.24), (8.75, 0.94), (3.56, 0.75), (0.97, 0.45), (0.42, 0.41)]


def load(folder):
    c = {name[:-4]: np.load(os.path.join(folder, name)) for name in os.listdir(folder) if name.endswith(".npy")}
    n = len(c["eventNumber"])
    weight = float(c["XSection"][0]) * 1000 * LUMI_FB / float(c["SumWeights"][0])
    c["weight"] = weight * (c["mcWeight"].astype(np.float64) if "mcWeight" in c else np.ones(n))
    c["lep_offsets"] = np.concatenate([[0], np.cumsum(c["lep_n"].astype(np.int64))])
    c["jet_offsets"] = np.concatenate([[0], np.cumsum(c["jet_n"].astype(np.int64))])
    return c


def leptons(c, i):
    a, b = c["lep_offsets"][i], c["lep_offsets"][i + 1]
    return [dict(pt=c["lep_pt"][k] / 1000, eta=c["lep_eta"][k], phi=c["lep_phi"][k], e=c["lep_E"][k] / 1000,
                 q=c["lep_charge"][k], flavour=c["lep_type"][k], tight=c["lep_isTightID"][k],
                 iso=c["lep_ptcone30"][k] / c["lep_pt"][k] < 0.15 and c["lep_etcone20"][k] / c["lep_pt"][k] < 0.15)
            for k in range(a, b)]


def jet_count(c, i, min_pt):
    a, b = c["jet_offsets"][i], c["jet_offsets"][i + 1]
    return int((c["jet_pt"][a:b] > min_pt * 1000).sum())


def mass(*ls):
    e = sum(l["e"] for l in ls)
    px = sum(l["pt"] * math.cos(l["phi"]) for l in ls)
    py = sum(l["pt"] * math.sin(l["phi"]) for l in ls)
    pz = sum(l["pt"] * math.sinh(l["eta"]) for l in ls)
    return math.sqrt(max(0.0, e * e - px * px - py * py - pz * pz))


def z_jets(root):
    sums = np.zeros(8)
    squares = np.zeros(8)
    for folder in sorted(glob.glob(os.path.join(root, "mc_36110[67].*.2lep"))):
        c = load(folder)
        for i in range(len(c["eventNumber"])):
            ls = [l for l in leptons(c, i) if l["tight"] and l["iso"] and l["pt"] > 25 and abs(l["eta"]) < 2.5]
            if len(ls) != 2 or ls[0]["flavour"] != ls[1]["flavour"] or ls[0]["q"] == ls[1]["q"]:
                continue
            if not 71 < mass(*ls) < 111:
                continue
            n = min(jet_count(c, i, 30), 7)
            sums[: n + 1] += c["weight"][i]
            squares[: n + 1] += c["weight"][i] ** 2
    print("| N | ours: σ(≥ N+1) / σ(≥ N) | ATLAS (arXiv:1702.05725) | ours / ATLAS |")
    print("|---|---:|---:|---:|")
    for n, (atlas, atlas_error) in enumerate(ATLAS_Z_RATIOS):
        if sums[n] <= 0:
            print(f"| ≥{n + 1}/≥{n} | – | {atlas:.3f} ± {atlas_error:.3f} | – |")
            continue
        ratio = sums[n + 1] / sums[n]
        # binomial-like error of a ratio of nested weighted sums
        error = math.sqrt(max(0.0, squares[n + 1] * (1 - ratio) ** 2 + (squares[n] - squares[n + 1]) * ratio ** 2)) / sums[n]
        print(f"| ≥{n + 1}/≥{n} | {ratio:.3f} ± {error:.3f} | {atlas:.3f} ± {atlas_error:.3f} | {ratio / atlas:.2f} |")


def wz_jets(root):
    sums = np.zeros(6)
    squares = np.zeros(6)
    for folder in sorted(glob.glob(os.path.join(root, "mc_363491.*.3lep"))):
        c = load(folder)
        for i in range(len(c["eventNumber"])):
            ls = [l for l in leptons(c, i) if l["tight"] and l["iso"] and l["pt"] > 15 and abs(l["eta"]) < 2.5]
            if len(ls) != 3:
                continue
            pairs = [(a, b) for a in range(3) for b in range(a + 1, 3)
                     if ls[a]["flavour"] == ls[b]["flavour"] and ls[a]["q"] != ls[b]["q"]]
            if not pairs:
                continue
            a, b = min(pairs, key=lambda p: abs(mass(ls[p[0]], ls[p[1]]) - Z_MASS))
            if abs(mass(ls[a], ls[b]) - Z_MASS) > 10:
                continue
            w = ls[3 - a - b]
            met, met_phi = c["met_et"][i] / 1000, c["met_phi"][i]
            mt = math.sqrt(max(0.0, 2 * w["pt"] * met * (1 - math.cos(w["phi"] - met_phi))))
            if w["pt"] < 20 or mt < 30:
                continue
            n = min(jet_count(c, i, 25), 5)
            sums[n] += c["weight"][i]
            squares[n] += c["weight"][i] ** 2
    atlas_total = sum(v for v, _ in ATLAS_WZ_JETS_FB)
    print("| jets | ours: fraction | ATLAS (arXiv:1902.05759) | ours / ATLAS |")
    print("|---|---:|---:|---:|")
    for n, (atlas, atlas_error) in enumerate(ATLAS_WZ_JETS_FB):
        ours = sums[n] / sums.sum()
        error = math.sqrt(squares[n]) / sums.sum()
        label = f"≥{n}" if n == 5 else str(n)
        print(f"| {label} | {ours:.3f} ± {error:.3f} | {atlas / atlas_total:.3f} ± {atlas_error / atlas_total:.3f} "
              f"| {ours / (atlas / atlas_total):.2f} |")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    root = sys.argv[1]
    print("Z/γ* → ee, μμ + jets\n")
    z_jets(root)
    print("\nWZ → ℓνℓℓ + jets\n")
    wz_jets(root)


if __name__ == "__main__":
    main()
