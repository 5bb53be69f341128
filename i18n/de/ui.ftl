# Die Oberfläche und die Beschriftungen, die das Manifest eines Würfels per Schlüssel nennt.

## Analysen

analysis-hzz4l-title = Higgs-Boson, das in vier Leptonen zerfällt (H → ZZ* → 4ℓ)
analysis-hww-title = Higgs-Boson, das in zwei W-Bosonen zerfällt (H → WW* → ℓνℓν)
analysis-ttz-title = Top-Quark-Paare mit einem Z-Boson: zwei Leptonen (tt̄Z → 2ℓ)
analysis-ttz3l-title = Top-Quark-Paare mit einem Z-Boson: drei Leptonen (tt̄Z → 3ℓ)

## Achsen

axis-m4l = m₄ℓ, invariante Masse der vier Leptonen
axis-mz1 = m₁₂, Masse des Leptonpaars, das dem Z am nächsten liegt
axis-mz2 = m₃₄, Masse des anderen Leptonpaars
axis-mll = mℓℓ, invariante Masse der zwei Leptonen
axis-met = MET, fehlender Transversalimpuls
axis-mt = mT, transversale Masse
axis-ptll = pTℓℓ, Transversalimpuls des Leptonpaars
axis-njets = Anzahl der Jets
axis-nbjets = Anzahl der b-markierten Jets
axis-channel = Kanal
axis-lead_lep_pt = pT des führenden Leptons
axis-dphi_ll_met = Δφ(ℓℓ, MET), Winkel zwischen Leptonpaar und MET
axis-dphi_ll = Δφℓℓ, Winkel zwischen den zwei Leptonen
axis-dphill = Δφℓℓ, Winkel zwischen den zwei Leptonen
axis-drll = ΔRℓℓ, Abstand der zwei Leptonen
axis-mz = mℓℓ, Masse des Z-Kandidaten (das Leptonpaar gleicher Sorte und entgegengesetzter Ladung, das 91 GeV am nächsten liegt)
axis-ptz = pTℓℓ, Transversalimpuls des Z-Kandidaten

## Kategorien

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

## Prozesse

