# The "For teachers" page.

teacher-heading = For teachers
teacher-intro = A 45-minute lesson for students aged 16 and over who have met energy, momentum and E = mc². Nothing to install: every student needs a browser, or a pair of students one laptop. On a slow network, prepare the classroom computers first (see “Using the analyser without a network” below).
teacher-flow-heading = Lesson flow (45 minutes)
teacher-flow-1 = 0–5 min — The question. Project the four-lepton analysis with no cuts and ask: "The Higgs boson is in here. Where?" Let students guess.
teacher-flow-2 = 5–15 min — What the detector sees. Open "Physics explained", show the Feynman diagram and explain invariant mass: adding the four leptons' energies and momenta weighs the particle that decayed.
teacher-flow-3 = 15–30 min — Guided path. Students follow "Find the Higgs (H → ZZ → 4ℓ)" in pairs, pressing "Show me" only when stuck, and write down s, b and Z after each step.
teacher-flow-4 = 30–40 min — Challenge. Students try to beat the path's significance with their own cuts; collect the best values on the board and ask how each group got there.
teacher-flow-5 = 40–45 min — Wrap-up. Why one decay channel with this amount of data does not reach 5σ, how ATLAS combined several channels (ZZ, γγ, WW) for the 2012 discovery, and why a window that is too narrow makes things worse again.
teacher-project-heading = What to project
teacher-project = The m₄ℓ plot in large format, before and after the m₄ℓ window: the peak at 125 GeV and the Z peak at 91 GeV are the two pictures students should remember. Add ?lang= to the address to project in the class's language, and use the Embed button to put a prepared view into a course page.
teacher-answers-heading = Expected student answers
teacher-answer-1 = "Where is the Higgs?" — In a small excess near 125 GeV in m₄ℓ; the large peak near 91 GeV is a single Z boson, not the Higgs.
teacher-answer-2 = "Why do the cuts on m₁₂ and m₃₄ help?" — They keep events in which the leptons come from Z bosons, as in the Higgs decay, and remove those with fake or misidentified leptons.
teacher-answer-3 = "Why does Z stop growing when the window gets very narrow?" — The window starts to cut away signal as well, and with few events left the statistical fluctuations dominate.
teacher-misconceptions-heading = Common misconceptions
teacher-misconception-1 = "Each event is a Higgs or not, and we can tell which." — No single event can be labelled: signal and background events look the same; only the excess of events over the expected background reveals the Higgs.
teacher-misconception-2 = "The cuts create the peak." — Cuts remove background but cannot move events; the peak is where the events were all along, as the shaded part of each plot shows.
teacher-misconception-3 = "A higher s/√b always means a better analysis." — With very few events s/√b overestimates the significance; the Asimov Z is the more honest number, and a result must not be tuned on the data it is then tested on.
teacher-misconception-4 = "The missing momentum is a measurement error." — It is a real physical signal of neutrinos, which the detector cannot see; the WW analysis depends on it.
teacher-misconception-5 = "Pseudo-data are real data." — Where the analyser says pseudo-data, the points were drawn at random from the simulation; the line above the plots always says whether an analysis shows real ATLAS events.
teacher-offline-heading = Using the analyser without a network
teacher-offline-intro = The analyser is a folder of files: nothing runs on a server, so it works in a classroom with a slow network or none. There are three ways to prepare.
teacher-offline-1 = One visit, then offline. While the network works, open the analyser once on each computer (or in the projector's browser) from its https:// address and wait a minute. The browser then keeps every file, every analysis and language included, and the analyser opens and works with the network off.
teacher-offline-2 = A folder or a USB stick. Get the offline folder (histanalyser-offline.zip, made with “cargo xtask dist”), unzip it, and start a small web server inside it: python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) or php -S 127.0.0.1:8000 (PHP). Then open http://localhost:8000/. Double-clicking index.html does not work: browsers do not let a page opened as a file load the analysis data.
teacher-offline-3 = One laptop for the whole class. Start the server with python3 -m http.server 8000 --bind 0.0.0.0 and give the students the laptop's address on the local network (for example http://192.168.1.20:8000/). The laptop must keep serving: over plain http:// to another computer, browsers do not keep the files for offline use.
teacher-offline-size = The first visit to one analysis downloads about 0.6 to 0.7 megabytes; the browser then fetches the rest once, in the background.
teacher-reference-heading = The data
teacher-reference = What the ATLAS Open Data 13 TeV release contains (10 fb⁻¹ of 2016 data and the simulated samples) and how it was made is described in the ATLAS note:

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Collecting the class's results
teacher-class = At the end of the challenge each group presses “Share our result” under its numbers, types its name and sends, reads out or shows its result code (or lets you scan its QR code). Paste the codes into the class page: it shows every group, the spread of the class's Z and μ̂, the best selection and the groups' μ̂ combined. Everything happens in your browser; nothing is sent anywhere.
teacher-class-link = Open the class page
class-heading = The class's results
class-intro = Paste each group's result code on a line of its own. The codes are checked here in the browser; nothing is sent anywhere.
class-codes-label = Result codes, one per line
class-analysis = Analysis: { $analysis }
class-empty = No group yet: paste a result code above.
class-line-error = Line { $line }: { $message }
class-repeated = Line { $line }: the same code as line { $first }, counted once.
class-error-long = This is longer than any result code (at most { $max } characters): was something else pasted?
class-error-character = Character { $position } (“{ $character }”) is not part of a result code, which has only letters, digits, - and _.
class-error-short = The code is incomplete: characters are missing or were added.
class-error-checksum = The checksum does not match: a character was mistyped or changed. Ask the group to copy its code again.
class-error-version = This code was made by another version of the analyser (format { $found }; this page reads format { $supported }).
class-error-field = The code is damaged: its field “{ $field }” cannot be read.
class-error-analysis = This code is for the analysis “{ $found }”, but this class page collects “{ $expected }”.
class-groups-heading = Groups
class-col-number = No.
class-col-group = Group
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Cuts
class-no-cuts = no cuts
class-no-fit = no fit
class-spread-heading = Spread of the class
class-spread-z = Significance Z
class-spread-mu = Signal strength μ̂
class-bar-label = { $low } to { $high }: { $count }
class-best-heading = Best selection
class-best = Group { $number }, “{ $group }”, with Z = { $z }: { $cuts }
class-best-open = Open this selection
class-combination-heading = The groups' μ̂ combined
class-combination = μ̂ = { $mu } ± { $sigma } from { $groups } groups: the mean of the groups' μ̂ weighted by 1/σ², with σ the mean of each group's + and − errors.
class-combination-why = Why do the groups differ? Different cuts select different events, so each group measures μ on a different sample, with its own statistical fluctuations. The groups' selections share many events, so their μ̂ are correlated and the combined error above is optimistic: this combination is a teaching device, not how ATLAS combines measurements.
class-combination-none = No group has a fitted μ̂ to combine.

