# A página «A física explicada» e o glossário. As equações estão em MathML em web/src/ui/explain.rs.

explain-heading = A física explicada
explain-diagram-heading = Como o sinal é produzido
explain-equations-heading = As equações por trás dos números
explain-references-heading = Para ler mais

## Introduções, uma por análise

explain-hzz4l-intro = No LHC, os prótons colidem com uma energia no centro de massa de 13 TeV. Na maioria das vezes, um bóson de Higgs é produzido quando dois glúons, um de cada próton, se fundem através de um laço de quarks top. Em cerca de 2,6 % dos seus decaimentos, o Higgs se transforma em dois bósons Z; como 125 GeV é menos que duas massas do Z, um deles é virtual (Z*). Cada Z decai em um par elétron–pósitron ou múon–antimúon só em cerca de 6,7 % dos casos, então apenas 1,2 em cada 10 000 bósons de Higgs (1,2 × 10⁻⁴) terminam em quatro elétrons ou múons (razões de ramificação do LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Quatro léptons carregados são raros e medidos com muita precisão, então somar seus quadrimomentos dá a massa da partícula que decaiu com resolução de um ou dois GeV. O Higgs aparece como um pico estreito em 125 GeV sobre um fundo pequeno e suave de pares de bósons Z produzidos diretamente. Por isso o canal é chamado de canal de ouro, embora só poucos eventos passem pela seleção. Um segundo fundo, chamado redutível, vem de bósons Z ou pares de quarks top com léptons extras de decaimentos de hádrons b e c; ele é estimado com os próprios dados, a partir dos eventos cujos quatro léptons não somam carga zero.
explain-hww-intro = Aqui o Higgs decai em dois bósons W, um deles virtual, e cada W em um lépton carregado e um neutrino. O Higgs decai em WW* cerca de oito vezes mais que em ZZ* (cerca de 21 % contra 2,6 % dos seus decaimentos), e dois léptons carregados com dois neutrinos (elétrons e múons) são cerca de oitenta vezes mais frequentes que quatro léptons carregados (cerca de 1 % contra 1,2 × 10⁻⁴), mas os neutrinos atravessam o detector sem deixar rastro.
explain-hww-why = Sem os neutrinos não é possível reconstruir a massa do Higgs, então não há pico. A análise usa o que os neutrinos deixam: momento transverso faltante e uma massa transversa que, medida com perfeição, não poderia passar de 125 GeV e que, com a resolução do detector, raramente passa. Como o Higgs tem spin 0, seus dois léptons carregados tendem a apontar na mesma direção, o que o distingue de pares comuns de bósons W.
explain-ttz-intro = Um quark top pode emitir um bóson Z. Produzir um par de quarks top junto com um Z acontece cerca de mil vezes menos que produzir só o par de top, e mede diretamente como o quark top se acopla ao bóson Z.
explain-ttz-why = Nesta seleção o Z decai em um par de elétrons ou de múons, visto como um pico em 91 GeV na massa dos dois léptons, e cada quark top decai em um quark b e um bóson W que dá mais dois jatos. Muitos jatos, jatos marcados como b e um pico do Z, juntos, separam este processo raro dos fundos Z + jatos e tt̄, muito maiores.
explain-ttz3l-intro = O mesmo processo da análise de dois léptons, um par de quarks top produzido junto com um bóson Z, visto em outro estado final. O Z decai em um par de elétrons ou de múons; um quark top decai em um quark b e um bóson W que dá um lépton carregado e um neutrino, e o outro em um quark b e um bóson W que dá dois quarks. O resultado são três léptons carregados, dois jatos b, mais dois jatos e momento transverso faltante. Cerca de 2 % dos eventos tt̄Z terminam assim com elétrons e múons, um pouco menos que os 3 % do estado final de dois léptons.
explain-ttz3l-why = Por que três léptons são melhores que dois: no canal de dois léptons o pico do Z é dividido com Z + jatos, que dá um decaimento Z → ℓℓ dezenas de milhares de vezes mais que tt̄Z, e com tt̄, de modo que o sinal só aparece com muitos jatos. Pouquíssimos processos do Modelo Padrão dão três léptons carregados isolados: sobretudo WZ e ZZ, que raramente trazem jatos b. Um candidato a Z e um jato marcado como b deixam assim uma amostra em que tt̄Z é uma parte considerável. A medida de tt̄Z do ATLAS (arXiv:1901.03584, na lista abaixo) obtém a maior parte da sua sensibilidade do canal de três léptons.
diagram-hzz4l-alt = Diagrama de Feynman: dois glúons se fundem através de um laço de quarks top em um bóson de Higgs, que decai em um Z e um Z* virtual; cada um decai em um par de léptons carregados.
diagram-hww-alt = Diagrama de Feynman: dois glúons se fundem através de um laço de quarks top em um bóson de Higgs, que decai em um W e um W* virtual; cada um decai em um lépton carregado e um neutrino.
diagram-ttz-alt = Diagrama de Feynman: dois glúons produzem um par de quarks top; um dos tops emite um bóson Z, que decai em dois léptons carregados.
diagram-ttz3l-alt = Diagrama de Feynman: dois glúons produzem um par de quarks top; o quark top emite um bóson Z, que decai em dois léptons carregados, e depois decai em um quark b e um bóson W⁺ que dá um lépton carregado e um neutrino; o antitop decai em um quark b̄ e um bóson W⁻ que dá dois quarks.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Como ler uma visualização de eventos
explain-display-1 = Uma visualização de eventos desenha uma colisão no detector. A vista transversal ao feixe (x–y) olha ao longo do tubo do feixe: a colisão aconteceu no centro, e as camadas em volta são, de dentro para fora, o detector interno de traços (cinza), o calorímetro eletromagnético (verde), o calorímetro hadrônico (vermelho) e as câmaras de múons (azul). As distâncias são comprimidas para fora para que o pequeno detector de traços fique visível ao lado do sistema de múons de dez metros.
explain-display-2 = Uma partícula carregada deixa um traço no detector interno. O campo magnético de 2 tesla do solenoide a curva num círculo de raio r = pT / (0,3 B), em metros com pT em GeV: um traço de 1 GeV se enrola em poucos metros e um lépton de 50 GeV é quase reto. Cargas positivas e negativas se curvam em sentidos opostos; é assim que se mede a carga.
explain-display-3 = Os elétrons param no calorímetro eletromagnético e deixam ali sua energia; os múons atravessam tudo e chegam às câmaras de múons; os jatos de hádrons depositam sua energia nos dois calorímetros. Os neutrinos não deixam rastro: o momento que levam transversalmente ao feixe aparece como um desequilíbrio, o momento transverso faltante, desenhado como uma seta tracejada.
explain-display-4 = A vista ao longo do feixe (r–z) mostra a mesma colisão de lado, com o feixe da esquerda para a direita: ali os traços são retas no seu ângulo polar, porque o campo só os curva transversalmente ao feixe. A tabela abaixo das imagens dá o momento transverso pT, a pseudorrapidez η e o ângulo azimutal φ de cada objeto; com eles dá para calcular à mão a massa invariante dos gráficos.

## Equações

eq-mass-heading = Massa invariante
eq-mass-text = Somar as energias e os momentos dos produtos do decaimento dá a massa da partícula de onde eles vieram, a mesma em qualquer referencial. Com quatro léptons é m₄ℓ; com dois, mℓℓ.
eq-mt-heading = Massa transversa
eq-mt-text = Quando neutrinos escapam, só os momentos perpendiculares ao feixe são conhecidos. A massa transversa usa o par de léptons e o momento transverso faltante; medida com perfeição nunca poderia ser maior que a massa da partícula que decai, e com a resolução do detector raramente é.
eq-significance-heading = Significância
eq-significance-text = Esperando s eventos de sinal e b de fundo, s/√b compara o sinal com a flutuação típica do fundo. A fórmula de Asimov Z é a significância mediana que um experimento de contagem encontraria; fica próxima de s/√b quando s é muito menor que b e é mais confiável quando não é. Z = 5 é o limiar que os físicos usam para falar de descoberta.
eq-weight-heading = Peso de um evento
eq-weight-text = Os eventos simulados são ponderados para prever o que o detector registrou: a seção de choque σ do processo vezes a luminosidade integrada L dá o número esperado de eventos, repartido entre os eventos simulados segundo seus pesos do gerador e corrigido por fatores de escala SF que corrigem pequenas diferenças entre simulação e detector.

## Glossário

glossary-heading = Glossário
glossary-event-term = Evento
glossary-event = Tudo o que o detector registra quando dois pacotes de prótons se cruzam e colidem (ou o que a simulação produz para um desses cruzamentos): seus léptons, jatos e momento faltante. Os histogramas contam eventos, e um corte mantém ou remove eventos inteiros.
glossary-lepton-term = Lépton
glossary-lepton = Uma partícula elementar que não sente a força forte. Este analisador usa elétrons (e) e múons (μ), que o detector mede com muita precisão; os neutrinos (ν) também são léptons, mas escapam sem ser vistos.
glossary-jet-term = Jato
glossary-jet = Um jato estreito de hádrons deixado por um quark ou um glúon, que não podem existir sozinhos; a energia e a direção do jato são as do quark ou glúon original.
glossary-btag-term = Marcação b (b-tag)
glossary-btag = Um jato identificado como vindo de um quark b. Os hádrons com um quark b percorrem alguns milímetros antes de decair, então seus traços começam longe do ponto da colisão.
glossary-met-term = MET (momento transverso faltante)
glossary-met = O momento perpendicular ao feixe que falta para equilibrar tudo o que se vê no evento. Antes da colisão não há momento transverso, então um desequilíbrio indica partículas invisíveis, como neutrinos.
glossary-pt-term = pT (momento transverso)
glossary-pt = A parte do momento de uma partícula perpendicular ao feixe, em GeV. Partículas energéticas em ângulos grandes têm pT grande.
glossary-eta-term = η (pseudorrapidez)
glossary-eta = Uma medida do ângulo em relação ao feixe: η = 0 é perpendicular ao feixe e |η| cresce em direção ao feixe. Os léptons são medidos até |η| ≈ 2,5.
glossary-phi-term = φ (ângulo azimutal)
glossary-phi = O ângulo em torno do feixe, de −π a π. Δφ é a diferença entre dois desses ângulos, entre 0 (mesma direção) e π (direções opostas).
glossary-xsec-term = Seção de choque
glossary-xsec = A probabilidade de um processo, escrita σ e medida em barns (fb, pb). Multiplicada pela luminosidade, dá o número esperado de eventos.
glossary-lumi-term = Luminosidade integrada
glossary-lumi = Quantas colisões o detector registrou, em femtobarns inversos (fb⁻¹). A publicação do ATLAS Open Data usada aqui (2020) tem 10 fb⁻¹ de dados registrados em 2016.
glossary-significance-term = Significância
glossary-significance = O quão improvável é que só o fundo tenha flutuado até o que se vê, em desvios padrão (σ). 3σ é chamado de evidência e 5σ de descoberta.

## Referências

ref-authors = Colaboração ATLAS
ref-discovery = A descoberta do bóson de Higgs pelo ATLAS em 2012.
ref-hzz = O bóson de Higgs em quatro léptons com todos os dados a 13 TeV.
ref-hww = O bóson de Higgs em dois bósons W a 13 TeV.
ref-ttz = A produção de pares de quarks top com um bóson Z ou W a 13 TeV.
ref-opendata = A publicação do ATLAS Open Data a 13 TeV: o que contém e como foi feita.
ref-opendata-site = ATLAS Open Data: dados, amostras simuladas, documentação e mais material didático.
