# Las frases de Wattsworth en español (es), traducidas de messages/en.ftl.
#
# Sintaxis Fluent (https://projectfluent.org), el subconjunto que lee `view::language`: un mensaje
# por línea, `{ $name }` para una cifra que rellena la página (ya escrita en la configuración
# regional del lector) y selectores con una variante por línea. Claves de los selectores como en
# inglés: `$sign` es `gain` o `loss`, `$mode` es `lease` o `cloud`, `$site` es `mining` o `dark`.
# «In today's money» se traduce siempre como «en valor actual».

## La página en torno a la respuesta

page-tagline = ¿Cuánto vale un megavatio: minando bitcoin o alojando IA?
page-language = Idioma
preset-label = Partir de una operación real
preset-choose = Elegir una operación…
currency-label = Moneda
currency-per-usd = por US$
inputs-key = Variables clave
inputs-more = Más variables
input-source = Fuente
input-assumption = Supuesto
input-as-of = a fecha de { $date }
input-reset = Restablecer «{ $label }» a su valor por defecto
mode-lease = Arrendar a un inquilino ($/kW-mes)
mode-cloud = Operar una nube de GPU ($/GPU-hora)
terms-summary = Qué significan estos términos
data-table = Tabla de datos

## El veredicto: una sola frase, de 32 palabras como máximo

