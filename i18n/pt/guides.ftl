## Painel

guide-heading = Roteiro guiado
guide-choose = Escolha um roteiro guiado
guide-step = Passo { $n } de { $total }
guide-look-at = Observe o gráfico de { $axis }.
guide-show-me = Mostre-me
guide-shown = Pronto: o corte foi aplicado. Compare s, b e Z com o passo anterior.
guide-back = Voltar
guide-next = Próximo
guide-finish = Concluir
guide-close = Fechar o guia
guide-moved = s: { $s_before } → { $s_after }, b: { $b_before } → { $b_after }, Z: { $z_before } → { $z_after }
guide-challenge-heading = Desafio
guide-challenge = Os cortes deste roteiro chegam a Z = { $reached }. Você consegue fazer melhor? Mude, acrescente ou remova cortes até Z passar de { $reached }.
guide-challenge-reached = Muito bem: s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Ainda não: Z = { $z }. Continue tentando: veja qual variável separa melhor o sinal.

## Separe os sinais

path-separate-title = Separe os sinais
path-separate-intro = Cada processo deixa sua própria marca no detector. Antes de procurar o Higgs, aprenda a distinguir os fundos.
path-separate-1 = Observe a massa dos dois léptons, mℓℓ. O pico perto de 91 GeV é o bóson Z: nos eventos Z + jatos os dois léptons, de mesmo sabor, vêm do decaimento de um Z, então sua massa invariante é a massa do Z.
path-separate-2 = Fique só com os pares elétron–múon. Um bóson Z decai em ee ou μμ, nunca em eμ, então este único corte remove quase todos os eventos Z + jatos, enquanto WW e tt̄ permanecem.
path-separate-3 = Observe o número de jatos marcados como b. Cada quark top decai em um bóson W e um quark b, por isso os eventos tt̄ costumam ter um ou dois jatos b, e os eventos WW quase nenhum.
path-separate-4 = Fique com os eventos sem nenhum jato b. Este veto de b remove a maior parte do fundo tt̄; o que resta é sobretudo WW, o fundo irredutível da busca pelo Higgs.

## Encontre o Higgs (H → WW)

path-hww-title = Encontre o Higgs (H → WW)
path-hww-intro = Um bóson de Higgs decai em dois bósons W, cada um dando um lépton e um neutrino. Os neutrinos escapam, então não há pico de massa: é preciso selecionar o sinal pela sua forma.
path-hww-1 = Fique só com os pares elétron–múon. O Higgs dá eμ tão frequentemente quanto ee ou μμ, mas o enorme fundo Z + jatos só dá pares de mesmo sabor.
path-hww-2 = Fique com os eventos sem nenhum jato b. Os quarks top sempre decaem em quarks b, então o veto de b remove a maioria dos eventos tt̄ e mantém quase todos os do Higgs.
path-hww-3 = Fique com os eventos com no máximo um jato. O Higgs é produzido principalmente por fusão de glúons, com poucos jatos extras, enquanto os eventos tt̄ trazem dois ou mais.
path-hww-4 = Fique com um momento transverso faltante acima de { $lower } GeV. Os dois neutrinos levam energia sem serem vistos; a soma dos seus momentos transversos é a MET: os eventos de sinal têm alguma, enquanto em Z → ττ os neutrinos dos dois τ, emitidos em direções opostas, se compensam em grande parte.
path-hww-5 = Fique com os eventos em que o par de léptons e a MET apontam em direções opostas: Δφ(ℓℓ, MET) acima de π/2 ({ $lower } rad, um ângulo reto). O Higgs é produzido quase em repouso no plano transverso, então seus dois neutrinos recuam contra seus dois léptons carregados; em Z → ττ os neutrinos seguem os léptons.
path-hww-6 = Fique com um momento transverso do par de léptons acima de { $lower } GeV. Em Z → ττ cada τ cede boa parte da sua energia a neutrinos, e um lépton falso vindo de um jato costuma ser mole: esses fundos dão pares mais lentos que o Higgs.
path-hww-7 = Fique com uma massa dos dois léptons abaixo de { $upper } GeV. O Higgs tem spin 0, então os dois bósons W têm spins opostos e os dois léptons carregados tendem a sair na mesma direção: sua massa invariante é pequena.
path-hww-8 = Fique com ângulos pequenos entre os léptons: Δφℓℓ abaixo de { $upper } rad. Pelo mesmo motivo de spin, os léptons do Higgs saem próximos, enquanto no fundo WW saem mais vezes em direções opostas.
path-hww-9 = Observe a massa transversa mT, sobre a qual se faz o ajuste. Para o Higgs ela não poderia passar de 125 GeV se tudo fosse medido com perfeição, e com a resolução do detector raramente passa, então o sinal se acumula abaixo desse valor, enquanto WW se espalha para massas maiores.

