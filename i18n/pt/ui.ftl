# A interface e os rótulos que o manifesto de um cubo nomeia por chave.

## Análises

analysis-hzz4l-title = Bóson de Higgs decaindo em quatro léptons (H → ZZ* → 4ℓ)
analysis-hww-title = Bóson de Higgs decaindo em dois bósons W (H → WW* → ℓνℓν)
analysis-ttz-title = Pares de quarks top com um bóson Z: dois léptons (tt̄Z → 2ℓ)
analysis-ttz3l-title = Pares de quarks top com um bóson Z: três léptons (tt̄Z → 3ℓ)

## Eixos

axis-m4l = m₄ℓ, massa invariante dos quatro léptons
axis-mz1 = m₁₂, massa do par de léptons mais próximo do Z
axis-mz2 = m₃₄, massa do outro par de léptons
axis-mll = mℓℓ, massa invariante dos dois léptons
axis-met = MET, momento transverso faltante
axis-mt = mT, massa transversa
axis-ptll = pTℓℓ, momento transverso do par de léptons
axis-njets = Número de jatos
axis-nbjets = Número de jatos marcados como b
axis-channel = Canal
axis-lead_lep_pt = pT do lépton principal, o de maior pT
axis-dphi_ll_met = Δφ(ℓℓ, MET), ângulo entre o par de léptons e a MET
axis-dphi_ll = Δφℓℓ, ângulo entre os dois léptons
axis-dphill = Δφℓℓ, ângulo entre os dois léptons
axis-drll = ΔRℓℓ, distância entre os dois léptons
axis-mz = mℓℓ, massa do candidato a Z (o par de léptons de mesmo sabor e cargas opostas mais próximo de 91 GeV)
axis-ptz = pTℓℓ, momento transverso do candidato a Z

## Categorias

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

## Processos

process-data = Dados
process-higgs = Bóson de Higgs (125 GeV)
process-hzz = H → ZZ* (125 GeV)
process-hww = H → WW* (125 GeV)
process-zz = ZZ*
process-ww = WW
process-wz = WZ
process-zjets = Z + jatos
process-ttbar = tt̄
process-ttz = tt̄Z
process-ttw = tt̄W
process-single_top = Top isolado (single top)
process-tz = tZq, tWZ
process-other = Outros
process-reducible = Fundo redutível (Z + jatos, tt̄), estimado com dados

## Página

app-title = Analisador de histogramas — ATLAS Open Data
app-loading = Carregando o analisador de histogramas…
app-internal-error = O analisador parou por causa de um erro interno ({ $detail }). Recarregue a página para começar de novo.
app-link-ignored = Algumas partes deste link não puderam ser usadas e ficaram com os valores padrão: { $parts }
app-link-unknown = parâmetros desconhecidos: { $count }
app-dismiss = Fechar
app-provenance-real = ATLAS Open Data — dados reais, √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-pseudo = Amostras simuladas no formato do ATLAS Open Data — os dados são pseudodados (simulados), √s = { $energy } TeV, { $lumi } fb⁻¹
app-provenance-none = Amostras simuladas no formato do ATLAS Open Data — não há dados nesta vista, √s = { $energy } TeV, { $lumi } fb⁻¹

## Barra de cortes

cuts-aria = Cortes atuais
cuts-label = Cortes:
cuts-none = Sem cortes: todos os eventos estão selecionados.
cuts-undo = Desfazer
cuts-undo-title = Desfazer a última mudança de cortes (Ctrl+Z)
cuts-redo = Refazer
cuts-redo-title = Refazer (Ctrl+Shift+Z ou Ctrl+Y)
cuts-reset = Remover todos os cortes
cuts-logy = Eixo y logarítmico
cuts-download-uhi = Baixar histogramas (UHI JSON)
cuts-download-uhi-title = Todos os histogramas com os cortes atuais, incluindo os bins de transbordamento, em UHI JSON para hist ou uhi em Python
cuts-save-failed = Não foi possível salvar os histogramas: { $detail }
cuts-apply-failed = Não foi possível aplicar o corte: { $detail }

## Gráficos

