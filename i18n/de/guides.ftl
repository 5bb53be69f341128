## Leiste

guide-heading = Geführter Pfad
guide-choose = Wähle einen geführten Pfad
guide-step = Schritt { $n } von { $total }
guide-look-at = Sieh dir das Diagramm von { $axis } an.
guide-show-me = Zeig es mir
guide-shown = Erledigt: der Schnitt ist angewendet. Vergleiche s, b und Z mit dem vorigen Schritt.
guide-back = Zurück
guide-next = Weiter
guide-finish = Fertig
guide-close = Die Führung schließen
guide-moved = s: { $s_before } → { $s_after }, b: { $b_before } → { $b_after }, Z: { $z_before } → { $z_after }
guide-challenge-heading = Herausforderung
guide-challenge = Die Schnitte dieses Pfads erreichen Z = { $reached }. Schaffst du mehr? Ändere, ergänze oder entferne Schnitte, bis Z über { $reached } steigt.
guide-challenge-reached = Sehr gut: s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Noch nicht: Z = { $z }. Versuch es weiter — welche Variable trennt das Signal am besten?

## Die Signale trennen

path-separate-title = Die Signale trennen
path-separate-intro = Jeder Prozess hinterlässt seinen eigenen Fingerabdruck im Detektor. Bevor du das Higgs suchst, lerne, die Untergründe zu unterscheiden.
path-separate-1 = Sieh dir die Masse der zwei Leptonen an, mℓℓ. Der Peak bei 91 GeV ist das Z-Boson: in Z + Jets-Ereignissen stammen die zwei gleichartigen Leptonen aus dem Zerfall eines Z, ihre invariante Masse ist also die Z-Masse.
path-separate-2 = Behalte nur Elektron–Myon-Paare. Ein Z-Boson zerfällt in ee oder μμ, nie in eμ: dieser eine Schnitt entfernt fast alle Z + Jets-Ereignisse, während WW und tt̄ bleiben.
path-separate-3 = Sieh dir die Anzahl der b-markierten Jets an. Jedes Top-Quark zerfällt in ein W-Boson und ein b-Quark, daher haben tt̄-Ereignisse meist ein oder zwei b-Jets, WW-Ereignisse fast nie.
path-separate-4 = Behalte Ereignisse ohne b-Jet. Dieses b-Veto entfernt den größten Teil des tt̄-Untergrunds; übrig bleibt vor allem WW, der nicht reduzierbare Untergrund der Higgs-Suche.

## Finde das Higgs (H → WW)

