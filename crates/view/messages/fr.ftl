# Les phrases de Wattsworth en français, traduites de messages/en.ftl (la source).
#
# Syntaxe Fluent (https://projectfluent.org), dans le sous-ensemble que lit `view::language` : un
# message par ligne, `{ $name }` pour un chiffre que la page insère, et des sélecteurs dont les
# variantes tiennent chacune sur une ligne. « In today's money » se dit partout « en valeur actuelle ».

## La page autour de la réponse

page-tagline = Que vaut un mégawatt : miner du bitcoin ou héberger de l’IA ?
page-language = Langue
preset-label = Partir d’une opération réelle
preset-choose = Choisir un scénario…
currency-label = Devise
currency-per-usd = pour 1 $ US
inputs-key = Paramètres clés
inputs-more = Autres paramètres
input-source = Source
input-assumption = Hypothèse
input-as-of = situation en { $date }
input-reset = Rétablir la valeur par défaut : { $label }
mode-lease = Louer à un locataire ($/kW-mois)
mode-cloud = Exploiter ses propres GPU ($/GPU-heure)
terms-summary = Ce que signifient ces termes
data-table = Tableau de données

## Le verdict : une seule phrase, 32 mots au plus

verdict-none = Si rien n’est converti sur ce site de { $mw } MW, rien ne change : poursuivre le minage vaut { $mining } en valeur actuelle.
verdict-deal = { $terms }, { $mode ->
        [lease] louer
       *[cloud] exploiter ses propres GPU sur
    } ce site de { $mw } MW dès { $start } rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle que { $site ->
        [dark] de le laisser inexploité
       *[mining] de poursuivre le minage
    }.
verdict-lease = Louer ce site de { $mw } MW à un locataire IA plutôt que de miner rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle ; poursuivre le minage vaut { $mining }.
verdict-lease-part = Louer { $share } de ce site de { $mw } MW pour l’IA en minant le reste rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle ; miner l’ensemble vaut { $mining }.
verdict-cloud = Exploiter ses propres GPU sur ce site de { $mw } MW plutôt que de miner rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle ; poursuivre le minage vaut { $mining }.
verdict-cloud-part = Exploiter ses propres GPU sur { $share } de ce site de { $mw } MW en minant le reste rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle ; miner l’ensemble vaut { $mining }.
verdict-lease-dark = Louer ce site de { $mw } MW à un locataire IA rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle que de le laisser inexploité.
verdict-lease-part-dark = Louer { $share } de ce site de { $mw } MW pour l’IA rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle que de le laisser inexploité.
verdict-cloud-dark = Exploiter ses propres GPU sur ce site de { $mw } MW rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle que de le laisser inexploité.
verdict-cloud-part-dark = Exploiter ses propres GPU sur { $share } de ce site de { $mw } MW rapporte { $value } { $sign ->
        [gain] de plus
       *[loss] de moins
    } en valeur actuelle que de le laisser inexploité.

## Aux conditions de qui porte le verdict d’une opération (une par scénario), et une réserve

terms-today = Aux conditions actuelles du marché
terms-csc = Aux conditions de Core Scientific
terms-wulf = Aux conditions de TeraWulf
terms-cifr-fs = Aux conditions de Cipher (Fluidstack)
terms-hut8 = Aux conditions de Hut 8 (River Bend)
terms-hut8-bp = Aux conditions de Hut 8 (Beacon Point)
terms-cifr = Aux conditions de Cipher (AWS)
terms-riot-amd = Aux conditions de Riot (AMD)
terms-iren = Aux conditions d’IREN (Microsoft)
terms-iren-nvda = Aux conditions d’IREN (NVIDIA)
caveat-cifr = 300 MW retenus comme puissance IT
caveat-iren-nvda = taille supposée

## Les bases du verdict : la ligne en dessous

