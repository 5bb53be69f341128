"""An ATLAS-like detector response for one Pythia 8 event, in the 2020 Open Data's object model.

Everything here is a parametrisation (documented in docs/simulation.md); nothing is a full
simulation. Inputs are the generator record of one event; outputs are the reconstructed leptons,
jets, missing transverse momentum and trigger decisions in MeV, as the release stores them.

Not simulated: pile-up (no extra vertices or jets: the JVT value only carries the JVT cut's
efficiency on hard-scatter jets), fake leptons and jets beyond what the generator produces
(non-prompt leptons from heavy-flavour decays and photon conversions in the hadron decays are
there; misidentified jets are not), photons, hadronic taus and large-R jets (their branches are
empty), detector-level systematic variations (the `*_syst` branches are zero).
"""

import math

import numpy as np

# --- acceptance and efficiencies ---------------------------------------------------------------
LEPTON_MIN_PT = 7.0  # GeV, stored leptons
ELECTRON_MAX_ETA = 2.47
CRACK = (1.37, 1.52)
MUON_MAX_ETA = 2.5
ELECTRON_RECO_EFF = 0.95  # reconstruction × loose identification
MUON_RECO_EFF = 0.97
MUON_TIGHT_EFF = 0.96  # tight ("medium") given stored
NONPROMPT_TIGHT_FACTOR = 0.8
# Electrons from heavy-flavour decays sit inside a jet: the hadrons around them spoil the shower
# shape and the track–cluster match, so the loose identification keeps about half of them.
NONPROMPT_ELECTRON_LOOSE_FACTOR = 0.5
# An electron within ΔR < 0.2 of a jet is the jet itself when the jet has less than this much
# transverse momentum besides the electron (GeV); otherwise the electron sits inside a real jet.
ELECTRON_JET_RESIDUAL_PT = 15.0

JET_R = 0.4
JET_TRUTH_MIN_PT = 15.0
JET_MIN_PT = 20.0
JET_MAX_ETA = 2.5
JVT_EFF = 0.92  # hard-scatter jets with pT < 60 GeV, |η| < 2.4 passing JVT > 0.59
JVT_CUT = 0.59

# MV2c10 cuts of the 85 % and 77 % working points (as the preprocessor's analysis/objects.rs)
MV2C10_85 = 0.1758475
MV2C10_77 = 0.6459
# Probability to pass the (77 %, 85 %) working points, by truth flavour. ATLAS 2016 MV2c10
# calibration: c-jet rejection 6 / 3.1 and light-jet rejection 134 / 33 at 77 % / 85 %.
BTAG_EFF = {5: (0.77, 0.85), 4: (1 / 6.0, 1 / 3.1), 15: (1 / 22.0, 1 / 8.0), 0: (1 / 134.0, 1 / 33.0)}

SOFT_TERM_RESPONSE = 0.7
SOFT_TERM_NOISE = 7.0  # GeV per transverse component

TRIGGER_MIN_PT = 25.0
ELECTRON_TRIGGER_EFF = 0.95
MUON_TRIGGER_EFF_BARREL = 0.70  # |η| < 1.05
MUON_TRIGGER_EFF_ENDCAP = 0.86

MEV = 1000.0


def electron_tight_eff(pt):
    """Tight likelihood identification given a stored electron: 70 % at 7 GeV to 92 % above 80 GeV."""
    return 0.70 + 0.22 * min(1.0, max(0.0, (pt - 7.0) / 73.0))


def electron_energy_resolution(e, abseta):
    """σ_E / E: 10 % / √E (sampling) ⊕ 0.7 % (constant), worse in the end-caps."""
    a, c = (0.10, 0.007) if abseta < CRACK[0] else (0.15, 0.012)
    return math.hypot(a / math.sqrt(e), c)


def muon_pt_resolution(pt, abseta):
    """σ_pT / pT: 1.7 % (barrel) or 2.5 % (end-caps) ⊕ 0.01 % × pT[GeV] (sagitta)."""
    a = 0.017 if abseta < 1.05 else 0.025
    return math.hypot(a, 1e-4 * pt)


def jet_pt_resolution(pt):
    """σ_pT / pT = 3 GeV/pT (noise) ⊕ 75 %/√pT ⊕ 3 %."""
    return math.sqrt((3.0 / pt) ** 2 + 0.75 ** 2 / pt + 0.03 ** 2)


