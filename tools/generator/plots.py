#!/usr/bin/env python3
"""Validation figures (mplhep, ATLAS style) and yield tables of the simulated samples, from the
bundled cubes (through `preprocess export`, so the figures show exactly the analyses'
selections) and the generator's summary.

    python tools/generator/plots.py --cubes assets/cubes \
        --summary ~/.cache/opendata-histogram-analyser/simulated/npy/summary.json \
        --out docs/validation/simulation --preprocess target/release/preprocess

Prints the Markdown tables for docs/simulation.md: the samples, each cube's processes, and the
end of every guided path with its expected significance and the backgrounds whose MC-stat
uncertainty is above 5 % there (`--tables-only` skips the figures).
"""

import argparse
import json
import os
import subprocess
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import mplhep  # noqa: E402
import numpy as np  # noqa: E402

COLORS = {"hww": "#d62728", "ww": "#1f77b4", "ttbar": "#ff7f0e", "zjets": "#2ca02c", "other": "#9467bd",
          "ttz": "#d62728", "hzz": "#d62728", "zz": "#1f77b4", "reducible": "#44aa99"}
LABELS = {"hww": "H→WW*", "ww": "WW", "ttbar": "$t\\bar{t}$", "zjets": "Z/γ*+jets", "other": "other", "ttz": "$t\\bar{t}Z$",
          "hzz": "H→ZZ*→4ℓ", "zz": "ZZ*", "reducible": "reducible (same-sign data)", "data": "data"}


def export(preprocess, cube, cuts):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "h.json")
        cmd = [preprocess, "export", cube, "-o", out] + [f"--cut={c}" for c in cuts]
        subprocess.run(cmd, check=True, capture_output=True)
        with open(out) as f:
            return json.load(f)


def of_axis(histograms, axis):
    """One axis's histograms from an export, keyed by process (the export keys are `axis/process`)."""
    return {k.split("/")[1]: v for k, v in histograms.items() if k.startswith(axis + "/")}


def hist(h):
    """(edges, values, variances) without flow bins."""
    axis = h["axes"][0]
    values = np.array(h["storage"]["values"], dtype=float)
    variances = np.array(h["storage"].get("variances", values), dtype=float)
    if axis["type"] == "regular":
        edges = np.linspace(axis["lower"], axis["upper"], axis["bins"] + 1)
        start = 1 if axis.get("underflow") else 0
        return edges, values[start:start + axis["bins"]], variances[start:start + axis["bins"]]
    if axis["type"] == "variable":
        edges = np.array(axis["edges"], dtype=float)
        n = len(edges) - 1
        start = 1 if axis.get("underflow") else 0
        return edges, values[start:start + n], variances[start:start + n]
    raise ValueError(axis["type"])


def stack(ax, hists, processes, data=None, label_data="pseudo-data (simulated)"):
    edges = None
    parts, colors, labels = [], [], []
    for p in processes:
        edges, v, _ = hist(hists[p])
        parts.append(v)
        colors.append(COLORS[p])
        labels.append(LABELS[p])
    mplhep.histplot(parts, edges, ax=ax, stack=True, histtype="fill", color=colors, label=labels)
    ax.set_xlim(edges[0], edges[-1])
    if data is not None:
        e, v, _ = hist(hists[data])
        mplhep.histplot(v, e, ax=ax, histtype="errorbar", yerr=np.sqrt(v), color="black", label=label_data)
    return edges


def shapes(ax, hists, processes):
    for p in processes:
        edges, v, _ = hist(hists[p])
        total = v.sum()
        if total > 0:
            mplhep.histplot(v / total, edges, ax=ax, color=COLORS[p], label=LABELS[p], lw=2)
    ax.set_xlim(edges[0], edges[-1])


def label(ax, text="Pythia 8 + FastJet simulation (not ATLAS's)"):
    """The ATLAS style without the ATLAS label: these are the project's own samples."""
    ax.text(0.02, 1.01, text + r", $\sqrt{s}$ = 13 TeV, 10.064 fb$^{-1}$", transform=ax.transAxes, fontsize=8, va="bottom")


def save(fig, out, name):
    path = os.path.join(out, name)
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
    print(f"wrote {path} ({os.path.getsize(path) // 1024} KB)")