## Worksheets (`?page=worksheet&a=<analysis>&sheet=<path>`, `&key=1` for the answer key), and
## their list on the teacher page. A worksheet prints on at most two pages, A4 or Letter.

teacher-worksheets-heading = Worksheets
teacher-worksheets-intro = A printable worksheet for each guided path, in this page's language, on at most two pages (A4 or Letter). Students predict what each cut will do before they apply it, and write the numbers in a table. The answer key has every number, the answer to each prediction and the explanation of each step.
teacher-worksheets-path = Guided path
teacher-worksheets-ages = Suits
teacher-worksheets-sheet = Worksheet
teacher-worksheets-key = Answer key
teacher-worksheets-none = The analyses have no guided paths to print.
worksheet-ages-hzz = Ages 15–18: invariant mass, and a peak above a background.
worksheet-ages-separate = Ages 14–16: telling processes apart by their fingerprints; no formula needed.
worksheet-ages-hww = Ages 16–19, after “Separate the signals”: neutrinos, missing momentum and the transverse mass.
worksheet-ages-ttz = Ages 17–19 and first-year university: b-jets, jet counts and a rare process.
worksheet-ages-ttz3l = Ages 16–19: choosing a final state in which a rare process stands out (three leptons, a Z and a b-jet).
worksheet-ages-isolate_ww = Ages 16–19: building a final state for one process.
worksheet-ages-isolate_ttbar = Ages 15–18: the fingerprint of top quarks.
worksheet-ages-isolate_ztautau = Ages 17–19: a Z boson seen through τ leptons and neutrinos.
worksheet-heading = Worksheet
worksheet-key-heading = Answer key
worksheet-name = Name
worksheet-group = Group
worksheet-date = Date
worksheet-open = Open the analyser at this address (or scan the code) and choose the guided path “{ $path }”. Do each task before you press “Show me”, and write your answers on this sheet.
worksheet-tasks-heading = Tasks
worksheet-look = Open the plot of { $axis }. What do you see? Where are most of the events, and is there a peak?
worksheet-cut = Next cut: { $cut }. First predict: will it remove a larger share of the signal or of the background? Then apply it and fill in row { $row } of the table.
worksheet-observation = I see:
worksheet-prediction = I predict:
worksheet-table-heading = Your numbers
worksheet-col-row = Row
worksheet-col-task = Task
worksheet-col-cut = Cut
worksheet-col-signal = Signal s
worksheet-col-background = Background b
worksheet-col-data = Data
worksheet-col-z = Z
worksheet-questions-heading = Conclusions
worksheet-question-excess = After the last cut, compare the data with the background alone. Is there an excess, and is it about as large as the expected signal s?
worksheet-question-best = Which cut raised the significance Z the most? Why that one?
worksheet-question-fewer = The cuts also removed signal events. Why is the significance larger at the end?
worksheet-key-note = For the teacher: these are the numbers of the analyser for this path, so a group that pressed “Show me” at every step has exactly these. The explanation of each step is the guided path's own text.
worksheet-why = Why
worksheet-answer = Answer
worksheet-answer-cut-background = The signal keeps { $signal }, the background { $background }: the cut removes a larger share of the background, and Z goes from { $before } to { $after }.
worksheet-answer-cut-signal = The signal keeps { $signal }, the background { $background }: this cut removes a larger share of the signal, and Z goes from { $before } to { $after }.
worksheet-answer-undefined = Before this cut no signal or no background was left to compare.
worksheet-answer-excess = { $data } events in the data, { $background } expected from the background alone: an excess of { $excess }, where the simulation expects { $signal } signal events.
worksheet-answer-no-excess = { $data } events in the data, { $background } expected from the background alone: no excess (the data are { $excess } below it), where the simulation expects { $signal } signal events.
worksheet-answer-best = Task { $task } ({ $cut }): Z rises from { $before } to { $after }.
worksheet-answer-fewer = Over the whole path the signal keeps { $signal } and the background only { $background }. The significance grows with s/√b, which goes from { $first } to { $last }.
worksheet-print = Print
worksheet-to-key = Answer key
worksheet-to-sheet = Students' worksheet
worksheet-loading = Loading the analysis for the worksheet…
worksheet-no-path = This analysis has no guided path “{ $path }”. Its paths: { $paths }.
worksheet-qr-label = QR code of the analyser's address

