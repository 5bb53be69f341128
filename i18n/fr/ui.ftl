# L'interface et les étiquettes que le manifeste d'un cube désigne par clé.

## Analyses

analysis-hzz4l-title = Boson de Higgs se désintégrant en quatre leptons (H → ZZ* → 4ℓ)
analysis-hww-title = Boson de Higgs se désintégrant en deux bosons W (H → WW* → ℓνℓν)
analysis-ttz-title = Paires de quarks top avec un boson Z : deux leptons (tt̄Z → 2ℓ)
analysis-ttz3l-title = Paires de quarks top avec un boson Z : trois leptons (tt̄Z → 3ℓ)

## Axes

axis-m4l = m₄ℓ, masse invariante des quatre leptons
axis-mz1 = m₁₂, masse de la paire de leptons la plus proche du Z
axis-mz2 = m₃₄, masse de l'autre paire de leptons
axis-mll = mℓℓ, masse invariante des deux leptons
axis-met = MET, impulsion transverse manquante
axis-mt = mT, masse transverse
axis-ptll = pTℓℓ, impulsion transverse de la paire de leptons
axis-njets = Nombre de jets
axis-nbjets = Nombre de jets étiquetés b
axis-channel = Canal
axis-lead_lep_pt = pT du lepton de tête, celui de plus grand pT
axis-dphi_ll_met = Δφ(ℓℓ, MET), angle entre la paire de leptons et la MET
axis-dphi_ll = Δφℓℓ, angle entre les deux leptons
axis-dphill = Δφℓℓ, angle entre les deux leptons
axis-drll = ΔRℓℓ, distance entre les deux leptons
axis-mz = mℓℓ, masse du candidat Z (la paire de leptons de même saveur et de charges opposées la plus proche de 91 GeV)
axis-ptz = pTℓℓ, impulsion transverse du candidat Z

## Catégories

category-channel-4e = 4e
category-channel-4mu = 4μ
category-channel-2e2mu = 2e2μ
category-channel-ee = ee
category-channel-mumu = μμ
category-channel-emu = eμ
category-channel-3e = eee
category-channel-2e1mu = eeμ
category-channel-1e2mu = μμe
category-channel-3mu = μμμ

## Processus

