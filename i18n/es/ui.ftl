# La interfaz y las etiquetas que el manifiesto de un cubo nombra por clave.

## Análisis

analysis-hzz4l-title = Bosón de Higgs que se desintegra en cuatro leptones (H → ZZ* → 4ℓ)
analysis-hww-title = Bosón de Higgs que se desintegra en dos bosones W (H → WW* → ℓνℓν)
analysis-ttz-title = Pares de quarks top con un bosón Z: dos leptones (tt̄Z → 2ℓ)
analysis-ttz3l-title = Pares de quarks top con un bosón Z: tres leptones (tt̄Z → 3ℓ)

## Ejes. El texto antes de la primera coma es el nombre corto de los títulos de los gráficos.

axis-m4l = m₄ℓ, masa invariante de los cuatro leptones
axis-mz1 = m₁₂, masa del par de leptones más cercano al Z
axis-mz2 = m₃₄, masa del otro par de leptones
axis-mll = mℓℓ, masa invariante de los dos leptones
axis-met = MET, momento transverso faltante
axis-mt = mT, masa transversa
axis-ptll = pTℓℓ, momento transverso del par de leptones
axis-njets = Número de jets
axis-nbjets = Número de jets etiquetados como b
axis-channel = Canal
axis-lead_lep_pt = pT del leptón principal, el de mayor pT
axis-dphi_ll_met = Δφ(ℓℓ, MET), ángulo entre el par de leptones y la MET
axis-dphi_ll = Δφℓℓ, ángulo entre los dos leptones
axis-dphill = Δφℓℓ, ángulo entre los dos leptones
axis-drll = ΔRℓℓ, distancia entre los dos leptones
axis-mz = mℓℓ, masa del candidato a Z (el par de leptones del mismo sabor y carga opuesta más cercano a 91 GeV)
axis-ptz = pTℓℓ, momento transverso del candidato a Z

## Categorías

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

## Procesos

