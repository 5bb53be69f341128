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
teacher-offline-size = La prima visita a un'analisi scarica circa mezzo megabyte (un po' meno quella a quattro leptoni); poi il browser scarica il resto una volta, in background.
teacher-reference-heading = I dati
teacher-reference = Che cosa contiene la pubblicazione di ATLAS Open Data a 13 TeV (10 fb⁻¹ di dati del 2016 e i campioni simulati) e come è stata fatta è descritto nella nota ATLAS:
