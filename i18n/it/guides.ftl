## Pannello

guide-heading = Percorso guidato
guide-choose = Scegli un percorso guidato
guide-step = Passo { $n } di { $total }
guide-look-at = Guarda il grafico di { $axis }.
guide-show-me = Mostramelo
guide-shown = Fatto: il taglio è applicato. Confronta s, b e Z con il passo precedente.
guide-back = Indietro
guide-next = Avanti
guide-finish = Fine
guide-close = Chiudi la guida
guide-moved = s: { $s_before } → { $s_after }, b: { $b_before } → { $b_after }, Z: { $z_before } → { $z_after }
guide-challenge-heading = Sfida
guide-challenge = I tagli di questo percorso arrivano a Z = { $reached }. Sai fare di meglio? Cambia, aggiungi o togli tagli finché Z supera { $reached }.
guide-challenge-reached = Ottimo: s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Non ancora: Z = { $z }. Continua: cerca la variabile che separa meglio il segnale.

## Separa i segnali

path-separate-title = Separa i segnali
path-separate-intro = Ogni processo lascia la propria impronta nel rivelatore. Prima di cercare l'Higgs, impara a distinguere i fondi.
path-separate-1 = Guarda la massa dei due leptoni, mℓℓ. Il picco vicino a 91 GeV è il bosone Z: negli eventi Z + jet i due leptoni dello stesso sapore vengono dal decadimento di una Z, quindi la loro massa invariante è la massa della Z.
path-separate-2 = Tieni solo le coppie elettrone–muone. Una Z decade in ee o μμ, mai in eμ: questo solo taglio elimina quasi tutti gli eventi Z + jet, mentre WW e tt̄ restano.
path-separate-3 = Guarda il numero di jet identificati come b. Ogni quark top decade in un bosone W e un quark b, quindi gli eventi tt̄ hanno di solito uno o due jet b, gli eventi WW quasi nessuno.
path-separate-4 = Tieni gli eventi senza jet b. Questo veto sui b elimina gran parte del fondo tt̄; resta soprattutto WW, il fondo irriducibile della ricerca dell'Higgs.

## Trova l'Higgs (H → WW)

path-hww-title = Trova l'Higgs (H → WW)
path-hww-intro = Un bosone di Higgs decade in due bosoni W, ciascuno in un leptone e un neutrino. I neutrini sfuggono, quindi non c'è un picco di massa: bisogna selezionare il segnale dalla sua forma.
path-hww-1 = Tieni solo le coppie elettrone–muone. L'Higgs dà eμ tanto spesso quanto ee o μμ, ma l'enorme fondo Z + jet dà solo coppie dello stesso sapore.
path-hww-2 = Tieni gli eventi senza jet b. I quark top decadono sempre in quark b: il veto sui b toglie la maggior parte degli eventi tt̄ e tiene quasi tutti quelli dell'Higgs.
path-hww-3 = Tieni gli eventi con al più un jet. L'Higgs è prodotto soprattutto per fusione di gluoni, con pochi jet in più, mentre gli eventi tt̄ ne hanno due o più.
path-hww-4 = Tieni un impulso trasverso mancante sopra { $lower } GeV. I due neutrini portano via energia senza essere visti; la somma dei loro impulsi trasversi è la MET: gli eventi di segnale ne hanno un po', mentre in Z → ττ i neutrini dei due τ, emessi in direzioni opposte, si compensano in gran parte.
path-hww-5 = Tieni gli eventi in cui la coppia di leptoni e la MET puntano in direzioni opposte: Δφ(ℓℓ, MET) sopra π/2 ({ $lower } rad, un angolo retto). L'Higgs è prodotto quasi fermo nel piano trasverso, quindi i suoi due neutrini rinculano contro i suoi due leptoni carichi; in Z → ττ i neutrini seguono i leptoni.
path-hww-6 = Tieni un impulso trasverso della coppia di leptoni sopra { $lower } GeV. In Z → ττ ogni τ cede gran parte della sua energia ai neutrini, e un leptone falso da un jet è di solito soffice: questi fondi danno coppie più lente dell'Higgs.
path-hww-7 = Tieni una massa dei due leptoni sotto { $upper } GeV. L'Higgs ha spin 0, quindi i due bosoni W hanno spin opposti e i due leptoni carichi tendono a uscire nella stessa direzione: la loro massa invariante è piccola.
path-hww-8 = Tieni angoli piccoli tra i leptoni: Δφℓℓ sotto { $upper } rad. Per la stessa ragione di spin, i leptoni dell'Higgs sono vicini, mentre nel fondo WW sono più spesso opposti.
path-hww-9 = Guarda la massa trasversa mT, su cui si fa il fit. Per l'Higgs non potrebbe superare 125 GeV se tutto fosse misurato perfettamente, e con la risoluzione del rivelatore la supera di rado, quindi il segnale si accumula sotto questo valore, mentre WW si estende a masse più alte.

