"""The simulated samples: which Pythia 8 process, which forced decays, which release DSID.

Every sample stands for one sample of the ATLAS Open Data 13 TeV 2020 release and carries its
DSID as ``channelNumber``, so the preprocessor files it under the right physics group, and its
``XSection`` is the release's (read from ``samples_2020_13TeV.csv`` at generation time).

Forced decays and the generator filter are accounted for in ``SumWeights``: with ``mcWeight = 1``
and ``N`` events generated with the forced decays (before any filter or skim),

    SumWeights = N * R,   R = BR(release sample's definition) / BR(forced decays)

so that ``XSection * 1000 * lumi / SumWeights`` per event gives
``XSection * lumi * (fraction of the definition that ends up selected)``. When the forced decays
are a subset of the definition (dileptonic tt̄ inside the release's "at least one lepton" tt̄),
R > 1; when the definition is a subset of the forced decays and a filter keeps only the
definition (ZZ → ℓℓνν out of ZZ → {ℓℓ, νν}²), R < 1.
"""

from dataclasses import dataclass, field

# PDG 2024 branching ratios used for R (Pythia's tables are rescaled by the forced decays, so only
# the ratio between the definition and the forced set matters).
BR_W_LNU = 0.1086  # per lepton flavour (e, μ, τ)
BR_Z_LL = 0.03366  # per charged-lepton flavour
BR_Z_NUNU = 0.2000  # all three neutrino flavours
BR_TAU_LNUNU = 0.1782 + 0.1739  # τ → eνν + τ → μνν

W3 = 3 * BR_W_LNU  # W → ℓν, ℓ = e, μ, τ
Z3 = 3 * BR_Z_LL  # Z → ℓℓ, ℓ = e, μ, τ
BR_H_WW = 0.2152  # LHC Higgs WG (YR4), m_H = 125 GeV
SIGMA_GGF = 48.61  # pb, gg → H at N3LO (YR4), 13 TeV
SIGMA_VBF = 3.766  # pb, VBF at approximate NNLO (YR4)
SIGMA_WZ = 47.7  # pb, W±Z at NLO, on-shell Z (66 < mℓℓ < 116 GeV), 13 TeV
SIGMA_ZZ = 17.2  # pb, qq̄ → ZZ at NLO + gg → ZZ, on-shell Zs, 13 TeV

COMMON = [
    "Beams:eCM = 13000.",
    "Next:numberCount = 0",
    "Next:numberShowEvent = 0",
    "Next:numberShowProcess = 0",
    "Next:numberShowInfo = 0",
    "Print:quiet = on",
    "Random:setSeed = on",
    # Long-lived particles decay as in ATLAS's generator set-up (K0S, Λ … are left to the detector).
    "ParticleDecays:limitTau0 = on",
    "ParticleDecays:tau0Max = 10.",
]

W_TO_LEPTONS = ["24:onMode = off", "24:onIfAny = 11 13 15"]
HIGGS_125 = ["25:m0 = 125.0"]
Z_TO_EE = ["23:onMode = off", "23:onIfAny = 11"]
Z_TO_MUMU = ["23:onMode = off", "23:onIfAny = 13"]
Z_TO_TAUTAU_TO_LEPTONS = ["23:onMode = off", "23:onIfAny = 15", "15:onMode = off", "15:onIfAny = 11 13"]


@dataclass
class Sample:
    dsid: int
    name: str  # the release's sample name (the file is mc_<dsid>.<name>.<skim>.root)
    settings: list
    r: float  # BR(definition) / BR(forced decays), see the module docs
    skims: tuple  # which skims are written: "2lep", "4lep"
    events_full: int
    events_small: int
    # Keep only events whose generator record satisfies this (see generate.py `FILTERS`).
    filter: str = ""
    note: str = ""
    # σ × BR of the generated definition, pb, when the release's XSection describes a different
    # phase space than Pythia generates (see docs/simulation.md); None: the release's value.
    xsec_pb: float = None
    extra: dict = field(default_factory=dict)
    # A pT(Z) slice (see `PtSlice`) that takes the place of the inclusive events above its cut.
    pt_slice: "PtSlice" = None


