# Wattsworths Sätze auf Deutsch, übersetzt aus messages/en.ftl (der Quelle).
#
# Fluent-Syntax (https://projectfluent.org) in der Teilmenge, die `view::language` liest: eine
# Nachricht je Zeile, `{ $name }` für eine Zahl, die die Seite einsetzt, und Selektoren mit einer
# Variante je Zeile. „In today's money“ heißt hier durchgehend „auf heutigen Wert abgezinst“.

## Die Seite rund um das Ergebnis

page-tagline = Was ist ein Megawatt wert: im Bitcoin-Mining oder im KI-Rechenzentrum?
page-language = Sprache
preset-label = Mit einem realen Deal beginnen
preset-choose = Vorlage wählen…
currency-label = Währung
currency-per-usd = je US-$
inputs-key = Wichtigste Eingaben
inputs-more = Weitere Eingaben
input-source = Quelle
input-assumption = Annahme
input-as-of = Stand: { $date }
input-reset = { $label } auf den Standardwert zurücksetzen
mode-lease = An einen Mieter vermieten ($/kW-Monat)
mode-cloud = Eigene GPU-Rechenleistung vermarkten ($/GPU-Stunde)
terms-summary = Was diese Begriffe bedeuten
data-table = Datentabelle

## Das Fazit: ein Satz, höchstens 32 Wörter

verdict-none = Wird nichts von diesem { $mw }-MW-Standort umgerüstet, ändert sich nichts: Weiter zu schürfen ist, auf heutigen Wert abgezinst, { $mining } wert.
verdict-deal = { $terms } bringt { $mode ->
        [lease] die Vermietung dieses { $mw }-MW-Standorts
       *[cloud] die Vermarktung eigener GPU-Rechenleistung auf diesem { $mw }-MW-Standort
    } ab { $start }, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }, als { $site ->
        [dark] ihn ungenutzt zu lassen
       *[mining] weiter zu schürfen
    }.
verdict-lease = Vermietet man diesen { $mw }-MW-Standort an einen KI-Mieter, statt weiter Bitcoin zu schürfen, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }; weiter zu schürfen ist { $mining } wert.
verdict-lease-part = Vermietet man { $share } dieses { $mw }-MW-Standorts für KI und schürft mit dem Rest weiter, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }; reines Schürfen ist { $mining } wert.
verdict-cloud = Vermarktet man auf diesem { $mw }-MW-Standort eigene GPU-Rechenleistung, statt weiter Bitcoin zu schürfen, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }; weiter zu schürfen ist { $mining } wert.
verdict-cloud-part = Vermarktet man auf { $share } dieses { $mw }-MW-Standorts eigene GPU-Rechenleistung und schürft mit dem Rest weiter, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }; reines Schürfen ist { $mining } wert.
verdict-lease-dark = Vermietet man diesen { $mw }-MW-Standort an einen KI-Mieter, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }, als ihn ungenutzt zu lassen.
verdict-lease-part-dark = Vermietet man { $share } dieses { $mw }-MW-Standorts für KI, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }, als ihn ungenutzt zu lassen.
verdict-cloud-dark = Vermarktet man auf diesem { $mw }-MW-Standort eigene GPU-Rechenleistung, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }, als ihn ungenutzt zu lassen.
verdict-cloud-part-dark = Vermarktet man auf { $share } dieses { $mw }-MW-Standorts eigene GPU-Rechenleistung, bringt das, auf heutigen Wert abgezinst, { $value } { $sign ->
        [gain] mehr
       *[loss] weniger
    }, als ihn ungenutzt zu lassen.

## Zu wessen Konditionen das Fazit eines Deals gilt (eine je Vorlage), und ein Vorbehalt

terms-today = Zu heutigen Marktkonditionen
terms-csc = Zu den Konditionen von Core Scientific
terms-wulf = Zu den Konditionen von TeraWulf
terms-cifr-fs = Zu den Konditionen von Cipher (Fluidstack)
terms-hut8 = Zu den Konditionen von Hut 8 (River Bend)
terms-hut8-bp = Zu den Konditionen von Hut 8 (Beacon Point)
terms-cifr = Zu den Konditionen von Cipher (AWS)
terms-riot-amd = Zu den Konditionen von Riot (AMD)
terms-iren = Zu den Konditionen von IREN (Microsoft)
terms-iren-nvda = Zu den Konditionen von IREN (NVIDIA)
caveat-cifr = 300 MW als IT-Leistung angesetzt
caveat-iren-nvda = Umfang angenommen

## Die Grundlage des Fazits: die Zeile darunter

tax-after = nach Steuern
tax-none = keine Steuer bei 0%
basis-pre-tax = vor Steuern, ohne Fremdkapital
basis-no-debt = { $tax }, ohne Fremdkapital
basis-no-loan = { $tax }, kein Kredit hält einen Schuldendienstdeckungsgrad von { $cover } ein
basis-borrowed = { $tax }, { $share } fremdfinanziert
basis-borrowed-at = { $tax }, { $share } fremdfinanziert zu { $coupon }
rates-one = alle Cashflows mit { $rate } abgezinst
rates-ai = { $what ->
        [rent] Miete
       *[gpu] GPU-Umsatz
    } mit { $rent } abgezinst
rates-ai-mining = { $what ->
        [rent] Miete
       *[gpu] GPU-Umsatz
    } mit { $rent }, Mining mit { $mining } abgezinst
after-none = nur die Vertragsjahre
after-years = { $years } { $years ->
        [one] Jahr
       *[other] Jahre
    } nach Vertragsende eingerechnet
basis = { $short }; { $rates }; { $after }; Vertrag { $from } bis { $to }.
basis-start = { $short }; { $rates }; { $after }; Vertrag { $from } bis { $to }; hypothetischer Beginn { $start }.
basis-start-caveat = { $short }; { $rates }; { $after }; Vertrag { $from } bis { $to }; hypothetischer Beginn { $start }; { $caveat }.

## Was die Begriffe des Fazits bedeuten

term-today = Auf heutigen Wert abgezinst
term-today-gloss = was künftige Zahlungen heute wert sind: Je weiter ein Jahr in der Zukunft liegt, desto weniger zählt sein Geld (der heutige Wert, auch Barwert oder Kapitalwert).
term-rates = Abzinsungssätze
term-rates-gloss = um wie viel weniger: ein Jahressatz je Risiko. Miete, für die ein Unternehmen mit Investment-Grade-Rating einsteht, ist am sichersten; Miete, die allein von der Bonität des Mieters abhängt, ist weniger sicher; die Cashflows aus dem Bitcoin-Mining, die mit dem Bitcoin-Kurs schwanken, sind am wenigsten sicher (Abschnitt 1 der Methodik).
term-borrowed = Fremdfinanziert
term-borrowed-gloss = der Anteil der Umrüstungskosten, der mit einem Kredit bezahlt wird – höchstens so viel, wie der Test der Kreditgeber (Cashflow im Verhältnis zum Schuldendienst) zulässt.
term-after = Nach Vertragsende
term-after-lease-gloss = das Gebäude lässt sich anschließend neu vermieten: Die Jahre danach werden eingerechnet, abzüglich der Kosten einer Modernisierung.
term-after-cloud-gloss = die Halle lässt sich nach Vertragsende neu vermieten: Die Jahre danach werden eingerechnet, abzüglich der Kosten einer Modernisierung, dazu der Wert der noch genutzten GPUs.

## Wer vorn liegt, in wenigen Worten

ahead-converting = Umrüstung liegt { $value } vorn
ahead-mining = Weiterschürfen liegt { $value } vorn

## Die Grafik zum Fazit: heutiger Wert jeder Option

chart-value = Heutiger Wert jeder Option, Monat für Monat
value-takeaway = Die Umrüstung { $sign ->
        [gain] bringt
       *[loss] kostet
    } { $value }: der Abstand am Ende der Linien.
value-takeaway-after = Die Umrüstung { $sign ->
        [gain] bringt
       *[loss] kostet
    } { $value }: der Abstand am Ende der Linien. Der Sprung im letzten Monat ist der jeweilige Wert nach Vertragsende.
value-describe = Liniendiagramm des heutigen Werts jeder Option, Monat für Monat aufsummiert über { $span } ab { $start }, jede Monatszahlung mit ihrem Satz abgezinst: Weiterschürfen endet bei { $mining }, Umrüstung bei { $converting }; der Abstand ist die Zahl aus dem Fazit.
value-axis-x = Jahre ab Beginn
value-axis-y = Heutiger Wert, kumuliert
value-band = Umrüstung
value-gap = { $sign ->
        [gain] bringt
       *[loss] kostet
    } { $value }
key-converting = Umrüstung
key-mining-on = Weiterschürfen
key-left-dark = Ungenutzt

## Hinweise zur Sprache

language-unknown = Sprache: „{ $asked }“ spricht diese Seite nicht; angezeigt wird { $shown }
language-missing = Einige Sätze liegen noch nicht auf { $shown } vor und erscheinen auf Englisch
language-unreachable = Die Fassung auf { $shown } konnte nicht geladen werden; angezeigt wird Englisch
cite = Wattsworth { $version }, Modellversion { $model }, Marktdaten vom { $data }, erstellt am { $built }. { $title } { $link } (abgerufen am { $accessed }).
picture-open = Den Rechner mit diesem Szenario öffnen
language-partial = Unterhalb der Antwort ist diese Seite zum Teil noch englisch.
sourced = Standardwerte aus datierten, belegten Zahlen{ $deals }; Werte ohne Quelle sind als Annahmen gekennzeichnet.
sourced-deals = (Deals { $years })
embed-open-full = Den vollständigen Rechner mit diesem Szenario öffnen ↗

## Zeitspannen und die Jahresmarken einer Grafik

span-months = { $months } { $months ->
        [one] Monat
       *[other] Monate
    }
span-years = { $years } J.
span-years-months = { $years } J. { $months } Mon.
tick-years = { $years } J.

## Belastbarkeit: die Eingaben, innerhalb deren Spanne das Ergebnis kippt