tax-after = après impôt
tax-none = aucun impôt au taux de 0%
basis-pre-tax = avant impôt, sans dette
basis-no-debt = { $tax }, sans dette
basis-no-loan = { $tax }, aucun prêt ne respecte un ratio de couverture du service de la dette de { $cover }
basis-borrowed = { $tax }, { $share } financés par emprunt
basis-borrowed-at = { $tax }, { $share } financés par emprunt à { $coupon }
rates-one = tous les flux actualisés à { $rate }
rates-ai = { $what ->
        [rent] loyers
       *[gpu] revenus GPU
    } actualisés à { $rent }
rates-ai-mining = { $what ->
        [rent] loyers
       *[gpu] revenus GPU
    } actualisés à { $rent }, minage à { $mining }
after-none = années du contrat seulement
after-years = { $years } { $years ->
        [one] an
       *[other] ans
    } pris en compte après le contrat
after-cloud = valeur des GPU et du site après le contrat prise en compte
basis = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to }.
basis-start = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to } ; démarrage hypothétique en { $start }.
basis-start-caveat = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to } ; démarrage hypothétique en { $start } ; { $caveat }.

## Ce que signifient les termes du verdict

term-today = En valeur actuelle
term-today-gloss = ce que vaut aujourd’hui l’argent à venir : plus une année est lointaine, moins ses flux comptent (leur valeur aujourd’hui, ou valeur actuelle nette, VAN).
term-rates = Taux d’actualisation
term-rates-gloss = de combien moins : un taux annuel par risque. Le loyer garanti par une entreprise de qualité « investment grade » est le plus sûr ; celui qui repose sur le seul crédit du locataire l’est moins ; les flux du minage de bitcoin, qui suivent le cours du bitcoin, le sont le moins (section 1 de la méthodologie).
term-borrowed = Part empruntée
term-borrowed-gloss = la part du coût de la conversion payée par emprunt, dans la limite de ce qu’autorise le test des prêteurs comparant la trésorerie aux remboursements.
term-after = Après le contrat
term-after-lease-gloss = le bâtiment peut être reloué à l’échéance : les années suivantes sont prises en compte, déduction faite d’une remise à niveau.
term-after-cloud-gloss = à l’échéance du contrat, on compte ce que valent les GPU encore en service et le site.

## Qui est en tête, en quelques mots

ahead-converting = La conversion l’emporte de { $value }
ahead-mining = Le minage l’emporte de { $value }

## Le graphique du verdict : la valeur actuelle de chaque option

chart-value = Valeur actuelle de chaque option, mois par mois
value-takeaway = La conversion { $sign ->
        [gain] rapporte
       *[loss] coûte
    } { $value } : l’écart à l’extrémité des courbes.
value-takeaway-after = La conversion { $sign ->
        [gain] rapporte
       *[loss] coûte
    } { $value } : l’écart à l’extrémité des courbes. La marche du dernier mois correspond à ce que vaut chaque option après le contrat.
value-describe = Graphique linéaire de la valeur actuelle de chaque option, cumulée mois par mois sur { $span } dès { $start }, chaque flux mensuel étant actualisé à son taux : la poursuite du minage aboutit à { $mining }, la conversion à { $converting } ; l’écart est le chiffre du verdict.
value-axis-x = Années depuis le début
value-axis-y = Valeur actuelle cumulée
value-band = conversion
value-gap = { $sign ->
        [gain] rapporte
       *[loss] coûte
    } { $value }
key-converting = Conversion
key-mining-on = Poursuite du minage
key-left-dark = Site inexploité

## Avis sur la langue

language-unknown = Langue : « { $asked } » ne fait pas partie des langues de cette page ; affichage : { $shown }
language-missing = Certaines phrases ne sont pas encore traduites ({ $shown }) et s’affichent en anglais
language-unreachable = Le texte ({ $shown }) n’a pas pu être chargé ; affichage en anglais
cite = Wattsworth { $version }, version du modèle { $model }, données de marché au { $data }, compilé le { $built }. { $title } { $link } (consulté le { $accessed }).
picture-open = Ouvrir le calculateur avec ce scénario
language-partial = Sous la réponse, une partie de cette page est encore en anglais.