plots-aria = Histogramas, um por variável, cada um com seu corte
plots-hint = Processos simulados empilhados, normalizados a { $lumi } fb⁻¹; dados como pontos com barras de erro de Poisson de 68 %. Cada histograma aplica todos os cortes exceto o seu, então a parte que o próprio corte remove continua visível, sombreada. Toque em um item da legenda para ocultar ou mostrar o processo.
plot-download-png = Baixar PNG
plot-download-png-aria = Baixar PNG do histograma de { $axis }
plot-legend-aria = Legenda: pressione uma entrada para mostrar ou ocultar seu processo
plot-save-failed = Não foi possível salvar a imagem: { $detail }
plot-draw-failed = Não foi possível desenhar o histograma: { $detail }
process-toggle-title = Mostrar ou ocultar nos gráficos e em s, b e Z

## Controles de corte

cut-legend = Corte em { $axis }
cut-minimum = Mínimo
cut-maximum = Máximo
cut-remove = Remover corte
cut-none = Sem corte em { $axis }: todos os eventos estão selecionados.
cut-below = Selecionado: { $axis } abaixo de { $upper }.
cut-from = Selecionado: { $axis } a partir de { $lower }.
cut-between = Selecionado: { $axis } de { $lower } a { $upper }.
cut-hint = Os valores se ajustam às bordas dos bins; as setas movem um bin, Page Up e Page Down cinco. Um extremo deixado no limite do eixo fica aberto e mantém os eventos além do gráfico.
category-hint = As categorias pressionadas são mantidas. Pelo menos uma fica selecionada: sem nenhuma, não sobraria nenhum evento.
category-group = Categorias de { $axis } que ficam

## Contagens

yields-heading = Eventos após todos os cortes
yields-hint = Toque em um processo para mostrá-lo ou ocultá-lo; processos ocultos não contam em s, b nem Z.
yields-process = Processo
yields-events = Eventos
yields-stat = ± estat.
yields-raw = Eventos brutos
yields-role-signal = sinal
yields-role-background = fundo
yields-signal = Sinal, s
yields-background = Fundo, b
yields-data = Dados
yields-data-events = ({ $count } eventos)
yields-z-title = significância mediana de descoberta de um experimento de contagem

## Idioma, navegação, incorporação

lang-label = Idioma
nav-explain = A física explicada
nav-glossary = Glossário
nav-teachers = Para professores
nav-aria = Seções
embed-button = Incorporar
embed-heading = Incorpore esta vista na sua página
embed-copy = Copiar
embed-copied = Copiado
embed-close = Fechar
embed-frame-title = Analisador de histogramas do ATLAS Open Data
embed-open-full = Abrir o analisador completo
embed-hint = Escolha o que a moldura mostra, confira a pré-visualização e copie o código para a sua página. A moldura começa com os cortes atuais; o script ajusta-a ao seu conteúdo.
embed-plots = Gráficos
embed-controls = Controles de corte sob os gráficos
embed-panel = Números
embed-panel-numbers = s, b, Z e μ̂ numa linha
embed-panel-yields = A tabela de rendimentos e o ajuste
embed-panel-none = Sem números
embed-path = Roteiro guiado
embed-path-none = Nenhum
embed-language = Idioma
embed-width = Largura
embed-width-column = A largura da coluna
embed-width-pixels = { $px } px
embed-preview = Pré-visualização
embed-numbers-label = Os números da seleção
link-expected-panel = esperava-se numbers, yields ou none
link-expected-event = esperava-se RUN:EVENTO, dois números inteiros
link-no-path = não há roteiro guiado "{ $path }"

## Página inicial, carregamento, convenções dos gráficos, tabelas, vistas

