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
basis = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to }.
basis-start = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to } ; démarrage hypothétique en { $start }.
basis-start-caveat = { $short } ; { $rates } ; { $after } ; contrat entre { $from } et { $to } ; démarrage hypothétique en { $start } ; { $caveat }.

## Ce que signifient les termes du verdict

term-today = En valeur actuelle
term-today-gloss = ce que vaut aujourd’hui l’argent à venir : plus une année est lointaine, moins ses flux comptent (leur valeur aujourd’hui, ou valeur actuelle nette, VAN).
term-rates = Taux d’actualisation
term-rates-gloss = de combien moins : un taux annuel par risque. Le loyer garanti par une entreprise de qualité « investment grade » est le plus sûr ; celui qui repose sur le seul crédit du locataire l’est moins ; les flux du minage de bitcoin, qui suivent le cours du bitcoin, le sont le moins (section 1 de la méthodologie).
term-borrowed = Financé par emprunt
term-borrowed-gloss = la part du coût de la conversion payée par emprunt, dans la limite de ce qu’autorise le test des prêteurs comparant la trésorerie aux remboursements.
term-after = Après le contrat
term-after-lease-gloss = le bâtiment peut être reloué à l’échéance : les années suivantes sont prises en compte, déduction faite d’une remise à niveau.
term-after-cloud-gloss = la salle peut être relouée à l’échéance : les années suivantes sont prises en compte, déduction faite d’une remise à niveau, avec la valeur des GPU encore en service.

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
sourced = Valeurs par défaut tirées de chiffres datés et sourcés{ $deals } ; les valeurs sans source sont signalées comme hypothèses.
sourced-deals = (opérations { $years })
embed-open-full = Ouvrir le calculateur complet avec ce scénario ↗

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

## Les sections des paramètres, leur décompte et la note du résumé compact

group-site = Site
group-mining = Minage de bitcoin
group-network = Réseau Bitcoin
group-ai = Hébergement IA
group-lease = Location
group-gpu = Cloud GPU
group-finance = Finance
group-tax = Fiscalité
group-debt = Dette
inputs-defaults = { $shown } { $shown ->
        [one] paramètre, à sa valeur par défaut
       *[other] paramètres, tous à leur valeur par défaut
    }
inputs-changed = { $shown } { $shown ->
        [one] paramètre
       *[other] paramètres
    }, { $changed } { $changed ->
        [one] modifié
       *[other] modifiés
    }
moved-none = Modifiez un paramètre : son effet s’affichera ici.
moved-many = { $first } et { $count } { $count ->
        [one] autre
       *[other] autres
    }
moved-favour = { $what } : { $value } de plus en faveur { $side ->
        [converting] de la conversion
       *[mining] du minage
    }
moved-both = { $what } : { $change } sur chacune des deux options, écart inchangé
moved-nothing = { $what } : valeur des deux options inchangée
input-typed = { $label }, saisie au clavier
input-typed-unit = { $label } en { $unit }, saisie au clavier

## Partage, pied de page

skip = Aller aux paramètres
share-copy-link = Copier le lien
share-cite = Citer
share-embed = Intégrer
share-csv = Télécharger les données (CSV)
share-notes = Notes sur les données (JSON)
share-notes-title = Contenu et unité de chaque colonne, paramètres, sources, dates et mises en garde (Frictionless Data)
share-link-copied = Lien copié.
share-citation-copied = Référence copiée.
share-csv-done = Données téléchargées : { $file }.
share-notes-done = Notes téléchargées : datapackage.json, pour { $file } ; gardez les deux fichiers dans le même dossier.
share-refused = La copie a été refusée ici : sélectionnez le texte et copiez-le vous-même.
foot-sources = Les chiffres renvoient à des sources datées et citées, ou sont signalés comme hypothèses.
foot-methodology = Méthodologie, formules et sources
foot-private = Tout s’exécute dans votre navigateur : rien n’est envoyé nulle part.
foot-version = Wattsworth { $version }, compilé le { $built }.
foot-offline = Télécharger pour un usage hors ligne
foot-offline-note = (un seul fichier HTML, qui fonctionne sans réseau).

## Autres façons de compter, chiffre d’affaires par kWh et détails sous la réponse

end-contract-only = En ne comptant que les années du contrat, sans rien au-delà : { $ahead }.
end-lease = En comptant { $years } { $years ->
        [one] an
       *[other] ans
    } après le contrat (renouvelé ou reloué au loyer de marché) : { $ahead }.
end-cloud = En comptant { $years } { $years ->
        [one] an
       *[other] ans
    } après le contrat (la salle relouée au loyer de marché) et les GPU encore en service : { $ahead }.
ahead-converting-lower = la conversion l’emporte de { $value }
ahead-mining-lower = le minage l’emporte de { $value }
bases-pre = Après impôt : { $after } sans dette, { $financed } avec emprunt.
bases-after = Avant impôt : { $pre }.
bases-financed = Avant impôt et sans dette : { $pre } ; après impôt, sans dette : { $after }.
kwh = Par kWh de capacité raccordée, sur la première année pleine d’exploitation IA (dès { $from }), l’IA génère { $multiple } le chiffre d’affaires brut du minage, avant tout capex — { $holds } ; { $claim }.
kwh-holds = l’affirmation « jusqu’à 25× » se vérifie ici
kwh-not = pas 25×
kwh-claim-at = un cloud GPU atteint les 25× à partir de { $price }/GPU-heure (prix relevés en { $date }, taux d’utilisation de { $utilisation }%, { $gpus } GPU par MW IT)
kwh-claim-never = un cloud GPU qui ne vend aucune GPU-heure n’atteint jamais les 25×
details-none = Rien n’est converti : il n’y a donc ni délai de récupération, ni rendement, ni prêt à indiquer.
rates-loan-same = { $rates }, le prêt au même taux de { $loan }
rates-loan-market = { $rates }, le prêt à { $loan }, taux de marché pour sa qualité de crédit
payback-at-end = En flux actualisés ({ $on } ; { $rates }), la conversion n’est rentabilisée que grâce aux valeurs après le contrat, comptées sur son dernier mois ({ $span }).
payback = En flux actualisés ({ $on } ; { $rates }), le délai de récupération de la conversion est de { $span }.
payback-never = En flux actualisés ({ $on } ; { $rates }), la conversion n’est pas rentabilisée.
irr-equity = TRI sur fonds propres de la conversion : { $irr } sur au plus { $equity } apportés par les actionnaires, pour un coût des fonds propres de { $cost } (taux auquel les flux des actionnaires valent { $value } aujourd’hui).
irr-pre-tax = TRI de la conversion (avant impôt) : { $irr }.
irr-after-tax = TRI de la conversion (après impôt) : { $irr }.
irr-above-100 = plus de 100% par an
irr-a-year = { $rate }% par an
hurdle-equity = du coût des fonds propres de { $cost }
hurdle-contract = du taux de { $rate } retenu pour le crédit du contrat
irr-withheld = Aucun TRI n’est indiqué : { $why }.
irr-no-outlay = la conversion ne coûte jamais plus que le minage, quel que soit le mois, si bien qu’il n’y a aucune mise de fonds à rémunérer
irr-gains-first = la conversion rapporte d’abord et coûte ensuite, si bien qu’un taux de rendement ne la décrit pas
irr-odd = la conversion rapporte { $rate }% par an sur sa trésorerie, ce qui ne concorde pas avec sa valeur calculée sur la base { $hurdle }
irr-none-balances = aucun taux compris entre −99,99% et +10 000% par mois n’équilibre l’écart de trésorerie
irr-many-signs = l’écart de trésorerie entre les deux options change de signe plus d’une fois, si bien qu’aucun taux unique ne le décrit
debt-none = Dette : aucune ; aucun prêt ne respecte le covenant de DSCR (ratio de couverture du service de la dette) de { $cover }.
debt-share = { $share } du coût
debt-share-sized = { $share } du coût, soit le maximum qu’autorise le covenant de DSCR de { $cover }, au lieu des { $asked } demandés
debt-lowest-sized = { $lowest } pour un covenant de { $cover }
debt-coupon-market = son coupon de { $coupon } correspond au taux de marché pour sa qualité de crédit
debt-coupon-value = son coupon de { $coupon }, { $side ->
        [below] inférieur
       *[above] supérieur
    } { $rate ->
        [one] au taux unique de { $market } appliqué à tous les flux
       *[market] au taux de marché de { $market } pour sa qualité de crédit
    }, vaut, { $with ->
        [reserve] commissions et réserve comprises
       *[fees] commissions comprises
    }, { $value } pour les actionnaires avant l’économie d’impôt procurée par ses intérêts
