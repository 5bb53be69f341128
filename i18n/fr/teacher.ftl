# La page « Pour les enseignants ».

teacher-heading = Pour les enseignants
teacher-intro = Une séance de 45 minutes pour des élèves de 16 ans et plus qui ont vu l'énergie, la quantité de mouvement et E = mc². Rien à installer : chaque élève a besoin d'un navigateur, ou chaque binôme d'un ordinateur. Si le réseau est lent, copiez d'abord le dossier hors ligne sur les ordinateurs de la salle (voir « Utiliser l'analyseur sans réseau » plus bas).
teacher-flow-heading = Déroulé de la séance (45 minutes)
teacher-flow-1 = 0–5 min — La question. Projetez l'analyse à quatre leptons sans coupure et demandez : « Le boson de Higgs est là-dedans. Où ? ». Laissez-les deviner.
teacher-flow-2 = 5–15 min — Ce que voit le détecteur. Ouvrez « La physique expliquée », montrez le diagramme de Feynman et expliquez la masse invariante : additionner les énergies et les impulsions des quatre leptons « pèse » la particule qui s'est désintégrée.
teacher-flow-3 = 15–30 min — Parcours guidé. En binômes, les élèves suivent « Trouver le Higgs (H → ZZ → 4ℓ) », n'appuient sur « Montrez-moi » que s'ils bloquent, et notent s, b et Z après chaque étape.
teacher-flow-4 = 30–40 min — Défi. Ils essaient de dépasser la significance du parcours avec leurs propres coupures ; notez les meilleures valeurs au tableau et demandez comment chaque groupe y est arrivé.
teacher-flow-5 = 40–45 min — Conclusion. Pourquoi un seul canal de désintégration avec cette quantité de données n'atteint pas 5σ, comment ATLAS a combiné plusieurs canaux (ZZ, γγ, WW) pour la découverte de 2012, et pourquoi une fenêtre trop étroite fait de nouveau baisser Z.
teacher-project-heading = Que projeter
teacher-project = Le graphique de m₄ℓ en grand, avant et après la fenêtre en m₄ℓ : le pic à 125 GeV et le pic du Z à 91 GeV sont les deux images à retenir. Ajoutez ?lang=fr à l'adresse pour projeter en français, et utilisez le bouton Intégrer pour placer une vue préparée dans la page du cours.
teacher-answers-heading = Réponses attendues
teacher-answer-1 = « Où est le Higgs ? » — Dans un petit excès vers 125 GeV en m₄ℓ ; le grand pic vers 91 GeV est un seul boson Z, pas le Higgs.
teacher-answer-2 = « Pourquoi les coupures sur m₁₂ et m₃₄ aident-elles ? » — Elles gardent les événements dont les leptons viennent de bosons Z, comme dans la désintégration du Higgs, et retirent ceux qui ont des leptons faux ou mal identifiés.
teacher-answer-3 = « Pourquoi Z cesse-t-il d'augmenter quand la fenêtre devient très étroite ? » — La fenêtre commence à retirer aussi du signal, et avec peu d'événements les fluctuations statistiques dominent.
teacher-misconceptions-heading = Idées fausses fréquentes
teacher-misconception-1 = « Chaque événement est un Higgs ou non, et on peut savoir lequel. » — Aucun événement ne peut être étiqueté : signal et bruit de fond se ressemblent ; seul l'excès d'événements au-dessus du bruit de fond attendu révèle le Higgs.
teacher-misconception-2 = « Les coupures créent le pic. » — Les coupures retirent du bruit de fond mais ne déplacent aucun événement ; le pic était là depuis le début, comme le montre la partie ombrée de chaque graphique.
teacher-misconception-3 = « Un s/√b plus grand veut toujours dire une meilleure analyse. » — Avec très peu d'événements, s/√b surestime la significance ; le Z d'Asimov est le nombre le plus honnête, et on ne doit pas ajuster un résultat sur les données qui servent ensuite à le tester.
teacher-misconception-4 = « L'impulsion manquante est une erreur de mesure. » — C'est un vrai signal physique des neutrinos, que le détecteur ne peut pas voir ; l'analyse WW en dépend.
teacher-misconception-5 = « Les pseudo-données sont de vraies données. » — Là où l'analyseur parle de pseudo-données, les points ont été tirés au hasard à partir de la simulation ; la ligne au-dessus des graphiques dit toujours si une analyse montre de vrais événements ATLAS.
teacher-offline-heading = Utiliser l'analyseur sans réseau
teacher-offline-intro = L'analyseur est un dossier de fichiers : rien ne tourne sur un serveur, il fonctionne donc dans une salle au réseau lent ou absent. Il y a trois façons de le préparer.
teacher-offline-1 = Une visite, puis hors ligne. Tant que le réseau fonctionne, ouvrez l'analyseur une fois sur chaque ordinateur (ou dans le navigateur du vidéoprojecteur) depuis son adresse https:// et attendez une minute. Le navigateur garde alors tous les fichiers, toutes les analyses et langues comprises, et l'analyseur s'ouvre et fonctionne réseau coupé.
teacher-offline-2 = Un dossier ou une clé USB. Procurez-vous le dossier hors ligne (histanalyser-offline.zip, produit par « cargo xtask dist »), décompressez-le et lancez un petit serveur web à l'intérieur : python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) ou php -S 127.0.0.1:8000 (PHP). Ouvrez ensuite http://localhost:8000/. Un double-clic sur index.html ne suffit pas : les navigateurs ne laissent pas une page ouverte comme fichier charger les données de l'analyse.
teacher-offline-3 = Un seul portable pour toute la classe. Lancez le serveur avec python3 -m http.server 8000 --bind 0.0.0.0 et donnez aux élèves l'adresse du portable sur le réseau local (par exemple http://192.168.1.20:8000/). Le portable doit continuer à servir : en http:// simple vers un autre ordinateur, les navigateurs ne gardent pas les fichiers pour un usage hors ligne.
teacher-offline-size = La première visite d'une analyse télécharge environ 0,6 à 0,7 mégaoctet ; le navigateur récupère ensuite le reste une fois, en arrière-plan.
teacher-reference-heading = Les données
teacher-reference = Le contenu de la publication ATLAS Open Data à 13 TeV (10 fb⁻¹ de données de 2016 et les échantillons simulés) et la façon dont elle a été faite sont décrits dans la note ATLAS :

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Rassembler les résultats de la classe
teacher-class = À la fin du défi, chaque groupe appuie sur « Partager notre résultat » sous ses nombres, tape son nom et envoie, lit à voix haute ou montre son code de résultat (ou vous laisse scanner son code QR). Collez les codes dans la page de la classe : elle montre chaque groupe, la dispersion des Z et des μ̂ de la classe, la meilleure sélection et les μ̂ des groupes combinés. Tout se passe dans votre navigateur ; rien n'est envoyé nulle part.
teacher-class-link = Ouvrir la page de la classe
class-heading = Les résultats de la classe
class-intro = Collez le code de résultat de chaque groupe sur une ligne à part. Les codes sont vérifiés ici, dans le navigateur ; rien n'est envoyé nulle part.
class-codes-label = Codes de résultat, un par ligne
class-analysis = Analyse : { $analysis }
class-empty = Aucun groupe pour l'instant : collez un code de résultat ci-dessus.
class-line-error = Ligne { $line } : { $message }
class-repeated = Ligne { $line } : le même code qu'à la ligne { $first }, compté une seule fois.
class-error-long = C'est plus long que tout code de résultat (au plus { $max } caractères) : autre chose a-t-il été collé ?
class-error-character = Le caractère { $position } (« { $character } ») ne fait pas partie d'un code de résultat, qui ne contient que des lettres, des chiffres, - et _.
class-error-short = Le code est incomplet : des caractères manquent ou ont été ajoutés.
class-error-checksum = La somme de contrôle ne correspond pas : un caractère a été mal tapé ou modifié. Demandez au groupe de copier à nouveau son code.
class-error-version = Ce code a été créé par une autre version de l'analyseur (format { $found } ; cette page lit le format { $supported }).
class-error-field = Le code est endommagé : son champ « { $field } » est illisible.
class-error-analysis = Ce code est pour l'analyse « { $found } », mais cette page de classe rassemble « { $expected } ».
class-groups-heading = Groupes
class-col-number = N°
class-col-group = Groupe
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Coupures
class-no-cuts = aucune coupure
class-no-fit = pas d'ajustement
class-spread-heading = Dispersion de la classe
class-spread-z = Significance Z
class-spread-mu = Intensité du signal μ̂
class-bar-label = { $low } à { $high } : { $count }
class-best-heading = Meilleure sélection
class-best = Groupe { $number }, « { $group } », avec Z = { $z } : { $cuts }
class-best-open = Ouvrir cette sélection
class-combination-heading = Les μ̂ des groupes combinés
class-combination = μ̂ = { $mu } ± { $sigma } sur { $groups } groupes : la moyenne des μ̂ des groupes pondérée par 1/σ², avec σ la moyenne des erreurs + et − de chaque groupe.
class-combination-why = Pourquoi les groupes diffèrent-ils ? Des coupures différentes sélectionnent des événements différents : chaque groupe mesure μ sur un échantillon différent, avec ses propres fluctuations statistiques. Les sélections des groupes partagent beaucoup d'événements, donc leurs μ̂ sont corrélés et l'erreur combinée ci-dessus est optimiste : cette combinaison est un outil pédagogique, pas la façon dont ATLAS combine des mesures.
class-combination-none = Aucun groupe n'a de μ̂ ajusté à combiner.

## Fiches d'activité (`?page=worksheet&a=<analyse>&sheet=<parcours>`, `&key=1` pour le
## corrigé) et leur liste sur la page pour les enseignants. Une fiche tient sur deux pages au plus.

teacher-worksheets-heading = Fiches d'activité
teacher-worksheets-intro = Une fiche imprimable pour chaque parcours guidé, dans la langue de cette page, sur deux pages au plus (A4 ou Letter). Les élèves prédisent l'effet de chaque coupure avant de l'appliquer et notent les nombres dans un tableau. Le corrigé donne tous les nombres, la réponse à chaque prédiction et l'explication de chaque étape.
teacher-worksheets-path = Parcours guidé
teacher-worksheets-ages = Pour qui
teacher-worksheets-sheet = Fiche d'activité
teacher-worksheets-key = Corrigé
teacher-worksheets-none = Les analyses n'ont pas de parcours guidé à imprimer.
worksheet-ages-hzz = De 15 à 18 ans : masse invariante, et un pic au-dessus d'un bruit de fond.
worksheet-ages-separate = De 14 à 16 ans : distinguer les processus à leurs empreintes ; aucune formule nécessaire.
worksheet-ages-hww = De 16 à 19 ans, après « Séparer les signaux » : neutrinos, impulsion manquante et masse transverse.
worksheet-ages-ttz = De 17 à 19 ans et première année d'université : jets b, nombre de jets et un processus rare.
worksheet-ages-ttz3l = De 16 à 19 ans : choisir un état final où un processus rare se détache (trois leptons, un Z et un jet b).
worksheet-ages-isolate_ww = De 16 à 19 ans : construire un état final pour un processus.
worksheet-ages-isolate_ttbar = De 15 à 18 ans : l'empreinte des quarks top.
worksheet-ages-isolate_ztautau = De 17 à 19 ans : un boson Z vu à travers des leptons τ et des neutrinos.
worksheet-heading = Fiche d'activité
worksheet-key-heading = Corrigé
worksheet-name = Nom
worksheet-group = Groupe
worksheet-date = Date
worksheet-open = Ouvrez l'analyseur à cette adresse (ou scannez le code) et choisissez le parcours guidé « { $path } ». Faites chaque tâche avant d'appuyer sur « Montrez-moi », et écrivez vos réponses sur cette fiche.
worksheet-tasks-heading = Tâches
worksheet-look = Ouvrez le graphique de { $axis }. Que voyez-vous ? Où se trouvent la plupart des événements, et y a-t-il un pic ?
worksheet-cut = Coupure suivante : { $cut }. Prédisez d'abord : enlèvera-t-elle une plus grande part du signal ou du bruit de fond ? Puis appliquez-la et remplissez la ligne { $row } du tableau.
worksheet-observation = Je vois :
worksheet-prediction = Je prédis :
worksheet-table-heading = Vos nombres
worksheet-col-row = Ligne
worksheet-col-task = Tâche
worksheet-col-cut = Coupure
worksheet-col-signal = Signal s
worksheet-col-background = Bruit de fond b
worksheet-col-data = Données
worksheet-col-z = Z
worksheet-questions-heading = Conclusions
worksheet-question-excess = Après la dernière coupure, comparez les données au bruit de fond seul. Y a-t-il un excès, et est-il à peu près aussi grand que le signal attendu s ?
worksheet-question-best = Quelle coupure a le plus augmenté la significance Z ? Pourquoi celle-là ?
worksheet-question-fewer = Les coupures ont aussi enlevé des événements de signal. Pourquoi la significance est-elle plus grande à la fin ?
worksheet-key-note = Pour l'enseignant : ce sont les nombres de l'analyseur pour ce parcours ; un groupe qui a appuyé sur « Montrez-moi » à chaque étape a exactement ceux-ci. L'explication de chaque étape est le texte du parcours guidé lui-même.
worksheet-why = Pourquoi
worksheet-answer = Réponse
worksheet-answer-cut-background = Le signal garde { $signal }, le bruit de fond { $background } : la coupure enlève une plus grande part du bruit de fond, et Z passe de { $before } à { $after }.
worksheet-answer-cut-signal = Le signal garde { $signal }, le bruit de fond { $background } : cette coupure enlève une plus grande part du signal, et Z passe de { $before } à { $after }.
worksheet-answer-undefined = Avant cette coupure il ne restait pas de signal ou pas de bruit de fond à comparer.
worksheet-answer-excess = { $data } événements dans les données, { $background } attendus du bruit de fond seul : un excès de { $excess }, là où la simulation attend { $signal } événements de signal.
worksheet-answer-no-excess = { $data } événements dans les données, { $background } attendus du bruit de fond seul : pas d'excès (les données sont { $excess } en dessous), là où la simulation attend { $signal } événements de signal.
worksheet-answer-best = Tâche { $task } ({ $cut }) : Z monte de { $before } à { $after }.
worksheet-answer-fewer = Sur tout le parcours, le signal garde { $signal } et le bruit de fond seulement { $background }. La significance croît avec s/√b, qui passe de { $first } à { $last }.
worksheet-print = Imprimer
worksheet-to-key = Corrigé
worksheet-to-sheet = Fiche des élèves
worksheet-loading = Chargement de l'analyse pour la fiche…
worksheet-no-path = Cette analyse n'a pas de parcours guidé « { $path } ». Ses parcours : { $paths }.
worksheet-qr-label = Code QR de l'adresse de l'analyseur

## « Faites votre propre état final » : les étapes de docs/own-analysis.md en bref.

teacher-own-heading = Faites votre propre état final
teacher-own-intro = Une analyse est un fichier texte qui dit quelles collisions garder et quoi tracer. Une classe peut écrire la sienne — l'exemple ci-dessous mesure la masse du boson Z —, la construire en cube à partir d'ATLAS Open Data et l'ouvrir ici. Aucune programmation : seulement un terminal.
teacher-own-1 = Installez Rust (rustup.rs), puis construisez une fois le programme preprocess depuis le dossier des sources de l'analyseur : cargo install --locked --path crates/preprocessor.
teacher-own-2 = Sur le portail ATLAS Open Data (13 TeV, publication de 2020), prenez dans la collection 2lep les données data_A.2lep.root et la simulation du Z mc_361106.Zee.2lep.root et mc_361107.Zmumu.2lep.root, en fichiers ou par leurs adresses https://.
teacher-own-3 = Construisez le cube avec le fichier d'exemple (sans le fichier de données, ajoutez --data-kind pseudo pour des pseudo-données) :
teacher-own-4 = Sur la page d'accueil, « Ouvrir votre propre cube » ouvre zmass.cube dans ce navigateur, chaque graphique lié à chaque coupure. Le pic du Z est à 91 GeV dans le graphique de mℓℓ ; modifiez le fichier (un axe plus fin, une autre coupure sur les leptons, un autre état final) et reconstruisez.
teacher-own-example = Télécharger le fichier d'analyse d'exemple (zmass.toml)
teacher-own-guide = Chaque ligne est expliquée dans le guide du projet docs/own-analysis.md (en anglais ; en espagnol docs/own-analysis.es.md), et chaque réglage dans docs/analysis-files.md.