process-pseudo_data = Pseudodados (simulados)
analysis-hzz4l-sentence = Quatro léptons de colisões reais do ATLAS: procure um pico estreito em 125 GeV sobre o fundo ZZ*.
analysis-hww-sentence = Dois léptons e momento faltante: encontre o excesso largo do Higgs sob os fundos WW e de quarks top.
analysis-ttz-sentence = Um par de léptons de um bóson Z com muitos jatos e jatos b: encontre pares de quarks top produzidos junto com um bóson Z.
analysis-ttz3l-sentence = Três léptons, um bóson Z e um jato b: encontre pares de quarks top produzidos junto com um bóson Z no estado final mais limpo.
data_kind-real = Dados reais
data_kind-pseudo = Pseudodados (simulados)
data_kind-none = Só simulação
home-title = Analisador de histogramas: ATLAS Open Data a 13 TeV
home-intro = Escolha uma análise. Cada uma abre histogramas ligados em que você pode fazer cortes, com o sinal e o fundo esperados e os dados registrados.
home-catalog-loading = Procurando as análises…
home-catalog-error = Não foi possível carregar a lista de análises: { $reason }
page-texts-loading = Carregando o texto desta página…
page-texts-error = Não foi possível carregar o texto desta página: { $reason }. Verifique sua conexão e recarregue a página.
home-data-label = Dados:
home-size = { $size } para baixar
home-open = Abrir { $title }
home-list-label = Análises
home-back = ← Voltar às análises
loading-progress = Carregando os dados da análise: { $received } de { $total }
loading-progress-unknown = Carregando os dados da análise: { $received }
loading-label = Download dos dados da análise
loading-error-title = Não foi possível abrir a análise.
loading-error-hint = Verifique sua conexão e recarregue a página, ou volte e escolha outra análise.
loading-error-damaged-hint = O arquivo da análise está danificado ou não foi feito para este analisador, por isso recarregar não vai ajudar. Volte e escolha outra análise, e avise quem cuida deste site.
plot-atlas = ATLAS Open Data
plot-simulation = Simulação
plot-pseudo = pseudodados (simulados)
plot-energy-lumi = √s = { $sqrt_s } TeV, ∫L dt = { $lumi } fb⁻¹
plot-events-per-bin = Eventos / bin
plot-events-per-width = Eventos / { $width } { $unit }
plot-fraction-per-bin = Fração de eventos / bin
plot-ratio = Dados / Sim.
plot-mc-stat = Incerteza estatística da simulação
plot-aria-stack = Histograma de { $axis }: processos simulados empilhados com a incerteza estatística hachurada, dados como pontos com barras de erro e a razão dados/simulação embaixo. Valem todos os cortes exceto o seu; a parte que o próprio corte remove está sombreada. Arraste sobre o gráfico para cortar em { $axis }.
plot-aria-shapes = Formas de { $axis }: cada processo normalizado à área unitária, desenhado como linha, para comparar onde estão o sinal e o fundo. Arraste sobre o gráfico para cortar em { $axis }.
plot-download-svg = Baixar SVG
plot-download-svg-aria = Baixar SVG (imagem vetorial) do histograma de { $axis }
plot-drag-hint = Arraste sobre um gráfico (mouse ou toque) para cortar na sua variável; os extremos se ajustam às bordas dos bins.
table-summary = Tabela do histograma de { $axis }
table-bin = Bin
table-stack = Total simulado
table-mc-stat = ± estat. sim.
table-caption = Eventos por bin de { $axis } com todos os cortes exceto o seu: cada processo simulado, a soma e os dados.
table-underflow = abaixo de { $edge }
table-overflow = { $edge } ou mais
view-shapes = Comparar formas (cada processo normalizado)
view-projector = Modo projetor (alto contraste, letra grande)
yields-meter-label = Medidor de significância, Z de Asimov
yields-meter-text = Z = { $z } σ
yields-meter-none = Z não é definido sem fundo
yields-meter-marks = 3σ: evidência · 5σ: descoberta
yields-raw-hint = Eventos brutos: quantos eventos simulados (ou registrados) estão por trás de cada número. Onde os jatos b simulados são etiquetados por probabilidade, um evento conta uma vez para cada número de jatos b que pode ter.
yields-raw-from-data = { $count } dos dados
summary-bar-label = Sinal, fundo e significância com os cortes atuais

open-heading = Abra o seu próprio cubo
open-intro = Fez um cubo com preprocess build? Abra-o aqui. O arquivo é lido por este navegador e não é enviado a lugar nenhum.
open-choose = Escolher um arquivo .cube
open-drop-hint = ou solte-o em qualquer lugar desta página.
open-dropping = Solte o arquivo para abri-lo.
open-reading = Lendo { $file }…
open-error-title = Não foi possível abrir este arquivo.
open-no-file = Nada para abrir: solte um arquivo .cube do seu computador.
open-read-failed = Não foi possível ler { $file } neste computador: { $detail }
open-root-file = { $file } é um arquivo ROOT, não um cubo. Transforme-o primeiro em um cubo com preprocess build e depois abra o cubo.
open-not-cube = { $file } não é um arquivo de cubo. Escolha um arquivo .cube feito com preprocess build.
open-old-version = { $file } foi feito por uma versão mais antiga do pré-processador. Gere-o novamente com o preprocess build atual.
open-new-version = { $file } foi feito por uma versão do pré-processador mais nova do que esta página consegue ler. Abra-o em uma versão mais nova do analisador.
open-truncated = { $file } está incompleto: tem { $found } dos { $expected } que deveria ter. Copie-o ou baixe-o novamente.
open-too-long = { $file } tem mais bytes do que o seu cabeçalho anuncia: pode estar danificado. Copie-o ou gere-o novamente.
open-damaged = { $file } está danificado: o seu conteúdo não corresponde à sua soma de verificação. Copie-o ou baixe-o novamente.
open-too-large = { $file } é grande demais para ser aberto num navegador ({ $detail }). Construa um cubo com menos eixos ou intervalos.
open-unreadable = Não foi possível ler { $file } como um cubo ({ $detail }). Gere-o novamente com preprocess build.
local-notice = Aberto a partir deste computador: { $file }. O endereço nomeia o arquivo, mas um link para esta página não pode levá-lo: para compartilhar esta análise, envie o próprio arquivo .cube.
local-missing = Este endereço mostrava { $file }, um arquivo de cubo aberto a partir de um computador. Um link não pode levar o arquivo: abra-o novamente aqui.