debt = Dette : prêt de { $borrowed } ({ $share }), remboursé entre { $from } et { $to } ; ratio de couverture du service de la dette (DSCR) au plus bas à { $lowest } ({ $month }), en moyenne à { $average } ; { $value }.
network-responds = avec un hashrate du réseau qui réagit aux marges, ce qui ramène vers le bas un hashprice élevé
network-fixed = avec un hashrate du réseau en hausse de { $growth }% par an quelles que soient les marges
breakeven-hp = Le minage aurait besoin d’un hashprice de { $price }/PH/s/day (situation en { $date }, { $network }) pour faire jeu égal.
breakeven-hp-record = Le minage aurait besoin d’un hashprice de { $price }/PH/s/day (situation en { $date }, { $network }) pour faire jeu égal, au-dessus du record de { $record } (2021).
breakeven-hp-none = Aucun hashprice jusqu’à { $top }/PH/s/day ne permet au minage de faire jeu égal ({ $network }).
breakeven-hp-never = La conversion perd de la valeur à tout hashprice compris entre { $low } et { $top }/PH/s/day : sa perte vient de l’activité IA, quels que soient les gains du minage.
running-dark = Le site n’abrite aucune machine de minage : s’il n’est pas converti, il reste inexploité.
running-never-end = Les machines ne couvrent jamais ici leurs coûts d’électricité et d’exploitation et restent donc à l’arrêt : le minage ne vaut que ce que rapportent le site et ses machines à la fin.
running-never = Les machines ne couvrent jamais ici leurs coûts d’électricité et d’exploitation et restent donc à l’arrêt ; le minage vaut { $zero }.
running-some = Le parc détenu tourne { $on } mois sur { $months } : on mine un mois donné si ses revenus couvrent l’électricité et les autres coûts d’exploitation.
valued = Évaluation entre { $first } et { $last } : le contrat court entre { $cutover } et { $last }.
warn-no-debt = Aucun prêt ne respecte un covenant de DSCR de { $cover } : au moins un mois, la trésorerie de l’option IA ne couvre aucun service de la dette à ce ratio ; les chiffres ne comptent donc aucun emprunt.
warn-network-held = Avec ces paramètres, le réseau tomberait dès { $from } sous le double du parc de ce site : il est maintenu à ce niveau, car le modèle ne sait pas valoriser un mineur qui fait bouger le hashprice.
warn-hashprice-beyond = Le hashprice va de { $low } à { $high } par PH/s et par jour, hors de tout ce qui a été observé (record { $record }, 2021).
warn-hashprice-beyond-still = Le hashprice va de { $low } à { $high } par PH/s et par jour, hors de tout ce qui a été observé (record { $record }, 2021) : sans réaction du réseau, le hashrate ignore les marges.
warn-value-beyond = Une option vaut plus de 1 000 milliards de dollars : les paramètres ne décrivent aucun site réel.
warn-fleet-share = Le parc atteindrait jusqu’à { $share }% de tout le réseau ; le modèle traite le mineur comme trop petit pour faire bouger le hashprice.
warn-credits-exceed = La rémunération de l’effacement rapporte plus que le minage lui-même : c’est le profil d’un négociant d’électricité, pas d’un mineur.
warn-nothing-converted = Aucune part du site n’est convertie : les deux options sont identiques.
warn-ramp-outlasts = Le contrat se termine avant que le site n’atteigne sa pleine capacité.

## Le graphique de trésorerie, le résultat annuel et la couverture de la dette

cash-pre-tax = trésorerie avant impôt
cash-after-tax = trésorerie après impôt
cash-financed = trésorerie après impôt et service de la dette
cash-same = La trésorerie des deux options est identique : rien n’est converti.
cash-discounted-ahead = Après actualisation, la conversion reste en tête.
cash-discounted-behind = Après actualisation, la conversion n’est pas rentabilisée.
cash-when-end-values = , mais seulement grâce aux valeurs après le contrat, comptées au dernier mois : jusque-là, le minage garde { $behind } d’avance
cash-when-last = , en ne passant devant qu’au dernier mois ({ $span })
cash-when-after = , en passant définitivement devant au bout de { $span }
cash-ai-ends = Sur la { $cash }, sans actualisation, l’option IA finit avec { $value } d’avance sur le minage{ $when }.
cash-mining-ends = Sur la { $cash }, sans actualisation, le minage finit avec { $value } d’avance sur l’option IA.
annual-ebitda = En année { $year }, l’EBITDA de l’option IA atteint { $ai } par MW, contre { $mining } pour le minage.
annual-kept = Après impôt, l’option IA en conserve { $ai } et le minage { $mining }.
annual-kept-financed = L’option IA en conserve { $ai } après impôt et intérêts, le minage { $mining } après impôt.
cover-none = Rien n’est emprunté : il n’y a donc aucune dette à couvrir.
cover-no-loan = Aucun prêt ne respecte le covenant de DSCR de { $cover } : au moins un mois, la trésorerie ne couvrirait aucun service de la dette à ce ratio.
cover-sized = Le prêt est dimensionné pour que le DSCR ne passe jamais sous le covenant de { $cover } : { $share } du coût, et non les { $asked } demandés ; le DSCR est au plus bas en { $month }.
cover-above = Le DSCR reste à { $lowest } ou plus (point bas en { $month }), pour un covenant de { $cover }.