## Durées et graduations en années d’un graphique

span-months = { $months } mois
span-years = { $years } { $years ->
        [one] an
       *[other] ans
    }
span-years-months = { $years } { $years ->
        [one] an
       *[other] ans
    } et { $months } mois
tick-years = { $years } a

## Robustesse : les paramètres dans la fourchette desquels la réponse s’inverse

sure-holds = Robustesse : le résultat tient sur toute la fourchette des sources pour chacun des { $sourced } paramètres sourcés et sur toute la fourchette que nous supposons pour chacune des { $assumed } hypothèses, un paramètre variant à la fois.
sure-turns = Robustesse : le résultat s’inverse { $groups }.
sure-turns-more = Robustesse : le résultat s’inverse { $groups }, et encore pour { $count } { $count ->
        [one] autre paramètre
       *[other] autres paramètres
    }.
sure-group-sourced = dans la fourchette indiquée par les sources pour { $names }
sure-group-between = entre la fourchette des sources et la valeur retenue pour { $names }
sure-group-assumed = dans la fourchette que nous supposons pour { $names }
sure-groups-2 = { $a }, ainsi que { $b }
sure-groups-3 = { $a }, { $b }, ainsi que { $c }
sure-named = « { $label } » ({ $range } ; { $even })
sure-even-1 = point mort à { $a }
sure-even-2 = points morts à { $a } et { $b }
sure-even-3 = points morts à { $a }, { $b } et { $c }
sure-even-many = { $count } points morts, de { $first } à { $last }
sure-outside = { $level }, hors de la fourchette
sure-years = { $years } { $years ->
        [one] an
       *[other] ans
    }
list-2 = { $a } et { $b }
list-3 = { $a }, { $b } et { $c }

## Pourquoi les mineurs convertissent : ce que rapporte chaque activité, et ce que les investisseurs paient pour elle

why-none = Rien n’est converti ici : l’ensemble du site continue de miner.
why-lease = Une location rapporte au propriétaire { $ebitda } par an avant intérêts, impôts et amortissements{ $prepaid }{ $once }, pendant { $years } dès { $from }, { $backed }, et le bâtiment peut ensuite être reloué.
why-cloud = Un contrat GPU rapporte { $ebitda } par an avant intérêts, impôts et amortissements{ $prepaid }{ $once }, pendant { $years } dès { $from }, { $backed }, mais ses GPU sont usés avant la fin du contrat.
why-prepaid = (en plus des { $share }% du chiffre d’affaires versés d’avance, comptés au moment du paiement)
why-once = une fois à plein régime (dès { $month })
why-years = { $years } { $years ->
        [one] an
       *[other] ans
    }
why-backed-all = avec la garantie d’une signature « investment grade »
why-backed-part = dont { $share }% avec la garantie d’une signature « investment grade »
why-backed-none = sur le seul crédit du locataire
why-mining-dark = Ce site n’abrite aucune machine de minage : sans l’opération, il resterait inexploité.
why-mining-never = Ici, le minage ne couvre jamais ses coûts d’exploitation : les machines ne tournent pendant aucun des { $months } mois.
why-mining = Le minage rapporte { $ebitda } sur les douze mois débutant en { $first }{ $halving }, et les machines tournent pendant { $on } des { $months } mois.
why-halving = , mais le halving prévu en { $month } fait passer le hashprice de { $before } à { $after }
why-miners = { $span } pour l’activité de minage du site
why-miners-none = un site qui ne rapporterait rien d’autre
why-market-lease = Les investisseurs valorisent les foncières cotées de centres de données entre 20 et 25 fois leur EBITDA annuel, et les mineurs entre 5 et 12 fois : { $converted } pour les salles louées contre { $miners }, pour un coût de conversion de { $cost } — un éclairage distinct de la valeur actuelle ci-dessus.
why-market-cloud = Les investisseurs paient de 8 à 19 millions de dollars US de fonds propres par MW IT pour la colocation et les clouds GPU, et valorisent les mineurs entre 5 et 12 fois leur EBITDA annuel : { $converted } pour le cloud GPU contre { $miners }, pour un coût de conversion de { $cost } — un éclairage distinct de la valeur actuelle ci-dessus.

