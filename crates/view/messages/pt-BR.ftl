# As frases do Wattsworth em português do Brasil (pt-BR), traduzidas de messages/en.ftl.
#
# Sintaxe Fluent (https://projectfluent.org), o subconjunto que `view::language` lê: uma mensagem
# por linha, `{ $name }` para um número que a página preenche (já escrito no formato do leitor) e
# seletores com uma variante por linha. Chaves dos seletores como em inglês: `$sign` é `gain` ou
# `loss`, `$mode` é `lease` ou `cloud`, `$site` é `mining` ou `dark`.
# "In today's money" é sempre "em valor presente".

## A página em torno da resposta

page-tagline = Quanto vale um megawatt: minerando bitcoin ou hospedando IA?
page-language = Idioma
preset-label = Partir de um negócio real
preset-choose = Escolha um negócio…
currency-label = Moeda
currency-per-usd = por US$
inputs-key = Premissas principais
inputs-more = Mais premissas
input-source = Fonte
input-assumption = Premissa
input-as-of = posição em { $date }
input-reset = Restaurar “{ $label }” ao valor padrão
mode-lease = Locar a um inquilino ($/kW-mês)
mode-cloud = Operar uma nuvem de GPU ($/GPU-hora)
terms-summary = O que significam estes termos
data-table = Tabela de dados

## O veredito: uma só frase, de no máximo 32 palavras