## Les graphiques des analyses : enseignements, descriptions, tableaux et libellés

takeaway-kwh = Par kWh de capacité, sur la première année pleine d’exploitation IA, une location génère { $lease } le chiffre d’affaires du minage et un cloud GPU { $gpu } ; le « jusqu’à 25× » des gros titres concerne un cloud GPU, avant capex GPU.
tornado-none = Aucun de ces paramètres ne fait varier le résultat.
tornado-most = « { $label } » est le paramètre qui fait le plus varier le résultat : de { $low } à { $high } quand il passe de { $from } à { $to }.
tornado-left-out = { $count } { $count ->
        [one] paramètre sans effet n’apparaît pas
       *[other] paramètres sans effet n’apparaissent pas
    } dans le graphique.
left-out = { $count } { $count ->
        [one] paramètre sans effet non représenté
       *[other] paramètres sans effet non représentés
    }
smaller-in-table = { $count } { $count ->
        [one] paramètre de moindre effet figure
       *[other] paramètres de moindre effet figurent
    } dans le tableau
smaller-dead-in-table = { $count } { $count ->
        [one] paramètre de moindre effet
       *[other] paramètres de moindre effet
    } et { $dead } sans effet figurent dans le tableau
per-kw-month = /kW-mois
per-gpu-hour = /GPU-heure
map-at = Avec le { $label } actuel ({ $value })
map-here = Ici
map-above = { $at }, la conversion l’emporte sur le minage au-delà de { $rate }.
map-ai-always = { $at }, la conversion l’emporte sur le minage quel que soit le tarif IA dans la plage représentée.
map-mining-always = { $at }, le minage l’emporte sur la conversion quel que soit le tarif IA dans la plage représentée.
takeaway-fan = Dans { $share }% des { $paths } trajectoires simulées du cours du BTC et du hashrate, l’option IA finit avec la VAN la plus élevée — côté IA, les paramètres restent tels que saisis : aucune défaillance du locataire au-delà de son taux de sortie anticipée, aucun dépassement de coûts, aucun retard.
when-none = Rien n’est converti : il n’y a pas de date de démarrage à évaluer.
when-now = maintenant
when-in = en { $month }
when-loses = La conversion perd de la valeur quelle que soit sa date de démarrage, de maintenant à { $last } ; la perte la plus faible, { $loss }, correspond à un démarrage en { $best }.
when-later-loses-more = Démarrer plus tard fait perdre davantage.
when-best-set = Lancer la conversion { $set }, comme prévu, est le meilleur choix : { $value }.
when-best-other = Le meilleur moment pour démarrer est { $best } : { $value } par rapport à la poursuite du minage, contre { $at-set } en démarrant { $set }.
when-best = Le meilleur moment pour démarrer est { $best } : { $value } par rapport à la poursuite du minage.
when-best-mark = { $month } (optimal)
business-lease = location à un locataire IA
business-cloud = exploitation d’un cloud GPU en propre
describe-range = de { $low } à { $high }
describe-no-data = sans données
describe-cash = Graphique linéaire du cumul de la { $cash }, non actualisé, mois par mois sur { $span } à partir de { $start } : minage { $mining }, { $ai } { $converting }.
describe-annual = Graphique de l’EBITDA par MW de puissance raccordée pour chaque année de la période étudiée : minage { $mining }, { $ai } { $converting }.
describe-cover = Graphique linéaire du rapport entre la trésorerie de l’option IA disponible pour le service de la dette et ce service de la dette (DSCR), mois par mois de { $from } à { $to } : au plus bas { $lowest }, en moyenne { $average }, face à un covenant de { $cover } tracé en pointillés.
describe-cover-none = Pas de graphique de couverture du service de la dette : rien n’est emprunté dans ce scénario.
describe-kwh = Barres horizontales du chiffre d’affaires brut par kWh de capacité raccordée : minage { $mining }, location IA { $lease }, cloud GPU { $gpu }, avec un repère à 25 fois le minage.
describe-tornado = Barres horizontales, de la plus longue à la plus courte : de combien l’avantage de l’IA varie quand un paramètre passe de sa valeur basse à sa valeur haute, les autres restant inchangés.
describe-map = Carte de chaleur de l’avantage de l’IA selon deux paramètres (capex de conversion ou hashprice en abscisse, tarif IA en ordonnée), d’une couleur là où la conversion l’emporte et d’une autre là où le minage l’emporte, avec une ligne au point mort et un repère aux valeurs actuelles.
describe-fan = Bandes de la trésorerie cumulée du minage sur { $paths } trajectoires simulées du cours du bitcoin et du hashrate (du 5e au 95e et du 25e au 75e centile, la médiane en trait continu), face à la courbe de l’option IA.
describe-when = Graphique linéaire de l’avantage de l’IA pour chaque mois où la conversion pourrait démarrer au cours des dix prochaines années (chaque démarrage évalué sur sa propre période : minage jusque-là, conversion, puis toute la durée du contrat), avec un point au meilleur démarrage.
col-year = Année
col-value-so-far = { $path }, valeur actuelle cumulée
col-mining-cumulative = Minage, cumul
col-ai-cumulative = IA, cumul
col-mining-revenue-mw = CA minage/MW
col-mining-ebitda-mw = EBITDA minage/MW
col-mining-tax-mw = Impôt minage/MW
col-ai-revenue-mw = CA IA/MW
col-ai-ebitda-mw = EBITDA IA/MW
col-ai-tax-mw = Impôt IA/MW
col-ai-debt-mw = Service de la dette IA/MW
col-debt-service = Service de la dette
col-lowest-cover = DSCR le plus bas
col-average-cover = DSCR moyen
col-business = Activité
col-per-kwh-grid = $ par kWh de capacité raccordée
col-per-kwh-it = $ par kWh de capacité IT
col-times-mining = × minage
row-mining = Minage
row-ai-lease = Location IA
row-gpu-cloud = Cloud GPU
col-input = Paramètre
col-low = Valeur basse
col-gap-low = IA − minage (bas)
col-high = Valeur haute
col-gap-high = IA − minage (haut)
col-mining-p5 = Minage p5
col-mining-p50 = Minage p50
col-mining-p95 = Minage p95
col-ai = IA
col-starts = Début de la conversion
col-months-from-now = Délai (mois)
col-gap = IA − minage
ck-mining = Minage
ck-ai = IA
ck-mining-pinned = Minage (épinglé)
ck-ai-pinned = IA (épinglé)
ck-axis-cumulative = Trésorerie nette cumulée
ck-payback = récupération actualisée
ck-mining-ebitda = EBITDA minage
ck-ai-ebitda = EBITDA IA
ck-mining-kept = Minage après impôt
ck-ai-kept = IA après impôt
ck-ai-kept-financed = IA après impôt & intérêts
ck-axis-year = Année de la période
ck-axis-per-mw = Par MW et par an
ck-no-loan = Aucun prêt ne respecte le covenant.
ck-nothing-borrowed = Rien n’est emprunté.
ck-covenant = covenant { $cover }
ck-axis-cover = Couverture du service de la dette
ck-mining-p50 = Minage p50
ck-converting-then = conversion à cette date
ck-axis-starts = Début de la conversion, en années à partir d’aujourd’hui
ck-axis-adds = Apport de la conversion, en valeur actuelle
ck-best = optimal : { $month }
ck-smallest-loss = perte minimale : { $month }
ck-times-mining = , { $times } le minage
ck-axis-kwh = Chiffre d’affaires par kWh de capacité raccordée
ck-input-low = paramètre bas
ck-input-high = paramètre haut
ck-mining-ahead = Minage en tête
ck-ai-ahead = IA en tête
ck-break-even-line = point mort (ligne)

