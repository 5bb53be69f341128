# La página «Para docentes».

teacher-heading = Para docentes
teacher-intro = Una clase de 45 minutos para estudiantes de 16 años en adelante que ya vieron energía, cantidad de movimiento (momento lineal) y E = mc². No hay que instalar nada: cada estudiante necesita un navegador, o cada pareja una computadora. Si la red es lenta, prepara antes las computadoras del aula (ver «Usar el analizador sin red» más abajo).
teacher-flow-heading = Desarrollo de la clase (45 minutos)
teacher-flow-1 = 0–5 min — La pregunta. Proyecta el análisis de cuatro leptones sin cortes y pregunta: «El bosón de Higgs está aquí. ¿Dónde?». Deja que adivinen.
teacher-flow-2 = 5–15 min — Lo que ve el detector. Abre «La física explicada», muestra el diagrama de Feynman y explica la masa invariante: sumar las energías y las cantidades de movimiento de los cuatro leptones «pesa» la partícula que se desintegró.
teacher-flow-3 = 15–30 min — Recorrido guiado. En parejas, siguen «Encuentra el Higgs (H → ZZ → 4ℓ)», presionan «Muéstramelo» solo si se traban, y anotan s, b y Z después de cada paso.
teacher-flow-4 = 30–40 min — Desafío. Intentan superar la significancia del recorrido con sus propios cortes; reúne los mejores valores en el pizarrón y pregunta cómo llegó cada grupo.
teacher-flow-5 = 40–45 min — Cierre. Por qué un solo canal de desintegración con esta cantidad de datos no llega a 5σ, cómo ATLAS combinó varios canales (ZZ, γγ, WW) para el descubrimiento de 2012, y por qué una ventana demasiado estrecha vuelve a empeorar las cosas.
teacher-project-heading = Qué proyectar
teacher-project = El gráfico de m₄ℓ en grande, antes y después de la ventana en m₄ℓ: el pico en 125 GeV y el pico del Z en 91 GeV son las dos imágenes que deben recordar. Agrega ?lang=es a la dirección para proyectar en español, y usa el botón Insertar para poner una vista preparada en la página del curso.
teacher-answers-heading = Respuestas esperadas
teacher-answer-1 = «¿Dónde está el Higgs?» — En un pequeño exceso cerca de 125 GeV en m₄ℓ; el gran pico cerca de 91 GeV es un solo bosón Z, no el Higgs.
teacher-answer-2 = «¿Por qué ayudan los cortes en m₁₂ y m₃₄?» — Conservan los eventos cuyos leptones vienen de bosones Z, como en la desintegración del Higgs, y eliminan los que tienen leptones falsos o mal identificados.
teacher-answer-3 = «¿Por qué Z deja de crecer cuando la ventana se hace muy estrecha?» — La ventana empieza a quitar también señal, y con pocos eventos dominan las fluctuaciones estadísticas.
teacher-misconceptions-heading = Ideas erróneas frecuentes
teacher-misconception-1 = «Cada evento es un Higgs o no, y podemos saber cuál.» — Ningún evento se puede etiquetar: los de señal y los de fondo se ven iguales; solo el exceso de eventos sobre el fondo esperado revela el Higgs.
teacher-misconception-2 = «Los cortes crean el pico.» — Los cortes quitan fondo pero no mueven eventos; el pico estaba ahí desde el principio, como muestra la parte sombreada de cada gráfico.
teacher-misconception-3 = «Un s/√b más alto siempre significa un mejor análisis.» — Con muy pocos eventos s/√b sobrestima la significancia; la Z de Asimov es el número más honesto, y un resultado no se debe ajustar con los mismos datos con que luego se prueba.
teacher-misconception-4 = «El momento faltante es un error de medición.» — Es una señal física real de neutrinos, que el detector no puede ver; el análisis WW depende de ella.
teacher-misconception-5 = «Los pseudodatos son datos reales.» — Donde el analizador dice pseudodatos, los puntos se sortearon a partir de la simulación; la línea sobre los gráficos siempre dice si un análisis muestra eventos reales de ATLAS.
teacher-offline-heading = Usar el analizador sin red
teacher-offline-intro = El analizador es una carpeta de archivos: nada se ejecuta en un servidor, así que funciona en un aula con una red lenta o sin red. Hay tres formas de prepararlo.
teacher-offline-1 = Una visita y luego sin conexión. Mientras la red funciona, abre el analizador una vez en cada computadora (o en el navegador del proyector) desde su dirección https:// y espera un minuto. El navegador guarda entonces todos los archivos, con todos los análisis e idiomas, y el analizador abre y funciona con la red apagada.
teacher-offline-2 = Una carpeta o una memoria USB. Consigue la carpeta sin conexión (histanalyser-offline.zip, que se genera con «cargo xtask dist»), descomprímela e inicia dentro de ella un pequeño servidor web: python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) o php -S 127.0.0.1:8000 (PHP). Luego abre http://localhost:8000/. Hacer doble clic en index.html no funciona: los navegadores no dejan que una página abierta como archivo cargue los datos del análisis.
teacher-offline-3 = Una sola computadora portátil para toda la clase. Inicia el servidor con python3 -m http.server 8000 --bind 0.0.0.0 y da a los estudiantes la dirección de la portátil en la red local (por ejemplo http://192.168.1.20:8000/). La portátil debe seguir sirviendo: por http:// simple hacia otra computadora, los navegadores no guardan los archivos para usarlos sin conexión.
teacher-offline-size = La primera visita a un análisis descarga entre 0,6 y 0,7 megabytes; después el navegador trae el resto una sola vez, en segundo plano.
teacher-reference-heading = Los datos
teacher-reference = Qué contiene la publicación de ATLAS Open Data a 13 TeV (10 fb⁻¹ de datos de 2016 y las muestras simuladas) y cómo se hizo se describe en la nota de ATLAS:

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Reunir los resultados de la clase
teacher-class = Al final del desafío, cada grupo presiona «Compartir nuestro resultado» debajo de sus números, escribe su nombre y envía, lee en voz alta o muestra su código de resultado (o te deja escanear su código QR). Pega los códigos en la página de la clase: muestra cada grupo, la dispersión de Z y μ̂ de la clase, la mejor selección y los μ̂ de los grupos combinados. Todo ocurre en tu navegador; no se envía nada a ningún lado.
teacher-class-link = Abrir la página de la clase
class-heading = Los resultados de la clase
class-intro = Pega el código de resultado de cada grupo en una línea propia. Los códigos se verifican aquí, en el navegador; no se envía nada a ningún lado.
class-codes-label = Códigos de resultado, uno por línea
class-analysis = Análisis: { $analysis }
class-empty = Todavía no hay grupos: pega un código de resultado arriba.
class-line-error = Línea { $line }: { $message }
class-repeated = Línea { $line }: el mismo código que la línea { $first }; se cuenta una sola vez.
class-error-long = Esto es más largo que cualquier código de resultado (como máximo { $max } caracteres): ¿se pegó otra cosa?
class-error-character = El carácter { $position } («{ $character }») no forma parte de un código de resultado, que solo tiene letras, dígitos, - y _.
class-error-short = El código está incompleto: faltan caracteres o se agregaron otros.
class-error-checksum = La suma de verificación no coincide: un carácter se escribió mal o se cambió. Pide al grupo que copie su código otra vez.
class-error-version = Este código fue hecho por otra versión del analizador (formato { $found }; esta página lee el formato { $supported }).
class-error-field = El código está dañado: no se puede leer su campo «{ $field }».
class-error-analysis = Este código es del análisis «{ $found }», pero esta página de la clase reúne «{ $expected }».
class-groups-heading = Grupos
class-col-number = N.º
class-col-group = Grupo
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Cortes
class-no-cuts = sin cortes
class-no-fit = sin ajuste
class-spread-heading = Dispersión de la clase
class-spread-z = Significancia Z
class-spread-mu = Intensidad de señal μ̂
class-bar-label = { $low } a { $high }: { $count }
class-best-heading = Mejor selección
class-best = Grupo { $number }, «{ $group }», con Z = { $z }: { $cuts }
class-best-open = Abrir esta selección
class-combination-heading = Los μ̂ de los grupos combinados
class-combination = μ̂ = { $mu } ± { $sigma } de { $groups } grupos: la media de los μ̂ de los grupos ponderada por 1/σ², con σ la media de los errores + y − de cada grupo.
class-combination-why = ¿Por qué difieren los grupos? Cortes distintos seleccionan eventos distintos, así que cada grupo mide μ en una muestra distinta, con sus propias fluctuaciones estadísticas. Las selecciones de los grupos comparten muchos eventos, por eso sus μ̂ están correlacionados y el error combinado de arriba es optimista: esta combinación es un recurso didáctico, no la manera en que ATLAS combina mediciones.
class-combination-none = Ningún grupo tiene un μ̂ ajustado para combinar.

## Hojas de trabajo (`?page=worksheet&a=<análisis>&sheet=<recorrido>`, `&key=1` para las
## soluciones) y su lista en la página para docentes. Una hoja ocupa a lo sumo dos páginas.

teacher-worksheets-heading = Hojas de trabajo
teacher-worksheets-intro = Una hoja imprimible para cada recorrido guiado, en el idioma de esta página, en dos páginas como máximo (A4 o Carta). Los estudiantes predicen qué hará cada corte antes de aplicarlo y anotan los números en una tabla. Las soluciones traen todos los números, la respuesta a cada predicción y la explicación de cada paso.
teacher-worksheets-path = Recorrido guiado
teacher-worksheets-ages = Para quién
teacher-worksheets-sheet = Hoja de trabajo
teacher-worksheets-key = Soluciones
teacher-worksheets-none = Los análisis no tienen recorridos guiados para imprimir.
worksheet-ages-hzz = De 15 a 18 años: masa invariante y un pico sobre un fondo.
worksheet-ages-separate = De 14 a 16 años: distinguir procesos por sus huellas; no hace falta ninguna fórmula.
worksheet-ages-hww = De 16 a 19 años, después de “Separa las señales”: neutrinos, momento faltante y masa transversa.
worksheet-ages-ttz = De 17 a 19 años y primer año de universidad: jets b, número de jets y un proceso raro.
worksheet-ages-ttz3l = De 16 a 19 años: elegir un estado final en el que destaque un proceso raro (tres leptones, un Z y un jet b).
worksheet-ages-isolate_ww = De 16 a 19 años: construir un estado final para un proceso.
worksheet-ages-isolate_ttbar = De 15 a 18 años: la huella de los quarks top.
worksheet-ages-isolate_ztautau = De 17 a 19 años: un bosón Z visto a través de leptones τ y neutrinos.
worksheet-heading = Hoja de trabajo
worksheet-key-heading = Soluciones
worksheet-name = Nombre
worksheet-group = Grupo
worksheet-date = Fecha
worksheet-open = Abre el analizador en esta dirección (o escanea el código) y elige el recorrido guiado “{ $path }”. Haz cada tarea antes de pulsar “Muéstramelo” y escribe tus respuestas en esta hoja.
worksheet-tasks-heading = Tareas
worksheet-look = Abre el gráfico de { $axis }. ¿Qué ves? ¿Dónde está la mayoría de los eventos? ¿Hay un pico?
worksheet-cut = Siguiente corte: { $cut }. Primero predice: ¿quitará una parte mayor de la señal o del fondo? Después aplícalo y completa la fila { $row } de la tabla.
worksheet-observation = Veo:
worksheet-prediction = Predigo:
worksheet-table-heading = Tus números
worksheet-col-row = Fila
worksheet-col-task = Tarea
worksheet-col-cut = Corte
worksheet-col-signal = Señal s
worksheet-col-background = Fondo b
worksheet-col-data = Datos
worksheet-col-z = Z
worksheet-questions-heading = Conclusiones
worksheet-question-excess = Después del último corte, compara los datos con el fondo solo. ¿Hay un exceso? ¿Es más o menos tan grande como la señal esperada s?
worksheet-question-best = ¿Qué corte aumentó más la significancia Z? ¿Por qué ese?
worksheet-question-fewer = Los cortes también quitaron eventos de señal. ¿Por qué la significancia es mayor al final?
worksheet-key-note = Para el docente: estos son los números del analizador para este recorrido, así que un grupo que pulsó “Muéstramelo” en cada paso tiene exactamente estos. La explicación de cada paso es el texto del propio recorrido guiado.
worksheet-why = Por qué
worksheet-answer = Respuesta
worksheet-answer-cut-background = La señal conserva el { $signal } y el fondo el { $background }: el corte quita una parte mayor del fondo, y Z pasa de { $before } a { $after }.
worksheet-answer-cut-signal = La señal conserva el { $signal } y el fondo el { $background }: este corte quita una parte mayor de la señal, y Z pasa de { $before } a { $after }.
worksheet-answer-undefined = Antes de este corte no quedaba señal o no quedaba fondo con que comparar.
worksheet-answer-excess = { $data } eventos en los datos y { $background } esperados solo del fondo: un exceso de { $excess }, donde la simulación espera { $signal } eventos de señal.
worksheet-answer-no-excess = { $data } eventos en los datos y { $background } esperados solo del fondo: no hay exceso (los datos quedan { $excess } por debajo), donde la simulación espera { $signal } eventos de señal.
worksheet-answer-best = Tarea { $task } ({ $cut }): Z sube de { $before } a { $after }.
worksheet-answer-fewer = En todo el recorrido la señal conserva el { $signal } y el fondo solo el { $background }. La significancia crece con s/√b, que pasa de { $first } a { $last }.
worksheet-print = Imprimir
worksheet-to-key = Soluciones
worksheet-to-sheet = Hoja para estudiantes
worksheet-loading = Cargando el análisis para la hoja de trabajo…
worksheet-no-path = Este análisis no tiene el recorrido guiado “{ $path }”. Sus recorridos: { $paths }.
worksheet-qr-label = Código QR de la dirección del analizador

## "Haz tu propio estado final": los pasos de docs/own-analysis.es.md en breve.

teacher-own-heading = Haz tu propio estado final
teacher-own-intro = Un análisis es un archivo de texto que dice qué colisiones conservar y qué graficar. Una clase puede escribir el suyo —el ejemplo de abajo mide la masa del bosón Z—, construirlo como cubo a partir de ATLAS Open Data y abrirlo aquí. No hace falta programar, solo una terminal.
teacher-own-1 = Instala Rust (rustup.rs) y construye una vez el programa preprocess desde la carpeta del código del analizador: cargo install --locked --path crates/preprocessor.
teacher-own-2 = Del portal ATLAS Open Data (13 TeV, publicación de 2020), toma de la colección 2lep los datos data_A.2lep.root y la simulación del Z mc_361106.Zee.2lep.root y mc_361107.Zmumu.2lep.root, como archivos o con sus direcciones https://.
teacher-own-3 = Construye el cubo con el archivo de ejemplo (sin el archivo de datos, añade --data-kind pseudo para tener pseudodatos):
teacher-own-4 = En la página de inicio, “Abre tu propio cubo” abre zmass.cube en este navegador, con cada gráfico enlazado a cada corte. El pico del Z está en 91 GeV en el gráfico de mℓℓ; cambia el archivo (un eje más fino, otro corte de leptones, otro estado final) y vuelve a construir.
teacher-own-example = Descarga el archivo de análisis de ejemplo (zmass.toml)
teacher-own-guide = Cada línea se explica en la guía del proyecto docs/own-analysis.es.md, y cada opción en docs/analysis-files.md.
