# La pagina «Per gli insegnanti».

teacher-heading = Per gli insegnanti
teacher-intro = Una lezione di 45 minuti per studenti dai 16 anni in su che hanno già visto energia, quantità di moto ed E = mc². Non serve installare nulla: ogni studente ha bisogno di un browser, o ogni coppia di un computer. Se la rete è lenta, copia prima la cartella offline sui computer dell'aula (vedi «Usare l'analizzatore senza rete» più sotto).
teacher-flow-heading = Scaletta della lezione (45 minuti)
teacher-flow-1 = 0–5 min — La domanda. Proietta l'analisi a quattro leptoni senza tagli e chiedi: «Il bosone di Higgs è qui dentro. Dove?». Lascia che provino a indovinare.
teacher-flow-2 = 5–15 min — Cosa vede il rivelatore. Apri «La fisica spiegata», mostra il diagramma di Feynman e spiega la massa invariante: sommare energie e impulsi dei quattro leptoni «pesa» la particella che è decaduta.
teacher-flow-3 = 15–30 min — Percorso guidato. A coppie seguono «Trova l'Higgs (H → ZZ → 4ℓ)», premono «Mostramelo» solo quando si bloccano e annotano s, b e Z dopo ogni passo.
teacher-flow-4 = 30–40 min — Sfida. Provano a superare la significatività del percorso con i propri tagli; raccogli i valori migliori alla lavagna e chiedi come ci è arrivato ogni gruppo.
teacher-flow-5 = 40–45 min — Chiusura. Perché un solo canale di decadimento con questa quantità di dati non arriva a 5σ, come ATLAS ha combinato più canali (ZZ, γγ, WW) per la scoperta del 2012, e perché una finestra troppo stretta peggiora di nuovo le cose.
teacher-project-heading = Cosa proiettare
teacher-project = Il grafico di m₄ℓ in grande, prima e dopo la finestra in m₄ℓ: il picco a 125 GeV e il picco della Z a 91 GeV sono le due immagini da ricordare. Aggiungi ?lang=it all'indirizzo per proiettare in italiano e usa il pulsante Incorpora per mettere una vista preparata nella pagina del corso.
teacher-answers-heading = Risposte attese
teacher-answer-1 = «Dov'è l'Higgs?» — In un piccolo eccesso vicino a 125 GeV in m₄ℓ; il grande picco vicino a 91 GeV è una sola Z, non l'Higgs.
teacher-answer-2 = «Perché aiutano i tagli su m₁₂ e m₃₄?» — Tengono gli eventi i cui leptoni vengono da bosoni Z, come nel decadimento dell'Higgs, e tolgono quelli con leptoni falsi o identificati male.
teacher-answer-3 = «Perché Z smette di crescere quando la finestra diventa molto stretta?» — La finestra comincia a togliere anche segnale, e con pochi eventi dominano le fluttuazioni statistiche.
teacher-misconceptions-heading = Idee sbagliate frequenti
teacher-misconception-1 = «Ogni evento è un Higgs oppure no, e si può sapere quale.» — Nessun evento si può etichettare: segnale e fondo hanno lo stesso aspetto; solo l'eccesso di eventi sopra il fondo atteso rivela l'Higgs.
teacher-misconception-2 = «I tagli creano il picco.» — I tagli tolgono fondo ma non spostano eventi; il picco c'era fin dall'inizio, come mostra la parte ombreggiata di ogni grafico.
teacher-misconception-3 = «Un s/√b più alto vuol dire sempre un'analisi migliore.» — Con pochissimi eventi s/√b sovrastima la significatività; la Z di Asimov è il numero più onesto, e un risultato non va ottimizzato sugli stessi dati con cui poi lo si verifica.
teacher-misconception-4 = «L'impulso mancante è un errore di misura.» — È un vero segnale fisico dei neutrini, che il rivelatore non può vedere; l'analisi WW si basa su di esso.
teacher-misconception-5 = «Gli pseudo-dati sono dati reali.» — Dove l'analizzatore dice pseudo-dati, i punti sono stati estratti a caso dalla simulazione; la riga sopra i grafici dice sempre se un'analisi mostra eventi reali di ATLAS.
teacher-offline-heading = Usare l'analizzatore senza rete
teacher-offline-intro = L'analizzatore è una cartella di file: nulla gira su un server, quindi funziona in un'aula con una rete lenta o senza rete. Ci sono tre modi per prepararlo.
teacher-offline-1 = Una visita, poi offline. Finché la rete funziona, apri l'analizzatore una volta su ogni computer (o nel browser del proiettore) dal suo indirizzo https:// e aspetta un minuto. Il browser conserva allora tutti i file, con tutte le analisi e le lingue, e l'analizzatore si apre e funziona a rete spenta.
teacher-offline-2 = Una cartella o una chiavetta USB. Procurati la cartella offline (histanalyser-offline.zip, prodotta con «cargo xtask dist»), estraila e avvia al suo interno un piccolo server web: python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) o php -S 127.0.0.1:8000 (PHP). Poi apri http://localhost:8000/. Un doppio clic su index.html non basta: i browser non lasciano che una pagina aperta come file carichi i dati dell'analisi.
teacher-offline-3 = Un solo portatile per tutta la classe. Avvia il server con python3 -m http.server 8000 --bind 0.0.0.0 e dai agli studenti l'indirizzo del portatile nella rete locale (per esempio http://192.168.1.20:8000/). Il portatile deve continuare a servire: in http:// semplice verso un altro computer, i browser non conservano i file per l'uso offline.
teacher-offline-size = La prima visita a un'analisi scarica circa da 0,6 a 0,7 megabyte; poi il browser scarica il resto una volta, in background.
teacher-reference-heading = I dati
teacher-reference = Che cosa contiene la pubblicazione di ATLAS Open Data a 13 TeV (10 fb⁻¹ di dati del 2016 e i campioni simulati) e come è stata fatta è descritto nella nota ATLAS:

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Raccogliere i risultati della classe
teacher-class = Alla fine della sfida ogni gruppo preme «Condividi il nostro risultato» sotto i suoi numeri, scrive il suo nome e invia, legge ad alta voce o mostra il suo codice di risultato (o ti fa inquadrare il suo codice QR). Incolla i codici nella pagina della classe: mostra ogni gruppo, la dispersione di Z e μ̂ della classe, la selezione migliore e i μ̂ dei gruppi combinati. Tutto avviene nel tuo browser; nulla viene inviato altrove.
teacher-class-link = Apri la pagina della classe
class-heading = I risultati della classe
class-intro = Incolla il codice di risultato di ogni gruppo su una riga a sé. I codici vengono controllati qui, nel browser; nulla viene inviato altrove.
class-codes-label = Codici di risultato, uno per riga
class-analysis = Analisi: { $analysis }
class-empty = Ancora nessun gruppo: incolla un codice di risultato qui sopra.
class-line-error = Riga { $line }: { $message }
class-repeated = Riga { $line }: lo stesso codice della riga { $first }, contato una sola volta.
class-error-long = È più lungo di qualsiasi codice di risultato (al massimo { $max } caratteri): è stato incollato altro?
class-error-character = Il carattere { $position } («{ $character }») non fa parte di un codice di risultato, che contiene solo lettere, cifre, - e _.
class-error-short = Il codice è incompleto: mancano caratteri o ne sono stati aggiunti.
class-error-checksum = La somma di controllo non corrisponde: un carattere è stato digitato male o cambiato. Chiedi al gruppo di copiare di nuovo il suo codice.
class-error-version = Questo codice è stato creato da un'altra versione dell'analizzatore (formato { $found }; questa pagina legge il formato { $supported }).
class-error-field = Il codice è danneggiato: il suo campo «{ $field }» non si può leggere.
class-error-analysis = Questo codice è per l'analisi «{ $found }», ma questa pagina della classe raccoglie «{ $expected }».
class-groups-heading = Gruppi
class-col-number = N.
class-col-group = Gruppo
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Tagli
class-no-cuts = nessun taglio
class-no-fit = nessun fit
class-spread-heading = Dispersione della classe
class-spread-z = Significatività Z
class-spread-mu = Intensità del segnale μ̂
class-bar-label = da { $low } a { $high }: { $count }
class-best-heading = Selezione migliore
class-best = Gruppo { $number }, «{ $group }», con Z = { $z }: { $cuts }
class-best-open = Apri questa selezione
class-combination-heading = I μ̂ dei gruppi combinati
class-combination = μ̂ = { $mu } ± { $sigma } da { $groups } gruppi: la media dei μ̂ dei gruppi pesata con 1/σ², con σ la media degli errori + e − di ogni gruppo.
class-combination-why = Perché i gruppi differiscono? Tagli diversi selezionano eventi diversi, quindi ogni gruppo misura μ su un campione diverso, con le sue fluttuazioni statistiche. Le selezioni dei gruppi condividono molti eventi, perciò i loro μ̂ sono correlati e l'errore combinato qui sopra è ottimistico: questa combinazione è uno strumento didattico, non il modo in cui ATLAS combina le misure.
class-combination-none = Nessun gruppo ha un μ̂ adattato da combinare.