## Intégration, fiche imprimée, téléchargement des graphiques

embed-charts = Graphiques (aucun coché : la valeur actuelle)
embed-chart-value = Valeur actuelle (la réponse)
embed-chart-cash = Trésorerie non actualisée
embed-chart-annual = EBITDA par année
embed-chart-kwh = Chiffre d’affaires par kWh
embed-chart-tornado = Ce qui fait varier le résultat
embed-chart-map = Carte du point mort
embed-chart-fan = Le minage face à l’incertitude
embed-chart-cover = Couverture de la dette
embed-chart-when = Quand convertir
embed-controls = Commandes
embed-controls-none = Aucune
embed-controls-all = Tous les paramètres
embed-theme = Thème
embed-theme-auto = Réglage du lecteur
embed-theme-light = Clair
embed-theme-dark = Sombre
embed-locked = Lecture seule (sans commandes)
embed-look = Apparence
embed-static = Statique : la phrase et l’image seulement
embed-plain = Épuré : sans titre ni pied de page (indiquez la source et la date sur votre page)
embed-transparent = Transparent : le fond de votre page
embed-lang-browser = Langue du navigateur de chaque lecteur
embed-paste = Collez ce code dans votre article (sa hauteur s’adapte au contenu) :
embed-copy-code = Copier le code d’intégration
embed-code-copied = Code d’intégration copié.
embed-iframe = Ou, là où les scripts sont interdits, cet iframe (600 px de haut : d’abord le verdict et le graphique, le reste défile) :
embed-copy-iframe = Copier le code iframe
embed-iframe-copied = Code iframe copié.
embed-picture = Ou, là où aucun script ne peut s’exécuter (impression, AMP, archives), la phrase et son graphique sous forme d’image, datée et sourcée :
embed-copy-picture = Copier le code de l’image
embed-picture-copied = Code de l’image copié.
embed-preview-at = Aperçu sur
embed-preview-phone = 320 px (un téléphone)
embed-preview-article = 640 px (un article)
embed-preview-full = toute la largeur
sheet-input = Paramètre clé
sheet-value = Valeur
sheet-source = Source et date
sheet-every = Tous les paramètres, formules et sources :
sheet-made = Wattsworth { $version } ({ $built }), un calculateur à code source ouvert. Montants convertis depuis le dollar US lorsqu’une autre devise est affichée.
chart-downloaded = Téléchargé : { $file }.
chart-not-drawn = Impossible de générer le { $format }.
chart-download = Télécharger « { $title } » en { $format ->
        [PNG] image PNG
       *[SVG] image SVG
    }
map-across = En abscisse
methodology-summary = Méthodologie : formules, unités, sources, ce qui n’est pas modélisé
ki-start = Début
ki-default = Valeur par défaut
ki-reader = Choisi par le lecteur
ki-reader-default = Choisi par le lecteur (par défaut { $default } : { $source })

## Les notes d’un graphique exporté, les dates des données de marché, la comparaison avec un scénario épinglé

kp-start = démarrage en { $month }
kp-power = électricité à { $price }/kWh (situation en { $date })
kp-hashprice = hashprice à { $price }/PH/s/day (situation en { $date })
kp-lease = loyer de { $price }/kW-mois IT
kp-gpu = cloud GPU à { $price }/GPU-heure
kp-gpu-capex = capex GPU de { $cost } par GPU
kp-capex = capex de conversion de { $cost } par MW IT
kp-contract = contrat de { $years } { $years ->
        [one] an
       *[other] ans
    }
kp-rates = loyers actualisés à { $rent }, minage à { $mining }
kp-all = Paramètres clés : { $parts }.
kp-others = Autres paramètres clés : { $parts }.
note-basis = Base de calcul : { $basis }
note-answer = Verdict : { $verdict }
note-scenario = { $data } Scénario : { $link }
note-made = Wattsworth { $version } ({ $built }), un calculateur à code source ouvert : chaque formule, paramètre et source figure dans sa méthodologie ; les valeurs non sourcées sont signalées comme hypothèses.
data-hashprice = hashprice
data-fees = frais de transaction
data-difficulty = difficulté
data-btc-price = cours du BTC
data-gpu-price = location de GPU
data-power-price = électricité
market-as-of = Données de marché au { $date } ({ $with }){ $others }{ $stale }.
market-as-of-brief = Données de marché au { $date }{ $stale }.
market-stale = , soit { $days } jours avant la compilation de cette version
compare-figure = { $name } : épinglé { $pinned } → actuel { $now } ({ $change })
compare-advantage = Avantage de l’IA
compare-mining = VAN du minage
compare-ai = VAN de l’IA
compare-business = Modèle d’activité IA
compare-on = activé
compare-off = désactivé
compare-none = Aucun paramètre ne diffère.
compare-changed = Changements : { $list }.

## Les notes du paquet de données (les noms de colonnes restent en anglais : ce sont des clés)