verdict-none = Si no se convierte nada de esta instalación de { $mw } MW, nada cambia: seguir minando vale { $mining } en valor actual.
verdict-deal = { $terms }, { $mode ->
        [lease] arrendar esta instalación
       *[cloud] una nube de GPU en esta instalación
    } de { $mw } MW desde { $start } { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual frente a { $site ->
        [dark] dejarla apagada
       *[mining] seguir minando
    }.
verdict-lease = Arrendar esta instalación de { $mw } MW a un inquilino de IA en lugar de minar { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual; seguir minando vale { $mining }.
verdict-lease-part = Arrendar el { $share } de esta instalación de { $mw } MW para IA y minar el resto { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual; dedicarla entera a minar vale { $mining }.
verdict-cloud = Operar una nube de GPU en esta instalación de { $mw } MW en lugar de minar { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual; seguir minando vale { $mining }.
verdict-cloud-part = Una nube de GPU en el { $share } de esta instalación de { $mw } MW, minando el resto, { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual; dedicarla entera a minar vale { $mining }.
verdict-lease-dark = Arrendar esta instalación de { $mw } MW a un inquilino de IA { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual frente a dejarla apagada.
verdict-lease-part-dark = Arrendar el { $share } de esta instalación de { $mw } MW para IA { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual frente a dejarla apagada.
verdict-cloud-dark = Operar una nube de GPU en esta instalación de { $mw } MW { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual frente a dejarla apagada.
verdict-cloud-part-dark = Una nube de GPU en el { $share } de esta instalación de { $mw } MW { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual frente a dejarla apagada.

## En qué condiciones se calcula el veredicto de una operación (una por caso) y su salvedad

terms-today = Con las condiciones actuales del mercado
terms-csc = Según el contrato de Core Scientific
terms-wulf = Según el contrato de TeraWulf
terms-cifr-fs = Según el contrato de Cipher con Fluidstack
terms-hut8 = Según el contrato de Hut 8 en River Bend
terms-hut8-bp = Según el contrato de Hut 8 en Beacon Point
terms-cifr = Según el contrato de Cipher con AWS
terms-riot-amd = Según el contrato de Riot con AMD
terms-iren = Según el contrato de IREN con Microsoft
terms-iren-nvda = Según el contrato de IREN con NVIDIA
caveat-cifr = 300 MW tomados como potencia de TI
caveat-iren-nvda = tamaño supuesto

## La base del veredicto: la línea que va debajo

tax-after = después de impuestos
tax-none = impuesto al 0%
basis-pre-tax = antes de impuestos, sin deuda
basis-no-debt = { $tax }, sin deuda
basis-no-loan = { $tax }, ningún préstamo cumple un ratio de cobertura del servicio de la deuda de { $cover }
basis-borrowed = { $tax }, { $share } financiado con deuda
basis-borrowed-at = { $tax }, { $share } financiado con deuda al { $coupon }
rates-one = todos los flujos de caja al { $rate }
rates-ai = { $what ->
        [rent] renta
       *[gpu] ingresos de GPU
    } al { $rent }
rates-ai-mining = { $what ->
        [rent] renta
       *[gpu] ingresos de GPU
    } al { $rent }, minería al { $mining }
after-none = solo los años del contrato
after-years = { $years ->
        [one] incluido { $years } año posterior al contrato
       *[other] incluidos { $years } años posteriores al contrato
    }
after-cloud = incluido el valor de las GPU y de la instalación tras el contrato
basis = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }.
basis-start = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }; inicio hipotético en { $start }.
basis-start-caveat = { $short }; { $rates }; { $after }; contrato de { $from } a { $to }; inicio hipotético en { $start }; { $caveat }.

## Qué significan las palabras del veredicto

term-today = En valor actual
term-today-gloss = lo que vale hoy la caja que está por llegar: la de cada año cuenta menos cuanto más lejos queda (su valor de hoy, o valor actual neto, VAN).
term-rates = Tasas de descuento
term-rates-gloss = cuánto menos: una tasa anual para cada riesgo. La renta que respalda una empresa con grado de inversión es la más segura; la que depende solo del crédito del inquilino, menos; la caja de la minería de bitcoin, que se mueve con el precio del bitcoin, la que menos (apartado 1 de la metodología).
term-borrowed = Financiado con deuda
term-borrowed-gloss = la parte del coste de la conversión que se paga con un préstamo, hasta donde lo permite el ratio de cobertura del servicio de la deuda que exigen los bancos (caja disponible frente a cuotas).
term-after = Tras el contrato
term-after-lease-gloss = el edificio puede volver a arrendarse cuando vence el contrato: se cuentan los años posteriores, descontado el coste de reacondicionarlo.
term-after-cloud-gloss = cuando vence el contrato, se cuenta lo que valen la instalación y las GPU que siguen en uso.

## Quién va por delante, en pocas palabras

ahead-converting = Convertir sale ganando por { $value }
ahead-mining = Minar sale ganando por { $value }

## El gráfico del veredicto: el valor actual de cada opción

chart-value = Lo que vale hoy cada opción, mes a mes
value-takeaway = Convertir { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value }: la distancia entre las líneas al final.
value-takeaway-after = Convertir { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value }: la distancia entre las líneas al final. El salto del último mes es lo que vale cada opción tras el contrato.
value-describe = Gráfico de líneas del valor actual de cada opción, su total acumulado mes a mes durante { $span } desde { $start }, con la caja de cada mes descontada a su tasa: seguir minando termina en { $mining } y convertir, en { $converting }; la distancia entre ambas es la cifra del veredicto.
value-axis-x = Años desde el inicio
value-axis-y = Valor actual, acumulado
value-band = convertir
value-gap = { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value }
key-converting = Convertir
key-mining-on = Seguir minando
key-left-dark = Dejarla apagada

## Avisos de idioma

language-unknown = Idioma: «{ $asked }» no es uno de los idiomas de esta página; se muestra en { $shown }
language-missing = Algunas frases aún no están traducidas a este idioma ({ $shown }) y se muestran en inglés
language-unreachable = No se ha podido cargar el texto en { $shown }; se muestra en inglés
cite = Wattsworth { $version }, versión del modelo { $model }, datos de mercado a { $data }, compilado el { $built }. { $title } { $link } (consultado el { $accessed }).
picture-open = Abrir la calculadora con este escenario
language-partial = Debajo de la respuesta, parte de esta página sigue en inglés.

## Lapsos de tiempo y años en el eje de los gráficos

span-months = { $months } { $months ->
        [one] mes
       *[other] meses
    }
span-years = { $years } { $years ->
        [one] año
       *[other] años
    }
span-years-months = { $years } { $years ->
        [one] año
       *[other] años
    } y { $months } { $months ->
        [one] mes
       *[other] meses
    }
tick-years = { $years } { $years ->
        [one] año
       *[other] años
    }

## Grado de certeza: las variables dentro de cuyo rango el resultado se invierte

sure-holds = Grado de certeza: el resultado se mantiene en todo el rango que dan las fuentes para { $sourced ->
        [one] su única variable con fuente
       *[other] cada una de sus { $sourced } variables con fuente
    } y en todo el rango que suponemos para { $assumed ->
        [one] su único supuesto
       *[other] cada uno de sus { $assumed } supuestos
    }, moviéndolos de uno en uno.
sure-turns = Grado de certeza: el resultado se invierte { $groups }.
sure-turns-more = Grado de certeza: el resultado se invierte { $groups }, y también con { $count ->
        [one] una variable más
       *[other] otras { $count } variables
    }.
sure-group-sourced = dentro de lo que indican las fuentes para { $names }
sure-group-between = entre lo que indican las fuentes y el valor fijado para { $names }
sure-group-assumed = dentro del rango que suponemos para { $names }
sure-groups-2 = { $a }, y { $b }
sure-groups-3 = { $a }, { $b }, y { $c }
sure-named = «{ $label }» ({ $range }; { $even })
sure-even-1 = punto de equilibrio en { $a }
sure-even-2 = puntos de equilibrio en { $a } y { $b }
sure-even-3 = puntos de equilibrio en { $a }, { $b } y { $c }
sure-even-many = { $count } puntos de equilibrio, de { $first } a { $last }
sure-outside = { $level }, fuera de ese rango
sure-years = { $years } { $years ->
        [one] año
       *[other] años
    }
list-2 = { $a } y { $b }
list-3 = { $a }, { $b } y { $c }

## Por qué las mineras se pasan a la IA: lo que genera cada negocio y lo que pagan por él los inversores

why-none = Aquí no se convierte nada: toda la instalación sigue minando.
why-lease = Un arrendamiento le reporta al propietario { $ebitda } al año antes de intereses, impuestos y amortizaciones{ $prepaid }{ $once }, durante { $years } a partir de { $from }, { $backed }, y, al vencer, el edificio puede volver a arrendarse.
why-cloud = Un contrato de GPU genera { $ebitda } al año antes de intereses, impuestos y amortizaciones{ $prepaid }{ $once }, durante { $years } a partir de { $from }, { $backed }, pero sus GPU se desgastan antes de que termine el contrato.
why-prepaid = (además del { $share }% de los ingresos cobrado por adelantado, que se computa al cobrarse)
why-once = una vez a plena capacidad (desde { $month })
why-years = { $years } { $years ->
        [one] año
       *[other] años
    }
why-backed-all = con el respaldo de una empresa con grado de inversión
why-backed-part = con el { $share }% respaldado por una empresa con grado de inversión
why-backed-none = con el crédito del propio inquilino como única garantía
why-mining-dark = Esta instalación no tiene equipos de minería: sin la operación seguiría apagada.
why-mining-never = Aquí la minería nunca llega a cubrir sus costes operativos: los equipos no funcionan en ninguno de los { $months } meses.
why-mining = La minería genera { $ebitda } en los doce meses a partir de { $first }{ $halving }, y los equipos funcionan durante { $on } de los { $months } meses.
why-halving = , pero el halving de { $month } rebaja el hashprice de { $before } a { $after }
why-miners = { $span } por la minería de esta instalación
why-miners-none = una instalación sin otros ingresos
why-market-lease = Los inversores pagan entre 20 y 25 veces el EBITDA anual por los propietarios cotizados de centros de datos y entre 5 y 12 veces por las mineras: { $converted } por las salas arrendadas frente a { $miners }, con una conversión que cuesta { $cost }; es otra óptica, distinta del valor actual de arriba.
why-market-cloud = Los inversores pagan entre 8 y 19 millones de dólares de capital por MW de TI por las empresas de colocation y de nube de GPU, y entre 5 y 12 veces el EBITDA anual por las mineras: { $converted } por la nube de GPU frente a { $miners }, con una conversión que cuesta { $cost }; es otra óptica, distinta del valor actual de arriba.

## Si compensa esperar

when-wait = Cuándo: si la conversión empieza en { $best }{ $edge }, y no ahora, aporta { $more } más ({ $against } frente a seguir minando).
when-wait-from = Cuándo: si la conversión empieza en { $best }{ $edge }, y no en { $set }, aporta { $more } más ({ $against } frente a seguir minando).
when-latest = , el último inicio analizado

## En torno a la respuesta

why-summary = Por qué las mineras se pasan a la IA
others-summary = Otras formas de calcularlo
others-another = Otra perspectiva:
figures-summary = Por kWh, plazo de recuperación, el préstamo y la rentabilidad del accionista
figures-value-today = { $path }: valor actual
figures-kwh-mining = Minería: { $unit } de capacidad
figures-kwh-ai = IA: { $unit } de capacidad
copy-sentence = Copiar esta frase
copy-done = Copiado: la frase, su base de cálculo y sus advertencias, las variables clave y el enlace.
pin-on = Fijar este escenario para comparar
pin-off = Quitar el escenario fijado
pin-note = Los gráficos muestran el escenario fijado como una línea discontinua tenue; el enlace lo conserva.
notices-title = Algunos valores no se han usado tal como se introdujeron:
notices-more = y { $count } más
notices-dismiss = Cerrar
caution = Advertencia:
embed-title = ¿Minar bitcoin o alojar IA?

## Los títulos de los demás gráficos

chart-cash = Otra perspectiva: caja nominal, sin descontar
chart-annual = EBITDA por MW y año, y lo que queda después de impuestos e intereses
chart-cover = ¿Soporta la opción de IA su deuda? Caja disponible frente al servicio de la deuda
chart-kwh = Ingresos por kWh: minería, arrendamiento para IA, nube de GPU
chart-tornado = Lo que más mueve el resultado
chart-map = Mapa de equilibrio: dónde gana convertir
chart-fan = La minería con incertidumbre frente a la opción de IA contratada
chart-when = Cuándo convertir: el resultado para cada mes de inicio

## Variables: etiqueta (`param-`) y unidad (`unit-`) de cada una

param-mw = Potencia de conexión a la red
unit-mw = MW
param-yrs = Duración del contrato
unit-yrs = años
param-pwr = Precio de la electricidad
unit-pwr = $/kWh
param-pesc = Subida del precio de la electricidad
unit-pesc = %/año
param-site = Valor de la instalación al final
unit-site = $M por MW
param-hp = Hashprice
unit-hp = $/PH/s/día
param-btcg = Revalorización del BTC
unit-btcg = %/año
param-fee = Comisiones por transacción
unit-fee = BTC/bloque
param-jth = Eficiencia de la flota
unit-jth = J/TH
param-aage = Antigüedad de la flota al inicio
unit-aage = años
param-ovh = Consumo auxiliar de la minería (PUE)
unit-ovh = ×
param-up = Disponibilidad de las máquinas
unit-up = %
param-curt = Horas con recorte de consumo
unit-curt = % de las horas
param-ccr = Compensación por recorte de consumo
unit-ccr = $/MWh no consumido
param-pool = Comisión del pool
unit-pool = %
param-opx = Opex no energético
unit-opx = $/MWh
param-asic = Precio del ASIC
unit-asic = $/TH
param-alife = Vida útil del ASIC
unit-alife = años
param-hrg = Crecimiento fijo del hashrate
unit-hrg = %/año
param-mj = Eficiencia de la flota marginal
unit-mj = J/TH
param-mpw = Precio de la electricidad del minero marginal
unit-mpw = $/kWh
param-effg = Mejora de eficiencia de los ASIC
unit-effg = %/año
param-hl = Semivida del ajuste de la red
unit-hl = meses
param-pue = PUE de la IA
unit-pue = ×
param-cap = Capex de conversión
unit-cap = $M por MW de TI
param-cvin = Inicio de la conversión dentro de
unit-cvin = meses
param-conv = Duración de la conversión
unit-conv = meses
param-ramp = Rampa hasta plena capacidad
unit-ramp = meses
param-load = Carga media de TI
unit-load = % de la capacidad de TI
param-share = Parte de la instalación convertida
unit-share = %
param-firm = Prima por potencia firme
unit-firm = $/kWh
param-exit = Salida anticipada del cliente
unit-exit = %/año
param-back = Respaldado por grado de inversión
unit-back = % de los ingresos
param-prep = Cobrado por adelantado
unit-prep = % de los ingresos del contrato
param-wrnt = Warrants concedidos en la operación
unit-wrnt = $M
param-rent = Renta inicial del arrendamiento
unit-rent = $/kW-mes de TI
param-esc = Actualización anual de la renta
unit-esc = %/año
param-noi = Margen NOI, arrendamiento bruto modificado
unit-noi = %
param-noin = Margen NOI, arrendamiento triple neto
unit-noin = %
param-renew = Renovación al vencimiento
unit-renew = %
param-tail = Años computados tras el contrato
unit-tail = años
param-down = Desocupación hasta el nuevo arrendamiento
unit-down = meses
param-refit = Reacondicionamiento al final
unit-refit = % del capex de conversión
param-comm = Comisión de arrendamiento
unit-comm = % de la renta del contrato
param-gph = Precio de alquiler de GPU
unit-gph = $/GPU-hora
param-util = Utilización de las GPU
unit-util = %
param-gpmw = GPU por MW de TI
unit-gpmw = GPU
param-gcap = Capex de GPU
unit-gcap = $ por GPU
param-glife = Vida útil de las GPU
unit-glife = años
param-gdec = Caída del precio de las GPU
unit-gdec = %/año
param-gopx = Otros opex de la nube de GPU
unit-gopx = % de los ingresos
param-rig = Tasa para la renta con respaldo
unit-rig = %/año
param-rown = Tasa para la renta con el crédito del inquilino
unit-rown = %/año
param-rcon = Tasa durante la conversión
unit-rcon = %/año
param-rtail = Tasa tras el contrato
unit-rtail = %/año
param-rmine = Tasa para la caja de la minería
unit-rmine = %/año
param-dr = Una única tasa para todo
unit-dr = %/año
param-tax = Tipo del impuesto sobre beneficios
unit-tax = %
param-bonus = Amortización acelerada (bonus depreciation)
unit-bonus = % del coste a 5 y 15 años
param-cseg = Segregación de costes
unit-cseg = % del capex de conversión
param-ltc = Peso de la deuda en el coste de IA
unit-ltc = % del coste
param-cpn = Tipo de interés
unit-cpn = %/año
param-dfee = Comisiones y descuento de emisión
unit-dfee = % del importe
param-dten = Plazo de amortización
unit-dten = años
param-dsri = Rentabilidad de la reserva
unit-dsri = %/año
param-dsra = Reserva para el servicio de la deuda
unit-dsra = meses
param-dscr = Covenant de ratio de cobertura del servicio de la deuda (DSCR)
unit-dscr = ×
param-coe = Coste de los recursos propios
unit-coe = %/año
param-vol = Volatilidad del BTC
unit-vol = %/año
param-hrsd = Incertidumbre del crecimiento del hashrate
unit-hrsd = pp/año
param-rho = Correlación precio–hashrate