path-hww-title = Finde das Higgs (H → WW)
path-hww-intro = Ein Higgs-Boson zerfällt in zwei W-Bosonen, jedes in ein Lepton und ein Neutrino. Die Neutrinos entkommen, es gibt also keinen Massenpeak: das Signal muss über seine Form ausgewählt werden.
path-hww-1 = Behalte nur Elektron–Myon-Paare. Das Higgs liefert eμ genauso oft wie ee oder μμ, der riesige Z + Jets-Untergrund aber nur gleichartige Paare.
path-hww-2 = Behalte Ereignisse ohne b-Jet. Top-Quarks zerfallen immer in b-Quarks: das b-Veto entfernt die meisten tt̄-Ereignisse und behält fast alle Higgs-Ereignisse.
path-hww-3 = Behalte Ereignisse mit höchstens einem Jet. Das Higgs entsteht meist durch Gluonfusion mit wenigen zusätzlichen Jets, tt̄-Ereignisse haben zwei oder mehr.
path-hww-4 = Behalte einen fehlenden Transversalimpuls über { $lower } GeV. Die zwei Neutrinos tragen unsichtbar Energie davon; die Summe ihrer Transversalimpulse ist die MET: Signalereignisse haben etwas davon, bei Z → ττ heben sich die Neutrinos der zwei entgegengesetzt fliegenden τ weitgehend auf.
path-hww-5 = Behalte Ereignisse, in denen Leptonpaar und MET in entgegengesetzte Richtungen zeigen: Δφ(ℓℓ, MET) über π/2 ({ $lower } rad, einem rechten Winkel). Das Higgs entsteht in der Transversalebene fast in Ruhe, seine zwei Neutrinos fliegen also seinen zwei geladenen Leptonen entgegen; bei Z → ττ fliegen die Neutrinos mit den Leptonen.
path-hww-6 = Behalte einen Transversalimpuls des Leptonpaars über { $lower } GeV. Bei Z → ττ gibt jedes τ einen großen Teil seiner Energie an Neutrinos ab, und ein falsches Lepton aus einem Jet ist meist weich: diese Untergründe liefern langsamere Leptonpaare als das Higgs.
path-hww-7 = Behalte eine Masse der zwei Leptonen unter { $upper } GeV. Das Higgs hat Spin 0, die zwei W-Bosonen haben also entgegengesetzte Spins, und die zwei geladenen Leptonen fliegen eher in dieselbe Richtung: ihre invariante Masse ist klein.
path-hww-8 = Behalte kleine Winkel zwischen den Leptonen: Δφℓℓ unter { $upper } rad. Aus demselben Spin-Grund liegen die Leptonen des Higgs nah beieinander, im WW-Untergrund fliegen sie öfter entgegengesetzt.
path-hww-9 = Sieh dir die transversale Masse mT an, auf der der Fit läuft. Beim Higgs könnte sie bei perfekter Messung 125 GeV nicht übersteigen, und mit der Auflösung des Detektors tut sie es selten: das Signal sammelt sich darunter, während WW zu höheren Massen reicht.

## Finde das Higgs (H → ZZ → 4ℓ)

path-hzz-title = Finde das Higgs (H → ZZ → 4ℓ)
path-hzz-intro = Der „goldene Kanal“: ein Higgs zerfällt in zwei Z-Bosonen, eines davon virtuell, und jedes Z in ein Elektron- oder Myon-Paar. Alle vier Leptonen werden genau gemessen, daher erscheint das Higgs als schmaler Peak.
path-hzz-1 = Sieh dir die Masse der vier Leptonen an, m₄ℓ. Die breite Verteilung stammt von Z-Paaren, die ohne Higgs entstehen (das ZZ-Kontinuum); der Peak bei 91 GeV ist ein einzelnes Z, das ein zweites Leptonpaar abgestrahlt hat.
path-hzz-2 = Sieh dir m₁₂ an, die Masse des Paars, das dem Z am nächsten liegt. In den meisten Ereignissen stammt ein Paar aus einem echten Z, daher hat m₁₂ einen Peak bei 91 GeV.
path-hzz-3 = Behalte m₁₂ zwischen { $lower } und { $upper } GeV. Das verlangt ein echtes Z-Boson und entfernt Ereignisse, deren Leptonen nicht aus Z-Zerfällen stammen.
path-hzz-4 = Behalte m₃₄ zwischen { $lower } und { $upper } GeV. Die Higgs-Masse (125 GeV) ist kleiner als zwei Z-Massen, das zweite Z ist also virtuell und leichter; ein sehr leichtes Paar stammt fast nie aus einem Z.
path-hzz-5 = Behalte m₄ℓ zwischen { $lower } und { $upper } GeV. Das Signal sammelt sich in diesem Fenster um 125 GeV, das ZZ-Kontinuum verteilt sich über Hunderte GeV: die Signifikanz steigt.
path-hzz-6 = Sieh dir einen Kandidaten im Maximum an. Klicke auf den m₄ℓ-Balken bei 125 GeV (oder drücke „Kollisionen in einem Bin“ unter dem Diagramm) und öffne eine der echten Kollisionen: Vier Leptonen fliegen aus der Mitte. Elektronen bleiben im Kalorimeter stecken, Myonen durchqueren den ganzen Detektor. Die Tabelle nennt ihre Impulse, und das daraus berechnete m₄ℓ ist der Platz dieser Kollision im Diagramm.

## Finde ttZ

