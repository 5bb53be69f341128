# Partly translated: the glossary is here; every other message of the page is shown in English (the fallback).
# Translations may be added message by message; the i18n completeness test checks their placeholders.

## Glossar (übersetzt; der Rest der Seite ist noch englisch)

glossary-heading = Glossar
glossary-lepton-term = Lepton
glossary-lepton = Ein Elementarteilchen, das die starke Kraft nicht spürt. Dieser Analysator nutzt Elektronen (e) und Myonen (μ), die der Detektor sehr genau misst; auch Neutrinos (ν) sind Leptonen, entkommen aber unsichtbar.
glossary-jet-term = Jet
glossary-jet = Ein schmales Bündel von Hadronen, das ein Quark oder Gluon hinterlässt, die nicht allein existieren können; Energie und Richtung des Jets sind die des ursprünglichen Quarks oder Gluons.
glossary-btag-term = b-Markierung (b-tag)
glossary-btag = Ein Jet, der als von einem b-Quark stammend erkannt wurde. Hadronen mit einem b-Quark fliegen einige Millimeter, bevor sie zerfallen, daher beginnen ihre Spuren abseits des Kollisionspunkts.
glossary-met-term = MET (fehlender Transversalimpuls)
glossary-met = Der Impuls quer zum Strahl, der nötig ist, um alles im Ereignis Gesehene auszugleichen. Vor der Kollision gibt es keinen Transversalimpuls, ein Ungleichgewicht zeigt also unsichtbare Teilchen wie Neutrinos an.
glossary-pt-term = pT (Transversalimpuls)
glossary-pt = Der Teil des Impulses eines Teilchens quer zum Strahl, in GeV. Energiereiche Teilchen unter großen Winkeln haben ein großes pT.
glossary-eta-term = η (Pseudorapidität)
glossary-eta = Ein Maß für den Winkel zum Strahl: η = 0 steht senkrecht zum Strahl, |η| wächst zum Strahl hin. Leptonen werden bis |η| ≈ 2,5 gemessen.
glossary-phi-term = φ (Azimutwinkel)
glossary-phi = Der Winkel um den Strahl, von −π bis π. Δφ ist die Differenz zweier solcher Winkel, zwischen 0 (gleiche Richtung) und π (entgegengesetzt).
glossary-xsec-term = Wirkungsquerschnitt
glossary-xsec = Wie wahrscheinlich ein Prozess ist, geschrieben σ und gemessen in Barn (fb, pb). Mit der Luminosität multipliziert ergibt er die erwartete Anzahl an Ereignissen.
glossary-lumi-term = Integrierte Luminosität
glossary-lumi = Wie viele Kollisionen der Detektor aufgezeichnet hat, in inversen Femtobarn (fb⁻¹). Die hier genutzte ATLAS-Open-Data-Veröffentlichung enthält 10 fb⁻¹ Daten aus 2015–2016.
glossary-significance-term = Signifikanz
glossary-significance = Wie unwahrscheinlich es ist, dass allein der Untergrund bis zum Beobachteten geschwankt ist, in Standardabweichungen (σ). 3σ heißt Hinweis, 5σ Entdeckung.
