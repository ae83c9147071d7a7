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
       *[cloud] operar una nube de GPU en esta instalación
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
verdict-cloud-part = Operar una nube de GPU en el { $share } de esta instalación de { $mw } MW y minar el resto { $sign ->
        [gain] aporta
       *[loss] cuesta
    } { $value } en valor actual; minarla entera vale { $mining }.
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
verdict-cloud-part-dark = Operar una nube de GPU en el { $share } de esta instalación de { $mw } MW { $sign ->
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
term-after-cloud-gloss = la nave puede volver a arrendarse cuando vence el contrato: se cuentan los años posteriores, descontado el coste de reacondicionarla, y lo que valen las GPU que siguen en uso.

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
sourced = Valores por defecto a partir de cifras fechadas y con fuente{ $deals }; los valores sin fuente se marcan como supuestos.
sourced-deals = (operaciones { $years })
embed-open-full = Abrir la calculadora completa con este escenario ↗

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
why-market-lease = Los inversores pagan entre 20 y 25 veces el EBITDA anual por las empresas cotizadas que arriendan centros de datos y entre 5 y 12 veces por las mineras: { $converted } por las salas arrendadas frente a { $miners }, con una conversión que cuesta { $cost }; es otra óptica, distinta del valor actual de arriba.
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

## Las secciones de variables, sus recuentos y la nota del resumen compacto

group-site = Instalación
group-mining = Minería de bitcoin
group-network = Red de bitcoin
group-ai = Alojamiento de IA
group-lease = Arrendamiento
group-gpu = Nube de GPU
group-finance = Finanzas
group-tax = Impuestos
group-debt = Deuda
inputs-defaults = { $shown ->
        [one] { $shown } variable, con su valor por defecto
       *[other] { $shown } variables, todas con su valor por defecto
    }
inputs-changed = { $shown } { $shown ->
        [one] variable
       *[other] variables
    }, { $changed } { $changed ->
        [one] modificada
       *[other] modificadas
    }
moved-none = Al mover cualquier variable, aquí aparece lo que cambia.
moved-many = { $first } y { $count } más
moved-favour = { $what }: { $value } más a favor de { $side ->
        [converting] convertir
       *[mining] seguir minando
    }
moved-both = { $what }: { $change } en ambas opciones; la diferencia no cambia
moved-nothing = { $what }: el valor de ambas opciones no cambia
input-typed = { $label }, entrada manual
input-typed-unit = { $label } en { $unit }, entrada manual

## Compartir y pie de página

skip = Saltar a los controles
share-copy-link = Copiar enlace
share-cite = Citar
share-embed = Insertar
share-csv = Descargar datos (CSV)
share-notes = Notas sobre los datos (JSON)
share-notes-title = Qué contiene cada columna y en qué unidad, las variables, fuentes, fechas y advertencias (Frictionless Data)
share-link-copied = Enlace copiado.
share-citation-copied = Cita copiada.
share-csv-done = Datos descargados: { $file }.
share-notes-done = Notas descargadas: datapackage.json, correspondiente a { $file }; los dos archivos deben ir en la misma carpeta.
share-refused = El navegador no ha permitido copiar: hay que seleccionar el texto y copiarlo a mano.
foot-sources = Las cifras remiten a fuentes citadas y fechadas, o se indican como supuestos.
foot-methodology = Metodología, fórmulas y fuentes
foot-private = Se ejecuta íntegramente en el navegador: no se envía ningún dato a ninguna parte.
foot-version = Wattsworth { $version }, compilado el { $built }.
foot-offline = Descargar para usar sin conexión
foot-offline-note = (un solo archivo HTML, funciona sin conexión).

## Otras formas de calcularlo, ingresos por kWh y los detalles bajo la respuesta

end-contract-only = Si solo se cuentan los años del contrato, sin nada después: { $ahead }.
end-lease = { $years ->
        [one] Si se cuenta { $years } año posterior al contrato
       *[other] Si se cuentan { $years } años posteriores al contrato
    } (renovado o arrendado de nuevo a la renta de mercado): { $ahead }.
end-cloud = { $years ->
        [one] Si se cuenta { $years } año posterior al contrato
       *[other] Si se cuentan { $years } años posteriores al contrato
    } (la nave arrendada de nuevo a la renta de mercado) y las GPU que siguen en uso: { $ahead }.
ahead-converting-lower = convertir sale ganando por { $value }
ahead-mining-lower = minar sale ganando por { $value }
bases-pre = Después de impuestos: { $after } sin deuda y { $financed } con deuda.
bases-after = Antes de impuestos: { $pre }.
bases-financed = Antes de impuestos y sin deuda: { $pre }; después de impuestos y sin deuda: { $after }.
kwh = Por kWh de capacidad de conexión a la red, en el primer año completo de operación de la IA (desde { $from }), la IA genera { $multiple } los ingresos brutos de la minería, antes de cualquier capex: { $holds }; { $claim }.
kwh-holds = aquí se cumple lo de «hasta 25×»
kwh-not = no llega a 25×
kwh-claim-at = una nube de GPU llega a 25× con un precio de { $price }/GPU-hora o más (precio a fecha de { $date }, utilización del { $utilisation }%, { $gpus } GPU por MW de TI)
kwh-claim-never = una nube de GPU que no venda ninguna hora de GPU nunca llega a 25×
details-none = No se convierte nada, así que no hay plazo de recuperación, rentabilidad ni préstamo que indicar.
rates-loan-same = { $rates } y el préstamo al mismo { $loan }
rates-loan-market = { $rates } y el préstamo al { $loan }, el tipo de mercado para su riesgo de crédito
payback-at-end = Con flujos de caja descontados ({ $on }; { $rates }), la conversión solo recupera la inversión gracias a los valores posteriores al contrato, computados en su último mes ({ $span }).
payback = Con flujos de caja descontados ({ $on }; { $rates }), la conversión recupera la inversión al cabo de { $span }.
payback-never = Con flujos de caja descontados ({ $on }; { $rates }), la conversión no llega a recuperar la inversión.
irr-equity = TIR del accionista en la conversión: { $irr } sobre un máximo de { $equity } aportados por los propietarios, frente a un coste de los recursos propios del { $cost } (descontada a esa tasa, la caja de los propietarios vale hoy { $value }).
irr-pre-tax = TIR de la conversión (antes de impuestos): { $irr }.
irr-after-tax = TIR de la conversión (después de impuestos): { $irr }.
irr-above-100 = más del 100% anual
irr-a-year = { $rate }% anual
hurdle-equity = el coste de los recursos propios del { $cost }
hurdle-contract = la tasa del { $rate } que corresponde al riesgo de crédito del contrato
irr-withheld = No se indica TIR: { $why }.
irr-no-outlay = la conversión no cuesta en ningún mes más que seguir minando, así que no hay inversión sobre la que medir una rentabilidad
irr-gains-first = la conversión primero genera ganancias y después costes, así que una tasa de rentabilidad no la describe
irr-odd = la conversión rinde un { $rate }% anual sobre su caja, cifra que no cuadra con su valor si se toma como referencia { $hurdle }
irr-none-balances = ninguna tasa mensual entre el −99,99% y el +10.000% hace nulo el valor actual de la diferencia de caja entre ambas opciones
irr-many-signs = la diferencia de caja entre ambas opciones cambia de signo más de una vez, así que ninguna tasa única la describe
debt-none = Deuda: ninguna; ningún préstamo cumple el covenant de DSCR de { $cover }.
debt-share = el { $share } del coste
debt-share-sized = el { $share } del coste: el máximo que permite el covenant de { $cover }, frente al { $asked } solicitado
debt-lowest-sized = { $lowest } frente al covenant de { $cover }
debt-coupon-market = su tipo de interés, del { $coupon }, es el de mercado para su riesgo de crédito
debt-coupon-value = su tipo de interés del { $coupon }, { $side ->
        [below] por debajo
       *[above] por encima
    } del { $market } que { $rate ->
        [one] se aplica a todos los flujos
       *[market] marca el mercado para su riesgo de crédito
    }, vale { $value } para los propietarios { $with ->
        [reserve] contando comisiones y la reserva
       *[fees] contando comisiones
    }, antes del escudo fiscal de sus intereses
debt = Deuda: préstamo de { $borrowed } ({ $share }), amortizado de { $from } a { $to }; ratio de cobertura del servicio de la deuda (DSCR) mínimo de { $lowest } ({ $month }) y medio de { $average }; { $value }.
network-responds = con un hashrate de la red que reacciona a los márgenes, lo que corrige a la baja un hashprice alto
network-fixed = con un hashrate de la red que crece un { $growth }% anual, hagan lo que hagan los márgenes
breakeven-hp = Para igualar a la conversión, la minería necesitaría un hashprice de { $price }/PH/s/día (a fecha de { $date }, { $network }).
breakeven-hp-record = Para igualar a la conversión, la minería necesitaría un hashprice de { $price }/PH/s/día (a fecha de { $date }, { $network }), por encima del récord de { $record } (2021).
breakeven-hp-none = Ningún hashprice de hasta { $top }/PH/s/día permite a la minería igualar a la conversión ({ $network }).
breakeven-hp-never = La conversión pierde con cualquier hashprice entre { $low } y { $top }/PH/s/día: la pérdida está en el negocio de IA, gane lo que gane la minería.
running-dark = La instalación no tiene equipos de minería: si no se convierte, sigue apagada.
running-never-end = Aquí los equipos nunca cubren la electricidad y los demás costes operativos, así que permanecen apagados: la minería solo vale lo que se obtenga al final por la instalación y sus máquinas.
running-never = Aquí los equipos nunca cubren la electricidad y los demás costes operativos, así que permanecen apagados y la minería vale { $zero }.
running-some = Los equipos propios funcionan { $on } de { $months ->
        [one] { $months } mes
       *[other] los { $months } meses
    }: solo cuando los ingresos del mes cubren la electricidad y los demás costes operativos.
valued = Periodo valorado: de { $first } a { $last }; el contrato va de { $cutover } a { $last }.
warn-no-debt = Ningún préstamo cumple un covenant de DSCR de { $cover }: en algún mes, la caja de la opción de IA no cubre ningún servicio de la deuda con ese ratio, así que las cifras no incluyen deuda.
warn-network-held = Con estas variables, la red se reduciría por debajo del doble de la flota de esta instalación a partir de { $from }: se mantiene en ese nivel, porque el modelo no puede valorar una instalación que mueva por sí sola el hashprice.
warn-hashprice-beyond = El hashprice va de { $low } a { $high } por PH/s y día, fuera de todo lo observado (récord de { $record }, 2021).
warn-hashprice-beyond-still = El hashprice va de { $low } a { $high } por PH/s y día, fuera de todo lo observado (récord de { $record }, 2021): con la respuesta de la red desactivada, el hashrate no reacciona a los márgenes.
warn-value-beyond = Una de las opciones vale más de un billón de dólares: las variables no describen ninguna instalación real.
warn-fleet-share = La flota llegaría a representar hasta el { $share }% de toda la red; el modelo trata la instalación como demasiado pequeña para mover el hashprice.
warn-credits-exceed = La compensación por recorte de consumo rinde más que la propia minería: esto corresponde a una comercializadora de electricidad, no a una minera.
warn-nothing-converted = No se convierte ninguna parte de la instalación: las dos opciones son iguales.
warn-ramp-outlasts = El contrato termina antes de que la instalación alcance su plena capacidad.

## La caja nominal, el EBITDA anual y la cobertura de la deuda

cash-pre-tax = caja antes de impuestos
cash-after-tax = caja después de impuestos
cash-financed = caja después de impuestos y del servicio de la deuda
cash-same = La caja de ambas opciones es la misma: no se convierte nada.
cash-discounted-ahead = Con la caja descontada, convertir sigue saliendo ganando.
cash-discounted-behind = Con la caja descontada, la conversión no recupera la inversión.
cash-when-end-values = , pero solo gracias a los valores posteriores al contrato, computados en su último mes: hasta entonces, minar sale ganando por { $behind }
cash-when-last = , ventaja que solo logra en su último mes ({ $span })
cash-when-after = , ventaja que logra de forma definitiva al cabo de { $span }
cash-ai-ends = En términos de { $cash }, sin descontar, la opción de IA termina con { $value } de ventaja sobre la minería{ $when }.
cash-mining-ends = En términos de { $cash }, sin descontar, la minería termina con { $value } de ventaja sobre la opción de IA.
annual-ebitda = En el año { $year }, el EBITDA de la IA es de { $ai } por MW, frente a { $mining } de la minería.
annual-kept = La opción de IA retiene { $ai } de esa cifra después de impuestos, y la minería, { $mining }.
annual-kept-financed = La opción de IA retiene { $ai } de esa cifra después de impuestos e intereses, y la minería, { $mining } después de impuestos.
cover-none = No hay deuda, así que no hay servicio de la deuda que cubrir.
cover-no-loan = Ningún préstamo cumple el covenant de DSCR de { $cover }: en algún mes, la caja no cubriría ningún servicio de la deuda con ese ratio.
cover-sized = El préstamo se dimensiona para que el DSCR nunca baje del covenant de { $cover }: el { $share } del coste, no el { $asked } solicitado; el DSCR mínimo se da en { $month }.
cover-above = El DSCR no baja de { $lowest } (su mínimo, en { $month }), frente a un covenant de { $cover }.

## Los gráficos de los análisis: conclusiones, descripciones, tablas y etiquetas

takeaway-kwh = Por kWh de capacidad, en el primer año completo de operación de la IA, un arrendamiento genera { $lease } los ingresos de la minería y una nube de GPU, { $gpu }; el «hasta 25×» de los titulares es una cifra de nube de GPU, antes del capex en GPU.
tornado-none = Ninguna de estas variables mueve el resultado.
tornado-most = «{ $label }» es la variable que más mueve el resultado: lo lleva de { $low } a { $high } al pasar de { $from } a { $to }.
tornado-left-out = { $count ->
        [one] { $count } variable sin efecto queda fuera del gráfico.
       *[other] { $count } variables sin efecto quedan fuera del gráfico.
    }
left-out = { $count ->
        [one] { $count } variable sin efecto queda fuera
       *[other] { $count } variables sin efecto quedan fuera
    }
smaller-in-table = { $count ->
        [one] { $count } variable de menor efecto figura en la tabla
       *[other] { $count } variables de menor efecto figuran en la tabla
    }
smaller-dead-in-table = { $count ->
        [one] { $count } variable de menor efecto y { $dead } sin efecto figuran en la tabla
       *[other] { $count } variables de menor efecto y { $dead } sin efecto figuran en la tabla
    }
per-kw-month = /kW-mes
per-gpu-hour = /GPU-hora
map-at = Con el { $label } actual ({ $value })
map-here = Aquí
map-above = { $at }, convertir sale ganando frente a la minería por encima de { $rate }.
map-ai-always = { $at }, convertir sale ganando frente a la minería en todo el rango de precios analizado.
map-mining-always = { $at }, la minería sale ganando frente a la conversión en todo el rango de precios analizado.
takeaway-fan = En el { $share }% de las { $paths } trayectorias simuladas del precio del BTC y del hashrate, la opción de IA termina con el VAN más alto, con la parte de IA tal como está configurada: sin impagos del inquilino más allá de su tasa de salida anticipada, sin sobrecostes y sin retrasos.
when-none = No se convierte nada: no hay fecha de inicio que evaluar.
when-now = ahora
when-in = en { $month }
when-loses = La conversión pierde con cualquier inicio desde ahora hasta { $last }; la menor pérdida, { $loss }, se obtiene empezando en { $best }.
when-later-loses-more = Cuanto más tarde se empieza, más se pierde.
when-best-set = Empezar la conversión { $set }, como está fijado, es la mejor opción: { $value }.
when-best-other = El mejor momento para empezar es { $best }: { $value } frente a seguir minando, mientras que empezar { $set } supone { $at-set }.
when-best = El mejor momento para empezar es { $best }: { $value } frente a seguir minando.
when-best-mark = { $month } (el mejor)
business-lease = arrendamiento a un inquilino de IA
business-cloud = operación de una nube de GPU en la instalación
describe-range = de { $low } a { $high }
describe-no-data = sin datos
describe-cash = Gráfico de líneas de la { $cash }, acumulada y sin descontar, mes a mes durante { $span } desde { $start }: minería, { $mining }; { $ai }, { $converting }.
describe-annual = Gráfico del EBITDA por MW de conexión a la red en cada año del periodo analizado: minería, { $mining }; { $ai }, { $converting }.
describe-cover = Gráfico de líneas de la cobertura del servicio de la deuda de la opción de IA (caja disponible para el servicio de la deuda dividida entre el servicio de la deuda), mes a mes de { $from } a { $to }: mínima de { $lowest } y media de { $average }, frente a un covenant de { $cover } marcado con una línea discontinua.
describe-cover-none = No hay gráfico de cobertura del servicio de la deuda: en este escenario no hay deuda.
describe-kwh = Barras horizontales de ingresos brutos por kWh de capacidad de conexión a la red: minería, { $mining }; arrendamiento para IA, { $lease }; nube de GPU, { $gpu }; con una marca en 25 veces la minería.
describe-tornado = Barras horizontales, de mayor a menor: cuánto se mueve la ventaja de la IA cuando una variable pasa de su valor bajo a su valor alto y las demás se mantienen fijas.
describe-map = Mapa de calor de la ventaja de la IA según dos variables (el capex de conversión o el hashprice en el eje horizontal y la renta o el precio por hora de GPU en el vertical), con un color donde gana convertir y otro donde gana la minería, una línea en el punto de equilibrio y una marca en los valores actuales.
describe-fan = Bandas de la caja acumulada de la minería en { $paths } trayectorias simuladas del precio del bitcoin y del hashrate (percentiles 5 a 95 y 25 a 75, con la mediana como línea), frente a la línea de la opción de IA.
describe-when = Gráfico de líneas de la ventaja de la IA para cada mes en que podría empezar la conversión, desde ahora hasta dentro de diez años (cada inicio se valora en su propio periodo: minería hasta entonces, la conversión y el contrato completo), con un punto en el mejor inicio.
col-year = Año
col-value-so-far = { $path }: valor actual acumulado
col-mining-cumulative = Minería, acumulado
col-ai-cumulative = IA, acumulado
col-mining-revenue-mw = Ingresos minería/MW
col-mining-ebitda-mw = EBITDA minería/MW
col-mining-tax-mw = Impuestos minería/MW
col-ai-revenue-mw = Ingresos IA/MW
col-ai-ebitda-mw = EBITDA IA/MW
col-ai-tax-mw = Impuestos IA/MW
col-ai-debt-mw = Servicio de la deuda IA/MW
col-debt-service = Servicio de la deuda
col-lowest-cover = DSCR mínimo
col-average-cover = DSCR medio
col-business = Negocio
col-per-kwh-grid = $ por kWh de capacidad de red
col-per-kwh-it = $ por kWh de capacidad de TI
col-times-mining = × minería
row-mining = Minería
row-ai-lease = Arrendamiento para IA
row-gpu-cloud = Nube de GPU
col-input = Variable
col-low = Valor bajo
col-gap-low = IA − minería, valor bajo
col-high = Valor alto
col-gap-high = IA − minería, valor alto
col-mining-p5 = Minería p5
col-mining-p50 = Minería p50
col-mining-p95 = Minería p95
col-ai = IA
col-starts = Inicio de la conversión
col-months-from-now = Meses desde hoy
col-gap = IA − minería
ck-mining = Minería
ck-ai = IA
ck-mining-pinned = Minería (fijado)
ck-ai-pinned = IA (fijado)
ck-axis-cumulative = Caja neta acumulada
ck-payback = recuperación descontada
ck-mining-ebitda = EBITDA minería
ck-ai-ebitda = EBITDA IA
ck-mining-kept = Minería tras imp.
ck-ai-kept = IA tras impuestos
ck-ai-kept-financed = IA tras imp. e int.
ck-axis-year = Año del periodo
ck-axis-per-mw = Por MW y año
ck-no-loan = Ningún préstamo cumple el covenant.
ck-nothing-borrowed = No hay deuda.
ck-covenant = covenant { $cover }
ck-axis-cover = Cobertura de la deuda (DSCR)
ck-mining-p50 = Minería p50
ck-converting-then = convertir en ese mes
ck-axis-starts = Años hasta el inicio de la conversión
ck-axis-adds = Lo que aporta convertir, en valor actual
ck-best = mejor: { $month }
ck-smallest-loss = menor pérdida: { $month }
ck-times-mining = , { $times } la minería
ck-axis-kwh = Ingresos por kWh de capacidad de red
ck-input-low = valor bajo
ck-input-high = valor alto
ck-mining-ahead = Gana la minería
ck-ai-ahead = Gana la IA
ck-break-even-line = equilibrio (línea)

## Inserción, la ficha impresa y las descargas de los gráficos

embed-charts = Gráficos (si no se marca ninguno: el valor actual)
embed-chart-value = Valor actual (la respuesta)
embed-chart-cash = Caja, sin descontar
embed-chart-annual = EBITDA por año
embed-chart-kwh = Ingresos por kWh
embed-chart-tornado = Lo que mueve el resultado
embed-chart-map = Mapa de equilibrio
embed-chart-fan = La minería con incertidumbre
embed-chart-cover = Cobertura de la deuda
embed-chart-when = Cuándo convertir
embed-controls = Controles
embed-controls-none = Ninguno
embed-controls-all = Todas las variables
embed-theme = Tema
embed-theme-auto = Según la configuración del lector
embed-theme-light = Claro
embed-theme-dark = Oscuro
embed-locked = Solo lectura (sin controles)
embed-look = Aspecto
embed-static = Estático: solo la frase y la imagen
embed-plain = Sencillo: sin título ni pie (el crédito y la fecha, en la página que lo inserta)
embed-transparent = Transparente: con el fondo de la página que lo inserta
embed-lang-browser = Idioma del navegador de cada lector
embed-paste = Código para pegar en el artículo (la altura se ajusta al contenido):
embed-copy-code = Copiar el código de inserción
embed-code-copied = Código de inserción copiado.
embed-iframe = O, donde no se permiten scripts, este iframe (600 px de alto: primero el veredicto y el gráfico; el resto, con desplazamiento):
embed-copy-iframe = Copiar el código del iframe
embed-iframe-copied = Código del iframe copiado.
embed-picture = O, donde no puede ejecutarse ningún script (edición impresa, AMP, hemerotecas), la frase con su gráfico como imagen, fechada y citada:
embed-copy-picture = Copiar el código de la imagen
embed-picture-copied = Código de la imagen copiado.
embed-preview-at = Vista previa a
embed-preview-phone = 320 px (un móvil)
embed-preview-article = 640 px (un artículo)
embed-preview-full = todo el ancho
sheet-input = Variable clave
sheet-value = Valor
sheet-source = Fuente y fecha
sheet-every = Todas las variables, fórmulas y fuentes:
sheet-made = Wattsworth { $version } ({ $built }), una calculadora de código abierto. Importes convertidos desde dólares estadounidenses cuando se muestra otra moneda.
chart-downloaded = Archivo descargado: { $file }.
chart-not-drawn = No se ha podido generar la imagen { $format }.
chart-download = Descargar «{ $title }» como { $format ->
        [PNG] imagen PNG
       *[SVG] imagen SVG
    }
map-across = Eje horizontal
methodology-summary = Metodología: fórmulas, unidades, fuentes y lo que no se modeliza
ki-start = Inicio
ki-default = Valor por defecto
ki-reader = Fijado por el lector
ki-reader-default = Fijado por el lector (valor por defecto { $default }: { $source })

## Las notas de un gráfico exportado, las fechas de los datos de mercado y la comparación con un escenario fijado

kp-start = inicio en { $month }
kp-power = electricidad a { $price }/kWh (a fecha de { $date })
kp-hashprice = hashprice de { $price }/PH/s/día (a fecha de { $date })
kp-lease = renta de { $price }/kW-mes de TI
kp-gpu = nube de GPU a { $price }/GPU-hora
kp-gpu-capex = capex de GPU de { $cost } por GPU
kp-capex = capex de conversión de { $cost } por MW de TI
kp-contract = { $years ->
        [one] contrato a { $years } año
       *[other] contrato a { $years } años
    }
kp-rates = renta al { $rent }, minería al { $mining }
kp-all = Variables clave: { $parts }.
kp-others = Otras variables clave: { $parts }.
note-basis = Base de cálculo: { $basis }
note-answer = La respuesta: { $verdict }
note-scenario = { $data } Escenario: { $link }
note-made = Wattsworth { $version } ({ $built }), una calculadora abierta: todas las fórmulas, variables y fuentes figuran en su metodología; los valores sin fuente se indican como supuestos.
data-hashprice = hashprice
data-fees = comisiones
data-difficulty = dificultad
data-btc-price = precio del BTC
data-gpu-price = alquiler de GPU
data-power-price = electricidad
market-as-of = Datos de mercado a { $date } ({ $with }){ $others }{ $stale }.
market-as-of-brief = Datos de mercado a { $date }{ $stale }.
market-stale = : { $days } días anteriores a esta compilación
compare-figure = { $name }: escenario fijado { $pinned } → ahora { $now } ({ $change })
compare-advantage = Ventaja de la IA
compare-mining = VAN de la minería
compare-ai = VAN de la IA
compare-business = Negocio de IA
compare-on = activado
compare-off = desactivado
compare-none = Todas las variables coinciden.
compare-changed = Cambios: { $list }.
dp-revenue = Ingresos: ventas y, en la minería, la compensación por recorte de consumo.
dp-power-cost = Coste de la electricidad consumida de la red.
dp-other-opex = Costes operativos distintos de la electricidad.
dp-capex-net-of-sales = Inversión en capital, neta de la venta de equipos: negativa cuando se vende más de lo que se compra (los ASIC vendidos en el paso a la IA).
dp-end-value = Valor computado al final del periodo analizado (el valor de salida del arrendamiento y los valores residuales de los ASIC y las GPU); cero salvo que se cuenten los valores posteriores al contrato.
dp-grid-energy = Energía consumida de la red.
dp-tax-paid = Impuesto sobre beneficios pagado; cero con la base de cálculo antes de impuestos.
dp-borrowed-net-of-fees = Importe del préstamo recibido, neto de comisiones y descuento de emisión (las notas indican el importe bruto del préstamo); solo con la base de cálculo financiada con deuda.
dp-interest-paid = Intereses pagados en efectivo (los intereses que se suman al préstamo no se pagan).
dp-principal-repaid = Principal del préstamo amortizado.
dp-debt-reserve-flow = Reserva para el servicio de la deuda: negativa cuando se dota, positiva cuando se libera.
dp-ebitda = EBITDA: ingresos menos el coste de la electricidad y el resto del opex.
dp-project-cash = Caja antes de impuestos y deuda: EBITDA menos capex, más el valor final, si lo hay.
dp-loan-net-flow = Flujo neto del préstamo para los propietarios: importe recibido (neto de comisiones) menos intereses y principal, más el flujo de la reserva.
dp-owners-cash = Caja de los propietarios según la base de cálculo del escenario: caja del proyecto menos impuestos, más el flujo neto del préstamo.
dp-cumulative-owners-cash = Caja de los propietarios acumulada desde el primer mes, sin descontar.
dp-discounted-cumulative-owners-cash = Caja de los propietarios descontada a la fecha de inicio y acumulada: su último valor es el VAN de la opción.
dp-path-mining = Seguir minando
dp-path-ai = Convertir para IA
dp-month = Mes del periodo analizado, contado desde 1 (el mes de inicio), como lo cuenta la página.
dp-date = Mes natural del periodo analizado del escenario (AAAA-MM).
dp-pinned-prefix = Escenario fijado:
dp-pinned-date = Mes natural del periodo analizado del escenario fijado (AAAA-MM).
dp-money-usd = Los importes de la tabla están en dólares estadounidenses, como los calcula el modelo.
dp-money = Los importes de la tabla están en { $code }, a { $rate } por dólar estadounidense ({ $whose }); el modelo calcula en dólares estadounidenses.
dp-readers-rate = tipo de cambio introducido por el lector
dp-rows = Una fila por mes del periodo analizado, contado desde 1; para cada opción, su caja por partidas, la caja de los propietarios según la base de cálculo y sus totales acumulados (el último total descontado es el VAN de la opción). Las variables figuran tal como las toma el modelo, en dólares estadounidenses. Fórmulas y fuentes: la metodología de la calculadora.
dp-pinned = Las columnas pinned_ corresponden al escenario fijado, para comparar.
dp-scenario = Escenario: { $link }
dp-methodology = Metodología de Wattsworth: todas las fórmulas, variables, fuentes y fechas
dp-table-title = Las dos opciones, mes a mes
dp-title = Wattsworth { $version }: seguir minando o convertir para IA, mes a mes
dp-as-of = { $label }: fecha de referencia
dp-date-of-figure = fecha del dato de mercado
dp-start = Mes de inicio
dp-first-month = primer mes del periodo analizado
methodology-intro = En resumen: la calculadora compara mes a mes dos opciones para una misma instalación, seguir minando bitcoin con sus equipos o convertirla para un inquilino de IA (mediante un arrendamiento o con una nube de GPU propia), con impuestos y préstamo, y calcula el valor actual de la caja de cada opción con una tasa acorde con su riesgo: la más baja para la renta que respalda una empresa con grado de inversión, más alta si depende del crédito del propio inquilino y la más alta para la caja de la minería, que se mueve con el bitcoin. El veredicto es la diferencia entre ambos valores. A continuación figura la metodología completa en inglés, con todas las fórmulas, variables y fuentes.

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

## Interruptores y operaciones reales del menú

toggle-net = El hashrate de la red reacciona a los márgenes de la minería
toggle-mine = Seguir minando hasta el paso a la IA
toggle-relet = Volver a arrendar el espacio que un cliente deje antes de tiempo
toggle-green = Sin equipos de minería en la instalación (greenfield)
toggle-nnn = Arrendamiento triple neto
toggle-tv = Contar los años posteriores al contrato
toggle-onerate = Una única tasa para todo
toggle-pretax = Mostrar cifras antes de impuestos y sin deuda
toggle-group = Las pérdidas fiscales se compensan de inmediato con otros beneficios del grupo
toggle-idc = Sumar al préstamo los intereses durante la construcción
toggle-sculpt = La amortización sigue a la caja (DSCR constante)
preset-today = Mercado actual (arrendamiento)
preset-csc = Core Scientific – CoreWeave (2024)
preset-wulf = TeraWulf – Fluidstack (2025)
preset-cifr-fs = Cipher – Fluidstack (2025)
preset-hut8 = Hut 8 – Fluidstack, River Bend (2025)
preset-hut8-bp = Hut 8 – Beacon Point (2026)
preset-cifr = Cipher – AWS (2025)
preset-riot-amd = Riot – AMD, Rockdale (2026)
preset-iren = IREN – Microsoft, nube de GPU (2025)
preset-iren-nvda = IREN – NVIDIA, nube de IA (2026)

## Las entradas que un escenario no usa, y por qué

unused-input = { $label } ({ $value }) no se usa { $why }
unused-kept = { $inputs }. Cada valor se conserva para cuando vuelva a aplicarse.
unused-why-no-miners = en una instalación sin equipos de minería (green=1)
unused-why-triple-net = con un arrendamiento triple neto (nnn=1), que tiene su propio margen
unused-why-not-triple-net = salvo con un arrendamiento triple neto (nnn=1)
unused-why-gpu-cloud = en una nube de GPU (mode=gpu)
unused-why-lease = en un arrendamiento (es una entrada de la nube de GPU: mode=gpu)
unused-why-contract-years-only = salvo que cuenten los años posteriores al contrato (tv=1)
unused-why-rate-for-each-risk = salvo con una única tasa para todo (onerate=1)
unused-why-one-rate = mientras se use una única tasa para todo (onerate=1)
unused-why-tenant-pays-power = en un arrendamiento (el inquilino paga su electricidad)
unused-why-before-tax = antes de impuestos (pretax=1)
unused-why-before-tax-and-debt = antes de impuestos y sin deuda (pretax=1)
unused-why-no-tax = sin impuesto sobre beneficios (tax=0)
unused-why-nothing-borrowed = sin deuda (ltc=0)
unused-why-no-reserve = sin reserva para el servicio de la deuda (dsra=0)
unused-why-network-responds = mientras el hashrate de la red reaccione a los márgenes (net=1)
unused-why-network-fixed = salvo que el hashrate de la red reaccione a los márgenes (net=1)

## Lo que dice cada campo: sobre un valor escrito, el mes de inicio, el tipo de cambio, la nota de un preajuste
typed-read-as = Se ha leído «{ $typed }» como { $value } { $unit }: «{ $marks }» no es la unidad de este campo.
typed-allowed = Se admiten valores de { $low } a { $high } { $unit }; se usa { $value }.
typed-whole-months = El modelo cuenta meses enteros: se redondea a { $months }.
typed-whole-months-unit = El modelo cuenta meses enteros: se redondea a { $value } { $unit } ({ $months }).
typed-unread-separators = No se ha podido leer «{ $typed }»: aquí los números se escriben como { $example } ({ $locale }); se sigue usando { $now }.
typed-unread = No se ha podido leer «{ $typed }» como número; se sigue usando { $now }.
input-default = Valor por defecto: { $value } { $unit }.
input-methodology = Metodología
input-reset-title = Restablecer el valor por defecto
controls-label = Variables
start-label = Mes de inicio
start-before-data = Los datos de mercado son de { $earliest }: una valoración no empieza antes; se usa { $earliest }.
start-choose = Elija un mes entre { $earliest } y { $latest }.
fx-label = Unidades de esta moneda por dólar estadounidense
fx-unread = No se puede usar «{ $typed }» como tipo de cambio: escriba cuántas unidades de esta moneda compra un dólar estadounidense, de { $low } a { $high }.
preset-from-deal = { $label }: de la operación ({ $why })
preset-assumed = { $label }: supuesto ({ $why })
preset-none = ninguna variable: todas tienen su valor por defecto actual
preset-set = { $sources }, { $date }. Fijado por la operación: { $fields }. Todo lo demás conserva su valor por defecto actual, con su propia fuente o marcado como supuesto.

## Lo que pedía un enlace (o el escenario guardado en este navegador) y no se ha podido aplicar: los avisos que aparecen encima de la respuesta. El texto en estilo `code` se escribe como en los enlaces y no se traduce en ningún idioma: claves con su `=` (mw=, ref=, currency=EUR…), valores (lease, gpu, none, key, all, light, dark, auto, cap, hp, 0, 1), etiquetas de idioma (de-DE, en-US) y códigos de moneda.
notice-name-mode = Modalidad de IA
notice-name-start = Mes de inicio
notice-as-of = { $label } (fecha de referencia)
notice-repeated-known = { $name }: { $key }= aparece { $count } veces en este enlace; se leen por orden y se usa { $used }
notice-repeated = { $key }= aparece { $count } veces en este enlace; solo se usa uno, el último válido
notice-unread-known = { $name }: { $key }= va después de los primeros { $limit } parámetros de este enlace y no se ha leído; se mantiene { $kept }
notice-unread = «{ $key }» va después de los primeros { $limit } parámetros de este enlace y no se ha leído
notice-unread-more = y tampoco se ha leído el resto tras los primeros { $limit } parámetros de este enlace ({ $count } más)
notice-mode = Negocio de IA: «{ $shown }» no es lease ni gpu; se mantiene { $kept }
notice-start = Mes de inicio: «{ $shown }» no es un mes de { $min } a { $max }; se mantiene { $kept }
notice-toggle = { $label }: «{ $shown }» no es 0 ni 1; se mantiene { $kept }
notice-dated-future = { $label }: «{ $shown }» es posterior a esta compilación ({ $built }): los datos de mercado no pueden ser del futuro; se mantiene { $kept }
notice-dated = { $label }: «{ $shown }» no es un mes de { $min } a { $max }; se mantiene { $kept }
notice-number = { $label }: «{ $shown }» no es un número tal como lo escriben los enlaces (cifras y un punto para los decimales, como 1.5 o 2000); se mantiene { $kept }
notice-tiny = { $label }: { $shown } es tan pequeño que no se puede representar; se lee como { $used }
notice-outside = { $label }: { $shown } está fuera del rango { $min }–{ $max } { $unit }; se usa { $used }
notice-whole-months = { $label }: { $shown } { $unit } no es un número entero de meses; se usa { $used }
notice-unknown = se ignora el parámetro desconocido «{ $key }»
notice-start-early = el inicio ({ $start }) es anterior a los datos de mercado más recientes ({ $latest }); se usa { $latest }
notice-model-unreadable = Versión del modelo: «{ $shown }» no es un número de versión; esta página usa la versión del modelo { $now }
notice-model-newer = Versión del modelo: este enlace se creó con la versión del modelo { $then }, más reciente que la { $now } de esta copia: sus cifras pueden diferir de las que se citaron con él; la calculadora publicada en la web tiene el modelo más reciente
notice-model-older = Versión del modelo: este enlace se creó con la versión del modelo { $then }; esta página usa la versión { $now }, que { $changes }. Sus cifras pueden diferir de las que se citaron con el enlace
model-change-2 = toma el valor de cada operación tal como se firmó, mantiene en marcha los equipos propios mientras cubren sus costes y compra otros nuevos cuando sale a cuenta
model-change-3 = cuenta el impuesto sobre beneficios y el préstamo, e indica cuándo convertir
model-change-4 = cuenta lo que vale cada opción tras el contrato y descuenta cada flujo de caja a la tasa que exige el mercado por su riesgo, mientras que la versión 3 usaba una única tasa del 10%
model-change-5 = valora la nave de una nube de GPU tras el contrato como el edificio de un arrendamiento, arrendada de nuevo a la renta de mercado, mientras que la versión 4 no le atribuía ningún valor
model-change-6 = decide la siguiente generación de GPU de una nube de GPU pensando ya en la generación posterior y valorando las GPU que quedan al final del periodo como lo hace la respuesta, mientras que la versión 5 podía comprar GPU para usarlas solo unos meses
notice-currency = Moneda: «{ $shown }» no está entre { $codes }; se muestra en dólares estadounidenses
notice-fx = Tipo de cambio: «{ $shown }» no es un tipo de cambio de { $min } a { $max } por dólar estadounidense, escrito con un punto para los decimales; se usa el tipo de cambio por defecto
notice-fx-alone = Tipo de cambio: un tipo de cambio solo se aplica con otra moneda (currency=EUR…); se ignora
notice-map = Mapa de equilibrio: «{ $shown }» no es cap ni hp; se muestra el capex de conversión en el eje horizontal
notice-charts-left-out = Gráficos: «{ $shown }» no está entre { $names }; queda fuera
notice-charts-default = Gráficos: «{ $shown }» no está entre { $names }; se muestran los gráficos por defecto
notice-controls = Controles: «{ $shown }» no es none, key ni all; se muestran los controles por defecto
notice-theme = Tema: «{ $shown }» no es light, dark ni auto; se sigue la configuración del lector
notice-flag = { $flag }: «{ $shown }» no es 0 ni 1; se toma como 0
flag-embed = Inserción
flag-locked = Solo lectura
flag-static = Estático
flag-plain = Sencillo
flag-transparent = Transparente
notice-locale = Configuración regional: «{ $shown }» no es una etiqueta de idioma como de-DE; se usa la del navegador
notice-pinned = Escenario fijado: { $notice }
notice-pinned-flag = Escenario fijado: { $key }= dentro de ref= no se lee: { $why }
pinned-why-ref = un escenario fijado no puede fijar a su vez otro escenario
pinned-why-locale = el escenario fijado se muestra con la moneda y la configuración regional de la página; { $key }= va junto a ref=, no dentro
pinned-why-display = los ajustes de visualización van junto a ref=, no dentro
notice-stored = Su último escenario, guardado en este navegador: { $notice }
notice-stored-unreadable = Su último escenario, guardado en este navegador, no está en un formato que esta versión pueda leer («{ $shown }»); se parte de los valores por defecto
notice-stored-saved = Su último escenario, guardado en este navegador, se ha copiado tal como estaba en el almacenamiento de este navegador, con el nombre «{ $backup }»
notice-stored-unsaved = Su último escenario, guardado en este navegador, no se ha podido copiar tal como estaba: el almacenamiento de este navegador está lleno
notice-storage-full = El almacenamiento de este navegador está lleno: su escenario está en la dirección de la página, pero no se recordará en su próxima visita.
notice-locale-no-numbers = Configuración regional: este navegador no puede dar formato a los números en «{ $tag }»; se usa en-US
notice-locale-unknown = Configuración regional: este navegador no reconoce «{ $tag }»; se usa { $used }
notice-locale-nearest = Configuración regional: este navegador no tiene la configuración regional «{ $tag }»; los números y los meses se escriben como en { $used }
notice-calendar = Meses: { $tag } usa el calendario { $calendar }; aquí los meses son gregorianos, como los cuenta el modelo, escritos al modo de { $tag }

## Las notas de los preajustes (una frase sobre cada operación real) y por qué cada preajuste fija cada variable
preset-note-today = Los valores por defecto: una instalación de 100 MW arrendada a un inquilino de IA a la renta inicial mediana de las operaciones.
preset-note-csc = 200 MW de TI, 12 años, 3500 millones de dólares: una media de unos 122 $/kW-mes; CoreWeave no tiene grado de inversión.
preset-why-csc-mw = la potencia de red es la de TI × el PUE por defecto
preset-why-csc-yrs = el plazo del contrato
preset-why-csc-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-note-wulf = 200 MW de TI sobre unos 250 MW de conexión a la red, 10 años, 3700 millones de dólares: una media de unos 154 $/kW-mes; Google respalda 1800 millones a cambio de warrants sobre 41 millones de acciones.
preset-why-wulf-mw = unos 250 MW de conexión a la red
preset-why-wulf-pue = 250 MW de conexión a la red para 200 MW de TI
preset-why-wulf-yrs = el plazo del contrato
preset-why-wulf-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-wulf-cap = coste de construcción previsto por la empresa, de 8 a 10 millones de dólares por MW de TI (R18): el punto medio
preset-why-wulf-back = Google respalda 1800 millones de dólares de los 3700 millones (market-data §6)
preset-why-wulf-wrnt = 41.011.803 warrants con precio de ejercicio de 0,01 dólares, cuando WULF cerró a 7,50 dólares el 14 de agosto de 2025: 7,49 dólares cada uno (W1)
preset-why-wulf-comm = comisión inicial de 30 millones de dólares a CBRE sobre los 3700 millones (W1)
preset-why-wulf-cpn = bonos de Lake Mariner, al 7,750% (F1)
preset-note-cifr-fs = 168 MW de TI sobre 244 MW de conexión a la red, 10 años, 3000 millones de dólares: una media de unos 149 $/kW-mes; Google respalda 1400 millones a cambio de warrants sobre 24 millones de acciones.
preset-why-cifr-fs-mw = 244 MW de conexión a la red
preset-why-cifr-fs-pue = 244 MW de conexión a la red para 168 MW de TI
preset-why-cifr-fs-yrs = el plazo del contrato
preset-why-cifr-fs-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-cifr-fs-cap = coste de construcción de 9 a 11 millones de dólares por MW de TI (S42): el punto medio
preset-why-cifr-fs-noi = NOI previsto por la empresa de entre el 80 y el 85% de la renta (R19): el punto medio
preset-why-cifr-fs-back = Google respalda 1400 millones de dólares de los 3000 millones (market-data §6)
preset-why-cifr-fs-wrnt = 24.178.576 warrants, cuando CIFR cotizaba cerca de 12,20 dólares tras el anuncio (W2)
preset-why-cifr-fs-cpn = bonos de Barber Lake, al 7,125% (F3)
preset-note-hut8 = 245 MW de TI, 15 años en arrendamiento triple neto, 7000 millones de dólares: una media de unos 159 $/kW-mes; Google respalda al inquilino.
preset-why-hut8-mw = la potencia de red es la de TI × el PUE por defecto
preset-why-hut8-yrs = el plazo del contrato
preset-why-hut8-green = un campus greenfield: sin equipos de minería en la instalación (R15)
preset-why-hut8-conv = anunciada en diciembre de 2025; primera sala en el segundo trimestre de 2027 (R15)
preset-why-hut8-esc = actualización de la renta del 3% anual (R15)
preset-why-hut8-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-hut8-nnn = arrendamiento triple neto (R15)
preset-why-hut8-noin = NOI de 6900 millones de dólares sobre los 7000 millones del plazo inicial (R15)
preset-why-hut8-cap = los bonos de 3250 millones de dólares menos los 184 millones devueltos a los accionistas, entre 245 MW de TI (R1, R15)
preset-why-hut8-back = Google respalda los pagos del arrendamiento durante los 15 años del contrato (R15)
preset-why-hut8-cpn = bonos de River Bend, al 6,192% (F4)
preset-why-hut8-ltc = hasta el 85% del coste según los criterios de concesión (F4); los bonos, de 3250 millones de dólares, financian también las reservas y los 184 millones devueltos
preset-why-hut8-dten = amortización íntegra en 16,5 años (F4); aquí se acorta al plazo del contrato
preset-note-hut8-bp = 352 MW de TI, 15 años en arrendamiento triple neto, 9800 millones de dólares con una actualización anual de la renta del 3%, con un inquilino con grado de inversión.
preset-why-hut8-bp-mw = la potencia de red es la de TI × el PUE por defecto
preset-why-hut8-bp-yrs = el plazo del contrato
preset-why-hut8-bp-green = un campus greenfield en el condado de Nueces: sin equipos de minería en la instalación (R16)
preset-why-hut8-bp-conv = anunciada en mayo de 2026; primera sala en el tercer trimestre de 2027 (R16)
preset-why-hut8-bp-esc = actualización de la renta del 3% anual
preset-why-hut8-bp-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-hut8-bp-nnn = arrendamiento triple neto, con cláusula take-or-pay
preset-why-hut8-bp-noin = NOI de 9800 millones de dólares sobre 9800 millones (R16)
preset-why-hut8-bp-back = un inquilino con grado de inversión
preset-why-hut8-bp-cpn = no se ha publicado deuda: se toma el tipo del único bono de centro de datos con respaldo de grado de inversión, el 6,192% de River Bend (R1)
preset-note-cifr = 300 MW, 15 años, 5500 millones de dólares: una media de unos 102 $/kW-mes si los 300 MW son de TI (sin confirmar).
preset-why-cifr-mw = 300 MW tomados como potencia de TI (sin confirmar); la potencia de red es la de TI × el PUE por defecto
preset-why-cifr-yrs = el plazo del contrato
preset-why-cifr-conv = anunciada en noviembre de 2025; renta desde agosto de 2026 (R20)
preset-why-cifr-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-cifr-back = AWS, con grado de inversión, es el inquilino
preset-why-cifr-cpn = no se ha publicado deuda: se toma el tipo del único bono de centro de datos con respaldo de grado de inversión, el 6,192% de River Bend (R1)
preset-note-riot-amd = 25 MW de TI, 10 años, 311 millones de dólares: una media de unos 104 $/kW-mes; una adaptación de edificios existentes a 3,6 millones de dólares por MW.
preset-why-riot-amd-mw = la potencia de red es la de TI × el PUE por defecto
preset-why-riot-amd-yrs = el plazo del contrato
preset-why-riot-amd-rent = calculada para que la renta contabilizada durante el contrato iguale el valor de la operación, con la actualización anual del preajuste y la rampa por defecto
preset-why-riot-amd-cap = capex de adaptación de 3,6 millones de dólares por MW
preset-why-riot-amd-noi = unos 25 millones de dólares de NOI al año sobre 311 millones en 10 años (R17)
preset-why-riot-amd-conv = capacidad entregada de enero a mayo de 2026 en edificios existentes (R17)
preset-why-riot-amd-ramp = capacidad entregada de enero a mayo de 2026 (R17)
preset-why-riot-amd-back = AMD se toma como inquilino con grado de inversión
preset-why-riot-amd-cpn = no se ha publicado deuda: se toma el tipo del único bono de centro de datos con respaldo de grado de inversión, el 6,192% de River Bend (R1)
preset-note-iren = 200 MW de TI, 5 años, 9700 millones de dólares (unos 1940 millones al año) por capacidad de GPU propiedad de IREN, con un 20% pagado por adelantado.
preset-why-iren-mw = la potencia de red es la de TI × el PUE por defecto
preset-why-iren-yrs = el plazo del contrato
preset-why-iren-gph = calculado para que los ingresos durante el contrato sumen 9700 millones de dólares, con toda la capacidad contratada y la rampa por defecto
preset-why-iren-util = toda la capacidad contratada: se paga cada hora de GPU
preset-why-iren-gdec = un precio fijado en el contrato
preset-why-iren-gpmw = unas 570 GPU por MW, de la clase GB200 (S28)
preset-why-iren-gcap = el pedido de GPU de IREN por 5800 millones de dólares para 200 MW: unos 29 millones de dólares por MW de TI (S41), ÷ 570
preset-why-iren-glife = las fuentes sitúan la vida útil de las GPU entre 4 y 6 años; la mediana, 5 (S35)
preset-why-iren-gopx = para que el EBITDA sea el 85% de los ingresos, como prevé IREN (S41)
preset-why-iren-prep = Microsoft paga el 20% por adelantado (S41)
preset-why-iren-back = Microsoft, con grado de inversión, es el cliente
preset-why-iren-cpn = los bonos de IREN al 5,96% (F5)
preset-why-iren-ltc = calculado para que el préstamo sea el publicado, de 3650 millones de dólares: 2100 millones en bonos y un préstamo de disposición diferida de 1550 millones (F5, R21)
preset-why-iren-dsra = no se ha publicado ninguna reserva para el servicio de la deuda (F5)
preset-why-iren-dscr = DSCR mínimo de 1,05× (F5)
preset-note-iren-nvda = Un contrato de nube de IA a 5 años por 3400 millones de dólares; NVIDIA recibe warrants sobre 30 millones de acciones a 70 dólares.
preset-why-iren-nvda-mw = no se ha anunciado el tamaño: se dimensiona con los ingresos por MW de TI del contrato IREN–Microsoft, 70 MW de TI
preset-why-iren-nvda-yrs = el plazo del contrato
preset-why-iren-nvda-gph = calculado para que los ingresos durante el contrato sumen 3400 millones de dólares, con toda la capacidad contratada y la rampa por defecto
preset-why-iren-nvda-util = un contrato por la capacidad
preset-why-iren-nvda-gdec = un precio fijado en el contrato
preset-why-iren-nvda-gpmw = unas 570 GPU por MW, de la clase GB200 (S28)
preset-why-iren-nvda-gcap = como en el pedido de IREN para Microsoft: unos 29 millones de dólares por MW de TI (S41), ÷ 570
preset-why-iren-nvda-glife = la vida útil mediana de las GPU según las fuentes (S35)
preset-why-iren-nvda-gopx = para que el EBITDA sea el 85% de los ingresos, como prevé IREN para Microsoft (S41)
preset-why-iren-nvda-back = NVIDIA, con grado de inversión, es el cliente
preset-why-iren-nvda-wrnt = no se contabilizan: el valor de los warrants depende de la cotización de IREN en mayo de 2026, que no da ninguna fuente
preset-why-iren-nvda-ltc = no se ha publicado deuda para este contrato