## Attendre est-il payant ?

when-wait = Calendrier : lancer la conversion en { $best }{ $edge } plutôt que maintenant rapporte { $more } de plus ({ $against } par rapport à la poursuite du minage).
when-wait-from = Calendrier : lancer la conversion en { $best }{ $edge } plutôt qu’en { $set } rapporte { $more } de plus ({ $against } par rapport à la poursuite du minage).
when-latest = , dernière date étudiée,

## Autour de la réponse

why-summary = Pourquoi les mineurs convertissent leurs sites
others-summary = Autres façons de compter
others-another = Autre éclairage :
figures-summary = Par kWh, délai de récupération, prêt et rendement pour les actionnaires
figures-value-today = { $path }, valeur actuelle
figures-kwh-mining = Minage, { $unit } de capacité
figures-kwh-ai = IA, { $unit } de capacité
copy-sentence = Copier cette phrase
copy-done = Copié : la phrase, ses bases et mises en garde, les paramètres clés et le lien.
pin-on = Épingler ce scénario pour comparer
pin-off = Désépingler la référence
pin-note = Les graphiques affichent le scénario épinglé en pointillés pâles ; le lien le conserve.
notices-title = Certaines valeurs n’ont pas été reprises telles que saisies :
notices-more = et { $count } { $count ->
        [one] autre
       *[other] autres
    }
notices-dismiss = Fermer
caution = Attention :
embed-title = Miner du bitcoin ou héberger de l’IA ?

## Les titres des autres graphiques

chart-cash = Autre éclairage : trésorerie non actualisée
chart-annual = Résultat par MW et par an (EBITDA), et ce qui reste après impôt et intérêts
chart-cover = L’option IA peut-elle porter sa dette ? Trésorerie rapportée au service de la dette
chart-kwh = Chiffre d’affaires par kWh : minage, location IA, cloud GPU
chart-tornado = Ce qui fait le plus varier le résultat
chart-map = Carte du point mort : là où la conversion l’emporte
chart-fan = Le minage face à l’incertitude, comparé à l’option IA sous contrat
chart-when = Quand convertir : le résultat pour chaque mois de démarrage

## Paramètres : libellé et unité