## Signal-strength fit (web/src/model/fit_view.rs, web/src/ui/fit_panel.rs)

fit-heading = Intensidade do sinal a partir de um ajuste de verossimilhança
fit-mu = Intensidade do sinal μ̂
fit-mu-limit = μ < { $upper }
fit-z = Z do ajuste (q₀), observado
fit-z-expected = Z esperado (dados de Asimov, μ = 1)
fit-z-infinite = Z é infinito: há dados onde só se espera sinal, por isso μ = 0 não consegue descrevê-los de forma alguma.
fit-at-lower-bound = μ̂ está no seu limite inferior, 0: nesta seleção os dados ficam no fundo esperado ou abaixo dele, então o ajuste não dá um valor central nem um erro para baixo, só um extremo superior: μ < { $upper } (1σ, onde a varredura cruza 1).
fit-fluctuation-pseudo = Estes pseudodados foram sorteados a partir da simulação, então flutuam como dados reais flutuariam: se o Modelo Padrão estiver certo, o Z observado fica a menos de 1σ do esperado cerca de duas vezes em três, e a mais de 2σ cerca de uma vez em vinte.
fit-fluctuation-real = Os dados flutuam: se o Modelo Padrão estiver certo, o Z observado fica a menos de 1σ do esperado cerca de duas vezes em três, e a mais de 2σ cerca de uma vez em vinte.
fit-axis = Ajustado ao histograma de { $axis }: seus bins dentro do seu próprio corte, com todos os outros cortes aplicados.
fit-norm-included = Incertezas de normalização no ajuste: { $backgrounds }.
fit-norm-part = { $process } ±{ $percent } %
fit-expected = esperado (Asimov)
fit-expected-hint = Esta análise não tem dados, por isso o ajuste usa os números esperados (o conjunto de dados de Asimov, sinal + fundo com μ = 1): mostra a precisão que uma medida alcançaria.
fit-error-no-axis = Esta análise não tem nenhuma variável em que ajustar a intensidade do sinal.
fit-error-no-signal = Não se espera sinal no intervalo do ajuste, portanto não há intensidade de sinal para medir: amplie o corte em { $axis } ou volte a mostrar o sinal.
fit-error-no-data = Esta análise não tem dados para ajustar.
fit-error-data-without-prediction = Há dados em um bin sem nenhuma simulação ({ $bin }, { $observed } eventos): estreite o intervalo do ajuste.
fit-error-setup = Não foi possível preparar o ajuste com estas opções.
fit-scan-heading = Varredura da verossimilhança perfilada
fit-scan-aria = Varredura da verossimilhança perfilada: −2Δln L em função da intensidade do sinal μ, com uma linha tracejada em 1 (o intervalo de 1σ) e o melhor ajuste μ̂ marcado.
fit-scan-text = A curva é mínima em μ̂ = { $mu } e cruza a linha de 1 em μ = { $lower } e μ = { $upper }: entre eles fica o intervalo de 1σ.
fit-scan-at-bound = De um lado, a curva fica abaixo de 1 até o limite dos valores que μ pode assumir, por isso o intervalo para aí.
fit-scan-x = Intensidade do sinal μ
fit-scan-y = −2Δln L
fit-download = Baixar o workspace do pyhf
fit-download-title = O modelo ajustado como workspace JSON do pyhf, para ajustá-lo de novo em Python com o pyhf
fit-download-failed = Não foi possível salvar o workspace.
fit-explain-summary = O que significam μ̂, a varredura e Z?
fit-explain = A intensidade do sinal μ diz quanto sinal os dados contêm em comparação com o Modelo Padrão: μ = 1 é exatamente a previsão do Modelo Padrão e μ = 0 significa nenhum sinal (nem bóson de Higgs nem tt̄Z). O ajuste encontra o melhor valor μ̂; quanto mais estreita a curva da varredura, mais precisa a medida, e onde ela cruza 1 dá a incerteza de ±1σ. Z, obtido da estatística de teste q₀, diz com que força os dados excluem μ = 0: 3σ conta como evidência, 5σ como descoberta.

