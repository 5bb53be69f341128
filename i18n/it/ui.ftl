# L'interfaccia e le etichette che il manifesto di un cubo nomina per chiave.

## Analisi

analysis-hzz4l-title = Bosone di Higgs che decade in quattro leptoni (H → ZZ* → 4ℓ)
analysis-hww-title = Bosone di Higgs che decade in due bosoni W (H → WW* → ℓνℓν)
analysis-ttz-title = Coppie di quark top con un bosone Z: due leptoni (tt̄Z → 2ℓ)
analysis-ttz3l-title = Coppie di quark top con un bosone Z: tre leptoni (tt̄Z → 3ℓ)

## Assi

axis-m4l = m₄ℓ, massa invariante dei quattro leptoni
axis-mz1 = m₁₂, massa della coppia di leptoni più vicina alla Z
axis-mz2 = m₃₄, massa dell'altra coppia di leptoni
axis-mll = mℓℓ, massa invariante dei due leptoni
axis-met = MET, impulso trasverso mancante
axis-mt = mT, massa trasversa
axis-ptll = pTℓℓ, impulso trasverso della coppia di leptoni
axis-njets = Numero di jet
axis-nbjets = Numero di jet identificati come b
axis-channel = Canale
axis-lead_lep_pt = pT del leptone principale, quello di pT maggiore
axis-dphi_ll_met = Δφ(ℓℓ, MET), angolo tra la coppia di leptoni e la MET
axis-dphi_ll = Δφℓℓ, angolo tra i due leptoni
axis-dphill = Δφℓℓ, angolo tra i due leptoni
axis-drll = ΔRℓℓ, distanza tra i due leptoni
axis-mz = mℓℓ, massa del candidato Z (la coppia di leptoni dello stesso sapore e di carica opposta più vicina a 91 GeV)
axis-ptz = pTℓℓ, impulso trasverso del candidato Z

## Categorie

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

## Processi