param-mw = Puissance raccordée au réseau
unit-mw = MW
param-yrs = Durée du contrat
unit-yrs = ans
param-pwr = Prix de l’électricité
unit-pwr = $/kWh
param-pesc = Hausse du prix de l’électricité
unit-pesc = %/an
param-site = Valeur du site en fin de période
unit-site = $M par MW
param-hp = Hashprice
unit-hp = $/PH/s/day
param-btcg = Hausse du cours du BTC
unit-btcg = %/an
param-fee = Frais de transaction
unit-fee = BTC/bloc
param-jth = Efficacité du parc
unit-jth = J/TH
param-aage = Âge du parc au départ
unit-aage = ans
param-ovh = Surconsommation du minage (PUE)
unit-ovh = ×
param-up = Disponibilité des machines
unit-up = %
param-curt = Heures d’effacement
unit-curt = % des heures
param-ccr = Rémunération de l’effacement
unit-ccr = $/MWh non consommé
param-pool = Frais de pool
unit-pool = %
param-opx = Charges d’exploitation hors électricité
unit-opx = $/MWh
param-asic = Prix des ASIC
unit-asic = $/TH
param-alife = Durée de vie des ASIC
unit-alife = ans
param-hrg = Croissance fixe du hashrate
unit-hrg = %/an
param-mj = Efficacité du parc marginal
unit-mj = J/TH
param-mpw = Prix de l’électricité du mineur marginal
unit-mpw = $/kWh
param-effg = Gain d’efficacité des ASIC
unit-effg = %/an
param-hl = Demi-vie de l’ajustement du réseau
unit-hl = mois
param-pue = PUE de l’IA
unit-pue = ×
param-cap = Capex de conversion
unit-cap = $M par MW IT
param-cvin = Début de la conversion dans
unit-cvin = mois
param-conv = Durée de la conversion
unit-conv = mois
param-ramp = Montée en charge complète
unit-ramp = mois
param-load = Charge IT moyenne
unit-load = % de la capacité IT
param-share = Part du site convertie
unit-share = %
param-firm = Prime pour puissance garantie
unit-firm = $/kWh
param-exit = Sortie anticipée du client
unit-exit = %/an
param-back = Garanti par une signature « investment grade »
unit-back = % du chiffre d’affaires
param-prep = Payé d’avance
unit-prep = % du chiffre d’affaires du contrat
param-wrnt = Bons de souscription (warrants) accordés pour l’opération
unit-wrnt = $M
param-rent = Loyer initial
unit-rent = $/kW-mois IT
param-esc = Indexation du loyer
unit-esc = %/an
param-noi = Marge de NOI, bail brut modifié
unit-noi = %
param-noin = Marge de NOI, bail triple net
unit-noin = %
param-renew = Renouvellement à l’échéance
unit-renew = %
param-tail = Années prises en compte après le contrat
unit-tail = ans
param-down = Vacance avant relocation
unit-down = mois
param-refit = Remise à niveau à l’échéance
unit-refit = % du capex de conversion
param-comm = Commission de location
unit-comm = % du loyer du contrat
param-gph = Prix de location des GPU
unit-gph = $/GPU-heure
param-util = Taux d’utilisation des GPU
unit-util = %
param-gpmw = GPU par MW IT
unit-gpmw = GPU
param-gcap = Capex GPU
unit-gcap = $ par GPU
param-glife = Durée de vie des GPU
unit-glife = ans
param-gdec = Baisse du prix des GPU
unit-gdec = %/an
param-gopx = Autres charges d’exploitation du cloud GPU
unit-gopx = % du chiffre d’affaires
param-rig = Taux pour les loyers garantis
unit-rig = %/an
param-rown = Taux pour les loyers sur le seul crédit du locataire
unit-rown = %/an
param-rcon = Taux pendant la conversion
unit-rcon = %/an
param-rtail = Taux après le contrat
unit-rtail = %/an
param-rmine = Taux pour les flux du minage
unit-rmine = %/an
param-dr = Taux unique pour tous les flux
unit-dr = %/an
param-tax = Taux d’impôt sur les bénéfices
unit-tax = %
param-bonus = Amortissement accéléré (bonus depreciation)
unit-bonus = % des actifs amortis sur 5 et 15 ans
param-cseg = Ventilation des coûts (cost segregation)
unit-cseg = % du capex de conversion
param-ltc = Part de dette dans le coût IA
unit-ltc = % du coût
param-cpn = Taux d’intérêt
unit-cpn = %/an
param-dfee = Commissions et décote d’émission
unit-dfee = % du montant
param-dten = Durée de remboursement
unit-dten = ans
param-dsri = Rendement de la réserve
unit-dsri = %/an
param-dsra = Réserve de service de la dette
unit-dsra = mois
param-dscr = Covenant de DSCR (ratio de couverture du service de la dette)
unit-dscr = ×
param-coe = Coût des fonds propres
unit-coe = %/an
param-vol = Volatilité du BTC
unit-vol = %/an
param-hrsd = Incertitude sur la croissance du hashrate
unit-hrsd = pts/an
param-rho = Corrélation cours–hashrate
