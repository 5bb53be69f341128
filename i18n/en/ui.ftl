# The interface, and the labels a cube's manifest names by key.
# Manifest keys are written with dots (axis.m4l); here the dots are dashes (axis-m4l).

## Analyses

analysis-hzz4l-title = Higgs boson decaying to four leptons (H → ZZ* → 4ℓ)
analysis-hww-title = Higgs boson decaying to two W bosons (H → WW* → ℓνℓν)
analysis-ttz-title = Top-quark pairs with a Z boson: two leptons (tt̄Z → 2ℓ)
analysis-ttz3l-title = Top-quark pairs with a Z boson: three leptons (tt̄Z → 3ℓ)

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
axis-lead_lep_pt = pT of the leading lepton, the one with the highest pT
axis-dphi_ll_met = Δφ(ℓℓ, MET), angle between the lepton pair and the MET
axis-dphi_ll = Δφℓℓ, angle between the two leptons
axis-dphill = Δφℓℓ, angle between the two leptons
axis-drll = ΔRℓℓ, distance between the two leptons
axis-mz = mℓℓ, mass of the Z candidate (the pair of same-flavour, opposite-charge leptons closest to 91 GeV)
axis-ptz = pTℓℓ, transverse momentum of the Z candidate

## Categories

category-channel-4e = 4e
category-channel-4mu = 4μ
category-channel-2e2mu = 2e2μ
category-channel-ee = ee
category-channel-mumu = μμ
category-channel-emu = eμ
category-channel-3e = eee
category-channel-2e1mu = eeμ
category-channel-1e2mu = μμe
category-channel-3mu = μμμ

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
process-tz = tZq, tWZ
process-other = Other
process-reducible = Reducible background (Z + jets, tt̄), estimated from data

## Page

app-title = Histogram analyser — ATLAS Open Data
# The page's note while the app itself downloads, written into the built page in every
# language (crates/xtask/src/dist.rs) and shown before any WebAssembly runs.
app-loading = Loading the histogram analyser…
app-internal-error = The analyser stopped because of an internal error ({ $detail }). Reload the page to start again.
app-link-ignored = Parts of this link could not be used and were left at their defaults: { $parts }
app-link-unknown = unknown parameters: { $count }
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
plot-download-png-aria = Download PNG of the { $axis } histogram
plot-legend-aria = Legend: press an entry to show or hide its process
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
embed-copy = Copy
embed-copied = Copied
embed-close = Close
embed-frame-title = ATLAS Open Data histogram analyser
embed-open-full = Open the full analyser
embed-hint = Choose what the frame shows, check the preview, then copy the code into your page. The frame starts with the current cuts; the script makes it fit its content.
embed-plots = Plots
embed-controls = Cut controls under the plots
embed-panel = Numbers
embed-panel-numbers = s, b, Z and μ̂ in one line
embed-panel-yields = The yields table and the fit
embed-panel-none = No numbers
embed-path = Guided path
embed-path-none = None
embed-language = Language
embed-width = Width
embed-width-column = The column's width
embed-width-pixels = { $px } px
embed-preview = Preview
embed-numbers-label = The numbers of the selection
link-expected-panel = expected numbers, yields or none
link-expected-event = expected RUN:EVENT, two whole numbers
link-no-path = no guided path "{ $path }"

## Home page, loading, plot conventions, tables, views (keys the analysis view uses)