process-data = Dati
process-higgs = Bosone di Higgs (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + jet
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Top singolo (single top)
process-tz = tZq, tWZ
process-other = Altri
process-reducible = Fondo riducibile (Z + jet, tt̄), stimato dai dati

## Pagina

app-title = Analizzatore di istogrammi — ATLAS Open Data
app-loading = Caricamento dell'analizzatore di istogrammi…
app-internal-error = L'analizzatore si è fermato per un errore interno ({ $detail }). Ricarica la pagina per ricominciare.
app-link-ignored = Alcune parti di questo link non sono state usate e sono rimaste ai valori predefiniti: { $parts }
app-link-unknown = parametri sconosciuti: { $count }
app-dismiss = Chiudi
app-provenance-real = ATLAS Open Data — dati reali, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Campioni simulati nel formato ATLAS Open Data — i dati sono pseudo-dati (simulati), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Campioni simulati nel formato ATLAS Open Data — nessun dato in questa vista, √s = { $energy } TeV, { $lumi } fb⁻¹

## Barra dei tagli

cuts-aria = Tagli attuali
cuts-label = Tagli:
cuts-none = Nessun taglio: tutti gli eventi sono selezionati.
cuts-undo = Annulla
cuts-undo-title = Annulla l'ultima modifica ai tagli (Ctrl+Z)
cuts-redo = Ripeti
cuts-redo-title = Ripeti (Ctrl+Maiusc+Z o Ctrl+Y)
cuts-reset = Togli tutti i tagli
cuts-logy = Asse y logaritmico
cuts-download-uhi = Scarica gli istogrammi (UHI JSON)
cuts-download-uhi-title = Tutti gli istogrammi con i tagli attuali, bin di overflow compresi, in UHI JSON per hist o uhi in Python
cuts-save-failed = Non è stato possibile salvare gli istogrammi: { $detail }
cuts-apply-failed = Non è stato possibile applicare il taglio: { $detail }

## Grafici

plots-aria = Istogrammi, uno per variabile, ciascuno con il suo taglio
plots-hint = Processi simulati impilati, normalizzati a { $lumi } fb⁻¹; dati come punti con barre d'errore di Poisson al 68 %. Ogni istogramma applica tutti i tagli tranne il proprio, così la parte che il suo taglio rimuove resta visibile, ombreggiata. Premi una voce della legenda per nascondere o mostrare il suo processo.
plot-download-png = Scarica PNG
plot-download-png-aria = Scarica PNG dell'istogramma di { $axis }
plot-legend-aria = Legenda: premi una voce per mostrare o nascondere il suo processo
plot-save-failed = Non è stato possibile salvare l'immagine: { $detail }
plot-draw-failed = Non è stato possibile disegnare l'istogramma: { $detail }
process-toggle-title = Mostra o nascondi nei grafici e in s, b e Z

## Controlli dei tagli

cut-legend = Taglio su { $axis }
cut-minimum = Minimo
cut-maximum = Massimo
cut-remove = Togli il taglio
cut-none = Nessun taglio su { $axis }: tutti gli eventi sono selezionati.
cut-below = Selezionato: { $axis } sotto { $upper }.
cut-from = Selezionato: { $axis } da { $lower } in su.
cut-between = Selezionato: { $axis } da { $lower } a { $upper }.
cut-hint = I valori si allineano ai bordi dei bin; le frecce spostano di un bin, Pag su e Pag giù di cinque. Un estremo lasciato al limite dell'asse resta aperto e tiene gli eventi oltre il grafico.
category-hint = Le categorie premute vengono tenute. Almeno una resta selezionata: senza nessuna non resterebbe alcun evento.
category-group = Categorie di { $axis } da tenere

## Conteggi

yields-heading = Eventi dopo tutti i tagli
yields-hint = Premi un processo per mostrarlo o nasconderlo; i processi nascosti non contano in s, b né Z.
yields-process = Processo
yields-events = Eventi
yields-stat = ± stat.
yields-raw = Eventi grezzi
yields-role-signal = segnale
yields-role-background = fondo
yields-signal = Segnale, s
yields-background = Fondo, b
yields-data = Dati
yields-data-events = ({ $count } eventi)
yields-z-title = significatività mediana di scoperta di un esperimento di conteggio

## Lingua, navigazione, incorporamento

lang-label = Lingua
nav-explain = La fisica spiegata
nav-glossary = Glossario
nav-teachers = Per gli insegnanti
nav-aria = Sezioni
embed-button = Incorpora
embed-heading = Incorpora questa vista nella tua pagina
embed-copy = Copia
embed-copied = Copiato
embed-close = Chiudi
embed-frame-title = Analizzatore di istogrammi di ATLAS Open Data
embed-open-full = Apri l'analizzatore completo
embed-hint = Scegli cosa mostra il riquadro, controlla l'anteprima, poi copia il codice nella tua pagina. Il riquadro parte dai tagli attuali; lo script lo adatta al suo contenuto.
embed-plots = Grafici
embed-controls = Controlli di taglio sotto i grafici
embed-panel = Numeri
embed-panel-numbers = s, b, Z e μ̂ su una riga
embed-panel-yields = La tabella delle rese e il fit
embed-panel-none = Nessun numero
embed-path = Percorso guidato
embed-path-none = Nessuno
embed-language = Lingua
embed-width = Larghezza
embed-width-column = La larghezza della colonna
embed-width-pixels = { $px } px
embed-preview = Anteprima
embed-numbers-label = I numeri della selezione
link-expected-panel = atteso numbers, yields o none
link-expected-event = atteso RUN:EVENTO, due numeri interi
link-no-path = nessun percorso guidato "{ $path }"

## Pagina iniziale, caricamento, convenzioni dei grafici, tabelle, viste

process-pseudo_data = Pseudo-dati (simulati)
analysis-hzz4l-sentence = Quattro leptoni da vere collisioni di ATLAS: cerca un picco stretto a 125 GeV sopra il fondo ZZ*.
analysis-hww-sentence = Due leptoni e impulso mancante: individua l'ampio eccesso dell'Higgs sotto i fondi WW e dei quark top.
analysis-ttz-sentence = Una coppia di leptoni da un bosone Z con molti jet e jet b: trova coppie di quark top prodotte insieme a un bosone Z.
analysis-ttz3l-sentence = Tre leptoni, un bosone Z e un jet b: trova coppie di quark top prodotte insieme a un bosone Z nello stato finale più pulito.
data_kind-real = Dati reali
data_kind-pseudo = Pseudo-dati (simulati)
data_kind-none = Solo simulazione
home-title = Analizzatore di istogrammi: ATLAS Open Data a 13 TeV
home-intro = Scegli un'analisi. Ognuna apre istogrammi collegati su cui puoi tagliare, con il segnale e il fondo attesi e i dati registrati.
home-catalog-loading = Ricerca delle analisi…
home-catalog-error = Non è stato possibile caricare l'elenco delle analisi: { $reason }
page-texts-loading = Caricamento del testo di questa pagina…
page-texts-error = Non è stato possibile caricare il testo di questa pagina: { $reason }. Controlla la connessione e ricarica la pagina.
home-data-label = Dati:
home-size = { $size } da scaricare
home-open = Apri { $title }
home-list-label = Analisi
home-back = ← Torna alle analisi
loading-progress = Caricamento dei dati dell'analisi: { $received } di { $total }
loading-progress-unknown = Caricamento dei dati dell'analisi: { $received }
loading-label = Download dei dati dell'analisi
loading-error-title = Non è stato possibile aprire l'analisi.
loading-error-hint = Controlla la connessione e ricarica la pagina, oppure torna indietro e scegli un'altra analisi.
loading-error-damaged-hint = Il file dell'analisi è danneggiato o non è stato fatto per questo analizzatore, quindi ricaricare non servirà. Torna indietro e scegli un'altra analisi, e avvisa chi gestisce questo sito.
plot-atlas = ATLAS Open Data
plot-simulation = Simulazione
plot-pseudo = pseudo-dati (simulati)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Eventi / bin
plot-events-per-width = Eventi / { $width } { $unit }
plot-fraction-per-bin = Frazione di eventi / bin
plot-ratio = Dati / Sim.
plot-mc-stat = Incertezza statistica della simulazione
plot-aria-stack = Istogramma di { $axis }: processi simulati impilati con l'incertezza statistica tratteggiata, dati come punti con barre d'errore e il rapporto dati/simulazione sotto. Valgono tutti i tagli tranne il suo; la parte che il suo taglio rimuove è ombreggiata. Trascina sul grafico per tagliare su { $axis }.
plot-aria-shapes = Forme di { $axis }: ogni processo normalizzato ad area unitaria, disegnato come linea, per confrontare dove stanno segnale e fondo. Trascina sul grafico per tagliare su { $axis }.
plot-download-svg = Scarica SVG
plot-download-svg-aria = Scarica SVG (immagine vettoriale) dell'istogramma di { $axis }
plot-drag-hint = Trascina su un grafico (mouse o dito) per tagliare sulla sua variabile; gli estremi si allineano ai bordi dei bin.
table-summary = Tabella dell'istogramma di { $axis }
table-bin = Bin
table-stack = Totale simulato
table-mc-stat = ± stat. sim.
table-caption = Eventi per bin di { $axis } con tutti i tagli tranne il suo: ogni processo simulato, la loro somma e i dati.
table-underflow = sotto { $edge }
table-overflow = { $edge } e oltre
view-shapes = Confronta le forme (ogni processo normalizzato)
view-projector = Modalità proiettore (alto contrasto, testo grande)
yields-meter-label = Indicatore di significatività, Z di Asimov
yields-meter-text = Z = { $z } σ
yields-meter-none = Z non è definita senza fondo
yields-meter-marks = 3σ: evidenza · 5σ: scoperta
yields-raw-hint = Eventi grezzi: quanti eventi simulati (o registrati) ci sono dietro ogni numero. Dove i jet b simulati sono etichettati per probabilità, un evento conta una volta per ogni numero di jet b che può avere.
yields-raw-from-data = { $count } dai dati
summary-bar-label = Segnale, fondo e significatività con i tagli attuali

open-heading = Apri il tuo cubo
open-intro = Hai creato un cubo con preprocess build? Aprilo qui. Il file viene letto da questo browser e non viene inviato da nessuna parte.
open-choose = Scegli un file .cube
open-drop-hint = oppure trascinalo in un punto qualsiasi di questa pagina.
open-dropping = Rilascia il file per aprirlo.
open-reading = Lettura di { $file }…
open-error-title = Non è stato possibile aprire questo file.
open-no-file = Niente da aprire: trascina qui un file .cube dal tuo computer.
open-read-failed = Non è stato possibile leggere { $file } da questo computer: { $detail }
open-root-file = { $file } è un file ROOT, non un cubo. Trasformalo prima in un cubo con preprocess build, poi apri il cubo.
open-not-cube = { $file } non è un file cubo. Scegli un file .cube creato con preprocess build.
open-old-version = { $file } è stato creato da una versione precedente del preprocessore. Ricrealo con l'attuale preprocess build.
open-new-version = { $file } è stato creato da una versione del preprocessore più recente di quella che questa pagina sa leggere. Aprilo in una versione più recente dell'analizzatore.
open-truncated = { $file } è incompleto: contiene { $found } dei { $expected } previsti. Copialo o scaricalo di nuovo.
open-too-long = { $file } contiene più byte di quanti ne annunci la sua intestazione: potrebbe essere danneggiato. Copialo o ricrealo.
open-damaged = { $file } è danneggiato: il suo contenuto non corrisponde alla sua somma di controllo. Copialo o scaricalo di nuovo.
open-too-large = { $file } è troppo grande per essere aperto in un browser ({ $detail }). Costruisci un cubo con meno assi o intervalli.
open-unreadable = Non è stato possibile leggere { $file } come cubo ({ $detail }). Ricrealo con preprocess build.
local-notice = Aperto da questo computer: { $file }. L'indirizzo nomina il file, ma un link a questa pagina non può portarlo con sé: per condividere questa analisi, invia il file .cube stesso.
local-missing = Questo indirizzo mostrava { $file }, un file cubo aperto da un computer. Un link non può portare con sé il file: aprilo di nuovo qui.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Intensità del segnale da un fit di verosimiglianza
fit-mu = Intensità del segnale μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z dal fit (q₀), osservata
fit-z-expected = Z attesa (dati di Asimov, μ = 1)
fit-z-infinite = Z è infinita: alcuni dati cadono dove è atteso solo segnale, quindi μ = 0 non può descriverli affatto.
fit-at-lower-bound = μ̂ è al suo limite inferiore, 0: in questa selezione i dati sono al livello del fondo atteso o sotto, quindi il fit non dà né un valore centrale né un errore verso il basso, solo un estremo superiore: μ < { $upper } (1σ, dove la scansione incrocia 1).
fit-fluctuation-pseudo = Questi pseudo-dati sono stati estratti a caso dalla simulazione, quindi fluttuano come farebbero i dati reali: se il Modello Standard è giusto, la Z osservata è entro 1σ da quella attesa circa due volte su tre, e a più di 2σ circa una volta su venti.
fit-fluctuation-real = I dati fluttuano: se il Modello Standard è giusto, la Z osservata è entro 1σ da quella attesa circa due volte su tre, e a più di 2σ circa una volta su venti.
fit-axis = Fit sull'istogramma di { $axis }: i suoi bin dentro il suo stesso taglio, con tutti gli altri tagli applicati.
fit-norm-included = Incertezze di normalizzazione nel fit: { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
fit-expected = atteso (Asimov)
fit-expected-hint = Questa analisi non ha dati, quindi il fit usa i conteggi attesi (il dataset di Asimov, segnale + fondo con μ = 1): mostra la precisione che una misura raggiungerebbe.
fit-error-no-axis = Questa analisi non ha nessuna variabile su cui fare il fit dell'intensità del segnale.
fit-error-no-signal = Nell'intervallo del fit non è atteso alcun segnale, quindi non c'è un'intensità del segnale da misurare: allarga il taglio su { $axis } o mostra di nuovo il segnale.
fit-error-no-data = Questa analisi non ha dati su cui fare il fit.
fit-error-data-without-prediction = Dati in un bin senza alcuna simulazione ({ $bin }, { $observed } eventi): restringi l'intervallo del fit.
fit-error-setup = Non è stato possibile preparare il fit con queste impostazioni.
fit-scan-heading = Scansione della verosimiglianza profilata
fit-scan-aria = Scansione della verosimiglianza profilata: −2Δln L in funzione dell'intensità del segnale μ, con una linea tratteggiata a 1 (l'intervallo a 1σ) e il miglior fit μ̂ segnato.
fit-scan-text = La curva ha il minimo in μ̂ = { $mu } e attraversa la linea a 1 in μ = { $lower } e μ = { $upper }: tra i due c'è l'intervallo a 1σ.
fit-scan-at-bound = Da un lato la curva resta sotto 1 fino al limite dei valori che μ può assumere, quindi l'intervallo si ferma lì.
fit-scan-x = Intensità del segnale μ
fit-scan-y = −2Δln L
fit-download = Scarica il workspace di pyhf
fit-download-title = Il modello del fit come workspace JSON di pyhf, per rifare il fit in Python con pyhf
fit-download-failed = Non è stato possibile salvare il workspace.
fit-explain-summary = Che cosa significano μ̂, la scansione e Z?
fit-explain = L'intensità del segnale μ dice quanto segnale contengono i dati rispetto al Modello Standard: μ = 1 è esattamente la previsione del Modello Standard, μ = 0 significa nessun segnale (né bosone di Higgs né tt̄Z). Il fit trova il valore migliore μ̂; più è stretta la curva della scansione, più è precisa la misura, e dove attraversa 1 si legge l'incertezza di ±1σ. Z, ricavata dalla statistica di test q₀, dice quanto nettamente i dati escludono μ = 0: 3σ vale come evidenza, 5σ come scoperta.

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = impossibile caricare { $url }: { $reason }
error-load-http = impossibile caricare { $url }: il server ha risposto { $status }
error-load-cube = { $url } non si può usare: { $reason }
error-no-window = non c'è nessuna finestra del browser
error-cube-no-axis = questo cubo non ha nessun asse di cui disegnare un istogramma
error-save-unknown = il browser non ha dato alcun motivo
error-part-not-loaded = Non è stato possibile scaricare questa parte dell'analizzatore: controlla la connessione e riprova.
error-catalog-not-json = non è JSON ({ $detail })
error-catalog-no-version = manca catalog_version
error-catalog-version = catalogo nella versione { $found }, questa pagina legge la versione { $supported }
error-catalog-malformed = non è un catalogo ({ $detail })
error-catalog-id = l'analisi { $index } ha un identificativo inutilizzabile "{ $id }"
error-catalog-path-id = l'analisi { $index } ha un percorso guidato con un identificativo inutilizzabile "{ $id }"
error-language-unavailable = lang={ $lang } ({ $reason }; la pagina è in inglese)
error-link-cuts-refused = tutti i tagli del link ({ $reason })
link-unknown-parameter = parametro sconosciuto
link-unknown-language = lingua sconosciuta
link-expected-axis = atteso ASSE:…
link-expected-range = atteso ASSE:MINIMO:MASSIMO
link-expected-categories = atteso ASSE:CATEGORIA,CATEGORIA…
link-expected-flag = atteso 1 o 0
link-expected-view = atteso stack o shapes
link-no-axis = nessun asse "{ $axis }"
link-no-category = nessuna categoria "{ $category }"
link-no-process = nessun processo "{ $process }"
link-not-a-number = "{ $text }" non è un numero
link-empty-range = intervallo vuoto
link-no-category-kept = nessuna categoria tenuta

## Esploratore (analyses/explorer.toml)

analysis-explorer-title = Esplora: costruisci il tuo stato finale
analysis-explorer-sentence = Ogni processo simulato con due leptoni separatamente: taglia su sapore, carica, jet, jet b e MET, e guarda quale processo isola il tuo stato finale.
axis-sign = Carica, segno opposto o uguale dei due leptoni
category-sign-os = segno opposto
category-sign-ss = stesso segno
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# Cut flow.
cutflow-heading = Flusso dei tagli
cutflow-hint = Un passo per taglio, nell'ordine in cui li hai applicati. «Conservato» è la frazione del segnale o del fondo di prima di quel taglio che il taglio lascia passare.
cutflow-cut = Taglio
cutflow-no-cut = Nessun taglio
cutflow-signal-efficiency = Segnale conservato
cutflow-background-efficiency = Fondo conservato
cutflow-percent = { $percent } %
cutflow-download = Scarica CSV
cutflow-download-title = Salva questa tabella come file CSV per un foglio di calcolo

## The event display: the recorded collisions behind a bin

events-heading = Collisioni in un bin
events-intro = Scegli un grafico e uno dei suoi bin: l'elenco mostra le collisioni registrate che quel bin contiene con i tagli attuali (prima i dati, poi la simulazione per processo). Aprine una per vederla nel rivelatore.
events-loading = Scaricamento delle collisioni registrate…
events-show = Collisioni in un bin
events-show-title = Elenca le collisioni in un bin di questo grafico
events-axis = Grafico
events-bin = Bin
events-choose-bin = Scegli un bin
events-bin-option = { $bin } ({ $count })
events-none = Nessuna collisione registrata cade in questo bin con i tagli attuali.
events-list-aria = Collisioni nel bin scelto
events-item = { $process }: run { $run }, evento { $event }
events-sample = { $process }: è registrato un campione di { $recorded } dei suoi { $selected } eventi simulati, quindi sono elencati solo quelli.
events-previous = Collisione precedente
events-next = Collisione successiva
events-position = Collisione { $index } di { $count } in questo bin
events-close = Chiudi la visualizzazione
events-not-found = Il link chiede la collisione { $event }, che non è tra le collisioni registrate di questa analisi.
events-unreadable = Non è stato possibile leggere le collisioni registrate ({ $detail }). Gli istogrammi non ne risentono.
events-display-aria = Visualizzazione del run { $run }, evento { $event }: { $leptons } leptoni e { $jets } jet. La tabella qui sotto elenca ogni oggetto.
events-transverse = Trasversale al fascio (x–y)
events-side = Lungo il fascio (r–z)
events-objects-caption = Gli oggetti del run { $run }, evento { $event }
events-col-object = Oggetto
events-col-charge = Carica
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Elettrone
events-muon = Muone
events-jet = Jet
events-bjet = Jet con tag b
events-met = Impulso trasverso mancante
events-values-caption = Dove si trova questa collisione in ogni grafico
events-other-category = altro
events-legend-detector = Rivelatore: tracciatore interno, calorimetri (elettromagnetico, adronico), camere per muoni
events-legend-electron = Elettrone: traccia curva, energia nel calorimetro elettromagnetico
events-legend-muon = Muone: traccia curva che attraversa tutto fino alle camere per muoni
events-legend-jet = Jet: energia nei calorimetri (con tag b più scuro)
events-legend-met = Impulso trasverso mancante: freccia tratteggiata

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Campione misterioso { $code }
mystery-intro = I dati di questa pagina sono pseudo-dati: estratti a caso dalla simulazione con il segnale moltiplicato per un'intensità nascosta μ — 0 (nessun segnale), 1 (quanto prevede il Modello Standard) o 2 (il doppio). C'è un segnale? Fai i tuoi tagli, poi misura μ con il fit.
mystery-answer-none = Risposta: era nascosto μ = 0. Questi dati non contengono alcun segnale: ogni eccesso era una fluttuazione del fondo.
mystery-answer-sm = Risposta: era nascosto μ = 1. Questi dati contengono il segnale previsto dal Modello Standard.
mystery-answer-twice = Risposta: era nascosto μ = 2. Questi dati contengono il doppio del segnale previsto dal Modello Standard.
mystery-invalid = Questo codice misterioso non si può usare: { $reason }. Chiedi di nuovo il codice all'insegnante.
mystery-bad-length = un codice ha 6 caratteri, questo ne ha { $length }
mystery-bad-character = «{ $character }» non è un carattere di un codice
mystery-bad-check = un carattere sembra scritto male (il codice non torna)
mystery-teacher-heading = Campioni misteriosi
mystery-teacher-intro = Dai a una classe pseudo-dati con una quantità nascosta di segnale: gli studenti decidono se c'è un segnale e ne misurano l'intensità μ con il fit, poi il tuo link di risposta la rivela. Ogni codice estrae i propri dati, quindi gruppi con codici diversi non possono copiarsi.
mystery-teacher-analysis = Analisi
mystery-teacher-strength = Intensità di segnale nascosta
mystery-teacher-random = scelta a caso
mystery-teacher-make = Crea un mistero
mystery-teacher-students = Per gli studenti
mystery-teacher-answer = La risposta (tienila per te)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = Alla cieca
blind-title = Nascondere i dati dove è atteso il segnale finché non hai scelto i tagli, come nelle analisi vere
blind-region = { $axis } { $bins }
blind-hidden = Analisi alla cieca: i dati in { $region } sono nascosti. Scegli i tagli guardando solo la simulazione, poi congelali e guarda i dati.
blind-unblind = Congela i tagli e guarda i dati
blind-unblinded = Dati svelati con questi tagli: { $cuts }.
blind-changed = I tagli sono cambiati dopo aver svelato i dati: il risultato non è più alla cieca.
blind-fit = Alla cieca: il fit di μ ai dati aspetta che tu li sveli.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Condividi il nostro risultato
share-hint = Scrivete il nome del vostro gruppo: il codice qui sotto porta i vostri tagli, s, b, Z e μ̂ alla pagina della classe del vostro insegnante. Copiatelo, o fate inquadrare il codice QR all'insegnante.
share-group-label = Nome del gruppo
share-group-needed = Scrivete il nome del vostro gruppo per creare il codice.
share-code-label = Il nostro codice di risultato
share-copy = Copia il codice
share-copied = Copiato
share-close = Chiudi
share-qr-label = Codice QR di un link alla pagina della classe con il nostro risultato
