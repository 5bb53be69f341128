# Recorridos guiados: el panel y un bloque por recorrido.

## Panel

guide-heading = Recorrido guiado
guide-choose = Elige un recorrido guiado
guide-step = Paso { $n } de { $total }
guide-look-at = Mira el gráfico de { $axis }.
guide-show-me = Muéstramelo
guide-shown = Listo: el corte está aplicado. Compara s, b y Z con el paso anterior.
guide-back = Atrás
guide-next = Siguiente
guide-finish = Terminar
guide-close = Cerrar la guía
guide-moved = s: { $s_before } → { $s_after }, b: { $b_before } → { $b_after }, Z: { $z_before } → { $z_after }
guide-challenge-heading = Desafío
guide-challenge = Los cortes de este recorrido llegan a Z = { $reached }. ¿Puedes hacerlo mejor? Cambia cualquier corte, agrega o quita alguno, hasta que Z supere { $reached }.
guide-challenge-reached = ¡Muy bien! s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Todavía no: Z = { $z }. Sigue intentándolo: fíjate en qué variable separa mejor la señal.

## Separa las señales (análisis H → WW)

path-separate-title = Separa las señales
path-separate-intro = Cada proceso deja su propia huella en el detector. Antes de buscar el Higgs, aprende a distinguir los fondos.
path-separate-1 = Mira la masa de los dos leptones, mℓℓ. El pico cerca de 91 GeV es el bosón Z: en los eventos Z + jets los dos leptones, del mismo sabor, vienen de la desintegración de un Z, así que su masa invariante es la masa del Z.
path-separate-2 = Quédate solo con los pares electrón–muón. Un bosón Z se desintegra en ee o μμ, nunca en eμ, así que este único corte elimina casi todos los eventos Z + jets mientras WW y tt̄ se mantienen.
path-separate-3 = Mira el número de jets etiquetados como b. Cada quark top se desintegra en un bosón W y un quark b, por eso los eventos tt̄ suelen tener uno o dos jets b, y los eventos WW casi ninguno.
path-separate-4 = Quédate con los eventos sin ningún jet b. Este veto de b elimina la mayor parte del fondo tt̄; lo que queda es sobre todo WW, el fondo irreducible de la búsqueda del Higgs.

## Encuentra el Higgs (H → WW)

path-hww-title = Encuentra el Higgs (H → WW)
path-hww-intro = Un bosón de Higgs que se desintegra en dos bosones W, cada uno en un leptón y un neutrino. Los neutrinos escapan, así que no hay pico de masa: hay que seleccionar la señal por su forma.
path-hww-1 = Quédate solo con los pares electrón–muón. El Higgs da eμ tan a menudo como ee o μμ, pero el enorme fondo Z + jets solo da pares del mismo sabor.
path-hww-2 = Quédate con los eventos sin ningún jet b. Los quarks top siempre se desintegran en quarks b, así que el veto de b elimina la mayoría de los eventos tt̄ y deja pasar casi todos los del Higgs.
path-hww-3 = Quédate con los eventos con un jet como máximo. El Higgs se produce sobre todo por fusión de gluones, con pocos jets adicionales, mientras que los eventos tt̄ traen dos o más.
path-hww-4 = Quédate con un momento transverso faltante por encima de { $lower } GeV. Los dos neutrinos se llevan energía sin ser vistos; la suma de sus momentos transversos es la MET, así que los eventos de señal tienen algo, mientras que en Z → ττ los neutrinos de los dos τ, que salen en direcciones opuestas, se compensan en gran parte.
path-hww-5 = Quédate con los eventos en los que el par de leptones y la MET apuntan en direcciones opuestas: Δφ(ℓℓ, MET) por encima de π/2 ({ $lower } rad, un ángulo recto). El Higgs se produce casi en reposo en el plano transverso, así que sus dos neutrinos retroceden frente a sus dos leptones cargados; en Z → ττ los neutrinos salen en la dirección de los leptones.
path-hww-6 = Quédate con un momento transverso del par de leptones por encima de { $lower } GeV. En Z → ττ cada τ cede buena parte de su energía a neutrinos, y un leptón falso que viene de un jet suele ser blando, así que estos fondos dan pares de leptones más lentos que el Higgs.
path-hww-7 = Quédate con una masa de los dos leptones por debajo de { $upper } GeV. El Higgs tiene espín 0, así que los dos bosones W tienen espines opuestos y los dos leptones cargados tienden a salir en la misma dirección: su masa invariante es pequeña.
path-hww-8 = Quédate con ángulos pequeños entre los leptones: Δφℓℓ por debajo de { $upper } rad. Por la misma razón de espín, los leptones del Higgs salen juntos, mientras que en el fondo WW salen más a menudo en direcciones opuestas.
path-hww-9 = Mira la masa transversa mT, sobre la que se hace el ajuste. Para el Higgs no podría superar 125 GeV si todo se midiera a la perfección, y con la resolución del detector rara vez lo hace, así que la señal se acumula por debajo de ese valor mientras que WW se extiende a masas mayores.

