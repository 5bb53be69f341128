# Las páginas «La física explicada» y «Glosario». Las ecuaciones están en MathML en
# web/src/ui/explain.rs; aquí solo está el texto que las rodea.

explain-heading = La física explicada
explain-diagram-heading = Cómo se produce la señal
explain-equations-heading = Las ecuaciones detrás de los números
explain-references-heading = Para leer más

## Introducciones, una por análisis

explain-hzz4l-intro = En el LHC los protones chocan con una energía en el centro de masa de 13 TeV. Lo más frecuente es que un bosón de Higgs se produzca cuando dos gluones, uno de cada protón, se fusionan a través de un lazo de quarks top. En cerca del 2,6 % de sus desintegraciones el Higgs se convierte en dos bosones Z; como 125 GeV es menos que dos masas del Z, uno de ellos es virtual (Z*). Cada Z se desintegra en un par electrón–positrón o muón–antimuón solo en un 6,7 % de los casos, así que apenas 1,2 de cada 10 000 bosones de Higgs (1,2 × 10⁻⁴) terminan en cuatro electrones o muones (fracciones de desintegración del LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Cuatro leptones cargados son algo raro y se miden con mucha precisión, así que al sumar sus cuadrimomentos se obtiene la masa de la partícula que se desintegró con una resolución de uno o dos GeV. El Higgs aparece como un pico estrecho en 125 GeV sobre un fondo pequeño y suave de pares de bosones Z producidos directamente. Por eso se le llama canal dorado, aunque solo unos pocos eventos pasan la selección. Un segundo fondo, llamado reducible, viene de bosones Z o pares de quarks top con leptones adicionales de desintegraciones de hadrones b y c; se estima con los propios datos, a partir de los eventos cuyos cuatro leptones no suman carga cero.
explain-hww-intro = Aquí el Higgs se desintegra en dos bosones W, uno de ellos virtual, y cada W en un leptón cargado y un neutrino. El Higgs se desintegra en WW* unas ocho veces más a menudo que en ZZ* (cerca del 21 % frente al 2,6 % de sus desintegraciones), y dos leptones cargados con dos neutrinos (electrones y muones) son unas ochenta veces más frecuentes que cuatro leptones cargados (cerca del 1 % frente a 1,2 × 10⁻⁴), pero los neutrinos atraviesan el detector sin dejar rastro.
explain-hww-why = Sin los neutrinos no se puede reconstruir la masa del Higgs, así que no hay pico. En cambio, el análisis usa lo que dejan los neutrinos: momento transverso faltante y una masa transversa que, medida a la perfección, no podría superar 125 GeV y que, con la resolución del detector, rara vez lo hace. Como el Higgs tiene espín 0, sus dos leptones cargados tienden a apuntar en la misma dirección, y eso lo distingue de los pares de bosones W comunes.
explain-ttz-intro = Un quark top puede emitir un bosón Z. Producir un par de quarks top junto con un Z ocurre unas mil veces menos que producir solo el par de top, y permite medir directamente cómo se acopla el quark top al bosón Z.
explain-ttz-why = En esta selección el Z se desintegra en un par de electrones o de muones, visible como un pico en 91 GeV en la masa de los dos leptones, y cada quark top se desintegra en un quark b y un bosón W que da dos jets más. Muchos jets, jets etiquetados como b y un pico del Z, todo junto, separan este proceso raro de los fondos Z + jets y tt̄, mucho mayores.
explain-ttz3l-intro = El mismo proceso que en el análisis de dos leptones, un par de quarks top producido junto con un bosón Z, visto en otro estado final. El Z se desintegra en un par de electrones o de muones; un quark top se desintegra en un quark b y un bosón W que da un leptón cargado y un neutrino, y el otro en un quark b y un bosón W que da dos quarks. Resultan tres leptones cargados, dos jets b, dos jets más y momento transverso faltante. Cerca del 2 % de los eventos tt̄Z terminan así con electrones y muones, algo menos que el 3 % del estado final de dos leptones.
explain-ttz3l-why = Por qué tres leptones son mejores que dos: en el canal de dos leptones el pico del Z se comparte con Z + jets, que da una desintegración Z → ℓℓ decenas de miles de veces más a menudo que tt̄Z, y con tt̄, así que la señal solo asoma con muchos jets. Muy pocos procesos del Modelo Estándar dan tres leptones cargados aislados: sobre todo WZ y ZZ, que rara vez traen jets b. Por eso un candidato a Z y un jet etiquetado como b dejan una muestra en la que tt̄Z es una parte considerable. La medida de tt̄Z de ATLAS (arXiv:1901.03584, en la lista de abajo) obtiene la mayor parte de su sensibilidad del canal de tres leptones.
diagram-hzz4l-alt = Diagrama de Feynman: dos gluones se fusionan a través de un lazo de quarks top en un bosón de Higgs, que se desintegra en un Z y un Z* virtual; cada uno se desintegra en un par de leptones cargados.
diagram-hww-alt = Diagrama de Feynman: dos gluones se fusionan a través de un lazo de quarks top en un bosón de Higgs, que se desintegra en un W y un W* virtual; cada uno se desintegra en un leptón cargado y un neutrino.
diagram-ttz-alt = Diagrama de Feynman: dos gluones producen un par de quarks top; uno de los top emite un bosón Z, que se desintegra en dos leptones cargados.
diagram-ttz3l-alt = Diagrama de Feynman: dos gluones producen un par de quarks top; el quark top emite un bosón Z, que se desintegra en dos leptones cargados, y luego se desintegra en un quark b y un bosón W⁺ que da un leptón cargado y un neutrino; el antitop se desintegra en un quark b̄ y un bosón W⁻ que da dos quarks.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Cómo leer una visualización de eventos
explain-display-1 = Una visualización de eventos dibuja una colisión en el detector. La vista transversal al haz (x–y) mira a lo largo del tubo del haz: la colisión ocurrió en el centro, y las capas a su alrededor son, de adentro hacia afuera, el detector interno de trazas (gris), el calorímetro electromagnético (verde), el calorímetro hadrónico (rojo) y las cámaras de muones (azul). Las distancias se comprimen hacia afuera para que el pequeño detector de trazas se vea junto al sistema de muones de diez metros.
explain-display-2 = Una partícula con carga deja una traza en el detector interno. El campo magnético de 2 tesla del solenoide la curva en un círculo de radio r = pT / (0,3 B), en metros con pT en GeV: una traza de 1 GeV se enrosca en pocos metros y un leptón de 50 GeV es casi recto. Las cargas positivas y negativas se curvan en sentidos opuestos; así se mide la carga.
explain-display-3 = Los electrones se detienen en el calorímetro electromagnético y dejan allí su energía; los muones lo atraviesan todo y llegan a las cámaras de muones; los jets de hadrones depositan su energía en ambos calorímetros. Los neutrinos no dejan rastro: el momento que se llevan transversalmente al haz aparece como un desequilibrio, el momento transverso faltante, dibujado como una flecha discontinua.
explain-display-4 = La vista a lo largo del haz (r–z) muestra la misma colisión de costado, con el haz de izquierda a derecha: allí las trazas son rectas en su ángulo polar, porque el campo solo las curva transversalmente al haz. La tabla bajo las imágenes da el momento transverso pT, la pseudorrapidez η y el ángulo azimutal φ de cada objeto; con ellos se puede calcular a mano la masa invariante de los gráficos.

## Ecuaciones

eq-mass-heading = Masa invariante
eq-mass-text = Al sumar las energías y las cantidades de movimiento (momentos lineales) de los productos de la desintegración se obtiene la masa de la partícula de la que vienen, la misma en cualquier sistema de referencia. Con cuatro leptones es m₄ℓ; con dos, mℓℓ.
eq-mt-heading = Masa transversa
eq-mt-text = Cuando escapan neutrinos, solo se conocen los momentos perpendiculares al haz. La masa transversa usa el par de leptones y el momento transverso faltante; medida a la perfección nunca podría ser mayor que la masa de la partícula que se desintegra, y con la resolución del detector rara vez lo es.
eq-significance-heading = Significancia
eq-significance-text = Si se esperan s eventos de señal y b de fondo, s/√b compara la señal con la fluctuación típica del fondo. La fórmula de Asimov Z es la significancia mediana que encontraría un experimento de conteo; se parece a s/√b cuando s es mucho menor que b y es más fiable cuando no lo es. Z = 5 es el umbral que usan los físicos para hablar de descubrimiento.
eq-weight-heading = Peso de un evento
eq-weight-text = Los eventos simulados se ponderan para que predigan lo que registró el detector: la sección eficaz σ del proceso por la luminosidad integrada L da el número esperado de eventos, que se reparte entre los eventos simulados según sus pesos del generador y se corrige con factores de escala SF que corrigen pequeñas diferencias entre la simulación y el detector.

## Glosario

glossary-heading = Glosario
glossary-event-term = Evento (o suceso)
glossary-event = Todo lo que registra el detector cuando se cruzan y chocan dos paquetes de protones (o lo que la simulación produce para uno de esos cruces): sus leptones, jets y momento faltante. Los histogramas cuentan eventos, y un corte conserva o quita eventos enteros. En este analizador decimos «evento»; muchos libros en español dicen «suceso», que significa lo mismo.
glossary-lepton-term = Leptón
glossary-lepton = Una partícula elemental que no siente la fuerza fuerte. Este analizador usa electrones (e) y muones (μ), que el detector mide con mucha precisión; los neutrinos (ν) también son leptones, pero escapan sin ser vistos.
glossary-jet-term = Jet
glossary-jet = Un chorro estrecho de hadrones que deja un quark o un gluón, que no pueden existir solos; la energía y la dirección del jet son las del quark o gluón original.
glossary-btag-term = Etiqueta b (b-tag)
glossary-btag = Un jet identificado como proveniente de un quark b. Los hadrones con un quark b recorren unos milímetros antes de desintegrarse, así que sus trazas empiezan lejos del punto de la colisión.
glossary-met-term = MET (momento transverso faltante)
glossary-met = La cantidad de movimiento perpendicular al haz que falta para equilibrar todo lo que se ve en el evento. Antes del choque no hay momento transverso, así que un desequilibrio indica que se produjeron partículas invisibles, como neutrinos.
glossary-pt-term = pT (momento transverso)
glossary-pt = La parte de la cantidad de movimiento (momento lineal) de una partícula perpendicular al haz, en GeV. Las partículas energéticas que salen a ángulos grandes tienen un pT grande.
glossary-eta-term = η (pseudorrapidez)
glossary-eta = Una medida del ángulo respecto del haz: η = 0 es perpendicular al haz y |η| crece hacia el haz. Los leptones se miden hasta |η| ≈ 2,5.
glossary-phi-term = φ (ángulo azimutal)
glossary-phi = El ángulo alrededor del haz, de −π a π. Δφ es la diferencia entre dos de esos ángulos, entre 0 (misma dirección) y π (direcciones opuestas).
glossary-xsec-term = Sección eficaz
glossary-xsec = Qué tan probable es un proceso; se escribe σ y se mide en barns (fb, pb). Multiplicada por la luminosidad da el número esperado de eventos.
glossary-lumi-term = Luminosidad integrada
glossary-lumi = Cuántas colisiones registró el detector, en femtobarns inversos (fb⁻¹). La publicación de ATLAS Open Data que se usa aquí (2020) tiene 10 fb⁻¹ de datos registrados en 2016.
glossary-significance-term = Significancia
glossary-significance = Qué tan improbable es que solo el fondo haya fluctuado hasta lo que se ve, en desviaciones estándar (σ). A 3σ se le llama evidencia y a 5σ, descubrimiento.

## Referencias

ref-authors = Colaboración ATLAS
ref-discovery = El descubrimiento del bosón de Higgs por ATLAS en 2012.
ref-hzz = El bosón de Higgs en cuatro leptones con todos los datos a 13 TeV.
ref-hww = El bosón de Higgs en dos bosones W a 13 TeV.
ref-ttz = La producción de pares de quarks top con un bosón Z o W a 13 TeV.
ref-opendata = La publicación de ATLAS Open Data a 13 TeV: qué contiene y cómo se hizo.
ref-opendata-site = ATLAS Open Data: datos, muestras simuladas, documentación y más material didáctico.
