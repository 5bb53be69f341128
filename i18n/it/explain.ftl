# Partly translated: the glossary is here; every other message of the page is shown in English (the fallback).
# Translations may be added message by message; the i18n completeness test checks their placeholders.

## Glossario (tradotto; il resto della pagina è ancora in inglese)

glossary-heading = Glossario
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
glossary-lumi = Quante collisioni ha registrato il rivelatore, in femtobarn inversi (fb⁻¹). La pubblicazione di ATLAS Open Data usata qui contiene 10 fb⁻¹ di dati del 2015–2016.
glossary-significance-term = Significatività
glossary-significance = Quanto è improbabile che il solo fondo abbia fluttuato fino a ciò che si osserva, in deviazioni standard (σ). 3σ si chiama evidenza e 5σ scoperta.
