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
