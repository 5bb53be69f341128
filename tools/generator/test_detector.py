"""Which generated leptons the detector model treats as prompt (detector._is_prompt).

The rule decides each lepton's identification efficiency and impact parameters, so a lepton
miscounted as non-prompt costs a sample half its electrons (as Sherpa's qq̄ → 4ℓ lost them
before hard-process leptons counted as prompt). The records below are small stand-ins for
Pythia's event record: each entry is (PDG id, status, first mother's index).

    .venv/bin/python -m pytest -q tools/generator/test_detector.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

import detector  # noqa: E402


class Particle:
    def __init__(self, pid, status, mother):
        self._id, self._status, self._mother = pid, status, mother

    def idAbs(self):
        return abs(self._id)

    def status(self):
        return self._status

    def mother1(self):
        return self._mother


class Event(list):
    """Entry 0 is the system, 1 and 2 the beams, as in Pythia's record."""

    def __init__(self, *entries):
        super().__init__([Particle(90, -11, 0), Particle(2212, -12, 0), Particle(2212, -12, 0)])
        self.extend(Particle(*e) for e in entries)


def test_leptons_of_a_z_a_w_or_a_higgs_are_prompt():
    # 3, 4: incoming quarks; 5: the Z; 6: its muon; 7: the muon after radiating (a copy).
    event = Event((2, -21, 1), (-2, -21, 2), (23, -22, 3), (13, 23, 5), (13, 51, 6))
    assert detector._is_prompt(event, 6)
    assert detector._is_prompt(event, 7)
    w = Event((2, -21, 1), (-1, -21, 2), (24, -22, 3), (-11, 23, 5))
    assert detector._is_prompt(w, 6)
    higgs = Event((21, -21, 1), (21, -21, 2), (25, -22, 3), (23, -22, 5), (11, 23, 6))
    assert detector._is_prompt(higgs, 7)


def test_a_lepton_through_a_tau_keeps_the_tau_s_origin():
    from_w = Event((2, -21, 1), (-1, -21, 2), (24, -22, 3), (-15, 23, 5), (-15, 51, 6), (-13, 91, 7))
    assert detector._is_prompt(from_w, 8)
    # A τ from a D_s decay (431) gives a non-prompt lepton.
    from_hadron = Event((21, -21, 1), (21, -21, 2), (431, 83, 3), (15, 91, 5), (11, 91, 6))
    assert not detector._is_prompt(from_hadron, 7)


def test_a_lepton_straight_from_the_hard_process_is_prompt():
    # Sherpa's qq̄ → 4ℓ: the Les Houches file has no Z/γ* between the quarks and the leptons.
    event = Event((1, -21, 1), (-1, -21, 2), (11, 23, 3), (-11, 23, 3), (13, 23, 3), (-13, 23, 3), (13, 44, 7))
    assert all(detector._is_prompt(event, i) for i in range(5, 10))


def test_leptons_of_hadron_decays_and_conversions_are_not_prompt():
    b_decay = Event((21, -21, 1), (21, -21, 2), (5, 23, 3), (511, 83, 5), (-11, 91, 6))
    assert not detector._is_prompt(b_decay, 7)
    conversion = Event((21, -21, 1), (21, -21, 2), (111, 83, 3), (22, 91, 5), (11, 91, 6))
    assert not detector._is_prompt(conversion, 7)
    # A quark that is not an incoming parton of the hard process (a shower quark, status 51)
    # is no reason to call its lepton prompt.
    from_shower = Event((21, -21, 1), (21, -21, 2), (4, 51, 3), (11, 51, 5))
    assert not detector._is_prompt(from_shower, 6)
