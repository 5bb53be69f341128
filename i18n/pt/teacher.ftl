# A página «Para professores».

teacher-heading = Para professores
teacher-intro = Uma aula de 45 minutos para estudantes a partir de 16 anos que já viram energia, momento e E = mc². Não é preciso instalar nada: cada estudante precisa de um navegador, ou cada dupla de um computador. Se a rede for lenta, copie antes a pasta offline nos computadores da sala (veja «Usar o analisador sem rede» abaixo).
teacher-flow-heading = Roteiro da aula (45 minutos)
teacher-flow-1 = 0–5 min — A pergunta. Projete a análise de quatro léptons sem cortes e pergunte: «O bóson de Higgs está aqui. Onde?». Deixe que arrisquem.
teacher-flow-2 = 5–15 min — O que o detector vê. Abra «A física explicada», mostre o diagrama de Feynman e explique a massa invariante: somar as energias e os momentos dos quatro léptons «pesa» a partícula que decaiu.
teacher-flow-3 = 15–30 min — Roteiro guiado. Em duplas, seguem «Encontre o Higgs (H → ZZ → 4ℓ)», apertam «Mostre-me» só quando empacam e anotam s, b e Z depois de cada passo.
teacher-flow-4 = 30–40 min — Desafio. Tentam superar a significância do roteiro com seus próprios cortes; reúna os melhores valores no quadro e pergunte como cada grupo chegou lá.
teacher-flow-5 = 40–45 min — Fechamento. Por que um só canal de decaimento com esta quantidade de dados não chega a 5σ, como o ATLAS combinou vários canais (ZZ, γγ, WW) para a descoberta de 2012, e por que uma janela estreita demais volta a piorar as coisas.
teacher-project-heading = O que projetar
teacher-project = O gráfico de m₄ℓ em tamanho grande, antes e depois da janela em m₄ℓ: o pico em 125 GeV e o pico do Z em 91 GeV são as duas imagens que devem ficar. Acrescente ?lang=pt ao endereço para projetar em português e use o botão Incorporar para pôr uma vista preparada na página do curso.
teacher-answers-heading = Respostas esperadas
teacher-answer-1 = «Onde está o Higgs?» — Num pequeno excesso perto de 125 GeV em m₄ℓ; o grande pico perto de 91 GeV é um único bóson Z, não o Higgs.
teacher-answer-2 = «Por que os cortes em m₁₂ e m₃₄ ajudam?» — Mantêm os eventos cujos léptons vêm de bósons Z, como no decaimento do Higgs, e removem os que têm léptons falsos ou mal identificados.
teacher-answer-3 = «Por que Z para de crescer quando a janela fica muito estreita?» — A janela começa a cortar também o sinal, e com poucos eventos dominam as flutuações estatísticas.
teacher-misconceptions-heading = Concepções erradas frequentes
teacher-misconception-1 = «Cada evento é um Higgs ou não, e dá para saber qual.» — Nenhum evento pode ser rotulado: eventos de sinal e de fundo são iguais; só o excesso de eventos sobre o fundo esperado revela o Higgs.
teacher-misconception-2 = «Os cortes criam o pico.» — Os cortes removem fundo, mas não movem eventos; o pico sempre esteve lá, como mostra a parte sombreada de cada gráfico.
teacher-misconception-3 = «Um s/√b maior sempre significa uma análise melhor.» — Com pouquíssimos eventos s/√b superestima a significância; o Z de Asimov é o número mais honesto, e um resultado não deve ser ajustado com os mesmos dados com que depois é testado.
teacher-misconception-4 = «O momento faltante é um erro de medida.» — É um sinal físico real de neutrinos, que o detector não consegue ver; a análise WW depende dele.
teacher-misconception-5 = «Pseudodados são dados reais.» — Onde o analisador diz pseudodados, os pontos foram sorteados a partir da simulação; a linha acima dos gráficos sempre diz se uma análise mostra eventos reais do ATLAS.
teacher-offline-heading = Usar o analisador sem rede
teacher-offline-intro = O analisador é uma pasta de arquivos: nada roda em um servidor, então ele funciona em uma sala com rede lenta ou sem rede. Há três formas de prepará-lo.
teacher-offline-1 = Uma visita, depois offline. Enquanto a rede funciona, abra o analisador uma vez em cada computador (ou no navegador do projetor) pelo seu endereço https:// e espere um minuto. O navegador guarda então todos os arquivos, com todas as análises e idiomas, e o analisador abre e funciona com a rede desligada.
teacher-offline-2 = Uma pasta ou um pendrive. Consiga a pasta offline (histanalyser-offline.zip, gerada com «cargo xtask dist»), descompacte-a e inicie dentro dela um pequeno servidor web: python3 -m http.server 8000 (Python 3), npx http-server -p 8000 (Node.js) ou php -S 127.0.0.1:8000 (PHP). Depois abra http://localhost:8000/. Clicar duas vezes em index.html não funciona: os navegadores não deixam uma página aberta como arquivo carregar os dados da análise.
teacher-offline-3 = Um só notebook para a turma toda. Inicie o servidor com python3 -m http.server 8000 --bind 0.0.0.0 e dê aos estudantes o endereço do notebook na rede local (por exemplo http://192.168.1.20:8000/). O notebook precisa continuar servindo: por http:// simples para outro computador, os navegadores não guardam os arquivos para uso offline.
teacher-offline-size = A primeira visita a uma análise baixa entre 0,6 e 0,7 megabyte; depois o navegador busca o resto uma vez, em segundo plano.
teacher-reference-heading = Os dados
teacher-reference = O que a publicação do ATLAS Open Data a 13 TeV contém (10 fb⁻¹ de dados de 2016 e as amostras simuladas) e como foi feita está descrito na nota do ATLAS:

# Class results: the teacher page's way to the class page, the class page (?page=class) and why
# a result code is refused.
teacher-class-heading = Reunir os resultados da turma
teacher-class = No fim do desafio, cada grupo carrega em «Partilhar o nosso resultado» por baixo dos seus números, escreve o seu nome e envia, lê em voz alta ou mostra o seu código de resultado (ou deixa-o ler o seu código QR). Cole os códigos na página da turma: mostra cada grupo, a dispersão de Z e μ̂ da turma, a melhor seleção e os μ̂ dos grupos combinados. Tudo acontece no seu navegador; nada é enviado para lado nenhum.
teacher-class-link = Abrir a página da turma
class-heading = Os resultados da turma
class-intro = Cole o código de resultado de cada grupo numa linha própria. Os códigos são verificados aqui, no navegador; nada é enviado para lado nenhum.
class-codes-label = Códigos de resultado, um por linha
class-analysis = Análise: { $analysis }
class-empty = Ainda não há grupos: cole um código de resultado acima.
class-line-error = Linha { $line }: { $message }
class-repeated = Linha { $line }: o mesmo código da linha { $first }, contado uma só vez.
class-error-long = Isto é mais longo do que qualquer código de resultado (no máximo { $max } caracteres): foi colada outra coisa?
class-error-character = O carácter { $position } («{ $character }») não faz parte de um código de resultado, que só tem letras, algarismos, - e _.
class-error-short = O código está incompleto: faltam caracteres ou foram acrescentados outros.
class-error-checksum = A soma de verificação não corresponde: um carácter foi mal escrito ou alterado. Peça ao grupo que copie o seu código outra vez.
class-error-version = Este código foi feito por outra versão do analisador (formato { $found }; esta página lê o formato { $supported }).
class-error-field = O código está danificado: o seu campo «{ $field }» não pode ser lido.
class-error-analysis = Este código é da análise «{ $found }», mas esta página da turma reúne «{ $expected }».
class-groups-heading = Grupos
class-col-number = N.º
class-col-group = Grupo
class-col-mu = μ̂ (+σ₊ −σ₋)
class-col-cuts = Cortes
class-no-cuts = sem cortes
class-no-fit = sem ajuste
class-spread-heading = Dispersão da turma
class-spread-z = Significância Z
class-spread-mu = Intensidade do sinal μ̂
class-bar-label = { $low } a { $high }: { $count }
class-best-heading = Melhor seleção
class-best = Grupo { $number }, «{ $group }», com Z = { $z }: { $cuts }
class-best-open = Abrir esta seleção
class-combination-heading = Os μ̂ dos grupos combinados
class-combination = μ̂ = { $mu } ± { $sigma } de { $groups } grupos: a média dos μ̂ dos grupos ponderada por 1/σ², com σ a média dos erros + e − de cada grupo.
class-combination-why = Porque diferem os grupos? Cortes diferentes selecionam eventos diferentes, por isso cada grupo mede μ numa amostra diferente, com as suas próprias flutuações estatísticas. As seleções dos grupos partilham muitos eventos, por isso os seus μ̂ estão correlacionados e o erro combinado acima é otimista: esta combinação é um recurso didático, não a forma como o ATLAS combina medições.
class-combination-none = Nenhum grupo tem um μ̂ ajustado para combinar.

## Fichas de trabalho (`?page=worksheet&a=<análise>&sheet=<percurso>`, `&key=1` para o
## gabarito) e a sua lista na página para professores. Uma ficha ocupa no máximo duas páginas.

teacher-worksheets-heading = Fichas de trabalho
teacher-worksheets-intro = Uma ficha para imprimir para cada percurso guiado, no idioma desta página, em no máximo duas páginas (A4 ou Carta). Os estudantes preveem o que cada corte fará antes de aplicá-lo e anotam os números numa tabela. O gabarito traz todos os números, a resposta a cada previsão e a explicação de cada passo.
teacher-worksheets-path = Percurso guiado
teacher-worksheets-ages = Para quem
teacher-worksheets-sheet = Ficha de trabalho
teacher-worksheets-key = Gabarito
teacher-worksheets-none = As análises não têm percursos guiados para imprimir.
worksheet-ages-hzz = Dos 15 aos 18 anos: massa invariante e um pico sobre um fundo.
worksheet-ages-separate = Dos 14 aos 16 anos: distinguir processos pelas suas impressões digitais; nenhuma fórmula é necessária.
worksheet-ages-hww = Dos 16 aos 19 anos, depois de “Separe os sinais”: neutrinos, momento em falta e massa transversa.
worksheet-ages-ttz = Dos 17 aos 19 anos e primeiro ano da universidade: jatos b, número de jatos e um processo raro.
worksheet-ages-ttz3l = Dos 16 aos 19 anos: escolher um estado final em que um processo raro se destaca (três léptons, um Z e um jato b).
worksheet-ages-isolate_ww = Dos 16 aos 19 anos: construir um estado final para um processo.
worksheet-ages-isolate_ttbar = Dos 15 aos 18 anos: a impressão digital dos quarks top.
worksheet-ages-isolate_ztautau = Dos 17 aos 19 anos: um bóson Z visto através de léptons τ e neutrinos.
worksheet-heading = Ficha de trabalho
worksheet-key-heading = Gabarito
worksheet-name = Nome
worksheet-group = Grupo
worksheet-date = Data
worksheet-open = Abra o analisador neste endereço (ou leia o código) e escolha o percurso guiado “{ $path }”. Faça cada tarefa antes de clicar em “Mostre-me” e escreva as suas respostas nesta ficha.
worksheet-tasks-heading = Tarefas
worksheet-look = Abra o gráfico de { $axis }. O que você vê? Onde está a maioria dos eventos? Há um pico?
worksheet-cut = Próximo corte: { $cut }. Primeiro preveja: ele vai remover uma parte maior do sinal ou do fundo? Depois aplique-o e preencha a linha { $row } da tabela.
worksheet-observation = Eu vejo:
worksheet-prediction = Eu prevejo:
worksheet-table-heading = Os seus números
worksheet-col-row = Linha
worksheet-col-task = Tarefa
worksheet-col-cut = Corte
worksheet-col-signal = Sinal s
worksheet-col-background = Fundo b
worksheet-col-data = Dados
worksheet-col-z = Z
worksheet-questions-heading = Conclusões
worksheet-question-excess = Depois do último corte, compare os dados com o fundo sozinho. Há um excesso? Ele é mais ou menos tão grande quanto o sinal esperado s?
worksheet-question-best = Qual corte aumentou mais a significância Z? Por que esse?
worksheet-question-fewer = Os cortes também removeram eventos de sinal. Por que a significância é maior no final?
worksheet-key-note = Para o professor: estes são os números do analisador para este percurso, então um grupo que clicou em “Mostre-me” em cada passo tem exatamente estes. A explicação de cada passo é o texto do próprio percurso guiado.
worksheet-why = Por quê
worksheet-answer = Resposta
worksheet-answer-cut-background = O sinal conserva { $signal } e o fundo { $background }: o corte remove uma parte maior do fundo, e Z passa de { $before } para { $after }.
worksheet-answer-cut-signal = O sinal conserva { $signal } e o fundo { $background }: este corte remove uma parte maior do sinal, e Z passa de { $before } para { $after }.
worksheet-answer-undefined = Antes deste corte não restava sinal ou não restava fundo para comparar.
worksheet-answer-excess = { $data } eventos nos dados e { $background } esperados só do fundo: um excesso de { $excess }, onde a simulação espera { $signal } eventos de sinal.
worksheet-answer-no-excess = { $data } eventos nos dados e { $background } esperados só do fundo: não há excesso (os dados ficam { $excess } abaixo), onde a simulação espera { $signal } eventos de sinal.
worksheet-answer-best = Tarefa { $task } ({ $cut }): Z sobe de { $before } para { $after }.
worksheet-answer-fewer = Ao longo do percurso o sinal conserva { $signal } e o fundo só { $background }. A significância cresce com s/√b, que passa de { $first } para { $last }.
worksheet-print = Imprimir
worksheet-to-key = Gabarito
worksheet-to-sheet = Ficha dos estudantes
worksheet-loading = Carregando a análise para a ficha de trabalho…
worksheet-no-path = Esta análise não tem o percurso guiado “{ $path }”. Os seus percursos: { $paths }.
worksheet-qr-label = Código QR do endereço do analisador

## "Faça o seu próprio estado final": os passos de docs/own-analysis.md em resumo.

teacher-own-heading = Faça o seu próprio estado final
teacher-own-intro = Uma análise é um arquivo de texto que diz quais colisões manter e o que desenhar. Uma turma pode escrever a sua — o exemplo abaixo mede a massa do bóson Z —, construí-la como cubo a partir do ATLAS Open Data e abri-la aqui. Não é preciso programar, só um terminal.
teacher-own-1 = Instale o Rust (rustup.rs) e construa uma vez o programa preprocess a partir da pasta do código do analisador: cargo install --locked --path crates/preprocessor.
teacher-own-2 = Do portal ATLAS Open Data (13 TeV, publicação de 2020), pegue da coleção 2lep os dados data_A.2lep.root e a simulação do Z mc_361106.Zee.2lep.root e mc_361107.Zmumu.2lep.root, como arquivos ou pelos seus endereços https://.
teacher-own-3 = Construa o cubo com o arquivo de exemplo (sem o arquivo de dados, acrescente --data-kind pseudo para ter pseudodados):
teacher-own-4 = Na página inicial, “Abra o seu próprio cubo” abre zmass.cube neste navegador, com cada gráfico ligado a cada corte. O pico do Z está em 91 GeV no gráfico de mℓℓ; mude o arquivo (um eixo mais fino, outro corte nos léptons, outro estado final) e construa de novo.
teacher-own-example = Baixar o arquivo de análise de exemplo (zmass.toml)
teacher-own-guide = Cada linha é explicada no guia do projeto docs/own-analysis.md (em inglês; em espanhol docs/own-analysis.es.md), e cada opção em docs/analysis-files.md.