def figures(args):
    pre, cubes, out = args.preprocess, args.cubes, args.out
    os.makedirs(out, exist_ok=True)
    plt.style.use(mplhep.style.ATLAS)
    plt.rcParams["axes.labelsize"] = 13
    plt.rcParams["xaxis.labellocation"] = "center"
    plt.rcParams["yaxis.labellocation"] = "center"
    hww = os.path.join(cubes, "hww.cube")
    ttz = os.path.join(cubes, "ttz.cube")
    hzz = os.path.join(cubes, "hzz4l.cube")
    processes = ["other", "ttbar", "ww", "zjets", "hww"]

    # 1. the Z peak in ee and μμ
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
    for ax, channel, name in zip(axes, ["ee", "mumu"], ["ee", "μμ"]):
        h = of_axis(export(pre, hww, [f"channel={channel}"]), "mll")
        stack(ax, h, processes, data="data")
        ax.axvline(91.19, color="grey", ls="--", lw=1)
        ax.set_xlabel(f"$m_{{\\ell\\ell}}$ [GeV] ({name})")
        ax.set_ylabel("Events / 5 GeV")
        ax.set_yscale("log")
        ax.legend(fontsize=8, loc="upper left")
        label(ax)
    save(fig, out, "z_peak.png")

    # 2. H → WW versus WW: small mℓℓ and Δφℓℓ (eμ, no jet)
    cuts = ["channel=emu", "njets=0:1"]
    h = export(pre, hww, cuts)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
    for ax, var, xlabel in zip(axes, ["mll", "dphi_ll"], ["$m_{\\ell\\ell}$ [GeV]", "$\\Delta\\phi_{\\ell\\ell}$"]):
        shapes(ax, of_axis(h, var), ["hww", "ww", "ttbar"])
        ax.set_xlabel(xlabel + " (eμ, 0 jets)")
        ax.set_ylabel("Fraction of events")
        ax.legend(fontsize=9)
        label(ax)
    save(fig, out, "hww_vs_ww.png")

    # 3. b-jets in tt̄ (85 % working point in the H → WW selection, 77 % in ttZ's)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
    h = of_axis(export(pre, hww, []), "nbjets")
    shapes(axes[0], h, ["ttbar", "ww", "zjets", "hww"])
    axes[0].set_xlabel("b-tagged jets (85 % WP), H→WW selection")
    h = of_axis(export(pre, ttz, []), "nbjets")
    shapes(axes[1], h, ["ttz", "ttbar", "zjets"])
    axes[1].set_xlabel("b-tagged jets (77 % WP), ttZ selection")
    for ax in axes:
        ax.set_ylabel("Fraction of events")
        ax.legend(fontsize=9)
        label(ax)
    save(fig, out, "b_jets.png")

    # 4. ttZ jet multiplicity (same-flavour pairs in the Z window): stacked, and shapes
    h = of_axis(export(pre, ttz, ["channel=ee,mumu", "mll=80:100"]), "njets")
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
    stack(axes[0], h, ["other", "zjets", "ttbar", "ttz"], data="data")
    axes[0].set_yscale("log")
    axes[0].set_ylabel("Events")
    shapes(axes[1], h, ["ttz", "ttbar", "zjets"])
    axes[1].set_ylabel("Fraction of events")
    for ax in axes:
        ax.set_xlabel("jets ($p_T$ > 30 GeV), ee/μμ, 80 < $m_{\\ell\\ell}$ < 100 GeV")
        ax.legend(fontsize=8)
        label(ax)
    save(fig, out, "ttz_njets.png")

    # 5. H → ZZ* → 4ℓ: simulation and the reducible background from same-sign data against the real data
    h = of_axis(export(pre, hzz, []), "m4l")
    fig, ax = plt.subplots(figsize=(6, 4.5))
    stack(ax, h, ["reducible", "zz", "hzz"], data="data", label_data="data (ATLAS Open Data)")
    ax.set_xlabel("$m_{4\\ell}$ [GeV]")
    ax.set_ylabel("Events / bin")
    ax.legend(fontsize=8)
    label(ax, "data: ATLAS Open Data; simulation: Pythia 8, ZZ* from Sherpa 3 (ours)")
    save(fig, out, "hzz4l_m4l.png")

    # 6. Z/γ* + jets across the pT(Z) slice's cut
    z_slices(pre, hww, out)