## Encontre o Higgs (H → ZZ → 4ℓ)

path-hzz-title = Encontre o Higgs (H → ZZ → 4ℓ)
path-hzz-intro = O "canal de ouro": um Higgs decai em dois bósons Z, um deles virtual, e cada Z em um par de elétrons ou de múons. Os quatro léptons são medidos com precisão, então o Higgs aparece como um pico estreito.
path-hzz-1 = Observe a massa dos quatro léptons, m₄ℓ. A distribuição larga vem de pares de bósons Z produzidos sem Higgs (o contínuo ZZ); o pico perto de 91 GeV é um único Z que emitiu um segundo par de léptons.
path-hzz-2 = Observe m₁₂, a massa do par mais próximo do Z. Na maioria dos eventos um par de léptons vem de um Z real, então m₁₂ tem um pico em 91 GeV.
path-hzz-3 = Fique com m₁₂ entre { $lower } e { $upper } GeV. Assim se exige um bóson Z real e se removem os eventos cujos léptons não vêm de decaimentos de Z.
path-hzz-4 = Fique com m₃₄ entre { $lower } e { $upper } GeV. A massa do Higgs (125 GeV) é menor que duas massas do Z, então o segundo Z é virtual e mais leve; um par muito leve quase nunca vem de um Z.
path-hzz-5 = Fique com m₄ℓ entre { $lower } e { $upper } GeV. O sinal se concentra nesta janela em torno de 125 GeV, enquanto o contínuo ZZ se espalha por centenas de GeV: a significância cresce.
path-hzz-6 = Veja um candidato do pico. Clique na barra de m₄ℓ em 125 GeV (ou aperte “Colisões em um bin” abaixo do gráfico) e abra uma das colisões reais: quatro léptons saem do centro. Os elétrons param no calorímetro e os múons atravessam todo o detector. A tabela dá seus momentos, e a m₄ℓ calculada a partir deles é o lugar desta colisão no gráfico.

## Encontre ttZ

path-ttz-title = Encontre ttZ
path-ttz-intro = Um par de quarks top produzido junto com um bóson Z é raro: cerca de um em cada mil eventos tt̄. Aqui o Z decai em dois léptons e os dois tops em jatos.
path-ttz-1 = Fique com pares de mesmo sabor, ee ou μμ. Um bóson Z decai em dois léptons de mesmo sabor; os pares eμ vêm de outros processos, como tt̄.
path-ttz-2 = Fique com uma massa dos dois léptons entre { $lower } e { $upper } GeV. Os dois léptons de um Z têm massa invariante próxima de 91 GeV, então esta janela seleciona bósons Z.
path-ttz-3 = Fique com os eventos com pelo menos um jato b. Cada quark top decai em um quark b, então exigir um jato b remove a maioria dos eventos Z + jatos, que raramente contêm quarks b.
path-ttz-4 = Fique com os eventos com pelo menos cinco jatos. Dois tops decaindo em quarks dão até seis jatos, mais do que um Z com jatos extras comuns.
path-ttz-5 = Observe o momento transverso faltante. Como os dois tops decaem em quarks, não há neutrinos dos bósons W e o sinal tem pouca MET.

## Encontre tt̄Z com três léptons

