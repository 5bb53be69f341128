# Partly translated: the glossary is here; every other message of the page is shown in English (the fallback).
# Translations may be added message by message; the i18n completeness test checks their placeholders.

## Glossaire (traduit ; le reste de la page est encore en anglais)

glossary-heading = Glossaire
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
glossary-lumi = Le nombre de collisions enregistrées par le détecteur, en femtobarns inverses (fb⁻¹). La publication ATLAS Open Data utilisée ici contient 10 fb⁻¹ de données de 2015–2016.
glossary-significance-term = Significance
glossary-significance = À quel point il est improbable que le bruit de fond seul ait fluctué jusqu'à ce qu'on observe, en écarts-types (σ). On parle d'indice à 3σ et de découverte à 5σ.
