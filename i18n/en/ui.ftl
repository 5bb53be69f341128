# The interface, and the labels a cube's manifest names by key.
# Manifest keys are written with dots (axis.m4l); here the dots are dashes (axis-m4l).

## Analyses

analysis-hzz4l-title = Higgs boson decaying to four leptons (H → ZZ* → 4ℓ)
analysis-hww-title = Higgs boson decaying to two W bosons (H → WW* → ℓνℓν)
analysis-ttz-title = Top-quark pairs with a Z boson (tt̄Z)

## Axes. The text before the first comma is the short name used in plot titles.

axis-m4l = m₄ℓ, four-lepton invariant mass
axis-mz1 = m₁₂, mass of the lepton pair closest to the Z
axis-mz2 = m₃₄, mass of the other lepton pair
axis-mll = mℓℓ, dilepton invariant mass
axis-met = MET, missing transverse momentum
axis-mt = mT, transverse mass
axis-ptll = pTℓℓ, transverse momentum of the lepton pair
axis-njets = Number of jets
axis-nbjets = Number of b-tagged jets
axis-channel = Channel
axis-lead_lep_pt = pT of the leading lepton
axis-dphi_ll_met = Δφ(ℓℓ, MET), angle between the lepton pair and the MET
axis-dphi_ll = Δφℓℓ, angle between the two leptons
axis-dphill = Δφℓℓ, angle between the two leptons
axis-drll = ΔRℓℓ, distance between the two leptons

## Categories

category-channel-4e = 4e
category-channel-4mu = 4μ
category-channel-2e2mu = 2e2μ
category-channel-ee = ee
category-channel-mumu = μμ
category-channel-emu = eμ

## Processes