sure-holds = Belastbarkeit: Das Ergebnis hält über die ganze von den Quellen genannte Spanne jeder der { $sourced } belegten Eingaben und über die ganze von uns angenommene Spanne jeder der { $assumed } Annahmen, jeweils einzeln verändert.
sure-turns = Belastbarkeit: Das Ergebnis kippt { $groups }.
sure-turns-more = Belastbarkeit: Das Ergebnis kippt { $groups }, außerdem bei { $count } weiteren { $count ->
        [one] Eingabe
       *[other] Eingaben
    }.
sure-group-sourced = innerhalb der von den Quellen genannten Spanne für { $names }
sure-group-between = zwischen der von den Quellen genannten Spanne und dem eingestellten Wert für { $names }
sure-group-assumed = innerhalb der von uns angenommenen Spanne für { $names }
sure-groups-2 = { $a } sowie { $b }
sure-groups-3 = { $a }, { $b } sowie { $c }
sure-named = „{ $label }“ ({ $range }; { $even })
sure-even-1 = Break-even bei { $a }
sure-even-2 = Break-even bei { $a } und { $b }
sure-even-3 = Break-even bei { $a }, { $b } und { $c }
sure-even-many = Break-even bei { $count } Werten, von { $first } bis { $last }
sure-outside = { $level }, außerhalb der Spanne
sure-years = { $years } { $years ->
        [one] Jahr
       *[other] Jahren
    }
list-2 = { $a } und { $b }
list-3 = { $a }, { $b } und { $c }

## Warum Miner umrüsten: was jedes Geschäft erwirtschaftet und was Investoren dafür zahlen

why-none = Hier wird nichts umgerüstet: Der ganze Standort schürft weiter.
why-lease = Eine Vermietung bringt dem Eigentümer{ $once } { $ebitda } im Jahr vor Zinsen, Steuern und Abschreibungen{ $prepaid }, für { $years } ab { $from }, { $backed }, und danach lässt sich das Gebäude neu vermieten.
why-cloud = Ein GPU-Vertrag bringt{ $once } { $ebitda } im Jahr vor Zinsen, Steuern und Abschreibungen{ $prepaid }, für { $years } ab { $from }, { $backed }, doch die GPUs sind schon vor Vertragsende verschlissen.
why-prepaid = (zuzüglich der { $share }% des Umsatzes, die vorab gezahlt und bei Zahlung angesetzt werden)
why-once = nach dem Hochlauf (ab { $month })
why-years = { $years } { $years ->
        [one] Jahr
       *[other] Jahre
    }
why-backed-all = abgesichert durch ein Unternehmen mit Investment-Grade-Rating
why-backed-part = zu { $share }% abgesichert durch ein Unternehmen mit Investment-Grade-Rating
why-backed-none = gestützt allein auf die Bonität des Mieters
why-mining-dark = Dieser Standort hat keine Mining-Anlagen: Ohne den Deal bliebe er ungenutzt.
why-mining-never = Das Mining deckt hier nie seine laufenden Kosten: Die Maschinen laufen in keinem der { $months } Monate.
why-mining = Das Mining erwirtschaftet { $ebitda } in den zwölf Monaten ab { $first }{ $halving }, und die Maschinen laufen in { $on } der { $months } Monate.
why-halving = , doch das Halving im { $month } senkt den Hashprice von { $before } auf { $after }
why-miners = { $span } für den Mining-Betrieb an diesem Standort
why-miners-none = einem Standort ohne andere Erträge
why-market-lease = Investoren bewerten börsennotierte Rechenzentrumsvermieter mit dem 20- bis 25-Fachen des jährlichen EBITDA, Miner mit dem 5- bis 12-Fachen: { $converted } für die vermieteten Hallen gegenüber { $miners }, bei Umrüstungskosten von { $cost } – ein eigener Blickwinkel neben dem heutigen Wert oben.
why-market-cloud = Investoren zahlen für Colocation- und GPU-Cloud-Anbieter 8–19 Mio. US-$ Eigenkapital je MW IT-Leistung und bewerten Miner mit dem 5- bis 12-Fachen des jährlichen EBITDA: { $converted } für die GPU-Cloud gegenüber { $miners }, bei Umrüstungskosten von { $cost } – ein eigener Blickwinkel neben dem heutigen Wert oben.

## Ob sich Warten lohnt

when-wait = Zeitpunkt: Die Umrüstung erst im { $best }{ $edge } statt jetzt zu beginnen, bringt { $more } mehr ({ $against } gegenüber dem Weiterschürfen).
when-wait-from = Zeitpunkt: Die Umrüstung erst im { $best }{ $edge } statt im { $set } zu beginnen, bringt { $more } mehr ({ $against } gegenüber dem Weiterschürfen).
when-latest = , dem spätesten geprüften Starttermin,

## Rund um das Ergebnis

why-summary = Warum Miner umrüsten
others-summary = Andere Rechenweisen
others-another = Eine andere Sicht:
figures-summary = Je kWh, Amortisation, Kredit und Eigenkapitalrendite
figures-value-today = { $path }, heutiger Wert
figures-kwh-mining = Mining, { $unit } Kapazität
figures-kwh-ai = KI, { $unit } Kapazität
copy-sentence = Diesen Satz kopieren
copy-done = Kopiert: der Satz mit Grundlage und Vorbehalten, die wichtigsten Eingaben und der Link.
pin-on = Dieses Szenario zum Vergleich anheften
pin-off = Referenz lösen
pin-note = Die Grafiken zeigen das angeheftete Szenario als blasse gestrichelte Linie; der Link bewahrt es.
notices-title = Einige Werte wurden nicht wie eingegeben übernommen:
notices-more = und { $count } weitere
notices-dismiss = Schließen
caution = Vorsicht:
embed-title = Bitcoin-Mining oder KI-Rechenzentrum?

## Die Titel der übrigen Grafiken

chart-cash = Eine andere Sicht: Cashflow, nicht abgezinst
chart-annual = Ergebnis je MW und Jahr (EBITDA) und was nach Steuern und Zinsen bleibt
chart-cover = Trägt die KI-Option ihre Schulden? Cashflow im Verhältnis zum Schuldendienst
chart-kwh = Umsatz je kWh: Mining, KI-Vermietung, GPU-Cloud
chart-tornado = Was das Ergebnis am stärksten bewegt
chart-map = Break-even-Karte: wo sich die Umrüstung lohnt
chart-fan = Mining unter Unsicherheit vs. vertraglich gesicherte KI-Option
chart-when = Wann umrüsten: das Ergebnis für jeden Startmonat

## Die Abschnitte der Eingaben, ihre Zählung und der Hinweis der Kurzübersicht

group-site = Standort
group-mining = Bitcoin-Mining
group-network = Bitcoin-Netzwerk
group-ai = KI-Hosting
group-lease = Vermietung
group-gpu = GPU-Cloud
group-finance = Finanzen
group-tax = Steuern
group-debt = Fremdkapital
inputs-defaults = { $shown } { $shown ->
        [one] Eingabe, auf Standardwert
       *[other] Eingaben, alle auf Standardwert
    }
inputs-changed = { $shown } { $shown ->
        [one] Eingabe
       *[other] Eingaben
    }, { $changed } geändert
moved-none = Eine beliebige Eingabe verändern: Hier erscheint, was sie bewirkt.
moved-many = { $first } und { $count } weitere
moved-favour = { $what }: { $value } mehr zugunsten { $side ->
        [converting] der Umrüstung
       *[mining] des Weiterschürfens
    }
moved-both = { $what }: { $change } bei beiden Optionen, Abstand unverändert
moved-nothing = { $what }: Wert beider Optionen unverändert
input-typed = { $label }, Eingabe per Tastatur
input-typed-unit = { $label } in { $unit }, Eingabe per Tastatur

## Teilen, die Fußzeile

skip = Zu den Eingaben springen
share-copy-link = Link kopieren
share-cite = Zitieren
share-embed = Einbetten
share-csv = Daten herunterladen (CSV)
share-notes = Datenbeschreibung (JSON)
share-notes-title = Inhalt und Einheit jeder Spalte, die Eingaben, Quellen, Stichtage und Vorbehalte (Frictionless Data)
share-link-copied = Link kopiert.
share-citation-copied = Quellenangabe kopiert.
share-csv-done = Daten heruntergeladen: { $file }.
share-notes-done = Beschreibung heruntergeladen: datapackage.json zu { $file }; beide Dateien im selben Ordner aufbewahren.
share-refused = Das Kopieren wurde hier nicht zugelassen: Bitte den Text markieren und selbst kopieren.
foot-sources = Die Zahlen gehen auf datierte, belegte Quellen zurück oder sind als Annahmen gekennzeichnet.
foot-methodology = Methodik, Formeln und Quellen
foot-private = Läuft vollständig im Browser: Nichts wird irgendwohin übertragen.
foot-version = Wattsworth { $version }, erstellt am { $built }.
foot-offline = Für die Offline-Nutzung herunterladen
foot-offline-note = (eine einzige HTML-Datei, funktioniert ohne Netzverbindung).

## Andere Rechenweisen, Umsatz je kWh und die Details unter dem Ergebnis

end-contract-only = Gerechnet nur mit den Vertragsjahren, ohne Wert danach: { $ahead }.
end-lease = Gerechnet mit { $years } { $years ->
        [one] Jahr
       *[other] Jahren
    } nach Vertragsende (verlängert oder zur Marktmiete neu vermietet): { $ahead }.
end-cloud = Gerechnet mit { $years } { $years ->
        [one] Jahr
       *[other] Jahren
    } nach Vertragsende (die Halle zur Marktmiete neu vermietet) und den noch genutzten GPUs: { $ahead }.