@dataclass
class PtSlice:
    """A second, biased sample of a Z/γ* process for the events with a hard boson.

    An inclusive Z/γ* sample has almost all its events at low pT(Z), so the events that matter
    after H → WW or tt̄Z selections (boosted Z, MET from τ decays or mismeasurement, extra jets)
    each weigh hundreds of events. As the release's Sherpa Z samples are sliced in pT(V), the
    generator splits at ``cut_gev`` of the boson's pT (its last copy, after initial-state
    radiation): the inclusive sample keeps its events below the cut, and this Z/γ* + parton
    sample (pT̂ > ``pthat_min``, Pythia's ``bias2Selection`` favouring high pT̂ by pT̂^``bias_pow``)
    supplies the events above it. The slice's events get ``mcWeight`` = Pythia's weight × (the
    inclusive events above the cut) / (Σ slice weights above the cut), so the two parts add up
    to the inclusive sample's ``SumWeights`` and the slice inherits its normalisation.
    """

    cut_gev: float
    pthat_min: float
    bias_pow: float
    decays: list
    events_full: int
    events_small: int

    def settings(self):
        return ["WeakBosonAndParton:qqbar2gmZg = on", "WeakBosonAndParton:qg2gmZq = on",
                f"PhaseSpace:pTHatMin = {self.pthat_min}", "PhaseSpace:bias2Selection = on",
                f"PhaseSpace:bias2SelectionPow = {self.bias_pow}", f"PhaseSpace:bias2SelectionRef = {self.pthat_min}",
                "23:mMin = 40.", *self.decays]


