"""The simulated samples: which Pythia 8 process (or Sherpa 3 run card), which forced decays, which
release DSID.

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
# gg → WW (loop-induced, box diagrams), which Pythia 8 cannot make and the release has no sample
# of: WWlvlv's cross-section (qq̄ → WW only, Powheg NLO) is raised by this share, with qq̄ → WW's
# shapes. About 6–7 % of pp → WW at 13 TeV: at LO about 4 %, a third of the NNLO correction to
# qq̄ → WW (Gehrmann et al., PRL 113 (2014) 212001, arXiv:1408.5243), raised by about half by
# its NLO correction (Caola et al., PLB 754 (2016) 275, arXiv:1511.08617). Under H → WW* cuts
# the share is larger (6–12 % for WW + jet, Melia et al., JHEP 12 (2012) 115,
# arXiv:1205.6987); hww's ±10 % normalisation uncertainty on WW covers that.
GG_TO_WW_SHARE = 0.07
SIGMA_ZZ = 17.2  # pb, qq̄ → ZZ at NLO + gg → ZZ, on-shell Zs, 13 TeV
SIGMA_WH = 1.373  # pb, W±H at NNLO QCD + NLO EW (YR4), 13 TeV
SIGMA_ZH = 0.8839  # pb, ZH (qq̄ → ZH and gg → ZH) at NNLO QCD + NLO EW (YR4), 13 TeV
BR_H_ZZ = 0.02641  # LHC Higgs WG (YR4), m_H = 125 GeV
# tt̄Z at NLO QCD + EW (LHC Higgs WG YR4, the value ATLAS compares with in arXiv:1901.03584),
# on-shell Z: the generated phase space (Z peak, 50 < mℓℓ < 150 GeV). The release's 0.0413 pb
# per flavour also holds γ* → ℓℓ down to mℓℓ = 5 GeV, which the generator does not make.
SIGMA_TTZ = 0.88
# tZq (t-channel single top + on-shell Z, t and t̄) at NLO QCD, 13 TeV: 800 fb, the prediction
# ATLAS compares with in arXiv:1710.03659 (Campbell, Ellis, Röntsch, arXiv:1302.3856, run at
# 13 TeV). The generated phase space: an on-shell Z (Sherpa), decayed by Pythia.
SIGMA_TZQ = 0.800
# tWZ (t and t̄) at NLO QCD with diagram removal, 13 TeV: 136 fb, the prediction CMS compares with
# in its tWZ evidence (Phys. Lett. B 855 (2024) 138815, arXiv:2312.11668; its measured
# 354 ± 110 fb and expected vs observed significance 1.4σ vs 3.4σ put the prediction near 140 fb).
SIGMA_TWZ = 0.136
BR_W_E = BR_W_MU = BR_W_LNU
BR_TAU_E, BR_TAU_MU = 0.1782, 0.1739

# Jets beyond the first, for electroweak bosons made from quarks (Z/γ*, WW, WZ, ZZ): Pythia 8
# corrects its first emission to the V + 1 parton matrix element, but every further jet comes from
# the shower alone, and there it falls short of ATLAS's measurement of Z + jets at 13 TeV
# (arXiv:1702.05725, HEPData ins1514251: σ(≥ N+1 jets) / σ(≥ N) for jets above 30 GeV within
# |η| < 2.5, the release's jets). Entry k is ATLAS's ratio over ours for the (k+2)-th jet, from
# tools/generator/validate.py on the samples before the correction (docs/simulation.md): an event
# with n such jets gets the product of the first n - 1 entries, and each sample is then scaled
# back to its own Σ weights, so the correction moves events between jet counts without changing a
# cross-section. WZ, WW and ZZ take the Z's correction: their extra jets come from the same shower.
SHOWER_JET_CORRECTION = [0.2327 / 0.148, 0.2299 / 0.148, 0.2390 / 0.163, 0.2397 / 0.142, 0.2213 / 0.120]
SHOWER_JET_PT_GEV = 30.0
SHOWER_JET_ABS_ETA = 2.5

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
# W⁺ → e⁺ν and W⁻ → μ⁻ν̄ (onPos… acts on the particle, onNeg… on the antiparticle), and the reverse.
W_PLUS_E_MINUS_MU = ["24:onMode = off", "24:onPosIfAny = 11", "24:onNegIfAny = 13"]
W_PLUS_MU_MINUS_E = ["24:onMode = off", "24:onPosIfAny = 13", "24:onNegIfAny = 11"]
# τ-mediated eμ in tt̄: W⁺ → τν with W⁻ → eν or μν, the reverse, and both W → τν, with the τs
# forced to eνν or μνν (a filter then keeps the e-μ pairs). The τ decay forcing also acts on the
# rare τ from hadron decays (D_s → τν), as in the Z → ττ samples.
TAU_TO_LEPTONS = ["15:onMode = off", "15:onIfAny = 11 13"]
W_PLUS_TAU_MINUS_L = ["24:onMode = off", "24:onPosIfAny = 15", "24:onNegIfAny = 11 13", *TAU_TO_LEPTONS]
W_PLUS_L_MINUS_TAU = ["24:onMode = off", "24:onPosIfAny = 11 13", "24:onNegIfAny = 15", *TAU_TO_LEPTONS]
W_TO_TAU_TO_LEPTONS = ["24:onMode = off", "24:onIfAny = 15", *TAU_TO_LEPTONS]
# gg → H with the shower's emissions limited to below the factorisation scale (mH): Pythia's
# default power shower (pTmaxMatch = 0) fills the phase space up to the beam energy and gives
# gg → H far more jets than NNLOPS (41 % of H → WW events with no jet instead of ≈ 60 %).
GGH_SHOWER = ["SpaceShower:pTmaxMatch = 1"]
HIGGS_125 = ["25:m0 = 125.0"]
Z_TO_EE = ["23:onMode = off", "23:onIfAny = 11"]
Z_TO_MUMU = ["23:onMode = off", "23:onIfAny = 13"]
Z_TO_TAUTAU_TO_LEPTONS = ["23:onMode = off", "23:onIfAny = 15", "15:onMode = off", "15:onIfAny = 11 13"]
# τ⁻ → e⁻ and τ⁺ → μ⁺, and the reverse: the eμ final state of H → WW's signal region.
Z_TO_TAUTAU_E_MU = ["23:onMode = off", "23:onIfAny = 15", "15:onMode = off", "15:onPosIfAny = 11", "15:onNegIfAny = 13"]
Z_TO_TAUTAU_MU_E = ["23:onMode = off", "23:onIfAny = 15", "15:onMode = off", "15:onPosIfAny = 13", "15:onNegIfAny = 11"]


@dataclass
class Sample:
    """One generated sample, written as mc_<dsid>.<name>.<skim> per skim.

    Several samples may share a release DSID: each is then a disjoint part of the release's
    sample (say, the eμ decays of dileptonic tt̄ and the rest), made with its own forced decays or
    filter and its own ``r``, so that the parts that matter most to an analysis can have more
    events. The preprocessor weights every file with its own ``SumWeights``, so the parts add up
    to the whole.
    """

    dsid: int
    name: str  # the release's sample name, or the name of a part of it (unique among SAMPLES)
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
    # A factor on the release's XSection (when xsec_pb is None) for a process the sample stands
    # for only in part (WWlvlv: + gg → WW).
    xsec_factor: float = 1.0
    extra: dict = field(default_factory=dict)
    # A pT(Z) slice (see `PtSlice`) that takes the place of the inclusive events above its cut.
    pt_slice: "PtSlice" = None
    # The hard process from Sherpa 3 instead of Pythia: the run card's file name under
    # tools/generator/sherpa/. Sherpa writes parton-level events (Les Houches file); Pythia
    # (``settings``: the forced decays) decays the tops and bosons, showers and hadronises them.
    # Each event carries Sherpa's weight (``mcWeight``, ±1 for unweighted events) and
    # SumWeights = R × Σ mcWeight of the generated events. ``events_small`` = 0: the committed
    # small samples (and so `cargo xtask test`) never need Sherpa's 17-minute build.
    sherpa: str = ""
    # Selectors added to the Sherpa card for this sample (YAML list items under SELECTORS), so that
    # disjoint parts of one process (a window in the final state's mass) share one card.
    sherpa_selectors: str = ""
    # XSection = this factor × Sherpa's own (LO) cross-section of the part, for processes whose
    # release cross-section is for a phase space the card cannot be shown to match (see `llll`).
    sherpa_k_factor: float = None
    # Whether the jets beyond the first get SHOWER_JET_CORRECTION (electroweak bosons from quarks).
    jet_correction: bool = False


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
    # Events with many jets, from more of the same slice (see `JetSlice`).
    jets: "JetSlice" = None

    def settings(self):
        return ["WeakBosonAndParton:qqbar2gmZg = on", "WeakBosonAndParton:qg2gmZq = on",
                f"PhaseSpace:pTHatMin = {self.pthat_min}", "PhaseSpace:bias2Selection = on",
                f"PhaseSpace:bias2SelectionPow = {self.bias_pow}", f"PhaseSpace:bias2SelectionRef = {self.pthat_min}",
                "23:mMin = 40.", *self.decays]




@dataclass
class JetSlice:
    """More events of a pT(Z) slice, kept only where the slice has few: at least ``min_jets``
    reconstructed jets (the release's jets, pT > 20 GeV, |η| < 2.5, after overlap removal).

    tt̄Z in two leptons ends at ≥ 5 jets, where the pT(Z) slice of Z/γ* → ee or μμ leaves a
    handful of events weighing about 150 each, and those decide ttz's result (docs/simulation.md,
    "What the simulation's statistics cost"). These chunks run the pT(Z) slice's own generation
    (same process, pT̂ and bias: a stronger bias gives more many-jet events but not better known
    ones) with their own seeds and keep the events with ≥ ``min_jets`` jets; the pT(Z) slice's
    chunks drop theirs when the sample is merged, so the two are disjoint. Both count the Pythia
    weights of *every* event above the pT(Z) cut, and each is normalised to the inclusive events
    above the cut: each then stands for its own part of them, and the parts add up. Before the
    detector runs, an event must have ≥ ``min_jets`` particle-level jets of the detector's own
    clustering above its 15 GeV threshold within |η| < 2.7, which every event with that many
    reconstructed jets has (detector.reconstruct makes each jet from one of them), so that check
    only saves time. Full samples only (``events_small`` is always 0).
    """

    min_jets: int
    events_full: int


def four_lepton_selector(variable, low, high):
    """A Sherpa selector (a YAML list item under SELECTORS): `variable`, a function of the four
    leptons' momenta p[0] … p[3] in Sherpa's interpreter, in [low, high]."""
    return ("- VariableSelector:\n"
            f"    Variable: Calc({variable})\n"
            "    Flavs: [90, 90, 90, 90]\n"
            f"    Ranges: [[{low}, {high}]]\n")


def four_lepton_mass(low, high):
    return four_lepton_selector("Mass(p[0]+p[1]+p[2]+p[3])", low, high)


# 1 when all four leptons are within the 4lep skim's reach (pT > 5 GeV, |η| < 2.7, a margin on
# the detector's |η| < 2.5 and on the analyses' pT thresholds), else 0.
_PT = [f"PPerp(p[{i}])" for i in range(4)]
_ETA = [f"abs(Eta(p[{i}]))" for i in range(4)]
FOUR_IN_REACH = (f"min(min({_PT[0]},{_PT[1]}),min({_PT[2]},{_PT[3]}))>5&&"
                 f"max(max({_ETA[0]},{_ETA[1]}),max({_ETA[2]},{_ETA[3]}))<2.7")


# Sherpa's LO σ(qq̄ → ZZ) with on-shell Zs at 13 TeV, pb, with llll.yaml's PDF and scale (μ = m_ZZ):
# 11.991 ± 0.021 pb (the card's settings with `93 93 -> 23 23`, Z width 0, integrated once; see
# docs/simulation.md). SIGMA_ZZ / this is the NLO (+ gg) K-factor the Sherpa llll parts take.
SHERPA_LO_ZZ = 11.991
# The llll parts: name, selectors, events. In 105–160 GeV, where H → ZZ* → 4ℓ's signal sits, most
# of the cross-section has a lepton too soft or too forward for four to be reconstructed; those
# events (which can still make two- or three-lepton events) are a part of their own, so the
# four-lepton events of the window get most of the generated events.
LLLL_PARTS = [
    ("low", four_lepton_mass(0, 105), "m4ℓ < 105 GeV", 60000),
    ("window", four_lepton_mass(105, 160) + four_lepton_selector(FOUR_IN_REACH, 0.5, 1.5),
     "105 < m4ℓ < 160 GeV, all four leptons with pT > 5 GeV and |η| < 2.7", 30000),
    ("window_soft", four_lepton_mass(105, 160) + four_lepton_selector(FOUR_IN_REACH, -0.5, 0.5),
     "105 < m4ℓ < 160 GeV, a lepton with pT < 5 GeV or |η| > 2.7", 10000),
    ("high", four_lepton_mass(160, 13000), "m4ℓ > 160 GeV", 60000),
]

TTBAR = ["Top:gg2ttbar = on", "Top:qqbar2ttbar = on"]
# release tt̄: at least one W → ℓν
TTBAR_DEFINITION = 1 - (1 - W3) ** 2
TTZ = ["HiggsSM:gg2Httbar = on", "HiggsSM:qqbar2Httbar = on", "25:m0 = 91.1876", "25:mWidth = 2.4952",
       "25:doForceWidth = on", "25:mMin = 50.", "25:mMax = 150."]
Z_INCLUSIVE = ["WeakSingleBoson:ffbar2gmZ = on", "PhaseSpace:mHatMin = 40."]
Z_TO_LEPTONS = ["23:onMode = off", "23:onIfAny = 11 13 15"]

# Events generated for each of Zee's and Zmumu's ≥ 4-jet slices (`JetSlice`): about 8 ms each.
JET_SLICE_EVENTS = 250000


SAMPLES = [
    # --- Higgs → WW* → ℓνℓν -------------------------------------------------------------------
    Sample(345324, "ggH125_WW2lep",
           ["HiggsSM:gg2H = on", *GGH_SHOWER, *HIGGS_125, "25:onMode = off", "25:onIfMatch = 24 -24", *W_TO_LEPTONS],
           1.0, ("2lep",), 40000, 400,
           note="gg → H → WW* → ℓνℓν (ℓ = e, μ, τ), shower limited to pT < mH",
           xsec_pb=SIGMA_GGF * BR_H_WW * W3 ** 2),
    Sample(345323, "VBFH125_WW2lep",
           ["HiggsSM:ff2Hff(t:WW) = on", "HiggsSM:ff2Hff(t:ZZ) = on", *HIGGS_125, "25:onMode = off",
            "25:onIfMatch = 24 -24", *W_TO_LEPTONS],
           1.0, ("2lep",), 10000, 300,
           note="qq → qqH (VBF), H → WW* → ℓνℓν",
           xsec_pb=SIGMA_VBF * BR_H_WW * W3 ** 2),
    # WH and ZH: the associated boson decays freely, so the Higgs's W decays cannot be forced;
    # the filter keeps H → WW* → ℓνℓν (about 1 event in 9).
    Sample(345325, "WH125_WW2lep",
           ["HiggsSM:ffbar2HW = on", *HIGGS_125, "25:onMode = off", "25:onIfMatch = 24 -24"],
           1.0, ("2lep", "3lep"), 30000, 300, filter="higgs_ww_leptonic",
           note="qq̄′ → WH, H → WW* → ℓνℓν, W inclusive",
           xsec_pb=SIGMA_WH * BR_H_WW * W3 ** 2),
    Sample(345336, "ZH125_WW2lep",
           ["HiggsSM:ffbar2HZ = on", *HIGGS_125, "25:onMode = off", "25:onIfMatch = 24 -24"],
           1.0, ("2lep", "3lep"), 20000, 300, filter="higgs_ww_leptonic",
           note="qq̄ → ZH, H → WW* → ℓνℓν, Z inclusive",
           xsec_pb=SIGMA_ZH * BR_H_WW * W3 ** 2),
    # --- Dibosons --------------------------------------------------------------------------------
    Sample(361600, "WWlvlv",
           ["WeakDoubleBoson:ffbar2WW = on", *W_TO_LEPTONS],
           1.0, ("2lep",), 52000, 400,
           jet_correction=True, note="qq̄ → WW → ℓνℓν (XSection + 7 % for gg → WW)",
           xsec_factor=1.0 + GG_TO_WW_SHARE),
    Sample(363491, "lllv",
           ["WeakDoubleBoson:ffbar2ZW = on", *W_TO_LEPTONS, "23:onMode = off", "23:onIfAny = 11 13 15"],
           1.0, ("2lep", "3lep"), 160000, 300,
           jet_correction=True, note="qq̄′ → WZ → ℓνℓℓ (on-shell Z)",
           xsec_pb=SIGMA_WZ * W3 * Z3),
    # qq̄ → 4ℓ from Sherpa (every diagram: the Z → 4ℓ peak, the ZZ* continuum, γ* pairs) in four
    # parts by the four leptons' mass, so that H → ZZ* → 4ℓ's 105–160 GeV window, a small share
    # of the cross-section, gets as many events as the rest. The small test samples keep Pythia's
    # t-channel qq̄ → ZZ*/γ*γ* (no Sherpa build for `cargo xtask test`).
    Sample(363490, "llll",
           ["WeakDoubleBoson:ffbar2gmZgmZ = on", "23:onMode = off", "23:onIfAny = 11 13 15"],
           1.0, ("2lep", "3lep", "4lep"), 0, 500,
           jet_correction=True, note="qq̄ → ZZ(*)/γ* → 4ℓ, t-channel only (Pythia 8; the small test samples)",
           xsec_pb=SIGMA_ZZ * Z3 ** 2),
    *[Sample(363490, f"llll_{part}", [], 1.0, ("2lep", "3lep", "4lep"), events, 0, sherpa="llll.yaml",
             sherpa_selectors=selectors, sherpa_k_factor=SIGMA_ZZ / SHERPA_LO_ZZ, jet_correction=True,
             note=f"qq̄ → 4ℓ (ℓ = e, μ, τ; Sherpa 3 LO + Pythia 8), {where} (at generation)")
      for part, selectors, where, events in LLLL_PARTS],
    Sample(361604, "ZZvvll",
           ["WeakDoubleBoson:ffbar2gmZgmZ = on", "23:onMode = off", "23:onIfAny = 11 13 15 12 14 16"],
           # definition: one Z → ℓℓ and one Z → νν, out of both Zs → {ℓℓ, νν}
           2 * (3 * BR_Z_LL) * BR_Z_NUNU / (3 * BR_Z_LL + BR_Z_NUNU) ** 2, ("2lep",), 5000, 200,
           filter="zz_llvv",
           jet_correction=True, note="qq̄ → ZZ → ℓℓνν (generated as ZZ → {ℓℓ, νν}², filtered)"),
    # --- Top ---------------------------------------------------------------------------------------
    # Dileptonic tt̄ in six disjoint parts (generate.py `ttbar_class`), so that H → WW's eμ signal
    # region, where tt̄ needs the most events, gets them: W⁺ → eν with W⁻ → μν and the reverse;
    # eμ through τ decays, W⁺ → τν with W⁻ → eν or μν, the reverse, and both W → τν (forced, then
    # filtered on an e and a μ; before these parts the τ-mediated eμ events were 3 % of tt̄'s
    # simulated events in the signal region but, weighing 17.7 each, 60 % of its variance); and
    # every other pair of W → ℓν decays (free τ decays, filtered).
    Sample(410000, "ttbar_lep_emu", [*TTBAR, *W_PLUS_E_MINUS_MU],
           TTBAR_DEFINITION / (BR_W_E * BR_W_MU), ("2lep", "3lep"), 80000, 150,
           note="tt̄ → b e⁺ν b̄ μ⁻ν̄ (part of the release's ≥ 1 lepton sample)"),
    Sample(410000, "ttbar_lep_mue", [*TTBAR, *W_PLUS_MU_MINUS_E],
           TTBAR_DEFINITION / (BR_W_E * BR_W_MU), ("2lep", "3lep"), 80000, 150,
           note="tt̄ → b μ⁺ν b̄ e⁻ν̄ (as ttbar_lep_emu)"),
    Sample(410000, "ttbar_lep_tau_l", [*TTBAR, *W_PLUS_TAU_MINUS_L],
           TTBAR_DEFINITION / (BR_W_LNU * (BR_W_E + BR_W_MU) * BR_TAU_LNUNU), ("2lep", "3lep"), 40000, 100,
           filter="ttbar_tau_emu",
           note="tt̄ → b τ⁺ν b̄ ℓ⁻ν̄, τ⁺ → ℓ′⁺νν̄, {ℓ, ℓ′} = {e, μ} (generated with W⁻ → e or μ, τ → e or μ, filtered)"),
    Sample(410000, "ttbar_lep_l_tau", [*TTBAR, *W_PLUS_L_MINUS_TAU],
           TTBAR_DEFINITION / (BR_W_LNU * (BR_W_E + BR_W_MU) * BR_TAU_LNUNU), ("2lep", "3lep"), 40000, 100,
           filter="ttbar_tau_emu",
           note="tt̄ → b ℓ⁺ν b̄ τ⁻ν̄ (as ttbar_lep_tau_l)"),
    Sample(410000, "ttbar_lep_tautau", [*TTBAR, *W_TO_TAU_TO_LEPTONS],
           TTBAR_DEFINITION / (BR_W_LNU ** 2 * BR_TAU_LNUNU ** 2), ("2lep", "3lep"), 10000, 100,
           filter="ttbar_tautau_emu",
           note="tt̄ → b τν b̄ τν, the τs → e and μ (generated with τ → e or μ, filtered)"),
    Sample(410000, "ttbar_lep", [*TTBAR, *W_TO_LEPTONS],
           TTBAR_DEFINITION / W3 ** 2, ("2lep", "3lep"), 50000, 300, filter="ttbar_rest",
           note="tt̄ → bℓν bℓν, every pair but the eμ ones, direct or through τ (generated with both W → ℓν, filtered)"),
    # tt̄Z: Pythia 8 has no tt̄Z matrix element; tt̄ + a 91.19 GeV scalar (the tt̄H process with the
    # Higgs mass, width and decays set to the Z's) gives the production kinematics; the Z's spin
    # (decay angles) is not modelled. The tops decay freely.
    Sample(410218, "ttee", [*TTZ, "25:oneChannel = 1 1.0 100 11 -11"],
           1.0, ("2lep", "3lep"), 15000, 200,
           note="tt̄Z, Z → ee (tt̄ + scalar of the Z's mass and width, see docs)",
           xsec_pb=SIGMA_TTZ * BR_Z_LL),
    Sample(410219, "ttmumu", [*TTZ, "25:oneChannel = 1 1.0 100 13 -13"],
           1.0, ("2lep", "3lep"), 15000, 200,
           note="tt̄Z, Z → μμ (as ttee)",
           xsec_pb=SIGMA_TTZ * BR_Z_LL),
    # --- Top processes Pythia 8 cannot make: hard process from Sherpa 3 (LO), see docs ----------
    # Wt single top: every W (the associated one and the top's) forced to ℓν, ℓ = e, μ, τ; the
    # release's samples are inclusive, so R = 1 / BR(W → ℓν)².
    Sample(410013, "single_top_wtchan", [*W_TO_LEPTONS],
           1.0 / W3 ** 2, ("2lep", "3lep"), 100000, 0, sherpa="Wt_top.yaml",
           note="gb → tW⁻ → bℓν ℓν (Sherpa 3 LO + Pythia 8), both W → ℓν"),
    Sample(410014, "single_antitop_wtchan", [*W_TO_LEPTONS],
           1.0 / W3 ** 2, ("2lep", "3lep"), 100000, 0, sherpa="Wt_antitop.yaml",
           note="gb̄ → t̄W⁺ → b̄ℓν ℓν (as single_top_wtchan)"),
    # tt̄W in two disjoint parts: all three W → ℓν (forced), and exactly two W → ℓν (free decays,
    # filtered), the parts that can give two or three prompt leptons.
    Sample(410155, "ttW_3l", [*W_TO_LEPTONS],
           1.0 / W3 ** 3, ("2lep", "3lep"), 20000, 0, sherpa="ttW.yaml",
           note="tt̄W± with all three W → ℓν (Sherpa 3 LO + Pythia 8)"),
    Sample(410155, "ttW_2l", [],
           1.0, ("2lep", "3lep"), 10000, 0, sherpa="ttW.yaml", filter="two_leptonic_w",
           note="tt̄W± with exactly two W → ℓν (free decays, filtered)"),
    # tZq and tWZ are not in the release: DSIDs of ATLAS's MC16 samples (docs/simulation.md).
    Sample(410560, "tZq", [*Z_TO_LEPTONS, *W_TO_LEPTONS],
           1.0 / W3, ("3lep",), 20000, 0, sherpa="tZq.yaml",
           note="tZq, Z → ℓℓ, t → bℓν (Sherpa 3 LO, on-shell Z, + Pythia 8)",
           xsec_pb=SIGMA_TZQ * Z3),
    Sample(410408, "tWZ", [*Z_TO_LEPTONS],
           1.0, ("3lep",), 15000, 0, sherpa="tWZ.yaml",
           note="tWZ, Z → ℓℓ, Ws free (Sherpa 3 LO, on-shell Z, + Pythia 8)",
           xsec_pb=SIGMA_TWZ * Z3),
    # --- Z/γ* → ℓℓ ---------------------------------------------------------------------------------
    Sample(361106, "Zee", [*Z_INCLUSIVE, *Z_TO_EE],
           1.0, ("2lep", "3lep"), 30000, 500,
           jet_correction=True, note="Z/γ* → ee, mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_EE, 40000, 250, jets=JetSlice(4, JET_SLICE_EVENTS))),
    Sample(361107, "Zmumu", [*Z_INCLUSIVE, *Z_TO_MUMU],
           1.0, ("2lep", "3lep"), 30000, 500,
           jet_correction=True, note="Z/γ* → μμ, mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_MUMU, 40000, 250, jets=JetSlice(4, JET_SLICE_EVENTS))),
    # Z → ττ → ℓℓ + 4ν in three disjoint parts, as tt̄: τ⁻ → e with τ⁺ → μ, the reverse, and the
    # same-flavour pairs (generated with both τ → e or μ, filtered).
    Sample(361108, "Ztautau_emu", [*Z_INCLUSIVE, *Z_TO_TAUTAU_E_MU],
           1.0 / (BR_TAU_E * BR_TAU_MU), ("2lep",), 15000, 150,
           jet_correction=True, note="Z/γ* → ττ → e μ + 4ν, mℓℓ > 40 GeV",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_TAUTAU_E_MU, 15000, 150)),
    Sample(361108, "Ztautau_mue", [*Z_INCLUSIVE, *Z_TO_TAUTAU_MU_E],
           1.0 / (BR_TAU_E * BR_TAU_MU), ("2lep",), 15000, 150,
           jet_correction=True, note="Z/γ* → ττ → μ e + 4ν (as Ztautau_emu)",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_TAUTAU_MU_E, 15000, 150)),
    Sample(361108, "Ztautau", [*Z_INCLUSIVE, *Z_TO_TAUTAU_TO_LEPTONS],
           1.0 / BR_TAU_LNUNU ** 2, ("2lep",), 8000, 200, filter="tautau_same_flavour",
           jet_correction=True, note="Z/γ* → ττ → ee or μμ + 4ν (generated with both τ → e or μ, filtered)",
           pt_slice=PtSlice(30.0, 20.0, 1.5, Z_TO_TAUTAU_TO_LEPTONS, 8000, 200)),
    # --- Higgs → ZZ* → 4ℓ --------------------------------------------------------------------------
    Sample(345060, "ggH125_ZZ4lep",
           ["HiggsSM:gg2H = on", *GGH_SHOWER, *HIGGS_125, "25:onMode = off", "25:onIfMatch = 23 23", "23:onMode = off",
            "23:onIfAny = 11 13"],
           1.0, ("4lep",), 15000, 400,
           note="gg → H → ZZ* → 4ℓ (ℓ = e, μ), shower limited to pT < mH"),
    Sample(344235, "VBFH125_ZZ4lep",
           ["HiggsSM:ff2Hff(t:WW) = on", "HiggsSM:ff2Hff(t:ZZ) = on", *HIGGS_125, "25:onMode = off",
            "25:onIfMatch = 23 23", "23:onMode = off", "23:onIfAny = 11 13"],
           1.0, ("4lep",), 5000, 200,
           note="VBF H → ZZ* → 4ℓ"),
    # The W decays freely; only the Z decays are forced. (ZH is left out: its associated Z would be
    # forced too. It adds ≈ 1.6 % to the H → 4ℓ signal; tt̄H ≈ 1 %.)
    Sample(341964, "WH125_ZZ4lep",
           ["HiggsSM:ffbar2HW = on", *HIGGS_125, "25:onMode = off", "25:onIfMatch = 23 23", "23:onMode = off",
            "23:onIfAny = 11 13"],
           1.0, ("4lep",), 4000, 150,
           note="qq̄′ → WH, H → ZZ* → 4ℓ (ℓ = e, μ), W inclusive",
           xsec_pb=SIGMA_WH * BR_H_ZZ * (2 * BR_Z_LL) ** 2),
]


def by_name(name):
    for s in SAMPLES:
        if s.name == name:
            return s
    raise KeyError(name)