## Encuentra el Higgs (H → ZZ → 4ℓ)

path-hzz-title = Encuentra el Higgs (H → ZZ → 4ℓ)
path-hzz-intro = El «canal dorado»: un Higgs se desintegra en dos bosones Z, uno de ellos virtual, y cada Z en un par de electrones o de muones. Los cuatro leptones se miden con precisión, así que el Higgs aparece como un pico estrecho.
path-hzz-1 = Mira la masa de los cuatro leptones, m₄ℓ. La distribución ancha viene de pares de bosones Z producidos sin Higgs (el continuo ZZ); el pico cerca de 91 GeV es un solo Z que emitió un segundo par de leptones.
path-hzz-2 = Mira m₁₂, la masa del par más cercano al Z. En la mayoría de los eventos un par de leptones viene de un Z real, así que m₁₂ tiene un pico en 91 GeV.
path-hzz-3 = Quédate con m₁₂ entre { $lower } y { $upper } GeV. Así se exige un bosón Z real y se eliminan los eventos cuyos leptones no vienen de desintegraciones de Z.
path-hzz-4 = Quédate con m₃₄ entre { $lower } y { $upper } GeV. La masa del Higgs (125 GeV) es menor que dos masas del Z, así que el segundo Z es virtual y más ligero; un par muy ligero casi nunca viene de un Z.
path-hzz-5 = Quédate con m₄ℓ entre { $lower } y { $upper } GeV. La señal se concentra en esta ventana alrededor de 125 GeV, mientras que el continuo ZZ se reparte en cientos de GeV: la significancia crece.
path-hzz-6 = Mira un candidato del pico. Haz clic en la barra de m₄ℓ en 125 GeV (o pulsa «Colisiones en un bin» bajo el gráfico) y abre una de las colisiones reales: cuatro leptones salen del centro. Los electrones se detienen en el calorímetro y los muones atraviesan todo el detector. La tabla da sus momentos, y la m₄ℓ calculada con ellos es el lugar de esta colisión en el gráfico.

## Encuentra ttZ

path-ttz-title = Encuentra ttZ
path-ttz-intro = Un par de quarks top producido junto con un bosón Z es raro: más o menos uno de cada mil eventos tt̄. Aquí el Z se desintegra en dos leptones y los dos top en jets.
path-ttz-1 = Quédate con pares del mismo sabor, ee o μμ. Un bosón Z se desintegra en dos leptones del mismo sabor; los pares eμ vienen de otros procesos, como tt̄.
path-ttz-2 = Quédate con una masa de los dos leptones entre { $lower } y { $upper } GeV. Los dos leptones de un Z tienen una masa invariante cercana a 91 GeV, así que esta ventana selecciona bosones Z.
path-ttz-3 = Quédate con los eventos con al menos un jet b. Cada quark top se desintegra en un quark b, así que exigir un jet b elimina la mayoría de los eventos Z + jets, que rara vez contienen quarks b.
path-ttz-4 = Quédate con los eventos con al menos cinco jets. Dos top que se desintegran en quarks dan hasta seis jets, más que un Z con jets adicionales comunes.
path-ttz-5 = Mira el momento transverso faltante. Como los dos top se desintegran en quarks, no hay neutrinos de los bosones W y la señal tiene poca MET.

## Encuentra tt̄Z en tres leptones

