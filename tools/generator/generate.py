#!/usr/bin/env python3
"""Generates the simulated samples: Pythia 8 events (for a few processes, Sherpa 3 hard processes
showered by Pythia 8) → ATLAS-like detector response → columnar
folders of NumPy `.npy` columns (one folder per sample and skim, MeV), which `ntuple-writer` turns into ROOT files in the
2020 release's format. Run by `cargo xtask generate`; see docs/simulation.md.

    python tools/generator/generate.py --csv samples_2020_13TeV.csv --out DIR [--small] [--jobs N]
        [--only NAME_OR_DSID,...] [--scale X] [--resume]

Every sample is cut into chunks of events with their own seeds (Pythia's and the detector's),
so the output does not depend on how many processes run them or in which order.
"""

import argparse
import csv
import hashlib
import shutil
import subprocess
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

from samples import COMMON, SAMPLES, SHOWER_JET_ABS_ETA, SHOWER_JET_CORRECTION, SHOWER_JET_PT_GEV, by_name  # noqa: E402
import detector  # noqa: E402

CHUNK_FULL = 5000
SHERPA_CARDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sherpa")
# Where Sherpa's integration results and per-chunk runs go (OUT/sherpa, set by main before the
# worker processes fork).
SHERPA_WORK = None
# Chunks of a sample's pT(Z) slice are numbered from here, so their seeds never meet the
# inclusive part's (whose chunks keep the numbers, and so the events, they had before slicing).
SLICE_CHUNK = 1000
# Chunks of a pT(Z) slice's many-jet part (samples.JetSlice) are numbered from here.
JET_SLICE_CHUNK = 2000
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


def _tau_lepton_from_w(event, charge):
    """|id| of the e or μ the τ from the W of this charge decays to (None for τ → hadrons): the
    last copy of the τ (after its QED radiation) whose first copy a W made. τ leptons from hadron
    decays (D_s → τν …) are not this τ."""
    tau_id = -15 * charge  # W⁺ → τ⁺ν (id −15), W⁻ → τ⁻ν̄ (id 15)
    for i in range(event.size()):
        p = event[i]
        if p.id() != tau_id or p.daughter1() == 0 or any(event[d].idAbs() == 15 for d in p.daughterList()):
            continue
        if event[event[p.iTopCopyId()].mother1()].idAbs() != 24:
            continue
        for d in p.daughterList():
            if event[d].idAbs() in (11, 13):
                return event[d].idAbs()
        return None
    raise RuntimeError("a W → τν event holds no τ from the W")


def ttbar_class(pythia):
    """Which part of dileptonic tt̄ an event belongs to, by the e or μ each W gives at generator
    level (directly or through W → τν → ℓνν): "emu" when both Ws decay straight to e and μ (the
    parts ttbar_lep_emu, ttbar_lep_mue), "tau_emu" when one W → τν and the other W → eν or μν and
    the τ decays to the other flavour, "tautau_emu" when both W → τν and the τs decay to e and μ
    (the τ-mediated eμ parts), "rest" for everything else (ttbar_lep). Each event has one class,
    so the parts, filtered on it, are disjoint and add up to the whole."""
    w = _w_lepton_flavours(pythia.process)
    direct = [w.get(1), w.get(-1)]
    if sorted(direct, key=str) == [11, 13]:
        return "emu"
    taus = direct.count(15)
    if taus == 0:
        return "rest"
    visible = [_tau_lepton_from_w(pythia.event, c) if w.get(c) == 15 else w.get(c) for c in (1, -1)]
    if sorted(visible, key=str) == [11, 13]:
        return "tau_emu" if taus == 1 else "tautau_emu"
    return "rest"


def ttbar_rest(pythia):
    """Dileptonic tt̄ other than eμ, direct or through τ decays (made as their own parts)."""
    return ttbar_class(pythia) == "rest"


