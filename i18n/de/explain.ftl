# Die Seite „Die Physik erklärt“ und das Glossar. Die Gleichungen stehen als MathML in web/src/ui/explain.rs.

explain-heading = Die Physik erklärt
explain-diagram-heading = Wie das Signal entsteht
explain-equations-heading = Die Gleichungen hinter den Zahlen
explain-references-heading = Zum Weiterlesen

## Einführungen, eine pro Analyse

explain-hzz4l-intro = Am LHC stoßen Protonen mit einer Schwerpunktsenergie von 13 TeV zusammen. Meist entsteht ein Higgs-Boson, wenn zwei Gluonen, eines aus jedem Proton, über eine Schleife aus Top-Quarks verschmelzen. In etwa 2,6 % seiner Zerfälle wird das Higgs zu zwei Z-Bosonen; weil 125 GeV weniger als zwei Z-Massen sind, ist eines davon virtuell (Z*). Jedes Z zerfällt nur in etwa 6,7 % der Fälle in ein Elektron–Positron- oder Myon–Antimyon-Paar, sodass nur 1,2 von 10 000 Higgs-Bosonen (1,2 × 10⁻⁴) als vier Elektronen oder Myonen enden (Verzweigungsverhältnisse der LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Vier geladene Leptonen sind selten und werden sehr genau gemessen: die Summe ihrer Viererimpulse ergibt die Masse des zerfallenen Teilchens auf ein bis zwei GeV genau. Das Higgs erscheint als schmaler Peak bei 125 GeV über einem kleinen, glatten Untergrund direkt erzeugter Z-Paare. Deshalb heißt dieser Kanal der goldene, auch wenn nur wenige Ereignisse die Auswahl bestehen. Ein zweiter, reduzibler Untergrund stammt von Z-Bosonen oder Top-Quark-Paaren mit zusätzlichen Leptonen aus Zerfällen von b- und c-Hadronen; er wird aus den Daten selbst abgeschätzt, aus Ereignissen, deren vier Leptonen zusammen nicht die Ladung null haben.
explain-hww-intro = Hier zerfällt das Higgs in zwei W-Bosonen, eines davon virtuell, und jedes W in ein geladenes Lepton und ein Neutrino. Das Higgs zerfällt etwa achtmal so oft in WW* wie in ZZ* (etwa 21 % gegenüber 2,6 % seiner Zerfälle), und zwei geladene Leptonen mit zwei Neutrinos (Elektronen und Myonen) sind etwa achtzigmal so häufig wie vier geladene Leptonen (etwa 1 % gegenüber 1,2 × 10⁻⁴), aber die Neutrinos durchqueren den Detektor spurlos.
explain-hww-why = Ohne die Neutrinos lässt sich die Higgs-Masse nicht rekonstruieren, es gibt also keinen Peak. Stattdessen nutzt die Analyse, was die Neutrinos hinterlassen: fehlenden Transversalimpuls und eine transversale Masse, die bei perfekter Messung 125 GeV nicht übersteigen könnte und es mit der Auflösung des Detektors selten tut. Weil das Higgs Spin 0 hat, zeigen seine zwei geladenen Leptonen eher in dieselbe Richtung, was es von gewöhnlichen W-Paaren unterscheidet.
explain-ttz-intro = Ein Top-Quark kann ein Z-Boson abstrahlen. Ein Top-Quark-Paar zusammen mit einem Z entsteht etwa tausendmal seltener als das Paar allein, und es misst direkt, wie das Top-Quark an das Z-Boson koppelt.
explain-ttz-why = In dieser Auswahl zerfällt das Z in ein Elektron- oder Myon-Paar, sichtbar als Peak bei 91 GeV in der Masse der zwei Leptonen, und jedes Top-Quark zerfällt in ein b-Quark und ein W-Boson, das zwei weitere Jets liefert. Viele Jets, b-markierte Jets und ein Z-Peak zusammen heben diesen seltenen Prozess aus den viel größeren Untergründen Z + Jets und tt̄ heraus.
explain-ttz3l-intro = Derselbe Prozess wie in der Analyse mit zwei Leptonen, ein Top-Quark-Paar zusammen mit einem Z-Boson, in einem anderen Endzustand. Das Z zerfällt in ein Elektron- oder Myon-Paar; ein Top-Quark zerfällt in ein b-Quark und ein W-Boson, das ein geladenes Lepton und ein Neutrino liefert, das andere in ein b-Quark und ein W-Boson, das zwei Quarks liefert. Das ergibt drei geladene Leptonen, zwei b-Jets, zwei weitere Jets und fehlenden Transversalimpuls. Etwa 2 % der tt̄Z-Ereignisse enden so mit Elektronen und Myonen, etwas weniger als die 3 % des Endzustands mit zwei Leptonen.
explain-ttz3l-why = Warum drei Leptonen besser sind als zwei: im Kanal mit zwei Leptonen teilt sich der Z-Peak mit Z + Jets, das einen Zerfall Z → ℓℓ zehntausende Male öfter liefert als tt̄Z, und mit tt̄, sodass das Signal erst bei vielen Jets hervortritt. Sehr wenige Prozesse des Standardmodells liefern drei isolierte geladene Leptonen: vor allem WZ und ZZ, die selten b-Jets haben. Ein Z-Kandidat und ein b-markierter Jet lassen deshalb eine Auswahl übrig, in der tt̄Z einen großen Anteil hat. Die tt̄Z-Messung von ATLAS (arXiv:1901.03584, in der Liste unten) bezieht den größten Teil ihrer Empfindlichkeit aus dem Kanal mit drei Leptonen.
diagram-hzz4l-alt = Feynman-Diagramm: zwei Gluonen verschmelzen über eine Top-Quark-Schleife zu einem Higgs-Boson, das in ein Z und ein virtuelles Z* zerfällt; jedes zerfällt in ein Paar geladener Leptonen.
diagram-hww-alt = Feynman-Diagramm: zwei Gluonen verschmelzen über eine Top-Quark-Schleife zu einem Higgs-Boson, das in ein W und ein virtuelles W* zerfällt; jedes zerfällt in ein geladenes Lepton und ein Neutrino.
diagram-ttz-alt = Feynman-Diagramm: zwei Gluonen erzeugen ein Top-Quark-Paar; eines der Tops strahlt ein Z-Boson ab, das in zwei geladene Leptonen zerfällt.
diagram-ttz3l-alt = Feynman-Diagramm: zwei Gluonen erzeugen ein Top-Quark-Paar; das Top-Quark strahlt ein Z-Boson ab, das in zwei geladene Leptonen zerfällt, und zerfällt dann in ein b-Quark und ein W⁺-Boson, das ein geladenes Lepton und ein Neutrino liefert; das Anti-Top zerfällt in ein b̄-Quark und ein W⁻-Boson, das zwei Quarks liefert.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Wie man eine Ereignisanzeige liest
explain-display-1 = Eine Ereignisanzeige zeichnet eine Kollision im Detektor. Die Ansicht quer zum Strahl (x–y) blickt entlang des Strahlrohrs: Die Kollision geschah in der Mitte, und die Schichten um sie herum sind von innen nach außen der innere Spurdetektor (grau), das elektromagnetische Kalorimeter (grün), das hadronische Kalorimeter (rot) und die Myonkammern (blau). Die Abstände sind nach außen hin gestaucht, damit der kleine Spurdetektor neben dem zehn Meter großen Myonsystem sichtbar bleibt.
explain-display-2 = Ein geladenes Teilchen hinterlässt im Spurdetektor eine Spur. Das Magnetfeld der Spule von 2 Tesla krümmt sie zu einem Kreis mit dem Radius r = pT / (0,3 B), in Metern mit pT in GeV: Eine Spur von 1 GeV rollt sich innerhalb weniger Meter ein, ein Lepton von 50 GeV ist fast gerade. Positive und negative Ladungen werden in entgegengesetzte Richtungen gekrümmt; so wird die Ladung gemessen.
explain-display-3 = Elektronen bleiben im elektromagnetischen Kalorimeter stecken und geben dort ihre Energie ab; Myonen durchqueren alles und erreichen die Myonkammern; Jets aus Hadronen geben ihre Energie in beiden Kalorimetern ab. Neutrinos hinterlassen keine Spur: Der Impuls, den sie quer zum Strahl davontragen, zeigt sich als Ungleichgewicht, der fehlende Transversalimpuls, gezeichnet als gestrichelter Pfeil.
explain-display-4 = Die Ansicht entlang des Strahls (r–z) zeigt dieselbe Kollision von der Seite, der Strahl verläuft von links nach rechts: Dort sind die Spuren Geraden unter ihrem Polarwinkel, denn das Feld krümmt sie nur quer zum Strahl. Die Tabelle unter den Bildern nennt für jedes Objekt den Transversalimpuls pT, die Pseudorapidität η und den Azimut φ; daraus lässt sich die invariante Masse der Diagramme von Hand berechnen.

## Gleichungen

eq-mass-heading = Invariante Masse
eq-mass-text = Die Summe der Energien und Impulse der Zerfallsprodukte ergibt die Masse des Teilchens, aus dem sie stammen, in jedem Bezugssystem dieselbe. Mit vier Leptonen ist das m₄ℓ, mit zweien mℓℓ.
eq-mt-heading = Transversale Masse
eq-mt-text = Wenn Neutrinos entkommen, kennt man nur die Impulse quer zum Strahl. Die transversale Masse nutzt das Leptonpaar und den fehlenden Transversalimpuls; bei perfekter Messung könnte sie nie größer sein als die Masse des zerfallenden Teilchens, mit der Auflösung des Detektors ist sie es selten.
eq-significance-heading = Signifikanz
eq-significance-text = Bei s erwarteten Signal- und b Untergrundereignissen vergleicht s/√b das Signal mit der typischen Schwankung des Untergrunds. Die Asimov-Formel Z ist die mediane Signifikanz, die ein Zählexperiment fände; sie liegt nahe bei s/√b, wenn s viel kleiner als b ist, und ist sonst verlässlicher. Z = 5 ist die Schwelle, ab der Physiker von einer Entdeckung sprechen.
eq-weight-heading = Gewicht eines Ereignisses
eq-weight-text = Simulierte Ereignisse werden gewichtet, damit sie vorhersagen, was der Detektor aufgezeichnet hat: der Wirkungsquerschnitt σ des Prozesses mal die integrierte Luminosität L ergibt die erwartete Zahl an Ereignissen, die nach den Generatorgewichten auf die simulierten Ereignisse verteilt und mit Skalenfaktoren SF für kleine Unterschiede zwischen Simulation und Detektor korrigiert wird.

## Glossar

glossary-heading = Glossar
glossary-event-term = Ereignis
glossary-event = Alles, was der Detektor aufzeichnet, wenn sich zwei Protonenpakete kreuzen und kollidieren (oder was die Simulation für eine solche Kreuzung erzeugt): seine Leptonen, Jets und der fehlende Impuls. Histogramme zählen Ereignisse, und ein Schnitt behält oder entfernt ganze Ereignisse.
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
glossary-lumi = Wie viele Kollisionen der Detektor aufgezeichnet hat, in inversen Femtobarn (fb⁻¹). Die hier genutzte ATLAS-Open-Data-Veröffentlichung (2020) enthält 10 fb⁻¹ Daten, aufgezeichnet 2016.
glossary-significance-term = Signifikanz
glossary-significance = Wie unwahrscheinlich es ist, dass allein der Untergrund bis zum Beobachteten geschwankt ist, in Standardabweichungen (σ). 3σ heißt Evidenz, 5σ Entdeckung.

## Literatur

ref-authors = ATLAS-Kollaboration
ref-discovery = Die Entdeckung des Higgs-Bosons durch ATLAS 2012.
ref-hzz = Das Higgs-Boson in vier Leptonen mit dem vollen 13-TeV-Datensatz.
ref-hww = Das Higgs-Boson in zwei W-Bosonen bei 13 TeV.
ref-ttz = Die Erzeugung von Top-Quark-Paaren mit einem Z- oder W-Boson bei 13 TeV.
ref-opendata = Die ATLAS-Open-Data-Veröffentlichung bei 13 TeV: was sie enthält und wie sie entstand.
ref-opendata-site = ATLAS Open Data: Daten, simulierte Samples, Dokumentation und weiteres Unterrichtsmaterial.
