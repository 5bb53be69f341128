## Panneau

guide-heading = Parcours guidé
guide-choose = Choisissez un parcours guidé
guide-step = Étape { $n } sur { $total }
guide-look-at = Regardez le graphique de { $axis }.
guide-show-me = Montrez-moi
guide-shown = C'est fait : la coupure est appliquée. Comparez s, b et Z avec l'étape précédente.
guide-back = Retour
guide-next = Suivant
guide-finish = Terminer
guide-close = Fermer le guide
guide-moved = s : { $s_before } → { $s_after }, b : { $b_before } → { $b_after }, Z : { $z_before } → { $z_after }
guide-challenge-heading = Défi
guide-challenge = Les coupures de ce parcours atteignent Z = { $reached }. Pouvez-vous faire mieux ? Modifiez, ajoutez ou retirez des coupures jusqu'à ce que Z dépasse { $reached }.
guide-challenge-reached = Bravo : s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Pas encore : Z = { $z }. Continuez : cherchez la variable qui sépare le mieux le signal.

## Séparer les signaux

path-separate-title = Séparer les signaux
path-separate-intro = Chaque processus laisse sa propre empreinte dans le détecteur. Avant de chercher le Higgs, apprenez à distinguer les bruits de fond.
path-separate-1 = Regardez la masse des deux leptons, mℓℓ. Le pic vers 91 GeV est le boson Z : dans les événements Z + jets, les deux leptons de même saveur viennent de la désintégration d'un Z, leur masse invariante est donc la masse du Z.
path-separate-2 = Ne gardez que les paires électron–muon. Un boson Z se désintègre en ee ou μμ, jamais en eμ : cette seule coupure élimine presque tous les événements Z + jets, tandis que WW et tt̄ restent.
path-separate-3 = Regardez le nombre de jets étiquetés b. Chaque quark top se désintègre en un boson W et un quark b, donc les événements tt̄ ont en général un ou deux jets b, et les événements WW presque aucun.
path-separate-4 = Gardez les événements sans jet b. Ce veto des b élimine l'essentiel du bruit de fond tt̄ ; il reste surtout WW, le bruit de fond irréductible de la recherche du Higgs.

## Trouver le Higgs (H → WW)

path-hww-title = Trouver le Higgs (H → WW)
path-hww-intro = Un boson de Higgs se désintègre en deux bosons W, chacun donnant un lepton et un neutrino. Les neutrinos s'échappent : pas de pic de masse, il faut sélectionner le signal par sa forme.
path-hww-1 = Ne gardez que les paires électron–muon. Le Higgs donne eμ aussi souvent que ee ou μμ, mais l'énorme bruit de fond Z + jets ne donne que des paires de même saveur.
path-hww-2 = Gardez les événements sans jet b. Les quarks top se désintègrent toujours en quarks b : le veto des b retire la plupart des événements tt̄ et garde presque tous ceux du Higgs.
path-hww-3 = Gardez les événements avec au plus un jet. Le Higgs est surtout produit par fusion de gluons, avec peu de jets supplémentaires, alors que les événements tt̄ en ont deux ou plus.
path-hww-4 = Gardez une impulsion transverse manquante au-dessus de { $lower } GeV. Les deux neutrinos emportent de l'énergie sans être vus ; la somme de leurs impulsions transverses est la MET : les événements de signal en ont, alors que dans Z → ττ les neutrinos des deux τ, émis dos à dos, se compensent en grande partie.
path-hww-5 = Gardez les événements où la paire de leptons et la MET partent dans des directions opposées : Δφ(ℓℓ, MET) au-dessus de π/2 ({ $lower } rad, un angle droit). Le Higgs est produit presque au repos dans le plan transverse, donc ses deux neutrinos reculent face à ses deux leptons chargés ; dans Z → ττ, les neutrinos suivent les leptons.
path-hww-6 = Gardez une impulsion transverse de la paire de leptons au-dessus de { $lower } GeV. Dans Z → ττ, chaque τ cède une grande partie de son énergie à des neutrinos, et un faux lepton venu d'un jet est en général mou : ces bruits de fond donnent des paires plus lentes que le Higgs.
path-hww-7 = Gardez une masse des deux leptons inférieure à { $upper } GeV. Le Higgs a un spin 0, les deux bosons W ont donc des spins opposés et les deux leptons chargés partent plutôt dans la même direction : leur masse invariante est petite.
path-hww-8 = Gardez les petits angles entre les leptons : Δφℓℓ en dessous de { $upper } rad. Pour la même raison de spin, les leptons du Higgs sont proches, alors que dans le bruit de fond WW ils sont plus souvent dos à dos.
path-hww-9 = Regardez la masse transverse mT, sur laquelle porte l'ajustement. Pour le Higgs, elle ne pourrait pas dépasser 125 GeV si tout était mesuré parfaitement, et avec la résolution du détecteur elle la dépasse rarement : le signal s'accumule en dessous, alors que WW s'étend vers les grandes masses.

