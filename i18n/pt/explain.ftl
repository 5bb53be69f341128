# Partly translated: the glossary is here; every other message of the page is shown in English (the fallback).
# Translations may be added message by message; the i18n completeness test checks their placeholders.

## Glossário (traduzido; o resto da página ainda está em inglês)

glossary-heading = Glossário
glossary-lepton-term = Lépton
glossary-lepton = Uma partícula elementar que não sente a força forte. Este analisador usa elétrons (e) e múons (μ), que o detector mede com muita precisão; os neutrinos (ν) também são léptons, mas escapam sem ser vistos.
glossary-jet-term = Jato
glossary-jet = Um feixe estreito de hádrons deixado por um quark ou um glúon, que não podem existir sozinhos; a energia e a direção do jato são as do quark ou glúon original.
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
glossary-lumi = Quantas colisões o detector registrou, em femtobarns inversos (fb⁻¹). A publicação do ATLAS Open Data usada aqui tem 10 fb⁻¹ de dados de 2015–2016.
glossary-significance-term = Significância
glossary-significance = O quão improvável é que só o fundo tenha flutuado até o que se vê, em desvios padrão (σ). 3σ é chamado de evidência e 5σ de descoberta.