ahead-converting-lower = Umrüstung liegt { $value } vorn
ahead-mining-lower = Weiterschürfen liegt { $value } vorn
bases-pre = Nach Steuern: { $after } ohne Fremdkapital, { $financed } mit Fremdfinanzierung.
bases-after = Vor Steuern: { $pre }.
bases-financed = Vor Steuern und ohne Fremdkapital: { $pre }; nach Steuern, ohne Fremdkapital: { $after }.
kwh = Je kWh Netzanschlusskapazität erzielt KI im ersten vollen Betriebsjahr (ab { $from }) { $multiple } so viel Bruttoumsatz wie das Mining, vor jeglichem Capex – { $holds }; { $claim }.
kwh-holds = die Aussage „bis zu 25×“ trifft hier zu
kwh-not = nicht 25×
kwh-claim-at = eine GPU-Cloud erreicht die 25× ab { $price }/GPU-Stunde (Preisstand { $date }, { $utilisation }% Auslastung, { $gpus } GPUs je MW IT-Leistung)
kwh-claim-never = eine GPU-Cloud, die keine GPU-Stunden verkauft, erreicht die 25× nie
details-none = Es wird nichts umgerüstet, also sind weder Amortisation noch Rendite noch Kredit auszuweisen.
rates-loan-same = { $rates }, der Kredit mit denselben { $loan }
rates-loan-market = { $rates }, der Kredit mit { $loan }, dem Marktzins für seine Bonität
payback-at-end = Auf Basis abgezinster Cashflows ({ $on }; { $rates }) amortisiert sich die Umrüstung erst mit den Werten nach Vertragsende, die in ihrem letzten Monat angesetzt werden ({ $span }).
payback = Auf Basis abgezinster Cashflows ({ $on }; { $rates }) amortisiert sich die Umrüstung nach { $span }.
payback-never = Auf Basis abgezinster Cashflows ({ $on }; { $rates }) amortisiert sich die Umrüstung nicht.
irr-equity = Eigenkapital-IRR der Umrüstung: { $irr } auf höchstens { $equity } von den Eigentümern eingebrachtes Kapital, bei Eigenkapitalkosten von { $cost } (mit diesem Satz abgezinst sind die Cashflows der Eigentümer heute { $value } wert).
irr-pre-tax = IRR der Umrüstung (vor Steuern): { $irr }.
irr-after-tax = IRR der Umrüstung (nach Steuern): { $irr }.
irr-above-100 = über 100% p. a.
irr-a-year = { $rate }% p. a.
hurdle-equity = Eigenkapitalkosten von { $cost }
hurdle-contract = einem Abzinsungssatz von { $rate } für die Bonität des Vertrags
irr-withheld = Eine IRR wird nicht ausgewiesen: { $why }.
irr-no-outlay = die Umrüstung kostet in keinem Monat mehr als das Mining, es gibt also keinen Kapitaleinsatz, auf den sich eine Rendite beziehen könnte
irr-gains-first = die Umrüstung bringt zuerst Geld und kostet erst später, daher beschreibt eine Rendite sie nicht
irr-odd = die Umrüstung erzielt auf ihre Cashflows { $rate }% p. a., was nicht zu ihrem Wert bei { $hurdle } passt
irr-none-balances = kein Zinssatz zwischen −99,99% und +10.000% pro Monat gleicht die Differenz der Cashflows aus
irr-many-signs = die Differenz der Cashflows beider Optionen wechselt mehr als einmal das Vorzeichen, daher beschreibt sie kein einzelner Zinssatz
debt-none = Fremdkapital: keines; kein Kredit hält den Mindest-Schuldendienstdeckungsgrad (DSCR) von { $cover } ein.
debt-share = { $share } der Kosten
debt-share-sized = { $share } der Kosten: das Maximum, das der Mindest-DSCR von { $cover } zulässt, statt der eingestellten { $asked }
debt-lowest-sized = { $lowest } bei einem Mindest-DSCR von { $cover }
debt-coupon-market = sein Kupon von { $coupon } entspricht dem Marktzins für seine Bonität
debt-coupon-value = sein Kupon von { $coupon } liegt { $side ->
        [below] unter
       *[above] über
    } { $rate ->
        [one] dem einheitlichen Abzinsungssatz von { $market }
       *[market] dem Marktzins von { $market } für seine Bonität
    } und ist für die Eigentümer { $with ->
        [reserve] einschließlich Gebühren und Reserve
       *[fees] einschließlich Gebühren
    } { $value } wert, vor dem Steuervorteil aus dem Zinsabzug
debt = Fremdkapital: Kredit über { $borrowed } ({ $share }), getilgt von { $from } bis { $to }; Schuldendienstdeckungsgrad (DSCR) im Tiefpunkt { $lowest } ({ $month }), im Durchschnitt { $average }; { $value }.
network-responds = bei einer Netzwerk-Hashrate, die auf die Margen reagiert und einen hohen Hashprice wieder drückt
network-fixed = bei einem Wachstum der Netzwerk-Hashrate von { $growth }% p. a., unabhängig von den Margen
breakeven-hp = Das Mining bräuchte einen Hashprice von { $price }/PH/s/day (Stand { $date }, { $network }), um gleichzuziehen.
breakeven-hp-record = Das Mining bräuchte einen Hashprice von { $price }/PH/s/day (Stand { $date }, { $network }), um gleichzuziehen – mehr als der Rekord von { $record } (2021).
breakeven-hp-none = Kein Hashprice bis { $top }/PH/s/day lässt das Mining gleichziehen ({ $network }).
breakeven-hp-never = Die Umrüstung verliert bei jedem Hashprice von { $low } bis { $top }/PH/s/day: Der Verlust entsteht im KI-Geschäft, was auch immer das Mining erwirtschaftet.
running-dark = Der Standort hat keine Mining-Anlagen: Ohne Umrüstung bleibt er ungenutzt.
running-never-end = Die Miner decken hier nie ihre Strom- und Betriebskosten und bleiben deshalb abgeschaltet: Das Mining ist nur wert, was Standort und Maschinen am Ende einbringen.
running-never = Die Miner decken hier nie ihre Strom- und Betriebskosten und bleiben deshalb abgeschaltet; das Mining ist { $zero } wert.
running-some = Die eigenen Miner laufen in { $on } von { $months } Monaten: Geschürft wird in einem Monat, wenn sein Umsatz Strom und übrige Betriebskosten deckt.
valued = Bewertet von { $first } bis { $last }; der Vertrag läuft von { $cutover } bis { $last }.
warn-no-debt = Kein Kredit hält einen Mindest-DSCR von { $cover } ein: In mindestens einem Monat deckt der Cashflow der KI-Option bei diesem Verhältnis keinerlei Schuldendienst, daher rechnen die Zahlen ohne Kredit.
warn-network-held = Mit diesen Eingaben schrumpfte das Netzwerk ab { $from } unter das Doppelte der Flotte dieses Standorts: Es wird dort gehalten, da das Modell keinen Miner bewerten kann, der den Hashprice selbst bewegt.
warn-hashprice-beyond = Der Hashprice bewegt sich zwischen { $low } und { $high } je PH/s und Tag und damit außerhalb aller bisher beobachteten Werte (Rekord { $record }, 2021).
warn-hashprice-beyond-still = Der Hashprice bewegt sich zwischen { $low } und { $high } je PH/s und Tag und damit außerhalb aller bisher beobachteten Werte (Rekord { $record }, 2021): Da die Reaktion des Netzwerks ausgeschaltet ist, reagiert die Hashrate nicht auf die Margen.
warn-value-beyond = Eine Option ist mehr als 1 Billion US-Dollar wert: Die Eingaben beschreiben keinen realen Standort.
warn-fleet-share = Die Flotte käme auf bis zu { $share }% des gesamten Netzwerks; das Modell behandelt den Miner als zu klein, um den Hashprice zu bewegen.
warn-credits-exceed = Die Vergütung für Abregelung bringt mehr ein als das Mining selbst: Das beschreibt einen Stromhändler, keinen Miner.
warn-nothing-converted = Kein Anteil des Standorts wird umgerüstet: Beide Optionen sind gleich.
warn-ramp-outlasts = Der Vertrag endet, bevor der Standort seine volle Kapazität erreicht.

## Die Cashflow-Grafik, das Jahresergebnis und die Schuldendienstdeckung

cash-pre-tax = Cashflow vor Steuern
cash-after-tax = Cashflow nach Steuern
cash-financed = Cashflow nach Steuern und Schuldendienst
cash-same = Die Cashflows beider Optionen sind gleich: Es wird nichts umgerüstet.
cash-discounted-ahead = Abgezinst liegt die Umrüstung weiterhin vorn.
cash-discounted-behind = Abgezinst amortisiert sich die Umrüstung nicht.
cash-when-end-values = , allerdings erst dank der Werte nach Vertragsende, die im letzten Monat angesetzt werden; bis dahin liegt das Mining { $behind } vorn
cash-when-last = , wobei sie erst im letzten Monat in Führung geht ({ $span })
cash-when-after = , wobei sie nach { $span } dauerhaft in Führung geht
cash-ai-ends = Beim nicht abgezinsten { $cash } liegt die KI-Option am Ende { $value } vor dem Mining{ $when }.
cash-mining-ends = Beim nicht abgezinsten { $cash } liegt das Mining am Ende { $value } vor der KI-Option.
annual-ebitda = Im Jahr { $year } beträgt das EBITDA der KI-Option { $ai } je MW, gegenüber { $mining } beim Mining.
annual-kept = Davon bleiben der KI-Option nach Steuern { $ai }, dem Mining { $mining }.
annual-kept-financed = Davon bleiben der KI-Option nach Steuern und Zinsen { $ai }, dem Mining nach Steuern { $mining }.
cover-none = Es wird kein Kredit aufgenommen, also ist kein Schuldendienst zu decken.
cover-no-loan = Kein Kredit hält den Mindest-DSCR von { $cover } ein: In mindestens einem Monat würde der Cashflow bei diesem Verhältnis keinerlei Schuldendienst decken.
cover-sized = Der Kredit ist so bemessen, dass der DSCR nie unter den Mindestwert von { $cover } fällt: { $share } der Kosten statt der eingestellten { $asked }; am niedrigsten ist der DSCR im { $month }.
cover-above = Der DSCR bleibt bei mindestens { $lowest } (Tiefpunkt im { $month }), gegenüber einem Mindestwert von { $cover }.