## Trouver le Higgs (H → ZZ → 4ℓ)

path-hzz-title = Trouver le Higgs (H → ZZ → 4ℓ)
path-hzz-intro = Le « canal en or » : un Higgs se désintègre en deux bosons Z, dont un virtuel, et chaque Z en une paire d'électrons ou de muons. Les quatre leptons sont mesurés avec précision : le Higgs apparaît comme un pic étroit.
path-hzz-1 = Regardez la masse des quatre leptons, m₄ℓ. La distribution large vient de paires de bosons Z produites sans Higgs (le continuum ZZ) ; le pic vers 91 GeV est un seul Z qui a émis une seconde paire de leptons.
path-hzz-2 = Regardez m₁₂, la masse de la paire la plus proche du Z. Dans la plupart des événements, une paire vient d'un vrai Z : m₁₂ présente un pic à 91 GeV.
path-hzz-3 = Gardez m₁₂ entre { $lower } et { $upper } GeV. On exige ainsi un vrai boson Z et on retire les événements dont les leptons ne viennent pas de désintégrations de Z.
path-hzz-4 = Gardez m₃₄ entre { $lower } et { $upper } GeV. La masse du Higgs (125 GeV) est inférieure à deux masses du Z : le second Z est virtuel et plus léger ; une paire très légère ne vient presque jamais d'un Z.
path-hzz-5 = Gardez m₄ℓ entre { $lower } et { $upper } GeV. Le signal est concentré dans cette fenêtre autour de 125 GeV, alors que le continuum ZZ s'étale sur des centaines de GeV : la significance augmente.
path-hzz-6 = Regardez un candidat du pic. Cliquez sur la barre de m₄ℓ à 125 GeV (ou appuyez sur « Collisions dans un bin » sous le graphique) et ouvrez une des collisions réelles : quatre leptons partent du centre. Les électrons s'arrêtent dans le calorimètre, les muons traversent tout le détecteur. Le tableau donne leurs impulsions, et la m₄ℓ calculée à partir d'elles est la place de cette collision dans le graphique.

## Trouver ttZ

path-ttz-title = Trouver ttZ
path-ttz-intro = Une paire de quarks top produite avec un boson Z est rare : environ un événement tt̄ sur mille. Ici, le Z se désintègre en deux leptons et les deux tops en jets.
path-ttz-1 = Gardez les paires de même saveur, ee ou μμ. Un boson Z se désintègre en deux leptons de même saveur ; les paires eμ viennent d'autres processus comme tt̄.
path-ttz-2 = Gardez une masse des deux leptons entre { $lower } et { $upper } GeV. Les deux leptons d'un Z ont une masse invariante proche de 91 GeV : cette fenêtre sélectionne des bosons Z.
path-ttz-3 = Gardez les événements avec au moins un jet b. Chaque quark top donne un quark b : exiger un jet b retire la plupart des événements Z + jets, qui contiennent rarement des quarks b.
path-ttz-4 = Gardez les événements avec au moins cinq jets. Deux tops se désintégrant en quarks donnent jusqu'à six jets, plus qu'un Z accompagné de jets ordinaires.
path-ttz-5 = Regardez l'impulsion transverse manquante. Les deux tops se désintégrant en quarks, les bosons W ne donnent pas de neutrinos : le signal a peu de MET.

## Trouver tt̄Z avec trois leptons