## "Make your own final state": the steps of docs/own-analysis.md in short (English and Spanish
## required; the other languages may fall back to English).

teacher-own-heading = Make your own final state
teacher-own-intro = An analysis is a text file that says which collisions to keep and what to plot. A class can write its own — the example below measures the mass of the Z boson — build it into a cube from ATLAS Open Data, and open it here. No programming is needed, only a terminal.
teacher-own-1 = Install Rust (rustup.rs), then build the preprocess program once from the analyser's source folder: cargo install --locked --path crates/preprocessor.
teacher-own-2 = From the ATLAS Open Data portal (13 TeV, 2020 release), take the 2lep collection's data_A.2lep.root and the Z simulation mc_361106.Zee.2lep.root and mc_361107.Zmumu.2lep.root, as files or as their https:// addresses.
teacher-own-3 = Build the cube from the example file (without the data file, add --data-kind pseudo for pseudo-data):
teacher-own-4 = On the home page, “Open your own cube” opens zmass.cube in this browser, with every plot linked to every cut. The Z peak sits at 91 GeV in the mℓℓ plot; change the file (a finer axis, another lepton cut, another final state) and build again.
teacher-own-example = Download the example analysis file (zmass.toml)
teacher-own-guide = Every line of it is explained in the project's guide docs/own-analysis.md (in Spanish docs/own-analysis.es.md), and every setting in docs/analysis-files.md.