process-data = Datos
process-higgs = Bosón de Higgs (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + jets
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Top individual (single top)
process-tz = tZq, tWZ
process-other = Otros
process-reducible = Fondo reducible (Z + jets, tt̄), estimado con datos

## Página

app-title = Analizador de histogramas — ATLAS Open Data
app-loading = Cargando el analizador de histogramas…
app-internal-error = El analizador se detuvo por un error interno ({ $detail }). Vuelve a cargar la página para empezar de nuevo.
app-link-ignored = Algunas partes de este enlace no se pudieron usar y quedaron con sus valores por defecto: { $parts }
app-link-unknown = parámetros desconocidos: { $count }
app-dismiss = Cerrar
app-provenance-real = ATLAS Open Data — datos reales, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Muestras simuladas en el formato de ATLAS Open Data — los datos son pseudodatos (simulados), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Muestras simuladas en el formato de ATLAS Open Data — esta vista no tiene datos, √s = { $energy } TeV, { $lumi } fb⁻¹

## Barra de cortes

cuts-aria = Cortes actuales
cuts-label = Cortes:
cuts-none = Sin cortes: se seleccionan todos los eventos.
cuts-undo = Deshacer
cuts-undo-title = Deshacer el último cambio de cortes (Ctrl+Z)
cuts-redo = Rehacer
cuts-redo-title = Rehacer (Ctrl+Mayús+Z o Ctrl+Y)
cuts-reset = Quitar todos los cortes
cuts-logy = Eje y logarítmico
cuts-download-uhi = Descargar histogramas (UHI JSON)
cuts-download-uhi-title = Todos los histogramas con los cortes actuales, incluidos los bins de desbordamiento, en UHI JSON para hist o uhi en Python
cuts-save-failed = No se pudieron guardar los histogramas: { $detail }
cuts-apply-failed = No se pudo aplicar el corte: { $detail }

## Gráficos

plots-aria = Histogramas, uno por variable, cada uno con su corte
plots-hint = Procesos simulados apilados, normalizados a { $lumi } fb⁻¹; datos como puntos con barras de error de Poisson al 68 %. Cada histograma aplica todos los cortes menos el suyo, así la parte que su propio corte elimina sigue visible, sombreada. Presiona una entrada de la leyenda para ocultar o mostrar su proceso.
plot-download-png = Descargar PNG
plot-download-png-aria = Descargar PNG del histograma de { $axis }
plot-legend-aria = Leyenda: presiona una entrada para mostrar u ocultar su proceso
plot-save-failed = No se pudo guardar la imagen: { $detail }
plot-draw-failed = No se pudo dibujar el histograma: { $detail }
process-toggle-title = Mostrar u ocultar en los gráficos y en s, b y Z

## Controles de corte

cut-legend = Corte en { $axis }
cut-minimum = Mínimo
cut-maximum = Máximo
cut-remove = Quitar corte
cut-none = Sin corte en { $axis }: se seleccionan todos los eventos.
cut-below = Seleccionado: { $axis } por debajo de { $upper }.
cut-from = Seleccionado: { $axis } desde { $lower } hacia arriba.
cut-between = Seleccionado: { $axis } de { $lower } a { $upper }.
cut-hint = Los valores se ajustan a los bordes de los bins; las flechas mueven un bin, Re Pág y Av Pág cinco. Un extremo dejado en el límite del eje queda abierto y conserva los eventos más allá del gráfico.
category-hint = Se conservan las categorías presionadas. Al menos una queda seleccionada: sin ninguna no quedaría ningún evento.
category-group = Categorías de { $axis } que se conservan

## Rendimientos

yields-heading = Eventos tras todos los cortes
yields-hint = Presiona un proceso para mostrarlo u ocultarlo; los procesos ocultos no cuentan en s, b ni Z.
yields-process = Proceso
yields-events = Eventos
yields-stat = ± estad.
yields-raw = Eventos sin ponderar
yields-role-signal = señal
yields-role-background = fondo
yields-signal = Señal, s
yields-background = Fondo, b
yields-data = Datos
yields-data-events = ({ $count } eventos)
yields-z-title = significancia mediana de descubrimiento de un experimento de conteo

## Idioma, navegación, inserción

lang-label = Idioma
nav-explain = La física explicada
nav-glossary = Glosario
nav-teachers = Para docentes
nav-aria = Secciones
embed-button = Insertar
embed-heading = Inserta esta vista en tu página
embed-copy = Copiar
embed-copied = Copiado
embed-close = Cerrar
embed-frame-title = Analizador de histogramas de ATLAS Open Data
embed-open-full = Abrir el analizador completo
embed-hint = Elige qué muestra el marco, revisa la vista previa y copia el código en tu página. El marco empieza con los cortes actuales; el script lo ajusta a su contenido.
embed-plots = Gráficos
embed-controls = Controles de corte bajo los gráficos
embed-panel = Números
embed-panel-numbers = s, b, Z y μ̂ en una línea
embed-panel-yields = La tabla de rendimientos y el ajuste
embed-panel-none = Sin números
embed-path = Recorrido guiado
embed-path-none = Ninguno
embed-language = Idioma
embed-width = Ancho
embed-width-column = El ancho de la columna
embed-width-pixels = { $px } px
embed-preview = Vista previa
embed-numbers-label = Los números de la selección
link-expected-panel = se esperaba numbers, yields o none
link-expected-event = se esperaba RUN:EVENTO, dos números enteros
link-no-path = no hay ningún recorrido guiado "{ $path }"

## Portada, carga, convenciones de los gráficos, tablas, vistas

process-pseudo_data = Pseudodatos (simulados)
analysis-hzz4l-sentence = Cuatro leptones de colisiones reales de ATLAS: busca un pico estrecho en 125 GeV sobre el fondo ZZ*.
analysis-hww-sentence = Dos leptones y momento faltante: distingue el exceso ancho del Higgs bajo los fondos WW y de quarks top.
analysis-ttz-sentence = Un par de leptones de un bosón Z con muchos jets y jets b: encuentra pares de quarks top producidos junto con un bosón Z.
analysis-ttz3l-sentence = Tres leptones, un bosón Z y un jet b: encuentra pares de quarks top producidos junto con un bosón Z en el estado final más limpio.
data_kind-real = Datos reales
data_kind-pseudo = Pseudodatos (simulados)
data_kind-none = Solo simulación
home-title = Analizador de histogramas: ATLAS Open Data a 13 TeV
home-intro = Elige un análisis. Cada uno abre histogramas enlazados en los que puedes hacer cortes, con la señal y el fondo esperados y los datos registrados.
home-catalog-loading = Buscando los análisis…
home-catalog-error = No se pudo cargar la lista de análisis: { $reason }
page-texts-loading = Cargando el texto de esta página…
page-texts-error = No se pudo cargar el texto de esta página: { $reason }. Revisa tu conexión y vuelve a cargar la página.
home-data-label = Datos:
home-size = { $size } para descargar
home-open = Abrir { $title }
home-list-label = Análisis
home-back = ← Volver a los análisis
loading-progress = Cargando los datos del análisis: { $received } de { $total }
loading-progress-unknown = Cargando los datos del análisis: { $received }
loading-label = Descarga de los datos del análisis
loading-error-title = No se pudo abrir el análisis.
loading-error-hint = Revisa tu conexión y vuelve a cargar la página, o vuelve atrás y elige otro análisis.
loading-error-damaged-hint = El archivo del análisis está dañado o no se hizo para este analizador, así que recargar no servirá. Vuelve atrás y elige otro análisis, y avisa a quien mantiene este sitio.
plot-atlas = ATLAS Open Data
plot-simulation = Simulación
plot-pseudo = pseudodatos (simulados)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Eventos / bin
plot-events-per-width = Eventos / { $width } { $unit }
plot-fraction-per-bin = Fracción de eventos / bin
plot-ratio = Datos / Sim.
plot-mc-stat = Incertidumbre estadística de la simulación
plot-aria-stack = Histograma de { $axis }: procesos simulados apilados con su incertidumbre estadística rayada, datos como puntos con barras de error y el cociente datos/simulación debajo. Se aplican todos los cortes menos el suyo; la parte que su propio corte elimina está sombreada. Arrastra sobre el gráfico para cortar en { $axis }.
plot-aria-shapes = Formas de { $axis }: cada proceso normalizado a área uno, dibujado como línea, para comparar dónde están la señal y el fondo. Arrastra sobre el gráfico para cortar en { $axis }.
plot-download-svg = Descargar SVG
plot-download-svg-aria = Descargar SVG (imagen vectorial) del histograma de { $axis }
plot-drag-hint = Arrastra sobre un gráfico (con el mouse o el dedo) para cortar en su variable; los extremos se ajustan a los bordes de los bins.
table-summary = Tabla del histograma de { $axis }
table-bin = Bin
table-stack = Total simulado
table-mc-stat = ± estad. sim.
table-caption = Eventos por bin de { $axis } con todos los cortes menos el suyo: cada proceso simulado, su suma y los datos.
table-underflow = debajo de { $edge }
table-overflow = { $edge } o más
view-shapes = Comparar formas (cada proceso normalizado)
view-projector = Modo proyector (alto contraste, letra grande)
yields-meter-label = Medidor de significancia, Z de Asimov
yields-meter-text = Z = { $z } σ
yields-meter-none = Z no está definida sin fondo
yields-meter-marks = 3σ: evidencia · 5σ: descubrimiento
yields-raw-hint = Eventos sin ponderar: cuántos eventos simulados (o registrados) hay detrás de cada número. Donde los jets b simulados se etiquetan por probabilidad, un evento cuenta una vez por cada número de jets b que puede tener.
yields-raw-from-data = { $count } de los datos
summary-bar-label = Señal, fondo y significancia con los cortes actuales

open-heading = Abre tu propio cubo
open-intro = ¿Has hecho un cubo con preprocess build? Ábrelo aquí. El archivo lo lee este navegador y no se envía a ninguna parte.
open-choose = Elige un archivo .cube
open-drop-hint = o suéltalo en cualquier parte de esta página.
open-dropping = Suelta el archivo para abrirlo.
open-reading = Leyendo { $file }…
open-error-title = No se pudo abrir este archivo.
open-no-file = Nada que abrir: suelta un archivo .cube de tu ordenador.
open-read-failed = No se pudo leer { $file } en este ordenador: { $detail }
open-root-file = { $file } es un archivo ROOT, no un cubo. Conviértelo primero en un cubo con preprocess build y abre luego el cubo.
open-not-cube = { $file } no es un archivo de cubo. Elige un archivo .cube hecho con preprocess build.
open-old-version = { $file } se hizo con una versión anterior del preprocesador. Vuelve a generarlo con el preprocess build actual.
open-new-version = { $file } se hizo con una versión del preprocesador más reciente de la que esta página sabe leer. Ábrelo en una versión más reciente del analizador.
open-truncated = { $file } está incompleto: tiene { $found } de los { $expected } que debería tener. Cópialo o descárgalo de nuevo.
open-too-long = { $file } tiene más bytes de los que anuncia su cabecera: puede estar dañado. Cópialo o vuelve a generarlo.
open-damaged = { $file } está dañado: su contenido no coincide con su suma de verificación. Cópialo o descárgalo de nuevo.
open-too-large = { $file } es demasiado grande para abrirlo en un navegador ({ $detail }). Construye un cubo con menos ejes o bins.
open-unreadable = { $file } no se pudo leer como cubo ({ $detail }). Vuelve a generarlo con preprocess build.
local-notice = Abierto desde este ordenador: { $file }. La dirección nombra el archivo, pero un enlace a esta página no puede llevarlo consigo: para compartir este análisis, envía el propio archivo .cube.
local-missing = Esta dirección mostraba { $file }, un archivo de cubo abierto desde un ordenador. Un enlace no puede llevar el archivo: ábrelo de nuevo aquí.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Intensidad de la señal a partir de un ajuste de verosimilitud
fit-mu = Intensidad de la señal μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z del ajuste (q₀), observada
fit-z-expected = Z esperada (datos de Asimov, μ = 1)
fit-z-infinite = Z es infinita: hay datos donde solo se espera señal, así que μ = 0 no puede describirlos en absoluto.
fit-at-lower-bound = μ̂ está en su límite inferior, 0: en esta selección los datos quedan en el fondo esperado o por debajo, así que el ajuste no da un valor central ni un error hacia abajo, solo un extremo superior: μ < { $upper } (1σ, donde el barrido cruza 1).
fit-fluctuation-pseudo = Estos pseudodatos se sortearon a partir de la simulación, así que fluctúan como lo harían los datos reales: si el Modelo Estándar es correcto, la Z observada queda a menos de 1σ de la esperada unas dos veces de cada tres, y a más de 2σ cerca de una vez de cada veinte.
fit-fluctuation-real = Los datos fluctúan: si el Modelo Estándar es correcto, la Z observada queda a menos de 1σ de la esperada unas dos veces de cada tres, y a más de 2σ cerca de una vez de cada veinte.
fit-axis = Ajustado al histograma de { $axis }: sus bins dentro de su propio corte, con todos los demás cortes aplicados.
fit-norm-included = Incertidumbres de normalización en el ajuste: { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
fit-expected = esperado (Asimov)
fit-expected-hint = Este análisis no tiene datos, así que el ajuste usa los números esperados (el conjunto de datos de Asimov, señal + fondo con μ = 1): muestra la precisión que alcanzaría una medida.
fit-error-no-axis = Este análisis no tiene ninguna variable en la que ajustar la intensidad de la señal.
fit-error-no-signal = No se espera señal en el rango del ajuste, así que no hay intensidad de señal que medir: amplía el corte en { $axis } o vuelve a mostrar la señal.
fit-error-no-data = Este análisis no tiene datos que ajustar.
fit-error-data-without-prediction = Hay datos en un bin sin ninguna simulación ({ $bin }, { $observed } eventos): estrecha el rango del ajuste.
fit-error-setup = No se pudo preparar el ajuste con estas opciones.
fit-scan-heading = Barrido de la verosimilitud perfilada
fit-scan-aria = Barrido de la verosimilitud perfilada: −2Δln L frente a la intensidad de la señal μ, con una línea discontinua en 1 (el intervalo de 1σ) y el mejor ajuste μ̂ marcado.
fit-scan-text = La curva es mínima en μ̂ = { $mu } y cruza la línea de 1 en μ = { $lower } y μ = { $upper }: entre ambos está el intervalo de 1σ.
fit-scan-at-bound = Por un lado la curva no llega a 1 antes del límite de los valores que puede tomar μ, así que el intervalo se detiene ahí.
fit-scan-x = Intensidad de la señal μ
fit-scan-y = −2Δln L
fit-download = Descargar el workspace de pyhf
fit-download-title = El modelo ajustado como workspace JSON de pyhf, para volver a ajustarlo en Python con pyhf
fit-download-failed = No se pudo guardar el workspace.
fit-explain-summary = ¿Qué significan μ̂, el barrido y Z?
fit-explain = La intensidad de la señal μ indica cuánta señal contienen los datos en comparación con el Modelo Estándar: μ = 1 es exactamente la predicción del Modelo Estándar y μ = 0 significa que no hay ninguna señal (ni bosón de Higgs ni tt̄Z). El ajuste encuentra el mejor valor μ̂; cuanto más estrecha es la curva del barrido, más precisa es la medida, y donde cruza 1 da la incertidumbre de ±1σ. Z, obtenida del estadístico q₀, dice con qué fuerza los datos descartan μ = 0: 3σ cuenta como evidencia, 5σ como descubrimiento.

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = no se pudo cargar { $url }: { $reason }
error-load-http = no se pudo cargar { $url }: el servidor respondió { $status }
error-load-cube = { $url } no se puede usar: { $reason }
error-no-window = no hay ninguna ventana del navegador
error-cube-no-axis = este cubo no tiene ningún eje del que dibujar un histograma
error-save-unknown = el navegador no dio ningún motivo
error-part-not-loaded = No se pudo descargar esta parte del analizador: compruebe la conexión y vuelva a intentarlo.
error-catalog-not-json = no es JSON ({ $detail })
error-catalog-no-version = falta catalog_version
error-catalog-version = versión de catálogo { $found }, esta página lee la { $supported }
error-catalog-malformed = no es un catálogo ({ $detail })
error-catalog-id = el análisis { $index } tiene un identificador inservible "{ $id }"
error-catalog-path-id = el análisis { $index } tiene un recorrido guiado con un identificador inservible "{ $id }"
error-language-unavailable = lang={ $lang } ({ $reason }; la página está en inglés)
error-link-cuts-refused = todos los cortes del enlace ({ $reason })
link-unknown-parameter = parámetro desconocido
link-unknown-language = idioma desconocido
link-expected-axis = se esperaba EJE:…
link-expected-range = se esperaba EJE:MÍNIMO:MÁXIMO
link-expected-categories = se esperaba EJE:CATEGORÍA,CATEGORÍA…
link-expected-flag = se esperaba 1 o 0
link-expected-view = se esperaba stack o shapes
link-no-axis = no hay ningún eje "{ $axis }"
link-no-category = no hay ninguna categoría "{ $category }"
link-no-process = no hay ningún proceso "{ $process }"
link-not-a-number = "{ $text }" no es un número
link-empty-range = intervalo vacío
link-no-category-kept = no queda ninguna categoría

## Explorador (analyses/explorer.toml)

analysis-explorer-title = Explora: construye tu propio estado final
analysis-explorer-sentence = Cada proceso simulado con dos leptones por separado: corta en sabor, carga, jets, jets b y MET, y mira qué proceso aísla tu estado final.
axis-sign = Carga, signo opuesto o igual de los dos leptones
category-sign-os = signo opuesto
category-sign-ss = mismo signo
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# Cut flow.
cutflow-heading = Flujo de cortes
cutflow-hint = Un paso por corte, en el orden en que los aplicaste. «Conservada» es la fracción de la señal o del fondo de antes de ese corte que el corte deja pasar.
cutflow-cut = Corte
cutflow-no-cut = Sin cortes
cutflow-signal-efficiency = Señal conservada
cutflow-background-efficiency = Fondo conservado
cutflow-percent = { $percent } %
cutflow-download = Descargar CSV
cutflow-download-title = Guardar esta tabla como archivo CSV para una hoja de cálculo

## The event display: the recorded collisions behind a bin

events-heading = Colisiones en un bin
events-intro = Elige un gráfico y uno de sus bins: la lista muestra las colisiones registradas que ese bin contiene con los cortes actuales (primero los datos, luego la simulación por proceso). Abre una para verla en el detector.
events-loading = Descargando las colisiones registradas…
events-show = Colisiones en un bin
events-show-title = Listar las colisiones de un bin de este gráfico
events-axis = Gráfico
events-bin = Bin
events-choose-bin = Elige un bin
events-bin-option = { $bin } ({ $count })
events-none = Ninguna colisión registrada cae en este bin con los cortes actuales.
events-list-aria = Colisiones en el bin elegido
events-item = { $process }: run { $run }, evento { $event }
events-sample = { $process }: se registra una muestra de { $recorded } de sus { $selected } eventos simulados, así que solo se listan esos.
events-previous = Colisión anterior
events-next = Colisión siguiente
events-position = Colisión { $index } de { $count } en este bin
events-close = Cerrar la visualización
events-not-found = El enlace pide la colisión { $event }, que no está entre las colisiones registradas de este análisis.
events-unreadable = No se pudieron leer las colisiones registradas ({ $detail }). Los histogramas no se ven afectados.
events-display-aria = Visualización del run { $run }, evento { $event }: { $leptons } leptones y { $jets } jets. La tabla de abajo lista cada objeto.
events-transverse = Perpendicular al haz (x–y)
events-side = A lo largo del haz (r–z)
events-objects-caption = Los objetos del run { $run }, evento { $event }
events-col-object = Objeto
events-col-charge = Carga
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Electrón
events-muon = Muón
events-jet = Jet
events-bjet = Jet con etiqueta b
events-met = Momento transverso faltante
events-values-caption = Dónde cae esta colisión en cada gráfico
events-other-category = otro
events-legend-detector = Detector: trazador interno, calorímetros (electromagnético, hadrónico), cámaras de muones
events-legend-electron = Electrón: traza curva, energía en el calorímetro electromagnético
events-legend-muon = Muón: traza curva que lo atraviesa todo hasta las cámaras de muones
events-legend-jet = Jet: energía en los calorímetros (con etiqueta b, más oscuro)
events-legend-met = Momento transverso faltante: flecha discontinua

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Muestra misteriosa { $code }
mystery-intro = Los datos de esta página son pseudodatos: extraídos al azar de la simulación con la señal multiplicada por una intensidad oculta μ — 0 (sin señal), 1 (lo que predice el Modelo Estándar) o 2 (el doble). ¿Hay señal? Haz tus cortes y luego mide μ con el ajuste.
mystery-answer-none = Respuesta: se ocultó μ = 0. Estos datos no tienen ninguna señal: cualquier exceso fue una fluctuación del fondo.
mystery-answer-sm = Respuesta: se ocultó μ = 1. Estos datos tienen la señal que predice el Modelo Estándar.
mystery-answer-twice = Respuesta: se ocultó μ = 2. Estos datos tienen el doble de la señal que predice el Modelo Estándar.
mystery-invalid = No se puede usar este código misterioso: { $reason }. Pide el código otra vez a tu docente.
mystery-bad-length = un código tiene 6 letras y este tiene { $length }
mystery-bad-character = «{ $character }» no es una de las letras de un código
mystery-bad-check = parece que una letra está mal escrita (el código no verifica)
mystery-teacher-heading = Muestras misteriosas
mystery-teacher-intro = Da a la clase pseudodatos con una cantidad oculta de señal: los estudiantes deciden si hay señal y miden su intensidad μ con el ajuste, y luego tu enlace de respuesta la revela. Cada código genera sus propios datos, así que los grupos con códigos distintos no pueden copiarse.
mystery-teacher-analysis = Análisis
mystery-teacher-strength = Intensidad de señal oculta
mystery-teacher-random = elegida al azar
mystery-teacher-make = Crear un misterio
mystery-teacher-students = Para los estudiantes
mystery-teacher-answer = La respuesta (guárdala para ti)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = Ciego
blind-title = Ocultar los datos donde se espera la señal hasta elegir los cortes, como en los análisis reales
blind-region = { $axis } { $bins }
blind-hidden = Análisis ciego: los datos en { $region } están ocultos. Elige tus cortes mirando solo la simulación, luego congélalos y mira los datos.
blind-unblind = Congelar los cortes y mirar
blind-unblinded = Datos revelados con estos cortes: { $cuts }.
blind-changed = Los cortes cambiaron después de revelar los datos: el resultado ya no es ciego.
blind-fit = Ciego: el ajuste de μ a los datos espera a que los reveles.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Compartir nuestro resultado
share-hint = Escribe el nombre de tu grupo: el código de abajo lleva tus cortes, s, b, Z y μ̂ a la página de la clase de tu docente. Cópialo o deja que tu docente escanee el código QR.
share-group-label = Nombre del grupo
share-group-needed = Escribe el nombre de tu grupo para generar el código.
share-code-label = Nuestro código de resultado
share-copy = Copiar el código
share-copied = Copiado
share-close = Cerrar
share-qr-label = Código QR de un enlace a la página de la clase con nuestro resultado