path-ttz-title = Finde ttZ
path-ttz-intro = Ein Top-Quark-Paar zusammen mit einem Z-Boson ist selten: etwa eines von tausend tt̄-Ereignissen. Hier zerfällt das Z in zwei Leptonen und beide Tops in Jets.
path-ttz-1 = Behalte gleichartige Paare, ee oder μμ. Ein Z-Boson zerfällt in zwei Leptonen derselben Sorte; eμ-Paare stammen aus anderen Prozessen wie tt̄.
path-ttz-2 = Behalte eine Masse der zwei Leptonen zwischen { $lower } und { $upper } GeV. Die zwei Leptonen eines Z haben eine invariante Masse nahe 91 GeV, dieses Fenster wählt also Z-Bosonen aus.
path-ttz-3 = Behalte Ereignisse mit mindestens einem b-Jet. Jedes Top-Quark zerfällt in ein b-Quark: ein verlangter b-Jet entfernt die meisten Z + Jets-Ereignisse, die selten b-Quarks enthalten.
path-ttz-4 = Behalte Ereignisse mit mindestens fünf Jets. Zwei in Quarks zerfallende Tops liefern bis zu sechs Jets, mehr als ein Z mit gewöhnlichen zusätzlichen Jets.
path-ttz-5 = Sieh dir den fehlenden Transversalimpuls an. Da beide Tops in Quarks zerfallen, gibt es keine Neutrinos aus den W-Bosonen, und das Signal hat wenig MET.

## Finde tt̄Z mit drei Leptonen

path-ttz3l-title = Finde tt̄Z mit drei Leptonen
path-ttz3l-intro = Ein Top-Quark-Paar zusammen mit einem Z-Boson. Hier zerfällt das Z in zwei Leptonen, und eines der Top-Quarks liefert ein drittes (t → bW, W → ℓν), während das andere in Quarks zerfällt. Sehr wenige Prozesse liefern drei isolierte Leptonen zusammen mit b-Jets: dieser Kanal ist viel sauberer als der mit zwei Leptonen, der in Z + Jets und tt̄ untergeht.
path-ttz3l-1 = Sieh dir die Masse des Z-Kandidaten an. Von den drei Leptonen haben zwei dieselbe Sorte und entgegengesetzte Ladungen; das Paar, das 91 GeV am nächsten liegt, ist der Z-Kandidat. tt̄Z, WZ und ZZ enthalten alle ein echtes Z, daher liegt fast jedes Ereignis im Peak bei der Z-Masse.
path-ttz3l-2 = Behalte eine Masse des Z-Kandidaten zwischen { $lower } und { $upper } GeV: die Z-Masse, 91,19 GeV, plus oder minus 10 GeV. Das Fenster behält echte Z-Bosonen und entfernt Ereignisse, deren Paar nur so aussieht, etwa tt̄ mit einem dritten Lepton aus dem Zerfall eines b-Hadrons.
path-ttz3l-3 = Behalte Ereignisse mit mindestens einem b-Jet (markiert am 77-%-Arbeitspunkt: etwa drei von vier echten b-Jets werden gefunden). Jedes Top-Quark zerfällt in ein b-Quark, während WZ und ZZ, die bisher größten Untergründe, selten eines enthalten: dieser Schnitt entfernt die meisten von ihnen.
path-ttz3l-4 = Behalte Ereignisse mit mindestens drei Jets. Das zweite Top-Quark zerfällt in ein b-Quark und ein W-Boson, das zwei weitere Quarks liefert: tt̄Z hat bis zu vier Jets, WZ und ZZ bekommen Jets nur aus zusätzlicher Abstrahlung.
path-ttz3l-5 = Sieh dir die Anzahl der Jets an, auf der der Fit das Signal misst. Ihr Diagramm wendet alle Schnitte außer dem eigenen an: tt̄Z liefert drei Jets und mehr, was von WZ und ZZ übrig ist, meist weniger.

## Isoliere WW (Entdecken)