def z_slices(pre, hww, out):
    """Z/γ* + jets where the pT(Z) slice takes over (30 GeV): pT(ℓℓ) of ee/μμ pairs and MET of
    eμ pairs (Z → ττ), with the raw simulated events per bin, so a step or a spike would show."""
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
    for ax, cut, var, xlabel in [(axes[0], "channel=ee,mumu", "ptll", "$p_T^{\\ell\\ell}$ [GeV] (ee, μμ)"),
                                 (axes[1], "channel=emu", "met", "$E_T^{miss}$ [GeV] (eμ)")]:
        edges, v, var2 = hist(of_axis(export(pre, hww, [cut]), var)["zjets"])
        raw = np.divide(v ** 2, var2, out=np.zeros_like(v), where=var2 > 0)  # effective raw events
        mplhep.histplot(v, edges, ax=ax, yerr=np.sqrt(var2), color=COLORS["zjets"], label=LABELS["zjets"], lw=2)
        ax.set_yscale("log")
        ax.set_xlim(edges[0], edges[-1])
        ax.set_xlabel(xlabel)
        ax.set_ylabel("Events / bin")
        for x, n in zip(0.5 * (edges[1:] + edges[:-1]), raw):
            if n > 0:
                ax.text(x, ax.get_ylim()[0] * 1.5, f"{n:.0f}", ha="center", fontsize=6, rotation=90)
        if var == "ptll":
            ax.axvline(30, color="grey", ls="--", lw=1)  # the slice's cut (on the true pT(Z))
        ax.legend(fontsize=8, title="numbers: effective simulated events", title_fontsize=7)
        label(ax)
    save(fig, out, "z_slices.png")


def tables(args):
    with open(args.summary) as f:
        gen = json.load(f)
    print("\n| DSID | sample | process | generated | 2lep | 4lep | XSection [pb] (release) | events per generated event at 10.064 fb⁻¹ | CPU [s] |")
    print("|---|---|---|---:|---:|---:|---|---:|---:|")
    for s in gen["samples"]:
        release = s.get("XSection_release_pb") or s["XSection_pb"]
        xs = f"{s['XSection_pb']:.4g}" + ("" if abs(release - s["XSection_pb"]) < 1e-9 else f" ({release:.4g})")
        generated, weight = f"{s['generated']}", f"{s['weight_per_event']:.3g}"
        if "pt_slice" in s:
            sl = s["pt_slice"]
            q = sl["weight_per_event_quantiles"]
            generated += f" + {sl['generated']} (pT(Z) ≥ {sl['cut_gev']:g} GeV slice)"
            weight += f" below {sl['cut_gev']:g} GeV; above: {q['0.05']:.3g} – {q['0.5']:.3g} – {q['0.95']:.3g} (5 % – median – 95 %)"
        if "jet_slice" in s:
            js = s["jet_slice"]
            generated += (f" + {js['generated']} (≥ {js['min_jets']} jets: {js['written']} written, "
                          f"{js['written_weight']:.0f} ± {js['written_weight_error']:.0f} events in place of the slice's "
                          f"{js['pt_slice_weight_replaced']:.0f} ± {js['pt_slice_weight_replaced_error']:.0f})")
        print(f"| {s['dsid']} | {s['name']} | {s['process']} | {generated} | {s['skims'].get('2lep', '–')} | "
              f"{s['skims'].get('4lep', '–')} | {xs} | {weight} | {s['cpu_s']:.0f} |")
    print(f"\ngenerator wall time: {gen['wall_s']:.0f} s")
    for analysis in ["hzz4l", "hww", "ttz"]:
        cube = os.path.join(args.cubes, f"{analysis}.cube")
        s = summary_json(args.preprocess, cube)
        print(f"\n**{analysis}** ({s['data_kind']}, {s['cells']} cells, {s['size']['bytes']} bytes, {s['size']['gzip_bytes']} gzip)\n")
        print("| process | role | selected events (raw) | yield at 10.064 fb⁻¹ |")
        print("|---|---|---:|---:|")
        for p in s["processes"]:
            print(f"| {p['id']} | {p['role']} | {p['events']} | {p['yield']:.1f} ± {p['error']:.1f} |")


