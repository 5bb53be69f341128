// npm crossfilter2 timed on the engine benchmark's work, inside the engine benchmark's page
// (crates/engine-bench-web/index.html, after crossfilter.js): the events that filled the
// synthetic cube, one dimension per axis, one group per axis holding Σw per (bin, process), the
// yields as a groupAll, and the same drag sequence as filterRange / filterFunction calls.
// tests/e2e/bench/engine.mjs injects it; a classic script, so it runs in any page.

(() => {
  /** Bin of `value` on an axis with in-range `edges`: the number of edges at or below it. */
  function binOf(edges, value) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The nearest-rank quantile, as histcube's DragTimes::percentile. */
  function percentile(ms, q) {
    const sorted = [...ms].sort((a, b) => a - b);
    return sorted[Math.round((sorted.length - 1) * q)];
  }

  function run(targetCells) {
    const bench = window.engineBench;
    const source = bench.events(targetCells);
    const cells = source.cells();
    const nEvents = source.len();
    const process = source.process();
    const weight = source.weight();
    const axes = bench.axisEdges();
    const values = axes.map((_, axis) => source.values(axis));
    const expected = JSON.parse(source.engine_yields_after_drag_sequence());
    // The wasm copy is no longer needed; free it so both copies never sit in memory together
    // with crossfilter's indices.
    source.free();
    const nProcesses = expected.length;
    const steps = bench.cuts();
    const [warmUpPasses, measuredPasses] = bench.passes();

    // Records are event indices: crossfilter's accessors read the columns, so no per-event
    // object is ever made (the older app held one object per CSV row; this is crossfilter's
    // fastest set-up).
    const buildStart = performance.now();
    const filter = crossfilter(Array.from({ length: nEvents }, (_, i) => i));
    const dimensions = values.map((column) => filter.dimension((i) => column[i]));
    const histograms = dimensions.map((dimension, axis) =>
      dimension
        .group((value) => binOf(axes[axis].edges, value))
        .reduce(
          (sums, i) => {
            sums[process[i]] += weight[i];
            return sums;
          },
          (sums, i) => {
            sums[process[i]] -= weight[i];
            return sums;
          },
          () => new Float64Array(nProcesses),
        ),
    );
    // Yields pass every cut: Σw then the event count per process.
    const yields = filter.groupAll().reduce(
      (sums, i) => {
        sums[process[i]] += weight[i];
        sums[nProcesses + process[i]] += 1;
        return sums;
      },
      (sums, i) => {
        sums[process[i]] -= weight[i];
        sums[nProcesses + process[i]] -= 1;
        return sums;
      },
      () => new Float64Array(2 * nProcesses),
    );
    const buildMs = performance.now() - buildStart;

    const applyCut = (step) => {
      const dimension = dimensions[step.axis];
      if (step.categories) {
        const kept = new Set(step.categories);
        dimension.filterFunction((value) => kept.has(value));
      } else {
        // filterRange keeps [lower, upper), as the engine keeps whole bins between bin edges.
        dimension.filterRange([step.lower ?? -Infinity, step.upper ?? Infinity]);
      }
    };

    const ms = [];
    let bins = 0;
    for (let pass = 0; pass < warmUpPasses + measuredPasses; pass++) {
      for (const step of steps) {
        const start = performance.now();
        applyCut(step);
        // Reading every histogram and the yields is part of an update, as the engine's
        // set_cut leaves every histogram up to date.
        for (const histogram of histograms) bins += histogram.all().length;
        bins += yields.value().length;
        const elapsed = performance.now() - start;
        if (pass >= warmUpPasses) ms.push(elapsed);
      }
      checkYields(yields.value(), expected, nProcesses);
      for (const dimension of dimensions) dimension.filterAll();
    }
    for (const dimension of dimensions) dimension.dispose();
    return {
      cells,
      events: nEvents,
      build_ms: buildMs,
      p50_ms: percentile(ms, 0.5),
      p95_ms: percentile(ms, 0.95),
      max_ms: Math.max(...ms),
      bins_read: bins,
    };
  }

  /** Crossfilter must end the drag sequence where the engine does, or the timings mean nothing. */
  function checkYields(found, expected, nProcesses) {
    expected.forEach(({ sumw, count }, p) => {
      const foundCount = found[nProcesses + p];
      const foundSumw = found[p];
      // The cube stores weights as f32, the events as f64: allow for that rounding only.
      if (foundCount !== count || Math.abs(foundSumw - sumw) > 1e-5 * Math.max(1, Math.abs(sumw))) {
        throw new Error(`crossfilter's yield of process ${p} is Σw ${foundSumw} over ${foundCount} events; the engine's is Σw ${sumw} over ${count}`);
      }
    });
  }

  window.crossfilterBench = { run };
})();