process-pseudo_data = Pseudo-data (simulated)
analysis-hzz4l-sentence = Four leptons from real ATLAS collisions: look for a narrow peak at 125 GeV above the ZZ* background.
analysis-hww-sentence = Two leptons and missing momentum: pick out the broad Higgs excess under the WW and top-quark backgrounds.
analysis-ttz-sentence = A lepton pair from a Z boson with many jets and b-jets: find top-quark pairs produced together with a Z boson.
analysis-ttz3l-sentence = Three leptons, a Z boson and a b-jet: find top-quark pairs made together with a Z boson in the cleanest final state.
data_kind-real = Real data
data_kind-pseudo = Pseudo-data (simulated)
data_kind-none = Simulation only
home-title = Histogram analyser: ATLAS Open Data at 13 TeV
home-intro = Choose an analysis. Each one opens linked histograms you can cut on, with the expected signal and background and the recorded data.
home-catalog-loading = Looking for the analyses…
home-catalog-error = The list of analyses could not be loaded: { $reason }
page-texts-loading = Loading the text of this page…
page-texts-error = The text of this page could not be loaded: { $reason }. Check your connection and reload the page.
home-data-label = Data:
home-size = { $size } to download
home-open = Open { $title }
home-list-label = Analyses
home-back = ← Back to analyses
loading-progress = Loading the analysis data: { $received } of { $total }
loading-progress-unknown = Loading the analysis data: { $received }
loading-label = Download of the analysis data
loading-error-title = The analysis could not be opened.
loading-error-hint = Check your connection and reload the page, or go back and choose another analysis.
loading-error-damaged-hint = The analysis file is damaged or was not made for this analyser, so reloading will not help. Go back and choose another analysis, and tell whoever looks after this site.
plot-atlas = ATLAS Open Data
plot-simulation = Simulation
plot-pseudo = pseudo-data (simulated)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Events / bin
plot-events-per-width = Events / { $width } { $unit }
plot-fraction-per-bin = Fraction of events / bin
plot-ratio = Data / Sim.
plot-mc-stat = Simulation stat. uncertainty
plot-aria-stack = Histogram of { $axis }: simulated processes stacked with their statistical uncertainty hatched, data as points with error bars, and the data-to-simulation ratio below. Every cut but its own applies; the part its own cut removes is shaded. Drag across the plot to cut on { $axis }.
plot-aria-shapes = Shapes of { $axis }: every process normalised to unit area, drawn as lines, to compare where signal and background lie. Drag across the plot to cut on { $axis }.
plot-download-svg = Download SVG
plot-download-svg-aria = Download SVG (vector image) of the { $axis } histogram
plot-drag-hint = Drag across a plot (mouse or touch) to cut on its variable; the ends snap to bin edges.
table-summary = Table of the { $axis } histogram
table-bin = Bin
table-stack = Total simulation
table-mc-stat = ± sim. stat.
table-caption = Events per bin of { $axis } with every cut but its own: each simulated process, their sum, and the data.
table-underflow = below { $edge }
table-overflow = { $edge } and above
view-shapes = Compare shapes (each process normalised)
view-projector = Projector mode (high contrast, large text)
yields-meter-label = Significance meter, Asimov Z
yields-meter-text = Z = { $z } σ
yields-meter-none = Z is not defined without background
yields-meter-marks = 3σ: evidence · 5σ: discovery
yields-raw-hint = Raw events: how many simulated (or recorded) events stand behind each yield. Where simulated b-jets are tagged by probability, an event counts once for each number of b-jets it can have.
yields-raw-from-data = { $count } from data
summary-bar-label = Signal, background and significance of the current cuts

