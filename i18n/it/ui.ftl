# L'interfaccia e le etichette che il manifesto di un cubo nomina per chiave.

## Analisi

analysis-hzz4l-title = Bosone di Higgs che decade in quattro leptoni (H → ZZ* → 4ℓ)
analysis-hww-title = Bosone di Higgs che decade in due bosoni W (H → WW* → ℓνℓν)
analysis-ttz-title = Coppie di quark top con un bosone Z (tt̄Z)

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
axis-lead_lep_pt = pT del leptone più energetico
axis-dphi_ll_met = Δφ(ℓℓ, MET), angolo tra la coppia di leptoni e la MET
axis-dphi_ll = Δφℓℓ, angolo tra i due leptoni
axis-dphill = Δφℓℓ, angolo tra i due leptoni
axis-drll = ΔRℓℓ, distanza tra i due leptoni

## Categorie

category-channel-4e = 4e
category-channel-4mu = 4μ
category-channel-2e2mu = 2e2μ
category-channel-ee = ee
category-channel-mumu = μμ
category-channel-emu = eμ

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
process-single_top = Top singolo
process-other = Altri

## Pagina

app-title = Analizzatore di istogrammi — ATLAS Open Data
app-loading = Caricamento dei dati dell'analisi ({ $url })…
app-load-failed = Non è stato possibile aprire l'analisi.
app-load-hint = Controlla la connessione e ricarica la pagina.
app-internal-error = L'analizzatore si è fermato per un errore interno ({ $detail }). Ricarica la pagina per ricominciare.
app-link-ignored = Alcune parti di questo link non sono state usate e sono rimaste ai valori predefiniti: { $parts }
app-dismiss = Chiudi
app-provenance-real = ATLAS Open Data — dati reali, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Simulazione ATLAS Open Data — i dati sono pseudo-dati (simulati), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Simulazione ATLAS Open Data — nessun dato in questa vista, √s = { $energy } TeV, { $lumi } fb⁻¹

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
plot-aria = Istogramma di { $axis } con tutti i tagli tranne il proprio; gli eventi fuori dall'asse sono in una colonna stretta a ogni estremo e la parte rimossa dal suo taglio è ombreggiata
plot-download-png = Scarica PNG
plot-download-png-aria = Scarica l'istogramma di { $axis } come immagine PNG
plot-save-failed = Non è stato possibile salvare l'immagine: { $detail }
plot-draw-failed = Non è stato possibile disegnare l'istogramma: { $detail }
plot-y-title = Eventi / bin
plot-underflow = sotto
plot-overflow = sopra
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

## Conteggi

yields-heading = Eventi dopo tutti i tagli
yields-hint = Premi un processo per mostrarlo o nasconderlo; i processi nascosti non contano in s, b né Z.
yields-process = Processo
yields-events = Eventi
yields-stat = ± stat.
yields-raw = Eventi grezzi
yields-signal = Segnale, s
yields-background = Fondo, b
yields-data = Dati
yields-data-events = ({ $count } eventi)
yields-s-over-sqrt-b = s / √b
yields-z = Z (Asimov)
yields-z-title = significatività mediana di scoperta di un esperimento di conteggio

## Lingua, navigazione, incorporamento

lang-label = Lingua
nav-analysis = Analisi
nav-guide = Percorso guidato
nav-explain = La fisica spiegata
nav-glossary = Glossario
nav-teachers = Per gli insegnanti
nav-aria = Sezioni
embed-button = Incorpora
embed-heading = Incorpora questa vista nella tua pagina
embed-hint = Copia questo codice nella tua pagina. Il riquadro mostra i tagli e la lingua attuali; aggiungi lo script perché si adatti da solo al contenuto.
embed-copy = Copia
embed-copied = Copiato
embed-close = Chiudi
embed-frame-title = Analizzatore di istogrammi di ATLAS Open Data
embed-open-full = Apri l'analizzatore completo
offline-ready = Pronto per lavorare offline: questa analisi è salvata nel tuo browser.