process-data = Données
process-higgs = Boson de Higgs (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + jets
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Top seul (single top)
process-tz = tZq, tWZ
process-other = Autres
process-reducible = Bruit de fond réductible (Z + jets, tt̄), estimé à partir des données

## Page

app-title = Analyseur d'histogrammes — ATLAS Open Data
app-loading = Chargement de l'analyseur d'histogrammes…
app-internal-error = L'analyseur s'est arrêté à cause d'une erreur interne ({ $detail }). Rechargez la page pour recommencer.
app-link-ignored = Certaines parties de ce lien n'ont pas pu être utilisées et gardent leur valeur par défaut : { $parts }
app-link-unknown = paramètres inconnus : { $count }
app-dismiss = Fermer
app-provenance-real = ATLAS Open Data — données réelles, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Échantillons simulés au format ATLAS Open Data — les données sont des pseudo-données (simulées), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Échantillons simulés au format ATLAS Open Data — pas de données dans cette vue, √s = { $energy } TeV, { $lumi } fb⁻¹

## Barre des coupures

cuts-aria = Coupures actuelles
cuts-label = Coupures :
cuts-none = Aucune coupure : tous les événements sont sélectionnés.
cuts-undo = Annuler
cuts-undo-title = Annuler la dernière modification des coupures (Ctrl+Z)
cuts-redo = Rétablir
cuts-redo-title = Rétablir (Ctrl+Maj+Z ou Ctrl+Y)
cuts-reset = Retirer toutes les coupures
cuts-logy = Axe y logarithmique
cuts-download-uhi = Télécharger les histogrammes (UHI JSON)
cuts-download-uhi-title = Tous les histogrammes avec les coupures actuelles, bins de débordement compris, en UHI JSON pour hist ou uhi en Python
cuts-save-failed = Impossible d'enregistrer les histogrammes : { $detail }
cuts-apply-failed = Impossible d'appliquer la coupure : { $detail }

## Graphiques

plots-aria = Histogrammes, un par variable, chacun avec sa coupure
plots-hint = Processus simulés empilés, normalisés à { $lumi } fb⁻¹ ; données en points avec barres d'erreur de Poisson à 68 %. Chaque histogramme applique toutes les coupures sauf la sienne : la partie que sa propre coupure retire reste visible, ombrée. Appuyez sur une entrée de la légende pour masquer ou afficher son processus.
plot-download-png = Télécharger en PNG
plot-download-png-aria = Télécharger en PNG l'histogramme de { $axis }
plot-legend-aria = Légende : appuyez sur une entrée pour afficher ou masquer son processus
plot-save-failed = Impossible d'enregistrer l'image : { $detail }
plot-draw-failed = Impossible de dessiner l'histogramme : { $detail }
process-toggle-title = Afficher ou masquer dans les graphiques et dans s, b et Z

## Contrôles de coupure

cut-legend = Coupure sur { $axis }
cut-minimum = Minimum
cut-maximum = Maximum
cut-remove = Retirer la coupure
cut-none = Aucune coupure sur { $axis } : tous les événements sont sélectionnés.
cut-below = Sélection : { $axis } en dessous de { $upper }.
cut-from = Sélection : { $axis } à partir de { $lower }.
cut-between = Sélection : { $axis } de { $lower } à { $upper }.
cut-hint = Les valeurs s'alignent sur les bords des bins ; les flèches déplacent d'un bin, Page préc. et Page suiv. de cinq. Un bout laissé à la limite de l'axe reste ouvert et garde les événements au-delà du graphique.
category-hint = Les catégories enfoncées sont gardées. Il en reste toujours au moins une : sans aucune, il ne resterait aucun événement.
category-group = Catégories de { $axis } à garder

## Nombres d'événements

yields-heading = Événements après toutes les coupures
yields-hint = Appuyez sur un processus pour l'afficher ou le masquer ; les processus masqués ne comptent pas dans s, b ni Z.
yields-process = Processus
yields-events = Événements
yields-stat = ± stat.
yields-raw = Événements bruts
yields-role-signal = signal
yields-role-background = bruit de fond
yields-signal = Signal, s
yields-background = Bruit de fond, b
yields-data = Données
yields-data-events = ({ $count } événements)
yields-z-title = significance médiane de découverte d'une expérience de comptage

## Langue, navigation, intégration

lang-label = Langue
nav-explain = La physique expliquée
nav-glossary = Glossaire
nav-teachers = Pour les enseignants
nav-aria = Sections
embed-button = Intégrer
embed-heading = Intégrer cette vue dans votre page
embed-copy = Copier
embed-copied = Copié
embed-close = Fermer
embed-frame-title = Analyseur d'histogrammes ATLAS Open Data
embed-open-full = Ouvrir l'analyseur complet
embed-hint = Choisissez ce que montre le cadre, vérifiez l'aperçu, puis copiez le code dans votre page. Le cadre part des coupures actuelles ; le script l'ajuste à son contenu.
embed-plots = Graphiques
embed-controls = Contrôles de coupure sous les graphiques
embed-panel = Nombres
embed-panel-numbers = s, b, Z et μ̂ sur une ligne
embed-panel-yields = Le tableau des rendements et l'ajustement
embed-panel-none = Aucun nombre
embed-path = Parcours guidé
embed-path-none = Aucun
embed-language = Langue
embed-width = Largeur
embed-width-column = La largeur de la colonne
embed-width-pixels = { $px } px
embed-preview = Aperçu
embed-numbers-label = Les nombres de la sélection
link-expected-panel = numbers, yields ou none attendu
link-expected-event = RUN:ÉVÉNEMENT attendu, deux nombres entiers
link-no-path = pas de parcours guidé « { $path } »

## Accueil, chargement, conventions des graphiques, tableaux, vues

process-pseudo_data = Pseudo-données (simulées)
analysis-hzz4l-sentence = Quatre leptons issus de vraies collisions ATLAS : cherchez un pic étroit à 125 GeV au-dessus du bruit de fond ZZ*.
analysis-hww-sentence = Deux leptons et de l'impulsion manquante : repérez le large excès du Higgs sous les bruits de fond WW et quarks top.
analysis-ttz-sentence = Une paire de leptons d'un boson Z avec beaucoup de jets et de jets b : trouvez des paires de quarks top produites avec un boson Z.
analysis-ttz3l-sentence = Trois leptons, un boson Z et un jet b : trouvez des paires de quarks top produites avec un boson Z dans l'état final le plus propre.
data_kind-real = Données réelles
data_kind-pseudo = Pseudo-données (simulées)
data_kind-none = Simulation seulement
home-title = Analyseur d'histogrammes : ATLAS Open Data à 13 TeV
home-intro = Choisissez une analyse. Chacune ouvre des histogrammes liés sur lesquels vous pouvez couper, avec le signal et le bruit de fond attendus et les données enregistrées.
home-catalog-loading = Recherche des analyses…
home-catalog-error = Impossible de charger la liste des analyses : { $reason }
page-texts-loading = Chargement du texte de cette page…
page-texts-error = Impossible de charger le texte de cette page : { $reason }. Vérifiez votre connexion et rechargez la page.
home-data-label = Données :
home-size = { $size } à télécharger
home-open = Ouvrir { $title }
home-list-label = Analyses
home-back = ← Retour aux analyses
loading-progress = Chargement des données de l'analyse : { $received } sur { $total }
loading-progress-unknown = Chargement des données de l'analyse : { $received }
loading-label = Téléchargement des données de l'analyse
loading-error-title = Impossible d'ouvrir l'analyse.
loading-error-hint = Vérifiez votre connexion et rechargez la page, ou revenez en arrière et choisissez une autre analyse.
loading-error-damaged-hint = Le fichier de l'analyse est endommagé ou n'a pas été fait pour cet analyseur : recharger la page n'y changera rien. Revenez en arrière et choisissez une autre analyse, et prévenez la personne qui gère ce site.
plot-atlas = ATLAS Open Data
plot-simulation = Simulation
plot-pseudo = pseudo-données (simulées)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Événements / bin
plot-events-per-width = Événements / { $width } { $unit }
plot-fraction-per-bin = Fraction des événements / bin
plot-ratio = Données / Sim.
plot-mc-stat = Incertitude statistique de la simulation
plot-aria-stack = Histogramme de { $axis } : processus simulés empilés avec leur incertitude statistique hachurée, données en points avec barres d'erreur, et rapport données/simulation en dessous. Toutes les coupures sauf la sienne s'appliquent ; la partie retirée par sa propre coupure est ombrée. Faites glisser sur le graphique pour couper sur { $axis }.
plot-aria-shapes = Formes de { $axis } : chaque processus normalisé à l'unité, tracé en ligne, pour comparer où se trouvent le signal et le bruit de fond. Faites glisser sur le graphique pour couper sur { $axis }.
plot-download-svg = Télécharger en SVG
plot-download-svg-aria = Télécharger en SVG (image vectorielle) l'histogramme de { $axis }
plot-drag-hint = Faites glisser sur un graphique (souris ou doigt) pour couper sur sa variable ; les bouts s'alignent sur les bords des bins.
table-summary = Tableau de l'histogramme de { $axis }
table-bin = Bin
table-stack = Total simulé
table-mc-stat = ± stat. sim.
table-caption = Événements par bin de { $axis } avec toutes les coupures sauf la sienne : chaque processus simulé, leur somme et les données.
table-underflow = sous { $edge }
table-overflow = { $edge } et plus
view-shapes = Comparer les formes (chaque processus normalisé)
view-projector = Mode projecteur (contraste élevé, grand texte)
yields-meter-label = Jauge de significance, Z d'Asimov
yields-meter-text = Z = { $z } σ
yields-meter-none = Z n'est pas défini sans bruit de fond
yields-meter-marks = 3σ : indice · 5σ : découverte
yields-raw-hint = Événements bruts : combien d'événements simulés (ou enregistrés) il y a derrière chaque nombre. Là où les jets b simulés sont étiquetés par probabilité, un événement compte une fois pour chaque nombre de jets b qu'il peut avoir.
yields-raw-from-data = { $count } des données
summary-bar-label = Signal, bruit de fond et significance avec les coupures actuelles

open-heading = Ouvrir votre propre cube
open-intro = Vous avez fait un cube avec preprocess build ? Ouvrez-le ici. Le fichier est lu par ce navigateur et n'est envoyé nulle part.
open-choose = Choisir un fichier .cube
open-drop-hint = ou déposez-le n'importe où sur cette page.
open-dropping = Déposez le fichier pour l'ouvrir.
open-reading = Lecture de { $file }…
open-error-title = Impossible d'ouvrir ce fichier.
open-no-file = Rien à ouvrir : déposez un fichier .cube de votre ordinateur.
open-read-failed = Impossible de lire { $file } sur cet ordinateur : { $detail }
open-root-file = { $file } est un fichier ROOT, pas un cube. Transformez-le d'abord en cube avec preprocess build, puis ouvrez le cube.
open-not-cube = { $file } n'est pas un fichier cube. Choisissez un fichier .cube fait avec preprocess build.
open-old-version = { $file } a été fait par une version plus ancienne du préprocesseur. Refaites-le avec le preprocess build actuel.
open-new-version = { $file } a été fait par une version du préprocesseur plus récente que celle que cette page sait lire. Ouvrez-le dans une version plus récente de l'analyseur.
open-truncated = { $file } est incomplet : il contient { $found } des { $expected } attendus. Copiez-le ou téléchargez-le à nouveau.
open-too-long = { $file } contient plus d'octets que ne l'annonce son en-tête : il est peut-être endommagé. Copiez-le ou refaites-le.
open-damaged = { $file } est endommagé : son contenu ne correspond pas à sa somme de contrôle. Copiez-le ou téléchargez-le à nouveau.
open-too-large = { $file } est trop grand pour être ouvert dans un navigateur ({ $detail }). Construisez un cube avec moins d’axes ou d’intervalles.
open-unreadable = { $file } n'a pas pu être lu comme un cube ({ $detail }). Refaites-le avec preprocess build.
local-notice = Ouvert depuis cet ordinateur : { $file }. L'adresse nomme le fichier, mais un lien vers cette page ne peut pas le transporter : pour partager cette analyse, envoyez le fichier .cube lui-même.
local-missing = Cette adresse affichait { $file }, un fichier cube ouvert depuis un ordinateur. Un lien ne peut pas transporter le fichier : ouvrez-le à nouveau ici.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Intensité du signal par un ajustement de vraisemblance
fit-mu = Intensité du signal μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z de l'ajustement (q₀), observé
fit-z-expected = Z attendu (données d'Asimov, μ = 1)
fit-z-infinite = Z est infinie : des données tombent là où seul du signal est attendu, donc μ = 0 ne peut pas du tout les décrire.
fit-at-lower-bound = μ̂ est à sa borne inférieure, 0 : dans cette sélection, les données sont au niveau du bruit de fond attendu ou en dessous ; l'ajustement ne donne donc ni valeur centrale ni erreur vers le bas, seulement une borne supérieure : μ < { $upper } (1σ, là où le balayage croise 1).
fit-fluctuation-pseudo = Ces pseudo-données ont été tirées au hasard à partir de la simulation : elles fluctuent comme le feraient des données réelles. Si le Modèle standard est juste, le Z observé est à moins de 1σ du Z attendu environ deux fois sur trois, et à plus de 2σ environ une fois sur vingt.
fit-fluctuation-real = Les données fluctuent : si le Modèle standard est juste, le Z observé est à moins de 1σ du Z attendu environ deux fois sur trois, et à plus de 2σ environ une fois sur vingt.
fit-axis = Ajusté sur l'histogramme de { $axis } : ses bins à l'intérieur de sa propre coupure, toutes les autres coupures appliquées.
fit-norm-included = Incertitudes de normalisation dans l'ajustement : { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
fit-expected = attendu (Asimov)
fit-expected-hint = Cette analyse n'a pas de données : l'ajustement utilise les nombres attendus (le jeu de données d'Asimov, signal + bruit de fond à μ = 1) et montre la précision qu'atteindrait une mesure.
fit-error-no-axis = Cette analyse n'a aucune variable sur laquelle ajuster l'intensité du signal.
fit-error-no-signal = Aucun signal n'est attendu dans le domaine de l'ajustement, il n'y a donc pas d'intensité de signal à mesurer : élargissez la coupure sur { $axis } ou affichez de nouveau le signal.
fit-error-no-data = Cette analyse n'a pas de données à ajuster.
fit-error-data-without-prediction = Des données dans un bin sans aucune simulation ({ $bin }, { $observed } événements) : réduisez le domaine de l'ajustement.
fit-error-setup = L'ajustement n'a pas pu être préparé avec ces réglages.
fit-scan-heading = Balayage de la vraisemblance profilée
fit-scan-aria = Balayage de la vraisemblance profilée : −2Δln L en fonction de l'intensité du signal μ, avec une ligne pointillée à 1 (l'intervalle à 1σ) et le meilleur ajustement μ̂ marqué.
fit-scan-text = La courbe est minimale en μ̂ = { $mu } et croise la ligne à 1 en μ = { $lower } et μ = { $upper } : entre les deux se trouve l'intervalle à 1σ.
fit-scan-at-bound = D'un côté, la courbe reste sous 1 jusqu'à la limite des valeurs permises de μ : l'intervalle s'arrête là.
fit-scan-x = Intensité du signal μ
fit-scan-y = −2Δln L
fit-download = Télécharger l'espace de travail pyhf
fit-download-title = Le modèle ajusté comme espace de travail JSON pyhf, pour l'ajuster de nouveau en Python avec pyhf
fit-download-failed = L'espace de travail n'a pas pu être enregistré.
fit-explain-summary = Que signifient μ̂, le balayage et Z ?
fit-explain = L'intensité du signal μ indique combien de signal contiennent les données par rapport au Modèle standard : μ = 1 correspond exactement à la prédiction du Modèle standard, μ = 0 à l'absence de tout signal (ni boson de Higgs ni tt̄Z). L'ajustement trouve la meilleure valeur μ̂ ; plus la courbe du balayage est étroite, plus la mesure est précise, et là où elle croise 1 se lit l'incertitude à ±1σ. Z, tiré de la statistique de test q₀, dit avec quelle force les données excluent μ = 0 : 3σ vaut mise en évidence, 5σ découverte.

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = impossible de charger { $url } : { $reason }
error-load-http = impossible de charger { $url } : le serveur a répondu { $status }
error-load-cube = { $url } est inutilisable : { $reason }
error-no-window = il n'y a pas de fenêtre de navigateur
error-cube-no-axis = ce cube n'a aucun axe dont tracer l'histogramme
error-save-unknown = le navigateur n'a donné aucune raison
error-part-not-loaded = Cette partie de l'analyseur n'a pas pu être téléchargée : vérifiez la connexion et réessayez.
error-catalog-not-json = pas du JSON ({ $detail })
error-catalog-no-version = catalog_version manquant
error-catalog-version = catalogue en version { $found }, cette page lit la version { $supported }
error-catalog-malformed = pas un catalogue ({ $detail })
error-catalog-id = l'analyse { $index } a un identifiant inutilisable « { $id } »
error-catalog-path-id = l'analyse { $index } a un parcours guidé à l'identifiant inutilisable « { $id } »
error-language-unavailable = lang={ $lang } ({ $reason } ; la page est en anglais)
error-link-cuts-refused = toutes les coupures du lien ({ $reason })
link-unknown-parameter = paramètre inconnu
link-unknown-language = langue inconnue
link-expected-axis = AXE:… attendu
link-expected-range = AXE:MIN:MAX attendu
link-expected-categories = AXE:CATÉGORIE,CATÉGORIE… attendu
link-expected-flag = 1 ou 0 attendu
link-expected-view = stack ou shapes attendu
link-no-axis = pas d'axe « { $axis } »
link-no-category = pas de catégorie « { $category } »
link-no-process = pas de processus « { $process } »
link-not-a-number = « { $text } » n'est pas un nombre
link-empty-range = intervalle vide
link-no-category-kept = aucune catégorie gardée

## Explorateur (analyses/explorer.toml)

analysis-explorer-title = Explorer : construisez votre propre état final
analysis-explorer-sentence = Chaque processus simulé à deux leptons séparément : coupez sur la saveur, la charge, les jets, les jets b et la MET, et voyez quel processus votre état final isole.
axis-sign = Charge, signes opposés ou identiques des deux leptons
category-sign-os = signes opposés
category-sign-ss = même signe
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# Cut flow.
cutflow-heading = Flux de coupures
cutflow-hint = Une étape par coupure, dans l'ordre où vous les avez appliquées. « Conservé » est la part du signal ou du bruit de fond d'avant cette coupure qu'elle laisse passer.
cutflow-cut = Coupure
cutflow-no-cut = Sans coupure
cutflow-signal-efficiency = Signal conservé
cutflow-background-efficiency = Bruit de fond conservé
cutflow-percent = { $percent } %
cutflow-download = Télécharger en CSV
cutflow-download-title = Enregistrer ce tableau en fichier CSV pour un tableur

## The event display: the recorded collisions behind a bin

events-heading = Collisions dans un bin
events-intro = Choisissez un graphique et l'un de ses bins : la liste montre les collisions enregistrées que ce bin contient avec les coupures actuelles (les données d'abord, puis la simulation par processus). Ouvrez-en une pour la voir dans le détecteur.
events-loading = Téléchargement des collisions enregistrées…
events-show = Collisions dans un bin
events-show-title = Lister les collisions d'un bin de ce graphique
events-axis = Graphique
events-bin = Bin
events-choose-bin = Choisir un bin
events-bin-option = { $bin } ({ $count })
events-none = Aucune collision enregistrée ne tombe dans ce bin avec les coupures actuelles.
events-list-aria = Collisions dans le bin choisi
events-item = { $process } : run { $run }, événement { $event }
events-sample = { $process } : un échantillon de { $recorded } de ses { $selected } événements simulés est enregistré, seuls ceux-là sont listés.
events-previous = Collision précédente
events-next = Collision suivante
events-position = Collision { $index } sur { $count } dans ce bin
events-close = Fermer l'affichage
events-not-found = Le lien demande la collision { $event }, qui ne fait pas partie des collisions enregistrées de cette analyse.
events-unreadable = Les collisions enregistrées n'ont pas pu être lues ({ $detail }). Les histogrammes ne sont pas touchés.
events-display-aria = Affichage du run { $run }, événement { $event } : { $leptons } leptons et { $jets } jets. Le tableau ci-dessous liste chaque objet.
events-transverse = Perpendiculaire au faisceau (x–y)
events-side = Le long du faisceau (r–z)
events-objects-caption = Les objets du run { $run }, événement { $event }
events-col-object = Objet
events-col-charge = Charge
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Électron
events-muon = Muon
events-jet = Jet
events-bjet = Jet étiqueté b
events-met = Impulsion transverse manquante
events-values-caption = Où se place cette collision sur chaque graphique
events-other-category = autre
events-legend-detector = Détecteur : trajectographe interne, calorimètres (électromagnétique, hadronique), chambres à muons
events-legend-electron = Électron : trace courbe, énergie dans le calorimètre électromagnétique
events-legend-muon = Muon : trace courbe qui traverse tout jusqu'aux chambres à muons
events-legend-jet = Jet : énergie dans les calorimètres (étiqueté b : plus foncé)
events-legend-met = Impulsion transverse manquante : flèche en tirets

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Échantillon mystère { $code }
mystery-intro = Les données de cette page sont des pseudo-données : tirées au hasard de la simulation, le signal multiplié par une intensité cachée μ — 0 (pas de signal), 1 (ce que prédit le Modèle standard) ou 2 (le double). Y a-t-il un signal ? Faites vos coupures, puis mesurez μ avec l'ajustement.
mystery-answer-none = Réponse : μ = 0 était caché. Ces données ne contiennent aucun signal : tout excès était une fluctuation du bruit de fond.
mystery-answer-sm = Réponse : μ = 1 était caché. Ces données contiennent le signal que prédit le Modèle standard.
mystery-answer-twice = Réponse : μ = 2 était caché. Ces données contiennent le double du signal que prédit le Modèle standard.
mystery-invalid = Ce code mystère ne peut pas être utilisé : { $reason }. Redemandez le code à votre enseignant.
mystery-bad-length = un code a 6 caractères, celui-ci en a { $length }
mystery-bad-character = « { $character } » n'est pas un caractère de code
mystery-bad-check = un caractère semble mal tapé (le code ne se vérifie pas)
mystery-teacher-heading = Échantillons mystères
mystery-teacher-intro = Donnez à une classe des pseudo-données avec une quantité cachée de signal : les élèves décident s'il y a un signal et mesurent son intensité μ avec l'ajustement, puis votre lien de réponse la révèle. Chaque code tire ses propres données : des groupes aux codes différents ne peuvent pas se copier.
mystery-teacher-analysis = Analyse
mystery-teacher-strength = Intensité de signal cachée
mystery-teacher-random = choisie au hasard
mystery-teacher-make = Créer un mystère
mystery-teacher-students = Pour les élèves
mystery-teacher-answer = La réponse (à garder pour vous)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = À l'aveugle
blind-title = Cacher les données là où le signal est attendu jusqu'au choix des coupures, comme dans les vraies analyses
blind-region = { $axis } { $bins }
blind-hidden = Analyse à l'aveugle : les données dans { $region } sont cachées. Choisissez vos coupures en regardant seulement la simulation, puis figez-les et regardez les données.
blind-unblind = Figer les coupures et lever l'aveugle
blind-unblinded = Données révélées avec ces coupures : { $cuts }.
blind-changed = Les coupures ont changé après la levée de l'aveugle : le résultat n'est plus à l'aveugle.
blind-fit = À l'aveugle : l'ajustement de μ aux données attend la levée de l'aveugle.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Partager notre résultat
share-hint = Tapez le nom de votre groupe : le code ci-dessous porte vos coupures, s, b, Z et μ̂ jusqu'à la page de la classe de votre enseignant. Copiez-le, ou laissez votre enseignant scanner le code QR.
share-group-label = Nom du groupe
share-group-needed = Tapez le nom de votre groupe pour créer le code.
share-code-label = Notre code de résultat
share-copy = Copier le code
share-copied = Copié
share-close = Fermer
share-qr-label = Code QR d'un lien vers la page de la classe avec notre résultat