def ttbar_tau_emu(pythia):
    """Dileptonic tt̄ with one W → τν, τ → ℓνν, and the other W → ℓ′ν, {ℓ, ℓ′} = {e, μ}."""
    return ttbar_class(pythia) == "tau_emu"


def ttbar_tautau_emu(pythia):
    """Dileptonic tt̄ with both W → τν and the τs decaying to an e and a μ."""
    return ttbar_class(pythia) == "tautau_emu"


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


def two_leptonic_w(pythia):
    """Exactly two of the hard process's W bosons decay to a charged lepton (e, μ, τ)."""
    process = pythia.process
    n = 0
    for i in range(process.size()):
        p = process[i]
        if p.idAbs() == 24 and p.daughter1() > 0:
            if any(process[d].idAbs() in (11, 13, 15) for d in (p.daughter1(), p.daughter2()) if d > 0):
                n += 1
    return n == 2


FILTERS = {"zz_llvv": zz_llvv, "ttbar_rest": ttbar_rest, "ttbar_tau_emu": ttbar_tau_emu,
           "ttbar_tautau_emu": ttbar_tautau_emu, "higgs_ww_leptonic": higgs_ww_leptonic,
           "tautau_same_flavour": tautau_same_flavour, "two_leptonic_w": two_leptonic_w}


# --- Sherpa 3 hard processes ----------------------------------------------------------------------

def sherpa_run_of(sample):
    """What identifies a sample's Sherpa integration: ``(card, selectors)``, a card of
    tools/generator/sherpa/ and the selectors the sample adds to it ("" for none;
    samples.Sample.sherpa_selectors)."""
    return (sample.sherpa, sample.sherpa_selectors)


def sherpa_card(run):
    """The run card's text: the card's file, then the sample's own selectors."""
    card, selectors = run
    with open(os.path.join(SHERPA_CARDS, card)) as f:
        text = f.read()
    return text + ("\n# the sample's own selectors (samples.py)\n" + selectors if selectors else "")


def sherpa_seed_key(run):
    """The integration's seed key: "sherpa:<card>", with ":<selectors>" when there are any (so a
    card's integration without selectors keeps the seed it had before selectors existed)."""
    card, selectors = run
    return "sherpa:" + card + (":" + selectors if selectors else "")


def sherpa_dir(run):
    """OUT/sherpa/<card>-<hash of the card's text and Sherpa's version>: the integration, once per
    card (and per set of added selectors)."""
    import sherpa_build

    digest = hashlib.sha256((sherpa_build.SHERPA_VERSION + "\n" + sherpa_card(run)).encode()).hexdigest()[:12]
    return os.path.join(SHERPA_WORK, f"{os.path.splitext(run[0])[0]}-{digest}")


def run_sherpa(folder, card, extra, log):
    import sherpa_build

    with open(os.path.join(folder, "Run.yaml"), "w") as f:
        f.write(sherpa_card(card) + "\n# added by generate.py\n" + extra)
    with open(os.path.join(folder, log), "w") as out:
        status = subprocess.run([sherpa_build.sherpa_binary(), "-f", "Run.yaml"], cwd=folder, stdout=out,
                                stderr=subprocess.STDOUT)
    if status.returncode != 0:
        raise RuntimeError(f"Sherpa failed on {card[0]} (exit {status.returncode}); see {os.path.join(folder, log)}")


def sherpa_integrate(card):
    """Integrates the card's processes once (Results.zip in its folder; skipped when present).
    The integration's seed is fixed per card, so the cached results are reproducible."""
    folder = sherpa_dir(card)
    if os.path.exists(os.path.join(folder, "done")):
        return folder
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    start = time.time()
    run_sherpa(folder, card, f"EVENTS: 0\nRANDOM_SEED: {seeds(sherpa_seed_key(card), 0)[0]}\n", "integration.log")
    with open(os.path.join(folder, "done"), "w") as f:
        f.write(f"{time.time() - start:.0f} s\n")
    return folder