## Die Grafiken der Analysen: Kernaussagen, Beschreibungen, Tabellen und Beschriftungen

takeaway-kwh = Je kWh Kapazität erzielt im ersten vollen KI-Betriebsjahr eine Vermietung { $lease } so viel Umsatz wie das Mining, eine GPU-Cloud { $gpu }; die Schlagzeile „bis zu 25×“ bezieht sich auf eine GPU-Cloud, und zwar vor dem GPU-Capex.
tornado-none = Keine dieser Eingaben verändert das Ergebnis.
tornado-most = „{ $label }“ bewegt das Ergebnis am stärksten: von { $low } auf { $high } bei einer Änderung von { $from } auf { $to }.
tornado-left-out = { $count } { $count ->
        [one] Eingabe ohne Einfluss fehlt
       *[other] Eingaben ohne Einfluss fehlen
    } in der Grafik.
left-out = { $count } { $count ->
        [one] Eingabe
       *[other] Eingaben
    } ohne Einfluss ausgelassen
smaller-in-table = { $count } { $count ->
        [one] schwächere Eingabe steht
       *[other] schwächere Eingaben stehen
    } in der Tabelle
smaller-dead-in-table = { $count } { $count ->
        [one] schwächere Eingabe
       *[other] schwächere Eingaben
    } und { $dead } ohne Einfluss stehen in der Tabelle
per-kw-month = /kW-Monat
per-gpu-hour = /GPU-Stunde
map-at = Bei heutigem Stand von „{ $label }“ ({ $value })
map-here = Hier
map-above = { $at } schlägt die Umrüstung das Mining oberhalb von { $rate }.
map-ai-always = { $at } schlägt die Umrüstung das Mining bei jedem KI-Preis im dargestellten Bereich.
map-mining-always = { $at } schlägt das Mining die Umrüstung bei jedem KI-Preis im dargestellten Bereich.
takeaway-fan = In { $share }% von { $paths } simulierten Verläufen von BTC-Kurs und Hashrate endet die KI-Option mit dem höheren Kapitalwert – die KI-Seite bleibt dabei wie eingestellt: kein Mieterausfall über die Quote vorzeitiger Ausstiege hinaus, keine Kostenüberschreitung, keine Verzögerung.
when-none = Es wird nichts umgerüstet: Es gibt keinen Starttermin abzuwägen.
when-now = jetzt
when-in = im { $month }
when-loses = Die Umrüstung verliert bei jedem Starttermin von jetzt bis { $last }; den geringsten Verlust, { $loss }, bringt ein Beginn im { $best }.
when-later-loses-more = Ein späterer Beginn verliert mehr.
when-best-set = Die Umrüstung wie eingestellt { $set } zu beginnen, ist der beste Zeitpunkt: { $value }.
when-best-other = Der beste Starttermin ist { $best }: { $value } gegenüber dem Weiterschürfen; wer { $set } beginnt, kommt auf { $at-set }.
when-best = Der beste Starttermin ist { $best }: { $value } gegenüber dem Weiterschürfen.
when-best-mark = { $month } (optimal)
business-lease = Vermietung an einen KI-Mieter
business-cloud = Betrieb einer eigenen GPU-Cloud
describe-range = von { $low } bis { $high }
describe-no-data = ohne Daten
describe-cash = Liniendiagramm: kumulierter { $cash }, nicht abgezinst, Monat für Monat über { $span } ab { $start }; Mining { $mining }, { $ai } { $converting }.
describe-annual = Diagramm des EBITDA je MW Netzanschlussleistung für jedes Jahr des Betrachtungszeitraums: Mining { $mining }, { $ai } { $converting }.
describe-cover = Liniendiagramm des für den Schuldendienst verfügbaren Cashflows der KI-Option im Verhältnis zu ihrem Schuldendienst (DSCR), Monat für Monat von { $from } bis { $to }: Tiefpunkt { $lowest }, Durchschnitt { $average }, gegenüber einem gestrichelt eingezeichneten Mindest-DSCR von { $cover }.
describe-cover-none = Keine Grafik zur Schuldendienstdeckung: In diesem Szenario wird kein Kredit aufgenommen.
describe-kwh = Horizontale Balken des Bruttoumsatzes je kWh Netzanschlusskapazität: Mining { $mining }, KI-Vermietung { $lease }, GPU-Cloud { $gpu }, mit einer Markierung beim 25-Fachen des Mining.
describe-tornado = Horizontale Balken, der größte zuerst: wie weit sich der Vorsprung der KI-Option verschiebt, wenn eine Eingabe von ihrem niedrigen auf ihren hohen Wert geht und alle anderen unverändert bleiben.
describe-map = Heatmap des Vorsprungs der KI-Option über zwei Eingaben (waagerecht Umrüstungs-Capex oder Hashprice, senkrecht der KI-Preis), in einer Farbe, wo die Umrüstung gewinnt, in einer anderen, wo das Mining gewinnt, mit einer Linie beim Break-even und einer Markierung bei den heutigen Werten.
describe-fan = Bänder des kumulierten Mining-Cashflows über { $paths } simulierte Verläufe von Bitcoin-Kurs und Hashrate (5. bis 95. und 25. bis 75. Perzentil, der Median als Linie), gegenüber der Linie der KI-Option.
describe-when = Liniendiagramm des Vorsprungs der KI-Option für jeden möglichen Startmonat der Umrüstung, von jetzt bis in zehn Jahren (jeder Start über seinen eigenen Zeitraum bewertet: Mining bis dahin, die Umrüstung, der ganze Vertrag), mit einem Punkt beim besten Starttermin.
col-year = Jahr
col-value-so-far = { $path }, heutiger Wert bis dahin
col-mining-cumulative = Mining, kumuliert
col-ai-cumulative = KI, kumuliert
col-mining-revenue-mw = Mining-Umsatz/MW
col-mining-ebitda-mw = Mining-EBITDA/MW
col-mining-tax-mw = Mining-Steuern/MW
col-ai-revenue-mw = KI-Umsatz/MW
col-ai-ebitda-mw = KI-EBITDA/MW
col-ai-tax-mw = KI-Steuern/MW
col-ai-debt-mw = KI-Schuldendienst/MW
col-debt-service = Schuldendienst
col-lowest-cover = Niedrigster DSCR
col-average-cover = Durchschnittlicher DSCR
col-business = Geschäft
col-per-kwh-grid = $ je kWh Netzanschlusskapazität
col-per-kwh-it = $ je kWh IT-Kapazität
col-times-mining = × Mining
row-mining = Mining
row-ai-lease = KI-Vermietung
row-gpu-cloud = GPU-Cloud
col-input = Eingabe
col-low = Niedriger Wert
col-gap-low = KI − Mining (niedrig)
col-high = Hoher Wert
col-gap-high = KI − Mining (hoch)
col-mining-p5 = Mining p5
col-mining-p50 = Mining p50
col-mining-p95 = Mining p95
col-ai = KI
col-starts = Beginn der Umrüstung
col-months-from-now = Monate ab jetzt
col-gap = KI − Mining
ck-mining = Mining
ck-ai = KI
ck-mining-pinned = Mining, angeheftet
ck-ai-pinned = KI, angeheftet
ck-axis-cumulative = Kumulierter Netto-Cashflow
ck-payback = dynamische Amortisation
ck-mining-ebitda = Mining-EBITDA
ck-ai-ebitda = KI-EBITDA
ck-mining-kept = Mining nach Steuern
ck-ai-kept = KI nach Steuern
ck-ai-kept-financed = KI nach Steuern & Zinsen
ck-axis-year = Jahr des Zeitraums
ck-axis-per-mw = Je MW und Jahr
ck-no-loan = Kein Kredit hält den Mindest-DSCR ein.
ck-nothing-borrowed = Kein Kredit aufgenommen.
ck-covenant = Mindest-DSCR { $cover }
ck-axis-cover = Schuldendienstdeckungsgrad
ck-mining-p50 = Mining p50
ck-converting-then = Umrüstung ab Starttermin
ck-axis-starts = Beginn der Umrüstung, in Jahren ab jetzt
ck-axis-adds = Mehrwert der Umrüstung (heutiger Wert)
ck-best = optimal: { $month }
ck-smallest-loss = kleinster Verlust: { $month }
ck-times-mining = , { $times } Mining
ck-axis-kwh = Umsatz je kWh Netzanschlusskapazität
ck-input-low = Eingabe niedrig
ck-input-high = Eingabe hoch
ck-mining-ahead = Mining vorn
ck-ai-ahead = KI vorn
ck-break-even-line = Break-even (Linie)

## Einbetten, das gedruckte Datenblatt, die Downloads der Grafiken

embed-charts = Grafiken (keine angehakt: der heutige Wert)
embed-chart-value = Heutiger Wert (das Ergebnis)
embed-chart-cash = Cashflow, nicht abgezinst
embed-chart-annual = EBITDA nach Jahren
embed-chart-kwh = Umsatz je kWh
embed-chart-tornado = Was das Ergebnis bewegt
embed-chart-map = Break-even-Karte
embed-chart-fan = Mining unter Unsicherheit
embed-chart-cover = Schuldendienstdeckung
embed-chart-when = Wann umrüsten
embed-controls = Bedienelemente
embed-controls-none = Keine
embed-controls-all = Alle Eingaben
embed-theme = Farbschema
embed-theme-auto = Wie beim Leser eingestellt
embed-theme-light = Hell
embed-theme-dark = Dunkel
embed-locked = Nur lesen (keine Bedienelemente)
embed-look = Darstellung
embed-static = Statisch: nur der Satz und das Bild
embed-plain = Schlicht: ohne Titel und Fußzeile (Quelle und Datum auf der eigenen Seite angeben)
embed-transparent = Transparent: mit dem Hintergrund der eigenen Seite
embed-lang-browser = Browsersprache des jeweiligen Lesers
embed-paste = Diesen Code in den Artikel einfügen (die Höhe passt sich dem Inhalt an):
embed-copy-code = Einbettungscode kopieren
embed-code-copied = Einbettungscode kopiert.
embed-iframe = Oder, wo keine Skripte erlaubt sind, dieses iframe (600 px hoch: zuerst Fazit und Grafik, der Rest lässt sich scrollen):
embed-copy-iframe = iframe-Code kopieren
embed-iframe-copied = iframe-Code kopiert.
embed-picture = Oder, wo gar kein Skript laufen darf (Druck, AMP, Archive), der Satz mit seiner Grafik als Bild, datiert und mit Quellenangabe:
embed-copy-picture = Bild-Code kopieren
embed-picture-copied = Bild-Code kopiert.
embed-preview-at = Vorschaubreite
embed-preview-phone = 320 px (Smartphone)
embed-preview-article = 640 px (Artikel)
embed-preview-full = volle Breite
sheet-input = Wichtige Eingabe
sheet-value = Wert
sheet-source = Quelle und Stand
sheet-every = Alle Eingaben, Formeln und Quellen:
sheet-made = Wattsworth { $version } ({ $built }), ein quelloffener Rechner. Beträge sind aus US-Dollar umgerechnet, wo eine andere Währung angezeigt wird.
chart-downloaded = Heruntergeladen: { $file }.
chart-not-drawn = Das { $format } konnte nicht erstellt werden.
chart-download = „{ $title }“ als { $format ->
        [PNG] PNG-Bild
       *[SVG] SVG-Bild
    } herunterladen