open-heading = Open your own cube
open-intro = Made a cube yourself with preprocess build? Open it here. The file is read by this browser and is not sent anywhere.
open-choose = Choose a .cube file
open-drop-hint = or drop it anywhere on this page.
open-dropping = Drop the file to open it.
open-reading = Reading { $file }…
open-error-title = This file could not be opened.
open-no-file = Nothing to open: drop a .cube file from your computer.
open-read-failed = { $file } could not be read from this computer: { $detail }
open-root-file = { $file } is a ROOT file, not a cube. Turn it into a cube with preprocess build first, then open the cube.
open-not-cube = { $file } is not a cube file. Choose a .cube file made by preprocess build.
open-old-version = { $file } was made by an older version of the preprocessor. Build it again with the current preprocess build.
open-new-version = { $file } was made by a newer version of the preprocessor than this page can read. Open it in a newer version of the analyser.
open-truncated = { $file } is incomplete: it has { $found } of the { $expected } it should have. Copy or download it again.
open-too-long = { $file } has more bytes than its header announces: it may be damaged. Copy or build it again.
open-damaged = { $file } is damaged: its contents do not match its checksum. Copy or download it again.
open-too-large = { $file } is too large for this analyser to open in a browser ({ $detail }). Build a cube with fewer axes or bins.
open-unreadable = { $file } could not be read as a cube ({ $detail }). Build it again with preprocess build.
local-notice = Opened from this computer: { $file }. The address names the file, but a link to this page cannot carry it: to share this analysis, send the .cube file itself.
local-missing = This address showed { $file }, a cube file opened from a computer. A link cannot carry the file itself: open it again here.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Signal strength from a likelihood fit
fit-mu = Signal strength μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z from the fit (q₀), observed
fit-z-expected = Expected Z (Asimov data, μ = 1)
fit-z-infinite = Z is infinite: some data fall where only signal is expected, so μ = 0 cannot describe them at all.
fit-at-lower-bound = μ̂ sits at its lower bound, 0: in this selection the data lie at or below the expected background, so the fit gives no central value and no error downwards, only an upper end: μ < { $upper } (1σ, where the scan crosses 1).
fit-fluctuation-pseudo = These pseudo-data were drawn at random from the simulation, so they fluctuate as real data would: if the Standard Model is right, the observed Z lies within 1σ of the expected one about two times in three, and more than 2σ away from it about once in twenty.
fit-fluctuation-real = Data fluctuate: if the Standard Model is right, the observed Z lies within 1σ of the expected one about two times in three, and more than 2σ away from it about once in twenty.
fit-axis = Fitted to the { $axis } histogram: its bins inside its own cut, with every other cut applied.
fit-norm-included = Normalisation uncertainties in the fit: { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
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

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = could not load { $url }: { $reason }
error-load-http = could not load { $url }: the server answered { $status }
error-load-cube = { $url } cannot be used: { $reason }
error-no-window = there is no browser window
error-cube-no-axis = this cube has no axis to draw a histogram of
error-save-unknown = the browser gave no reason
error-part-not-loaded = This part of the analyser could not be downloaded: check the connection and try again.
error-catalog-not-json = not JSON ({ $detail })
error-catalog-no-version = no catalog_version
error-catalog-version = catalog version { $found }, this page reads { $supported }
error-catalog-malformed = not a catalog ({ $detail })
error-catalog-id = analysis { $index } has an unusable id "{ $id }"
error-catalog-path-id = analysis { $index } has a guided path with an unusable id "{ $id }"
error-language-unavailable = lang={ $lang } ({ $reason }; the page is in English)
error-link-cuts-refused = every cut of the link ({ $reason })
link-unknown-parameter = unknown parameter
link-unknown-language = unknown language
link-expected-axis = expected AXIS:…
link-expected-range = expected AXIS:LOWER:UPPER
link-expected-categories = expected AXIS:CATEGORY,CATEGORY…
link-expected-flag = expected 1 or 0
link-expected-view = expected stack or shapes
link-no-axis = no axis "{ $axis }"
link-no-category = no category "{ $category }"
link-no-process = no process "{ $process }"
link-not-a-number = "{ $text }" is not a number
link-empty-range = empty range
link-no-category-kept = no category kept

## Explorer (analyses/explorer.toml)

analysis-explorer-title = Explore: make your own final state
analysis-explorer-sentence = Every simulated two-lepton process on its own: cut on flavour, charge, jets, b-jets and MET, and see which process your final state isolates.
axis-sign = Charge, opposite or same sign of the two leptons
category-sign-os = opposite sign
category-sign-ss = same sign
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# The cut-flow table: each cut in the order applied, its efficiencies and significance.
cutflow-heading = Cut flow
cutflow-hint = One step per cut, in the order you applied them. “Kept” is the share of the signal or background before that cut which it lets through.
cutflow-cut = Cut
cutflow-no-cut = No cut
cutflow-signal-efficiency = Signal kept
cutflow-background-efficiency = Background kept
cutflow-percent = { $percent }%
cutflow-download = Download CSV
cutflow-download-title = Save this table as a CSV file for a spreadsheet

## The event display: the recorded collisions behind a bin

events-heading = Collisions in a bin
events-intro = Pick a plot and one of its bins: the list shows the recorded collisions that bin holds under the current cuts (data first, then simulation by process). Open one to see it in the detector.
events-loading = Downloading the recorded collisions…
events-show = Collisions in a bin
events-show-title = List the collisions in a bin of this plot
events-axis = Plot
events-bin = Bin
events-choose-bin = Choose a bin
events-bin-option = { $bin } ({ $count })
events-none = No recorded collision falls in this bin under the current cuts.
events-list-aria = Collisions in the chosen bin
events-item = { $process }: run { $run }, event { $event }
events-sample = { $process }: a sample of { $recorded } of its { $selected } simulated events is recorded, so only those are listed.
events-previous = Previous collision
events-next = Next collision
events-position = Collision { $index } of { $count } in this bin
events-close = Close the display
events-not-found = The link asks for collision { $event }, which is not among the recorded collisions of this analysis.
events-unreadable = The recorded collisions could not be read ({ $detail }). The histograms are not affected.
events-display-aria = Event display of run { $run }, event { $event }: { $leptons } leptons and { $jets } jets. The table below lists every object.
events-transverse = Across the beam (x–y)
events-side = Along the beam (r–z)
events-objects-caption = The objects of run { $run }, event { $event }
events-col-object = Object
events-col-charge = Charge
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Electron
events-muon = Muon
events-jet = Jet
events-bjet = b-tagged jet
events-met = Missing transverse momentum
events-values-caption = Where this collision lies on each plot
events-other-category = other
events-legend-detector = Detector: inner tracker, calorimeters (electromagnetic, hadronic), muon chambers
events-legend-electron = Electron: curved track, energy in the electromagnetic calorimeter
events-legend-muon = Muon: curved track crossing everything to the muon chambers
events-legend-jet = Jet: energy in the calorimeters (b-tagged darker)
events-legend-met = Missing transverse momentum: dashed arrow

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Mystery sample { $code }
mystery-intro = The data on this page are pseudo-data: drawn at random from the simulation with the signal multiplied by a hidden strength μ — 0 (no signal), 1 (as the Standard Model predicts) or 2 (twice that). Is there a signal? Make your cuts, then measure μ with the fit.
mystery-answer-none = Answer: μ = 0 was hidden. These data hold no signal at all: any excess was a fluctuation of the background.
mystery-answer-sm = Answer: μ = 1 was hidden. These data hold the signal the Standard Model predicts.
mystery-answer-twice = Answer: μ = 2 was hidden. These data hold twice the signal the Standard Model predicts.
mystery-invalid = This mystery code cannot be used: { $reason }. Ask your teacher for the code again.
mystery-bad-length = a code has 6 letters, this one has { $length }
mystery-bad-character = “{ $character }” is not one of a code's letters
mystery-bad-check = a letter seems mistyped (the code does not check)
mystery-teacher-heading = Mystery samples
mystery-teacher-intro = Give a class pseudo-data with a hidden amount of signal: the students decide whether there is a signal and measure its strength μ with the fit, then your answer link reveals it. Each code draws its own data, so groups with different codes cannot copy each other.
mystery-teacher-analysis = Analysis
mystery-teacher-strength = Hidden signal strength
mystery-teacher-random = chosen at random
mystery-teacher-make = Make a mystery
mystery-teacher-students = For the students
mystery-teacher-answer = The answer (keep it for yourself)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = Blind
blind-title = Hide the data where the signal is expected until you have chosen your cuts, as real analyses do
blind-region = { $axis } { $bins }
blind-hidden = Blind analysis: the data in { $region } are hidden. Choose your cuts by looking at the simulation only, then freeze them and look at the data.
blind-unblind = Freeze the cuts and unblind
blind-unblinded = Unblinded with these cuts: { $cuts }.
blind-changed = The cuts have changed since unblinding: the result is no longer blind.
blind-fit = Blinded: the fit of μ to the data waits until you unblind.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Share our result
share-hint = Type your group's name: the code below carries your cuts, s, b, Z and μ̂ to your teacher's class page. Copy it, or let your teacher scan the QR code.
share-group-label = Group name
share-group-needed = Type your group's name to make the code.
share-code-label = Our result code
share-copy = Copy the code
share-copied = Copied
share-close = Close
share-qr-label = QR code of a link to the class page with our result