process-data = Daten
process-higgs = Higgs-Boson (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + Jets
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Single-Top
process-tz = tZq, tWZ
process-other = Andere
process-reducible = Reduzibler Untergrund (Z + Jets, tt̄), aus Daten abgeschätzt

## Seite

app-title = Histogramm-Analysator — ATLAS Open Data
app-loading = Der Histogramm-Analysator wird geladen…
app-internal-error = Der Analysator wurde wegen eines internen Fehlers angehalten ({ $detail }). Lade die Seite neu, um neu zu beginnen.
app-link-ignored = Teile dieses Links konnten nicht verwendet werden und blieben auf ihren Standardwerten: { $parts }
app-link-unknown = unbekannte Parameter: { $count }
app-dismiss = Schließen
app-provenance-real = ATLAS Open Data — echte Daten, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Simulierte Ereignisse im ATLAS-Open-Data-Format — die Daten sind Pseudodaten (simuliert), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Simulierte Ereignisse im ATLAS-Open-Data-Format — keine Daten in dieser Ansicht, √s = { $energy } TeV, { $lumi } fb⁻¹

## Schnittleiste

cuts-aria = Aktuelle Schnitte
cuts-label = Schnitte:
cuts-none = Keine Schnitte: alle Ereignisse sind ausgewählt.
cuts-undo = Rückgängig
cuts-undo-title = Letzte Schnittänderung rückgängig machen (Strg+Z)
cuts-redo = Wiederholen
cuts-redo-title = Wiederholen (Strg+Umschalt+Z oder Strg+Y)
cuts-reset = Alle Schnitte entfernen
cuts-logy = Logarithmische y-Achse
cuts-download-uhi = Histogramme herunterladen (UHI JSON)
cuts-download-uhi-title = Alle Histogramme mit den aktuellen Schnitten, Über- und Unterlauf-Bins eingeschlossen, als UHI JSON für hist oder uhi in Python
cuts-save-failed = Die Histogramme konnten nicht gespeichert werden: { $detail }
cuts-apply-failed = Der Schnitt konnte nicht angewendet werden: { $detail }

## Diagramme

plots-aria = Histogramme, eines pro Variable, jedes mit seinem Schnitt
plots-hint = Simulierte Prozesse gestapelt, normiert auf { $lumi } fb⁻¹; Daten als Punkte mit Poisson-Fehlerbalken (68 %). Jedes Histogramm wendet alle Schnitte außer seinem eigenen an, sodass der Teil, den sein eigener Schnitt entfernt, schattiert sichtbar bleibt. Tippe auf einen Legendeneintrag, um seinen Prozess aus- oder einzublenden.
plot-download-png = PNG herunterladen
plot-download-png-aria = PNG herunterladen: Histogramm von { $axis }
plot-legend-aria = Legende: drücke einen Eintrag, um seinen Prozess ein- oder auszublenden
plot-save-failed = Das Bild konnte nicht gespeichert werden: { $detail }
plot-draw-failed = Das Histogramm konnte nicht gezeichnet werden: { $detail }
process-toggle-title = In den Diagrammen und in s, b und Z ein- oder ausblenden

## Schnittregler

cut-legend = Schnitt auf { $axis }
cut-minimum = Minimum
cut-maximum = Maximum
cut-remove = Schnitt entfernen
cut-none = Kein Schnitt auf { $axis }: alle Ereignisse sind ausgewählt.
cut-below = Ausgewählt: { $axis } unter { $upper }.
cut-from = Ausgewählt: { $axis } ab { $lower }.
cut-between = Ausgewählt: { $axis } von { $lower } bis { $upper }.
cut-hint = Werte rasten an Bin-Grenzen ein; die Pfeiltasten verschieben um einen Bin, Bild auf und Bild ab um fünf. Ein Ende an der Achsengrenze bleibt offen und behält die Ereignisse jenseits des Diagramms.
category-hint = Gedrückte Kategorien werden behalten. Mindestens eine bleibt ausgewählt: ohne jede Kategorie bliebe kein Ereignis übrig.
category-group = Zu behaltende Kategorien von { $axis }

## Ereigniszahlen

yields-heading = Ereignisse nach allen Schnitten
yields-hint = Tippe auf einen Prozess, um ihn ein- oder auszublenden; ausgeblendete Prozesse zählen nicht in s, b oder Z.
yields-process = Prozess
yields-events = Ereignisse
yields-stat = ± stat.
yields-raw = Roh­ereignisse
yields-role-signal = Signal
yields-role-background = Untergrund
yields-signal = Signal, s
yields-background = Untergrund, b
yields-data = Daten
yields-data-events = ({ $count } Ereignisse)
yields-z-title = mediane Entdeckungssignifikanz eines Zählexperiments

## Sprache, Navigation, Einbetten

lang-label = Sprache
nav-explain = Die Physik erklärt
nav-glossary = Glossar
nav-teachers = Für Lehrkräfte
nav-aria = Bereiche
embed-button = Einbetten
embed-heading = Diese Ansicht in deine Seite einbetten
embed-copy = Kopieren
embed-copied = Kopiert
embed-close = Schließen
embed-frame-title = Histogramm-Analysator für ATLAS Open Data
embed-open-full = Den vollständigen Analysator öffnen
embed-hint = Wählen Sie, was der Rahmen zeigt, prüfen Sie die Vorschau und kopieren Sie dann den Code in Ihre Seite. Der Rahmen beginnt mit den aktuellen Schnitten; das Skript passt ihn an seinen Inhalt an.
embed-plots = Diagramme
embed-controls = Schnittregler unter den Diagrammen
embed-panel = Zahlen
embed-panel-numbers = s, b, Z und μ̂ in einer Zeile
embed-panel-yields = Die Ertragstabelle und der Fit
embed-panel-none = Keine Zahlen
embed-path = Geführter Pfad
embed-path-none = Keiner
embed-language = Sprache
embed-width = Breite
embed-width-column = Die Breite der Spalte
embed-width-pixels = { $px } px
embed-preview = Vorschau
embed-numbers-label = Die Zahlen der Auswahl
link-expected-panel = numbers, yields oder none erwartet
link-expected-event = RUN:EREIGNIS erwartet, zwei ganze Zahlen
link-no-path = kein geführter Pfad „{ $path }“

## Startseite, Laden, Diagrammkonventionen, Tabellen, Ansichten

process-pseudo_data = Pseudodaten (simuliert)
analysis-hzz4l-sentence = Vier Leptonen aus echten ATLAS-Kollisionen: suche einen schmalen Peak bei 125 GeV über dem ZZ*-Untergrund.
analysis-hww-sentence = Zwei Leptonen und fehlender Impuls: finde den breiten Higgs-Überschuss unter den WW- und Top-Quark-Untergründen.
analysis-ttz-sentence = Ein Leptonpaar aus einem Z-Boson mit vielen Jets und b-Jets: finde Top-Quark-Paare, die zusammen mit einem Z-Boson entstehen.
analysis-ttz3l-sentence = Drei Leptonen, ein Z-Boson und ein b-Jet: finde Top-Quark-Paare, die zusammen mit einem Z-Boson entstehen, im saubersten Endzustand.
data_kind-real = Echte Daten
data_kind-pseudo = Pseudodaten (simuliert)
data_kind-none = Nur Simulation
home-title = Histogramm-Analysator: ATLAS Open Data bei 13 TeV
home-intro = Wähle eine Analyse. Jede öffnet verknüpfte Histogramme, auf denen du schneiden kannst, mit dem erwarteten Signal und Untergrund und den aufgezeichneten Daten.
home-catalog-loading = Die Analysen werden gesucht…
home-catalog-error = Die Liste der Analysen konnte nicht geladen werden: { $reason }
page-texts-loading = Der Text dieser Seite wird geladen…
page-texts-error = Der Text dieser Seite konnte nicht geladen werden: { $reason }. Prüfe deine Verbindung und lade die Seite neu.
home-data-label = Daten:
home-size = { $size } zum Herunterladen
home-open = { $title } öffnen
home-list-label = Analysen
home-back = ← Zurück zu den Analysen
loading-progress = Die Analysedaten werden geladen: { $received } von { $total }
loading-progress-unknown = Die Analysedaten werden geladen: { $received }
loading-label = Download der Analysedaten
loading-error-title = Die Analyse konnte nicht geöffnet werden.
loading-error-hint = Prüfe deine Verbindung und lade die Seite neu, oder geh zurück und wähle eine andere Analyse.
loading-error-damaged-hint = Die Datei der Analyse ist beschädigt oder nicht für diesen Analysator gemacht, daher hilft Neuladen nicht. Geh zurück, wähle eine andere Analyse und sag der Person Bescheid, die diese Seite betreut.
plot-atlas = ATLAS Open Data
plot-simulation = Simulation
plot-pseudo = Pseudodaten (simuliert)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Ereignisse / Bin
plot-events-per-width = Ereignisse / { $width } { $unit }
plot-fraction-per-bin = Anteil der Ereignisse / Bin
plot-ratio = Daten / Sim.
plot-mc-stat = Statistische Unsicherheit der Simulation
plot-aria-stack = Histogramm von { $axis }: simulierte Prozesse gestapelt, ihre statistische Unsicherheit schraffiert, Daten als Punkte mit Fehlerbalken und darunter das Verhältnis Daten/Simulation. Alle Schnitte außer dem eigenen gelten; der vom eigenen Schnitt entfernte Teil ist schattiert. Ziehe über das Diagramm, um auf { $axis } zu schneiden.
plot-aria-shapes = Formen von { $axis }: jeder Prozess auf Fläche eins normiert und als Linie gezeichnet, um zu vergleichen, wo Signal und Untergrund liegen. Ziehe über das Diagramm, um auf { $axis } zu schneiden.
plot-download-svg = SVG herunterladen
plot-download-svg-aria = SVG herunterladen (Vektorgrafik): Histogramm von { $axis }
plot-drag-hint = Ziehe über ein Diagramm (Maus oder Finger), um auf seine Variable zu schneiden; die Enden rasten an Bin-Grenzen ein.
table-summary = Tabelle des Histogramms von { $axis }
table-bin = Bin
table-stack = Summe der Simulation
table-mc-stat = ± stat. Sim.
table-caption = Ereignisse pro Bin von { $axis } mit allen Schnitten außer dem eigenen: jeder simulierte Prozess, ihre Summe und die Daten.
table-underflow = unter { $edge }
table-overflow = { $edge } und darüber
view-shapes = Formen vergleichen (jeder Prozess normiert)
view-projector = Projektormodus (hoher Kontrast, große Schrift)
yields-meter-label = Signifikanzanzeige, Asimov-Z
yields-meter-text = Z = { $z } σ
yields-meter-none = Z ist ohne Untergrund nicht definiert
yields-meter-marks = 3σ: Evidenz · 5σ: Entdeckung
yields-raw-hint = Rohereignisse: wie viele simulierte (oder aufgezeichnete) Ereignisse hinter jeder Zahl stehen. Wo simulierte b-Jets mit ihrer Wahrscheinlichkeit markiert werden, zählt ein Ereignis einmal für jede Zahl von b-Jets, die es haben kann.
yields-raw-from-data = { $count } aus Daten
summary-bar-label = Signal, Untergrund und Signifikanz mit den aktuellen Schnitten

open-heading = Eigenen Würfel öffnen
open-intro = Hast du selbst einen Würfel mit preprocess build erstellt? Öffne ihn hier. Die Datei wird von diesem Browser gelesen und nirgendwohin gesendet.
open-choose = .cube-Datei auswählen
open-drop-hint = oder zieh sie irgendwo auf diese Seite.
open-dropping = Lass die Datei los, um sie zu öffnen.
open-reading = { $file } wird gelesen…
open-error-title = Diese Datei konnte nicht geöffnet werden.
open-no-file = Nichts zu öffnen: Zieh eine .cube-Datei von deinem Computer hierher.
open-read-failed = { $file } konnte auf diesem Computer nicht gelesen werden: { $detail }
open-root-file = { $file } ist eine ROOT-Datei, kein Würfel. Mach daraus zuerst mit preprocess build einen Würfel und öffne dann den Würfel.
open-not-cube = { $file } ist keine Würfel-Datei. Wähle eine mit preprocess build erstellte .cube-Datei.
open-old-version = { $file } wurde mit einer älteren Version des Präprozessors erstellt. Erstelle die Datei mit dem aktuellen preprocess build neu.
open-new-version = { $file } wurde mit einer neueren Version des Präprozessors erstellt, als diese Seite lesen kann. Öffne die Datei in einer neueren Version des Analysators.
open-truncated = { $file } ist unvollständig: Die Datei hat { $found } von { $expected }. Kopiere sie oder lade sie noch einmal herunter.
open-too-long = { $file } hat mehr Bytes, als ihr Kopf angibt: Die Datei ist vielleicht beschädigt. Kopiere sie noch einmal oder erstelle sie neu.
open-damaged = { $file } ist beschädigt: Der Inhalt passt nicht zur Prüfsumme. Kopiere sie oder lade sie noch einmal herunter.
open-too-large = { $file } ist zu groß, um im Browser geöffnet zu werden ({ $detail }). Erstelle einen Würfel mit weniger Achsen oder Bins.
open-unreadable = { $file } konnte nicht als Würfel gelesen werden ({ $detail }). Erstelle die Datei mit preprocess build neu.
local-notice = Von diesem Computer geöffnet: { $file }. Die Adresse nennt die Datei, aber ein Link auf diese Seite kann sie nicht mitnehmen: Um diese Analyse zu teilen, schick die .cube-Datei selbst.
local-missing = Diese Adresse zeigte { $file }, eine von einem Computer geöffnete Würfel-Datei. Ein Link kann die Datei nicht mitnehmen: Öffne sie hier noch einmal.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Signalstärke aus einem Likelihood-Fit
fit-mu = Signalstärke μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z aus dem Fit (q₀), beobachtet
fit-z-expected = Erwartetes Z (Asimov-Daten, μ = 1)
fit-z-infinite = Z ist unendlich: Einige Daten liegen dort, wo nur Signal erwartet wird, daher kann μ = 0 sie überhaupt nicht beschreiben.
fit-at-lower-bound = μ̂ liegt an seiner unteren Grenze, 0: in dieser Auswahl liegen die Daten beim erwarteten Untergrund oder darunter, daher gibt der Fit keinen Zentralwert und keinen Fehler nach unten, nur ein oberes Ende: μ < { $upper } (1σ, wo der Scan die 1 kreuzt).
fit-fluctuation-pseudo = Diese Pseudodaten wurden zufällig aus der Simulation gezogen und schwanken daher wie echte Daten: wenn das Standardmodell stimmt, liegt das beobachtete Z etwa zwei von drei Malen weniger als 1σ vom erwarteten entfernt und etwa einmal in zwanzig mehr als 2σ.
fit-fluctuation-real = Daten schwanken: wenn das Standardmodell stimmt, liegt das beobachtete Z etwa zwei von drei Malen weniger als 1σ vom erwarteten entfernt und etwa einmal in zwanzig mehr als 2σ.
fit-axis = Gefittet an das Histogramm von { $axis }: seine Bins innerhalb seines eigenen Schnitts, mit allen anderen Schnitten.
fit-norm-included = Normierungsunsicherheiten im Fit: { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
fit-expected = erwartet (Asimov)
fit-expected-hint = Diese Analyse hat keine Daten, daher nutzt der Fit die erwarteten Anzahlen (den Asimov-Datensatz, Signal + Untergrund bei μ = 1): Er zeigt die Genauigkeit, die eine Messung erreichen würde.
fit-error-no-axis = Diese Analyse hat keine Variable, an die die Signalstärke gefittet werden kann.
fit-error-no-signal = Im Fitbereich wird kein Signal erwartet, also gibt es keine Signalstärke zu messen: Erweitere den Schnitt auf { $axis } oder blende das Signal wieder ein.
fit-error-no-data = Diese Analyse hat keine Daten für einen Fit.
fit-error-data-without-prediction = Daten in einem Bin ganz ohne Simulation ({ $bin }, { $observed } Ereignisse): Verkleinere den Fitbereich.
fit-error-setup = Der Fit konnte mit diesen Einstellungen nicht aufgesetzt werden.
fit-scan-heading = Scan der Profile-Likelihood
fit-scan-aria = Scan der Profile-Likelihood: −2Δln L gegen die Signalstärke μ, mit einer gestrichelten Linie bei 1 (das 1σ-Intervall) und dem markierten besten Fitwert μ̂.
fit-scan-text = Die Kurve hat ihr Minimum bei μ̂ = { $mu } und schneidet die Linie bei 1 bei μ = { $lower } und μ = { $upper }: Dazwischen liegt das 1σ-Intervall.
fit-scan-at-bound = Auf einer Seite bleibt die Kurve bis zur Grenze der erlaubten Werte von μ unter 1, deshalb endet das Intervall dort.
fit-scan-x = Signalstärke μ
fit-scan-y = −2Δln L
fit-download = pyhf-Workspace herunterladen
fit-download-title = Das gefittete Modell als JSON-Workspace für pyhf, um es in Python mit pyhf erneut zu fitten
fit-download-failed = Der Workspace konnte nicht gespeichert werden.
fit-explain-summary = Was bedeuten μ̂, der Scan und Z?
fit-explain = Die Signalstärke μ gibt an, wie viel Signal die Daten im Vergleich zum Standardmodell enthalten: μ = 1 ist genau die Vorhersage des Standardmodells, μ = 0 bedeutet gar kein Signal (kein Higgs-Boson bzw. kein tt̄Z). Der Fit findet den besten Wert μ̂; je schmaler die Kurve des Scans, desto genauer die Messung, und wo sie 1 schneidet, liest man die ±1σ-Unsicherheit ab. Z, aus der Teststatistik q₀, sagt, wie deutlich die Daten μ = 0 ausschließen: 3σ gilt als Evidenz, 5σ als Entdeckung.

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = { $url } konnte nicht geladen werden: { $reason }
error-load-http = { $url } konnte nicht geladen werden: Der Server antwortete { $status }
error-load-cube = { $url } ist nicht verwendbar: { $reason }
error-no-window = es gibt kein Browserfenster
error-cube-no-axis = dieser Würfel hat keine Achse, deren Histogramm sich zeichnen ließe
error-save-unknown = der Browser nannte keinen Grund
error-part-not-loaded = Dieser Teil des Analysators konnte nicht heruntergeladen werden: prüfen Sie die Verbindung und versuchen Sie es erneut.
error-catalog-not-json = kein JSON ({ $detail })
error-catalog-no-version = catalog_version fehlt
error-catalog-version = Katalogversion { $found }, diese Seite liest Version { $supported }
error-catalog-malformed = kein Katalog ({ $detail })
error-catalog-id = Analyse { $index } hat eine unbrauchbare Kennung „{ $id }“
error-catalog-path-id = Analyse { $index } hat einen geführten Pfad mit einer unbrauchbaren Kennung „{ $id }“
error-language-unavailable = lang={ $lang } ({ $reason }; die Seite ist auf Englisch)
error-link-cuts-refused = alle Schnitte des Links ({ $reason })
link-unknown-parameter = unbekannter Parameter
link-unknown-language = unbekannte Sprache
link-expected-axis = ACHSE:… erwartet
link-expected-range = ACHSE:MINIMUM:MAXIMUM erwartet
link-expected-categories = ACHSE:KATEGORIE,KATEGORIE… erwartet
link-expected-flag = 1 oder 0 erwartet
link-expected-view = stack oder shapes erwartet
link-no-axis = keine Achse „{ $axis }“
link-no-category = keine Kategorie „{ $category }“
link-no-process = kein Prozess „{ $process }“
link-not-a-number = „{ $text }“ ist keine Zahl
link-empty-range = leerer Bereich
link-no-category-kept = keine Kategorie behalten

## Entdecken (analyses/explorer.toml)

analysis-explorer-title = Entdecken: bau deinen eigenen Endzustand
analysis-explorer-sentence = Jeder simulierte Prozess mit zwei Leptonen einzeln: schneide auf Flavour, Ladung, Jets, b-Jets und MET und sieh, welchen Prozess dein Endzustand isoliert.
axis-sign = Ladung, entgegengesetzte oder gleiche Vorzeichen der zwei Leptonen
category-sign-os = entgegengesetzte Ladung
category-sign-ss = gleiche Ladung
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# Cut flow.
cutflow-heading = Cutflow
cutflow-hint = Ein Schritt pro Schnitt, in der Reihenfolge, in der du sie gesetzt hast. „Behalten“ ist der Anteil des Signals oder Untergrunds vor diesem Schnitt, den der Schnitt durchlässt.
cutflow-cut = Schnitt
cutflow-no-cut = Ohne Schnitt
cutflow-signal-efficiency = Signal behalten
cutflow-background-efficiency = Untergrund behalten
cutflow-percent = { $percent } %
cutflow-download = CSV herunterladen
cutflow-download-title = Diese Tabelle als CSV-Datei für eine Tabellenkalkulation speichern

## The event display: the recorded collisions behind a bin

events-heading = Kollisionen in einem Bin
events-intro = Wähle ein Diagramm und eines seiner Bins: Die Liste zeigt die aufgezeichneten Kollisionen, die dieses Bin mit den aktuellen Schnitten enthält (zuerst Daten, dann Simulation nach Prozess). Öffne eine, um sie im Detektor zu sehen.
events-loading = Die aufgezeichneten Kollisionen werden geladen …
events-show = Kollisionen in einem Bin
events-show-title = Die Kollisionen in einem Bin dieses Diagramms auflisten
events-axis = Diagramm
events-bin = Bin
events-choose-bin = Bin wählen
events-bin-option = { $bin } ({ $count })
events-none = Keine aufgezeichnete Kollision liegt mit den aktuellen Schnitten in diesem Bin.
events-list-aria = Kollisionen im gewählten Bin
events-item = { $process }: Run { $run }, Ereignis { $event }
events-sample = { $process }: Aufgezeichnet ist eine Stichprobe von { $recorded } seiner { $selected } simulierten Ereignisse, daher stehen nur diese in der Liste.
events-previous = Vorherige Kollision
events-next = Nächste Kollision
events-position = Kollision { $index } von { $count } in diesem Bin
events-close = Anzeige schließen
events-not-found = Der Link verlangt die Kollision { $event }, die nicht unter den aufgezeichneten Kollisionen dieser Analyse ist.
events-unreadable = Die aufgezeichneten Kollisionen konnten nicht gelesen werden ({ $detail }). Die Histogramme sind davon nicht betroffen.
events-display-aria = Ereignisanzeige von Run { $run }, Ereignis { $event }: { $leptons } Leptonen und { $jets } Jets. Die Tabelle darunter listet jedes Objekt.
events-transverse = Quer zum Strahl (x–y)
events-side = Entlang des Strahls (r–z)
events-objects-caption = Die Objekte von Run { $run }, Ereignis { $event }
events-col-object = Objekt
events-col-charge = Ladung
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Elektron
events-muon = Myon
events-jet = Jet
events-bjet = b-markierter Jet
events-met = Fehlender Transversalimpuls
events-values-caption = Wo diese Kollision in jedem Diagramm liegt
events-other-category = andere
events-legend-detector = Detektor: innerer Spurdetektor, Kalorimeter (elektromagnetisch, hadronisch), Myonkammern
events-legend-electron = Elektron: gekrümmte Spur, Energie im elektromagnetischen Kalorimeter
events-legend-muon = Myon: gekrümmte Spur, die alles bis zu den Myonkammern durchquert
events-legend-jet = Jet: Energie in den Kalorimetern (b-markiert dunkler)
events-legend-met = Fehlender Transversalimpuls: gestrichelter Pfeil

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Rätselprobe { $code }
mystery-intro = Die Daten auf dieser Seite sind Pseudodaten: zufällig aus der Simulation gezogen, das Signal mit einer verborgenen Stärke μ multipliziert — 0 (kein Signal), 1 (wie vom Standardmodell vorhergesagt) oder 2 (das Doppelte). Gibt es ein Signal? Setze deine Schnitte und miss dann μ mit dem Fit.
mystery-answer-none = Antwort: Verborgen war μ = 0. Diese Daten enthalten gar kein Signal: Jeder Überschuss war eine Schwankung des Untergrunds.
mystery-answer-sm = Antwort: Verborgen war μ = 1. Diese Daten enthalten das Signal, das das Standardmodell vorhersagt.
mystery-answer-twice = Antwort: Verborgen war μ = 2. Diese Daten enthalten das Doppelte des Signals, das das Standardmodell vorhersagt.
mystery-invalid = Dieser Rätselcode kann nicht verwendet werden: { $reason }. Frag deine Lehrkraft noch einmal nach dem Code.
mystery-bad-length = ein Code hat 6 Zeichen, dieser hat { $length }
mystery-bad-character = „{ $character }“ ist kein Zeichen eines Codes
mystery-bad-check = ein Zeichen scheint vertippt (die Prüfsumme stimmt nicht)
mystery-teacher-heading = Rätselproben
mystery-teacher-intro = Gib einer Klasse Pseudodaten mit einer verborgenen Signalmenge: Die Schülerinnen und Schüler entscheiden, ob es ein Signal gibt, und messen seine Stärke μ mit dem Fit; dann verrät dein Antwortlink sie. Jeder Code zieht eigene Daten, daher können Gruppen mit verschiedenen Codes nicht voneinander abschreiben.
mystery-teacher-analysis = Analyse
mystery-teacher-strength = Verborgene Signalstärke
mystery-teacher-random = zufällig gewählt
mystery-teacher-make = Rätsel erstellen
mystery-teacher-students = Für die Klasse
mystery-teacher-answer = Die Antwort (für dich behalten)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = Blind
blind-title = Die Daten dort, wo das Signal erwartet wird, verbergen, bis die Schnitte gewählt sind, wie in echten Analysen
blind-region = { $axis } { $bins }
blind-hidden = Blinde Analyse: Die Daten in { $region } sind verborgen. Wähle deine Schnitte nur anhand der Simulation, friere sie dann ein und sieh dir die Daten an.
blind-unblind = Schnitte einfrieren und entblinden
blind-unblinded = Entblindet mit diesen Schnitten: { $cuts }.
blind-changed = Die Schnitte wurden nach dem Entblinden geändert: Das Ergebnis ist nicht mehr blind.
blind-fit = Blind: Der Fit von μ an die Daten wartet, bis du entblindest.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Unser Ergebnis teilen
share-hint = Gebt den Namen eurer Gruppe ein: Der Code unten bringt eure Schnitte, s, b, Z und μ̂ auf die Klassenseite eurer Lehrkraft. Kopiert ihn oder lasst eure Lehrkraft den QR-Code scannen.
share-group-label = Gruppenname
share-group-needed = Gebt den Namen eurer Gruppe ein, um den Code zu erzeugen.
share-code-label = Unser Ergebniscode
share-copy = Code kopieren
share-copied = Kopiert
share-close = Schließen
share-qr-label = QR-Code eines Links zur Klassenseite mit unserem Ergebnis