map-across = Waagerechte Achse
methodology-summary = Methodik: Formeln, Einheiten, Quellen und was nicht modelliert ist
ki-start = Beginn
ki-default = Standardwert
ki-reader = Vom Leser eingestellt
ki-reader-default = Vom Leser eingestellt (Standardwert { $default }: { $source })

## Die Anmerkungen einer exportierten Grafik, die Stichtage der Marktdaten, der Vergleich mit einem angehefteten Szenario

kp-start = Beginn { $month }
kp-power = Strompreis { $price }/kWh (Stand { $date })
kp-hashprice = Hashprice { $price }/PH/s/day (Stand { $date })
kp-lease = Miete { $price }/kW-Monat IT-Leistung
kp-gpu = GPU-Cloud zu { $price }/GPU-Stunde
kp-gpu-capex = GPU-Capex { $cost } je GPU
kp-capex = Umrüstungs-Capex { $cost } je MW IT-Leistung
kp-contract = { $years }-jähriger Vertrag
kp-rates = Miete mit { $rent }, Mining mit { $mining } abgezinst
kp-all = Wichtige Eingaben: { $parts }.
kp-others = Weitere wichtige Eingaben: { $parts }.
note-basis = Grundlage: { $basis }
note-answer = Fazit: { $verdict }
note-scenario = { $data } Szenario: { $link }
note-made = Wattsworth { $version } ({ $built }), ein quelloffener Rechner: Jede Formel, jede Eingabe und jede Quelle ist in der Methodik dokumentiert; unbelegte Werte sind als Annahmen gekennzeichnet.
data-hashprice = Hashprice
data-fees = Transaktionsgebühren
data-difficulty = Schwierigkeitsgrad
data-btc-price = BTC-Kurs
data-gpu-price = GPU-Mietpreise
data-power-price = Strompreis
market-as-of = Marktdaten vom { $date } ({ $with }){ $others }{ $stale }.
market-as-of-brief = Marktdaten vom { $date }{ $stale }.
market-stale = : { $days } Tage älter als diese Version
compare-figure = { $name }: angeheftet { $pinned } → jetzt { $now } ({ $change })
compare-advantage = Vorsprung der KI
compare-mining = Kapitalwert Mining
compare-ai = Kapitalwert KI
compare-business = KI-Geschäftsmodell
compare-on = ein
compare-off = aus
compare-none = Keine Eingabe weicht ab.
compare-changed = Änderungen: { $list }.

## Die Anmerkungen zum Datenpaket (die Spaltennamen bleiben englisch: Sie sind Schlüssel)

dp-revenue = Umsatz: Verkaufserlöse, beim Mining zusätzlich die Vergütung für Abregelung.
dp-power-cost = Kosten des aus dem Netz bezogenen Stroms.
dp-other-opex = Betriebskosten ohne Strom.
dp-capex-net-of-sales = Capex abzüglich der Erlöse aus verkauften Anlagen: negativ, wenn mehr verkauft als gekauft wird (die bei der Umstellung verkauften ASICs).
dp-end-value = Am Ende des Betrachtungszeitraums angesetzter Wert (Exit-Wert der Vermietung, Restwerte der ASICs und GPUs); null, wenn Endwerte nicht eingerechnet werden.
dp-grid-energy = Aus dem Netz bezogene Energie.
dp-tax-paid = Gezahlte Ertragsteuern; null bei Rechnung vor Steuern.
dp-borrowed-net-of-fees = Ausgezahlter Kreditbetrag abzüglich Gebühren und Disagio (den Bruttokreditbetrag nennen die Anmerkungen); nur bei Fremdfinanzierung.
dp-interest-paid = Bar gezahlte Zinsen (dem Kredit zugeschlagene Zinsen werden nicht gezahlt).
dp-principal-repaid = Tilgung des Kredits.
dp-debt-reserve-flow = Schuldendienstreserve: negativ bei Dotierung, positiv bei Freigabe.
dp-ebitda = EBITDA: Umsatz abzüglich Stromkosten und sonstiger Betriebskosten.
dp-project-cash = Cashflow vor Steuern und Finanzierung: EBITDA abzüglich Capex, zuzüglich eines etwaigen Endwerts.
dp-loan-net-flow = Netto-Zahlungsstrom des Kredits an die Eigentümer: Kreditauszahlung (abzüglich Gebühren) minus Zinsen und Tilgung, zuzüglich des Zahlungsstroms der Reserve.
dp-owners-cash = Cashflow der Eigentümer auf der Grundlage des Szenarios: Projekt-Cashflow abzüglich Steuern, zuzüglich des Netto-Zahlungsstroms des Kredits.
dp-cumulative-owners-cash = Cashflow der Eigentümer, ab dem ersten Monat aufsummiert, nicht abgezinst.
dp-discounted-cumulative-owners-cash = Cashflow der Eigentümer, auf den Beginn abgezinst und aufsummiert: Der letzte Wert ist der Kapitalwert der Option.
dp-path-mining = Weiterschürfen
dp-path-ai = Umrüstung auf KI
dp-month = Monat des Betrachtungszeitraums, ab 1 (dem Startmonat) gezählt wie auf der Seite.
dp-date = Kalendermonat im Betrachtungszeitraum des Szenarios (JJJJ-MM).
dp-pinned-prefix = Angeheftetes Szenario:
dp-pinned-date = Kalendermonat im Betrachtungszeitraum des angehefteten Szenarios (JJJJ-MM).
dp-money-usd = Geldbeträge in der Tabelle sind in US-Dollar angegeben, so wie das Modell rechnet.
dp-money = Geldbeträge in der Tabelle sind in { $code } angegeben, umgerechnet zu { $rate } je US-Dollar ({ $whose }); das Modell rechnet in US-Dollar.
dp-readers-rate = vom Leser eingegebener Kurs
dp-rows = Eine Zeile je Monat des Betrachtungszeitraums, ab 1 gezählt; für jede Option die Cashflows nach Position, der Cashflow der Eigentümer auf der gewählten Grundlage und die laufenden Summen (die letzte abgezinste Summe ist der Kapitalwert der Option). Die Eingaben sind so aufgeführt, wie das Modell sie übernimmt, in US-Dollar. Formeln und Quellen: die Methodik des Rechners.
dp-pinned = Die Spalten mit dem Präfix pinned_ gehören zum angehefteten Szenario und dienen dem Vergleich.
dp-scenario = Szenario: { $link }
dp-methodology = Wattsworth-Methodik: alle Formeln, Eingaben, Quellen und Stichtage
dp-table-title = Beide Optionen, Monat für Monat
dp-title = Wattsworth { $version }: weiter schürfen oder auf KI umrüsten, Monat für Monat
dp-as-of = { $label }, Stand
dp-date-of-figure = Stichtag der Marktzahl
dp-start = Startmonat
dp-first-month = erster Monat des Betrachtungszeitraums
methodology-intro = Kurz gefasst: Der Rechner spielt einen Standort Monat für Monat in zwei Varianten durch – die Bitcoin-Miner behalten oder ihn auf KI umrüsten (Vermietung an einen KI-Mieter oder eigene GPU-Cloud) –, jeweils mit Steuern und Kredit, und zinst die Cashflows jeder Variante mit einem Satz für ihr Risiko auf heutigen Wert ab: Miete, für die ein Unternehmen mit Investment-Grade-Rating einsteht, mit dem niedrigsten Satz, Miete allein auf die Bonität des Mieters mit einem höheren und die Cashflows aus dem Mining, die mit dem Bitcoin-Kurs schwanken, mit dem höchsten. Das Fazit ist die Differenz der beiden Werte. Die vollständige Methodik mit allen Formeln, Eingaben und Quellen folgt auf Englisch.

## Eingaben: Bezeichnung und Einheit