## Trova l'Higgs (H → ZZ → 4ℓ)

path-hzz-title = Trova l'Higgs (H → ZZ → 4ℓ)
path-hzz-intro = Il «canale d'oro»: un Higgs decade in due bosoni Z, uno dei quali virtuale, e ogni Z in una coppia di elettroni o di muoni. I quattro leptoni sono misurati con precisione, quindi l'Higgs appare come un picco stretto.
path-hzz-1 = Guarda la massa dei quattro leptoni, m₄ℓ. La distribuzione larga viene da coppie di bosoni Z prodotte senza Higgs (il continuo ZZ); il picco vicino a 91 GeV è una sola Z che ha emesso una seconda coppia di leptoni.
path-hzz-2 = Guarda m₁₂, la massa della coppia più vicina alla Z. Nella maggior parte degli eventi una coppia viene da una Z reale, quindi m₁₂ ha un picco a 91 GeV.
path-hzz-3 = Tieni m₁₂ tra { $lower } e { $upper } GeV. Così si richiede una Z reale e si tolgono gli eventi i cui leptoni non vengono da decadimenti di Z.
path-hzz-4 = Tieni m₃₄ tra { $lower } e { $upper } GeV. La massa dell'Higgs (125 GeV) è minore di due masse della Z, quindi la seconda Z è virtuale e più leggera; una coppia molto leggera quasi mai viene da una Z.
path-hzz-5 = Tieni m₄ℓ tra { $lower } e { $upper } GeV. Il segnale è concentrato in questa finestra intorno a 125 GeV, mentre il continuo ZZ si distribuisce su centinaia di GeV: la significatività cresce.
path-hzz-6 = Guarda un candidato nel picco. Fai clic sulla barra di m₄ℓ a 125 GeV (o premi «Collisioni in un bin» sotto il grafico) e apri una delle collisioni reali: quattro leptoni escono dal centro. Gli elettroni si fermano nel calorimetro, i muoni attraversano tutto il rivelatore. La tabella riporta i loro impulsi, e la m₄ℓ calcolata da essi è il posto di questa collisione nel grafico.

## Trova ttZ

path-ttz-title = Trova ttZ
path-ttz-intro = Una coppia di quark top prodotta insieme a un bosone Z è rara: circa un evento tt̄ su mille. Qui la Z decade in due leptoni e i due top in jet.
path-ttz-1 = Tieni le coppie dello stesso sapore, ee o μμ. Una Z decade in due leptoni dello stesso sapore; le coppie eμ vengono da altri processi come tt̄.
path-ttz-2 = Tieni una massa dei due leptoni tra { $lower } e { $upper } GeV. I due leptoni di una Z hanno una massa invariante vicina a 91 GeV, quindi questa finestra seleziona bosoni Z.
path-ttz-3 = Tieni gli eventi con almeno un jet b. Ogni quark top decade in un quark b, quindi richiedere un jet b toglie la maggior parte degli eventi Z + jet, che raramente contengono quark b.
path-ttz-4 = Tieni gli eventi con almeno cinque jet. Due top che decadono in quark danno fino a sei jet, più di una Z con jet aggiuntivi comuni.
path-ttz-5 = Guarda l'impulso trasverso mancante. Poiché i due top decadono in quark, non ci sono neutrini dai bosoni W e il segnale ha poca MET.

## Trova tt̄Z con tre leptoni

