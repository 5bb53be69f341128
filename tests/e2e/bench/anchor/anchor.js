// The older Histogram Analyser's load path, kept minimal but complete: d3-dsv parses the CSV
// into one object per row (as d3.csv did), crossfilter gets a dimension per column and a group
// per column holding Σw per (bin, process), and the first histogram is drawn, stacked by process,
// on a canvas. Readiness is what the analyser shows: a drawn canvas and yields with numbers.
// The page's address names the file and the column of the first plot:
// `?csv=hzz4l.csv&plot=m4l` (by default the older app's `data.csv` and its `invMass`).

const BINS = 40;
const PROCESS_COLUMN = 'type';
const WEIGHT_COLUMN = 'weight';
const PARAMS = new URLSearchParams(location.search);
const CSV_FILE = PARAMS.get('csv') ?? 'data.csv';
const FIRST_PLOT_COLUMN = PARAMS.get('plot') ?? 'invMass';
const COLOURS = ['#6baed6', '#e6550d', '#000000', '#31a354', '#756bb1', '#969696'];

async function main() {
  const response = await fetch(CSV_FILE, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${CSV_FILE}: HTTP ${response.status}`);
  const rows = d3.csvParse(await response.text(), d3.autoType);
  const columns = rows.columns;
  // A loop, not Math.max(...rows): spreading millions of rows overflows the call stack.
  let nProcesses = 0;
  for (const row of rows) nProcesses = Math.max(nProcesses, row[PROCESS_COLUMN] + 1);

  const filter = crossfilter(rows);
  const perProcess = (sums, row, sign) => {
    sums[row[PROCESS_COLUMN]] += sign * row[WEIGHT_COLUMN];
    return sums;
  };
  const reduceSums = (group) =>
    group.reduce(
      (sums, row) => perProcess(sums, row, 1),
      (sums, row) => perProcess(sums, row, -1),
      () => new Float64Array(nProcesses),
    );
  const histograms = {};
  for (const column of columns) {
    const dimension = filter.dimension((row) => row[column]);
    // Binning from the column's range, as a generic CSV tool must.
    const lower = dimension.bottom(1)[0][column];
    const upper = dimension.top(1)[0][column];
    const width = (upper - lower) / BINS || 1;
    const group = reduceSums(dimension.group((value) => Math.min(BINS - 1, Math.floor((value - lower) / width))));
    histograms[column] = { dimension, group, lower, width };
  }
  const yields = filter.groupAll().reduce(
    (sums, row) => perProcess(sums, row, 1),
    (sums, row) => perProcess(sums, row, -1),
    () => new Float64Array(nProcesses),
  );

  draw(document.getElementById('plot'), histograms[FIRST_PLOT_COLUMN], nProcesses);
  const list = document.getElementById('yields');
  yields.value().forEach((sumw, process) => {
    const term = document.createElement('dt');
    term.textContent = `${PROCESS_COLUMN} ${process}`;
    const value = document.createElement('dd');
    value.textContent = sumw.toFixed(2);
    list.append(term, value);
  });
}

/** Stacked bars of Σw per bin, one colour per process. */
function draw(canvas, histogram, nProcesses) {
  const context = canvas.getContext('2d');
  const bins = histogram.group.all();
  const totals = bins.map((bin) => bin.value.reduce((a, b) => a + b, 0));
  const top = Math.max(...totals) || 1;
  const barWidth = canvas.width / BINS;
  context.clearRect(0, 0, canvas.width, canvas.height);
  for (const { key, value } of bins) {
    let base = canvas.height;
    for (let process = 0; process < nProcesses; process++) {
      const height = (value[process] / top) * (canvas.height - 20);
      context.fillStyle = COLOURS[process % COLOURS.length];
      context.fillRect(key * barWidth, base - height, barWidth - 1, height);
      base -= height;
    }
  }
  canvas.dataset.state = 'drawn';
}

// A failure is written on the page, so the driver can report it instead of waiting for a plot.
main().catch((error) => {
  const plot = document.getElementById('plot');
  plot.dataset.state = 'failed';
  plot.dataset.error = `${error.name}: ${error.message}`;
  console.error(error);
});