param-mw = Netzanschlussleistung
unit-mw = MW
param-yrs = Vertragslaufzeit
unit-yrs = Jahre
param-pwr = Strompreis
unit-pwr = $/kWh
param-pesc = Strompreissteigerung
unit-pesc = %/Jahr
param-site = Standortwert am Ende
unit-site = $M je MW
param-hp = Hashprice
unit-hp = $/PH/s/day
param-btcg = Anstieg des BTC-Kurses
unit-btcg = %/Jahr
param-fee = Transaktionsgebühren
unit-fee = BTC/Block
param-jth = Effizienz der Flotte
unit-jth = J/TH
param-aage = Alter der Flotte zu Beginn
unit-aage = Jahre
param-ovh = Mining-Zusatzverbrauch (PUE)
unit-ovh = ×
param-up = Verfügbarkeit der Maschinen
unit-up = %
param-curt = Abgeregelte Stunden
unit-curt = % der Stunden
param-ccr = Vergütung für Abregelung
unit-ccr = $/MWh nicht bezogen
param-pool = Pool-Gebühr
unit-pool = %
param-opx = Betriebskosten ohne Strom
unit-opx = $/MWh
param-asic = ASIC-Preis
unit-asic = $/TH
param-alife = ASIC-Nutzungsdauer
unit-alife = Jahre
param-hrg = Festes Hashrate-Wachstum
unit-hrg = %/Jahr
param-mj = Effizienz der Grenzflotte
unit-mj = J/TH
param-mpw = Strompreis des Grenzminers
unit-mpw = $/kWh
param-effg = ASIC-Effizienzgewinn
unit-effg = %/Jahr
param-hl = Halbwertszeit der Netzwerkanpassung
unit-hl = Monate
param-pue = KI-PUE
unit-pue = ×
param-cap = Umrüstungs-Capex
unit-cap = $M je MW IT-Leistung
param-cvin = Beginn der Umrüstung in
unit-cvin = Monate
param-conv = Dauer der Umrüstung
unit-conv = Monate
param-ramp = Hochlauf auf volle Kapazität
unit-ramp = Monate
param-load = Durchschnittliche IT-Last
unit-load = % der IT-Kapazität
param-share = Umgerüsteter Anteil des Standorts
unit-share = %
param-firm = Aufschlag für gesicherte Leistung
unit-firm = $/kWh
param-exit = Vorzeitiger Ausstieg des Kunden
unit-exit = %/Jahr
param-back = Abgesichert durch Investment Grade
unit-back = % des Umsatzes
param-prep = Vorauszahlung
unit-prep = % des Vertragsumsatzes
param-wrnt = Für den Deal gewährte Optionsscheine
unit-wrnt = $M
param-rent = Anfängliche Miete
unit-rent = $/kW-Monat IT-Leistung
param-esc = Jährliche Mietsteigerung
unit-esc = %/Jahr
param-noi = NOI-Marge, Teilbruttomiete (Modified Gross)
unit-noi = %
param-noin = NOI-Marge, Triple-Net-Miete
unit-noin = %
param-renew = Verlängerung bei Vertragsende
unit-renew = %
param-tail = Nach Vertragsende eingerechnete Jahre
unit-tail = Jahre
param-down = Leerstand bis zur Neuvermietung
unit-down = Monate
param-refit = Modernisierung am Ende
unit-refit = % des Umrüstungs-Capex
param-comm = Vermietungsprovision
unit-comm = % der Vertragsmiete
param-gph = GPU-Mietpreis
unit-gph = $/GPU-Stunde
param-util = GPU-Auslastung
unit-util = %
param-gpmw = GPUs je MW IT-Leistung
unit-gpmw = GPUs
param-gcap = GPU-Capex
unit-gcap = $ je GPU
param-glife = GPU-Nutzungsdauer
unit-glife = Jahre
param-gdec = Preisverfall der GPUs
unit-gdec = %/Jahr
param-gopx = Sonstige Betriebskosten der GPU-Cloud
unit-gopx = % des Umsatzes
param-rig = Abzinsungssatz für abgesicherte Miete
unit-rig = %/Jahr
param-rown = Abzinsungssatz für Miete auf Mieterbonität
unit-rown = %/Jahr
param-rcon = Abzinsungssatz während der Umrüstung
unit-rcon = %/Jahr
param-rtail = Abzinsungssatz nach Vertragsende
unit-rtail = %/Jahr
param-rmine = Abzinsungssatz für Mining-Cashflows
unit-rmine = %/Jahr
param-dr = Einheitlicher Abzinsungssatz für alles
unit-dr = %/Jahr
param-tax = Ertragsteuersatz
unit-tax = %
param-bonus = Sonderabschreibung (Bonus Depreciation)
unit-bonus = % der Kosten mit 5 und 15 Jahren Nutzungsdauer
param-cseg = Kostenaufteilung (Cost Segregation)
unit-cseg = % des Umrüstungs-Capex
param-ltc = Fremdkapitalanteil an den KI-Kosten
unit-ltc = % der Kosten
param-cpn = Kreditzins
unit-cpn = %/Jahr
param-dfee = Gebühren und Disagio
unit-dfee = % des Betrags
param-dten = Rückzahlungsdauer
unit-dten = Jahre
param-dsri = Verzinsung der Reserve
unit-dsri = %/Jahr
param-dsra = Schuldendienstreserve
unit-dsra = Monate
param-dscr = Mindest-Schuldendienstdeckungsgrad (DSCR)
unit-dscr = ×
param-coe = Eigenkapitalkosten
unit-coe = %/Jahr
param-vol = BTC-Volatilität
unit-vol = %/Jahr
param-hrsd = Unsicherheit des Hashrate-Wachstums
unit-hrsd = Pp./Jahr
param-rho = Korrelation Kurs–Hashrate

## Schalter und die realen Deals im Vorlagenmenü

toggle-net = Netzwerk-Hashrate reagiert auf die Margen der Miner
toggle-mine = Mining bis zur Übergabe weiterführen
toggle-relet = Vorzeitig geräumte Flächen neu vermieten
toggle-green = Keine Mining-Anlagen am Standort (Greenfield)
toggle-nnn = Triple-Net-Mietvertrag
toggle-tv = Jahre nach Vertragsende einrechnen
toggle-onerate = Einheitlicher Abzinsungssatz für alles
toggle-pretax = Werte vor Steuern und ohne Fremdkapital zeigen
toggle-group = Verluste sofort mit anderen Erträgen verrechnen
toggle-idc = Bauzeitzinsen dem Kredit zuschlagen
toggle-sculpt = Tilgung folgt dem Cashflow (konstanter DSCR)
preset-today = Heutiger Markt (Vermietung)
preset-csc = Core Scientific – CoreWeave (2024)
preset-wulf = TeraWulf – Fluidstack (2025)
preset-cifr-fs = Cipher – Fluidstack (2025)
preset-hut8 = Hut 8 – Fluidstack, River Bend (2025)
preset-hut8-bp = Hut 8 – Beacon Point (2026)
preset-cifr = Cipher – AWS (2025)
preset-riot-amd = Riot – AMD, Rockdale (2026)
preset-iren = IREN – GPU-Cloud für Microsoft (2025)
preset-iren-nvda = IREN – KI-Cloud mit NVIDIA (2026)

## Eingaben, die ein Szenario nicht verwendet, und warum

unused-input = { $label } ({ $value }) wird nicht verwendet { $why }
unused-kept = { $inputs }. Jeder Wert bleibt erhalten, bis er wieder gilt.
unused-why-no-miners = an einem Standort ohne Mining-Anlagen (green=1)
unused-why-triple-net = bei einem Triple-Net-Mietvertrag (nnn=1), der seine eigene Marge hat
unused-why-not-triple-net = außer bei einem Triple-Net-Mietvertrag (nnn=1)
unused-why-gpu-cloud = von einer GPU-Cloud (mode=gpu)
unused-why-lease = bei einer Vermietung (eine Eingabe der GPU-Cloud: mode=gpu)
unused-why-contract-years-only = außer wenn die Jahre nach Vertragsende zählen (tv=1)
unused-why-rate-for-each-risk = außer bei einem einheitlichen Abzinsungssatz für alles (onerate=1)
unused-why-one-rate = solange ein einheitlicher Abzinsungssatz für alles gilt (onerate=1)
unused-why-tenant-pays-power = bei einer Vermietung (der Mieter zahlt seinen Strom selbst)
unused-why-before-tax = vor Steuern (pretax=1)
unused-why-before-tax-and-debt = vor Steuern und ohne Fremdkapital (pretax=1)
unused-why-no-tax = ohne Ertragsteuer (tax=0)
unused-why-nothing-borrowed = ohne Fremdkapital (ltc=0)
unused-why-no-reserve = ohne Schuldendienstreserve (dsra=0)
unused-why-network-responds = solange die Netzwerk-Hashrate auf die Margen reagiert (net=1)
unused-why-network-fixed = außer wenn die Netzwerk-Hashrate auf die Margen reagiert (net=1)

## Was ein Eingabefeld selbst sagt: zu einem getippten Wert, zum Startmonat, zum Wechselkurs, zur Notiz einer Vorlage
typed-read-as = „{ $typed }“ wird als { $value } { $unit } gelesen: „{ $marks }“ ist nicht die Einheit dieses Feldes.
typed-allowed = Erlaubt sind { $low }–{ $high } { $unit }; verwendet wird { $value }.
typed-whole-months = Das Modell rechnet in ganzen Monaten: Der Wert wird auf { $months } gerundet.
typed-whole-months-unit = Das Modell rechnet in ganzen Monaten: Der Wert wird auf { $value } { $unit } ({ $months }) gerundet.
typed-unread-separators = „{ $typed }“ ist nicht lesbar: Zahlen werden hier wie { $example } geschrieben ({ $locale }); es gilt weiterhin { $now }.
typed-unread = „{ $typed }“ ist keine lesbare Zahl; es gilt weiterhin { $now }.
input-default = Standardwert { $value } { $unit }.
input-methodology = Methodik
input-reset-title = Auf den Standardwert zurücksetzen
controls-label = Eingaben
start-label = Startmonat
start-before-data = Die Marktdaten haben den Stand { $earliest }: Eine Bewertung beginnt nicht früher; verwendet wird { $earliest }.
start-choose = Einen Monat von { $earliest } bis { $latest } wählen.
fx-label = Einheiten dieser Währung je US-Dollar
fx-unread = „{ $typed }“ ist als Kurs nicht verwendbar: Bitte angeben, wie viele Einheiten dieser Währung ein US-Dollar kauft (von { $low } bis { $high }).
preset-from-deal = { $label }: aus dem Deal ({ $why })
preset-assumed = { $label }: angenommen ({ $why })
preset-none = keine: Alle Eingaben stehen auf dem heutigen Standardwert
preset-set = { $sources }, { $date }. Von der Vorlage gesetzt: { $fields }. Alle übrigen Eingaben stehen auf dem heutigen Standardwert, mit eigener Quelle oder als Annahme gekennzeichnet.