def lo_colours(ids):
    """Les Houches colour tags (col, acol) for the leading-order processes of tools/generator/sherpa/.

    Sherpa writes colour flows only when its scale setter clusters the event (the shower's METS
    scales); with a fixed-order scale (VAR{…}) and no shower every tag is 0, which Pythia cannot
    shower. Each of these processes has a single colour flow, fixed by its partons:
    g q → t + colourless (Wt, tWZ): the quark's colour ends in the gluon's anticolour and the top
    takes the gluon's colour (for q̄, t̄: mirrored); q q̄′ → t t̄ + W (tt̄W): the quark's colour goes
    to the top, the antiquark's anticolour to the antitop; two quarks → t + quark + Z (tZq, purely
    electroweak): with a b (b̄) coming in, t-channel W exchange, so each quark line keeps its colour
    (b → t, the other → the light quark); otherwise s-channel, the incoming pair annihilates and the
    top and the b̄ are made as a colour singlet; q q̄ → four leptons: the pair annihilates. `ids`
    are the PDG ids, the two incoming first."""
    cols = [[0, 0] for _ in ids]
    tag = iter(range(501, 600))
    coloured = lambda i: abs(ids[i]) in range(1, 7) or ids[i] == 21
    incoming = [i for i in (0, 1) if coloured(i)]
    outgoing = [i for i in range(2, len(ids)) if coloured(i)]
    quark = lambda i: ids[i] != 21 and ids[i] > 0

    def carry(i, o):  # the colour line of incoming i continues into outgoing o
        c = next(tag)
        if quark(i):
            cols[i][0] = cols[o][0] = c
        else:
            cols[i][1] = cols[o][1] = c

    def annihilate(i, j):  # incoming quark i and antiquark j (or the reverse) form a singlet
        c = next(tag)
        cols[i if quark(i) else j][0] = c
        cols[j if quark(i) else i][1] = c

    def create(o, p):  # outgoing quark and antiquark made as a singlet
        c = next(tag)
        cols[o if ids[o] > 0 else p][0] = c
        cols[p if ids[o] > 0 else o][1] = c

    gluons = [i for i in incoming if ids[i] == 21]
    if len(incoming) == 2 and not gluons and not outgoing:  # q q̄ → leptons (llll)
        annihilate(*incoming)
    elif len(incoming) == 2 and len(gluons) == 1 and len(outgoing) == 1:
        g, q = gluons[0], [i for i in incoming if ids[i] != 21][0]
        o = outgoing[0]
        c1, c2 = next(tag), next(tag)
        cols[g] = [c1, c2]
        if quark(q):
            cols[q][0] = c2
            cols[o][0] = c1
        else:
            cols[q][1] = c1
            cols[o][1] = c2
    elif len(incoming) == 2 and not gluons and len(outgoing) == 2:
        a, b = incoming
        tops = [o for o in outgoing if abs(ids[o]) == 6]
        if len(tops) == 2:  # q q̄′ → t t̄ (+ W)
            for i in incoming:
                carry(i, next(o for o in tops if (ids[o] > 0) == quark(i)))
        else:
            top, light = tops[0], [o for o in outgoing if o != tops[0]][0]
            partner = [i for i in incoming if ids[i] == 5 * (1 if ids[top] > 0 else -1)]
            if partner:  # t-channel: b → t, the other line → the light quark
                other = [i for i in incoming if i != partner[0]][0]
                carry(partner[0], top)
                carry(other, light)
            else:  # s-channel: q q̄′ → W* → t b̄
                annihilate(a, b)
                create(top, light)
    else:
        raise RuntimeError(f"no colour flow known for the Sherpa process {ids}")
    return cols


