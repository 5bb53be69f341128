"""The generator's event-level bookkeeping that needs no Pythia: dropping events from columnar
chunks (`generate.keep_events`, used where a pT(Z) slice hands its many-jet events to its
`JetSlice` part), whose per-object columns must follow their events.

    .venv/bin/python -m pytest -q tools/generator/test_generate.py
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))

import generate  # noqa: E402


def chunk():
    # Three events: 2 leptons and 1 jet, 2 leptons and 4 jets, 3 leptons and no jet.
    return {
        "eventNumber": np.array([10, 11, 12]),
        "mcWeight": np.array([1.0, 2.0, 3.0]),
        "lep_n": np.array([2, 2, 3], dtype=np.uint32),
        "jet_n": np.array([1, 4, 0], dtype=np.uint32),
        "lep_pt": np.array([50.0, 40.0, 51.0, 41.0, 52.0, 42.0, 32.0], dtype=np.float32),
        "jet_pt": np.array([30.0, 31.0, 32.0, 33.0, 34.0], dtype=np.float32),
        "jet_trueflav": np.array([0, 5, 0, 4, 0], dtype=np.int32),
    }


def test_keep_events_takes_each_kept_events_leptons_and_jets():
    kept = generate.keep_events(chunk(), np.array([True, False, True]))
    assert kept["eventNumber"].tolist() == [10, 12]
    assert kept["mcWeight"].tolist() == [1.0, 3.0]
    assert kept["lep_n"].tolist() == [2, 3] and kept["jet_n"].tolist() == [1, 0]
    assert kept["lep_pt"].tolist() == [50.0, 40.0, 52.0, 42.0, 32.0]
    assert kept["jet_pt"].tolist() == [30.0] and kept["jet_trueflav"].tolist() == [0]


def test_keep_events_of_the_many_jet_events_only():
    columns = chunk()
    many = columns["jet_n"] >= 4
    kept = generate.keep_events(columns, many)
    assert kept["eventNumber"].tolist() == [11]
    assert kept["lep_pt"].tolist() == [51.0, 41.0]
    assert kept["jet_pt"].tolist() == [31.0, 32.0, 33.0, 34.0]
    assert kept["jet_trueflav"].tolist() == [5, 0, 4, 0]
    # Nothing is lost: the two halves hold every value once.
    rest = generate.keep_events(columns, ~many)
    assert sorted(rest["jet_pt"].tolist() + kept["jet_pt"].tolist()) == sorted(columns["jet_pt"].tolist())