process-data = Data
process-higgs = Higgs boson (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + jets
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Single top
process-other = Other
process-reducible = Reducible (Z + jets, tt̄), from data

## Page

app-title = Histogram analyser — ATLAS Open Data
app-internal-error = The analyser stopped because of an internal error ({ $detail }). Reload the page to start again.
app-link-ignored = Parts of this link could not be used and were left at their defaults: { $parts }
app-dismiss = Dismiss
app-provenance-real = ATLAS Open Data — real data, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Simulated samples in the ATLAS Open Data format — the data are pseudo-data (simulated), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Simulated samples in the ATLAS Open Data format — no data in this view, √s = { $energy } TeV, { $lumi } fb⁻¹

## Cuts bar

cuts-aria = Current cuts
cuts-label = Cuts:
cuts-none = No cuts: every event is selected.
cuts-undo = Undo
cuts-undo-title = Undo the last cut change (Ctrl+Z)
cuts-redo = Redo
cuts-redo-title = Redo (Ctrl+Shift+Z or Ctrl+Y)
cuts-reset = Reset all cuts
cuts-logy = Logarithmic y axis
cuts-download-uhi = Download histograms (UHI JSON)
cuts-download-uhi-title = Every histogram under the current cuts, flow bins included, as UHI JSON for hist or uhi in Python
cuts-save-failed = The histograms could not be saved: { $detail }
cuts-apply-failed = The cut could not be applied: { $detail }

## Plots

plots-aria = Histograms, one per variable, each with its cut
plots-hint = Simulated processes stacked, normalised to { $lumi } fb⁻¹; data as points with Poisson 68 % error bars. Each histogram applies every cut except its own, so the part its own cut removes stays visible, shaded. Press a legend entry to hide or show its process.
plot-download-png = Download PNG
plot-download-png-aria = Download the { $axis } histogram as a PNG image
plot-save-failed = The image could not be saved: { $detail }
plot-draw-failed = The histogram could not be drawn: { $detail }
process-toggle-title = Show or hide in the plots and in s, b and Z

## Cut controls

cut-legend = Cut on { $axis }
cut-minimum = Minimum
cut-maximum = Maximum
cut-remove = Remove cut
cut-none = No cut on { $axis }: every event is selected.
cut-below = Selected: { $axis } below { $upper }.
cut-from = Selected: { $axis } from { $lower } up.
cut-between = Selected: { $axis } from { $lower } to { $upper }.
cut-hint = Values snap to bin edges; arrow keys move one bin, Page Up and Page Down five. An end left at the axis limit stays open and keeps events beyond the plot.
category-hint = Pressed categories are kept. At least one stays selected: selecting none would leave no events.
category-group = { $axis } categories to keep

## Yields

yields-heading = Yields after all cuts
yields-hint = Press a process to show or hide it; hidden processes do not count in s, b or Z.
yields-process = Process
yields-events = Events
yields-stat = ± stat.
yields-raw = Raw events
yields-role-signal = signal
yields-role-background = background
yields-signal = Signal, s
yields-background = Background, b
yields-data = Data
yields-data-events = ({ $count } events)
yields-z-title = median discovery significance of a counting experiment

## Language, navigation, embedding

lang-label = Language
nav-explain = Physics explained
nav-glossary = Glossary
nav-teachers = For teachers
nav-aria = Sections
embed-button = Embed
embed-heading = Embed this view in your page
embed-hint = Copy this code into your page. The frame shows the current cuts and language; add the script to make it resize itself to its content.
embed-copy = Copy
embed-copied = Copied
embed-close = Close
embed-frame-title = ATLAS Open Data histogram analyser
embed-open-full = Open the full analyser

## Home page, loading, plot conventions, tables, views (keys the analysis view uses)

process-pseudo_data = Pseudo-data (simulated)
analysis-hzz4l-sentence = Four leptons from real ATLAS collisions: look for a narrow peak at 125 GeV above the ZZ* background.
analysis-hww-sentence = Two leptons and missing momentum: pick out the broad Higgs excess under the WW and top-quark backgrounds.
analysis-ttz-sentence = A lepton pair from a Z boson with many jets and b-jets: find top-quark pairs produced together with a Z boson.
data_kind-real = Real data
data_kind-pseudo = Pseudo-data (simulated)
data_kind-none = Simulation only
ui-home-title = Histogram analyser: ATLAS Open Data at 13 TeV
ui-home-intro = Choose an analysis. Each one opens linked histograms you can cut on, with the expected signal, background and data.
ui-home-catalog_loading = Looking for the analyses…
ui-home-catalog_error = The list of analyses could not be loaded: { $reason }
ui-page-texts_loading = Loading the text of this page…
ui-page-texts_error = The text of this page could not be loaded: { $reason }. Check your connection and reload the page.
ui-home-data_label = Data:
ui-home-size = { $size } to download
ui-home-open = Open { $title }
ui-home-list_label = Analyses
ui-back = ← Back to analyses
ui-loading-progress = Loading the analysis data: { $received } of { $total }
ui-loading-progress_unknown = Loading the analysis data: { $received }
ui-loading-label = Download of the analysis data
ui-error-title = The analysis could not be opened.
ui-error-hint = Check your connection and reload the page, or go back and choose another analysis.
ui-open-heading = Open your own cube
ui-open-intro = Made a cube yourself with preprocess build? Open it here. The file is read by this browser and is not sent anywhere.
ui-open-choose = Choose a .cube file
ui-open-drop_hint = or drop it anywhere on this page.
ui-open-dropping = Drop the file to open it.
ui-open-reading = Reading { $file }…
ui-open-error_title = This file could not be opened.
ui-open-no_file = Nothing to open: drop a .cube file from your computer.
ui-open-read_failed = { $file } could not be read from this computer: { $detail }
ui-open-root_file = { $file } is a ROOT file, not a cube. Turn it into a cube with preprocess build first, then open the cube.
ui-open-not_cube = { $file } is not a cube file. Choose a .cube file made by preprocess build.
ui-open-old_version = { $file } was made by an older version of the preprocessor. Build it again with the current preprocess build.
ui-open-new_version = { $file } was made by a newer version of the preprocessor than this page can read. Open it in a newer version of the analyser.
ui-open-truncated = { $file } is incomplete: it has { $found } of the { $expected } it should have. Copy or download it again.
ui-open-too_long = { $file } has more bytes than its header announces: it may be damaged. Copy or build it again.
ui-open-damaged = { $file } is damaged: its contents do not match its checksum. Copy or download it again.
ui-open-unreadable = { $file } could not be read as a cube ({ $detail }). Build it again with preprocess build.
ui-local-notice = Opened from this computer: { $file }. The address names the file, but a link to this page cannot carry it: to share this analysis, send the .cube file itself.
ui-local-missing = This address showed { $file }, a cube file opened from a computer. A link cannot carry the file itself: open it again here.
ui-plot-atlas = ATLAS Open Data
ui-plot-simulation = Simulation
ui-plot-pseudo = pseudo-data (simulated)
ui-plot-energy_lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
ui-plot-events_per_bin = Events / bin
ui-plot-events_per_width = Events / { $width } { $unit }
ui-plot-fraction_per_bin = Fraction of events / bin
ui-plot-ratio = Data / Sim.
ui-plot-mc_stat = Simulation stat. uncertainty
ui-plot-aria_stack = Histogram of { $axis }: simulated processes stacked with their statistical uncertainty hatched, data as points with error bars, and the data-to-simulation ratio below. Every cut but its own applies; the part its own cut removes is shaded. Drag across the plot to cut on { $axis }.
ui-plot-aria_shapes = Shapes of { $axis }: every process normalised to unit area, drawn as lines, to compare where signal and background lie. Drag across the plot to cut on { $axis }.
ui-plot-download_svg = Download SVG
ui-plot-download_svg_label = Download the { $axis } histogram as an SVG vector image
ui-plot-drag_hint = Drag across a plot (mouse or touch) to cut on its variable; the ends snap to bin edges.
ui-table-summary = Table of the { $axis } histogram
ui-table-bin = Bin
ui-table-stack = Total simulation
ui-table-mc_stat = ± sim. stat.
ui-table-caption = Events per bin of { $axis } with every cut but its own: each simulated process, their sum, and the data.
ui-table-underflow = below { $edge }
ui-table-overflow = { $edge } and above
ui-view-shapes = Compare shapes (each process normalised)
ui-view-projector = Projector mode (high contrast, large text)
ui-yields-meter_label = Significance meter, Asimov Z
ui-yields-meter_text = Z = { $z } σ
ui-yields-meter_none = Z is not defined without background
ui-yields-meter_marks = 3σ: evidence · 5σ: discovery
ui-yields-raw_hint = Raw events: how many simulated (or recorded) events stand behind each yield.
ui-yields-raw_from_data = { $count } from data

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Signal strength from a likelihood fit
fit-mu = Signal strength μ̂
fit-z = Z from the fit (q₀)
fit-z-infinite = Z is infinite: some data fall where only signal is expected, so μ = 0 cannot describe them at all.
fit-axis = Fitted to the { $axis } histogram: its bins inside its own cut, with every other cut applied.
fit-expected = expected (Asimov)
fit-expected-hint = This analysis has no data, so the fit uses the expected counts (the Asimov data set, signal + background at μ = 1): it shows the precision a measurement would reach.
fit-error-no-axis = This analysis has no variable to fit the signal strength on.
fit-error-no-signal = No signal is expected in the fit range, so there is no signal strength to measure: widen the cut on { $axis } or show the signal again.
fit-error-no-data = This analysis has no data to fit.
fit-error-data-without-prediction = Data in a bin without any simulation ({ $bin }, { $observed } events): narrow the fit range.
fit-error-setup = The fit could not be set up with these settings.
fit-scan-heading = Profile likelihood scan
fit-scan-aria = Profile likelihood scan: −2Δln L against the signal strength μ, with a dashed line at 1 (the 1σ interval) and the best fit μ̂ marked.
fit-scan-text = The curve is lowest at μ̂ = { $mu } and crosses the line at 1 at μ = { $lower } and μ = { $upper }: between them lies the 1σ interval.
fit-scan-at-bound = On one side the curve stays below 1 up to the edge of the range μ may take, so the interval stops there.
fit-scan-x = Signal strength μ
fit-scan-y = −2Δln L
fit-download = Download pyhf workspace
fit-download-title = The fitted model as a pyhf JSON workspace, to fit it again in Python with pyhf
fit-download-failed = The workspace could not be saved.
fit-explain-summary = What do μ̂, the scan and Z mean?
fit-explain = The signal strength μ says how much signal the data contain compared with the Standard Model: μ = 1 is exactly the Standard Model prediction, μ = 0 means no signal at all (no Higgs boson, or no tt̄Z). The fit finds the best value μ̂; the narrower the scan curve, the more precise the measurement, and where it crosses 1 gives the ±1σ uncertainty. Z, from the test statistic q₀, says how strongly the data rule out μ = 0: 3σ counts as evidence, 5σ as a discovery.