dp-revenue = Chiffre d’affaires : ventes et, pour le minage, rémunération de l’effacement.
dp-power-cost = Coût de l’électricité soutirée du réseau.
dp-other-opex = Charges d’exploitation hors électricité.
dp-capex-net-of-sales = Dépenses d’investissement (capex) nettes des cessions d’équipements : négatives lorsque les ventes dépassent les achats (les ASIC vendus à la bascule).
dp-end-value = Valeur comptée en fin de période (valeur de sortie de la location, valeurs résiduelles des ASIC et des GPU) ; nulle si les valeurs de fin de période ne sont pas prises en compte.
dp-grid-energy = Énergie soutirée du réseau.
dp-tax-paid = Impôt sur les bénéfices payé ; nul en base avant impôt.
dp-borrowed-net-of-fees = Fonds empruntés reçus, nets des commissions et de la décote d’émission (les notes donnent le montant brut emprunté) ; uniquement avec financement par emprunt.
dp-interest-paid = Intérêts payés en trésorerie (les intérêts capitalisés sur le prêt ne sont pas payés).
dp-principal-repaid = Remboursement du principal du prêt.
dp-debt-reserve-flow = Réserve de service de la dette : flux négatif à sa constitution, positif à sa libération.
dp-ebitda = EBITDA : chiffre d’affaires diminué du coût de l’électricité et des autres charges d’exploitation.
dp-project-cash = Trésorerie avant impôt et financement : EBITDA moins capex, plus l’éventuelle valeur de fin de période.
dp-loan-net-flow = Flux net du prêt vers les actionnaires : fonds empruntés (nets des commissions) moins intérêts et principal, plus le flux de la réserve.
dp-owners-cash = Trésorerie des actionnaires selon la base du scénario : trésorerie du projet moins l’impôt, plus le flux net du prêt.
dp-cumulative-owners-cash = Trésorerie des actionnaires cumulée depuis le premier mois, non actualisée.
dp-discounted-cumulative-owners-cash = Trésorerie des actionnaires actualisée à la date de démarrage et cumulée : sa dernière valeur est la VAN de l’option.
dp-path-mining = Poursuite du minage
dp-path-ai = Conversion à l’IA
dp-month = Mois de la période, compté à partir de 1 (le mois de démarrage), comme sur la page.
dp-date = Mois calendaire de la période du scénario (AAAA-MM).
dp-pinned-prefix = Scénario épinglé :
dp-pinned-date = Mois calendaire de la période du scénario épinglé (AAAA-MM).
dp-money-usd = Les montants du tableau sont en dollars US, tels que le modèle les calcule.
dp-money = Les montants du tableau sont en { $code }, à { $rate } pour un dollar US ({ $whose }) ; le modèle calcule en dollars US.
dp-readers-rate = taux saisi par le lecteur
dp-rows = Une ligne par mois de la période, numérotée à partir de 1 ; pour chaque option, la trésorerie poste par poste, la trésorerie des actionnaires selon la base retenue et leurs cumuls (le dernier cumul actualisé est la VAN de l’option). Les paramètres sont listés tels que le modèle les reçoit, en dollars US. Formules et sources : la méthodologie du calculateur.
dp-pinned = Les colonnes pinned_ sont celles du scénario épinglé, pour comparaison.
dp-scenario = Scénario : { $link }
dp-methodology = Méthodologie de Wattsworth : chaque formule, paramètre, source et date
dp-table-title = Les deux options, mois par mois
dp-title = Wattsworth { $version } : poursuivre le minage ou convertir à l’IA, mois par mois
dp-as-of = { $label } : date de référence
dp-date-of-figure = date de la donnée de marché
dp-start = Mois de démarrage
dp-first-month = premier mois de la période
methodology-intro = En bref : le calculateur suit un site mois par mois selon deux options – garder ses machines de minage de bitcoin ou le convertir à l’IA (location à un locataire, ou cloud GPU exploité en propre) –, impôt et emprunt compris, et actualise la trésorerie de chaque option à un taux adapté à son risque : le loyer garanti par une entreprise de qualité « investment grade » au taux le plus bas, celui qui repose sur le seul crédit du locataire à un taux plus élevé, et la trésorerie du minage, qui suit le cours du bitcoin, au taux le plus élevé. Le verdict est l’écart entre ces deux valeurs. La méthodologie complète, avec chaque formule, paramètre et source, suit en anglais.

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

## Les options et les opérations réelles du menu des scénarios

toggle-net = Le hashrate du réseau réagit aux marges des mineurs
toggle-mine = Poursuivre le minage jusqu’à la bascule
toggle-relet = Relouer les surfaces libérées par un départ anticipé
toggle-green = Aucune machine de minage sur le site (greenfield)
toggle-nnn = Bail triple net
toggle-tv = Prendre en compte les années après le contrat
toggle-onerate = Taux unique pour tous les flux
toggle-pretax = Afficher les chiffres avant impôt et sans dette
toggle-group = Imputer aussitôt les pertes sur les autres revenus
toggle-idc = Ajouter les intérêts intercalaires au prêt
toggle-sculpt = Remboursement calé sur la trésorerie (DSCR constant)
preset-today = Marché actuel (location)
preset-csc = Core Scientific – CoreWeave (2024)
preset-wulf = TeraWulf – Fluidstack (2025)
preset-cifr-fs = Cipher – Fluidstack (2025)
preset-hut8 = Hut 8 – Fluidstack, River Bend (2025)
preset-hut8-bp = Hut 8 – Beacon Point (2026)
preset-cifr = Cipher – AWS (2025)
preset-riot-amd = Riot – AMD, Rockdale (2026)
preset-iren = IREN – cloud GPU Microsoft (2025)
preset-iren-nvda = IREN – cloud IA NVIDIA (2026)

## Les entrées qu’un scénario n’utilise pas, et pourquoi

unused-input = { $label } ({ $value }) : valeur non prise en compte { $why }
unused-kept = { $inputs }. Chaque valeur est conservée pour le cas où elle s’appliquerait.
unused-why-no-miners = sur un site sans machines de minage (green=1)
unused-why-triple-net = avec un bail triple net (nnn=1), qui a sa propre marge
unused-why-not-triple-net = sauf avec un bail triple net (nnn=1)
unused-why-gpu-cloud = pour un cloud GPU (mode=gpu)
unused-why-lease = en location (c’est une entrée du cloud GPU, mode=gpu)
unused-why-contract-years-only = sauf si les années après le contrat comptent (tv=1)
unused-why-rate-for-each-risk = sauf avec un taux unique pour tous les flux (onerate=1)
unused-why-one-rate = tant qu’un taux unique s’applique à tous les flux (onerate=1)
unused-why-tenant-pays-power = en location (le locataire paie son électricité)
unused-why-before-tax = avant impôt (pretax=1)
unused-why-before-tax-and-debt = avant impôt et sans dette (pretax=1)
unused-why-no-tax = sans impôt sur les bénéfices (tax=0)
unused-why-nothing-borrowed = sans emprunt (ltc=0)
unused-why-no-reserve = sans réserve de service de la dette (dsra=0)
unused-why-network-responds = tant que le hashrate du réseau réagit aux marges (net=1)
unused-why-network-fixed = sauf si le hashrate du réseau réagit aux marges (net=1)