path-isolate_ww-title = Isoliere WW
path-isolate_ww-intro = Zwei W-Bosonen, die jeweils in ein Lepton und ein Neutrino zerfallen. Schaffst du einen Endzustand, in dem WW der größte Prozess ist?
path-isolate_ww-1 = Behalte Paare mit entgegengesetzter Ladung. Die zwei W-Bosonen haben entgegengesetzte Ladungen, ihre Leptonen auch.
path-isolate_ww-2 = Behalte Elektron–Myon-Paare. Z-Bosonen zerfallen in ee oder μμ, nie in eμ, also fallen die meisten Z-Ereignisse weg, während WW bleibt.
path-isolate_ww-3 = Behalte Ereignisse ohne b-Jet. Top-Quarks zerfallen in b-Quarks; WW-Ereignisse haben selten einen.
path-isolate_ww-4 = Behalte Ereignisse ohne Jet über 30 GeV. WW entsteht meist ohne zusätzliche Jets, ein Top-Quark-Paar bringt dagegen immer zwei b-Quarks mit.
path-isolate_ww-5 = Behalte eine Masse der zwei Leptonen über { $lower } GeV. Z → ττ liefert weiche eμ-Paare kleiner Masse; die Leptonen zweier echter W-Bosonen tragen mehr Energie.
path-isolate_ww-6 = Behalte einen fehlenden Transversalimpuls über { $lower } GeV. Die zwei Neutrinos des WW entkommen unsichtbar und hinterlassen MET; bei Z → ττ heben sich die Neutrinos der zwei entgegengesetzt fliegenden τ weitgehend auf. Jetzt ist WW der größte Prozess.

## Isoliere tt̄ (Entdecken)

path-isolate_ttbar-title = Isoliere tt̄
path-isolate_ttbar-intro = Ein Top-Quark-Paar: jedes Top zerfällt in ein b-Quark und ein W-Boson, hier beide W in ein Lepton und ein Neutrino. Finde seinen Fingerabdruck.
path-isolate_ttbar-1 = Behalte Paare mit entgegengesetzter Ladung. Die zwei W-Bosonen eines Top-Paars sind entgegengesetzt geladen.
path-isolate_ttbar-2 = Behalte Elektron–Myon-Paare, die kein Z-Boson liefert.
path-isolate_ttbar-3 = Behalte Ereignisse mit mindestens { $lower } b-Jet. Jedes Top-Quark liefert ein b-Quark, und fast nichts anderes in dieser Auswahl.
path-isolate_ttbar-4 = Behalte Ereignisse mit mindestens { $lower } Jets: die zwei b-Quarks ergeben zwei Jets, zusätzliche Abstrahlung oft mehr.

## Isoliere Z → ττ (Entdecken)

path-isolate_ztautau-title = Isoliere Z → ττ
path-isolate_ztautau-intro = Ein Z-Boson zerfällt in zwei τ-Leptonen, jedes τ in ein Elektron oder Myon und zwei Neutrinos. Es versteckt sich unter viel größeren Prozessen: finde es.
path-isolate_ztautau-1 = Behalte Paare mit entgegengesetzter Ladung: die zwei τ-Leptonen eines Z sind entgegengesetzt geladen.
path-isolate_ztautau-2 = Behalte Elektron–Myon-Paare. Z → ee und Z → μμ sind viel häufiger, geben aber nie eμ; ein τ, das ein Elektron liefert, und eines, das ein Myon liefert, schon.
path-isolate_ztautau-3 = Behalte Ereignisse ohne b-Jet; das entfernt die meisten Top-Quark-Paare.
path-isolate_ztautau-4 = Behalte eine Masse der zwei Leptonen zwischen { $lower } und { $upper } GeV. Die Neutrinos tragen Energie fort, also haben die zwei Leptonen weniger als die Z-Masse.
path-isolate_ztautau-5 = Behalte Leptonen, die in φ mindestens { $lower } rad auseinanderliegen. Das Z entsteht in der Transversalebene fast in Ruhe, also fliegen die τ-Leptonen in entgegengesetzte Richtungen auseinander.
