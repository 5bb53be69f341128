# Die Seite „Für Lehrkräfte“.

teacher-heading = Für Lehrkräfte
teacher-intro = Eine 45-minütige Stunde für Schülerinnen und Schüler ab 16, die Energie, Impuls und E = mc² kennen. Nichts zu installieren: jede Person braucht einen Browser, oder jedes Paar einen Computer. Bei langsamem Netz vorher den Offline-Ordner auf die Rechner im Raum kopieren (siehe „Den Analysator ohne Netz nutzen“ unten).
teacher-flow-heading = Ablauf der Stunde (45 Minuten)
teacher-flow-1 = 0–5 min — Die Frage. Die Vier-Leptonen-Analyse ohne Schnitte projizieren und fragen: „Das Higgs-Boson steckt hier drin. Wo?“ Raten lassen.
teacher-flow-2 = 5–15 min — Was der Detektor sieht. „Die Physik erklärt“ öffnen, das Feynman-Diagramm zeigen und die invariante Masse erklären: die Summe der Energien und Impulse der vier Leptonen „wiegt“ das zerfallene Teilchen.
teacher-flow-3 = 15–30 min — Geführter Pfad. In Paaren folgen sie „Finde das Higgs (H → ZZ → 4ℓ)“, drücken „Zeig es mir“ nur, wenn sie nicht weiterkommen, und notieren s, b und Z nach jedem Schritt.
teacher-flow-4 = 30–40 min — Herausforderung. Sie versuchen, die Signifikanz des Pfads mit eigenen Schnitten zu übertreffen; die besten Werte an der Tafel sammeln und fragen, wie jede Gruppe dorthin kam.
teacher-flow-5 = 40–45 min — Abschluss. Warum ein einzelner Zerfallskanal mit dieser Datenmenge keine 5σ erreicht, wie ATLAS für die Entdeckung 2012 mehrere Kanäle (ZZ, γγ, WW) kombiniert hat, und warum ein zu schmales Fenster die Lage wieder verschlechtert.
teacher-project-heading = Was projizieren
teacher-project = Das m₄ℓ-Diagramm groß, vor und nach dem Fenster in m₄ℓ: der Peak bei 125 GeV und der Z-Peak bei 91 GeV sind die zwei Bilder, die bleiben sollen. ?lang=de an die Adresse anhängen, um auf Deutsch zu projizieren, und mit dem Knopf Einbetten eine vorbereitete Ansicht in die Kursseite setzen.
teacher-answers-heading = Erwartete Antworten
teacher-answer-1 = „Wo ist das Higgs?“ — In einem kleinen Überschuss nahe 125 GeV in m₄ℓ; der große Peak nahe 91 GeV ist ein einzelnes Z-Boson, nicht das Higgs.
teacher-answer-2 = „Warum helfen die Schnitte auf m₁₂ und m₃₄?“ — Sie behalten Ereignisse, deren Leptonen aus Z-Bosonen stammen, wie beim Higgs-Zerfall, und entfernen solche mit falschen oder falsch erkannten Leptonen.
teacher-answer-3 = „Warum steigt Z nicht mehr, wenn das Fenster sehr schmal wird?“ — Das Fenster schneidet dann auch Signal weg, und bei wenigen Ereignissen dominieren die statistischen Schwankungen.
teacher-misconceptions-heading = Häufige Fehlvorstellungen
teacher-misconception-1 = „Jedes Ereignis ist ein Higgs oder nicht, und man kann sagen, welches.“ — Kein Ereignis lässt sich zuordnen: Signal- und Untergrundereignisse sehen gleich aus; nur der Überschuss über dem erwarteten Untergrund zeigt das Higgs.
teacher-misconception-2 = „Die Schnitte erzeugen den Peak.“ — Schnitte entfernen Untergrund, verschieben aber keine Ereignisse; der Peak war von Anfang an da, wie der schattierte Teil jedes Diagramms zeigt.
teacher-misconception-3 = „Ein höheres s/√b heißt immer eine bessere Analyse.“ — Bei sehr wenigen Ereignissen überschätzt s/√b die Signifikanz; das Asimov-Z ist die ehrlichere Zahl, und ein Ergebnis darf nicht an denselben Daten optimiert werden, mit denen es dann geprüft wird.
teacher-misconception-4 = „Der fehlende Impuls ist ein Messfehler.“ — Er ist ein echtes physikalisches Signal von Neutrinos, die der Detektor nicht sieht; die WW-Analyse beruht darauf.
teacher-misconception-5 = „Pseudodaten sind echte Daten.“ — Wo der Analysator Pseudodaten nennt, wurden die Punkte zufällig aus der Simulation gezogen; die Zeile über den Diagrammen sagt immer, ob eine Analyse echte ATLAS-Ereignisse zeigt.
teacher-offline-heading = Den Analysator ohne Netz nutzen
teacher-offline-intro = Der Analysator ist ein Ordner mit Dateien: nichts läuft auf einem Server, daher funktioniert er auch in einem Raum mit langsamem oder ohne Netz. Es gibt drei Wege, ihn vorzubereiten.
teacher-offline-1 = Ein Besuch, dann offline. Solange das Netz funktioniert, öffne den Analysator einmal auf jedem Rechner (oder im Browser des Beamers) über seine https://-Adresse und warte eine Minute. Der Browser behält dann alle Dateien, alle Analysen und Sprachen eingeschlossen, und der Analysator öffnet sich und funktioniert ohne Netz.
teacher-offline-2 = Ein Ordner oder ein USB-Stick. Besorge den Offline-Ordner (histanalyser-offline.zip, erzeugt mit „cargo xtask dist“), entpacke ihn und starte darin einen kleinen Webserver: python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) oder php -S 127.0.0.1:8000 (PHP). Öffne dann http://localhost:8000/. Ein Doppelklick auf index.html genügt nicht: Browser lassen eine als Datei geöffnete Seite die Analysedaten nicht laden.
teacher-offline-3 = Ein Laptop für die ganze Klasse. Starte den Server mit python3 -m http.server 8000 --bind 0.0.0.0 und gib den Schülerinnen und Schülern die Adresse des Laptops im lokalen Netz (zum Beispiel http://192.168.1.20:8000/). Der Laptop muss weiter ausliefern: über einfaches http:// zu einem anderen Rechner behalten Browser die Dateien nicht für die Offline-Nutzung.
teacher-offline-size = Der erste Besuch einer Analyse lädt etwa 0,6 bis 0,7 Megabyte; danach holt der Browser den Rest einmal im Hintergrund.
teacher-reference-heading = Die Daten
teacher-reference = Was die ATLAS-Open-Data-Veröffentlichung bei 13 TeV enthält (10 fb⁻¹ Daten von 2016 und die simulierten Ereignisse) und wie sie entstand, beschreibt die ATLAS-Notiz:

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Die Ergebnisse der Klasse sammeln
teacher-class = Am Ende der Herausforderung drückt jede Gruppe unter ihren Zahlen auf „Unser Ergebnis teilen“, gibt ihren Namen ein und schickt, liest vor oder zeigt ihren Ergebniscode (oder lässt Sie ihren QR-Code scannen). Fügen Sie die Codes in die Klassenseite ein: Sie zeigt jede Gruppe, die Streuung von Z und μ̂ in der Klasse, die beste Auswahl und die kombinierten μ̂ der Gruppen. Alles geschieht in Ihrem Browser; nichts wird irgendwohin gesendet.
teacher-class-link = Klassenseite öffnen
class-heading = Die Ergebnisse der Klasse
class-intro = Fügen Sie den Ergebniscode jeder Gruppe in eine eigene Zeile ein. Die Codes werden hier im Browser geprüft; nichts wird irgendwohin gesendet.
class-codes-label = Ergebniscodes, einer pro Zeile
class-analysis = Analyse: { $analysis }
class-empty = Noch keine Gruppe: Fügen Sie oben einen Ergebniscode ein.
class-line-error = Zeile { $line }: { $message }
class-repeated = Zeile { $line }: derselbe Code wie in Zeile { $first }, einmal gezählt.
class-error-long = Das ist länger als jeder Ergebniscode (höchstens { $max } Zeichen): Wurde etwas anderes eingefügt?
class-error-character = Zeichen { $position } („{ $character }“) gehört nicht zu einem Ergebniscode, der nur Buchstaben, Ziffern, - und _ enthält.
class-error-short = Der Code ist unvollständig: Zeichen fehlen oder wurden hinzugefügt.
class-error-checksum = Die Prüfsumme stimmt nicht: Ein Zeichen wurde falsch getippt oder geändert. Bitten Sie die Gruppe, ihren Code noch einmal zu kopieren.
class-error-version = Dieser Code stammt von einer anderen Version des Analysators (Format { $found }; diese Seite liest Format { $supported }).
class-error-field = Der Code ist beschädigt: Sein Feld „{ $field }“ ist nicht lesbar.
class-error-analysis = Dieser Code gehört zur Analyse „{ $found }“, aber diese Klassenseite sammelt „{ $expected }“.
class-groups-heading = Gruppen
class-col-number = Nr.
class-col-group = Gruppe
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Schnitte
class-no-cuts = keine Schnitte
class-no-fit = kein Fit
class-spread-heading = Streuung in der Klasse
class-spread-z = Signifikanz Z
class-spread-mu = Signalstärke μ̂
class-bar-label = { $low } bis { $high }: { $count }
class-best-heading = Beste Auswahl
class-best = Gruppe { $number }, „{ $group }“, mit Z = { $z }: { $cuts }
class-best-open = Diese Auswahl öffnen
class-combination-heading = Die μ̂ der Gruppen kombiniert
class-combination = μ̂ = { $mu } ± { $sigma } aus { $groups } Gruppen: der mit 1/σ² gewichtete Mittelwert der μ̂ der Gruppen, mit σ als Mittel aus dem + und − Fehler jeder Gruppe.
class-combination-why = Warum unterscheiden sich die Gruppen? Verschiedene Schnitte wählen verschiedene Ereignisse aus, also misst jede Gruppe μ an einer anderen Stichprobe, mit eigenen statistischen Schwankungen. Die Auswahlen der Gruppen teilen viele Ereignisse, daher sind ihre μ̂ korreliert und der kombinierte Fehler oben ist zu optimistisch: Diese Kombination ist ein Lehrmittel, nicht die Art, wie ATLAS Messungen kombiniert.
class-combination-none = Keine Gruppe hat ein angepasstes μ̂ zum Kombinieren.

## Arbeitsblätter (`?page=worksheet&a=<Analyse>&sheet=<Pfad>`, `&key=1` für die Lösungen) und
## ihre Liste auf der Seite für Lehrkräfte. Ein Arbeitsblatt passt auf höchstens zwei Seiten.

teacher-worksheets-heading = Arbeitsblätter
teacher-worksheets-intro = Ein druckbares Arbeitsblatt für jeden geführten Pfad, in der Sprache dieser Seite, auf höchstens zwei Seiten (A4 oder Letter). Die Schülerinnen und Schüler sagen vorher, was jeder Schnitt bewirkt, wenden ihn dann an und tragen die Zahlen in eine Tabelle ein. Die Lösungen enthalten alle Zahlen, die Antwort auf jede Vorhersage und die Erklärung jedes Schritts.
teacher-worksheets-path = Geführter Pfad
teacher-worksheets-ages = Geeignet für
teacher-worksheets-sheet = Arbeitsblatt
teacher-worksheets-key = Lösungen
teacher-worksheets-none = Die Analysen haben keine geführten Pfade zum Drucken.
worksheet-ages-hzz = 15 bis 18 Jahre: invariante Masse und ein Peak über einem Untergrund.
worksheet-ages-separate = 14 bis 16 Jahre: Prozesse an ihrem Fingerabdruck unterscheiden; keine Formel nötig.
worksheet-ages-hww = 16 bis 19 Jahre, nach „Die Signale trennen“: Neutrinos, fehlender Impuls und transversale Masse.
worksheet-ages-ttz = 17 bis 19 Jahre und erstes Studienjahr: b-Jets, Anzahl der Jets und ein seltener Prozess.
worksheet-ages-ttz3l = 16 bis 19 Jahre: einen Endzustand wählen, in dem ein seltener Prozess hervortritt (drei Leptonen, ein Z und ein b-Jet).
worksheet-ages-isolate_ww = 16 bis 19 Jahre: einen Endzustand für einen Prozess bauen.
worksheet-ages-isolate_ttbar = 15 bis 18 Jahre: der Fingerabdruck von Top-Quarks.
worksheet-ages-isolate_ztautau = 17 bis 19 Jahre: ein Z-Boson, gesehen durch τ-Leptonen und Neutrinos.
worksheet-heading = Arbeitsblatt
worksheet-key-heading = Lösungen
worksheet-name = Name
worksheet-group = Gruppe
worksheet-date = Datum
worksheet-open = Öffne den Analysator unter dieser Adresse (oder scanne den Code) und wähle den geführten Pfad „{ $path }“. Bearbeite jede Aufgabe, bevor du auf „Zeig es mir“ drückst, und schreibe deine Antworten auf dieses Blatt.
worksheet-tasks-heading = Aufgaben
worksheet-look = Öffne das Diagramm von { $axis }. Was siehst du? Wo liegen die meisten Ereignisse, und gibt es einen Peak?
worksheet-cut = Nächster Schnitt: { $cut }. Sag zuerst voraus: Entfernt er einen größeren Anteil des Signals oder des Untergrunds? Wende ihn dann an und fülle Zeile { $row } der Tabelle aus.
worksheet-observation = Ich sehe:
worksheet-prediction = Ich sage voraus:
worksheet-table-heading = Deine Zahlen
worksheet-col-row = Zeile
worksheet-col-task = Aufgabe
worksheet-col-cut = Schnitt
worksheet-col-signal = Signal s
worksheet-col-background = Untergrund b
worksheet-col-data = Daten
worksheet-col-z = Z
worksheet-questions-heading = Schlussfolgerungen
worksheet-question-excess = Vergleiche nach dem letzten Schnitt die Daten mit dem Untergrund allein. Gibt es einen Überschuss, und ist er etwa so groß wie das erwartete Signal s?
worksheet-question-best = Welcher Schnitt hat die Signifikanz Z am meisten erhöht? Warum gerade dieser?
worksheet-question-fewer = Die Schnitte haben auch Signalereignisse entfernt. Warum ist die Signifikanz am Ende trotzdem größer?
worksheet-key-note = Für die Lehrkraft: Das sind die Zahlen des Analysators für diesen Pfad; eine Gruppe, die bei jedem Schritt „Zeig es mir“ gedrückt hat, hat genau diese. Die Erklärung jedes Schritts ist der Text des geführten Pfads selbst.
worksheet-why = Warum
worksheet-answer = Antwort
worksheet-answer-cut-background = Das Signal behält { $signal }, der Untergrund { $background }: Der Schnitt entfernt einen größeren Anteil des Untergrunds, und Z steigt von { $before } auf { $after }.
worksheet-answer-cut-signal = Das Signal behält { $signal }, der Untergrund { $background }: Dieser Schnitt entfernt einen größeren Anteil des Signals, und Z geht von { $before } auf { $after }.
worksheet-answer-undefined = Vor diesem Schnitt war kein Signal oder kein Untergrund mehr zum Vergleichen übrig.
worksheet-answer-excess = { $data } Ereignisse in den Daten, { $background } vom Untergrund allein erwartet: ein Überschuss von { $excess }, wo die Simulation { $signal } Signalereignisse erwartet.
worksheet-answer-no-excess = { $data } Ereignisse in den Daten, { $background } vom Untergrund allein erwartet: kein Überschuss (die Daten liegen { $excess } darunter), wo die Simulation { $signal } Signalereignisse erwartet.
worksheet-answer-best = Aufgabe { $task } ({ $cut }): Z steigt von { $before } auf { $after }.
worksheet-answer-fewer = Über den ganzen Pfad behält das Signal { $signal } und der Untergrund nur { $background }. Die Signifikanz wächst mit s/√b, das von { $first } auf { $last } steigt.
worksheet-print = Drucken
worksheet-to-key = Lösungen
worksheet-to-sheet = Arbeitsblatt für die Klasse
worksheet-loading = Die Analyse für das Arbeitsblatt wird geladen…
worksheet-no-path = Diese Analyse hat keinen geführten Pfad „{ $path }“. Ihre Pfade: { $paths }.
worksheet-qr-label = QR-Code der Adresse des Analysators

## „Bau deinen eigenen Endzustand“: die Schritte von docs/own-analysis.md in Kürze.

teacher-own-heading = Bau deinen eigenen Endzustand
teacher-own-intro = Eine Analyse ist eine Textdatei, die sagt, welche Kollisionen behalten und was gezeichnet wird. Eine Klasse kann ihre eigene schreiben — das Beispiel unten misst die Masse des Z-Bosons —, daraus mit ATLAS Open Data einen Würfel bauen und ihn hier öffnen. Programmieren ist nicht nötig, nur ein Terminal.
teacher-own-1 = Installiere Rust (rustup.rs) und baue einmal das Programm preprocess im Quellordner des Analysators: cargo install --locked --path crates/preprocessor.
teacher-own-2 = Nimm vom ATLAS-Open-Data-Portal (13 TeV, Veröffentlichung von 2020) aus der Sammlung 2lep die Daten data_A.2lep.root und die Z-Simulation mc_361106.Zee.2lep.root und mc_361107.Zmumu.2lep.root, als Dateien oder über ihre https://-Adressen.
teacher-own-3 = Baue den Würfel mit der Beispieldatei (ohne die Datendatei füge --data-kind pseudo für Pseudodaten hinzu):
teacher-own-4 = Auf der Startseite öffnet „Eigenen Würfel öffnen“ zmass.cube in diesem Browser, jedes Diagramm mit jedem Schnitt verknüpft. Der Z-Peak liegt im mℓℓ-Diagramm bei 91 GeV; ändere die Datei (eine feinere Achse, ein anderer Leptonschnitt, ein anderer Endzustand) und baue erneut.
teacher-own-example = Die Beispiel-Analysedatei herunterladen (zmass.toml)
teacher-own-guide = Jede Zeile wird in der Anleitung des Projekts docs/own-analysis.md erklärt (auf Englisch; auf Spanisch docs/own-analysis.es.md), jede Einstellung in docs/analysis-files.md.