def sherpa_lhe_fix(path):
    """Rewrites Sherpa's Les Houches file for Pythia: colour tags (`lo_colours`) and the process's
    cross-section in the init block (Sherpa writes XSECUP = 1 there). Returns σ = Σ XWGTUP / Σ
    trials [pb] (Sherpa's estimate from the events), the events' XWGTUP in file order divided by
    the unweighted events' common |XWGTUP| (the maximum weight; Sherpa splits an overweight event
    into copies), so ±1, and the |pz| of each event's incoming partons (to check that Pythia reads
    the events in step)."""
    with open(path) as f:
        lines = f.read().split("\n")
    out = []
    sum_w = trials = 0.0
    weights = []
    incoming = []
    i = 0
    init_at = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("<init>"):
            init_at = len(out) + 2
        if line.startswith("<event"):
            trials += float(line.split("trials='")[1].split("'")[0])
            head = lines[i + 1].split()
            n = int(head[0])
            weight = float(head[2])
            sum_w += weight
            weights.append(weight)
            particles = [lines[i + 2 + k].split() for k in range(n)]
            incoming.append(sorted(abs(float(p[8])) for p in particles if p[1] == "-1"))
            cols = lo_colours([int(p[0]) for p in particles])
            out += [line, lines[i + 1]]
            for p, (c, a) in zip(particles, cols):
                p[4], p[5] = str(c), str(a)
                out.append(" ".join(p))
            i += 2 + n
            continue
        out.append(line)
        i += 1
    if not weights:
        raise RuntimeError(f"{path} holds no events")
    sigma = sum_w / trials
    init = out[init_at].split()
    init[0] = repr(sigma)
    out[init_at] = " ".join(init)
    with open(path, "w") as f:
        f.write("\n".join(out))
    weights = np.array(weights)
    return sigma, weights / np.median(np.abs(weights)), incoming


def sherpa_events(card, name, chunk, n, seed):
    """Runs Sherpa for one chunk in a fresh copy of the card's integrated folder: n parton-level
    events in a Les Houches file, seeded with the chunk's seed. Returns the folder, the file and
    `sherpa_lhe_fix`'s σ [pb], weights and incoming |pz|."""
    source = sherpa_integrate(card)
    folder = os.path.join(SHERPA_WORK, "chunks", f"{name}_{chunk}")
    if os.path.exists(folder):
        shutil.rmtree(folder)
    shutil.copytree(source, folder)
    run_sherpa(folder, card, f"EVENTS: {n}\nRANDOM_SEED: {seed}\nEVENT_OUTPUT: LHEF[events]\n", "events.log")
    path = os.path.join(folder, "events.lhe")
    sigma, weights, incoming = sherpa_lhe_fix(path)
    return folder, path, sigma, weights, incoming


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


def keep_events(columns, keep):
    """The columns of the events where `keep` is true: per-event columns directly, the leptons'
    and jets' flattened columns through their event's lep_n and jet_n."""
    lep_keep = np.repeat(keep, columns["lep_n"].astype(np.int64))
    jet_keep = np.repeat(keep, columns["jet_n"].astype(np.int64))
    kept = {}
    for name, values in columns.items():
        if name.startswith("lep_") and name != "lep_n":
            kept[name] = values[lep_keep]
        elif name.startswith("jet_") and name != "jet_n":
            kept[name] = values[jet_keep]
        else:
            kept[name] = values[keep]
    return kept


def tally(weights):
    """Events, Σw and Σw² of `weights`, as an array to add up."""
    return np.array([len(weights), weights.sum(), (weights ** 2).sum()])


