# La page « La physique expliquée » et le glossaire. Les équations sont en MathML dans web/src/ui/explain.rs.

explain-heading = La physique expliquée
explain-diagram-heading = Comment le signal est produit
explain-equations-heading = Les équations derrière les nombres
explain-references-heading = Pour en savoir plus

## Introductions, une par analyse

explain-hzz4l-intro = Au LHC, les protons entrent en collision avec une énergie dans le centre de masse de 13 TeV. Le plus souvent, un boson de Higgs est produit quand deux gluons, un de chaque proton, fusionnent via une boucle de quarks top. Dans environ 2,6 % de ses désintégrations, le Higgs se transforme en deux bosons Z ; comme 125 GeV est moins que deux masses du Z, l'un d'eux est virtuel (Z*). Chaque Z ne se désintègre en une paire électron–positon ou muon–antimuon que dans environ 6,7 % des cas : seuls 1,2 bosons de Higgs sur 10 000 (1,2 × 10⁻⁴) finissent en quatre électrons ou muons (rapports d'embranchement du LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Quatre leptons chargés, c'est rare, et ils sont mesurés très précisément : additionner leurs quadri-impulsions donne la masse de la particule qui s'est désintégrée, à un ou deux GeV près. Le Higgs apparaît comme un pic étroit à 125 GeV au-dessus d'un bruit de fond faible et régulier de paires de bosons Z produites directement. C'est pourquoi on parle de canal en or, même si seuls quelques événements passent la sélection. Un second bruit de fond, dit réductible, vient de bosons Z ou de paires de quarks top accompagnés de leptons issus de désintégrations de hadrons b et c ; il est estimé à partir des données elles-mêmes, avec les événements dont les quatre leptons n'ont pas une charge totale nulle.
explain-hww-intro = Ici, le Higgs se désintègre en deux bosons W, dont un virtuel, et chaque W en un lepton chargé et un neutrino. Le Higgs se désintègre en WW* environ huit fois plus souvent qu'en ZZ* (environ 21 % contre 2,6 % de ses désintégrations), et deux leptons chargés avec deux neutrinos (électrons et muons) sont environ quatre-vingts fois plus fréquents que quatre leptons chargés (environ 1 % contre 1,2 × 10⁻⁴), mais les neutrinos traversent le détecteur sans laisser de trace.
explain-hww-why = Sans les neutrinos, on ne peut pas reconstruire la masse du Higgs : il n'y a pas de pic. L'analyse utilise ce que laissent les neutrinos : de l'impulsion transverse manquante et une masse transverse qui, mesurée parfaitement, ne pourrait pas dépasser 125 GeV et qui, avec la résolution du détecteur, la dépasse rarement. Comme le Higgs a un spin 0, ses deux leptons chargés pointent plutôt dans la même direction, ce qui le distingue des paires de bosons W ordinaires.
explain-ttz-intro = Un quark top peut émettre un boson Z. Produire une paire de quarks top avec un Z est environ mille fois plus rare que la paire seule, et mesure directement comment le quark top se couple au boson Z.
explain-ttz-why = Dans cette sélection, le Z se désintègre en une paire d'électrons ou de muons, visible comme un pic à 91 GeV dans la masse des deux leptons, et chaque quark top se désintègre en un quark b et un boson W qui donne deux jets de plus. Beaucoup de jets, des jets étiquetés b et un pic du Z, ensemble, distinguent ce processus rare des bruits de fond Z + jets et tt̄, bien plus grands.
explain-ttz3l-intro = Le même processus que dans l'analyse à deux leptons, une paire de quarks top produite avec un boson Z, vu dans un autre état final. Le Z se désintègre en une paire d'électrons ou de muons ; un quark top se désintègre en un quark b et un boson W qui donne un lepton chargé et un neutrino, l'autre en un quark b et un boson W qui donne deux quarks. Cela fait trois leptons chargés, deux jets b, deux autres jets et de l'impulsion transverse manquante. Environ 2 % des événements tt̄Z finissent ainsi avec des électrons et des muons, un peu moins que les 3 % de l'état final à deux leptons.
explain-ttz3l-why = Pourquoi trois leptons valent mieux que deux : dans le canal à deux leptons, le pic du Z est partagé avec Z + jets, qui donne une désintégration Z → ℓℓ des dizaines de milliers de fois plus souvent que tt̄Z, et avec tt̄, si bien que le signal n'apparaît qu'avec beaucoup de jets. Très peu de processus du Modèle standard donnent trois leptons chargés isolés : surtout WZ et ZZ, qui ont rarement des jets b. Un candidat Z et un jet étiqueté b laissent donc un échantillon où tt̄Z pèse lourd. La mesure de tt̄Z d'ATLAS (arXiv:1901.03584, dans la liste ci-dessous) tire l'essentiel de sa sensibilité du canal à trois leptons.
diagram-hzz4l-alt = Diagramme de Feynman : deux gluons fusionnent via une boucle de quarks top en un boson de Higgs, qui se désintègre en un Z et un Z* virtuel ; chacun se désintègre en une paire de leptons chargés.
diagram-hww-alt = Diagramme de Feynman : deux gluons fusionnent via une boucle de quarks top en un boson de Higgs, qui se désintègre en un W et un W* virtuel ; chacun se désintègre en un lepton chargé et un neutrino.
diagram-ttz-alt = Diagramme de Feynman : deux gluons produisent une paire de quarks top ; l'un des tops émet un boson Z, qui se désintègre en deux leptons chargés.
diagram-ttz3l-alt = Diagramme de Feynman : deux gluons produisent une paire de quarks top ; le quark top émet un boson Z, qui se désintègre en deux leptons chargés, puis se désintègre en un quark b et un boson W⁺ qui donne un lepton chargé et un neutrino ; l'antitop se désintègre en un quark b̄ et un boson W⁻ qui donne deux quarks.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Lire un affichage d'événement
explain-display-1 = Un affichage d'événement dessine une collision dans le détecteur. La vue transverse au faisceau (x–y) regarde le long du tube à vide : la collision a eu lieu au centre, et les couches qui l'entourent sont, de l'intérieur vers l'extérieur, le trajectographe interne (gris), le calorimètre électromagnétique (vert), le calorimètre hadronique (rouge) et les chambres à muons (bleu). Les distances sont comprimées vers l'extérieur pour que le petit trajectographe reste visible à côté du système à muons de dix mètres.
explain-display-2 = Une particule chargée laisse une trace dans le trajectographe. Le champ magnétique de 2 teslas du solénoïde la courbe en un cercle de rayon r = pT / (0,3 B), en mètres avec pT en GeV : une trace de 1 GeV s'enroule en quelques mètres, un lepton de 50 GeV est presque droit. Les charges positives et négatives se courbent en sens opposés ; c'est ainsi qu'on mesure la charge.
explain-display-3 = Les électrons s'arrêtent dans le calorimètre électromagnétique et y déposent leur énergie ; les muons traversent tout et atteignent les chambres à muons ; les jets de hadrons déposent leur énergie dans les deux calorimètres. Les neutrinos ne laissent aucune trace : l'impulsion qu'ils emportent transversalement au faisceau apparaît comme un déséquilibre, l'impulsion transverse manquante, dessinée par une flèche en pointillés.
explain-display-4 = La vue le long du faisceau (r–z) montre la même collision de côté, le faisceau allant de gauche à droite : les traces y sont des droites à leur angle polaire, car le champ ne les courbe que transversalement au faisceau. Le tableau sous les images donne l'impulsion transverse pT, la pseudorapidité η et l'azimut φ de chaque objet ; on peut en calculer à la main la masse invariante des graphiques.

## Équations

eq-mass-heading = Masse invariante
eq-mass-text = Additionner les énergies et les impulsions des produits de désintégration donne la masse de la particule dont ils viennent, la même dans tous les référentiels. Avec quatre leptons, c'est m₄ℓ ; avec deux, mℓℓ.
eq-mt-heading = Masse transverse
eq-mt-text = Quand des neutrinos s'échappent, seules les impulsions perpendiculaires au faisceau sont connues. La masse transverse utilise la paire de leptons et l'impulsion transverse manquante ; mesurée parfaitement, elle ne pourrait jamais dépasser la masse de la particule qui se désintègre, et avec la résolution du détecteur elle la dépasse rarement.
eq-significance-heading = Significance
eq-significance-text = Avec s événements de signal et b de bruit de fond attendus, s/√b compare le signal à la fluctuation typique du bruit de fond. La formule d'Asimov Z est la significance médiane qu'une expérience de comptage trouverait ; elle est proche de s/√b quand s est bien plus petit que b, et plus fiable sinon. Z = 5 est le seuil que les physiciens utilisent pour parler de découverte.
eq-weight-heading = Poids d'un événement
eq-weight-text = Les événements simulés sont pondérés pour prédire ce que le détecteur a enregistré : la section efficace σ du processus multipliée par la luminosité intégrée L donne le nombre d'événements attendus, réparti entre les événements simulés selon leurs poids de générateur et corrigé par des facteurs d'échelle SF qui corrigent de petites différences entre simulation et détecteur.

## Glossaire

glossary-heading = Glossaire
glossary-event-term = Événement
glossary-event = Tout ce que le détecteur enregistre quand deux paquets de protons se croisent et entrent en collision (ou ce que la simulation produit pour un tel croisement) : ses leptons, ses jets et son impulsion manquante. Les histogrammes comptent des événements, et une coupure garde ou retire des événements entiers.
glossary-lepton-term = Lepton
glossary-lepton = Une particule élémentaire insensible à l'interaction forte. Cet analyseur utilise les électrons (e) et les muons (μ), que le détecteur mesure très précisément ; les neutrinos (ν) sont aussi des leptons, mais s'échappent sans être vus.
glossary-jet-term = Jet
glossary-jet = Une gerbe étroite de hadrons laissée par un quark ou un gluon, qui ne peuvent pas exister seuls ; l'énergie et la direction du jet sont celles du quark ou du gluon d'origine.
glossary-btag-term = Étiquetage b (b-tag)
glossary-btag = Un jet identifié comme venant d'un quark b. Les hadrons contenant un quark b parcourent quelques millimètres avant de se désintégrer : leurs traces partent loin du point de collision.
glossary-met-term = MET (impulsion transverse manquante)
glossary-met = L'impulsion perpendiculaire au faisceau qu'il faut pour équilibrer tout ce qui est vu dans l'événement. Avant la collision il n'y a pas d'impulsion transverse : un déséquilibre signale des particules invisibles, comme des neutrinos.
glossary-pt-term = pT (impulsion transverse)
glossary-pt = La partie de l'impulsion d'une particule perpendiculaire au faisceau, en GeV. Les particules énergiques émises à grand angle ont un grand pT.
glossary-eta-term = η (pseudo-rapidité)
glossary-eta = Une mesure de l'angle avec le faisceau : η = 0 est perpendiculaire au faisceau, et |η| augmente vers le faisceau. Les leptons sont mesurés jusqu'à |η| ≈ 2,5.
glossary-phi-term = φ (angle azimutal)
glossary-phi = L'angle autour du faisceau, de −π à π. Δφ est la différence de deux de ces angles, entre 0 (même direction) et π (dos à dos).
glossary-xsec-term = Section efficace
glossary-xsec = La probabilité d'un processus, notée σ et mesurée en barns (fb, pb). Multipliée par la luminosité, elle donne le nombre d'événements attendus.
glossary-lumi-term = Luminosité intégrée
glossary-lumi = Le nombre de collisions enregistrées par le détecteur, en femtobarns inverses (fb⁻¹). La publication ATLAS Open Data utilisée ici (2020) contient 10 fb⁻¹ de données enregistrées en 2016.
glossary-significance-term = Significance
glossary-significance = À quel point il est improbable que le bruit de fond seul ait fluctué jusqu'à ce qu'on observe, en écarts-types (σ). On parle d'indice à 3σ et de découverte à 5σ.

## Références

ref-authors = Collaboration ATLAS
ref-discovery = La découverte du boson de Higgs par ATLAS en 2012.
ref-hzz = Le boson de Higgs en quatre leptons avec toutes les données à 13 TeV.
ref-hww = Le boson de Higgs en deux bosons W à 13 TeV.
ref-ttz = La production de paires de quarks top avec un boson Z ou W à 13 TeV.
ref-opendata = La publication ATLAS Open Data à 13 TeV : ce qu'elle contient et comment elle a été faite.
ref-opendata-site = ATLAS Open Data : données, échantillons simulés, documentation et autre matériel pédagogique.