SAMPLES = [
    # --- Higgs → WW* → ℓνℓν -------------------------------------------------------------------
    Sample(345324, "ggH125_WW2lep",
           ["HiggsSM:gg2H = on", *HIGGS_125, "25:onMode = off", "25:onIfMatch = 24 -24", *W_TO_LEPTONS],
           1.0, ("2lep",), 30000, 400,
           note="gg → H → WW* → ℓνℓν (ℓ = e, μ, τ)",
           xsec_pb=SIGMA_GGF * BR_H_WW * W3 ** 2),
    Sample(345323, "VBFH125_WW2lep",
           ["HiggsSM:ff2Hff(t:WW) = on", "HiggsSM:ff2Hff(t:ZZ) = on", *HIGGS_125, "25:onMode = off",
            "25:onIfMatch = 24 -24", *W_TO_LEPTONS],
           1.0, ("2lep",), 10000, 300,
           note="qq → qqH (VBF), H → WW* → ℓνℓν",
           xsec_pb=SIGMA_VBF * BR_H_WW * W3 ** 2),
    # --- Dibosons --------------------------------------------------------------------------------
    Sample(361600, "WWlvlv",
           ["WeakDoubleBoson:ffbar2WW = on", *W_TO_LEPTONS],
           1.0, ("2lep",), 35000, 400,
           note="qq̄ → WW → ℓνℓν"),
    Sample(363491, "lllv",
           ["WeakDoubleBoson:ffbar2ZW = on", *W_TO_LEPTONS, "23:onMode = off", "23:onIfAny = 11 13 15"],
           1.0, ("2lep",), 10000, 200,
           note="qq̄′ → WZ → ℓνℓℓ (on-shell Z)",
           xsec_pb=SIGMA_WZ * W3 * Z3),
    Sample(363490, "llll",
           ["WeakDoubleBoson:ffbar2gmZgmZ = on", "23:onMode = off", "23:onIfAny = 11 13 15"],
           1.0, ("2lep", "4lep"), 20000, 500,
           note="qq̄ → ZZ(*)/γ* → 4ℓ",
           xsec_pb=SIGMA_ZZ * Z3 ** 2),
    Sample(361604, "ZZvvll",
           ["WeakDoubleBoson:ffbar2gmZgmZ = on", "23:onMode = off", "23:onIfAny = 11 13 15 12 14 16"],
           # definition: one Z → ℓℓ and one Z → νν, out of both Zs → {ℓℓ, νν}
           2 * (3 * BR_Z_LL) * BR_Z_NUNU / (3 * BR_Z_LL + BR_Z_NUNU) ** 2, ("2lep",), 5000, 200,
           filter="zz_llvv",
           note="qq̄ → ZZ → ℓℓνν (generated as ZZ → {ℓℓ, νν}², filtered)"),
    # --- Top ---------------------------------------------------------------------------------------
    Sample(410000, "ttbar_lep",
           ["Top:gg2ttbar = on", "Top:qqbar2ttbar = on", *W_TO_LEPTONS],
           # release: at least one W → ℓν; generated: both
           (1 - (1 - W3) ** 2) / W3 ** 2, ("2lep",), 75000, 300,
           note="tt̄ → bℓν bℓν (dileptonic part of the release's ≥ 1 lepton sample)"),
    # tt̄Z: Pythia 8 has no tt̄Z matrix element; tt̄ + a 91.19 GeV scalar (the tt̄H process with the
    # Higgs mass, width and decays set to the Z's) gives the production kinematics; the Z's spin
    # (decay angles) is not modelled.
    Sample(410218, "ttee",
           ["HiggsSM:gg2Httbar = on", "HiggsSM:qqbar2Httbar = on", "25:m0 = 91.1876", "25:mWidth = 2.4952",
            "25:doForceWidth = on", "25:mMin = 50.", "25:mMax = 150.", "25:oneChannel = 1 1.0 100 11 -11"],
           1.0, ("2lep",), 5000, 200,
           note="tt̄Z, Z → ee (tt̄ + scalar of the Z's mass and width, see docs)"),
    Sample(410219, "ttmumu",
           ["HiggsSM:gg2Httbar = on", "HiggsSM:qqbar2Httbar = on", "25:m0 = 91.1876", "25:mWidth = 2.4952",
            "25:doForceWidth = on", "25:mMin = 50.", "25:mMax = 150.", "25:oneChannel = 1 1.0 100 13 -13"],
           1.0, ("2lep",), 5000, 200,
           note="tt̄Z, Z → μμ (as ttee)"),
    # --- Z/γ* → ℓℓ ---------------------------------------------------------------------------------
    Sample(361106, "Zee",
           ["WeakSingleBoson:ffbar2gmZ = on", "PhaseSpace:mHatMin = 40.", *Z_TO_EE],
           1.0, ("2lep",), 35000, 600,
           note="Z/γ* → ee, mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_EE, 50000, 300)),
    Sample(361107, "Zmumu",
           ["WeakSingleBoson:ffbar2gmZ = on", "PhaseSpace:mHatMin = 40.", *Z_TO_MUMU],
           1.0, ("2lep",), 35000, 600,
           note="Z/γ* → μμ, mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_MUMU, 50000, 300)),
    Sample(361108, "Ztautau",
           ["WeakSingleBoson:ffbar2gmZ = on", "PhaseSpace:mHatMin = 40.", *Z_TO_TAUTAU_TO_LEPTONS],
           1.0 / BR_TAU_LNUNU ** 2, ("2lep",), 20000, 300,
           note="Z/γ* → ττ → ℓℓ + 4ν (both τ forced to leptons), mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_TAUTAU_TO_LEPTONS, 25000, 300)),
    # --- Higgs → ZZ* → 4ℓ --------------------------------------------------------------------------
    Sample(345060, "ggH125_ZZ4lep",
           ["HiggsSM:gg2H = on", *HIGGS_125, "25:onMode = off", "25:onIfMatch = 23 23", "23:onMode = off",
            "23:onIfAny = 11 13"],
           1.0, ("4lep",), 15000, 400,
           note="gg → H → ZZ* → 4ℓ (ℓ = e, μ)"),
    Sample(344235, "VBFH125_ZZ4lep",
           ["HiggsSM:ff2Hff(t:WW) = on", "HiggsSM:ff2Hff(t:ZZ) = on", *HIGGS_125, "25:onMode = off",
            "25:onIfMatch = 23 23", "23:onMode = off", "23:onIfAny = 11 13"],
           1.0, ("4lep",), 5000, 200,
           note="VBF H → ZZ* → 4ℓ"),
]


def by_dsid(dsid):
    for s in SAMPLES:
        if s.dsid == dsid:
            return s
    raise KeyError(dsid)
