#!/usr/bin/env python3
"""Builds Sherpa 3 (the C++ event generator, without its Python binding) from the PyPI sdist into
~/.cache/opendata-histogram-analyser/sherpa, for the samples whose hard process Pythia 8 cannot
make (tW, tt̄W, tZq, tWZ; see docs/simulation.md, "Sherpa").

    python tools/generator/sherpa_build.py [--prefix DIR] [--jobs N]

Idempotent: when PREFIX/bin/Sherpa exists and PREFIX/.sherpa-version names SHERPA_VERSION, it
does nothing. generate.py calls `ensure()` when a Sherpa sample is requested.

Why not `pip install sherpa-mc`: its pyproject asks CMake to download LHAPDF and libzip (no
network here), and its SWIG binding does not compile against Python 3.11. So: the sdist only
(`pip download --no-deps`), Debian's gfortran, libzip and SQLite, cmake and ninja from PyPI in a
small venv of their own (the generator's venv keeps its pinned requirements), and Sherpa's
internal PDFs (NNPDF 3.1 NNLO ships inside the sdist), no LHAPDF. About 17 minutes on two cores,
run under `nice -n 15`.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile

SHERPA_VERSION = "3.0.3b2"  # the only sherpa-mc on PyPI (pre-releases of 3.0.3)
CMAKE_VERSION = "3.31.10"
NINJA_VERSION = "1.13.2"
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "opendata-histogram-analyser")
PREFIX = os.path.join(CACHE, "sherpa")
DEBIAN_PACKAGES = ["gfortran", "libzip-dev", "libsqlite3-dev"]
CMAKE_FLAGS = [
    "-DCMAKE_BUILD_TYPE=Release",
    "-DSHERPA_ENABLE_LHAPDF=OFF",
    "-DSHERPA_ENABLE_INSTALL_LHAPDF=OFF",
    "-DSHERPA_ENABLE_INSTALL_LIBZIP=OFF",
    "-DSHERPA_ENABLE_PYTHON=OFF",
    "-DSHERPA_ENABLE_UFO=OFF",
    "-DCMAKE_POLICY_VERSION_MINIMUM=3.5",
]


def sherpa_binary(prefix=PREFIX):
    return os.path.join(prefix, "bin", "Sherpa")


def installed(prefix=PREFIX):
    stamp = os.path.join(prefix, ".sherpa-version")
    if not (os.path.exists(sherpa_binary(prefix)) and os.path.exists(stamp)):
        return False
    with open(stamp) as f:
        return f.read().strip() == SHERPA_VERSION


def run(command, **kwargs):
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def debian_packages():
    missing = []
    for package in DEBIAN_PACKAGES:
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                capture_output=True, text=True)
        if "install ok installed" not in status.stdout:
            missing.append(package)
    if not missing:
        return
    if os.geteuid() == 0:
        run(["apt-get", "install", "-y", "--no-install-recommends", *missing])
    else:
        sys.exit(f"Sherpa needs the Debian packages {' '.join(missing)}: "
                 f"sudo apt-get install {' '.join(missing)}")


def build_tools():
    """cmake and ninja from PyPI, in a venv of their own; returns its bin folder."""
    venv = os.path.join(CACHE, "sherpa-build-venv")
    bin_dir = os.path.join(venv, "bin")
    if not os.path.exists(os.path.join(bin_dir, "python")):
        run([sys.executable, "-m", "venv", venv])
    if not (os.path.exists(os.path.join(bin_dir, "cmake")) and os.path.exists(os.path.join(bin_dir, "ninja"))):
        run([os.path.join(bin_dir, "python"), "-m", "pip", "install", "--quiet",
             f"cmake=={CMAKE_VERSION}", f"ninja=={NINJA_VERSION}"])
    return bin_dir


def source():
    """The unpacked sdist (downloaded once, kept in the cache)."""
    downloads = os.path.join(CACHE, "sherpa-src")
    tree = os.path.join(downloads, f"sherpa_mc-{SHERPA_VERSION}")
    if os.path.exists(os.path.join(tree, "CMakeLists.txt")):
        return tree
    os.makedirs(downloads, exist_ok=True)
    archive = os.path.join(downloads, f"sherpa_mc-{SHERPA_VERSION}.tar.gz")
    if not os.path.exists(archive):
        # `--no-binary sherpa-mc`, not `:all:`: pip prepares the sdist's metadata even with
        # `--no-deps`, and `:all:` made it build that step's requirements (CMake among them) from
        # source too, which took most of an hour at `nice`.
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "sherpa-mc", "--pre",
             "-d", downloads, f"sherpa-mc=={SHERPA_VERSION}"])
    with tarfile.open(archive) as tar:
        tar.extractall(downloads, filter="data")
    return tree


def build(prefix=PREFIX, jobs=2):
    debian_packages()
    bin_dir = build_tools()
    tree = source()
    build_dir = os.path.join(CACHE, f"sherpa-build-{SHERPA_VERSION}")
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    nice = ["nice", "-n", "15"]
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        run(nice + [os.path.join(bin_dir, "cmake"), "-G", "Ninja", "-S", tree, "-B", build_dir,
                    f"-DCMAKE_INSTALL_PREFIX={prefix}", *CMAKE_FLAGS], env=env)
    run(nice + [os.path.join(bin_dir, "ninja"), "-C", build_dir, f"-j{jobs}"], env=env)
    run(nice + [os.path.join(bin_dir, "ninja"), "-C", build_dir, "install"], env=env)
    with open(os.path.join(prefix, ".sherpa-version"), "w") as f:
        f.write(SHERPA_VERSION + "\n")


def ensure(prefix=PREFIX, jobs=2):
    """The path of the Sherpa executable, building Sherpa first if it is not installed."""
    if not installed(prefix):
        if os.path.exists(prefix):
            shutil.rmtree(prefix)  # another version's, or a half-finished install
        build(prefix, jobs)
    return sherpa_binary(prefix)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", default=PREFIX)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if installed(args.prefix):
        print(f"Sherpa {SHERPA_VERSION} already installed in {args.prefix}")
        return
    print(ensure(args.prefix, args.jobs))


if __name__ == "__main__":
    main()