def summary_json(preprocess, cube):
    """`preprocess summary --json` of a cube: its processes, paths and sizes."""
    return json.loads(subprocess.run([preprocess, "summary", cube, "--json"], check=True, capture_output=True).stdout)


def fit_json(preprocess, cube, *args):
    out = subprocess.run([preprocess, "fit", cube, "--json", *args], check=True, capture_output=True).stdout
    return json.loads(out)


def path_table(args):
    """The end of every guided path of every bundled cube, as docs/simulation.md's table of them:
    signal, each background with its √Σw²/Σw, the expected Z with its σ_μ, with the simulation
    taken as exact (what its statistics cost), and with statistical uncertainties only; then each
    simulated background above issue 16's 5 % at a path's end."""
    print("\n| analysis, path (cuts) | signal | backgrounds (√Σw²/Σw) | data | expected Z (σ_μ) | simulation exact | statistics only |")
    print("|---|---|---|---|---|---|---|")
    above = []
    for analysis in ["hzz4l", "hww", "ttz3l", "ttz", "explorer"]:
        cube = os.path.join(args.cubes, f"{analysis}.cube")
        s = summary_json(args.preprocess, cube)
        for path in s.get("guided_paths", []):
            procs = path["processes_at_end"]
            signal = [p for p in procs if p["role"] == "Signal"]
            backgrounds = sorted((p for p in procs if p["role"] == "Background"), key=lambda p: -p["yield"])
            data = [p for p in procs if p["role"] == "Data"]

            def rel(p):
                return p["error"] / p["yield"] if p["yield"] > 0 else float("inf")

            sig = ", ".join(f"{p['yield']:.1f} ({p['events']})" for p in signal)
            bkg = ", ".join(f"{p['id']} 0" if p["yield"] == 0 else
                            f"{p['id']} {p['yield']:.1f} ({p['events']}; {100 * rel(p):.1f} %"
                            + (", from data" if p["data_driven"] else "") + ")" for p in backgrounds)
            recorded = s["data_kind"] == "Real"
            shown = f"{data[0]['events']} recorded" if data and recorded else "pseudo"
            expected = fit_json(args.preprocess, cube, "--path", path["id"], "--asimov")
            exact = fit_json(args.preprocess, cube, "--path", path["id"], "--asimov", "--without-mc-stat")
            stats_only = fit_json(args.preprocess, cube, "--path", path["id"], "--asimov", "--without-norm-unc")
            z = f"{expected['z']:.2f}σ ({expected['sigma']:.2f}) | {exact['z']:.2f}σ ({exact['sigma']:.2f}) | {stats_only['z']:.2f}σ"
            if recorded:
                observed = fit_json(args.preprocess, cube, "--path", path["id"])
                z += (f"; observed μ̂ = {observed['mu_hat']:.2f} −{observed['sigma_down']:.2f} "
                      f"+{observed['sigma_up']:.2f}, Z = {observed['z']:.2f}σ")
            print(f"| {analysis}, `{path['id']}` ({', '.join(path['cuts'])}) | {sig} | {bkg} | {shown} | {z} |")
            above += [f"{analysis} `{path['id']}`: {p['id']} {100 * rel(p):.1f} % ({p['events']} events)"
                      for p in backgrounds if not p["data_driven"] and p["yield"] > 0 and rel(p) > 0.05]
    print("\nSimulated backgrounds above 5 % MC-stat at a path's end: " + ("; ".join(above) if above else "none"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cubes", default="assets/cubes")
    parser.add_argument("--summary", default=os.path.expanduser("~/.cache/opendata-histogram-analyser/simulated/npy/summary.json"))
    parser.add_argument("--out", default="docs/validation/simulation")
    parser.add_argument("--preprocess", default="target/release/preprocess")
    parser.add_argument("--tables-only", action="store_true", help="print the tables, draw no figure")
    args = parser.parse_args()
    if not args.tables_only:
        figures(args)
    tables(args)
    path_table(args)


if __name__ == "__main__":
    main()