def enough_particle_jets(jets, n):
    """Whether `jets`, the detector's clustering of an event's visible particles, hold at least
    `n` of those detector.reconstruct makes its jets from (above its threshold, within
    |η| ≤ 2.7): a necessary condition for n reconstructed jets, checked before the detector runs."""
    count = 0
    for (px, py, pz, _) in jets:
        pt, eta, _ = detector._eta_phi_from_p(px, py, pz)
        if pt >= detector.JET_TRUTH_MIN_PT and abs(eta) <= detector.JET_MAX_ETA + 0.2:
            count += 1
    return count >= n


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
    slice, see samples.PtSlice). A chunk of the slice's many-jet part (number ≥ JET_SLICE_CHUNK)
    does the same and keeps only the events with the part's number of jets (samples.JetSlice)."""
    name, chunk, first, n = job
    sample = by_name(name)
    import pythia8mc

    pt_slice = sample.pt_slice
    in_slice = pt_slice is not None and chunk >= SLICE_CHUNK
    min_jets = pt_slice.jets.min_jets if in_slice and chunk >= JET_SLICE_CHUNK else 0
    settings = pt_slice.settings() if in_slice else sample.settings
    pythia_seed, numpy_seed = seeds(name, chunk)
    rng = np.random.default_rng(numpy_seed)
    start = time.process_time()
    sherpa_s = 0.0
    lhe = None
    if sample.sherpa:
        # Sherpa runs as a child process: its CPU time is counted in cpu_s through RUSAGE_CHILDREN.
        before = os.times()
        lhe_folder, lhe, sigma_sherpa, lhe_weights, lhe_incoming = sherpa_events(
            sherpa_run_of(sample), name, chunk, n, pythia_seed)
        after = os.times()
        sherpa_s = (after.children_user + after.children_system) - (before.children_user + before.children_system)
        settings = ["Beams:frameType = 4", f"Beams:LHEF = {lhe}", *settings]
    pythia = pythia8mc.Pythia("", False)
    for line in COMMON + settings + [f"Random:seed = {pythia_seed}"]:
        if not pythia.readString(line):
            raise RuntimeError(f"Pythia refused the setting {line!r} of sample {sample.name}")
    if not pythia.init():
        raise RuntimeError(f"Pythia could not initialise sample {sample.name}")
    cluster = make_cluster()
    keep = FILTERS[sample.filter] if sample.filter else None
    columns = {skim: new_columns(pt_slice is not None or lhe is not None) for skim in sample.skims}
    generated = failed = filtered = above_cut = read = 0
    slice_weight = 0.0
    # Σ of the generated events' weights (Sherpa: before filters and skims; else their number).
    sum_weights = 0.0
    info = pythia.infoPython()
    while generated < n:
        if not pythia.next():
            if lhe is not None and info.atEndOfFile():
                break
            read += 1
            failed += 1
            if failed > 100 + n // 10:
                raise RuntimeError(f"Pythia failed {failed} times in sample {sample.name}")
            continue
        weight = 1.0
        if lhe is not None:
            # One Les Houches event per call of next(), a failed one included (it is lost, with its
            # weight); event numbers follow the file. mcWeight = Sherpa's weight / the unweighted
            # events' common |weight| = ±1 (negative weights keep their sign). Pythia's own
            # weight is 1 for the file's strategy (IDWTUP = 3), so the weight is taken from the file.
            pz = sorted(abs(pythia.process[k].pz()) for k in (3, 4))
            if not np.allclose(pz, lhe_incoming[read], rtol=1e-6, atol=1e-6):
                raise RuntimeError(f"{sample.name}: Pythia's event {read} is not the Les Houches file's")
            number = first + read
            weight = float(lhe_weights[read])
            read += 1
            sum_weights += weight
        else:
            number = first + generated
            sum_weights += 1.0
        generated += 1
        if keep is not None and not keep(pythia):
            filtered += 1
            continue
        if pt_slice is not None:
            hard = boson_pt(pythia.event) >= pt_slice.cut_gev
            if in_slice:
                if not hard:
                    continue
                weight = info.weight()
                slice_weight += weight
            elif hard:
                above_cut += 1
                continue
        truth = detector.Truth(pythia.event)
        jets_of = cluster
        if min_jets:
            jets = cluster(truth.vis)
            if not enough_particle_jets(jets, min_jets):
                continue
            # The detector would cluster the same particles again: it gets these jets.
            jets_of = lambda _vis: jets  # noqa: E731
        reco = detector.reconstruct(truth, rng, jets_of)
        if len(reco["jets"]) < min_jets:
            continue
        for skim in sample.skims:
            if passes_skim(skim, reco):
                append(columns[skim], number, weight, reco)
    sigma_pb = info.sigmaGen() * 1e9
    result = {
        "name": name, "chunk": chunk, "first": first, "n": n, "generated": generated, "filtered": filtered,
        "above_cut": above_cut, "slice_weight": slice_weight, "sliced": pt_slice is not None,
        "cpu_s": time.process_time() - start + sherpa_s, "sigma_pythia_pb": sigma_pb,
        "sum_weights": sum_weights, "columns": {skim: as_arrays(c) for skim, c in columns.items()},
    }
    if lhe is not None:
        if generated < 0.98 * n:
            raise RuntimeError(f"{sample.name} chunk {chunk}: only {generated} of {n} Sherpa events showered")
        result.update(sigma_sherpa_pb=sigma_sherpa, sherpa_cpu_s=sherpa_s, failed=failed)
        shutil.rmtree(lhe_folder)
    return result


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


