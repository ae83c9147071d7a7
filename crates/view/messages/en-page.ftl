# English below the first screen: with en.ftl, the catalogue every language translates (one
# file each). Apart so that the first screen's module carries en.ftl only (docs/languages.md).

## Citing and embedding

cite = Wattsworth { $version }, model version { $model }, market data as of { $data }, built { $built }. { $title } { $link } (accessed { $accessed }).
picture-open = Open the calculator with this scenario
language-partial = Below the answer, parts of this page are still in English.

## Language notices

language-unknown = Language: “{ $asked }” is not one this page speaks; showing { $shown }
language-missing = Some sentences are not yet translated into { $shown } and are shown in English
language-unreachable = The { $shown } text could not be loaded; showing English

## How sure: the inputs within whose span the answer turns the other way

sure-holds = How sure: the answer holds across what the sources say for each of its { $sourced } sourced inputs, and across the range we assume for each of its { $assumed } assumptions, moved one at a time.
sure-turns = How sure: the answer turns the other way { $groups }.
sure-turns-more = How sure: the answer turns the other way { $groups }, and for { $count } more { $count ->
        [one] input
       *[other] inputs
    }.
sure-group-sourced = within what the sources say for { $names }
sure-group-between = between what the sources say and the value set for { $names }
sure-group-assumed = within the range we assume for { $names }
sure-groups-2 = { $a }, and { $b }
sure-groups-3 = { $a }, and { $b }, and { $c }
sure-named = the { $label } ({ $range }; { $even })
sure-even-1 = breaks even at { $a }
sure-even-2 = breaks even at { $a } and { $b }
sure-even-3 = breaks even at { $a }, { $b } and { $c }
sure-even-many = breaks even at { $count } values, from { $first } to { $last }
sure-outside = { $level }, outside them
sure-years = { $years } years
list-2 = { $a } and { $b }
list-3 = { $a }, { $b } and { $c }

## Why miners convert: what each business earns, and what investors pay for it

why-none = Nothing is converted here: the whole site mines on.
why-lease = A lease earns the owner { $ebitda } a year before interest, tax and depreciation{ $prepaid }{ $once }, for { $years } from { $from }, { $backed }, and the building can then be let again.
why-cloud = A GPU contract earns { $ebitda } a year before interest, tax and depreciation{ $prepaid }{ $once }, for { $years } from { $from }, { $backed }, but its GPUs wear out within the contract.
why-prepaid = (besides the { $share }% of revenue paid in advance, counted when paid)
why-once = once fully running (from { $month })
why-years = { $years } { $years ->
        [one] year
       *[other] years
    }
why-backed-all = backed by an investment-grade company
why-backed-part = { $share }% of it backed by an investment-grade company
why-backed-none = on the tenant's own credit
why-mining-dark = This site has no miners: without the deal it would stay dark.
why-mining-never = Mining here never covers its running costs: the miners run none of the { $months } months.
why-mining = Mining earns { $ebitda } in the year from { $first }{ $halving }, and the miners run { $on } of the { $months } months.
why-halving = , but the { $month } halving takes hashprice from { $before } to { $after }
why-miners = { $span } for the miners here
why-miners-none = a site with nothing else to earn
why-market-lease = Investors pay 20–25 times a year's earnings for listed data-centre landlords and 5–12 times a year's earnings for miners: { $converted } for the leased halls against { $miners }, for { $cost } to convert — a lens apart from the value today above.
why-market-cloud = Investors pay $8–19M of equity per MW of IT for colocation and GPU clouds and 5–12 times a year's earnings for miners: { $converted } for the GPU cloud against { $miners }, for { $cost } to convert — a lens apart from the value today above.

## Whether waiting pays

when-wait = When: starting the conversion in { $best }{ $edge } instead of now is worth { $more } more ({ $against } against mining on).
when-wait-from = When: starting the conversion in { $best }{ $edge } instead of in { $set } is worth { $more } more ({ $against } against mining on).
when-latest = , the latest start weighed

## Around the answer

why-summary = Why miners convert
others-summary = Other ways to count it
others-another = Another view:
figures-summary = Per kWh, payback, the loan and the owners' return
figures-value-today = { $path }, value today
figures-kwh-mining = Mining { $unit } of capacity
figures-kwh-ai = AI { $unit } of capacity
copy-sentence = Copy this sentence
copy-done = Copied: the sentence, its basis and cautions, the key inputs and its link.
pin-on = Pin this scenario to compare
pin-off = Unpin the reference
pin-note = Charts show the pinned scenario as a faint dashed line; the link keeps it.
notices-title = Some values were not used as written:
notices-more = and { $count } more
notices-dismiss = Dismiss
caution = Caution:
embed-title = Mining bitcoin or hosting AI?