## Was ein Link (oder das in diesem Browser gespeicherte Szenario) verlangte und nicht bekam: die Hinweise über dem Ergebnis. Text im `code`-Stil steht hier so, wie Links ihn schreiben, und bleibt in jeder Sprache unverändert: Schlüssel mit ihrem `=` (mw=, ref=, currency=EUR…), Werte (lease, gpu, none, key, all, light, dark, auto, cap, hp, 0, 1), Sprachkennungen (de-DE, en-US), Währungscodes.
notice-name-mode = KI-Geschäftsmodell
notice-name-start = Startmonat
notice-as-of = { $label }, Stand
notice-repeated-known = { $name }: { $key }= kommt in diesem Link { $count }-mal vor; die Werte werden nacheinander gelesen, verwendet wird { $used }
notice-repeated = { $key }= kommt in diesem Link { $count }-mal vor; verwendet wird nur ein Wert: der letzte, der sich verwenden lässt
notice-unread-known = { $name }: { $key }= steht nach den ersten { $limit } Angaben dieses Links und wurde nicht gelesen; es bleibt bei { $kept }
notice-unread = „{ $key }“ steht nach den ersten { $limit } Angaben dieses Links und wurde nicht gelesen
notice-unread-more = und { $count } weitere Angaben nach den ersten { $limit } dieses Links wurden nicht gelesen
notice-mode = KI-Geschäftsmodell: „{ $shown }“ ist weder lease noch gpu; es bleibt bei { $kept }
notice-start = Startmonat: „{ $shown }“ ist kein Monat von { $min } bis { $max }; es bleibt bei { $kept }
notice-toggle = { $label }: „{ $shown }“ ist weder 0 noch 1; es bleibt bei { $kept }
notice-dated-future = { $label }: „{ $shown }“ liegt nach dem Erstellungsdatum dieser Version ({ $built }): Marktdaten können nicht aus der Zukunft stammen; es bleibt bei { $kept }
notice-dated = { $label }: „{ $shown }“ ist kein Monat von { $min } bis { $max }; es bleibt bei { $kept }
notice-number = { $label }: „{ $shown }“ ist keine Zahl in der Schreibweise von Links (Ziffern und ein Punkt als Dezimaltrennzeichen, etwa 1.5 oder 2000); es bleibt bei { $kept }
notice-tiny = { $label }: { $shown } ist zu klein, um erfasst zu werden; gelesen als { $used }
notice-outside = { $label }: { $shown } liegt außerhalb von { $min }–{ $max } { $unit }; verwendet wird { $used }
notice-whole-months = { $label }: { $shown } { $unit } ergibt keine ganze Zahl von Monaten; verwendet wird { $used }
notice-unknown = unbekannter Parameter „{ $key }“ ignoriert
notice-start-early = der Beginn { $start } liegt vor den neuesten Marktdaten ({ $latest }); verwendet wird { $latest }
notice-model-unreadable = Modellversion: „{ $shown }“ ist keine Versionsnummer; diese Seite rechnet mit Modellversion { $now }
notice-model-newer = Modellversion: Dieser Link wurde mit Modellversion { $then } erstellt, die neuer ist als Version { $now } dieser Kopie: Die Zahlen hier können von denen abweichen, die zusammen mit dem Link zitiert wurden; der Online-Rechner verwendet das neuere Modell
notice-model-older = Modellversion: Dieser Link wurde mit Modellversion { $then } erstellt; diese Seite rechnet mit Version { $now }, die { $changes }. Die Zahlen hier können daher von denen abweichen, die zusammen mit dem Link zitiert wurden
model-change-2 = jeden Deal mit dem bei Unterzeichnung vereinbarten Wert ansetzt, die vorhandenen Miner betreibt, solange sie ihre Kosten decken, und neue kauft, wenn sich das lohnt
model-change-3 = Ertragsteuer und Kredit einrechnet und den besten Zeitpunkt für die Umrüstung nennt
model-change-4 = den Wert jeder Option nach Vertragsende einrechnet und jeden Cashflow mit dem Satz abzinst, den der Markt für sein Risiko verlangt, während Version 3 einheitlich mit 10% abzinste
model-change-5 = die Halle einer GPU-Cloud nach Vertragsende wie das Gebäude einer Vermietung bewertet, das zur Marktmiete neu vermietet wird, während Version 4 ihr keinen Wert beimaß
model-change-6 = die nächste GPU-Generation einer GPU-Cloud mit Blick auf die übernächste Generation wählt und die am Ende des Betrachtungszeitraums verbliebenen GPUs so bewertet wie das Ergebnis, während Version 5 GPUs auch für nur wenige Monate Nutzung kaufen konnte
notice-currency = Währung: „{ $shown }“ ist nicht unter { $codes }; angezeigt wird in US-Dollar
notice-fx = Wechselkurs: „{ $shown }“ ist kein Kurs von { $min } bis { $max } je US-Dollar mit einem Punkt als Dezimaltrennzeichen; verwendet wird der Standardkurs
notice-fx-alone = Wechselkurs: Ein Kurs gilt nur zusammen mit einer anderen Währung (currency=EUR…); daher ignoriert
notice-map = Break-even-Karte: „{ $shown }“ ist weder cap noch hp; auf der waagerechten Achse steht der Umrüstungs-Capex
notice-charts-left-out = Grafiken: „{ $shown }“ ist nicht unter { $names }; ausgelassen
notice-charts-default = Grafiken: „{ $shown }“ ist nicht unter { $names }; angezeigt werden die Standardgrafiken
notice-controls = Bedienelemente: „{ $shown }“ ist nicht none, key oder all; angezeigt wird die Standardeinstellung
notice-theme = Farbschema: „{ $shown }“ ist nicht light, dark oder auto; es gilt die Einstellung des Lesers
notice-flag = { $flag }: „{ $shown }“ ist weder 0 noch 1; als 0 gewertet
flag-embed = Einbettung
flag-locked = Nur lesen
flag-static = Statisch
flag-plain = Schlicht
flag-transparent = Transparent
notice-locale = Regionalformat: „{ $shown }“ ist keine Sprachkennung wie de-DE; verwendet wird das des Browsers
notice-pinned = Angeheftetes Szenario: { $notice }
notice-pinned-flag = Angeheftetes Szenario: { $key }= innerhalb von ref= wird nicht gelesen: { $why }
pinned-why-ref = ein angeheftetes Szenario kann nicht selbst ein Szenario anheften
pinned-why-locale = das angeheftete Szenario wird in Währung und Regionalformat der Seite gezeigt; { $key }= gehört neben ref=, nicht hinein
pinned-why-display = Anzeigeeinstellungen gehören neben ref=, nicht hinein
notice-stored = Das zuletzt in diesem Browser gespeicherte Szenario: { $notice }
notice-stored-unreadable = Das zuletzt in diesem Browser gespeicherte Szenario liegt in einer Form vor, die diese Version nicht lesen kann („{ $shown }“); begonnen wird mit den Standardwerten
notice-stored-saved = Das zuletzt in diesem Browser gespeicherte Szenario wurde unverändert unter „{ $backup }“ im Speicher dieses Browsers gesichert
notice-stored-unsaved = Das zuletzt in diesem Browser gespeicherte Szenario konnte nicht unverändert gesichert werden: Der Speicher dieses Browsers ist voll
notice-storage-full = Der Speicher dieses Browsers ist voll: Das Szenario steht in der Adresszeile, wird aber für den nächsten Besuch nicht gespeichert.
notice-locale-no-numbers = Regionalformat: Dieser Browser kann Zahlen nicht für „{ $tag }“ formatieren; verwendet wird en-US
notice-locale-unknown = Regionalformat: Dieser Browser kennt „{ $tag }“ nicht; verwendet wird { $used }
notice-locale-nearest = Regionalformat: Dieser Browser kennt kein Regionalformat „{ $tag }“; Zahlen und Monate werden wie bei { $used } geschrieben
notice-calendar = Monate: { $tag } rechnet mit dem Kalender { $calendar }; die Monate hier sind gregorianisch, wie das Modell sie zählt, in der Schreibweise von { $tag }