## Reasons in error banners and link notices (web/src/model/errors.rs, web/src/model/view_state.rs)

error-load-network = não foi possível carregar { $url }: { $reason }
error-load-http = não foi possível carregar { $url }: o servidor respondeu { $status }
error-load-cube = { $url } não pode ser usado: { $reason }
error-no-window = não há nenhuma janela do navegador
error-cube-no-axis = este cubo não tem nenhum eixo para desenhar um histograma
error-save-unknown = o navegador não deu nenhum motivo
error-part-not-loaded = Não foi possível baixar esta parte do analisador: verifique a conexão e tente novamente.
error-catalog-not-json = não é JSON ({ $detail })
error-catalog-no-version = falta catalog_version
error-catalog-version = catálogo na versão { $found }, esta página lê a versão { $supported }
error-catalog-malformed = não é um catálogo ({ $detail })
error-catalog-id = a análise { $index } tem um identificador inutilizável "{ $id }"
error-catalog-path-id = a análise { $index } tem um percurso guiado com um identificador inutilizável "{ $id }"
error-language-unavailable = lang={ $lang } ({ $reason }; a página está em inglês)
error-link-cuts-refused = todos os cortes do link ({ $reason })
link-unknown-parameter = parâmetro desconhecido
link-unknown-language = idioma desconhecido
link-expected-axis = esperava-se EIXO:…
link-expected-range = esperava-se EIXO:MÍNIMO:MÁXIMO
link-expected-categories = esperava-se EIXO:CATEGORIA,CATEGORIA…
link-expected-flag = esperava-se 1 ou 0
link-expected-view = esperava-se stack ou shapes
link-no-axis = não há eixo "{ $axis }"
link-no-category = não há categoria "{ $category }"
link-no-process = não há processo "{ $process }"
link-not-a-number = "{ $text }" não é um número
link-empty-range = intervalo vazio
link-no-category-kept = nenhuma categoria mantida

## Explorador (analyses/explorer.toml)

analysis-explorer-title = Explore: construa o seu próprio estado final
analysis-explorer-sentence = Cada processo simulado com dois léptons separadamente: corte em sabor, carga, jatos, jatos b e MET, e veja que processo o seu estado final isola.
axis-sign = Carga, sinais opostos ou iguais dos dois léptons
category-sign-os = sinais opostos
category-sign-ss = mesmo sinal
process-zll = Z → ee, μμ
process-ztautau = Z → ττ

# Cut flow.
cutflow-heading = Fluxo de cortes
cutflow-hint = Uma etapa por corte, na ordem em que você os aplicou. “Mantido” é a fração do sinal ou do fundo de antes desse corte que o corte deixa passar.
cutflow-cut = Corte
cutflow-no-cut = Sem cortes
cutflow-signal-efficiency = Sinal mantido
cutflow-background-efficiency = Fundo mantido
cutflow-percent = { $percent } %
cutflow-download = Baixar CSV
cutflow-download-title = Salvar esta tabela como arquivo CSV para uma planilha

## The event display: the recorded collisions behind a bin