path-ttz3l-title = Trouver tt̄Z avec trois leptons
path-ttz3l-intro = Une paire de quarks top produite avec un boson Z. Ici, le Z se désintègre en deux leptons et l'un des quarks top en donne un troisième (t → bW, W → ℓν), tandis que l'autre se désintègre en quarks. Très peu de processus donnent trois leptons isolés avec des jets b : ce canal est bien plus propre que celui à deux leptons, noyé dans Z + jets et tt̄.
path-ttz3l-1 = Regardez la masse du candidat Z. Parmi les trois leptons, deux ont la même saveur et des charges opposées ; la paire la plus proche de 91 GeV est le candidat Z. tt̄Z, WZ et ZZ contiennent tous un vrai Z : presque tous les événements sont dans le pic à la masse du Z.
path-ttz3l-2 = Gardez une masse du candidat Z entre { $lower } et { $upper } GeV : la masse du Z, 91,19 GeV, à 10 GeV près. La fenêtre garde les vrais bosons Z et retire les événements dont la paire n'en a que l'air, comme tt̄ avec un troisième lepton issu de la désintégration d'un hadron b.
path-ttz3l-3 = Gardez les événements avec au moins un jet étiqueté b (au point de fonctionnement de 77 % : environ trois vrais jets b sur quatre sont trouvés). Chaque quark top se désintègre en un quark b, alors que WZ et ZZ, les plus grands bruits de fond à ce stade, en contiennent rarement : cette coupure en retire la plupart.
path-ttz3l-4 = Gardez les événements avec au moins trois jets. Le second quark top se désintègre en un quark b et un boson W qui donne deux quarks de plus : tt̄Z a jusqu'à quatre jets, alors que WZ et ZZ n'ont que des jets de rayonnement supplémentaire.
path-ttz3l-5 = Regardez le nombre de jets, sur lequel l'ajustement mesure le signal. Son graphique applique toutes les coupures sauf la sienne : tt̄Z donne trois jets ou plus, alors que ce qui reste de WZ et ZZ en a le plus souvent moins.

## Isolez WW (explorateur)

path-isolate_ww-title = Isolez WW
path-isolate_ww-intro = Deux bosons W, chacun se désintégrant en un lepton et un neutrino. Pouvez-vous construire un état final où WW soit le plus grand processus ?
path-isolate_ww-1 = Gardez les paires de signes opposés. Les deux bosons W ont des charges opposées, et leurs leptons aussi.
path-isolate_ww-2 = Gardez les paires électron–muon. Les bosons Z se désintègrent en ee ou μμ, jamais en eμ : la plupart des événements Z disparaissent et WW reste.
path-isolate_ww-3 = Gardez les événements sans jet b. Les quarks top se désintègrent en quarks b ; les événements WW en ont rarement.
path-isolate_ww-4 = Gardez les événements sans jet au-dessus de 30 GeV. WW est surtout produit sans jet supplémentaire, alors qu'une paire de quarks top apporte toujours deux quarks b.
path-isolate_ww-5 = Gardez une masse des deux leptons au-dessus de { $lower } GeV. Z → ττ donne des paires eμ molles de faible masse ; les leptons de deux vrais bosons W portent plus d'énergie.
path-isolate_ww-6 = Gardez une impulsion transverse manquante au-dessus de { $lower } GeV. Les deux neutrinos du WW s'échappent sans être vus et laissent de la MET ; dans Z → ττ les neutrinos des deux τ, émis dos à dos, se compensent en grande partie. WW est maintenant le processus le plus grand.

## Isolez tt̄ (explorateur)

path-isolate_ttbar-title = Isolez tt̄
path-isolate_ttbar-intro = Une paire de quarks top : chaque top se désintègre en un quark b et un boson W, ici les deux W en un lepton et un neutrino. Trouvez son empreinte.
path-isolate_ttbar-1 = Gardez les paires de signes opposés. Les deux bosons W d'une paire de tops ont des charges opposées.
path-isolate_ttbar-2 = Gardez les paires électron–muon, qu'aucun boson Z ne donne.
path-isolate_ttbar-3 = Gardez les événements avec au moins { $lower } jet b. Chaque quark top donne un quark b, et presque rien d'autre dans cette sélection.
path-isolate_ttbar-4 = Gardez les événements avec au moins { $lower } jets : les deux quarks b font deux jets, et le rayonnement supplémentaire souvent davantage.

## Isolez Z → ττ (explorateur)

path-isolate_ztautau-title = Isolez Z → ττ
path-isolate_ztautau-intro = Un boson Z se désintégrant en deux leptons τ, chaque τ en un électron ou un muon et deux neutrinos. Il se cache sous des processus bien plus grands : trouvez-le.
path-isolate_ztautau-1 = Gardez les paires de signes opposés : les deux leptons τ d'un Z ont des charges opposées.
path-isolate_ztautau-2 = Gardez les paires électron–muon. Z → ee et Z → μμ sont bien plus fréquents mais ne donnent jamais eμ ; un τ donnant un électron et l'autre un muon, si.
path-isolate_ztautau-3 = Gardez les événements sans jet b, ce qui retire la plupart des paires de quarks top.
path-isolate_ztautau-4 = Gardez une masse des deux leptons entre { $lower } et { $upper } GeV. Les neutrinos emportent de l'énergie, donc les deux leptons ont moins que la masse du Z.
path-isolate_ztautau-5 = Gardez des leptons séparés d'au moins { $lower } rad en φ. Le Z est produit presque au repos dans le plan transverse, donc les leptons τ partent dos à dos.