verdict-none = Não converter nada desta instalação de { $mw } MW não muda nada: continuar minerando vale { $mining } em valor presente.
verdict-deal = { $terms }, { $mode ->
        [lease] locar esta instalação
       *[cloud] operar uma nuvem de GPU nesta instalação
    } de { $mw } MW a partir de { $start } { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente ante { $site ->
        [dark] deixá-la desligada
       *[mining] continuar minerando
    }.
verdict-lease = Locar esta instalação de { $mw } MW a um inquilino de IA em vez de minerar { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente; continuar minerando vale { $mining }.
verdict-lease-part = Locar { $share } desta instalação de { $mw } MW para IA e minerar no restante { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente; minerar na instalação toda vale { $mining }.
verdict-cloud = Operar uma nuvem de GPU nesta instalação de { $mw } MW em vez de minerar { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente; continuar minerando vale { $mining }.
verdict-cloud-part = Operar uma nuvem de GPU em { $share } desta instalação de { $mw } MW e minerar no restante { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente; minerar na instalação toda vale { $mining }.
verdict-lease-dark = Locar esta instalação de { $mw } MW a um inquilino de IA { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente frente a deixá-la desligada.
verdict-lease-part-dark = Locar { $share } desta instalação de { $mw } MW para IA { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente frente a deixá-la desligada.
verdict-cloud-dark = Operar uma nuvem de GPU nesta instalação de { $mw } MW { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente frente a deixá-la desligada.
verdict-cloud-part-dark = Operar uma nuvem de GPU em { $share } desta instalação de { $mw } MW { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente frente a deixá-la desligada.

## Em que condições o veredito de um negócio é calculado (uma por caso) e sua ressalva

terms-today = Nas condições atuais de mercado
terms-csc = Pelo contrato da Core Scientific
terms-wulf = Pelo contrato da TeraWulf
terms-cifr-fs = Pelo contrato da Cipher com a Fluidstack
terms-hut8 = Pelo contrato da Hut 8 em River Bend
terms-hut8-bp = Pelo contrato da Hut 8 em Beacon Point
terms-cifr = Pelo contrato da Cipher com a AWS
terms-riot-amd = Pelo contrato da Riot com a AMD
terms-iren = Pelo contrato da IREN com a Microsoft
terms-iren-nvda = Pelo contrato da IREN com a NVIDIA
caveat-cifr = 300 MW considerados como carga de TI
caveat-iren-nvda = porte estimado

## A base do veredito: a linha logo abaixo

tax-after = após impostos
tax-none = alíquota de imposto de 0%
basis-pre-tax = antes de impostos, sem dívida
basis-no-debt = { $tax }, sem dívida
basis-no-loan = { $tax }, nenhum empréstimo atende a um índice de cobertura do serviço da dívida de { $cover }
basis-borrowed = { $tax }, { $share } financiado com dívida
basis-borrowed-at = { $tax }, { $share } financiado com dívida a { $coupon }
rates-one = todos os fluxos de caixa a { $rate }
rates-ai = { $what ->
        [rent] aluguel
       *[gpu] receita de GPU
    } a { $rent }
rates-ai-mining = { $what ->
        [rent] aluguel
       *[gpu] receita de GPU
    } a { $rent }, mineração a { $mining }
after-none = apenas os anos do contrato
after-years = considerando { $years } { $years ->
        [one] ano
       *[other] anos
    } após o contrato
basis = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }.
basis-start = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }; início hipotético em { $start }.
basis-start-caveat = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }; início hipotético em { $start }; { $caveat }.

## O que significam as palavras do veredito

term-today = Em valor presente
term-today-gloss = quanto vale hoje o caixa que ainda vai entrar: o caixa de cada ano pesa menos quanto mais distante ele está (seu valor hoje, ou valor presente líquido, VPL).
term-rates = Taxas de desconto
term-rates-gloss = quanto menos: uma taxa anual para cada risco. O aluguel garantido por uma empresa com grau de investimento é o mais seguro; o que depende só do crédito do inquilino, menos; o caixa da mineração de bitcoin, que oscila com o preço do bitcoin, o menos seguro de todos (seção 1 da metodologia).
term-borrowed = Financiado com dívida
term-borrowed-gloss = a parcela do custo da conversão paga com empréstimo, até o limite que o índice de cobertura do serviço da dívida exigido pelos credores permite (caixa disponível sobre as parcelas).
term-after = Após o contrato
term-after-lease-gloss = o imóvel pode ser locado de novo quando o contrato termina: os anos seguintes entram na conta, descontado o custo de uma reforma.
term-after-cloud-gloss = o galpão pode ser locado de novo quando o contrato termina: os anos seguintes entram na conta, descontado o custo de uma reforma, com o valor das GPUs ainda em uso.

## Quem sai na frente, em poucas palavras

ahead-converting = Converter sai na frente por { $value }
ahead-mining = Minerar sai na frente por { $value }

## O gráfico do veredito: o valor presente de cada caminho

chart-value = Quanto vale hoje cada caminho, mês a mês
value-takeaway = Converter { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value }: a distância entre as linhas no fim.
value-takeaway-after = Converter { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value }: a distância entre as linhas no fim. O degrau do último mês é quanto vale cada caminho após o contrato.
value-describe = Gráfico de linhas do valor presente de cada caminho, seu total acumulado mês a mês por { $span } a partir de { $start }, com o caixa de cada mês descontado à sua taxa: continuar minerando termina em { $mining } e converter, em { $converting }; a distância entre os dois é o número do veredito.
value-axis-x = Anos desde o início
value-axis-y = Valor presente, acumulado
value-band = converter
value-gap = { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value }
key-converting = Converter
key-mining-on = Continuar minerando
key-left-dark = Deixar desligada

## Avisos de idioma

language-unknown = Idioma: “{ $asked }” não é um dos idiomas desta página; exibindo em { $shown }
language-missing = Algumas frases ainda não foram traduzidas para este idioma ({ $shown }) e aparecem em inglês
language-unreachable = Não foi possível carregar o texto em { $shown }; exibindo em inglês
cite = Wattsworth { $version }, versão do modelo { $model }, dados de mercado de { $data }, gerado em { $built }. { $title } { $link } (acesso em { $accessed }).
picture-open = Abrir a calculadora com este cenário
language-partial = Abaixo da resposta, parte desta página ainda está em inglês.
sourced = Valores padrão a partir de números datados e com fonte{ $deals }; valores sem fonte aparecem como premissas.
sourced-deals = (negócios de { $years })
embed-open-full = Abrir a calculadora completa com este cenário ↗

## Períodos de tempo e anos no eixo dos gráficos

span-months = { $months } { $months ->
        [one] mês
       *[other] meses
    }
span-years = { $years } { $years ->
        [one] ano
       *[other] anos
    }
span-years-months = { $years } { $years ->
        [one] ano
       *[other] anos
    } e { $months } { $months ->
        [one] mês
       *[other] meses
    }
tick-years = { $years } { $years ->
        [one] ano
       *[other] anos
    }

## Grau de certeza: as premissas dentro de cuja faixa o resultado se inverte

sure-holds = Grau de certeza: o resultado se mantém em toda a faixa indicada pelas fontes para cada premissa com fonte e em toda a faixa que adotamos para cada premissa estimada, variando uma de cada vez (premissas com fonte: { $sourced }; estimadas: { $assumed }).
sure-turns = Grau de certeza: o resultado se inverte { $groups }.
sure-turns-more = Grau de certeza: o resultado se inverte { $groups }, e também com mais { $count } { $count ->
        [one] premissa
       *[other] premissas
    }.
sure-group-sourced = dentro do que as fontes indicam para { $names }
sure-group-between = entre o que as fontes indicam e o valor adotado para { $names }
sure-group-assumed = dentro da faixa que adotamos para { $names }
sure-groups-2 = { $a }, e { $b }
sure-groups-3 = { $a }, { $b }, e { $c }
sure-named = “{ $label }” ({ $range }; { $even })
sure-even-1 = ponto de equilíbrio em { $a }
sure-even-2 = pontos de equilíbrio em { $a } e { $b }
sure-even-3 = pontos de equilíbrio em { $a }, { $b } e { $c }
sure-even-many = { $count } pontos de equilíbrio, de { $first } a { $last }
sure-outside = { $level }, fora dessa faixa
sure-years = { $years } { $years ->
        [one] ano
       *[other] anos
    }
list-2 = { $a } e { $b }
list-3 = { $a }, { $b } e { $c }

## Por que as mineradoras migram para a IA: quanto cada negócio gera e quanto os investidores pagam por ele

why-none = Nada é convertido aqui: a instalação inteira continua minerando.
why-lease = Uma locação rende ao proprietário { $ebitda } por ano antes de juros, impostos e depreciação{ $prepaid }{ $once }, por { $years } a partir de { $from }, { $backed }, e, ao final, o imóvel pode ser locado de novo.
why-cloud = Um contrato de GPU gera { $ebitda } por ano antes de juros, impostos e depreciação{ $prepaid }{ $once }, por { $years } a partir de { $from }, { $backed }, mas suas GPUs se desgastam antes do fim do contrato.
why-prepaid = (além dos { $share }% da receita pagos antecipadamente, contabilizados quando pagos)
why-once = uma vez em plena operação (a partir de { $month })
why-years = { $years } { $years ->
        [one] ano
       *[other] anos
    }
why-backed-all = com garantia de uma empresa com grau de investimento
why-backed-part = com { $share }% garantidos por uma empresa com grau de investimento
why-backed-none = tendo como única garantia o crédito do próprio inquilino
why-mining-dark = Esta instalação não tem máquinas de mineração: sem o negócio, ela ficaria desligada.
why-mining-never = Aqui a mineração nunca chega a cobrir seus custos operacionais: as máquinas não operam em nenhum dos { $months } meses.
why-mining = A mineração gera { $ebitda } nos doze meses a partir de { $first }{ $halving }, e as máquinas operam em { $on } dos { $months } meses.
why-halving = , mas o halving de { $month } derruba o hashprice de { $before } para { $after }
why-miners = { $span } pela mineração desta instalação
why-miners-none = uma instalação sem outra receita
why-market-lease = Os investidores pagam de 20 a 25 vezes o EBITDA anual por proprietárias de data centers listadas em bolsa e de 5 a 12 vezes por mineradoras: { $converted } pelas salas locadas, frente a { $miners }, com uma conversão que custa { $cost }; é outra ótica, à parte do valor presente acima.
why-market-cloud = Os investidores pagam de US$ 8 milhões a US$ 19 milhões de equity por MW de TI por empresas de colocation e de nuvem de GPU, e de 5 a 12 vezes o EBITDA anual por mineradoras: { $converted } pela nuvem de GPU, frente a { $miners }, com uma conversão que custa { $cost }; é outra ótica, à parte do valor presente acima.

## Se vale a pena esperar

when-wait = Quando: se a conversão começar em { $best }{ $edge }, e não agora, ela agrega { $more } a mais ({ $against } frente a continuar minerando).
when-wait-from = Quando: se a conversão começar em { $best }{ $edge }, e não em { $set }, ela agrega { $more } a mais ({ $against } frente a continuar minerando).
when-latest = , o último início avaliado

## Em torno da resposta

why-summary = Por que as mineradoras migram para a IA
others-summary = Outras formas de calcular
others-another = Outra ótica:
figures-summary = Por kWh, payback, o empréstimo e o retorno dos acionistas
figures-value-today = { $path }: valor presente
figures-kwh-mining = Mineração: { $unit } de capacidade
figures-kwh-ai = IA: { $unit } de capacidade
copy-sentence = Copiar esta frase
copy-done = Copiado: a frase, sua base de cálculo e alertas, as premissas principais e o link.
pin-on = Fixar este cenário para comparar
pin-off = Remover o cenário fixado
pin-note = Os gráficos mostram o cenário fixado como uma linha tracejada clara; o link o mantém.
notices-title = Alguns valores não foram usados como informados:
notices-more = e mais { $count }
notices-dismiss = Fechar
caution = Atenção:
embed-title = Minerar bitcoin ou hospedar IA?

## Os títulos dos demais gráficos

chart-cash = Outra ótica: caixa nominal, sem desconto
chart-annual = EBITDA por MW e por ano, e o que sobra após impostos e juros
chart-cover = O caminho da IA aguenta sua dívida? Caixa disponível sobre o serviço da dívida
chart-kwh = Receita por kWh: mineração, locação para IA, nuvem de GPU
chart-tornado = O que mais mexe no resultado
chart-map = Mapa de equilíbrio: onde converter compensa
chart-fan = Mineração sob incerteza frente ao caminho de IA contratado
chart-when = Quando converter: o resultado para cada mês de início

## As seções de premissas, suas contagens e a nota do resumo compacto

group-site = Instalação
group-mining = Mineração de bitcoin
group-network = Rede do bitcoin
group-ai = Hospedagem de IA
group-lease = Locação
group-gpu = Nuvem de GPU
group-finance = Finanças
group-tax = Impostos
group-debt = Dívida
inputs-defaults = { $shown ->
        [one] { $shown } premissa, no valor padrão
       *[other] { $shown } premissas, todas no valor padrão
    }
inputs-changed = { $shown } { $shown ->
        [one] premissa
       *[other] premissas
    }, { $changed } { $changed ->
        [one] alterada
       *[other] alteradas
    }
moved-none = Mexa em qualquer premissa: o efeito aparece aqui.
moved-many = { $first } e mais { $count }
moved-favour = { $what }: { $value } a mais a favor de { $side ->
        [converting] converter
       *[mining] continuar minerando
    }
moved-both = { $what }: { $change } nos dois caminhos; a diferença não muda
moved-nothing = { $what }: nenhum dos caminhos muda de valor
input-typed = { $label }, valor digitado
input-typed-unit = { $label } em { $unit }, valor digitado

## Compartilhar e rodapé

skip = Pular para os controles
share-copy-link = Copiar link
share-cite = Citar
share-embed = Incorporar
share-csv = Baixar dados (CSV)
share-notes = Notas sobre os dados (JSON)
share-notes-title = O que cada coluna contém e em que unidade, as premissas, fontes, datas e alertas (Frictionless Data)
share-link-copied = Link copiado.
share-citation-copied = Citação copiada.
share-csv-done = Dados baixados: { $file }.
share-notes-done = Notas baixadas: datapackage.json, referente a { $file }; mantenha os dois arquivos na mesma pasta.
share-refused = O navegador bloqueou a cópia: selecione o texto e copie manualmente.
foot-sources = Os números remetem a fontes citadas e datadas ou são indicados como premissas estimadas.
foot-methodology = Metodologia, fórmulas e fontes
foot-private = Roda inteiramente no seu navegador: nenhum dado é enviado a lugar algum.
foot-version = Wattsworth { $version }, gerado em { $built }.
foot-offline = Baixar para usar offline
foot-offline-note = (um único arquivo HTML, funciona sem conexão).

## Outras formas de calcular, receita por kWh e os detalhes abaixo da resposta

end-contract-only = Considerando só os anos do contrato, sem nada depois: { $ahead }.
end-lease = Considerando { $years } { $years ->
        [one] ano
       *[other] anos
    } após o contrato (renovado ou locado de novo pelo aluguel de mercado): { $ahead }.
end-cloud = Considerando { $years } { $years ->
        [one] ano
       *[other] anos
    } após o contrato (o galpão locado de novo pelo aluguel de mercado) e as GPUs ainda em uso: { $ahead }.
ahead-converting-lower = converter sai na frente por { $value }
ahead-mining-lower = minerar sai na frente por { $value }
bases-pre = Após impostos: { $after } sem dívida e { $financed } com dívida.
bases-after = Antes de impostos: { $pre }.
bases-financed = Antes de impostos e sem dívida: { $pre }; após impostos e sem dívida: { $after }.
kwh = Por kWh de capacidade de conexão à rede, no primeiro ano completo de operação da IA (a partir de { $from }), a IA fatura { $multiple } a receita bruta da mineração, antes de qualquer capex: { $holds }; { $claim }.
kwh-holds = aqui o “até 25×” se confirma
kwh-not = não chega a 25×
kwh-claim-at = uma nuvem de GPU chega a 25× com preço de { $price }/GPU-hora ou mais (preço de { $date }, utilização de { $utilisation }%, { $gpus } GPUs por MW de TI)
kwh-claim-never = uma nuvem de GPU que não venda nenhuma hora de GPU nunca chega a 25×
details-none = Nada é convertido, então não há payback, retorno nem empréstimo a informar.
rates-loan-same = { $rates } e o empréstimo à mesma taxa de { $loan }
rates-loan-market = { $rates } e o empréstimo a { $loan }, a taxa de mercado para o seu risco de crédito
payback-at-end = Com fluxos de caixa descontados ({ $on }; { $rates }), a conversão só se paga graças aos valores após o contrato, contabilizados no seu último mês ({ $span }).
payback = Com fluxos de caixa descontados ({ $on }; { $rates }), a conversão se paga em { $span }.
payback-never = Com fluxos de caixa descontados ({ $on }; { $rates }), a conversão não se paga.
irr-equity = TIR do acionista na conversão: { $irr } sobre no máximo { $equity } aportados pelos acionistas, frente a um custo do capital próprio de { $cost } (descontado a essa taxa, o caixa dos acionistas vale hoje { $value }).
irr-pre-tax = TIR da conversão (antes de impostos): { $irr }.
irr-after-tax = TIR da conversão (após impostos): { $irr }.
irr-above-100 = acima de 100% ao ano
irr-a-year = { $rate }% ao ano
hurdle-equity = o custo do capital próprio de { $cost }
hurdle-contract = a taxa de { $rate } que corresponde ao risco de crédito do contrato
irr-withheld = A TIR não é informada: { $why }.
irr-no-outlay = em nenhum mês a conversão custa mais que continuar minerando, então não há investimento sobre o qual medir um retorno
irr-gains-first = a conversão primeiro gera ganhos e só depois custos, então uma taxa de retorno não a descreve
irr-odd = a conversão rende { $rate }% ao ano sobre o seu caixa, o que não condiz com o seu valor quando se toma como referência { $hurdle }
irr-none-balances = nenhuma taxa mensal entre −99,99% e +10.000% zera o valor presente da diferença de caixa entre os dois caminhos
irr-many-signs = a diferença de caixa entre os dois caminhos muda de sinal mais de uma vez, então nenhuma taxa única a descreve
debt-none = Dívida: nenhuma; nenhum empréstimo atende ao covenant de ICSD de { $cover }.
debt-share = { $share } do custo
debt-share-sized = { $share } do custo: o máximo que o covenant de { $cover } permite, frente aos { $asked } pedidos
debt-lowest-sized = { $lowest } frente ao covenant de { $cover }
debt-coupon-market = sua taxa de juros, de { $coupon }, é a de mercado para o seu risco de crédito
debt-coupon-value = sua taxa de juros de { $coupon }, { $side ->
        [below] abaixo
       *[above] acima
    } dos { $market } que { $rate ->
        [one] valem para todos os fluxos
       *[market] o mercado cobra pelo seu risco de crédito
    }, vale { $value } para os acionistas { $with ->
        [reserve] considerando comissões e a conta reserva
       *[fees] considerando comissões
    }, antes do benefício fiscal dos juros
debt = Dívida: empréstimo de { $borrowed } ({ $share }), amortizado de { $from } a { $to }; índice de cobertura do serviço da dívida (ICSD) mínimo de { $lowest } ({ $month }) e médio de { $average }; { $value }.
network-responds = com o hashrate da rede reagindo às margens, o que puxa para baixo um hashprice alto
network-fixed = com o hashrate da rede crescendo { $growth }% ao ano, independentemente das margens
breakeven-hp = Para empatar com a conversão, a mineração precisaria de um hashprice de { $price }/PH/s/dia (posição em { $date }, { $network }).
breakeven-hp-record = Para empatar com a conversão, a mineração precisaria de um hashprice de { $price }/PH/s/dia (posição em { $date }, { $network }), acima do recorde de { $record } (2021).
breakeven-hp-none = Nenhum hashprice até { $top }/PH/s/dia permite à mineração empatar com a conversão ({ $network }).
breakeven-hp-never = A conversão perde com qualquer hashprice entre { $low } e { $top }/PH/s/dia: o prejuízo está no negócio de IA, não importa quanto a mineração gere.
running-dark = A instalação não tem máquinas de mineração: sem a conversão, ela fica desligada.
running-never-end = Aqui as máquinas nunca cobrem a energia e os demais custos operacionais, então ficam desligadas: a mineração vale apenas o que a instalação e as máquinas renderem no fim.
running-never = Aqui as máquinas nunca cobrem a energia e os demais custos operacionais, então ficam desligadas e a mineração vale { $zero }.
running-some = As máquinas próprias operam em { $on } { $months ->
        [one] de { $months } mês
       *[other] dos { $months } meses
    }: só quando a receita do mês cobre a energia e os demais custos operacionais.
valued = Período avaliado: de { $first } a { $last }; o contrato vai de { $cutover } a { $last }.
warn-no-debt = Nenhum empréstimo atende a um covenant de ICSD de { $cover }: em algum mês, o caixa do caminho da IA não cobre nenhum serviço da dívida com esse índice, então os números não incluem dívida.
warn-network-held = Com estas premissas, a rede encolheria para menos do dobro da frota desta instalação a partir de { $from }: ela é mantida nesse nível, pois o modelo não consegue precificar uma operação que mexa sozinha no hashprice.
warn-hashprice-beyond = O hashprice vai de { $low } a { $high } por PH/s por dia, fora de tudo o que já se viu (recorde de { $record }, 2021).
warn-hashprice-beyond-still = O hashprice vai de { $low } a { $high } por PH/s por dia, fora de tudo o que já se viu (recorde de { $record }, 2021): sem a reação da rede, o hashrate ignora as margens.
warn-value-beyond = Um dos caminhos vale mais de US$ 1 trilhão: as premissas não descrevem nenhuma instalação real.
warn-fleet-share = A frota chegaria a até { $share }% de toda a rede; o modelo trata a operação como pequena demais para mexer no hashprice.
warn-credits-exceed = Os créditos por corte de carga rendem mais do que a própria mineração: isso descreve uma comercializadora de energia, não uma mineradora.
warn-nothing-converted = Nenhuma parte da instalação é convertida: os dois caminhos são iguais.
warn-ramp-outlasts = O contrato termina antes de a instalação atingir a capacidade total.

## O gráfico de caixa, o EBITDA anual e a cobertura da dívida

cash-pre-tax = caixa antes de impostos
cash-after-tax = caixa após impostos
cash-financed = caixa após impostos e serviço da dívida
cash-same = O caixa dos dois caminhos é o mesmo: nada é convertido.
cash-discounted-ahead = Com o caixa descontado, converter continua saindo na frente.
cash-discounted-behind = Com o caixa descontado, a conversão não se paga.
cash-when-end-values = , mas só graças aos valores após o contrato, contabilizados no seu último mês: até lá, minerar sai na frente por { $behind }
cash-when-last = , vantagem que só alcança no seu último mês ({ $span })
cash-when-after = , vantagem que conquista de vez após { $span }
cash-ai-ends = Em termos de { $cash }, sem desconto, o caminho da IA termina com { $value } de vantagem sobre a mineração{ $when }.
cash-mining-ends = Em termos de { $cash }, sem desconto, a mineração termina com { $value } de vantagem sobre o caminho da IA.
annual-ebitda = No ano { $year }, o EBITDA da IA é de { $ai } por MW, frente a { $mining } da mineração.
annual-kept = O caminho da IA retém { $ai } disso após impostos, e a mineração, { $mining }.
annual-kept-financed = O caminho da IA retém { $ai } disso após impostos e juros, e a mineração, { $mining } após impostos.
cover-none = Nada é tomado emprestado, então não há dívida a cobrir.
cover-no-loan = Nenhum empréstimo atende ao covenant de ICSD de { $cover }: em algum mês, o caixa não cobriria nenhum serviço da dívida com esse índice.
cover-sized = O empréstimo é dimensionado para que o ICSD nunca fique abaixo do covenant de { $cover }: { $share } do custo, e não os { $asked } pedidos; o ICSD mínimo ocorre em { $month }.
cover-above = O ICSD fica em { $lowest } ou mais (mínimo em { $month }), frente ao covenant de { $cover }.

## Os gráficos das análises: conclusões, descrições, tabelas e rótulos

takeaway-kwh = Por kWh de capacidade, no primeiro ano completo de operação da IA, uma locação fatura { $lease } a receita da mineração, e uma nuvem de GPU, { $gpu }; o “até 25×” das manchetes é um número de nuvem de GPU, antes do capex em GPUs.
tornado-none = Nenhuma destas premissas mexe no resultado.
tornado-most = “{ $label }” é a premissa que mais mexe no resultado: ele vai de { $low } a { $high } quando ela passa de { $from } para { $to }.
tornado-left-out = { $count ->
        [one] { $count } premissa sem efeito ficou fora do gráfico.
       *[other] { $count } premissas sem efeito ficaram fora do gráfico.
    }
left-out = { $count ->
        [one] { $count } premissa sem efeito ficou de fora
       *[other] { $count } premissas sem efeito ficaram de fora
    }
smaller-in-table = { $count ->
        [one] { $count } premissa de menor efeito está na tabela
       *[other] { $count } premissas de menor efeito estão na tabela
    }
smaller-dead-in-table = { $count ->
        [one] { $count } premissa de menor efeito e { $dead } sem efeito estão na tabela
       *[other] { $count } premissas de menor efeito e { $dead } sem efeito estão na tabela
    }
per-kw-month = /kW-mês
per-gpu-hour = /GPU-hora
map-at = Com o { $label } atual ({ $value })
map-here = Aqui
map-above = { $at }, converter sai na frente da mineração acima de { $rate }.
map-ai-always = { $at }, converter sai na frente da mineração em toda a faixa de preços analisada.
map-mining-always = { $at }, a mineração sai na frente da conversão em toda a faixa de preços analisada.
takeaway-fan = Em { $share }% das { $paths } trajetórias simuladas do preço do BTC e do hashrate, o caminho da IA termina com o VPL mais alto, com o lado da IA mantido como configurado: sem inadimplência do inquilino além da sua taxa de saída antecipada, sem estouro de orçamento e sem atrasos.
when-none = Nada é convertido: não há data de início a avaliar.
when-now = agora
when-in = em { $month }
when-loses = A conversão perde com qualquer início de agora até { $last }; a menor perda, { $loss }, ocorre começando em { $best }.
when-later-loses-more = Quanto mais tarde o início, maior a perda.
when-best-set = Começar a conversão { $set }, como definido, é a melhor opção: { $value }.
when-best-other = O melhor momento para começar é { $best }: { $value } frente a continuar minerando, enquanto começar { $set } resulta em { $at-set }.
when-best = O melhor momento para começar é { $best }: { $value } frente a continuar minerando.
when-best-mark = { $month } (o melhor)
business-lease = locação a um inquilino de IA
business-cloud = operação de uma nuvem de GPU na instalação
describe-range = de { $low } a { $high }
describe-no-data = sem dados
describe-cash = Gráfico de linhas do { $cash }, acumulado e sem desconto, mês a mês por { $span } a partir de { $start }: mineração, { $mining }; { $ai }, { $converting }.
describe-annual = Gráfico do EBITDA por MW de conexão à rede em cada ano do período analisado: mineração, { $mining }; { $ai }, { $converting }.
describe-cover = Gráfico de linhas da cobertura do serviço da dívida no caminho da IA (caixa disponível para o serviço da dívida dividido pelo serviço da dívida), mês a mês de { $from } a { $to }: mínima de { $lowest } e média de { $average }, frente a um covenant de { $cover } marcado por uma linha tracejada.
describe-cover-none = Sem gráfico de cobertura do serviço da dívida: neste cenário, nada é tomado emprestado.
describe-kwh = Barras horizontais da receita bruta por kWh de capacidade de conexão à rede: mineração, { $mining }; locação para IA, { $lease }; nuvem de GPU, { $gpu }; com uma marca em 25 vezes a mineração.
describe-tornado = Barras horizontais, da maior para a menor: quanto a vantagem da IA se move quando uma premissa passa do valor baixo para o valor alto, com as demais mantidas fixas.
describe-map = Mapa de calor da vantagem da IA segundo duas premissas (o capex de conversão ou o hashprice no eixo horizontal e o aluguel ou o preço por hora de GPU no vertical), com uma cor onde converter vence e outra onde a mineração vence, uma linha no ponto de equilíbrio e uma marca nos valores atuais.
describe-fan = Faixas do caixa acumulado da mineração em { $paths } trajetórias simuladas do preço do bitcoin e do hashrate (percentis 5 a 95 e 25 a 75, com a mediana como linha), frente à linha do caminho da IA.
describe-when = Gráfico de linhas da vantagem da IA para cada mês em que a conversão poderia começar, de agora até daqui a dez anos (cada início avaliado no seu próprio período: mineração até lá, a conversão e o contrato inteiro), com um ponto no melhor início.
col-year = Ano
col-value-so-far = { $path }: valor presente acumulado
col-mining-cumulative = Mineração, acumulado
col-ai-cumulative = IA, acumulado
col-mining-revenue-mw = Receita mineração/MW
col-mining-ebitda-mw = EBITDA mineração/MW
col-mining-tax-mw = Impostos mineração/MW
col-ai-revenue-mw = Receita IA/MW
col-ai-ebitda-mw = EBITDA IA/MW
col-ai-tax-mw = Impostos IA/MW
col-ai-debt-mw = Serviço da dívida IA/MW
col-debt-service = Serviço da dívida
col-lowest-cover = ICSD mínimo
col-average-cover = ICSD médio
col-business = Negócio
col-per-kwh-grid = $ por kWh de capacidade de rede
col-per-kwh-it = $ por kWh de capacidade de TI
col-times-mining = × mineração
row-mining = Mineração
row-ai-lease = Locação para IA
row-gpu-cloud = Nuvem de GPU
col-input = Premissa
col-low = Valor baixo
col-gap-low = IA − mineração, valor baixo
col-high = Valor alto
col-gap-high = IA − mineração, valor alto
col-mining-p5 = Mineração p5
col-mining-p50 = Mineração p50
col-mining-p95 = Mineração p95
col-ai = IA
col-starts = Início da conversão
col-months-from-now = Meses a partir de hoje
col-gap = IA − mineração
ck-mining = Mineração
ck-ai = IA
ck-mining-pinned = Mineração (fixado)
ck-ai-pinned = IA (fixado)
ck-axis-cumulative = Caixa líquido acumulado
ck-payback = payback descontado
ck-mining-ebitda = EBITDA mineração
ck-ai-ebitda = EBITDA IA
ck-mining-kept = Mineração após imp.
ck-ai-kept = IA após impostos
ck-ai-kept-financed = IA após imp. e juros
ck-axis-year = Ano do período
ck-axis-per-mw = Por MW por ano
ck-no-loan = Nenhum empréstimo atende ao covenant.
ck-nothing-borrowed = Nada é tomado emprestado.
ck-covenant = covenant { $cover }
ck-axis-cover = Cobertura da dívida (ICSD)
ck-mining-p50 = Mineração p50
ck-converting-then = converter nesse mês
ck-axis-starts = Anos até o início da conversão
ck-axis-adds = Quanto converter agrega, em valor presente
ck-best = melhor: { $month }
ck-smallest-loss = menor perda: { $month }
ck-times-mining = , { $times } a mineração
ck-axis-kwh = Receita por kWh de capacidade de rede
ck-input-low = valor baixo
ck-input-high = valor alto
ck-mining-ahead = Mineração na frente
ck-ai-ahead = IA na frente
ck-break-even-line = equilíbrio (linha)

## Incorporação, a ficha impressa e os downloads dos gráficos

embed-charts = Gráficos (nenhum marcado: o valor presente)
embed-chart-value = Valor presente (a resposta)
embed-chart-cash = Caixa, sem desconto
embed-chart-annual = EBITDA por ano
embed-chart-kwh = Receita por kWh
embed-chart-tornado = O que mexe no resultado
embed-chart-map = Mapa de equilíbrio
embed-chart-fan = Mineração sob incerteza
embed-chart-cover = Cobertura da dívida
embed-chart-when = Quando converter
embed-controls = Controles
embed-controls-none = Nenhum
embed-controls-all = Todas as premissas
embed-theme = Tema
embed-theme-auto = Conforme a configuração do leitor
embed-theme-light = Claro
embed-theme-dark = Escuro
embed-locked = Somente leitura (sem controles)
embed-look = Aparência
embed-static = Estático: só a frase e a imagem
embed-plain = Simples: sem título nem rodapé (dê o crédito e a data na sua página)
embed-transparent = Transparente: com o fundo da sua página
embed-lang-browser = Idioma do navegador de cada leitor
embed-paste = Cole isto na sua matéria (a altura se ajusta ao conteúdo):
embed-copy-code = Copiar código de incorporação
embed-code-copied = Código de incorporação copiado.
embed-iframe = Ou, onde scripts não são permitidos, este iframe (600 px de altura: primeiro o veredito e o gráfico, o resto com rolagem):
embed-copy-iframe = Copiar código do iframe
embed-iframe-copied = Código do iframe copiado.
embed-picture = Ou, onde nenhum script pode rodar (edição impressa, AMP, acervos), a frase com o gráfico como imagem, datada e citada:
embed-copy-picture = Copiar código da imagem
embed-picture-copied = Código da imagem copiado.
embed-preview-at = Pré-visualizar em
embed-preview-phone = 320 px (um celular)
embed-preview-article = 640 px (uma matéria)
embed-preview-full = largura total
sheet-input = Premissa principal
sheet-value = Valor
sheet-source = Fonte e data
sheet-every = Todas as premissas, fórmulas e fontes:
sheet-made = Wattsworth { $version } ({ $built }), uma calculadora de código aberto. Valores convertidos de dólares americanos quando outra moeda é exibida.
chart-downloaded = Arquivo baixado: { $file }.
chart-not-drawn = Não foi possível gerar a imagem { $format }.
chart-download = Baixar “{ $title }” como { $format ->
        [PNG] imagem PNG
       *[SVG] imagem SVG
    }
map-across = Eixo horizontal
methodology-summary = Metodologia: fórmulas, unidades, fontes e o que não é modelado
ki-start = Início
ki-default = Valor padrão
ki-reader = Definido pelo leitor
ki-reader-default = Definido pelo leitor (valor padrão { $default }: { $source })

## As notas de um gráfico exportado, as datas dos dados de mercado e a comparação com um cenário fixado

kp-start = início em { $month }
kp-power = energia a { $price }/kWh (posição em { $date })
kp-hashprice = hashprice de { $price }/PH/s/dia (posição em { $date })
kp-lease = aluguel de { $price }/kW-mês de TI
kp-gpu = nuvem de GPU a { $price }/GPU-hora
kp-gpu-capex = capex de GPU de { $cost } por GPU
kp-capex = capex de conversão de { $cost } por MW de TI
kp-contract = { $years ->
        [one] contrato de { $years } ano
       *[other] contrato de { $years } anos
    }
kp-rates = aluguel a { $rent }, mineração a { $mining }
kp-all = Premissas principais: { $parts }.
kp-others = Outras premissas principais: { $parts }.
note-basis = Base de cálculo: { $basis }
note-answer = A resposta: { $verdict }
note-scenario = { $data } Cenário: { $link }
note-made = Wattsworth { $version } ({ $built }), uma calculadora aberta: todas as fórmulas, premissas e fontes estão na metodologia; valores sem fonte são indicados como premissas estimadas.
data-hashprice = hashprice
data-fees = taxas de transação
data-difficulty = dificuldade
data-btc-price = preço do BTC
data-gpu-price = aluguel de GPU
data-power-price = energia
market-as-of = Dados de mercado de { $date } ({ $with }){ $others }{ $stale }.
market-as-of-brief = Dados de mercado de { $date }{ $stale }.
market-stale = : { $days } dias anteriores a esta versão
compare-figure = { $name }: cenário fixado { $pinned } → agora { $now } ({ $change })
compare-advantage = Vantagem da IA
compare-mining = VPL da mineração
compare-ai = VPL da IA
compare-business = Negócio de IA
compare-on = ativado
compare-off = desativado
compare-none = Nenhuma premissa difere.
compare-changed = Alterações: { $list }.
dp-revenue = Receita: vendas e, na mineração, os créditos por corte de carga.
dp-power-cost = Custo da energia consumida da rede.
dp-other-opex = Custos operacionais além da energia.
dp-capex-net-of-sales = Capital investido, líquido da venda de equipamentos: negativo quando se vende mais do que se compra (os ASICs vendidos na virada para a IA).
dp-end-value = Valor contabilizado no fim do período analisado (o valor de saída da locação e os valores residuais dos ASICs e das GPUs); zero, a menos que os valores após o contrato sejam considerados.
dp-grid-energy = Energia consumida da rede.
dp-tax-paid = Imposto de renda pago; zero na base de cálculo antes de impostos.
dp-borrowed-net-of-fees = Recursos do empréstimo recebidos, líquidos de comissões e deságio na emissão (as notas trazem o valor bruto tomado); só na base de cálculo com dívida.
dp-interest-paid = Juros pagos em caixa (os juros incorporados ao empréstimo não são pagos).
dp-principal-repaid = Principal do empréstimo amortizado.
dp-debt-reserve-flow = Conta reserva do serviço da dívida: negativa quando é constituída, positiva quando é liberada.
dp-ebitda = EBITDA: receita menos o custo da energia e os demais custos operacionais (opex).
dp-project-cash = Caixa antes de impostos e dívida: EBITDA menos capex, mais o valor final, se houver.
dp-loan-net-flow = Fluxo líquido do empréstimo para os acionistas: valor tomado (líquido de comissões) menos juros e principal, mais o fluxo da conta reserva.
dp-owners-cash = Caixa dos acionistas na base de cálculo do cenário: caixa do projeto menos impostos, mais o fluxo líquido do empréstimo.
dp-cumulative-owners-cash = Caixa dos acionistas acumulado desde o primeiro mês, sem desconto.
dp-discounted-cumulative-owners-cash = Caixa dos acionistas descontado até a data de início e acumulado: seu último valor é o VPL do caminho.
dp-path-mining = Continuar minerando
dp-path-ai = Converter para IA
dp-month = Mês do período analisado, contado a partir de 1 (o mês de início), como a página conta.
dp-date = Mês do calendário no período analisado do cenário (AAAA-MM).
dp-pinned-prefix = Cenário fixado:
dp-pinned-date = Mês do calendário no período analisado do cenário fixado (AAAA-MM).
dp-money-usd = Os valores da tabela estão em dólares americanos, como o modelo os calcula.
dp-money = Os valores da tabela estão em { $code }, a { $rate } por dólar americano ({ $whose }); o modelo calcula em dólares americanos.
dp-readers-rate = câmbio informado pelo leitor
dp-rows = Uma linha por mês do período analisado, contado a partir de 1; para cada caminho, o caixa item a item, o caixa dos acionistas na base de cálculo e seus totais acumulados (o último total descontado é o VPL do caminho). As premissas aparecem como o modelo as recebe, em dólares americanos. Fórmulas e fontes: a metodologia da calculadora.
dp-pinned = As colunas pinned_ são do cenário fixado, para comparação.
dp-scenario = Cenário: { $link }
dp-methodology = Metodologia do Wattsworth: todas as fórmulas, premissas, fontes e datas
dp-table-title = Os dois caminhos, mês a mês
dp-title = Wattsworth { $version }: continuar minerando ou converter para IA, mês a mês
dp-as-of = { $label }: data de referência
dp-date-of-figure = data de referência do dado de mercado
dp-start = Mês de início
dp-first-month = primeiro mês do período analisado
methodology-intro = Em resumo: a calculadora compara mês a mês dois caminhos para uma mesma instalação, continuar minerando bitcoin com suas máquinas ou convertê-la para um inquilino de IA (por locação ou com uma nuvem de GPU própria), com impostos e o empréstimo, e traz o caixa de cada caminho a valor presente a uma taxa compatível com seu risco: a mais baixa para o aluguel garantido por uma empresa com grau de investimento, mais alta quando depende do crédito do próprio inquilino e a mais alta para o caixa da mineração, que oscila com o bitcoin. O veredito é a diferença entre os dois valores. A seguir vem a metodologia completa, em inglês, com todas as fórmulas, premissas e fontes.

## Premissas: rótulo (`param-`) e unidade (`unit-`) de cada uma

param-mw = Potência conectada à rede
unit-mw = MW
param-yrs = Prazo do contrato
unit-yrs = anos
param-pwr = Preço da energia
unit-pwr = $/kWh
param-pesc = Reajuste do preço da energia
unit-pesc = %/ano
param-site = Valor da instalação ao final
unit-site = $M por MW
param-hp = Hashprice
unit-hp = $/PH/s/dia
param-btcg = Valorização do BTC
unit-btcg = %/ano
param-fee = Taxas de transação
unit-fee = BTC/bloco
param-jth = Eficiência da frota
unit-jth = J/TH
param-aage = Idade da frota no início
unit-aage = anos
param-ovh = Consumo auxiliar da mineração (PUE)
unit-ovh = ×
param-up = Disponibilidade das máquinas
unit-up = %
param-curt = Horas com corte de carga
unit-curt = % das horas
param-ccr = Crédito por corte de carga
unit-ccr = $/MWh não consumido
param-pool = Taxa do pool
unit-pool = %
param-opx = Opex não energético
unit-opx = $/MWh
param-asic = Preço do ASIC
unit-asic = $/TH
param-alife = Vida útil do ASIC
unit-alife = anos
param-hrg = Crescimento fixo do hashrate
unit-hrg = %/ano
param-mj = Eficiência da frota marginal
unit-mj = J/TH
param-mpw = Preço da energia do minerador marginal
unit-mpw = $/kWh
param-effg = Ganho de eficiência dos ASICs
unit-effg = %/ano
param-hl = Meia-vida do ajuste da rede
unit-hl = meses
param-pue = PUE da IA
unit-pue = ×
param-cap = Capex de conversão
unit-cap = $M por MW de TI
param-cvin = Início da conversão daqui a
unit-cvin = meses
param-conv = Duração da conversão
unit-conv = meses
param-ramp = Rampa até a plena capacidade
unit-ramp = meses
param-load = Carga média de TI
unit-load = % da capacidade de TI
param-share = Parcela da instalação convertida
unit-share = %
param-firm = Prêmio por energia firme
unit-firm = $/kWh
param-exit = Saída antecipada do cliente
unit-exit = %/ano
param-back = Garantido por grau de investimento
unit-back = % da receita
param-prep = Pagamento antecipado
unit-prep = % da receita do contrato
param-wrnt = Warrants concedidos no negócio
unit-wrnt = $M
param-rent = Aluguel inicial
unit-rent = $/kW-mês de TI
param-esc = Reajuste anual do aluguel
unit-esc = %/ano
param-noi = Margem NOI, contrato bruto modificado
unit-noi = %
param-noin = Margem NOI, contrato triple net
unit-noin = %
param-renew = Renovação ao final
unit-renew = %
param-tail = Anos considerados após o contrato
unit-tail = anos
param-down = Vacância até a nova locação
unit-down = meses
param-refit = Reforma ao final
unit-refit = % do capex de conversão
param-comm = Comissão de locação
unit-comm = % do aluguel do contrato
param-gph = Preço de aluguel de GPU
unit-gph = $/GPU-hora
param-util = Utilização das GPUs
unit-util = %
param-gpmw = GPUs por MW de TI
unit-gpmw = GPUs
param-gcap = Capex de GPU
unit-gcap = $ por GPU
param-glife = Vida útil das GPUs
unit-glife = anos
param-gdec = Queda do preço das GPUs
unit-gdec = %/ano
param-gopx = Outros opex da nuvem de GPU
unit-gopx = % da receita
param-rig = Taxa do aluguel garantido
unit-rig = %/ano
param-rown = Taxa do aluguel com crédito do inquilino
unit-rown = %/ano
param-rcon = Taxa durante a conversão
unit-rcon = %/ano
param-rtail = Taxa após o contrato
unit-rtail = %/ano
param-rmine = Taxa do caixa da mineração
unit-rmine = %/ano
param-dr = Uma taxa única para tudo
unit-dr = %/ano
param-tax = Alíquota do imposto de renda
unit-tax = %
param-bonus = Depreciação acelerada (bonus depreciation)
unit-bonus = % do custo de 5 e 15 anos
param-cseg = Segregação de custos
unit-cseg = % do capex de conversão
param-ltc = Parcela de dívida no custo de IA
unit-ltc = % do custo
param-cpn = Taxa de juros
unit-cpn = %/ano
param-dfee = Comissões e deságio na emissão
unit-dfee = % do valor
param-dten = Prazo de amortização
unit-dten = anos
param-dsri = Rendimento da reserva
unit-dsri = %/ano
param-dsra = Conta reserva do serviço da dívida
unit-dsra = meses
param-dscr = Covenant de índice de cobertura do serviço da dívida (ICSD)
unit-dscr = ×
param-coe = Custo do capital próprio
unit-coe = %/ano
param-vol = Volatilidade do BTC
unit-vol = %/ano
param-hrsd = Incerteza do crescimento do hashrate
unit-hrsd = p.p./ano
param-rho = Correlação preço–hashrate

## Chaves e negócios reais do menu

toggle-net = O hashrate da rede reage às margens da mineração
toggle-mine = Continuar minerando até a virada para a IA
toggle-relet = Locar de novo o espaço que um cliente desocupar antes do prazo
toggle-green = Sem máquinas de mineração na instalação (greenfield)
toggle-nnn = Contrato triple net
toggle-tv = Considerar os anos após o contrato
toggle-onerate = Uma taxa única para tudo
toggle-pretax = Mostrar números antes de impostos e sem dívida
toggle-group = Os prejuízos fiscais são compensados de imediato com outros lucros do grupo
toggle-idc = Incorporar ao empréstimo os juros durante a construção
toggle-sculpt = A amortização acompanha o caixa (ICSD constante)
preset-today = Mercado atual (locação)
preset-csc = Core Scientific – CoreWeave (2024)
preset-wulf = TeraWulf – Fluidstack (2025)
preset-cifr-fs = Cipher – Fluidstack (2025)
preset-hut8 = Hut 8 – Fluidstack, River Bend (2025)
preset-hut8-bp = Hut 8 – Beacon Point (2026)
preset-cifr = Cipher – AWS (2025)
preset-riot-amd = Riot – AMD, Rockdale (2026)
preset-iren = IREN – Microsoft, nuvem de GPU (2025)
preset-iren-nvda = IREN – NVIDIA, nuvem de IA (2026)

## As entradas que um cenário não usa, e por quê

unused-input = { $label } ({ $value }) não entra no cálculo { $why }
unused-kept = { $inputs }. Cada valor é mantido para quando voltar a valer.
unused-why-no-miners = numa instalação sem máquinas de mineração (green=1)
unused-why-triple-net = num contrato triple net (nnn=1), que tem margem própria
unused-why-not-triple-net = a não ser num contrato triple net (nnn=1)
unused-why-gpu-cloud = numa nuvem de GPU (mode=gpu)
unused-why-lease = numa locação (é uma entrada da nuvem de GPU: mode=gpu)
unused-why-contract-years-only = a não ser que os anos após o contrato contem (tv=1)
unused-why-rate-for-each-risk = a não ser com uma taxa única para tudo (onerate=1)
unused-why-one-rate = enquanto valer uma taxa única para tudo (onerate=1)
unused-why-tenant-pays-power = numa locação (o inquilino paga sua energia)
unused-why-before-tax = antes de impostos (pretax=1)
unused-why-before-tax-and-debt = antes de impostos e sem dívida (pretax=1)
unused-why-no-tax = sem imposto de renda (tax=0)
unused-why-nothing-borrowed = sem dívida (ltc=0)
unused-why-no-reserve = sem conta reserva do serviço da dívida (dsra=0)
unused-why-network-responds = enquanto o hashrate da rede reagir às margens (net=1)
unused-why-network-fixed = a não ser que o hashrate da rede reaja às margens (net=1)

## O que cada campo diz: sobre um valor digitado, o mês de início, o câmbio, a nota de um modelo pronto
typed-read-as = “{ $typed }” foi lido como { $value } { $unit }: “{ $marks }” não é a unidade deste campo.
typed-allowed = Permitido de { $low } a { $high } { $unit }; valor usado: { $value }.
typed-whole-months = O modelo conta meses inteiros; valor usado: { $months }.
typed-whole-months-unit = O modelo conta meses inteiros; valor usado: { $value } { $unit } ({ $months }).
typed-unread-separators = Não foi possível ler “{ $typed }”: aqui os números se escrevem como { $example } ({ $locale }); continua valendo { $now }.
typed-unread = Não foi possível ler “{ $typed }” como número; continua valendo { $now }.
input-default = Valor padrão: { $value } { $unit }.
input-methodology = Metodologia
input-reset-title = Restaurar o valor padrão
controls-label = Premissas
start-label = Mês de início
start-before-data = Os dados de mercado são de { $earliest }: a avaliação não pode começar antes disso; será usado { $earliest }.
start-choose = Escolha um mês de { $earliest } a { $latest }.
fx-label = Unidades desta moeda por dólar americano
fx-unread = Não é possível usar “{ $typed }” como câmbio: digite quantas unidades desta moeda um dólar americano compra, de { $low } a { $high }.
preset-from-deal = { $label }: do negócio ({ $why })
preset-assumed = { $label }: estimado ({ $why })
preset-none = nenhuma: todas as premissas estão no valor padrão de hoje
preset-set = { $sources }, { $date }. Definido pelo negócio escolhido: { $fields }. Todas as demais premissas estão no valor padrão de hoje, com fonte própria ou indicadas como premissas estimadas.

## O que um link (ou o cenário guardado neste navegador) pediu e não obteve: os avisos acima da resposta. Texto em estilo de `código` fica como os links o escrevem, em todos os idiomas: chaves com seu `=` (mw=, ref=, currency=EUR…), valores (lease, gpu, none, key, all, light, dark, auto, cap, hp, 0, 1), códigos de idioma (de-DE, en-US) e códigos de moeda.
notice-name-mode = Negócio de IA
notice-name-start = Mês de início
notice-as-of = { $label } (data de referência)
notice-repeated-known = { $name }: { $key }= aparece { $count } vezes neste link; cada valor é lido na sequência, e o usado é { $used }
notice-repeated = { $key }= aparece { $count } vezes neste link; só um valor é usado: o último válido
notice-unread-known = { $name }: { $key }= vem depois das primeiras { $limit } partes deste link e não foi lido; continua valendo { $kept }
notice-unread = “{ $key }” vem depois das primeiras { $limit } partes deste link e não foi lido
notice-unread-more = e mais { $count } partes depois das primeiras { $limit } deste link não foram lidas
notice-mode = Negócio de IA: “{ $shown }” não é lease nem gpu; continua valendo { $kept }
notice-start = Mês de início: “{ $shown }” não é um mês de { $min } a { $max }; continua valendo { $kept }
notice-toggle = { $label }: “{ $shown }” não é 0 nem 1; continua valendo { $kept }
notice-dated-future = { $label }: “{ $shown }” é posterior a esta versão ({ $built }): dados de mercado não podem vir do futuro; continua valendo { $kept }
notice-dated = { $label }: “{ $shown }” não é um mês de { $min } a { $max }; continua valendo { $kept }
notice-number = { $label }: “{ $shown }” não é um número escrito como nos links (algarismos e ponto para decimais, como 1.5 ou 2000); continua valendo { $kept }
notice-tiny = { $label }: { $shown } é pequeno demais para ser representado; lido como { $used }
notice-outside = { $label }: { $shown } está fora da faixa de { $min } a { $max } { $unit }; valor usado: { $used }
notice-whole-months = { $label }: { $shown } { $unit } não é um número inteiro de meses; valor usado: { $used }
notice-unknown = parâmetro desconhecido “{ $key }” ignorado
notice-start-early = o início em { $start } é anterior aos dados de mercado mais recentes ({ $latest }); foi usado { $latest }
notice-model-unreadable = Versão do modelo: “{ $shown }” não é um número de versão; esta página usa a versão { $now } do modelo
notice-model-newer = Versão do modelo: este link foi criado na versão { $then } do modelo, mais nova que a versão { $now } desta cópia: seus números podem diferir dos citados com ele; a calculadora on-line tem o modelo mais novo
notice-model-older = Versão do modelo: este link foi criado na versão { $then } do modelo; esta página usa a versão { $now }, que { $changes }. Seus números podem diferir dos citados com o link
model-change-2 = registra o valor de cada negócio nos termos assinados, opera as máquinas próprias enquanto elas cobrem seus custos e compra novas quando isso compensa
model-change-3 = considera o imposto de renda e o empréstimo, e indica quando converter
model-change-4 = considera quanto vale cada caminho após o contrato e desconta cada fluxo de caixa à taxa que o mercado cobra pelo seu risco, enquanto a versão 3 usava uma taxa única de 10%
model-change-5 = avalia o galpão de uma nuvem de GPU após o contrato como o imóvel de uma locação, locado de novo pelo aluguel de mercado, enquanto a versão 4 não lhe atribuía valor algum
model-change-6 = decide a geração seguinte de GPUs de uma nuvem de GPU já levando em conta a geração posterior e avaliando as GPUs que restam no fim do período como o resultado as avalia, enquanto a versão 5 podia comprar GPUs para usar por poucos meses
notice-currency = Moeda: “{ $shown }” não está entre { $codes }; exibindo em dólares americanos
notice-fx = Câmbio: “{ $shown }” não é uma taxa de câmbio de { $min } a { $max } por dólar americano escrita com ponto para decimais; usando o câmbio padrão
notice-fx-alone = Câmbio: uma taxa de câmbio só vale junto com outra moeda (currency=EUR…); ignorada
notice-map = Mapa de equilíbrio: “{ $shown }” não é cap nem hp; exibindo o capex de conversão no eixo horizontal
notice-charts-left-out = Gráficos: “{ $shown }” não está entre { $names }; ficou de fora
notice-charts-default = Gráficos: “{ $shown }” não está entre { $names }; exibindo os gráficos padrão
notice-controls = Controles: “{ $shown }” não é none, key nem all; exibindo os controles padrão
notice-theme = Tema: “{ $shown }” não é light, dark nem auto; seguindo a configuração do leitor
notice-flag = { $flag }: “{ $shown }” não é 0 nem 1; lido como 0
flag-embed = Incorporação
flag-locked = Somente leitura
flag-static = Estático
flag-plain = Simples
flag-transparent = Transparente
notice-locale = Formato regional: “{ $shown }” não é um código de idioma como de-DE; usando o do navegador
notice-pinned = Cenário fixado: { $notice }
notice-pinned-flag = Cenário fixado: { $key }= dentro de ref= não é lido: { $why }
pinned-why-ref = um cenário fixado não pode ter outro cenário fixado
pinned-why-locale = o cenário fixado é exibido na moeda e no formato regional da página; { $key }= vai ao lado de ref=, não dentro dele
pinned-why-display = as configurações de exibição vão ao lado de ref=, não dentro dele
notice-stored = Seu último cenário, guardado neste navegador: { $notice }
notice-stored-unreadable = Seu último cenário, guardado neste navegador, não está num formato que esta versão consiga ler (“{ $shown }”); partindo dos valores padrão
notice-stored-saved = Seu último cenário, guardado neste navegador, foi salvo tal como estava sob o nome “{ $backup }” no armazenamento deste navegador
notice-stored-unsaved = Seu último cenário, guardado neste navegador, não pôde ser salvo tal como estava: o armazenamento deste navegador está cheio
notice-storage-full = O armazenamento deste navegador está cheio: seu cenário está no endereço da página, mas não será lembrado na sua próxima visita.
notice-locale-no-numbers = Formato regional: este navegador não consegue formatar números para “{ $tag }”; usando en-US
notice-locale-unknown = Formato regional: este navegador não conhece “{ $tag }”; usando { $used }
notice-locale-nearest = Formato regional: este navegador não tem o formato regional “{ $tag }”; números e meses são escritos como em { $used }
notice-calendar = Meses: { $tag } usa o calendário { $calendar }; aqui os meses são gregorianos, como o modelo os conta, escritos à maneira de { $tag }

## A nota de cada negócio real do menu e por que ele define cada premissa (depois de “do negócio (” ou “estimado (”)

preset-note-today = Os valores padrão: uma instalação de 100 MW locada a um inquilino de IA pelo aluguel inicial mediano dos negócios.
preset-note-csc = 200 MW de TI, 12 anos, US$ 3,5 bilhões: média de cerca de US$ 122/kW-mês; a CoreWeave não tem grau de investimento.
preset-why-csc-mw = a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-csc-yrs = o prazo do contrato
preset-why-csc-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-note-wulf = 200 MW de TI com cerca de 250 MW conectados à rede, 10 anos, US$ 3,7 bilhões: média de cerca de US$ 154/kW-mês; o Google garante US$ 1,8 bilhão desse valor em troca de warrants sobre 41 milhões de ações.
preset-why-wulf-mw = cerca de 250 MW conectados à rede
preset-why-wulf-pue = 250 MW conectados à rede para 200 MW de TI
preset-why-wulf-yrs = o prazo do contrato
preset-why-wulf-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-wulf-cap = custo de construção indicado no guidance, de US$ 8 milhões a US$ 10 milhões por MW de TI (R18): o ponto médio
preset-why-wulf-back = o Google garante US$ 1,8 bilhão dos US$ 3,7 bilhões (market-data §6)
preset-why-wulf-wrnt = 41.011.803 warrants com preço de exercício de US$ 0,01, quando a WULF fechou a US$ 7,50 em 14 de ago. de 2025: US$ 7,49 cada (W1)
preset-why-wulf-comm = comissão inicial de US$ 30 milhões à CBRE sobre os US$ 3,7 bilhões (W1)
preset-why-wulf-cpn = títulos de dívida de Lake Mariner, a 7,750% (F1)
preset-note-cifr-fs = 168 MW de TI com 244 MW conectados à rede, 10 anos, US$ 3,0 bilhões: média de cerca de US$ 149/kW-mês; o Google garante US$ 1,4 bilhão desse valor em troca de warrants sobre 24 milhões de ações.
preset-why-cifr-fs-mw = 244 MW conectados à rede
preset-why-cifr-fs-pue = 244 MW conectados à rede para 168 MW de TI
preset-why-cifr-fs-yrs = o prazo do contrato
preset-why-cifr-fs-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-cifr-fs-cap = custo de construção de US$ 9 milhões a US$ 11 milhões por MW de TI (S42): o ponto médio
preset-why-cifr-fs-noi = NOI indicado no guidance, de 80% a 85% do aluguel (R19): o ponto médio
preset-why-cifr-fs-back = o Google garante US$ 1,4 bilhão dos US$ 3,0 bilhões (market-data §6)
preset-why-cifr-fs-wrnt = 24.178.576 warrants, com a CIFR cotada perto de US$ 12,20 após o anúncio (W2)
preset-why-cifr-fs-cpn = títulos de dívida de Barber Lake, a 7,125% (F3)
preset-note-hut8 = 245 MW de TI, 15 anos em contrato triple net, US$ 7,0 bilhões: média de cerca de US$ 159/kW-mês; o Google garante as obrigações do inquilino.
preset-why-hut8-mw = a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-hut8-yrs = o prazo do contrato
preset-why-hut8-green = um campus greenfield: sem máquinas de mineração na instalação (R15)
preset-why-hut8-conv = anunciado em dez. de 2025, primeira sala entregue no 2º trimestre de 2027 (R15)
preset-why-hut8-esc = reajuste de 3% ao ano (R15)
preset-why-hut8-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-hut8-nnn = contrato triple net (R15)
preset-why-hut8-noin = NOI de US$ 6,9 bilhões sobre os US$ 7,0 bilhões do prazo inicial (R15)
preset-why-hut8-cap = os US$ 3,25 bilhões em títulos de dívida menos os US$ 184 milhões devolvidos aos acionistas, divididos por 245 MW de TI (R1, R15)
preset-why-hut8-back = o Google garante os pagamentos da locação durante o prazo de 15 anos (R15)
preset-why-hut8-cpn = títulos de dívida de River Bend, a 6,192% (F4)
preset-why-hut8-ltc = até 85% do custo na análise de crédito (F4); os títulos, de US$ 3,25 bilhões, também financiam reservas e os US$ 184 milhões devolvidos
preset-why-hut8-dten = amortização integral em 16,5 anos (F4); aqui, limitada ao prazo do contrato
preset-note-hut8-bp = 352 MW de TI, 15 anos em contrato triple net, US$ 9,8 bilhões com reajuste de 3%, para um inquilino com grau de investimento.
preset-why-hut8-bp-mw = a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-hut8-bp-yrs = o prazo do contrato
preset-why-hut8-bp-green = um campus greenfield no condado de Nueces: sem máquinas de mineração na instalação (R16)
preset-why-hut8-bp-conv = anunciado em maio de 2026, primeira sala entregue no 3º trimestre de 2027 (R16)
preset-why-hut8-bp-esc = reajuste de 3% ao ano
preset-why-hut8-bp-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-hut8-bp-nnn = contrato triple net, take-or-pay
preset-why-hut8-bp-noin = NOI de US$ 9,8 bilhões sobre US$ 9,8 bilhões (R16)
preset-why-hut8-bp-back = um inquilino com grau de investimento
preset-why-hut8-bp-cpn = nenhuma dívida divulgada: a taxa do único título de dívida de data center com garantia de grau de investimento, os 6,192% de River Bend (R1)
preset-note-cifr = 300 MW, 15 anos, US$ 5,5 bilhões: média de cerca de US$ 102/kW-mês se os 300 MW forem de TI (não confirmado).
preset-why-cifr-mw = 300 MW considerados como carga de TI (não confirmado); a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-cifr-yrs = o prazo do contrato
preset-why-cifr-conv = anunciado em nov. de 2025, aluguel a partir de ago. de 2026 (R20)
preset-why-cifr-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-cifr-back = o inquilino é a AWS, com grau de investimento
preset-why-cifr-cpn = nenhuma dívida divulgada: a taxa do único título de dívida de data center com garantia de grau de investimento, os 6,192% de River Bend (R1)
preset-note-riot-amd = 25 MW de TI, 10 anos, US$ 311 milhões: média de cerca de US$ 104/kW-mês; um retrofit a US$ 3,6 milhões por MW.
preset-why-riot-amd-mw = a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-riot-amd-yrs = o prazo do contrato
preset-why-riot-amd-rent = calculado para que o aluguel contabilizado ao longo do prazo seja igual ao valor do negócio, com o reajuste deste negócio e a rampa padrão
preset-why-riot-amd-cap = capex de retrofit de US$ 3,6 milhões por MW
preset-why-riot-amd-noi = cerca de US$ 25 milhões de NOI por ano sobre US$ 311 milhões em 10 anos (R17)
preset-why-riot-amd-conv = entregue de janeiro a maio de 2026 em prédios já existentes (R17)
preset-why-riot-amd-ramp = entregue de janeiro a maio de 2026 (R17)
preset-why-riot-amd-back = a AMD considerada como inquilino com grau de investimento
preset-why-riot-amd-cpn = nenhuma dívida divulgada: a taxa do único título de dívida de data center com garantia de grau de investimento, os 6,192% de River Bend (R1)
preset-note-iren = 200 MW de TI, 5 anos, US$ 9,7 bilhões (cerca de US$ 1,94 bilhão por ano) por capacidade de GPU própria da IREN, com 20% pagos antecipadamente.
preset-why-iren-mw = a potência conectada à rede é a carga de TI × o PUE padrão
preset-why-iren-yrs = o prazo do contrato
preset-why-iren-gph = calculado para que a receita ao longo do prazo seja igual a US$ 9,7 bilhões, com toda a capacidade contratada e a rampa padrão
preset-why-iren-util = capacidade toda contratada: cada GPU-hora é paga
preset-why-iren-gdec = preço fixo em contrato
preset-why-iren-gpmw = cerca de 570 GPUs por MW, classe GB200 (S28)
preset-why-iren-gcap = a encomenda de GPUs da IREN, de US$ 5,8 bilhões para 200 MW: cerca de US$ 29 milhões por MW de TI (S41), ÷ 570
preset-why-iren-glife = nas fontes, a vida útil das GPUs vai de 4 a 6 anos; a mediana, 5 (S35)
preset-why-iren-gopx = para que o EBITDA seja 85% da receita, conforme o guidance da IREN (S41)
preset-why-iren-prep = a Microsoft paga 20% antecipadamente (S41)
preset-why-iren-back = o cliente é a Microsoft, com grau de investimento
preset-why-iren-cpn = títulos de dívida da IREN, a 5,96% (F5)
preset-why-iren-ltc = calculado para que o empréstimo seja o divulgado, de US$ 3,65 bilhões: US$ 2,1 bilhões em títulos de dívida e um empréstimo de saque diferido (delayed draw) de US$ 1,55 bilhão (F5, R21)
preset-why-iren-dsra = nenhuma conta reserva do serviço da dívida divulgada (F5)
preset-why-iren-dscr = ICSD mínimo de 1,05× (F5)
preset-note-iren-nvda = Um contrato de nuvem de IA de 5 anos, de US$ 3,4 bilhões; a NVIDIA recebe warrants sobre 30 milhões de ações a US$ 70.
preset-why-iren-nvda-mw = porte não anunciado: estimado pela receita por MW de TI do contrato IREN–Microsoft, 70 MW de TI
preset-why-iren-nvda-yrs = o prazo do contrato
preset-why-iren-nvda-gph = calculado para que a receita ao longo do prazo seja igual a US$ 3,4 bilhões, com toda a capacidade contratada e a rampa padrão
preset-why-iren-nvda-util = um contrato pela capacidade
preset-why-iren-nvda-gdec = preço fixo em contrato
preset-why-iren-nvda-gpmw = cerca de 570 GPUs por MW, classe GB200 (S28)
preset-why-iren-nvda-gcap = como na encomenda da IREN para a Microsoft: cerca de US$ 29 milhões por MW de TI (S41), ÷ 570
preset-why-iren-nvda-glife = a vida útil mediana das GPUs nas fontes (S35)
preset-why-iren-nvda-gopx = para que o EBITDA seja 85% da receita, conforme o guidance da IREN para o contrato com a Microsoft (S41)
preset-why-iren-nvda-back = o cliente é a NVIDIA, com grau de investimento
preset-why-iren-nvda-wrnt = não contabilizados: o valor dos warrants depende da cotação da IREN em maio de 2026, que nenhuma fonte informa
preset-why-iren-nvda-ltc = nenhuma dívida divulgada para este contrato