## Ce que dit un champ lui-même : sur une valeur saisie, le mois de départ, le taux de change, la note d’un préréglage
typed-read-as = « { $typed } » interprété comme { $value } { $unit } : « { $marks } » n’est pas l’unité de ce champ.
typed-allowed = Valeurs admises : { $low }–{ $high } { $unit } ; { $value } est retenu.
typed-whole-months = Le modèle compte en mois entiers : la durée retenue est de { $months }.
typed-whole-months-unit = Le modèle compte en mois entiers : la durée retenue est de { $value } { $unit } ({ $months }).
typed-unread-separators = Impossible de lire « { $typed } » : les nombres s’écrivent ici comme { $example } ({ $locale }) ; { $now } reste utilisé.
typed-unread = Impossible de lire « { $typed } » comme un nombre ; { $now } reste utilisé.
input-default = Valeur par défaut : { $value } { $unit }.
input-methodology = Méthodologie
input-reset-title = Rétablir la valeur par défaut
controls-label = Paramètres
start-label = Mois de départ
start-before-data = Les données de marché datent de { $earliest } : une évaluation ne peut pas commencer plus tôt ; { $earliest } est retenu.
start-choose = Choisissez un mois entre { $earliest } et { $latest }.
fx-label = Unités de cette devise pour un dollar américain
fx-unread = Impossible d’utiliser « { $typed } » comme taux : saisissez le nombre d’unités de cette devise qu’achète un dollar américain, de { $low } à { $high }.
preset-from-deal = { $label } : tiré de l’opération ({ $why })
preset-assumed = { $label } : hypothèse ({ $why })
preset-none = aucun : tous sont à leur valeur par défaut actuelle
preset-set = { $sources }, { $date }. Paramètres fixés par ce scénario : { $fields }. Tous les autres sont à leur valeur par défaut actuelle, sourcée ou signalée comme hypothèse.

## Ce qu’un lien (ou le scénario conservé dans ce navigateur) demandait sans l’obtenir : les avis au-dessus de la réponse. Le texte en style `code` s’écrit tel que l’écrivent les liens et reste identique dans toutes les langues : clés avec leur `=` (mw=, ref=, currency=EUR…), valeurs (lease, gpu, none, key, all, light, dark, auto, cap, hp, 0, 1), étiquettes de langue (de-DE, en-US), codes de devise.
notice-name-mode = Mode IA
notice-name-start = Mois de départ
notice-as-of = { $label } (date de référence)
notice-repeated-known = { $name } : { $key }= figure { $count } fois dans ce lien ; chaque occurrence est lue tour à tour, et { $used } est retenu
notice-repeated = { $key }= figure { $count } fois dans ce lien ; une seule occurrence est retenue : la dernière utilisable
notice-unread-known = { $name } : { $key }= se trouve après les { $limit } premiers éléments de ce lien et n’a pas été lu ; { $kept } est conservé
notice-unread = « { $key } » se trouve après les { $limit } premiers éléments de ce lien et n’a pas été lu
notice-unread-more = et { $count } autres éléments, au-delà des { $limit } premiers de ce lien, n’ont pas été lus
notice-mode = Modèle d’activité IA : « { $shown } » n’est ni lease ni gpu ; { $kept } est conservé
notice-start = Mois de départ : « { $shown } » n’est pas un mois compris entre { $min } et { $max } ; { $kept } est conservé
notice-toggle = { $label } : « { $shown } » n’est ni 0 ni 1 ; { $kept } est conservé
notice-dated-future = { $label } : « { $shown } » est postérieur à la compilation de cette version ({ $built }) : les données de marché ne peuvent pas venir du futur ; { $kept } est conservé
notice-dated = { $label } : « { $shown } » n’est pas un mois compris entre { $min } et { $max } ; { $kept } est conservé
notice-number = { $label } : « { $shown } » n’est pas un nombre écrit comme dans les liens (des chiffres et un point pour les décimales, par exemple 1.5 ou 2000) ; { $kept } est conservé
notice-tiny = { $label } : { $shown } est trop petit pour être traité ; interprété comme { $used }
notice-outside = { $label } : { $shown } est hors de la plage { $min }–{ $max } { $unit } ; { $used } est retenu
notice-whole-months = { $label } : { $shown } { $unit } ne fait pas un nombre entier de mois ; { $used } est retenu
notice-unknown = paramètre inconnu « { $key } » ignoré
notice-start-early = le démarrage en { $start } précède les données de marché les plus récentes ({ $latest }) ; { $latest } est retenu
notice-model-unreadable = Version du modèle : « { $shown } » n’est pas un numéro de version ; cette page utilise la version { $now } du modèle
notice-model-newer = Version du modèle : ce lien a été créé avec la version { $then } du modèle, plus récente que la version { $now } de cette copie : les chiffres de cette copie peuvent différer de ceux cités avec le lien ; le calculateur en ligne dispose du modèle le plus récent
notice-model-older = Version du modèle : ce lien a été créé avec la version { $then } du modèle ; cette page utilise la version { $now }, qui { $changes }. Les chiffres de cette page peuvent différer de ceux cités avec le lien
model-change-2 = compte la valeur de chaque opération telle que signée, fait tourner le parc détenu tant qu’il couvre ses coûts et achète de nouvelles machines quand c’est rentable
model-change-3 = prend en compte l’impôt sur les bénéfices et le prêt, et indique quand convertir
model-change-4 = prend en compte ce que vaut chaque option après le contrat et actualise chaque flux au taux que le marché exige pour son risque, là où la version 3 appliquait un taux unique de 10%
model-change-5 = valorise après le contrat la salle d’un cloud GPU, relouée au loyer de marché comme le bâtiment d’une location, là où la version 4 ne lui attribuait aucune valeur
model-change-6 = décide de la génération suivante d’un cloud GPU en tenant compte de celle d’après et en valorisant les GPU restants en fin de période comme le fait le résultat, là où la version 5 pouvait acheter des GPU pour quelques mois d’utilisation seulement
notice-currency = Devise : « { $shown } » ne figure pas parmi { $codes } ; affichage en dollars US
notice-fx = Taux de change : « { $shown } » n’est pas un taux compris entre { $min } et { $max } pour un dollar US, écrit avec un point pour les décimales ; taux par défaut appliqué
notice-fx-alone = Taux de change : un taux ne s’applique qu’avec une autre devise (currency=EUR…) ; ignoré
notice-map = Carte du point mort : « { $shown } » n’est ni cap ni hp ; capex de conversion affiché en abscisse
notice-charts-left-out = Graphiques : « { $shown } » ne figure pas parmi { $names } ; ignoré
notice-charts-default = Graphiques : « { $shown } » ne figure pas parmi { $names } ; affichage des graphiques par défaut
notice-controls = Commandes : « { $shown } » n’est ni none, ni key, ni all ; réglage par défaut appliqué
notice-theme = Thème : « { $shown } » n’est ni light, ni dark, ni auto ; réglage du lecteur appliqué
notice-flag = { $flag } : « { $shown } » n’est ni 0 ni 1 ; interprété comme 0
flag-embed = Intégration
flag-locked = Lecture seule
flag-static = Statique
flag-plain = Épuré
flag-transparent = Transparent
notice-locale = Paramètres régionaux : « { $shown } » n’est pas une étiquette de langue comme de-DE ; ceux du navigateur sont utilisés
notice-pinned = Scénario épinglé : { $notice }
notice-pinned-flag = Scénario épinglé : { $key }= placé dans ref= n’est pas lu : { $why }
pinned-why-ref = un scénario épinglé ne peut pas lui-même en épingler un autre
pinned-why-locale = le scénario épinglé s’affiche dans la devise et avec les paramètres régionaux de la page ; { $key }= se place à côté de ref=, pas à l’intérieur
pinned-why-display = les réglages d’affichage se placent à côté de ref=, pas à l’intérieur
notice-stored = Votre dernier scénario, conservé dans ce navigateur : { $notice }
notice-stored-unreadable = Votre dernier scénario, conservé dans ce navigateur, n’est pas dans un format lisible par cette version (« { $shown } ») ; retour aux valeurs par défaut
notice-stored-saved = Votre dernier scénario, conservé dans ce navigateur, a été sauvegardé tel quel sous « { $backup } » dans le stockage de ce navigateur
notice-stored-unsaved = Votre dernier scénario, conservé dans ce navigateur, n’a pas pu être sauvegardé tel quel : le stockage de ce navigateur est plein
notice-storage-full = Le stockage de ce navigateur est plein : votre scénario figure dans l’adresse, mais ne sera pas mémorisé pour votre prochaine visite.
notice-locale-no-numbers = Paramètres régionaux : ce navigateur ne sait pas mettre en forme les nombres pour « { $tag } » ; en-US est utilisé
notice-locale-unknown = Paramètres régionaux : ce navigateur ne connaît pas « { $tag } » ; { $used } est utilisé
notice-locale-nearest = Paramètres régionaux : ce navigateur ne propose pas « { $tag } » ; les nombres et les mois sont écrits comme pour { $used }
notice-calendar = Mois : { $tag } utilise le calendrier { $calendar } ; les mois sont ici ceux du calendrier grégorien, dans lequel compte le modèle, écrits selon l’usage de { $tag }

