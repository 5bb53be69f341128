# La pagina «La fisica spiegata» e il glossario. Le equazioni sono in MathML in web/src/ui/explain.rs.

explain-heading = La fisica spiegata
explain-diagram-heading = Come nasce il segnale
explain-equations-heading = Le equazioni dietro i numeri
explain-references-heading = Per saperne di più

## Introduzioni, una per analisi

explain-hzz4l-intro = All'LHC i protoni collidono con un'energia nel centro di massa di 13 TeV. Di solito un bosone di Higgs nasce quando due gluoni, uno per protone, si fondono attraverso un loop di quark top. In circa il 2,6 % dei suoi decadimenti l'Higgs si trasforma in due bosoni Z; poiché 125 GeV è meno di due masse della Z, uno dei due è virtuale (Z*). Ogni Z decade in una coppia elettrone–positrone o muone–antimuone solo in circa il 6,7 % dei casi, quindi appena 1,2 bosoni di Higgs su 10 000 (1,2 × 10⁻⁴) finiscono in quattro elettroni o muoni (rapporti di decadimento del LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Quattro leptoni carichi sono rari e vengono misurati con grande precisione: sommando i loro quadrimpulsi si ottiene la massa della particella che è decaduta, con una risoluzione di uno o due GeV. L'Higgs appare come un picco stretto a 125 GeV sopra un fondo piccolo e regolare di coppie di bosoni Z prodotte direttamente. Per questo si parla di canale d'oro, anche se solo pochi eventi superano la selezione. Un secondo fondo, detto riducibile, viene da bosoni Z o coppie di quark top con leptoni in più dai decadimenti di adroni b e c; è stimato dai dati stessi, usando gli eventi i cui quattro leptoni non hanno carica totale nulla.
explain-hww-intro = Qui l'Higgs decade in due bosoni W, uno dei quali virtuale, e ogni W in un leptone carico e un neutrino. L'Higgs decade in WW* circa otto volte più spesso che in ZZ* (circa il 21 % contro il 2,6 % dei suoi decadimenti), e due leptoni carichi con due neutrini (elettroni e muoni) sono circa ottanta volte più frequenti di quattro leptoni carichi (circa l'1 % contro 1,2 × 10⁻⁴), ma i neutrini attraversano il rivelatore senza lasciare traccia.
explain-hww-why = Senza i neutrini la massa dell'Higgs non si può ricostruire, quindi non c'è un picco. L'analisi usa ciò che i neutrini lasciano: impulso trasverso mancante e una massa trasversa che, misurata perfettamente, non potrebbe superare 125 GeV e che, con la risoluzione del rivelatore, la supera di rado. Poiché l'Higgs ha spin 0, i suoi due leptoni carichi tendono a puntare nella stessa direzione, e questo lo distingue dalle normali coppie di bosoni W.
explain-ttz-intro = Un quark top può emettere un bosone Z. Produrre una coppia di quark top insieme a una Z è circa mille volte più raro della sola coppia, e misura direttamente come il quark top si accoppia al bosone Z.
explain-ttz-why = In questa selezione la Z decade in una coppia di elettroni o di muoni, visibile come un picco a 91 GeV nella massa dei due leptoni, e ogni quark top decade in un quark b e un bosone W che dà altri due jet. Molti jet, jet identificati come b e un picco della Z, insieme, distinguono questo processo raro dai fondi Z + jet e tt̄, molto più grandi.
explain-ttz3l-intro = Lo stesso processo dell'analisi a due leptoni, una coppia di quark top prodotta insieme a un bosone Z, visto in un altro stato finale. La Z decade in una coppia di elettroni o di muoni; un quark top decade in un quark b e un bosone W che dà un leptone carico e un neutrino, l'altro in un quark b e un bosone W che dà due quark. Ne risultano tre leptoni carichi, due jet b, altri due jet e impulso trasverso mancante. Circa il 2 % degli eventi tt̄Z finisce così con elettroni e muoni, poco meno del 3 % dello stato finale a due leptoni.
explain-ttz3l-why = Perché tre leptoni sono meglio di due: nel canale a due leptoni il picco della Z è condiviso con Z + jet, che dà un decadimento Z → ℓℓ decine di migliaia di volte più spesso di tt̄Z, e con tt̄, così il segnale emerge solo con molti jet. Pochissimi processi del Modello Standard danno tre leptoni carichi isolati: soprattutto WZ e ZZ, che raramente hanno jet b. Un candidato Z e un jet identificato come b lasciano quindi un campione in cui tt̄Z è una parte consistente. La misura di tt̄Z di ATLAS (arXiv:1901.03584, nell'elenco qui sotto) trae la maggior parte della sua sensibilità dal canale a tre leptoni.
diagram-hzz4l-alt = Diagramma di Feynman: due gluoni si fondono attraverso un loop di quark top in un bosone di Higgs, che decade in una Z e una Z* virtuale; ciascuna decade in una coppia di leptoni carichi.
diagram-hww-alt = Diagramma di Feynman: due gluoni si fondono attraverso un loop di quark top in un bosone di Higgs, che decade in un W e un W* virtuale; ciascuno decade in un leptone carico e un neutrino.
diagram-ttz-alt = Diagramma di Feynman: due gluoni producono una coppia di quark top; uno dei top emette un bosone Z, che decade in due leptoni carichi.
diagram-ttz3l-alt = Diagramma di Feynman: due gluoni producono una coppia di quark top; il quark top emette un bosone Z, che decade in due leptoni carichi, e poi decade in un quark b e un bosone W⁺ che dà un leptone carico e un neutrino; l'antitop decade in un quark b̄ e un bosone W⁻ che dà due quark.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Come leggere un event display
explain-display-1 = Un event display disegna una collisione nel rivelatore. La vista trasversale al fascio (x–y) guarda lungo il tubo del fascio: la collisione è avvenuta al centro, e gli strati intorno sono, dall'interno verso l'esterno, il tracciatore interno (grigio), il calorimetro elettromagnetico (verde), il calorimetro adronico (rosso) e le camere per muoni (blu). Le distanze sono compresse verso l'esterno perché il piccolo tracciatore resti visibile accanto al sistema per muoni di dieci metri.
explain-display-2 = Una particella carica lascia una traccia nel tracciatore. Il campo magnetico di 2 tesla del solenoide la curva in un cerchio di raggio r = pT / (0,3 B), in metri con pT in GeV: una traccia di 1 GeV si arrotola in pochi metri, un leptone di 50 GeV è quasi dritto. Le cariche positive e negative curvano in versi opposti; così si misura la carica.
explain-display-3 = Gli elettroni si fermano nel calorimetro elettromagnetico e vi lasciano la loro energia; i muoni attraversano tutto e raggiungono le camere per muoni; i jet di adroni depositano la loro energia in entrambi i calorimetri. I neutrini non lasciano traccia: l'impulso che portano via trasversalmente al fascio appare come uno squilibrio, l'impulso trasverso mancante, disegnato come una freccia tratteggiata.
explain-display-4 = La vista lungo il fascio (r–z) mostra la stessa collisione di lato, con il fascio da sinistra a destra: lì le tracce sono rette al loro angolo polare, perché il campo le curva solo trasversalmente al fascio. La tabella sotto le immagini dà l'impulso trasverso pT, la pseudorapidità η e l'angolo azimutale φ di ogni oggetto; da questi si può calcolare a mano la massa invariante dei grafici.

## Equazioni

eq-mass-heading = Massa invariante
eq-mass-text = Sommando le energie e gli impulsi dei prodotti di decadimento si ottiene la massa della particella da cui provengono, la stessa in ogni sistema di riferimento. Con quattro leptoni è m₄ℓ; con due, mℓℓ.
eq-mt-heading = Massa trasversa
eq-mt-text = Quando sfuggono dei neutrini, si conoscono solo gli impulsi perpendicolari al fascio. La massa trasversa usa la coppia di leptoni e l'impulso trasverso mancante; misurata perfettamente non potrebbe mai superare la massa della particella che decade, e con la risoluzione del rivelatore la supera di rado.
eq-significance-heading = Significatività
eq-significance-text = Con s eventi di segnale e b di fondo attesi, s/√b confronta il segnale con la fluttuazione tipica del fondo. La formula di Asimov Z è la significatività mediana che troverebbe un esperimento di conteggio; è vicina a s/√b quando s è molto più piccolo di b ed è più affidabile quando non lo è. Z = 5 è la soglia che i fisici usano per parlare di scoperta.
eq-weight-heading = Peso di un evento
eq-weight-text = Gli eventi simulati sono pesati perché prevedano ciò che il rivelatore ha registrato: la sezione d'urto σ del processo per la luminosità integrata L dà il numero atteso di eventi, ripartito tra gli eventi simulati secondo i loro pesi del generatore e corretto da fattori di scala SF che correggono piccole differenze tra simulazione e rivelatore.

## Glossario

glossary-heading = Glossario
glossary-event-term = Evento
glossary-event = Tutto ciò che il rivelatore registra quando due pacchetti di protoni si incrociano e collidono (o ciò che la simulazione produce per uno di questi incroci): i suoi leptoni, jet e impulso mancante. Gli istogrammi contano eventi, e un taglio tiene o toglie eventi interi.
glossary-lepton-term = Leptone
glossary-lepton = Una particella elementare che non sente la forza forte. Questo analizzatore usa elettroni (e) e muoni (μ), che il rivelatore misura con grande precisione; anche i neutrini (ν) sono leptoni, ma sfuggono senza essere visti.
glossary-jet-term = Jet
glossary-jet = Uno sciame stretto di adroni lasciato da un quark o da un gluone, che non possono esistere da soli; energia e direzione del jet sono quelle del quark o del gluone originale.
glossary-btag-term = Identificazione b (b-tag)
glossary-btag = Un jet identificato come proveniente da un quark b. Gli adroni con un quark b percorrono qualche millimetro prima di decadere, quindi le loro tracce partono lontano dal punto di collisione.
glossary-met-term = MET (impulso trasverso mancante)
glossary-met = L'impulso perpendicolare al fascio che serve a bilanciare tutto ciò che si vede nell'evento. Prima della collisione non c'è impulso trasverso, quindi uno squilibrio indica particelle invisibili, come i neutrini.
glossary-pt-term = pT (impulso trasverso)
glossary-pt = La parte dell'impulso di una particella perpendicolare al fascio, in GeV. Le particelle energetiche ad angoli grandi hanno un pT grande.
glossary-eta-term = η (pseudorapidità)
glossary-eta = Una misura dell'angolo rispetto al fascio: η = 0 è perpendicolare al fascio e |η| cresce verso il fascio. I leptoni sono misurati fino a |η| ≈ 2,5.
glossary-phi-term = φ (angolo azimutale)
glossary-phi = L'angolo attorno al fascio, da −π a π. Δφ è la differenza tra due di questi angoli, tra 0 (stessa direzione) e π (direzioni opposte).
glossary-xsec-term = Sezione d'urto
glossary-xsec = La probabilità di un processo, scritta σ e misurata in barn (fb, pb). Moltiplicata per la luminosità dà il numero atteso di eventi.
glossary-lumi-term = Luminosità integrata
glossary-lumi = Quante collisioni ha registrato il rivelatore, in femtobarn inversi (fb⁻¹). La pubblicazione di ATLAS Open Data usata qui (2020) contiene 10 fb⁻¹ di dati registrati nel 2016.
glossary-significance-term = Significatività
glossary-significance = Quanto è improbabile che il solo fondo abbia fluttuato fino a ciò che si osserva, in deviazioni standard (σ). 3σ si chiama evidenza e 5σ scoperta.

## Riferimenti

ref-authors = Collaborazione ATLAS
ref-discovery = La scoperta del bosone di Higgs da parte di ATLAS nel 2012.
ref-hzz = Il bosone di Higgs in quattro leptoni con tutti i dati a 13 TeV.
ref-hww = Il bosone di Higgs in due bosoni W a 13 TeV.
ref-ttz = La produzione di coppie di quark top con un bosone Z o W a 13 TeV.
ref-opendata = La pubblicazione di ATLAS Open Data a 13 TeV: cosa contiene e come è stata fatta.
ref-opendata-site = ATLAS Open Data: dati, campioni simulati, documentazione e altro materiale didattico.