## Schede di lavoro (`?page=worksheet&a=<analisi>&sheet=<percorso>`, `&key=1` per le
## soluzioni) e il loro elenco nella pagina per gli insegnanti. Una scheda sta in due pagine al massimo.

teacher-worksheets-heading = Schede di lavoro
teacher-worksheets-intro = Una scheda da stampare per ogni percorso guidato, nella lingua di questa pagina, in due pagine al massimo (A4 o Letter). Gli studenti prevedono l'effetto di ogni taglio prima di applicarlo e annotano i numeri in una tabella. Le soluzioni riportano tutti i numeri, la risposta a ogni previsione e la spiegazione di ogni passo.
teacher-worksheets-path = Percorso guidato
teacher-worksheets-ages = Per chi
teacher-worksheets-sheet = Scheda di lavoro
teacher-worksheets-key = Soluzioni
teacher-worksheets-none = Le analisi non hanno percorsi guidati da stampare.
worksheet-ages-hzz = Dai 15 ai 18 anni: massa invariante e un picco sopra un fondo.
worksheet-ages-separate = Dai 14 ai 16 anni: distinguere i processi dalle loro impronte; nessuna formula necessaria.
worksheet-ages-hww = Dai 16 ai 19 anni, dopo “Separa i segnali”: neutrini, impulso mancante e massa trasversa.
worksheet-ages-ttz = Dai 17 ai 19 anni e primo anno di università: jet b, numero di jet e un processo raro.
worksheet-ages-ttz3l = Dai 16 ai 19 anni: scegliere uno stato finale in cui un processo raro si distingue (tre leptoni, una Z e un jet b).
worksheet-ages-isolate_ww = Dai 16 ai 19 anni: costruire uno stato finale per un processo.
worksheet-ages-isolate_ttbar = Dai 15 ai 18 anni: l'impronta dei quark top.
worksheet-ages-isolate_ztautau = Dai 17 ai 19 anni: un bosone Z visto attraverso leptoni τ e neutrini.
worksheet-heading = Scheda di lavoro
worksheet-key-heading = Soluzioni
worksheet-name = Nome
worksheet-group = Gruppo
worksheet-date = Data
worksheet-open = Apri l'analizzatore a questo indirizzo (o inquadra il codice) e scegli il percorso guidato “{ $path }”. Svolgi ogni compito prima di premere “Mostramelo” e scrivi le risposte su questa scheda.
worksheet-tasks-heading = Compiti
worksheet-look = Apri il grafico di { $axis }. Che cosa vedi? Dove si trova la maggior parte degli eventi? C'è un picco?
worksheet-cut = Prossimo taglio: { $cut }. Prima prevedi: toglierà una parte maggiore del segnale o del fondo? Poi applicalo e compila la riga { $row } della tabella.
worksheet-observation = Vedo:
worksheet-prediction = Prevedo:
worksheet-table-heading = I tuoi numeri
worksheet-col-row = Riga
worksheet-col-task = Compito
worksheet-col-cut = Taglio
worksheet-col-signal = Segnale s
worksheet-col-background = Fondo b
worksheet-col-data = Dati
worksheet-col-z = Z
worksheet-questions-heading = Conclusioni
worksheet-question-excess = Dopo l'ultimo taglio, confronta i dati con il solo fondo. C'è un eccesso? È grande più o meno quanto il segnale atteso s?
worksheet-question-best = Quale taglio ha aumentato di più la significatività Z? Perché proprio quello?
worksheet-question-fewer = I tagli hanno tolto anche eventi di segnale. Perché alla fine la significatività è maggiore?
worksheet-key-note = Per l'insegnante: questi sono i numeri dell'analizzatore per questo percorso, quindi un gruppo che ha premuto “Mostramelo” a ogni passo ha esattamente questi. La spiegazione di ogni passo è il testo del percorso guidato stesso.
worksheet-why = Perché
worksheet-answer = Risposta
worksheet-answer-cut-background = Il segnale conserva il { $signal }, il fondo il { $background }: il taglio toglie una parte maggiore del fondo, e Z passa da { $before } a { $after }.
worksheet-answer-cut-signal = Il segnale conserva il { $signal }, il fondo il { $background }: questo taglio toglie una parte maggiore del segnale, e Z passa da { $before } a { $after }.
worksheet-answer-undefined = Prima di questo taglio non restava segnale o non restava fondo da confrontare.
worksheet-answer-excess = { $data } eventi nei dati, { $background } attesi dal solo fondo: un eccesso di { $excess }, dove la simulazione attende { $signal } eventi di segnale.
worksheet-answer-no-excess = { $data } eventi nei dati, { $background } attesi dal solo fondo: nessun eccesso (i dati sono { $excess } sotto), dove la simulazione attende { $signal } eventi di segnale.
worksheet-answer-best = Compito { $task } ({ $cut }): Z sale da { $before } a { $after }.
worksheet-answer-fewer = Lungo tutto il percorso il segnale conserva il { $signal } e il fondo solo il { $background }. La significatività cresce con s/√b, che passa da { $first } a { $last }.
worksheet-print = Stampa
worksheet-to-key = Soluzioni
worksheet-to-sheet = Scheda per gli studenti
worksheet-loading = Caricamento dell'analisi per la scheda…
worksheet-no-path = Questa analisi non ha il percorso guidato “{ $path }”. I suoi percorsi: { $paths }.
worksheet-qr-label = Codice QR dell'indirizzo dell'analizzatore

## "Crea il tuo stato finale": i passi di docs/own-analysis.md in breve.

teacher-own-heading = Crea il tuo stato finale
teacher-own-intro = Un'analisi è un file di testo che dice quali collisioni tenere e che cosa disegnare. Una classe può scrivere la propria — l'esempio qui sotto misura la massa del bosone Z —, costruirla come cubo dai dati di ATLAS Open Data e aprirla qui. Non serve programmare, basta un terminale.
teacher-own-1 = Installa Rust (rustup.rs), poi costruisci una volta il programma preprocess dalla cartella del codice dell'analizzatore: cargo install --locked --path crates/preprocessor.
teacher-own-2 = Dal portale ATLAS Open Data (13 TeV, pubblicazione del 2020), prendi dalla collezione 2lep i dati data_A.2lep.root e la simulazione dello Z mc_361106.Zee.2lep.root e mc_361107.Zmumu.2lep.root, come file o con i loro indirizzi https://.
teacher-own-3 = Costruisci il cubo con il file di esempio (senza il file dei dati, aggiungi --data-kind pseudo per avere pseudodati):
teacher-own-4 = Nella pagina iniziale, “Apri il tuo cubo” apre zmass.cube in questo browser, con ogni grafico collegato a ogni taglio. Il picco dello Z è a 91 GeV nel grafico di mℓℓ; cambia il file (un asse più fine, un altro taglio sui leptoni, un altro stato finale) e ricostruisci.
teacher-own-example = Scarica il file di analisi di esempio (zmass.toml)
teacher-own-guide = Ogni riga è spiegata nella guida del progetto docs/own-analysis.md (in inglese; in spagnolo docs/own-analysis.es.md), e ogni impostazione in docs/analysis-files.md.
