# Wattsworth's sentences in English, the source every other catalogue translates.
#
# Fluent syntax (https://projectfluent.org), the subset `view::language` reads: one message to a
# line, `{ $name }` for a figure the page fills in (already written in the reader's locale), and
# selectors whose variants stand one to a line. A figure's words are the page's to choose:
# `$sign` is `gain` or `loss`, `$mode` is `lease` or `cloud`, `$site` is `mining` or `dark`.
# See docs/languages.md for how to add a language, and docs/glossary.md for the finance terms.

## The page around the answer

page-tagline = What is a megawatt worth: mining bitcoin, or hosting AI?
page-language = Language
preset-label = Start from a real deal
preset-choose = Choose a preset…
currency-label = Currency
currency-per-usd = per US$
inputs-key = Key inputs
inputs-more = More inputs
input-source = Source
input-assumption = Assumption
input-as-of = as of { $date }
input-reset = Reset { $label } to its default
mode-lease = Lease to a tenant ($/kW-month)
mode-cloud = Run a GPU cloud ($/GPU-hour)
terms-summary = What these words mean
data-table = Data table

## The verdict: one sentence, at most 32 words (90 characters in Japanese and Chinese)

verdict-none = Converting none of this { $mw } MW site changes nothing: keeping its miners is worth { $mining } in today's money.
verdict-deal = { $terms }, { $mode ->
        [lease] leasing
       *[cloud] a GPU cloud on
    } this { $mw } MW site from { $start } { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money { $sign ->
        [gain] over
       *[loss] against
    } { $site ->
        [dark] leaving it dark
       *[mining] keeping its miners
    }.
verdict-lease = Leasing this { $mw } MW site to an AI tenant instead of mining { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money; mining on is worth { $mining }.
verdict-lease-part = Leasing { $share } of this { $mw } MW site for AI, mining the rest, { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money; mining it all is worth { $mining }.
verdict-cloud = Running a GPU cloud on this { $mw } MW site instead of mining { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money; mining on is worth { $mining }.
verdict-cloud-part = A GPU cloud on { $share } of this { $mw } MW site, mining the rest, { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money; mining it all is worth { $mining }.
verdict-lease-dark = Leasing this { $mw } MW site to an AI tenant { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money over leaving it dark.
verdict-lease-part-dark = Leasing { $share } of this { $mw } MW site for AI { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money over leaving it dark.
verdict-cloud-dark = Running a GPU cloud on this { $mw } MW site { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money over leaving it dark.
verdict-cloud-part-dark = A GPU cloud on { $share } of this { $mw } MW site { $sign ->
        [gain] adds
       *[loss] loses
    } { $value } in today's money over leaving it dark.

## Whose terms a deal's verdict is on (one per preset), and a deal's caveat

terms-today = On Today's market terms
terms-csc = On Core Scientific's terms
terms-wulf = On TeraWulf's terms
terms-cifr-fs = On Cipher's Fluidstack terms
terms-hut8 = On Hut 8's River Bend terms
terms-hut8-bp = On Hut 8's Beacon Point terms
terms-cifr = On Cipher's AWS terms
terms-riot-amd = On Riot's AMD terms
terms-iren = On IREN's Microsoft terms
terms-iren-nvda = On IREN's NVIDIA terms
caveat-cifr = 300 MW taken as IT
caveat-iren-nvda = its size assumed

## The verdict's basis: the line under it

tax-after = after tax
tax-none = no tax at 0%
basis-pre-tax = before tax, no debt
basis-no-debt = { $tax }, no debt
basis-no-loan = { $tax }, no loan passes a { $cover } cover test
basis-borrowed = { $tax }, { $share } borrowed
basis-borrowed-at = { $tax }, { $share } borrowed at { $coupon }
rates-one = every cash flow at { $rate }
rates-ai = { $what ->
        [rent] rent
       *[gpu] GPU revenue
    } at { $rent }
rates-ai-mining = { $what ->
        [rent] rent
       *[gpu] GPU revenue
    } at { $rent }, mining at { $mining }
after-none = the contract years only
after-years = { $years } { $years ->
        [one] year
       *[other] years
    } after the contract counted
basis = { $short }; { $rates }; { $after }; contract { $from } to { $to }.
basis-start = { $short }; { $rates }; { $after }; contract { $from } to { $to }; hypothetical start { $start }.
basis-start-caveat = { $short }; { $rates }; { $after }; contract { $from } to { $to }; hypothetical start { $start }; { $caveat }.

## What the verdict's words mean

term-today = In today's money
term-today-gloss = what cash to come is worth now: each year's cash counts for less the further off it is (its value today, or net present value).
term-rates = Rates
term-rates-gloss = how much less: a yearly rate for each risk. Rent an investment-grade company stands behind is the surest; a tenant's own credit less sure; bitcoin mining's cash, which moves with the bitcoin price, least sure (section 1 of the methodology).
term-borrowed = Borrowed
term-borrowed-gloss = the share of the conversion's cost paid with a loan, no more than the lenders' test of cash over repayments allows.
term-after = After the contract
term-after-lease-gloss = the building can be let again when the contract ends: the years after it are counted, less a refit.
term-after-cloud-gloss = the hall can be let again when the contract ends: the years after it are counted, less a refit, with what the GPUs still in use are worth.

## Who is ahead, in a few words

ahead-converting = Converting ahead by { $value }
ahead-mining = Mining ahead by { $value }

## The verdict's chart: each path's value today

chart-value = What each path is worth today, month by month
value-takeaway = Converting { $sign ->
        [gain] adds
       *[loss] loses
    } { $value }: the gap where the lines end.
value-takeaway-after = Converting { $sign ->
        [gain] adds
       *[loss] loses
    } { $value }: the gap where the lines end. The last month's step is what each is worth after the contract.
value-describe = Line chart of each path's value today, its running total month by month for { $span } from { $start }, each month's cash counted at its rate: mining on ends at { $mining }, converting at { $converting }; the gap is the verdict's figure.
value-axis-x = Years from start
value-axis-y = Value today, running total
value-band = converting
value-gap = { $sign ->
        [gain] adds
       *[loss] loses
    } { $value }
key-converting = Converting
key-mining-on = Mining on
key-left-dark = Left dark

## Spans of time and a chart's year ticks

span-months = { $months } { $months ->
        [one] month
       *[other] months
    }
span-years = { $years } yr
span-years-months = { $years } yr { $months } mo
tick-years = { $years } yr