path-ttz3l-title = Encontre tt̄Z com três léptons
path-ttz3l-intro = Um par de quarks top produzido junto com um bóson Z. Aqui o Z decai em dois léptons e um dos quarks top dá um terceiro (t → bW, W → ℓν), enquanto o outro decai em quarks. Pouquíssimos processos dão três léptons isolados junto com jatos b, então este canal é muito mais limpo que o de dois léptons, que se afoga em Z + jatos e tt̄.
path-ttz3l-1 = Observe a massa do candidato a Z. Dos três léptons, dois têm o mesmo sabor e cargas opostas; o par mais próximo de 91 GeV é o candidato a Z. tt̄Z, WZ e ZZ contêm todos um Z real, então quase todo evento fica no pico da massa do Z.
path-ttz3l-2 = Fique com uma massa do candidato a Z entre { $lower } e { $upper } GeV: a massa do Z, 91,19 GeV, com 10 GeV de margem para cada lado. A janela mantém os bósons Z reais e remove os eventos cujo par só se parece com um Z, como tt̄ com um terceiro lépton do decaimento de um hádron b.
path-ttz3l-3 = Fique com os eventos com pelo menos um jato b (marcado no ponto de trabalho de 77 %: cerca de três em cada quatro jatos b reais são encontrados). Cada quark top decai em um quark b, enquanto WZ e ZZ, os maiores fundos até aqui, raramente contêm um: este corte remove a maioria deles.
path-ttz3l-4 = Fique com os eventos com pelo menos três jatos. O segundo quark top decai em um quark b e um bóson W que dá mais dois quarks, então tt̄Z tem até quatro jatos, enquanto WZ e ZZ só têm jatos de radiação extra.
path-ttz3l-5 = Observe o número de jatos, no qual o ajuste mede o sinal. O seu gráfico aplica todos os cortes menos o próprio: tt̄Z dá três jatos ou mais, enquanto o que sobra de WZ e ZZ tem quase sempre menos.

## Isole WW (explorador)

path-isolate_ww-title = Isole WW
path-isolate_ww-intro = Dois bósons W, cada um decaindo em um lépton e um neutrino. Consegue construir um estado final em que WW seja o maior processo?
path-isolate_ww-1 = Fique com os pares de sinais opostos. Os dois bósons W têm cargas opostas, e os seus léptons também.
path-isolate_ww-2 = Fique com os pares elétron–múon. Os bósons Z decaem em ee ou μμ, nunca em eμ, então a maioria dos eventos Z sai e WW fica.
path-isolate_ww-3 = Fique com os eventos sem jatos b. Os quarks top decaem em quarks b; eventos WW raramente têm um.
path-isolate_ww-4 = Fique com os eventos sem jatos acima de 30 GeV. WW é produzido quase sempre sem jatos extras, enquanto um par de quarks top sempre traz dois quarks b.
path-isolate_ww-5 = Fique com uma massa dos dois léptons acima de { $lower } GeV. Z → ττ dá pares eμ moles de massa baixa; os léptons de dois bósons W reais levam mais energia.
path-isolate_ww-6 = Fique com um momento transverso faltante acima de { $lower } GeV. Os dois neutrinos do WW escapam sem serem vistos e deixam MET; em Z → ττ os neutrinos dos dois τ, emitidos em direções opostas, se compensam em grande parte. Agora o WW é o processo maior.

## Isole tt̄ (explorador)

path-isolate_ttbar-title = Isole tt̄
path-isolate_ttbar-intro = Um par de quarks top: cada top decai em um quark b e um bóson W, aqui os dois W em um lépton e um neutrino. Encontre a sua impressão digital.
path-isolate_ttbar-1 = Fique com os pares de sinais opostos. Os dois bósons W de um par de tops têm cargas opostas.
path-isolate_ttbar-2 = Fique com os pares elétron–múon, que nenhum bóson Z produz.
path-isolate_ttbar-3 = Fique com os eventos com pelo menos { $lower } jato b. Cada quark top dá um quark b, e quase nada mais nesta seleção dá.
path-isolate_ttbar-4 = Fique com os eventos com pelo menos { $lower } jatos: os dois quarks b fazem dois jatos, e a radiação extra muitas vezes mais.

## Isole Z → ττ (explorador)

path-isolate_ztautau-title = Isole Z → ττ
path-isolate_ztautau-intro = Um bóson Z decaindo em dois léptons τ, cada τ em um elétron ou um múon e dois neutrinos. Ele se esconde sob processos muito maiores: encontre-o.
path-isolate_ztautau-1 = Fique com os pares de sinais opostos: os dois léptons τ de um Z têm cargas opostas.
path-isolate_ztautau-2 = Fique com os pares elétron–múon. Z → ee e Z → μμ são muito mais comuns mas nunca dão eμ; um τ dando um elétron e o outro um múon, sim.
path-isolate_ztautau-3 = Fique com os eventos sem jatos b, o que remove a maioria dos pares de quarks top.
path-isolate_ztautau-4 = Fique com uma massa dos dois léptons entre { $lower } e { $upper } GeV. Os neutrinos levam energia, então os dois léptons têm menos que a massa do Z.
path-isolate_ztautau-5 = Fique com léptons separados por pelo menos { $lower } rad em φ. O Z é produzido quase em repouso no plano transverso, então os léptons τ saem em direções opostas.