## Les notes des scénarios (opérations réelles) et pourquoi chaque scénario fixe un paramètre à sa valeur
preset-note-today = Les valeurs par défaut : un site de 100 MW loué à un locataire IA au loyer initial médian des opérations.
preset-note-csc = 200 MW IT, 12 ans, 3,5 Md$ : en moyenne environ 122 $/kW-mois ; CoreWeave n’est pas de qualité « investment grade ».
preset-why-csc-mw = puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-csc-yrs = la durée du contrat
preset-why-csc-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-note-wulf = 200 MW IT sur environ 250 MW raccordés au réseau, 10 ans, 3,7 Md$ : en moyenne environ 154 $/kW-mois ; Google en garantit 1,8 Md$ en échange de bons de souscription (warrants) sur 41 millions d’actions.
preset-why-wulf-mw = environ 250 MW raccordés au réseau
preset-why-wulf-pue = 250 MW raccordés au réseau pour 200 MW IT
preset-why-wulf-yrs = la durée du contrat
preset-why-wulf-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-wulf-cap = coût de construction annoncé de 8 à 10 M$ par MW IT (R18) : le milieu de la fourchette
preset-why-wulf-back = Google garantit 1,8 Md$ des 3,7 Md$ (market-data §6)
preset-why-wulf-wrnt = 41 011 803 bons de souscription (warrants) au prix d’exercice de 0,01 $, WULF ayant clôturé à 7,50 $ le 14 août 2025 : 7,49 $ chacun (W1)
preset-why-wulf-comm = commission initiale de 30 M$ versée à CBRE sur les 3,7 Md$ (W1)
preset-why-wulf-cpn = obligations de Lake Mariner à 7,750% (F1)
preset-note-cifr-fs = 168 MW IT sur 244 MW raccordés au réseau, 10 ans, 3,0 Md$ : en moyenne environ 149 $/kW-mois ; Google en garantit 1,4 Md$ en échange de bons de souscription (warrants) sur 24 millions d’actions.
preset-why-cifr-fs-mw = 244 MW raccordés au réseau
preset-why-cifr-fs-pue = 244 MW raccordés au réseau pour 168 MW IT
preset-why-cifr-fs-yrs = la durée du contrat
preset-why-cifr-fs-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-cifr-fs-cap = coût de construction de 9 à 11 M$ par MW IT (S42) : le milieu de la fourchette
preset-why-cifr-fs-noi = marge de NOI annoncée de 80 à 85% du loyer (R19) : le milieu de la fourchette
preset-why-cifr-fs-back = Google garantit 1,4 Md$ des 3,0 Md$ (market-data §6)
preset-why-cifr-fs-wrnt = 24 178 576 bons de souscription (warrants), CIFR cotant environ 12,20 $ après l’annonce (W2)
preset-why-cifr-fs-cpn = obligations de Barber Lake à 7,125% (F3)
preset-note-hut8 = 245 MW IT, 15 ans en bail triple net, 7,0 Md$ : en moyenne environ 159 $/kW-mois ; Google se porte garant du locataire.
preset-why-hut8-mw = puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-hut8-yrs = la durée du contrat
preset-why-hut8-green = un campus greenfield : aucune machine de minage sur le site (R15)
preset-why-hut8-conv = annonce en décembre 2025, première salle au 2e trimestre 2027 (R15)
preset-why-hut8-esc = indexation de 3%/an (R15)
preset-why-hut8-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-hut8-nnn = bail triple net (R15)
preset-why-hut8-noin = NOI de 6,9 Md$ sur les 7,0 Md$ de la durée ferme initiale (R15)
preset-why-hut8-cap = les 3,25 Md$ d’obligations, moins les 184 M$ reversés aux actionnaires, rapportés aux 245 MW IT (R1, R15)
preset-why-hut8-back = Google garantit les loyers sur toute la durée de 15 ans (R15)
preset-why-hut8-cpn = obligations de River Bend à 6,192% (F4)
preset-why-hut8-ltc = jusqu’à 85% du coût dans l’analyse de crédit des prêteurs (F4) ; les obligations, 3,25 Md$, financent aussi les réserves et les 184 M$ reversés
preset-why-hut8-dten = amortissement intégral sur 16,5 ans (F4) ; ramené ici à la durée du contrat
preset-note-hut8-bp = 352 MW IT loués pour 15 ans en bail triple net à un locataire de qualité « investment grade », pour 9,8 Md$ avec une indexation de 3%.
preset-why-hut8-bp-mw = puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-hut8-bp-yrs = la durée du contrat
preset-why-hut8-bp-green = un campus greenfield dans le comté de Nueces : aucune machine de minage sur le site (R16)
preset-why-hut8-bp-conv = annonce en mai 2026, première salle au 3e trimestre 2027 (R16)
preset-why-hut8-bp-esc = indexation de 3%/an
preset-why-hut8-bp-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-hut8-bp-nnn = bail triple net, avec clause take-or-pay
preset-why-hut8-bp-noin = NOI de 9,8 Md$ sur 9,8 Md$ (R16)
preset-why-hut8-bp-back = un locataire de qualité « investment grade »
preset-why-hut8-bp-cpn = aucune dette publiée : taux aligné sur la seule obligation de centre de données garantie par une signature « investment grade », les 6,192% de River Bend (R1)
preset-note-cifr = 300 MW, 15 ans, 5,5 Md$ : en moyenne environ 102 $/kW-mois si ces 300 MW sont de la puissance IT (non confirmé).
preset-why-cifr-mw = 300 MW retenus comme puissance IT (non confirmé) ; puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-cifr-yrs = la durée du contrat
preset-why-cifr-conv = annonce en novembre 2025, loyers dès août 2026 (R20)
preset-why-cifr-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-cifr-back = le locataire est AWS, de qualité « investment grade »
preset-why-cifr-cpn = aucune dette publiée : taux aligné sur la seule obligation de centre de données garantie par une signature « investment grade », les 6,192% de River Bend (R1)
preset-note-riot-amd = 25 MW IT, 10 ans, 311 M$ : en moyenne environ 104 $/kW-mois ; un réaménagement de bâtiments existants à 3,6 M$ par MW.
preset-why-riot-amd-mw = puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-riot-amd-yrs = la durée du contrat
preset-why-riot-amd-rent = calculé pour que les loyers comptabilisés sur la durée du contrat égalent la valeur de l’opération, avec l’indexation du scénario et la montée en charge par défaut
preset-why-riot-amd-cap = capex de réaménagement de 3,6 M$ par MW
preset-why-riot-amd-noi = environ 25 M$ de NOI par an sur 311 M$ en 10 ans (R17)
preset-why-riot-amd-conv = livraison de janvier à mai 2026 dans des bâtiments existants (R17)
preset-why-riot-amd-ramp = livraison de janvier à mai 2026 (R17)
preset-why-riot-amd-back = AMD considéré comme un locataire de qualité « investment grade »
preset-why-riot-amd-cpn = aucune dette publiée : taux aligné sur la seule obligation de centre de données garantie par une signature « investment grade », les 6,192% de River Bend (R1)
preset-note-iren = 200 MW IT, 5 ans, 9,7 Md$ (environ 1,94 Md$/an) pour une capacité GPU détenue par IREN, dont 20% payés d’avance.
preset-why-iren-mw = puissance raccordée égale à la puissance IT × le PUE par défaut
preset-why-iren-yrs = la durée du contrat
preset-why-iren-gph = calculé pour que le chiffre d’affaires sur la durée du contrat égale 9,7 Md$, capacité entièrement sous contrat, avec la montée en charge par défaut
preset-why-iren-util = capacité entièrement sous contrat : chaque GPU-heure est payée
preset-why-iren-gdec = un prix fixé par le contrat
preset-why-iren-gpmw = environ 570 GPU par MW, de classe GB200 (S28)
preset-why-iren-gcap = la commande de GPU d’IREN, 5,8 Md$ pour 200 MW : environ 29 M$ par MW IT (S41), ÷ 570
preset-why-iren-glife = les sources donnent aux GPU une durée de vie de 4 à 6 ans ; la médiane, 5 (S35)
preset-why-iren-gopx = pour un EBITDA égal à 85% du chiffre d’affaires, comme l’annonce IREN (S41)
preset-why-iren-prep = Microsoft paie 20% d’avance (S41)
preset-why-iren-back = le client est Microsoft, de qualité « investment grade »
preset-why-iren-cpn = obligations d’IREN à 5,96% (F5)
preset-why-iren-ltc = calculé pour que le prêt égale les 3,65 Md$ publiés : 2,1 Md$ d’obligations et un prêt à tirage différé de 1,55 Md$ (F5, R21)
preset-why-iren-dsra = aucune réserve de service de la dette publiée (F5)
preset-why-iren-dscr = DSCR minimal de 1,05× (F5)
preset-note-iren-nvda = Un contrat de cloud IA de 5 ans, 3,4 Md$ ; NVIDIA reçoit des bons de souscription (warrants) sur 30 millions d’actions au prix d’exercice de 70 $.
preset-why-iren-nvda-mw = aucune taille annoncée : dimensionné sur le chiffre d’affaires par MW IT du contrat IREN–Microsoft, soit 70 MW IT
preset-why-iren-nvda-yrs = la durée du contrat
preset-why-iren-nvda-gph = calculé pour que le chiffre d’affaires sur la durée du contrat égale 3,4 Md$, capacité entièrement sous contrat, avec la montée en charge par défaut
preset-why-iren-nvda-util = un contrat portant sur la capacité
preset-why-iren-nvda-gdec = un prix fixé par le contrat
preset-why-iren-nvda-gpmw = environ 570 GPU par MW, de classe GB200 (S28)
preset-why-iren-nvda-gcap = comme la commande d’IREN pour Microsoft : environ 29 M$ par MW IT (S41), ÷ 570
preset-why-iren-nvda-glife = la durée de vie médiane des GPU selon les sources (S35)
preset-why-iren-nvda-gopx = pour un EBITDA égal à 85% du chiffre d’affaires, comme l’annonce IREN pour Microsoft (S41)
preset-why-iren-nvda-back = le client est NVIDIA, de qualité « investment grade »
preset-why-iren-nvda-wrnt = non comptabilisés : la valeur des bons de souscription dépend du cours de l’action IREN en mai 2026, qu’aucune source ne donne
preset-why-iren-nvda-ltc = aucune dette publiée pour ce contrat
