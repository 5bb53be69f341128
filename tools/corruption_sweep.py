#!/usr/bin/env python3
"""Corruption sweep: `preprocess build --keep-going` over mutated copies of the sample ROOT files.

Every batch holds the pristine simulated samples (crates/ntuple-writer/tests/data/simulated)
and BATCH mutated copies of them (bit flips, hostile length fields, truncations, zeroed or
duplicated ranges). For each batch the sweep checks that

- the run ends normally (no abort, no signal) with exit status 2 when it skipped files, 0 when
  every mutant still read;
- every skipped file is named on stderr, and only mutants are skipped, never a pristine sample;
- the cube equals, byte for byte, the cube built (without --keep-going) from exactly the files
  it did not skip: a bad file leaves no trace in the result.

Run from the repository root, niced and on one core (docs/reliability.md records the figures):

    cargo build --release -p preprocessor
    nice -n 10 python3 tools/corruption_sweep.py --preprocess target/release/preprocess --mutants 10000
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path("crates/ntuple-writer/tests/data/simulated")
# hww reads the two-lepton samples, hzz4l the four-lepton ones.
ANALYSES = {"hww": "*.2lep.root", "hzz4l": "*.4lep.root"}
HOSTILE_WORDS = [b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"\x80\x00\x00\x00", b"\x00\x00\x00\x00", b"\x40\x00\x00\x00"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three random corruptions of the kinds real files suffer and hostile ones carry."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["flip", "word", "word", "truncate", "zero", "duplicate"])
        at = rng.randrange(len(out)) if out else 0
        if kind == "flip" and out:
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        elif kind == "word" and len(out) > 4:
            # ROOT's length and seek fields are big-endian 32-bit words.
            at = min(at, len(out) - 4)
            out[at:at + 4] = rng.choice(HOSTILE_WORDS)
        elif kind == "truncate":
            del out[at:]
        elif kind == "zero":
            end = min(len(out), at + rng.randint(1, 512))
            out[at:end] = bytes(end - at)
        elif kind == "duplicate" and out:
            end = min(len(out), at + rng.randint(1, 512))
            out[at:at] = out[at:end]
    return bytes(out)


def build(preprocess, analysis, files, output, keep_going):
    cmd = [preprocess, "build", analysis, *map(str, files), "-o", str(output), "--jobs", "1"]
    if keep_going:
        cmd.append("--keep-going")
    return subprocess.run(cmd, capture_output=True, text=True)


def skipped_files(stderr: str, candidates):
    """The files named in the `skipped N of M files:` list."""
    lines = stderr.split("skipped ", 1)[1].splitlines()[1:] if "skipped " in stderr else []
    named = set()
    for line in lines:
        for path in candidates:
            if line.strip().startswith(f"{path}:"):
                named.add(path)
    return named, len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preprocess", default="target/release/preprocess")
    parser.add_argument("--mutants", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    totals = {"mutants": 0, "skipped": 0, "read": 0, "batches": 0, "aborts": 0}
    failures = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sweep-") as tmp:
        tmp = Path(tmp)
        batch = 0
        while totals["mutants"] < args.mutants:
            analysis = list(ANALYSES)[batch % len(ANALYSES)]
            pristine = sorted(SAMPLES.glob(ANALYSES[analysis]))
            folder = tmp / f"batch{batch}"
            folder.mkdir()
            files = []
            for source in pristine:
                copy = folder / source.name
                shutil.copyfile(source, copy)
                files.append(copy)
            n = min(args.batch, args.mutants - totals["mutants"])
            mutants = []
            for i in range(n):
                source = rng.choice(pristine)
                path = folder / f"mutant{i:03d}_{source.name}"
                path.write_bytes(mutate(source.read_bytes(), rng))
                mutants.append(path)
            files += mutants
            rng.shuffle(files)
            run = build(args.preprocess, analysis, files, folder / "all.cube", keep_going=True)
            named, listed = skipped_files(run.stderr, [str(f) for f in files])
            problems = []
            if run.returncode < 0 or run.returncode not in (0, 2):
                totals["aborts"] += run.returncode < 0
                problems.append(f"exit status {run.returncode}: {run.stderr[-2000:]}")
            if run.returncode == 0 and listed:
                problems.append("files were skipped but the exit status is 0")
            if run.returncode == 2 and (listed == 0 or len(named) != listed):
                problems.append(f"{listed} skipped lines but {len(named)} files named: {run.stderr[-2000:]}")
            pristine_skipped = [p for p in named if not Path(p).name.startswith("mutant")]
            if pristine_skipped:
                problems.append(f"pristine samples were skipped: {pristine_skipped}")
            if not problems:
                good = [f for f in files if str(f) not in named]
                again = build(args.preprocess, analysis, good, folder / "good.cube", keep_going=False)
                if again.returncode != 0:
                    problems.append(f"the good files alone fail ({again.returncode}): {again.stderr[-2000:]}")
                elif (folder / "all.cube").read_bytes() != (folder / "good.cube").read_bytes():
                    problems.append("the cube differs from the cube of the good files alone")
            leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".partial")]
            if leftovers:
                problems.append(f"temporary files left: {leftovers}")
            if problems:
                failures.append((batch, problems))
                kept = Path(f"sweep-failure-batch{batch}")
                shutil.copytree(folder, kept, dirs_exist_ok=True)
                print(f"batch {batch}: FAILED ({kept}): {problems}", file=sys.stderr)
            totals["mutants"] += n
            totals["skipped"] += len(named)
            totals["read"] += n - len(named)
            totals["batches"] += 1
            shutil.rmtree(folder)
            batch += 1
            if batch % 10 == 0:
                print(f"{totals['mutants']} mutants, {totals['skipped']} skipped, {len(failures)} failed batches, "
                      f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    seconds = time.monotonic() - started
    print(f"SWEEP mutants={totals['mutants']} batches={totals['batches']} skipped={totals['skipped']} "
          f"read_anyway={totals['read']} aborts={totals['aborts']} failed_batches={len(failures)} seconds={seconds:.0f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