path-ttz3l-title = Encuentra tt̄Z en tres leptones
path-ttz3l-intro = Un par de quarks top producido junto con un bosón Z. Aquí el Z se desintegra en dos leptones y uno de los quarks top da un tercero (t → bW, W → ℓν), mientras que el otro se desintegra en quarks. Muy pocos procesos dan tres leptones aislados junto con jets b, así que este canal es mucho más limpio que el de dos leptones, que se ahoga en Z + jets y tt̄.
path-ttz3l-1 = Mira la masa del candidato a Z. De los tres leptones, dos tienen el mismo sabor y cargas opuestas; el par más cercano a 91 GeV es el candidato a Z. tt̄Z, WZ y ZZ contienen un Z real, así que casi todos los eventos están en el pico de la masa del Z.
path-ttz3l-2 = Quédate con una masa del candidato a Z entre { $lower } y { $upper } GeV: la masa del Z, 91,19 GeV, con 10 GeV de margen a cada lado. La ventana conserva los bosones Z reales y elimina los eventos cuyo par solo se parece a un Z, como tt̄ con un tercer leptón de la desintegración de un hadrón b.
path-ttz3l-3 = Quédate con los eventos con al menos un jet b (etiquetado en el punto de trabajo del 77 %: se encuentran unos tres de cada cuatro jets b reales). Cada quark top se desintegra en un quark b, mientras que WZ y ZZ, los mayores fondos hasta ahora, rara vez contienen uno: este corte elimina la mayoría de ellos.
path-ttz3l-4 = Quédate con los eventos con al menos tres jets. El segundo quark top se desintegra en un quark b y un bosón W que da dos quarks más, así que tt̄Z tiene hasta cuatro jets, mientras que WZ y ZZ solo tienen jets de radiación adicional.
path-ttz3l-5 = Mira el número de jets, sobre el que el ajuste mide la señal. Su gráfico aplica todos los cortes menos el suyo: tt̄Z da tres jets o más, mientras que lo que queda de WZ y ZZ tiene casi siempre menos.

## Aísla WW (explorador)

path-isolate_ww-title = Aísla WW
path-isolate_ww-intro = Dos bosones W, que se desintegran cada uno en un leptón y un neutrino. ¿Puedes construir un estado final en el que WW sea el proceso más grande?
path-isolate_ww-1 = Quédate con los pares de signo opuesto. Los dos bosones W tienen cargas opuestas, y también sus leptones.
path-isolate_ww-2 = Quédate con los pares electrón–muón. Los bosones Z se desintegran en ee o μμ, nunca en eμ, así que la mayoría de eventos Z desaparecen y WW se queda.
path-isolate_ww-3 = Quédate con los eventos sin ningún jet b. Los quarks top se desintegran en quarks b; los eventos WW rara vez tienen uno.
path-isolate_ww-4 = Quédate con los eventos sin ningún jet por encima de 30 GeV. WW se produce sobre todo sin jets adicionales, mientras que un par de quarks top siempre trae dos quarks b.
path-isolate_ww-5 = Quédate con una masa de los dos leptones por encima de { $lower } GeV. Z → ττ da pares eμ blandos de masa baja; los leptones de dos bosones W reales llevan más energía.
path-isolate_ww-6 = Quédate con un momento transverso faltante por encima de { $lower } GeV. Los dos neutrinos del WW escapan sin ser vistos y dejan MET; en Z → ττ los neutrinos de los dos τ, que salen en direcciones opuestas, se compensan en gran parte. Ahora el WW es el proceso más grande.

## Aísla tt̄ (explorador)

path-isolate_ttbar-title = Aísla tt̄
path-isolate_ttbar-intro = Un par de quarks top: cada top se desintegra en un quark b y un bosón W, aquí los dos W en un leptón y un neutrino. Encuentra su huella.
path-isolate_ttbar-1 = Quédate con los pares de signo opuesto. Los dos bosones W de un par de top tienen cargas opuestas.
path-isolate_ttbar-2 = Quédate con los pares electrón–muón, que ningún bosón Z produce.
path-isolate_ttbar-3 = Quédate con los eventos con al menos { $lower } jet b. Cada quark top da un quark b, y casi nada más en esta selección lo hace.
path-isolate_ttbar-4 = Quédate con los eventos con al menos { $lower } jets: los dos quarks b dan dos jets, y la radiación adicional a menudo más.

## Aísla Z → ττ (explorador)

path-isolate_ztautau-title = Aísla Z → ττ
path-isolate_ztautau-intro = Un bosón Z que se desintegra en dos leptones τ, cada τ en un electrón o un muón y dos neutrinos. Se esconde bajo procesos mucho más grandes: encuéntralo.
path-isolate_ztautau-1 = Quédate con los pares de signo opuesto: los dos leptones τ de un Z tienen cargas opuestas.
path-isolate_ztautau-2 = Quédate con los pares electrón–muón. Z → ee y Z → μμ son mucho más frecuentes pero nunca dan eμ; un τ que da un electrón y el otro un muón sí.
path-isolate_ztautau-3 = Quédate con los eventos sin ningún jet b, lo que elimina la mayoría de los pares de quarks top.
path-isolate_ztautau-4 = Quédate con una masa de los dos leptones entre { $lower } y { $upper } GeV. Los neutrinos se llevan energía, así que los dos leptones tienen menos que la masa del Z.
path-isolate_ztautau-5 = Quédate con leptones separados al menos { $lower } rad en φ. El Z se produce casi en reposo en el plano transverso, así que los leptones τ salen en direcciones opuestas.