## The other charts' titles

chart-cash = Another view: cash, not discounted
chart-annual = Earnings per MW by year (EBITDA), and what is kept after tax and interest
chart-cover = Can the AI path carry its debt? Cash over debt service
chart-kwh = Revenue per kWh: mining, AI lease, GPU cloud
chart-tornado = What moves the answer most
chart-map = Break-even map: where converting wins
chart-fan = Mining under uncertainty vs the contracted AI path
chart-when = When to convert: the answer for each start month

## The inputs' sections, their counts, and the compact summary's note

group-site = Site
group-mining = Bitcoin mining
group-network = Bitcoin network
group-ai = AI hosting
group-lease = Lease
group-gpu = GPU cloud
group-finance = Finance
group-tax = Tax
group-debt = Debt
inputs-defaults = { $shown } { $shown ->
        [one] input
       *[other] inputs
    }, all defaults
inputs-changed = { $shown } { $shown ->
        [one] input
       *[other] inputs
    }, { $changed } changed
moved-none = Move any input: what it changes shows here.
moved-many = { $first } and { $count } more
moved-favour = { $what }: { $value } more in { $side ->
        [converting] converting's
       *[mining] mining's
    } favour
moved-both = { $what }: both paths { $change }, the gap unchanged
moved-nothing = { $what }: no change to either path's value
input-typed = { $label }, typed
input-typed-unit = { $label } in { $unit }, typed

## Sharing, the footer

skip = Skip to the controls
share-copy-link = Copy link
share-cite = Cite this
share-embed = Embed this
share-csv = Download data (CSV)
share-notes = Data notes (JSON)
share-notes-title = What each column holds and its unit, the inputs, sources, dates and cautions (Frictionless Data)
share-link-copied = Link copied.
share-citation-copied = Citation copied.
share-csv-done = Data downloaded: { $file }.
share-notes-done = Notes downloaded: datapackage.json, for { $file }; keep them in one folder.
share-refused = Copying was refused here: select the text and copy it.
foot-sources = Figures trace to dated, cited sources or are marked as assumptions.
foot-methodology = Methodology, formulas and sources
foot-private = Runs entirely in your browser: nothing is sent anywhere.
foot-version = Wattsworth { $version }, built { $built }.
foot-offline = Download for offline use
foot-offline-note = (one HTML file, works without a network).

## Other ways to count it, revenue per kWh, and the details under the answer