def shower_jet_counts(columns):
    """Per event, the jets SHOWER_JET_CORRECTION counts (above its pT, within its |η|)."""
    n_jets = columns["jet_n"].astype(np.int64)
    counted = (columns["jet_pt"] > SHOWER_JET_PT_GEV * detector.MEV) & (np.abs(columns["jet_eta"]) < SHOWER_JET_ABS_ETA)
    event_of_jet = np.repeat(np.arange(len(n_jets)), n_jets)
    return np.bincount(event_of_jet[counted], minlength=len(n_jets))


def correct_shower_jets(merged):
    """Weights each written event of a sample by SHOWER_JET_CORRECTION for its jets beyond the
    first, then scales the sample's weights back to their sum before the correction (all skims
    together: they are disjoint), so only the share of each jet count changes. Returns what it did,
    for summary.json."""
    per_jet = np.cumprod([1.0, 1.0, *SHOWER_JET_CORRECTION])  # n = 0, 1, 2, … 6 jets
    before, after = 0.0, 0.0
    for columns in merged.values():
        n = len(columns["eventNumber"])
        weights = columns.get("mcWeight", np.ones(n))
        factors = per_jet[np.minimum(shower_jet_counts(columns), len(per_jet) - 1)]
        columns["mcWeight"] = weights * factors
        before += float(weights.sum())
        after += float(columns["mcWeight"].sum())
    scale = before / after if after > 0 else 1.0
    for columns in merged.values():
        columns["mcWeight"] = columns["mcWeight"] * scale
    return {"factors_by_jets": [float(f) for f in per_jet], "scale_back": scale}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", required=True, help="the release's samples_2020_13TeV.csv")
    parser.add_argument("--out", required=True, help="output folder for the column folders and summary.json")
    parser.add_argument("--small", action="store_true", help="the small test samples instead of the full ones")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the full event counts by this")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", default="", help="comma-separated DSIDs or sample names (default: all)")
    parser.add_argument("--resume", action="store_true",
                        help="reuse the chunks an interrupted run left in OUT/chunks (same seeds, same events)")
    args = parser.parse_args()

    xsec = release_cross_sections(args.csv)
    only = args.only.split(",") if args.only else []
    samples = [s for s in SAMPLES if not only or str(s.dsid) in only or s.name in only]
    for s in samples:
        # tZq and tWZ are not in the release: they bring their own cross-section.
        if s.dsid not in xsec and s.xsec_pb is None:
            raise SystemExit(f"error: {args.csv} has no sample with DSID {s.dsid} ({s.name})")
    # The Sherpa samples have no small version (events_small = 0, see samples.Sample.sherpa), and
    # Pythia's llll only a small one (events_full = 0: the full samples have Sherpa's).
    samples = [s for s in samples if (s.events_small if args.small else s.events_full) > 0]
    os.makedirs(args.out, exist_ok=True)
    global SHERPA_WORK
    SHERPA_WORK = os.path.join(os.path.abspath(args.out), "sherpa")

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
            if s.pt_slice.jets is not None and not args.small:
                # The many-jet part's event numbers follow the slice's.
                jet_total = count(s.pt_slice.jets.events_full, 0)
                for chunk, first in enumerate(range(0, jet_total, CHUNK_FULL)):
                    jobs.append((s.name, JET_SLICE_CHUNK + chunk, total + slice_total + first,
                                 min(CHUNK_FULL, jet_total - first)))
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
    cards = sorted({sherpa_run_of(by_name(j[0])) for j in jobs if by_name(j[0]).sherpa})
    if cards:
        import sherpa_build

        # Builds Sherpa when it is not installed (about 17 minutes on two cores, once).
        sherpa_build.ensure(jobs=args.jobs)
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        if cards:
            # Each card's integration once, before any chunk needs it (minutes each).
            for folder in pool.map(sherpa_integrate, cards):
                print(f"  Sherpa: integrated in {folder}", flush=True)
        for r in pool.imap_unordered(run_chunk, jobs):
            results[(r["name"], r["chunk"])] = r
            with open(chunk_path((r["name"], r["chunk"], r["first"], r["n"])) + ".partial", "wb") as f:
                pickle.dump(r, f)
            os.replace(chunk_path((r["name"], r["chunk"], r["first"], r["n"])) + ".partial",
                       chunk_path((r["name"], r["chunk"], r["first"], r["n"])))
            print(f"  {r['name']} chunk {r['chunk']}: {r['generated']} events, {r['cpu_s']:.0f} s CPU "
                  f"({len(results)} chunks done, {time.time() - wall:.0f} s)", flush=True)

    # Folders an earlier run wrote for these DSIDs under a name this kind of run no longer makes
    # go first: a sample renamed or split into parts (Pythia's llll into Sherpa's llll_low,
    # _window, _window_soft, _high) must not stay beside its successors. Folders of samples that
    # `--only` leaves out this time stay.
    written_dsids = {s.dsid for s in samples}
    made = {s.name for s in SAMPLES if (s.events_small if args.small else s.events_full) > 0}
    for folder in os.listdir(args.out):
        parts = folder.split(".")
        if (folder.startswith("mc_") and len(parts) == 3 and parts[0][3:].isdigit()
                and int(parts[0][3:]) in written_dsids and parts[1] not in made):
            shutil.rmtree(os.path.join(args.out, folder))
    summary = {"small": args.small, "wall_s": round(time.time() - wall, 1), "samples": []}
    for s in samples:
        chunks = [results[k] for k in sorted(k for k in results if k[0] == s.name)]
        inclusive = [c for c in chunks if c["chunk"] < SLICE_CHUNK]
        generated = sum(c["generated"] for c in inclusive)
        # Pythia's events weigh 1 each; Sherpa's carry their weights (a chunk pickled before the
        # weights were summed has only Pythia's events).
        sum_weights = s.r * (sum(c.get("sum_weights", c["generated"]) for c in inclusive) if s.sherpa else generated)
        if s.sherpa_k_factor is not None:
            # Sherpa's LO cross-section of this part (each chunk's estimate, averaged) × the K-factor.
            xsection = s.sherpa_k_factor * sum(c["sigma_sherpa_pb"] for c in inclusive) / len(inclusive)
        else:
            xsection = s.xsec_pb if s.xsec_pb is not None else xsec[s.dsid] * s.xsec_factor
        entry = {
            "dsid": s.dsid, "name": s.name, "process": s.note, "generated": generated,
            "filtered_out": sum(c["filtered"] for c in chunks), "r": s.r,
            "XSection_pb": xsection, "XSection_release_pb": xsec.get(s.dsid), "SumWeights": sum_weights,
            "weight_per_event": xsection * 1000 * 10.064 / sum_weights,
            "sigma_pythia_pb": sum(c["sigma_pythia_pb"] for c in inclusive) / len(inclusive),
            "cpu_s": round(sum(c["cpu_s"] for c in chunks), 1), "skims": {},
        }
        if s.sherpa:
            entry["sherpa"] = {
                "card": s.sherpa, "selectors": s.sherpa_selectors or None, "k_factor": s.sherpa_k_factor,
                "sigma_sherpa_pb": sum(c["sigma_sherpa_pb"] for c in inclusive) / len(inclusive),
                "sherpa_cpu_s": round(sum(c["sherpa_cpu_s"] for c in inclusive), 1),
                "failed": sum(c["failed"] for c in inclusive),
                "events_per_cpu_s": round(generated / max(sum(c["cpu_s"] for c in inclusive), 1e-9), 1),
            }
        if s.pt_slice is not None:
            sliced = [c for c in chunks if SLICE_CHUNK <= c["chunk"] < JET_SLICE_CHUNK]
            many_jets = [c for c in chunks if c["chunk"] >= JET_SLICE_CHUNK]
            above = sum(c["above_cut"] for c in inclusive)
            slice_weight = sum(c["slice_weight"] for c in sliced)
            if above == 0 or slice_weight <= 0:
                raise SystemExit(f"error: {s.name}: no events above the slice's cut to normalise it")
            # The slice replaces the inclusive events above the cut: its weights add up to their number.
            scale = above / slice_weight
            for c in sliced:
                for skim_columns in c["columns"].values():
                    skim_columns["mcWeight"] = skim_columns["mcWeight"] * scale
            if many_jets:
                # The many-jet part takes the slice's events with that many jets, normalised the
                # same way (samples.JetSlice); what the slice's own events said of them is kept
                # as a check of the two normalisations.
                min_jets = s.pt_slice.jets.min_jets
                jet_weight = sum(c["slice_weight"] for c in many_jets)
                if jet_weight <= 0:
                    raise SystemExit(f"error: {s.name}: the many-jet chunks have no events above the slice's cut")
                jet_scale = above / jet_weight
                dropped = np.zeros(3)
                for c in sliced:
                    for skim, skim_columns in c["columns"].items():
                        many = skim_columns["jet_n"] >= min_jets
                        dropped += tally(skim_columns["mcWeight"][many])
                        c["columns"][skim] = keep_events(skim_columns, ~many)
                kept = np.zeros(3)
                for c in many_jets:
                    for skim_columns in c["columns"].values():
                        skim_columns["mcWeight"] = skim_columns["mcWeight"] * jet_scale
                        kept += tally(skim_columns["mcWeight"])
                # In events at 10.064 fb⁻¹, before the shower correction.
                per = entry["weight_per_event"]
                entry["jet_slice"] = {
                    "min_jets": min_jets, "generated": sum(c["generated"] for c in many_jets),
                    "written": int(kept[0]), "written_weight": per * float(kept[1]),
                    "written_weight_error": per * math.sqrt(kept[2]),
                    "pt_slice_events_replaced": int(dropped[0]), "pt_slice_weight_replaced": per * float(dropped[1]),
                    "pt_slice_weight_replaced_error": per * math.sqrt(dropped[2]),
                }
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
        merged = {skim: merge([c["columns"][skim] for c in chunks]) for skim in s.skims}
        if s.jet_correction:
            entry["jet_correction"] = correct_shower_jets(merged)
        for skim in s.skims:
            columns = merged[skim]
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
                 f"{s.pt_slice.cut_gev:g} GeV" if s.pt_slice is not None else "")
              + (f"; ≥ {js['min_jets']} jets: {js['written']} events written "
                 f"(weight {js['written_weight']:.1f} ± {js['written_weight_error']:.1f}) "
                 f"in place of {js['pt_slice_events_replaced']} of the slice "
                 f"({js['pt_slice_weight_replaced']:.1f} ± {js['pt_slice_weight_replaced_error']:.1f})"
                 if (js := entry.get("jet_slice")) else ""), flush=True)
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
