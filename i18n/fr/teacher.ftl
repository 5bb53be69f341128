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
teacher-offline-size = La première visite d'une analyse télécharge environ un demi-mégaoctet (un peu moins pour l'analyse à quatre leptons) ; le navigateur récupère ensuite le reste une fois, en arrière-plan.
teacher-reference-heading = Les données
teacher-reference = Le contenu de la publication ATLAS Open Data à 13 TeV (10 fb⁻¹ de données de 2016 et les échantillons simulés) et la façon dont elle a été faite sont décrits dans la note ATLAS :