def _dphi(a, b):
    """Vectorised Δφ in [-π, π)."""
    return (a - b + np.pi) % (2 * np.pi) - np.pi


def delta_phi(a, b):
    d = (a - b) % (2 * math.pi)
    return d - 2 * math.pi if d > math.pi else d


def is_b_hadron(a):
    return (a // 100) % 10 == 5 or (a // 1000) % 10 == 5


def is_c_hadron(a):
    return ((a // 100) % 10 == 4 or (a // 1000) % 10 == 4) and not is_b_hadron(a)


class Truth:
    """What the detector model needs from one Pythia event, as numpy arrays."""

    __slots__ = ("vis", "vis_index", "charged", "charged_index", "leptons", "b_hadrons", "c_hadrons", "taus")

    def __init__(self, event):
        vis = []  # px, py, pz, e of visible final-state particles seen by the calorimeter (no μ, ν)
        vis_index = []
        charged = []  # pt, eta, phi of charged final-state particles above 1 GeV (tracks)
        charged_index = []
        leptons = []  # (id, px, py, pz, e, prompt, record index)
        b_hadrons, c_hadrons, taus = [], [], []
        for i in range(event.size()):
            p = event[i]
            a = p.idAbs()
            if p.isFinal():
                if a in (12, 14, 16):
                    continue
                pt = p.pT()
                if pt < 1e-3:
                    continue
                eta = p.eta()
                if abs(eta) > 4.9:
                    continue
                if a in (11, 13):
                    leptons.append((p.id(), p.px(), p.py(), p.pz(), p.e(), _is_prompt(event, i), i))
                if pt > 1.0 and abs(eta) < 2.5 and p.isCharged():
                    charged.append((pt, eta, p.phi()))
                    charged_index.append(i)
                if a != 13:
                    vis.append((p.px(), p.py(), p.pz(), p.e()))
                    vis_index.append(i)
            elif a > 100 and p.pT() > 5.0:
                if is_b_hadron(a):
                    if not any(is_b_hadron(event[d].idAbs()) for d in p.daughterList()):
                        b_hadrons.append((p.eta(), p.phi()))
                elif is_c_hadron(a):
                    if not any(is_c_hadron(event[d].idAbs()) for d in p.daughterList()):
                        c_hadrons.append((p.eta(), p.phi()))
            elif a == 15 and p.pT() > 10.0 and not any(event[d].idAbs() == 15 for d in p.daughterList()):
                taus.append((p.eta(), p.phi()))
        self.vis = np.array(vis, dtype=np.float64).reshape(-1, 4)
        self.vis_index = np.array(vis_index, dtype=np.int64)
        self.charged = np.array(charged, dtype=np.float64).reshape(-1, 3)
        self.charged_index = np.array(charged_index, dtype=np.int64)
        self.leptons = leptons
        self.b_hadrons = b_hadrons
        self.c_hadrons = c_hadrons
        self.taus = taus


def _is_prompt(event, i):
    """A lepton is prompt when it comes (through its own copies and radiation, and through a τ
    decay) from a W, Z/γ* or Higgs boson, or straight from the hard process's incoming partons
    (Sherpa's qq̄ → 4ℓ writes its leptons without the Z/γ* between them, which has no single
    answer with four leptons), not from a hadron decay or a photon conversion."""
    a = event[i].idAbs()
    j = i
    for _ in range(500):
        m = event[j].mother1()
        if m <= 0:
            return False
        ma = event[m].idAbs()
        if ma == a or (ma == 15 and a in (11, 13, 15)):
            a, j = ma, m
            continue
        return ma in (23, 24, 25) or event[m].status() == -21
    return False


def _eta_phi_from_p(px, py, pz):
    pt = math.hypot(px, py)
    return pt, math.asinh(pz / pt) if pt > 0 else 0.0, math.atan2(py, px)


def reconstruct(truth, rng, cluster):
    """Reconstructed objects of one event (a dict of per-event values in MeV) and the truth
    four-vector sums used for MET. `cluster(particles)` returns anti-kt R = 0.4 jets as
    (px, py, pz, e, constituent indices)."""
    # ---- leptons --------------------------------------------------------------------------
    leptons = []
    for (pid, px, py, pz, e, prompt, index) in truth.leptons:
        pt, eta, phi = _eta_phi_from_p(px, py, pz)
        a = abs(pid)
        abseta = abs(eta)
        if a == 11:
            eff = ELECTRON_RECO_EFF * (1.0 if prompt else NONPROMPT_ELECTRON_LOOSE_FACTOR)
            if abseta > ELECTRON_MAX_ETA or CRACK[0] < abseta < CRACK[1] or rng.random() > eff:
                continue
            e_reco = e * max(0.0, 1.0 + rng.normal() * electron_energy_resolution(e, abseta))
            pt_reco = e_reco / math.cosh(eta)
            tight = rng.random() < electron_tight_eff(pt_reco) * (1.0 if prompt else NONPROMPT_TIGHT_FACTOR)
            mass = 0.000511
        else:
            if abseta > MUON_MAX_ETA or rng.random() > MUON_RECO_EFF:
                continue
            pt_reco = pt * max(0.0, 1.0 + rng.normal() * muon_pt_resolution(pt, abseta))
            tight = rng.random() < MUON_TIGHT_EFF * (1.0 if prompt else NONPROMPT_TIGHT_FACTOR)
            mass = 0.10566
        if pt_reco < LEPTON_MIN_PT:
            continue
        e_reco = math.sqrt((pt_reco * math.cosh(eta)) ** 2 + mass ** 2)
        # isolation from the particles around the true lepton (the lepton itself excluded, and
        # for electrons the bremsstrahlung core ΔR < 0.05 of the calorimeter isolation)
        tpt, teta, tphi = _eta_phi_from_p(px, py, pz)
        ch = truth.charged
        dr2 = (ch[:, 1] - teta) ** 2 + _dphi(ch[:, 2], tphi) ** 2
        ptcone30 = float(ch[(dr2 < 0.09) & (truth.charged_index != index), 0].sum())
        v = truth.vis
        vpt = np.hypot(v[:, 0], v[:, 1])
        veta = np.arcsinh(v[:, 2] / vpt)
        dr2 = (veta - teta) ** 2 + _dphi(np.arctan2(v[:, 1], v[:, 0]), tphi) ** 2
        core = 0.0025 if a == 11 else 0.0
        ring = (dr2 < 0.04) & (dr2 >= core) & (truth.vis_index != index)
        etcone20 = float((v[ring, 3] / np.cosh(veta[ring])).sum())
        etcone20 += rng.normal(0.0, 0.8)  # calorimeter noise after the pile-up correction
        d0_sigma = 0.02 if prompt else 0.2  # mm
        d0 = rng.normal(0.0, d0_sigma)
        leptons.append({
            "pid": pid, "pt": pt_reco, "eta": eta, "phi": phi, "e": e_reco, "tight": tight,
            "ptcone30": ptcone30, "etcone20": etcone20, "prompt": prompt,
            "z0": rng.normal(0.0, 0.05 if prompt else 0.5), "d0": d0, "sigd0": abs(d0) / 0.02,
            "truth": (px, py),
        })

    # ---- jets -------------------------------------------------------------------------------
    jets = []
    for (jpx, jpy, jpz, je) in cluster(truth.vis):
        pt, eta, phi = _eta_phi_from_p(jpx, jpy, jpz)
        if pt < JET_TRUTH_MIN_PT or abs(eta) > JET_MAX_ETA + 0.2:
            continue
        scale = max(0.0, 1.0 + rng.normal() * jet_pt_resolution(pt))
        pt_reco = pt * scale
        if pt_reco < JET_MIN_PT or abs(eta) > JET_MAX_ETA:
            continue
        flav = 0
        if any((h[0] - eta) ** 2 + delta_phi(h[1], phi) ** 2 < 0.09 for h in truth.b_hadrons):
            flav = 5
        elif any((h[0] - eta) ** 2 + delta_phi(h[1], phi) ** 2 < 0.09 for h in truth.c_hadrons):
            flav = 4
        elif any((h[0] - eta) ** 2 + delta_phi(h[1], phi) ** 2 < 0.09 for h in truth.taus):
            flav = 15
        jets.append({"pt": pt_reco, "eta": eta, "phi": phi, "e": je * scale, "flav": flav,
                     "truth": (jpx, jpy)})

    # ---- overlap removal ------------------------------------------------------------------------
    # An electron and a jet within ΔR < 0.2: the calorimeter saw the electron as a jet too, and the
    # jet goes, unless the jet holds more than the electron (an electron from a b or c decay inside
    # its jet): then the electron goes and the jet stays. After that, leptons within ΔR < 0.4 of a
    # remaining jet go (muons from heavy-flavour decays, and electrons at the edge of a jet).
    def residual_pt(jet, electron):
        return math.hypot(jet["truth"][0] - electron["truth"][0], jet["truth"][1] - electron["truth"][1])

    removed_jets, removed_electrons = set(), set()
    for ie, l in enumerate(leptons):
        if abs(l["pid"]) != 11:
            continue
        for ij, j in enumerate(jets):
            if (j["eta"] - l["eta"]) ** 2 + delta_phi(j["phi"], l["phi"]) ** 2 < 0.04:
                if residual_pt(j, l) < ELECTRON_JET_RESIDUAL_PT:
                    removed_jets.add(ij)
                else:
                    removed_electrons.add(ie)
    jets = [j for ij, j in enumerate(jets) if ij not in removed_jets]
    leptons = [l for ie, l in enumerate(leptons) if ie not in removed_electrons]
    leptons = [l for l in leptons if all((j["eta"] - l["eta"]) ** 2 + delta_phi(j["phi"], l["phi"]) ** 2 >= 0.16 for j in jets)]
    leptons.sort(key=lambda l: -l["pt"])
    jets.sort(key=lambda j: -j["pt"])

    # ---- JVT and b-tagging ------------------------------------------------------------------
    for j in jets:
        if j["pt"] < 60.0 and abs(j["eta"]) < 2.4:
            j["jvt"] = rng.uniform(JVT_CUT, 1.0) if rng.random() < JVT_EFF else rng.uniform(0.0, JVT_CUT)
        else:
            j["jvt"] = rng.uniform(JVT_CUT, 1.0)
        e77, e85 = BTAG_EFF[j["flav"]]
        u = rng.random()
        if u < e77:
            j["mv2c10"] = rng.uniform(MV2C10_77, 1.0)
        elif u < e85:
            j["mv2c10"] = rng.uniform(MV2C10_85, MV2C10_77)
        else:
            j["mv2c10"] = rng.uniform(-1.0, MV2C10_85)

    # ---- missing transverse momentum ---------------------------------------------------------
    # Soft term: visible particles not in a selected jet or electron, with a calorimeter/track
    # response and a resolution standing for the pile-up and noise that are not simulated.
    vis_x = float(truth.vis[:, 0].sum())
    vis_y = float(truth.vis[:, 1].sum())
    hard_x = sum(j["truth"][0] for j in jets) + sum(l["truth"][0] for l in leptons if abs(l["pid"]) == 11)
    hard_y = sum(j["truth"][1] for j in jets) + sum(l["truth"][1] for l in leptons if abs(l["pid"]) == 11)
    soft_x = SOFT_TERM_RESPONSE * (vis_x - hard_x) + rng.normal(0.0, SOFT_TERM_NOISE)
    soft_y = SOFT_TERM_RESPONSE * (vis_y - hard_y) + rng.normal(0.0, SOFT_TERM_NOISE)
    mx = -(soft_x + sum(o["pt"] * math.cos(o["phi"]) for o in leptons + jets))
    my = -(soft_y + sum(o["pt"] * math.sin(o["phi"]) for o in leptons + jets))

    # ---- triggers ---------------------------------------------------------------------------
    trig_e = trig_m = False
    for l in leptons:
        matched = False
        if l["pt"] > TRIGGER_MIN_PT and l["tight"]:
            if abs(l["pid"]) == 11:
                matched = rng.random() < ELECTRON_TRIGGER_EFF
                trig_e |= matched
            else:
                eff = MUON_TRIGGER_EFF_BARREL if abs(l["eta"]) < 1.05 else MUON_TRIGGER_EFF_ENDCAP
                matched = rng.random() < eff
                trig_m |= matched
        l["trig"] = matched

    return {
        "leptons": leptons,
        "jets": jets,
        "met": math.hypot(mx, my),
        "met_phi": math.atan2(my, mx),
        "trigE": trig_e,
        "trigM": trig_m,
    }