events-heading = Colisões em um bin
events-intro = Escolha um gráfico e um dos seus bins: a lista mostra as colisões registradas que esse bin contém com os cortes atuais (primeiro os dados, depois a simulação por processo). Abra uma para vê-la no detector.
events-loading = Baixando as colisões registradas…
events-show = Colisões em um bin
events-show-title = Listar as colisões de um bin deste gráfico
events-axis = Gráfico
events-bin = Bin
events-choose-bin = Escolha um bin
events-bin-option = { $bin } ({ $count })
events-none = Nenhuma colisão registrada cai neste bin com os cortes atuais.
events-list-aria = Colisões no bin escolhido
events-item = { $process }: run { $run }, evento { $event }
events-sample = { $process }: está registrada uma amostra de { $recorded } dos seus { $selected } eventos simulados, então só esses são listados.
events-previous = Colisão anterior
events-next = Próxima colisão
events-position = Colisão { $index } de { $count } neste bin
events-close = Fechar a visualização
events-not-found = O link pede a colisão { $event }, que não está entre as colisões registradas desta análise.
events-unreadable = Não foi possível ler as colisões registradas ({ $detail }). Os histogramas não são afetados.
events-display-aria = Visualização do run { $run }, evento { $event }: { $leptons } léptons e { $jets } jatos. A tabela abaixo lista cada objeto.
events-transverse = Transversal ao feixe (x–y)
events-side = Ao longo do feixe (r–z)
events-objects-caption = Os objetos do run { $run }, evento { $event }
events-col-object = Objeto
events-col-charge = Carga
events-col-pt = pT (GeV)
events-col-eta = η
events-col-phi = φ (rad)
events-electron = Elétron
events-muon = Múon
events-jet = Jato
events-bjet = Jato com marcação b
events-met = Momento transverso faltante
events-values-caption = Onde esta colisão cai em cada gráfico
events-other-category = outro
events-legend-detector = Detector: rastreador interno, calorímetros (eletromagnético, hadrônico), câmaras de múons
events-legend-electron = Elétron: traço curvo, energia no calorímetro eletromagnético
events-legend-muon = Múon: traço curvo que atravessa tudo até as câmaras de múons
events-legend-jet = Jato: energia nos calorímetros (com marcação b mais escuro)
events-legend-met = Momento transverso faltante: seta tracejada

## Mystery samples (model/mystery.rs): the notice on the analysis page and the teacher's maker

mystery-heading = Amostra misteriosa { $code }
mystery-intro = Os dados desta página são pseudodados: sorteados da simulação com o sinal multiplicado por uma intensidade oculta μ — 0 (sem sinal), 1 (o que o Modelo Padrão prevê) ou 2 (o dobro). Há um sinal? Faça seus cortes e depois meça μ com o ajuste.
mystery-answer-none = Resposta: μ = 0 estava oculto. Estes dados não têm sinal nenhum: qualquer excesso foi uma flutuação do fundo.
mystery-answer-sm = Resposta: μ = 1 estava oculto. Estes dados têm o sinal que o Modelo Padrão prevê.
mystery-answer-twice = Resposta: μ = 2 estava oculto. Estes dados têm o dobro do sinal que o Modelo Padrão prevê.
mystery-invalid = Este código misterioso não pode ser usado: { $reason }. Peça o código de novo ao seu professor.
mystery-bad-length = um código tem 6 caracteres e este tem { $length }
mystery-bad-character = “{ $character }” não é um dos caracteres de um código
mystery-bad-check = parece que um caractere foi digitado errado (o código não confere)
mystery-teacher-heading = Amostras misteriosas
mystery-teacher-intro = Dê a uma turma pseudodados com uma quantidade oculta de sinal: os estudantes decidem se há sinal e medem sua intensidade μ com o ajuste, e depois seu link de resposta a revela. Cada código sorteia seus próprios dados, então grupos com códigos diferentes não podem se copiar.
mystery-teacher-analysis = Análise
mystery-teacher-strength = Intensidade de sinal oculta
mystery-teacher-random = escolhida ao acaso
mystery-teacher-make = Criar um mistério
mystery-teacher-students = Para os estudantes
mystery-teacher-answer = A resposta (guarde para você)

## Blind analysis (ui/blinding.rs): the data of the signal region hidden until the cuts are frozen

blind-toggle = Cego
blind-title = Esconder os dados onde o sinal é esperado até escolher os cortes, como nas análises reais
blind-region = { $axis } { $bins }
blind-hidden = Análise cega: os dados em { $region } estão escondidos. Escolha seus cortes olhando só a simulação, depois congele-os e olhe os dados.
blind-unblind = Congelar os cortes e revelar
blind-unblinded = Dados revelados com estes cortes: { $cuts }.
blind-changed = Os cortes mudaram depois de revelar os dados: o resultado não é mais cego.
blind-fit = Cego: o ajuste de μ aos dados espera até você revelar.

# Sharing a group's result with the teacher's class page (?page=class).
share-button = Partilhar o nosso resultado
share-hint = Escrevam o nome do vosso grupo: o código abaixo leva os vossos cortes, s, b, Z e μ̂ à página da turma do vosso professor. Copiem-no, ou deixem o professor ler o código QR.
share-group-label = Nome do grupo
share-group-needed = Escrevam o nome do vosso grupo para criar o código.
share-code-label = O nosso código de resultado
share-copy = Copiar o código
share-copied = Copiado
share-close = Fechar
share-qr-label = Código QR de uma ligação à página da turma com o nosso resultado