end-contract-only = Counting the contract years only, with nothing after them: { $ahead }.
end-lease = Counting { $years } years after the contract (renewed or let again at the market rent): { $ahead }.
end-cloud = Counting { $years } years after the contract (the hall let again at the market rent) and the GPUs still in use: { $ahead }.
ahead-converting-lower = converting ahead by { $value }
ahead-mining-lower = mining ahead by { $value }
bases-pre = After tax: { $after } with no debt, { $financed } financed.
bases-after = Before tax: { $pre }.
bases-financed = Before tax and debt: { $pre }; after tax, with no debt: { $after }.
kwh = Per kWh of grid capacity, in the first full year of AI operation (from { $from }), AI takes in { $multiple } mining's gross revenue, before any capex — { $holds }; { $claim }.
kwh-holds = the “up to 25×” claim holds here
kwh-not = not 25×
kwh-claim-at = a GPU cloud reaches it at { $price }/GPU-hour or more (price as of { $date }, { $utilisation }% utilisation, { $gpus } GPUs per MW of IT)
kwh-claim-never = a GPU cloud selling no GPU-hours never reaches it
details-none = Nothing is converted, so there is no payback, return or loan to state.
rates-loan-same = { $rates }, the loan at the same { $loan }
rates-loan-market = { $rates }, the loan at the { $loan } market rate for its credit
payback-at-end = On discounted cash ({ $on }; { $rates }), converting pays back only with the values after the contract, counted in its last month ({ $span }).
payback = On discounted cash ({ $on }; { $rates }), converting pays back after { $span }.
payback-never = Converting does not pay back on discounted cash ({ $on }; { $rates }).
irr-equity = Equity IRR of converting: { $irr } on at most { $equity } put in by the owners, against a { $cost } cost of equity (at which the owners' cash is worth { $value } today).
irr-pre-tax = IRR of converting (before tax): { $irr }.
irr-after-tax = IRR of converting (after tax): { $irr }.
irr-above-100 = above 100% a year
irr-a-year = { $rate }% a year
hurdle-equity = the { $cost } cost of equity
hurdle-contract = the { $rate } rate for the contract's credit
irr-withheld = No IRR is quoted: { $why }.
irr-no-outlay = converting never costs more than mining in any month, so there is no outlay to earn a rate on
irr-gains-first = converting gains first and costs later, so a rate of return does not describe it
irr-odd = converting returns { $rate }% a year on its cash, which does not square with its value at { $hurdle }
irr-none-balances = no rate between −99.99% and +10,000% a month balances the difference in cash
irr-many-signs = the difference in cash between the paths changes sign more than once, so no single rate describes it
debt-none = Debt: none; no loan meets the { $cover } cover covenant.
debt-share = { $share } of the cost
debt-share-sized = { $share } of the cost: the most the { $cover } covenant allows, of { $asked } asked
debt-lowest-sized = { $lowest } against the { $cover } covenant
debt-coupon-market = its { $coupon } coupon is the market rate for its credit
debt-coupon-value = its { $coupon } coupon, { $side ->
        [below] below
       *[above] above
    } the { $market } { $rate ->
        [one] rate for everything
       *[market] market rate for its credit
    }, { $with ->
        [reserve] with fees and the reserve
       *[fees] with fees
    }, is worth { $value } to the owners before the tax its interest saves
debt = Debt: { $borrowed } borrowed ({ $share }), repaid from { $from } to { $to }; debt-service cover lowest { $lowest } ({ $month }), average { $average }; { $value }.
network-responds = with the network's hashrate responding to margins, which pulls a high hashprice back
network-fixed = with the network's hashrate growing { $growth }% a year whatever margins do
breakeven-hp = Mining would need a hashprice of { $price }/PH/s/day (as of { $date }, { $network }) to match.
breakeven-hp-record = Mining would need a hashprice of { $price }/PH/s/day (as of { $date }, { $network }) to match, above the record of { $record } (2021).
breakeven-hp-none = No hashprice up to { $top }/PH/s/day lets mining match ({ $network }).
breakeven-hp-never = Converting loses at any hashprice from { $low } to { $top }/PH/s/day: its loss is in the AI business, whatever mining earns.
running-dark = The site has no miners: left unconverted, it stays dark.
running-never-end = The miners never cover their power and running costs here, so they stay off: mining is worth only what the site and its machines fetch at the end.
running-never = The miners never cover their power and running costs here, so they stay off and mining is worth { $zero }.
running-some = The owned miners run { $on } of { $months } months: a month runs when its revenue covers power and other running costs.
valued = Valued from { $first } to { $last }: the contract runs from { $cutover } to { $last }.
warn-no-debt = No loan meets a { $cover } cover covenant: in some month the AI path's cash does not cover any debt service at that ratio, so the figures borrow nothing.
warn-network-held = The inputs would shrink the network below twice this site's fleet from { $from }: it is held there, since the model cannot price a miner that moves hashprice.
warn-hashprice-beyond = Hashprice runs from { $low } to { $high } per PH/s per day, outside anything seen (record { $record }, 2021).
warn-hashprice-beyond-still = Hashprice runs from { $low } to { $high } per PH/s per day, outside anything seen (record { $record }, 2021): with the network response off, hashrate ignores margins.
warn-value-beyond = A path is worth more than $1 trillion: the inputs describe no real site.
warn-fleet-share = The fleet would be up to { $share }% of the whole network; the model treats the miner as too small to move hashprice.
warn-credits-exceed = Curtailment credits earn more than mining itself: this describes a power trader, not a miner.
warn-nothing-converted = No share of the site is converted: both paths are the same.
warn-ramp-outlasts = The contract ends before the site reaches full capacity.

## The cash chart, the yearly earnings and the debt's cover

cash-pre-tax = cash before tax
cash-after-tax = cash after tax
cash-financed = cash after tax and debt service
cash-same = The two paths' cash is the same: nothing is converted.
cash-discounted-ahead = Discounted, converting is still ahead.
cash-discounted-behind = Discounted, converting does not pay back.
cash-when-end-values = , but only with the values after the contract, counted in its last month: until then mining is { $behind } ahead
cash-when-last = , in its last month ({ $span })
cash-when-after = , for good after { $span }
cash-ai-ends = In { $cash }, not discounted, the AI path ends { $value } ahead of mining{ $when }.
cash-mining-ends = In { $cash }, not discounted, mining ends { $value } ahead of the AI path.
annual-ebitda = In year { $year }, AI EBITDA is { $ai } per MW against { $mining } for mining.
annual-kept = The AI path keeps { $ai } of it after tax, mining { $mining } after tax.
annual-kept-financed = The AI path keeps { $ai } of it after tax and interest, mining { $mining } after tax.
cover-none = Nothing is borrowed, so there is no debt to cover.
cover-no-loan = No loan meets the { $cover } covenant: in some month the cash would not cover any debt service at that ratio.
cover-sized = The loan is sized so that cover never falls below the { $cover } covenant: { $share } of the cost, not the { $asked } asked; cover is lowest in { $month }.
cover-above = Cover stays at or above { $lowest } (lowest, in { $month }), against the { $cover } covenant.

## The analyses' charts: takeaways, descriptions, tables and labels

takeaway-kwh = Per kWh of capacity, in the first full year of AI operation, a lease earns { $lease } mining's revenue and a GPU cloud { $gpu }; the “up to 25×” headline is a GPU-cloud figure, before GPU capex.
tornado-none = None of these inputs moves the answer.
tornado-most = { $label } moves the answer most: from { $low } to { $high } as it goes from { $from } to { $to }.
tornado-left-out = { $count } { $count ->
        [one] input with no effect is
       *[other] inputs with no effect are
    } left out of the chart.
left-out = { $count } { $count ->
        [one] input with no effect is
       *[other] inputs with no effect are
    } left out
smaller-in-table = { $count } smaller { $count ->
        [one] input is
       *[other] inputs are
    } in the table
smaller-dead-in-table = { $count } smaller inputs and { $dead } of no effect are in the table
per-kw-month = /kW-month
per-gpu-hour = /GPU-hour
map-at = At today's { $label } ({ $value })
map-here = Here
map-above = { $at }, converting beats mining above { $rate }.
map-ai-always = { $at }, converting beats mining at any rate in range.
map-mining-always = { $at }, mining beats converting at any rate in range.
takeaway-fan = In { $share }% of { $paths } simulated BTC-price and hashrate paths, the AI path ends with the higher NPV — the AI side held as set: no tenant default beyond its early-exit rate, no overrun, no delay.
when-none = Nothing is converted: there is no start to weigh.
when-now = now
when-in = in { $month }
when-loses = Converting loses at every start from now to { $last }; the smallest loss, { $loss }, is starting in { $best }.
when-later-loses-more = A later start loses more.
when-best-set = Starting the conversion { $set }, as set, is the best start: { $value }.
when-best-other = The best start is { $best }: { $value } against mining on, where starting { $set } gives { $at-set }.
when-best = The best start is { $best }: { $value } against mining on.
when-best-mark = { $month } (best)
business-lease = leasing it to an AI tenant
business-cloud = running a GPU cloud on it
describe-range = from { $low } to { $high }
describe-no-data = with no data
describe-cash = Line chart of cumulative { $cash }, not discounted, month by month for { $span } from { $start }: mining { $mining }, { $ai } { $converting }.
describe-annual = Chart of EBITDA per MW of grid power for each year of the window: mining { $mining }, { $ai } { $converting }.
describe-cover = Line chart of the AI path's cash available for debt service over its debt service, month by month from { $from } to { $to }: lowest { $lowest }, average { $average }, against a dashed covenant of { $cover }.
describe-cover-none = No chart of debt-service cover: nothing is borrowed in this scenario.
describe-kwh = Horizontal bars of gross revenue per kWh of grid capacity: mining { $mining }, AI lease { $lease }, GPU cloud { $gpu }, with a mark at 25 times mining.
describe-tornado = Horizontal bars, largest first: how far the AI advantage moves when one input goes from its low to its high value, the others held.
describe-map = Heat map of the AI advantage over two inputs (conversion capex or hashprice across, the AI rate up), one colour where converting wins and another where mining wins, with a line at break-even and a mark at today's values.
describe-fan = Bands of mining's cumulative cash across { $paths } simulated paths of bitcoin price and hashrate (5th to 95th and 25th to 75th percentiles, with the median as a line), against the AI path's line.
describe-when = Line chart of the AI advantage for each month the conversion could start, from now to ten years out (each start valued over its own window: mining until then, the conversion, the whole contract), with a dot at the best start.
col-year = Year
col-value-so-far = { $path }, value today so far
col-mining-cumulative = Mining, cumulative
col-ai-cumulative = AI, cumulative
col-mining-revenue-mw = Mining revenue/MW
col-mining-ebitda-mw = Mining EBITDA/MW
col-mining-tax-mw = Mining tax/MW
col-ai-revenue-mw = AI revenue/MW
col-ai-ebitda-mw = AI EBITDA/MW
col-ai-tax-mw = AI tax/MW
col-ai-debt-mw = AI debt service/MW
col-debt-service = Debt service
col-lowest-cover = Lowest cover
col-average-cover = Average cover
col-business = Business
col-per-kwh-grid = $ per kWh of grid capacity
col-per-kwh-it = $ per kWh of IT capacity
col-times-mining = × mining
row-mining = Mining
row-ai-lease = AI lease
row-gpu-cloud = GPU cloud
col-input = Input
col-low = Low
col-gap-low = AI − mining at low
col-high = High
col-gap-high = AI − mining at high
col-mining-p5 = Mining p5
col-mining-p50 = Mining p50
col-mining-p95 = Mining p95
col-ai = AI
col-starts = Conversion starts
col-months-from-now = Months from now
col-gap = AI − mining
ck-mining = Mining
ck-ai = AI
ck-mining-pinned = Mining, pinned
ck-ai-pinned = AI, pinned
ck-axis-cumulative = Cumulative net cash
ck-payback = discounted payback
ck-mining-ebitda = Mining EBITDA
ck-ai-ebitda = AI EBITDA
ck-mining-kept = Mining after tax
ck-ai-kept = AI after tax
ck-ai-kept-financed = AI after tax & interest
ck-axis-year = Year of the window
ck-axis-per-mw = Per MW per year
ck-no-loan = No loan meets the covenant.
ck-nothing-borrowed = Nothing is borrowed.
ck-covenant = covenant { $cover }
ck-axis-cover = Debt-service cover
ck-mining-p50 = Mining p50
ck-converting-then = converting then
ck-axis-starts = Conversion starts, years from now
ck-axis-adds = What converting adds, today's money
ck-best = best: { $month }
ck-smallest-loss = smallest loss: { $month }
ck-times-mining = , { $times } mining
ck-axis-kwh = Revenue per kWh of grid capacity
ck-input-low = input low
ck-input-high = input high
ck-mining-ahead = Mining ahead
ck-ai-ahead = AI ahead
ck-break-even-line = break-even (line)

## Embedding, the printed sheet, the charts' downloads

embed-charts = Charts (none ticked: the value today)
embed-chart-value = Value today (the answer)
embed-chart-cash = Cash, not discounted
embed-chart-annual = EBITDA by year
embed-chart-kwh = Revenue per kWh
embed-chart-tornado = What moves the answer
embed-chart-map = Break-even map
embed-chart-fan = Mining under uncertainty
embed-chart-cover = Debt cover
embed-chart-when = When to convert
embed-controls = Controls
embed-controls-none = None
embed-controls-all = All inputs
embed-theme = Theme
embed-theme-auto = Reader's setting
embed-theme-light = Light
embed-theme-dark = Dark
embed-locked = Read-only (no controls)
embed-look = Look
embed-static = Static: the sentence and the picture only
embed-plain = Plain: no title or footer (credit and date it on your page)
embed-transparent = Transparent: your page's background
embed-lang-browser = Each reader's browser
embed-paste = Paste this into your article (its height fits the content):
embed-copy-code = Copy embed code
embed-code-copied = Embed code copied.
embed-iframe = Or, where scripts are not allowed, this iframe (600 px tall: the verdict and the chart first, the rest scrolls):
embed-copy-iframe = Copy iframe code
embed-iframe-copied = Iframe code copied.
embed-picture = Or, where no script may run (print, AMP, archives), the sentence with its chart as a picture, dated and cited:
embed-copy-picture = Copy picture code
embed-picture-copied = Picture code copied.
embed-preview-at = Preview at
embed-preview-phone = 320 px (a phone)
embed-preview-article = 640 px (an article)
embed-preview-full = the full width
sheet-input = Key input
sheet-value = Value
sheet-source = Source and date
sheet-every = Every input, formula and source:
sheet-made = Wattsworth { $version } ({ $built }), an open calculator. Money converted from US dollars where another currency is shown.
chart-downloaded = Downloaded { $file }.
chart-not-drawn = The { $format } could not be drawn.
chart-download = Download “{ $title }” as { $format ->
        [PNG] a PNG image
       *[SVG] an SVG image
    }
map-across = Across
methodology-summary = Methodology: formulas, units, sources, what is not modelled
ki-start = Start
ki-default = Default
ki-reader = Set by the reader
ki-reader-default = Set by the reader (default { $default }: { $source })

## A chart's notes when exported, the market data's dates, a pinned scenario's comparison

kp-start = start { $month }
kp-power = power { $price }/kWh (as of { $date })
kp-hashprice = hashprice { $price }/PH/s/day (as of { $date })
kp-lease = lease { $price }/kW-month of IT
kp-gpu = GPU cloud { $price }/GPU-hour
kp-gpu-capex = GPU capex { $cost } per GPU
kp-capex = conversion capex { $cost } per MW of IT
kp-contract = { $years }-year contract
kp-rates = rent at { $rent }, mining at { $mining }
kp-all = Key inputs: { $parts }.
kp-others = Other key inputs: { $parts }.
note-basis = Basis: { $basis }
note-answer = The answer: { $verdict }
note-scenario = { $data } Scenario: { $link }
note-made = Wattsworth { $version } ({ $built }), an open calculator: every formula, input and source is in its methodology; unsourced values are marked assumptions.
data-hashprice = hashprice
data-fees = fees
data-difficulty = difficulty
data-btc-price = BTC price
data-gpu-price = GPU rental
data-power-price = power
market-as-of = Market data as of { $date } ({ $with }){ $others }{ $stale }.
market-as-of-brief = Market data as of { $date }{ $stale }.
market-stale = : { $days } days older than this build
compare-figure = { $name }: pinned { $pinned } → now { $now } ({ $change })
compare-advantage = AI advantage
compare-mining = Mining NPV
compare-ai = AI NPV
compare-business = AI business
compare-on = on
compare-off = off
compare-none = No input differs.
compare-changed = Changed: { $list }.
sourced = Defaults from dated, cited figures{ $deals }; unsourced values are marked assumptions.
sourced-deals = (deals { $years })
embed-open-full = Open the full calculator with this scenario ↗

## The data package's notes (its column names stay English: they are keys)

dp-revenue = Revenue: sales, and for mining the curtailment credits.
dp-power-cost = Cost of the grid power drawn.
dp-other-opex = Operating costs other than power.
dp-capex-net-of-sales = Capital spent, net of equipment sold: negative where more is sold than bought (the ASICs sold at cut-over).
dp-end-value = Value credited at the end of the window (the lease's exit value, ASIC and GPU residuals); zero unless end values are counted.
dp-grid-energy = Grid energy drawn.
dp-tax-paid = Income tax paid; zero on the before-tax basis.
dp-borrowed-net-of-fees = Loan proceeds received, net of fees and issue discount (the notes give the gross amount borrowed); financed basis only.
dp-interest-paid = Interest paid in cash (interest added to the loan is not paid).
dp-principal-repaid = Loan principal repaid.
dp-debt-reserve-flow = Debt-service reserve: negative when funded, positive when returned.
dp-ebitda = EBITDA: revenue less power cost and other opex.
dp-project-cash = Cash before tax and debt: EBITDA less capex, plus any end value.
dp-loan-net-flow = The loan's net flow to the owners: borrowed (net of fees) less interest and principal, plus the reserve's flow.
dp-owners-cash = The owners' cash on the scenario's basis: project cash less tax, plus the loan's net flow.
dp-cumulative-owners-cash = The owners' cash summed from the first month, not discounted.
dp-discounted-cumulative-owners-cash = The owners' cash discounted to the start and summed: its last value is the path's NPV.
dp-path-mining = Keep mining
dp-path-ai = Convert to AI
dp-month = The month of the window, counted from 1 (the start month), as the page counts it.
dp-date = The calendar month of the scenario's window (YYYY-MM).
dp-pinned-prefix = Pinned scenario:
dp-pinned-date = The calendar month of the pinned scenario's window (YYYY-MM).
dp-money-usd = Money in the table is in US dollars, as the model computes it.
dp-money = Money in the table is in { $code } at { $rate } per US dollar ({ $whose }); the model computes in US dollars.
dp-readers-rate = the reader's rate
dp-rows = One row a month of the window, counted from 1; each path's cash by line, its owners' cash on the basis and their running totals (the last discounted total is the path's NPV). Inputs are listed as the model takes them, in US dollars. Formulas and sources: the calculator's methodology.
dp-pinned = The pinned_ columns are the pinned scenario's, for comparison.
dp-scenario = Scenario: { $link }
dp-methodology = Wattsworth methodology: every formula, input, source and date
dp-table-title = Both paths, month by month
dp-title = Wattsworth { $version }: keep mining or convert to AI, month by month
dp-as-of = { $label } as of
dp-date-of-figure = date of the market figure
dp-start = Start month
dp-first-month = the window's first month
methodology-intro = In short: the calculator follows one site month by month down two paths, keeping its bitcoin miners or converting it for an AI tenant (a lease, or a GPU cloud of its own), with tax and the loan, and values each path's cash today at a rate for its risk: rent an investment-grade company stands behind at the lowest rate, a tenant's own credit higher, mining's cash, which moves with bitcoin, highest. The verdict is the difference between the two values. Every formula, input and source follows, in English.

## The inputs a scenario does not use, and why (`$why` is one of the reasons below)

unused-input = { $label } at { $value } is not used { $why }
unused-kept = { $inputs }. Each is kept for when it applies.
unused-why-no-miners = on a site with no miners (green=1)
unused-why-triple-net = under a triple-net lease (nnn=1), which has its own margin
unused-why-not-triple-net = unless the lease is triple-net (nnn=1)
unused-why-gpu-cloud = by a GPU cloud (mode=gpu)
unused-why-lease = by a lease (a GPU cloud's input: mode=gpu)
unused-why-contract-years-only = unless the years after the contract count (tv=1)
unused-why-rate-for-each-risk = unless one rate is used for everything (onerate=1)
unused-why-one-rate = while one rate is used for everything (onerate=1)
unused-why-tenant-pays-power = by a lease: the tenant pays its power
unused-why-before-tax = before tax (pretax=1)
unused-why-before-tax-and-debt = before tax and debt (pretax=1)
unused-why-no-tax = with no income tax (tax=0)
unused-why-nothing-borrowed = with nothing borrowed (ltc=0)
unused-why-no-reserve = with no debt-service reserve (dsra=0)
unused-why-network-responds = while the network responds to margins (net=1)
unused-why-network-fixed = unless the network responds to margins (net=1)

## A control's own words: what it says of a typed value, the start month, the currency's rate, a preset's note
typed-read-as = Read “{ $typed }” as { $value } { $unit }: “{ $marks }” is not this box's unit.
typed-allowed = Allowed { $low }–{ $high } { $unit }; using { $value }.
typed-whole-months = The model counts whole months: using { $months }.
typed-whole-months-unit = The model counts whole months: using { $value } { $unit } ({ $months }).
typed-unread-separators = Couldn’t read “{ $typed }”: numbers here are written like { $example } ({ $locale }); still using { $now }.
typed-unread = Couldn’t read “{ $typed }” as a number; still using { $now }.
input-default = Default { $value } { $unit }.
input-methodology = Methodology
input-reset-title = Reset to default
controls-label = Inputs
start-label = Start month
start-before-data = The market data is dated { $earliest }: a valuation starts no earlier; using { $earliest }.
start-choose = Choose a month from { $earliest } to { $latest }.
fx-label = Units of this currency per US dollar
fx-unread = Couldn’t use “{ $typed }” as a rate: type the units of this currency one US dollar buys, from { $low } to { $high }.
preset-from-deal = { $label }: from the deal ({ $why })
preset-assumed = { $label }: assumed ({ $why })
preset-none = none: every value is today's default
preset-set = { $sources }, { $date }. Set by the preset: { $fields }. Everything else is today's default, with its own source or marked as an assumption.

## What a link (or the scenario kept in this browser) asked for and did not get: the notices above the answer. Text in `code` style here is written as links write it and stays as it is in every language: keys with their `=` (mw=, ref=, currency=EUR…), values (lease, gpu, none, key, all, light, dark, auto, cap, hp, 0, 1), language tags (de-DE, en-US), currency codes.
notice-name-mode = AI mode
notice-name-start = Start month
notice-as-of = { $label } as of
notice-repeated-known = { $name }: { $key }= is given { $count } times in this link; each is read in turn, and { $used } is used
notice-repeated = { $key }= is given { $count } times in this link; only one is used, the last that can be
notice-unread-known = { $name }: { $key }= comes after the first { $limit } parts of this link and was not read; kept { $kept }
notice-unread = “{ $key }” comes after the first { $limit } parts of this link and was not read
notice-unread-more = and { $count } more parts after the first { $limit } of this link were not read
notice-mode = AI business: “{ $shown }” is not lease or gpu; kept { $kept }
notice-start = Start month: “{ $shown }” is not a month from { $min } to { $max }; kept { $kept }
notice-toggle = { $label }: “{ $shown }” is not 0 or 1; kept { $kept }
notice-dated-future = { $label }: “{ $shown }” is after this build ({ $built }): market data cannot be from the future; kept { $kept }
notice-dated = { $label }: “{ $shown }” is not a month from { $min } to { $max }; kept { $kept }
notice-number = { $label }: “{ $shown }” is not a number as links write them (digits and a point for decimals, such as 1.5 or 2000); kept { $kept }
notice-tiny = { $label }: { $shown } is too small to hold; read as { $used }
notice-outside = { $label }: { $shown } is outside { $min }–{ $max } { $unit }; used { $used }
notice-whole-months = { $label }: { $shown } { $unit } is not a whole number of months; used { $used }
notice-unknown = unknown parameter “{ $key }” ignored
notice-start-early = start { $start } is before the newest market data ({ $latest }); used { $latest }
notice-model-unreadable = Model version: “{ $shown }” is not a version number; this page runs model version { $now }
notice-model-newer = Model version: this link was made under model version { $then }, newer than this copy's { $now }: its figures may differ from those quoted with it; the hosted calculator has the newer model
notice-model-older = Model version: this link was made under model version { $then }; this page runs version { $now }, which { $changes }. Its figures may differ from those quoted with the link
model-change-2 = books each deal's value as signed, runs the miners it owns while they cover their costs and buys new ones when that pays
model-change-3 = counts income tax and the loan, and says when to convert
model-change-4 = counts what each path is worth after the contract and discounts each cash flow at the rate the market charges for its risk, where version 3 used one 10% rate
model-change-5 = values a GPU cloud's hall after the contract as a lease's building, let again at the market rent, where version 4 gave it nothing
model-change-6 = decides a GPU cloud's next generation looking ahead to the generation after and valuing the GPUs left at the window's end as the answer does, where version 5 could buy GPUs for a few months' use
notice-currency = Currency: “{ $shown }” is not one of { $codes }; showing US dollars
notice-fx = Exchange rate: “{ $shown }” is not a rate from { $min } to { $max } per US dollar written with a point for decimals; using the default rate
notice-fx-alone = Exchange rate: a rate applies only with another currency (currency=EUR…); ignored
notice-map = Break-even map: “{ $shown }” is not cap or hp; showing conversion capex across
notice-charts-left-out = Charts: “{ $shown }” is not one of { $names }; left out
notice-charts-default = Charts: “{ $shown }” is not one of { $names }; showing the default charts
notice-controls = Controls: “{ $shown }” is not none, key or all; showing the default
notice-theme = Theme: “{ $shown }” is not light, dark or auto; following the reader's setting
notice-flag = { $flag }: “{ $shown }” is not 0 or 1; taken as 0
flag-embed = Embed
flag-locked = Read-only
flag-static = Static
flag-plain = Plain
flag-transparent = Transparent
notice-locale = Locale: “{ $shown }” is not a language tag such as de-DE; using the browser's
notice-pinned = Pinned scenario: { $notice }
notice-pinned-flag = Pinned scenario: { $key }= inside ref= is not read: { $why }
pinned-why-ref = a pinned scenario has no pin of its own
pinned-why-locale = the pinned scenario is shown in the page's currency and locale; { $key }= goes beside ref=, not inside it
pinned-why-display = display settings go beside ref=, not inside it
notice-stored = Your last scenario, kept in this browser: { $notice }
notice-stored-unreadable = Your last scenario, kept in this browser, is not in a form this version can read (“{ $shown }”); starting from the defaults
notice-stored-saved = Your last scenario, kept in this browser, is saved as it was under “{ $backup }” in this browser's storage
notice-stored-unsaved = Your last scenario, kept in this browser, could not be saved as it was: this browser's storage is full
notice-storage-full = This browser's storage is full: your scenario is in the address, but will not be remembered for your next visit.
notice-locale-no-numbers = Locale: this browser cannot format numbers for “{ $tag }”; using en-US
notice-locale-unknown = Locale: this browser does not know “{ $tag }”; using { $used }
notice-locale-nearest = Locale: this browser has no locale “{ $tag }”; numbers and months are written as in { $used }
notice-calendar = Months: { $tag } counts in the { $calendar } calendar; months here are Gregorian, as the model counts them, written the { $tag } way