path-ttz3l-title = Trova tt̄Z con tre leptoni
path-ttz3l-intro = Una coppia di quark top prodotta insieme a un bosone Z. Qui la Z decade in due leptoni e uno dei quark top ne dà un terzo (t → bW, W → ℓν), mentre l'altro decade in quark. Pochissimi processi danno tre leptoni isolati insieme a jet b, quindi questo canale è molto più pulito di quello a due leptoni, sommerso da Z + jet e tt̄.
path-ttz3l-1 = Guarda la massa del candidato Z. Dei tre leptoni, due hanno lo stesso sapore e cariche opposte; la coppia più vicina a 91 GeV è il candidato Z. tt̄Z, WZ e ZZ contengono tutti una Z vera, quindi quasi ogni evento sta nel picco alla massa della Z.
path-ttz3l-2 = Tieni una massa del candidato Z tra { $lower } e { $upper } GeV: la massa della Z, 91,19 GeV, più o meno 10 GeV. La finestra tiene le Z vere e toglie gli eventi la cui coppia sembra soltanto una Z, come tt̄ con un terzo leptone dal decadimento di un adrone b.
path-ttz3l-3 = Tieni gli eventi con almeno un jet b (identificato al punto di lavoro del 77 %: si trovano circa tre jet b veri su quattro). Ogni quark top decade in un quark b, mentre WZ e ZZ, i fondi più grandi finora, ne contengono di rado uno: questo taglio ne toglie la maggior parte.
path-ttz3l-4 = Tieni gli eventi con almeno tre jet. Il secondo quark top decade in un quark b e un bosone W che dà altri due quark, quindi tt̄Z ha fino a quattro jet, mentre WZ e ZZ hanno jet solo da radiazione aggiuntiva.
path-ttz3l-5 = Guarda il numero di jet, su cui il fit misura il segnale. Il suo grafico applica tutti i tagli tranne il proprio: tt̄Z dà tre jet o più, mentre ciò che resta di WZ e ZZ ne ha per lo più meno.

## Isola WW (esploratore)

path-isolate_ww-title = Isola WW
path-isolate_ww-intro = Due bosoni W, che decadono ciascuno in un leptone e un neutrino. Riesci a costruire uno stato finale in cui WW sia il processo più grande?
path-isolate_ww-1 = Tieni le coppie di segno opposto. I due bosoni W hanno cariche opposte, e così i loro leptoni.
path-isolate_ww-2 = Tieni le coppie elettrone–muone. I bosoni Z decadono in ee o μμ, mai in eμ, quindi la maggior parte degli eventi Z se ne va mentre WW resta.
path-isolate_ww-3 = Tieni gli eventi senza jet b. I quark top decadono in quark b; gli eventi WW ne hanno raramente.
path-isolate_ww-4 = Tieni gli eventi senza jet sopra 30 GeV. WW è prodotto per lo più senza jet aggiuntivi, mentre una coppia di quark top porta sempre due quark b.
path-isolate_ww-5 = Tieni una massa dei due leptoni sopra { $lower } GeV. Z → ττ dà coppie eμ soffici di massa bassa; i leptoni di due veri bosoni W portano più energia.
path-isolate_ww-6 = Tieni un impulso trasverso mancante sopra { $lower } GeV. I due neutrini del WW sfuggono senza essere visti e lasciano MET; in Z → ττ i neutrini dei due τ, emessi in direzioni opposte, si compensano in gran parte. Ora WW è il processo più grande.

## Isola tt̄ (esploratore)

path-isolate_ttbar-title = Isola tt̄
path-isolate_ttbar-intro = Una coppia di quark top: ogni top decade in un quark b e un bosone W, qui entrambi i W in un leptone e un neutrino. Trova la sua impronta.
path-isolate_ttbar-1 = Tieni le coppie di segno opposto. I due bosoni W di una coppia di top hanno cariche opposte.
path-isolate_ttbar-2 = Tieni le coppie elettrone–muone, che nessun bosone Z produce.
path-isolate_ttbar-3 = Tieni gli eventi con almeno { $lower } jet b. Ogni quark top dà un quark b, e quasi nient'altro in questa selezione.
path-isolate_ttbar-4 = Tieni gli eventi con almeno { $lower } jet: i due quark b fanno due jet, e la radiazione aggiuntiva spesso di più.

## Isola Z → ττ (esploratore)

path-isolate_ztautau-title = Isola Z → ττ
path-isolate_ztautau-intro = Un bosone Z che decade in due leptoni τ, ogni τ in un elettrone o un muone e due neutrini. Si nasconde sotto processi molto più grandi: trovalo.
path-isolate_ztautau-1 = Tieni le coppie di segno opposto: i due leptoni τ di una Z hanno cariche opposte.
path-isolate_ztautau-2 = Tieni le coppie elettrone–muone. Z → ee e Z → μμ sono molto più frequenti ma non danno mai eμ; un τ che dà un elettrone e l'altro un muone sì.
path-isolate_ztautau-3 = Tieni gli eventi senza jet b, il che toglie la maggior parte delle coppie di quark top.
path-isolate_ztautau-4 = Tieni una massa dei due leptoni tra { $lower } e { $upper } GeV. I neutrini portano via energia, quindi i due leptoni hanno meno della massa della Z.
path-isolate_ztautau-5 = Tieni leptoni separati di almeno { $lower } rad in φ. La Z è prodotta quasi ferma nel piano trasverso, quindi i leptoni τ partono in direzioni opposte.