## Die Vorlagen der Deals: die Notiz jeder Vorlage und warum sie jede Eingabe so setzt
preset-note-today = Die Standardwerte: ein 100-MW-Standort, an einen KI-Mieter vermietet zum Median der Anfangsmieten aus den Deals.
preset-note-csc = 200 MW IT-Leistung, 12 Jahre, 3,5 Mrd. US-$: im Durchschnitt rund 122 $/kW-Monat; CoreWeave hat kein Investment-Grade-Rating.
preset-why-csc-mw = Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-csc-yrs = die Laufzeit des Vertrags
preset-why-csc-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-note-wulf = 200 MW IT-Leistung an rund 250 MW Netzanschluss, 10 Jahre, 3,7 Mrd. US-$: im Durchschnitt rund 154 $/kW-Monat; Google steht für 1,8 Mrd. US-$ davon ein, gegen Optionsscheine auf 41 Mio. Aktien.
preset-why-wulf-mw = rund 250 MW Netzanschluss
preset-why-wulf-pue = 250 MW Netzanschluss für 200 MW IT-Leistung
preset-why-wulf-yrs = die Laufzeit des Vertrags
preset-why-wulf-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-wulf-cap = Baukosten laut Prognose des Unternehmens 8–10 Mio. US-$ je MW IT-Leistung (R18): der Mittelwert
preset-why-wulf-back = Google steht für 1,8 Mrd. der 3,7 Mrd. US-$ ein (market-data §6)
preset-why-wulf-wrnt = 41.011.803 Optionsscheine mit Ausübungspreis 0,01 US-$, als WULF am 14. Aug. 2025 bei 7,50 US-$ schloss: je 7,49 US-$ (W1)
preset-why-wulf-comm = anfängliche Provision von 30 Mio. US-$ an CBRE auf die 3,7 Mrd. US-$ (W1)
preset-why-wulf-cpn = Anleihen von Lake Mariner, 7,750% (F1)
preset-note-cifr-fs = 168 MW IT-Leistung an 244 MW Netzanschluss, 10 Jahre, 3,0 Mrd. US-$: im Durchschnitt rund 149 $/kW-Monat; Google steht für 1,4 Mrd. US-$ davon ein, gegen Optionsscheine auf 24 Mio. Aktien.
preset-why-cifr-fs-mw = 244 MW Netzanschluss
preset-why-cifr-fs-pue = 244 MW Netzanschluss für 168 MW IT-Leistung
preset-why-cifr-fs-yrs = die Laufzeit des Vertrags
preset-why-cifr-fs-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-cifr-fs-cap = Baukosten 9–11 Mio. US-$ je MW IT-Leistung (S42): der Mittelwert
preset-why-cifr-fs-noi = NOI laut Prognose des Unternehmens bei 80–85% der Miete (R19): der Mittelwert
preset-why-cifr-fs-back = Google steht für 1,4 Mrd. der 3,0 Mrd. US-$ ein (market-data §6)
preset-why-cifr-fs-wrnt = 24.178.576 Optionsscheine, als CIFR nach der Ankündigung bei rund 12,20 US-$ notierte (W2)
preset-why-cifr-fs-cpn = Anleihen von Barber Lake, 7,125% (F3)
preset-note-hut8 = 245 MW IT-Leistung, Triple-Net-Mietvertrag über 15 Jahre, 7,0 Mrd. US-$: im Durchschnitt rund 159 $/kW-Monat; Google steht für den Mieter ein.
preset-why-hut8-mw = Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-hut8-yrs = die Laufzeit des Vertrags
preset-why-hut8-green = ein Greenfield-Campus: keine Mining-Anlagen am Standort (R15)
preset-why-hut8-conv = angekündigt im Dez. 2025, erste Halle im Q2 2027 (R15)
preset-why-hut8-esc = Mietsteigerung von 3%/Jahr (R15)
preset-why-hut8-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-hut8-nnn = Triple-Net-Mietvertrag (R15)
preset-why-hut8-noin = NOI von 6,9 Mrd. US-$ bei 7,0 Mrd. US-$ über die Grundlaufzeit (R15)
preset-why-hut8-cap = die Anleihen über 3,25 Mrd. US-$ abzüglich der 184 Mio. US-$, die an die Eigenkapitalgeber zurückflossen, verteilt auf 245 MW IT-Leistung (R1, R15)
preset-why-hut8-back = Google steht für die Mietzahlungen über die 15-jährige Laufzeit ein (R15)
preset-why-hut8-cpn = Anleihen von River Bend, 6,192% (F4)
preset-why-hut8-ltc = bis zu 85% der Kosten in der Kreditprüfung (F4); die Anleihen über 3,25 Mrd. US-$ finanzieren auch Reserven und die zurückgeflossenen 184 Mio. US-$
preset-why-hut8-dten = voll tilgend über 16,5 Jahre (F4); hier auf die Vertragslaufzeit verkürzt
preset-note-hut8-bp = 352 MW IT-Leistung, Triple-Net-Mietvertrag über 15 Jahre, 9,8 Mrd. US-$ mit einer jährlichen Mietsteigerung von 3%, an einen Mieter mit Investment-Grade-Rating.
preset-why-hut8-bp-mw = Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-hut8-bp-yrs = die Laufzeit des Vertrags
preset-why-hut8-bp-green = ein Greenfield-Campus in Nueces County: keine Mining-Anlagen am Standort (R16)
preset-why-hut8-bp-conv = angekündigt im Mai 2026, erste Halle im Q3 2027 (R16)
preset-why-hut8-bp-esc = Mietsteigerung von 3%/Jahr
preset-why-hut8-bp-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-hut8-bp-nnn = Triple-Net-Mietvertrag, Take-or-Pay
preset-why-hut8-bp-noin = NOI von 9,8 Mrd. US-$ bei 9,8 Mrd. US-$ (R16)
preset-why-hut8-bp-back = ein Mieter mit Investment-Grade-Rating
preset-why-hut8-bp-cpn = kein Fremdkapital offengelegt: angesetzt wie die einzige durch Investment Grade abgesicherte Rechenzentrumsanleihe, die von River Bend mit 6,192% (R1)
preset-note-cifr = 300 MW, 15 Jahre, 5,5 Mrd. US-$: im Durchschnitt rund 102 $/kW-Monat, falls die 300 MW IT-Leistung sind (nicht bestätigt).
preset-why-cifr-mw = 300 MW als IT-Leistung angesetzt (nicht bestätigt); Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-cifr-yrs = die Laufzeit des Vertrags
preset-why-cifr-conv = angekündigt im Nov. 2025, Miete ab Aug. 2026 (R20)
preset-why-cifr-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-cifr-back = Mieter ist AWS, mit Investment-Grade-Rating
preset-why-cifr-cpn = kein Fremdkapital offengelegt: angesetzt wie die einzige durch Investment Grade abgesicherte Rechenzentrumsanleihe, die von River Bend mit 6,192% (R1)
preset-note-riot-amd = 25 MW IT-Leistung, 10 Jahre, 311 Mio. US-$: im Durchschnitt rund 104 $/kW-Monat; ein Umbau im Bestand zu 3,6 Mio. US-$ je MW.
preset-why-riot-amd-mw = Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-riot-amd-yrs = die Laufzeit des Vertrags
preset-why-riot-amd-rent = so berechnet, dass die über die Laufzeit verbuchte Miete dem Wert des Deals entspricht, mit der Mietsteigerung der Vorlage und dem Standard-Hochlauf
preset-why-riot-amd-cap = Capex für den Umbau im Bestand: 3,6 Mio. US-$ je MW
preset-why-riot-amd-noi = rund 25 Mio. US-$ NOI im Jahr bei 311 Mio. US-$ über 10 Jahre (R17)
preset-why-riot-amd-conv = übergeben von Januar bis Mai 2026, in bestehenden Gebäuden (R17)
preset-why-riot-amd-ramp = übergeben von Januar bis Mai 2026 (R17)
preset-why-riot-amd-back = AMD als Mieter mit Investment-Grade-Rating angesetzt
preset-why-riot-amd-cpn = kein Fremdkapital offengelegt: angesetzt wie die einzige durch Investment Grade abgesicherte Rechenzentrumsanleihe, die von River Bend mit 6,192% (R1)
preset-note-iren = 200 MW IT-Leistung, 5 Jahre, 9,7 Mrd. US-$ (rund 1,94 Mrd. US-$ im Jahr) für GPU-Kapazität im Eigentum von IREN, 20% im Voraus gezahlt.
preset-why-iren-mw = Netzanschlussleistung ist IT-Leistung × Standard-PUE
preset-why-iren-yrs = die Laufzeit des Vertrags
preset-why-iren-gph = so berechnet, dass der Umsatz über die Laufzeit 9,7 Mrd. US-$ entspricht, vollständig vertraglich gebunden, mit dem Standard-Hochlauf
preset-why-iren-util = vollständig vertraglich gebunden: Jede GPU-Stunde wird bezahlt
preset-why-iren-gdec = ein fester Vertragspreis
preset-why-iren-gpmw = rund 570 GPUs je MW, GB200-Klasse (S28)
preset-why-iren-gcap = die GPU-Bestellung von IREN über 5,8 Mrd. US-$ für 200 MW: rund 29 Mio. US-$ je MW IT-Leistung (S41), ÷ 570
preset-why-iren-glife = die GPU-Nutzungsdauer liegt in den Quellen bei 4–6 Jahren; der Median, 5 (S35)
preset-why-iren-gopx = so, dass das EBITDA 85% des Umsatzes beträgt, wie IREN es prognostiziert (S41)
preset-why-iren-prep = Microsoft zahlt 20% im Voraus (S41)
preset-why-iren-back = Kunde ist Microsoft, mit Investment-Grade-Rating
preset-why-iren-cpn = Anleihen von IREN, 5,96% (F5)
preset-why-iren-ltc = so berechnet, dass der Kredit den offengelegten 3,65 Mrd. US-$ entspricht: 2,1 Mrd. US-$ Anleihen und ein Delayed-Draw-Kredit über 1,55 Mrd. US-$ (F5, R21)
preset-why-iren-dsra = keine Schuldendienstreserve offengelegt (F5)
preset-why-iren-dscr = Mindest-DSCR 1,05× (F5)
preset-note-iren-nvda = Ein KI-Cloud-Vertrag über 5 Jahre und 3,4 Mrd. US-$; NVIDIA erhält Optionsscheine auf 30 Mio. Aktien zu 70 US-$.
preset-why-iren-nvda-mw = kein Umfang angekündigt: bemessen nach dem Umsatz je MW IT-Leistung des Deals IREN–Microsoft, 70 MW IT-Leistung
preset-why-iren-nvda-yrs = die Laufzeit des Vertrags
preset-why-iren-nvda-gph = so berechnet, dass der Umsatz über die Laufzeit 3,4 Mrd. US-$ entspricht, vollständig vertraglich gebunden, mit dem Standard-Hochlauf
preset-why-iren-nvda-util = ein Vertrag über die Kapazität
preset-why-iren-nvda-gdec = ein fester Vertragspreis
preset-why-iren-nvda-gpmw = rund 570 GPUs je MW, GB200-Klasse (S28)
preset-why-iren-nvda-gcap = wie bei der Microsoft-Bestellung von IREN: rund 29 Mio. US-$ je MW IT-Leistung (S41), ÷ 570
preset-why-iren-nvda-glife = der Median der GPU-Nutzungsdauer in den Quellen (S35)
preset-why-iren-nvda-gopx = so, dass das EBITDA 85% des Umsatzes beträgt, wie IREN es für Microsoft prognostiziert (S41)
preset-why-iren-nvda-back = Kunde ist NVIDIA, mit Investment-Grade-Rating
preset-why-iren-nvda-wrnt = nicht verbucht: Der Wert der Optionsscheine hängt vom Aktienkurs von IREN im Mai 2026 ab, den keine Quelle nennt
preset-why-iren-nvda-ltc = kein Fremdkapital für diesen Vertrag offengelegt
