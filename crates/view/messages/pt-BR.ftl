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
       *[cloud] uma nuvem de GPU nesta instalação
    } de { $mw } MW desde { $start } { $sign ->
        [gain] agrega
       *[loss] custa
    } { $value } em valor presente frente a { $site ->
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
verdict-cloud-part = Uma nuvem de GPU em { $share } desta instalação de { $mw } MW, minerando no restante, { $sign ->
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
verdict-cloud-part-dark = Uma nuvem de GPU em { $share } desta instalação de { $mw } MW { $sign ->
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
after-cloud = considerando o valor das GPUs e da instalação após o contrato
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
term-after-cloud-gloss = quando o contrato termina, entra na conta quanto valem a instalação e as GPUs ainda em uso.

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
