# Wattsworth の文言（日本語）。原文は en.ftl。構文は en.ftl 冒頭の説明を参照。

## The page around the answer

page-tagline = 1メガワットの価値は、ビットコインのマイニングとAIのホスティングのどちらが上か？
page-language = 言語
preset-label = 実際の案件から始める
preset-choose = プリセットを選択…
currency-label = 通貨
currency-per-usd = 1米ドルあたり
inputs-key = 主な入力項目
inputs-more = その他の入力項目
input-source = 出典
input-assumption = 仮定
input-as-of = { $date }時点
input-reset = { $label }を初期値に戻す
mode-lease = テナントにリース（$/kW・月）
mode-cloud = GPUクラウドを運営（$/GPU・時）
terms-summary = 用語の意味
data-table = データ表

## The verdict: one sentence, at most 32 words (90 characters in Japanese and Chinese)

verdict-none = この{ $mw } MW拠点を一切転換しなければ何も変わらず、マイニング継続の価値は現在価値で{ $mining }。
verdict-deal = { $terms }、この{ $mw } MW拠点を{ $start }から{ $mode ->
        [lease] AI向けにリースすると
       *[cloud] GPUクラウドに使うと
    }、{ $site ->
        [dark] 遊休のままの場合
       *[mining] マイニング継続
    }を現在価値で{ $value }{ $sign ->
        [gain] 上回る
       *[loss] 下回る
    }。
verdict-lease = この{ $mw } MW拠点をマイニングに代えてAIテナントにリースすると、価値は現在価値で{ $value }{ $sign ->
        [gain] 増え
       *[loss] 減り
    }、マイニング継続の価値は{ $mining }。
verdict-lease-part = この{ $mw } MW拠点の{ $share }をAI向けにリースし残りでマイニングすると、価値は現在価値で{ $value }{ $sign ->
        [gain] 増え
       *[loss] 減り
    }、全量マイニングの価値は{ $mining }。
verdict-cloud = この{ $mw } MW拠点でマイニングに代えてGPUクラウドを運営すると、価値は現在価値で{ $value }{ $sign ->
        [gain] 増え
       *[loss] 減り
    }、マイニング継続の価値は{ $mining }。
verdict-cloud-part = この{ $mw } MW拠点の{ $share }でGPUクラウドを運営し残りでマイニングすると、価値は現在価値で{ $value }{ $sign ->
        [gain] 増え
       *[loss] 減り
    }、全量マイニングの価値は{ $mining }。
verdict-lease-dark = この{ $mw } MW拠点をAIテナントにリースすると、遊休のままの場合を現在価値で{ $value }{ $sign ->
        [gain] 上回る
       *[loss] 下回る
    }。
verdict-lease-part-dark = この{ $mw } MW拠点の{ $share }をAI向けにリースすると、遊休のままの場合を現在価値で{ $value }{ $sign ->
        [gain] 上回る
       *[loss] 下回る
    }。
verdict-cloud-dark = この{ $mw } MW拠点でGPUクラウドを運営すると、遊休のままの場合を現在価値で{ $value }{ $sign ->
        [gain] 上回る
       *[loss] 下回る
    }。
verdict-cloud-part-dark = この{ $mw } MW拠点の{ $share }でGPUクラウドを運営すると、遊休のままの場合を現在価値で{ $value }{ $sign ->
        [gain] 上回る
       *[loss] 下回る
    }。

## Whose terms a deal's verdict is on (one per preset), and a deal's caveat

terms-today = 現在の市場条件では
terms-csc = Core Scientificの契約条件では
terms-wulf = TeraWulfの契約条件では
terms-cifr-fs = CipherのFluidstack案件の条件では
terms-hut8 = Hut 8のRiver Bend案件の条件では
terms-hut8-bp = Hut 8のBeacon Point案件の条件では
terms-cifr = CipherのAWS案件の条件では
terms-riot-amd = RiotのAMD案件の条件では
terms-iren = IRENのマイクロソフト案件の条件では
terms-iren-nvda = IRENのエヌビディア案件の条件では
caveat-cifr = 300 MWをIT容量とみなす
caveat-iren-nvda = 規模は仮定

## The verdict's basis: the line under it

tax-after = 税引後
tax-none = 税率0%で課税なし
basis-pre-tax = 税引前、借入なし
basis-no-debt = { $tax }、借入なし
basis-no-loan = { $tax }、債務返済カバー率（DSCR）{ $cover }を満たす借入は不可
basis-borrowed = { $tax }、借入比率{ $share }
basis-borrowed-at = { $tax }、借入比率{ $share }（金利{ $coupon }）
rates-one = 全キャッシュフローの割引率{ $rate }
rates-ai = { $what ->
        [rent] 賃料
       *[gpu] GPU収入
    }の割引率{ $rent }
rates-ai-mining = { $what ->
        [rent] 賃料
       *[gpu] GPU収入
    }の割引率{ $rent }、マイニングは{ $mining }
after-none = 契約期間のみ算入
after-years = 契約終了後の{ $years }年分を算入
basis = { $short }／{ $rates }／{ $after }／契約期間{ $from }～{ $to }。
basis-start = { $short }／{ $rates }／{ $after }／契約期間{ $from }～{ $to }／開始時期は{ $start }と仮定。
basis-start-caveat = { $short }／{ $rates }／{ $after }／契約期間{ $from }～{ $to }／開始時期は{ $start }と仮定／{ $caveat }。

## What the verdict's words mean

term-today = 現在価値で
term-today-gloss = 将来のキャッシュが今いくらに当たるか。先の年のキャッシュほど低く数える（今日の価値、すなわち正味現在価値）。
term-rates = 割引率
term-rates-gloss = どれだけ低く数えるか。リスクごとに年率を置く。投資適格企業が支払いを裏付ける賃料が最も確実で、テナント自身の信用による賃料はそれに次ぎ、ビットコイン価格とともに変動するマイニングのキャッシュが最も不確実（手法解説の第1節）。
term-borrowed = 借入比率
term-borrowed-gloss = 転換費用のうち借入で賄う割合。返済額に対するキャッシュの余裕を測る貸し手の基準（債務返済カバー率）が許す範囲を上限とする。
term-after = 契約終了後
term-after-lease-gloss = 契約が終わっても建物は再び賃貸できる。改修費を差し引いたうえで、契約後の年数分を算入する。
term-after-cloud-gloss = 契約が終わってもデータホールは再び賃貸できる。改修費を差し引いたうえで契約後の年数分を算入し、なお稼働しているGPUの価値も算入する。

## Who is ahead, in a few words

ahead-converting = 転換が{ $value }優位
ahead-mining = マイニングが{ $value }優位

## The verdict's chart: each path's value today

chart-value = 各選択肢の現在価値、月次推移
value-takeaway = 転換すると{ $value }の{ $sign ->
        [gain] プラス
       *[loss] マイナス
    }：2本の線の終点の差。
value-takeaway-after = 転換すると{ $value }の{ $sign ->
        [gain] プラス
       *[loss] マイナス
    }：2本の線の終点の差。最終月の段差は、契約終了後の各選択肢の価値。
value-describe = 各選択肢の現在価値を示す折れ線グラフ。{ $start }から{ $span }にわたる月ごとの累計で、各月のキャッシュをそれぞれの割引率で割り引いている。マイニング継続は{ $mining }、転換は{ $converting }で終わり、その差が結論の数値。
value-axis-x = 開始からの年数
value-axis-y = 現在価値（累計）
value-band = 転換
value-gap = { $value }の{ $sign ->
        [gain] プラス
       *[loss] マイナス
    }
key-converting = 転換
key-mining-on = マイニング継続
key-left-dark = 遊休のまま

## Language notices

language-unknown = 言語：「{ $asked }」には対応していないため、{ $shown }で表示しています
language-missing = 一部の文はまだ{ $shown }に翻訳されていないため、英語で表示しています
language-unreachable = { $shown }のテキストを読み込めなかったため、英語で表示しています
cite = Wattsworth { $version }、モデル第{ $model }版、市場データ{ $data }時点、{ $built }ビルド。{ $title } { $link }（{ $accessed }閲覧）
picture-open = このシナリオで計算ツールを開く
language-partial = 回答より下の部分は、一部がまだ英語のままです。
sourced = 初期値は日付と出典のある数値に基づく{ $deals }。出典のない値は仮定と明記。
sourced-deals = （案件：{ $years }年）
embed-open-full = このシナリオで計算ツール全体を開く ↗

## Spans of time and a chart's year ticks

span-months = { $months }か月
span-years = { $years }年
span-years-months = { $years }年{ $months }か月
tick-years = { $years }年

## How sure: the inputs within whose span the answer turns the other way

sure-holds = 結論の確かさ：出典のある{ $sourced }項目の入力値をそれぞれ出典の示す範囲内で、{ $assumed }項目の仮定をそれぞれ本試算の想定範囲内で、一つずつ動かしても結論は覆らない。
sure-turns = 結論の確かさ：{ $groups }、結論が覆る。
sure-turns-more = 結論の確かさ：{ $groups }、結論が覆る（ほか{ $count }項目の入力値でも同様）。
sure-group-sourced = { $names }が出典の示す範囲内で動くと
sure-group-between = { $names }が出典の示す範囲と設定値の間で動くと
sure-group-assumed = { $names }が本試算の想定範囲内で動くと
sure-groups-2 = { $a }、あるいは{ $b }
sure-groups-3 = { $a }、{ $b }、あるいは{ $c }
sure-named = { $label }（{ $range }、{ $even }）
sure-even-1 = 損益分岐点は{ $a }
sure-even-2 = 損益分岐点は{ $a }と{ $b }
sure-even-3 = 損益分岐点は{ $a }、{ $b }、{ $c }
sure-even-many = 損益分岐点は{ $first }～{ $last }の間に{ $count }か所
sure-outside = { $level }（範囲外）
sure-years = { $years }年
list-2 = { $a }または{ $b }
list-3 = { $a }、{ $b }または{ $c }

## Why miners convert: what each business earns, and what investors pay for it

why-none = ここでは何も転換せず、拠点全体でマイニングを続ける。
why-lease = リース契約で所有者が得る利払い・税・償却前利益は年{ $ebitda }{ $prepaid }{ $once }。{ $from }から{ $years }続き、{ $backed }。契約後も建物は再び賃貸できる。
why-cloud = GPU契約で得る利払い・税・償却前利益は年{ $ebitda }{ $prepaid }{ $once }。{ $from }から{ $years }続き、{ $backed }。ただしGPUは契約期間内に寿命を迎える。
why-prepaid = （このほか収入の{ $share }%を前払いで受け取り、受領時に算入）
why-once = （フル稼働となる{ $month }以降）
why-years = { $years }年間
why-backed-all = 全額に投資適格企業の裏付けがある
why-backed-part = うち{ $share }%に投資適格企業の裏付けがある
why-backed-none = 裏付けはテナント自身の信用のみ
why-mining-dark = この拠点にはマイニングマシンがなく、案件がなければ遊休のままとなる。
why-mining-never = ここではマイニングが運営費を賄えることはなく、{ $months }か月のうちマシンが稼働する月は一つもない。
why-mining = マイニングが{ $first }からの1年間に得る利払い・税・償却前利益は{ $ebitda }{ $halving }。マシンが稼働するのは{ $months }か月のうち{ $on }か月。
why-halving = 、ただし{ $month }の半減期でハッシュプライスは{ $before }から{ $after }に下がる
why-miners = この拠点のマイニング事業の{ $span }
why-miners-none = ほかに稼ぐ手段のない拠点
why-market-lease = 投資家は上場データセンター賃貸事業者をEV/EBITDA倍率20～25倍、マイニング企業を同5～12倍で評価する。この物差しでは、リースした施設の価値は{ $converted }、比較対象は{ $miners }で、転換費用は{ $cost }。上記の現在価値とは別の見方である。
why-market-cloud = 投資家はコロケーションやGPUクラウド事業をIT容量1 MWあたり株式価値800万～1,900万ドル、マイニング企業をEV/EBITDA倍率5～12倍で評価する。この物差しでは、GPUクラウドの価値は{ $converted }、比較対象は{ $miners }で、転換費用は{ $cost }。上記の現在価値とは別の見方である。

## Whether waiting pays

when-wait = 転換時期：今ではなく{ $best }{ $edge }に着手すると、価値は{ $more }増える（マイニング継続比{ $against }）。
when-wait-from = 転換時期：{ $set }ではなく{ $best }{ $edge }に着手すると、価値は{ $more }増える（マイニング継続比{ $against }）。
when-latest = 、検討範囲で最も遅い開始月

## Around the answer

why-summary = マイニング企業が転換する理由
others-summary = 別の計算方法
others-another = 別の見方：
figures-summary = kWhあたり収入、投資回収期間、借入、株主リターン
figures-value-today = { $path }の現在価値
figures-kwh-mining = マイニングの{ $unit }（容量ベース）
figures-kwh-ai = AIの{ $unit }（容量ベース）
copy-sentence = この文をコピー
copy-done = コピーしました：結論の文、その前提と注意事項、主な入力項目、リンク。
pin-on = このシナリオを固定して比較
pin-off = 比較用の固定を解除
pin-note = 固定したシナリオはグラフに薄い破線で表示され、リンクにも保存されます。
notices-title = 一部の値は入力どおりには使われていません：
notices-more = ほか{ $count }件
notices-dismiss = 閉じる
caution = 注意：
embed-title = ビットコインのマイニングか、AIのホスティングか？

## The other charts' titles

chart-cash = 別の見方：割り引かないキャッシュ
chart-annual = MWあたりの年間利益（EBITDA）と、税金・利払い後に残る額
chart-cover = AI転換は借入を返済できるか？債務返済カバー率（元利返済額に対するキャッシュ）
chart-kwh = kWhあたり収入：マイニング、AIリース、GPUクラウド
chart-tornado = 結論を最も大きく動かす要因
chart-map = 損益分岐マップ：転換が有利になる領域
chart-fan = 不確実性下のマイニングと、契約で固まったAIの比較
chart-when = 転換時期：開始月ごとの結論

## The inputs' sections, their counts, and the compact summary's note

group-site = 拠点
group-mining = ビットコインのマイニング
group-network = ビットコインのネットワーク
group-ai = AIのホスティング
group-lease = リース
group-gpu = GPUクラウド
group-finance = 割引率とリスク
group-tax = 税務
group-debt = 借入
inputs-defaults = { $shown }項目、すべて初期値
inputs-changed = { $shown }項目、うち{ $changed }項目を変更
moved-none = 入力値を動かすと、その影響がここに表示されます。
moved-many = { $first }ほか{ $count }項目
moved-favour = { $what }：{ $side ->
        [converting] 転換
       *[mining] マイニング
    }側に{ $value }有利に
moved-both = { $what }：両選択肢とも{ $change }、差は変わらず
moved-nothing = { $what }：どちらの選択肢の価値も変わらず
input-typed = { $label }（直接入力）
input-typed-unit = { $label }（単位：{ $unit }、直接入力）

## Sharing, the footer

skip = 操作パネルへ移動
share-copy-link = リンクをコピー
share-cite = 引用する
share-embed = 埋め込む
share-csv = データをダウンロード（CSV）
share-notes = データの説明（JSON）
share-notes-title = 各列の内容と単位、入力値、出典、日付、注意事項（Frictionless Data形式）
share-link-copied = リンクをコピーしました。
share-citation-copied = 引用情報をコピーしました。
share-csv-done = データをダウンロードしました：{ $file }
share-notes-done = 説明ファイルをダウンロードしました：{ $file }用のdatapackage.json。両方を同じフォルダーに保存してください。
share-refused = ここではコピーが許可されませんでした。テキストを選択してコピーしてください。
foot-sources = 数値はすべて、日付と出典を明記した資料に基づくか、仮定であることを明示しています。
foot-methodology = 手法解説・計算式・出典
foot-private = すべてお使いのブラウザー内で動作し、データはどこにも送信されません。
foot-version = Wattsworth { $version }（{ $built }ビルド）。
foot-offline = オフライン用にダウンロード
foot-offline-note = （HTMLファイル1つで、ネットワークなしでも動作します）。

## Other ways to count it, revenue per kWh, and the details under the answer

end-contract-only = 契約期間のみを算入し、契約後を一切数えない場合：{ $ahead }。
end-lease = 契約後の{ $years }年分（契約更新または市場賃料での再賃貸）を算入した場合：{ $ahead }。
end-cloud = 契約後の{ $years }年分（データホールを市場賃料で再賃貸）と稼働中のGPUの価値を算入した場合：{ $ahead }。
ahead-converting-lower = 転換が{ $value }優位
ahead-mining-lower = マイニングが{ $value }優位
bases-pre = 税引後では、借入なしで{ $after }、借入ありで{ $financed }。
bases-after = 税引前では{ $pre }。
bases-financed = 税引前・借入なしでは{ $pre }、税引後・借入なしでは{ $after }。
kwh = 受電容量1 kWhあたりでみると、AIが通年で稼働する最初の1年間（{ $from }から）、AIの収入はマイニングの総収入の{ $multiple }（設備投資は考慮前）――{ $holds }。{ $claim }。
kwh-holds = 「最大25倍」という主張はここでは成り立つ
kwh-not = 25倍には届かない
kwh-claim-at = GPUクラウドなら{ $price }/GPU・時以上で25倍に達する（価格は{ $date }時点、稼働率{ $utilisation }%、IT 1 MWあたりGPU{ $gpus }個）
kwh-claim-never = GPU時間を一切販売しないGPUクラウドは、どの価格でも25倍に届かない
details-none = 何も転換しないため、投資回収期間、リターン、借入について示すものはない。
rates-loan-same = { $rates }、借入も同じ{ $loan }
rates-loan-market = { $rates }、借入はその信用力に見合う市場金利{ $loan }で割引
payback-at-end = 割引後のキャッシュ（{ $on }／{ $rates }）でみると、転換は、最終月（開始から{ $span }）に算入する契約終了後の価値を含めて初めて投資を回収する。
payback = 割引後のキャッシュ（{ $on }／{ $rates }）でみると、転換の投資回収期間は{ $span }。
payback-never = 割引後のキャッシュ（{ $on }／{ $rates }）でみると、転換は投資を回収できない。
irr-equity = 転換のエクイティIRR：株主の拠出（最大{ $equity }）に対して{ $irr }、株主資本コストは{ $cost }（この率で割り引いた株主のキャッシュの現在価値は{ $value }）。
irr-pre-tax = 転換のIRR（内部収益率、税引前）：{ $irr }。
irr-after-tax = 転換のIRR（内部収益率、税引後）：{ $irr }。
irr-above-100 = 年100%超
irr-a-year = 年{ $rate }%
hurdle-equity = 株主資本コスト{ $cost }
hurdle-contract = 契約の信用力に見合う割引率{ $rate }
irr-withheld = { $why }ため、IRRは示さない。
irr-no-outlay = 転換の支出がマイニングを上回る月が一つもなく、利回りを測る元手となる持ち出しがない
irr-gains-first = 転換は先に利益を得て後から費用を負う形で、収益率では表せない
irr-odd = 転換のキャッシュの利回りは計算上年{ $rate }%だが、{ $hurdle }で割り引いた価値と整合しない
irr-none-balances = 両選択肢のキャッシュの差の現在価値をゼロにする率が、月−99.99%～+10,000%の範囲にない
irr-many-signs = 両選択肢のキャッシュの差の符号が2回以上入れ替わり、単一の率では表せない
debt-none = 借入：なし（DSCRコベナント{ $cover }を満たす借入がないため）。
debt-share = 費用の{ $share }
debt-share-sized = 費用の{ $share }：希望の{ $asked }に対し、DSCRコベナント{ $cover }が許す上限
debt-lowest-sized = { $lowest }（コベナント{ $cover }に対し）
debt-coupon-market = 金利{ $coupon }はその信用力に見合う市場金利と同水準
debt-coupon-value = 金利{ $coupon }は{ $rate ->
        [one] 全キャッシュフロー共通の割引率
       *[market] その信用力に見合う市場金利
    }{ $market }を{ $side ->
        [below] 下回り
       *[above] 上回り
    }、{ $with ->
        [reserve] 手数料と準備金を含めた
       *[fees] 手数料を含めた
    }借入の株主にとっての価値は、支払利息の節税効果を除いて{ $value }
debt = 借入：{ $borrowed }（{ $share }）、返済期間{ $from }～{ $to }。債務返済カバー率（DSCR）の最低値は{ $month }の{ $lowest }、平均{ $average }。{ $value }。
network-responds = ネットワークのハッシュレートがマイナーの利益率に応じて変動し、高いハッシュプライスを押し戻す前提
network-fixed = ネットワークのハッシュレートが利益率にかかわらず年{ $growth }%成長する前提
breakeven-hp = マイニングが転換に並ぶには、{ $date }時点のハッシュプライスで{ $price }/PH/s/dayが必要（{ $network }）。
breakeven-hp-record = マイニングが転換に並ぶには、{ $date }時点のハッシュプライスで{ $price }/PH/s/dayが必要で（{ $network }）、2021年の過去最高値{ $record }を上回る。
breakeven-hp-none = ハッシュプライスが{ $top }/PH/s/dayまで上がっても、マイニングは転換に並ばない（{ $network }）。
breakeven-hp-never = ハッシュプライスが{ $low }～{ $top }/PH/s/dayのどの水準でも転換は損失となる。損失の原因はAI事業にあり、マイニングの収益には左右されない。
running-dark = この拠点にはマイニングマシンがなく、転換しなければ遊休のままとなる。
running-never-end = ここではマシンが電力費と運営費を賄えることがないため停止したままで、マイニングの価値は期末に拠点とマシンを売却して得られる額だけとなる。
running-never = ここではマシンが電力費と運営費を賄えることがないため停止したままで、マイニングの価値は{ $zero }となる。
running-some = 保有マシンが稼働するのは{ $months }か月のうち{ $on }か月。収入が電力費その他の運営費を賄える月だけ稼働する。
valued = 評価期間は{ $first }～{ $last }、うち契約期間は{ $cutover }～{ $last }。
warn-no-debt = DSCRコベナント{ $cover }を満たす借入はない。この倍率ではAI転換のキャッシュでいかなる元利返済も賄えない月があるため、試算では借入をゼロとしている。
warn-network-held = 入力値のままでは、{ $from }以降ネットワーク全体の規模がこの拠点のマシン群の2倍を下回るため、その水準で据え置いている。ハッシュプライスを動かすほどのマイナーは、本モデルでは評価できない。
warn-hashprice-beyond = ハッシュプライスが1PH/s・1日あたり{ $low }から{ $high }の範囲にあり、過去に例のない水準（過去最高値{ $record }、2021年）。
warn-hashprice-beyond-still = ハッシュプライスが1PH/s・1日あたり{ $low }から{ $high }の範囲にあり、過去に例のない水準（過去最高値{ $record }、2021年）。ネットワークの反応をオフにしているため、ハッシュレートは利益率に反応しない。
warn-value-beyond = いずれかの選択肢の価値が1兆米ドルを超えている。入力値は実在しうる拠点を表していない。
warn-fleet-share = マシン群がネットワーク全体の最大{ $share }%に達する。本モデルは、このマイナーをハッシュプライスを動かさない小さな存在として扱っている。
warn-credits-exceed = 出力抑制クレジットの収入がマイニング自体の収入を上回る。これはマイナーではなく電力トレーダーの姿である。
warn-nothing-converted = 拠点のどの部分も転換されないため、2つの選択肢は同じになる。
warn-ramp-outlasts = 拠点がフル稼働に達する前に契約が終わる。

## The cash chart, the yearly earnings and the debt's cover

cash-pre-tax = 税引前キャッシュ
cash-after-tax = 税引後キャッシュ
cash-financed = 税引後・元利返済後のキャッシュ
cash-same = 何も転換しないため、両選択肢のキャッシュは同じ。
cash-discounted-ahead = 割り引いても、転換の優位は変わらない。
cash-discounted-behind = 割り引くと、転換は投資を回収できない。
cash-when-end-values = 。ただしそれは最終月に算入する契約終了後の価値を含めた場合のみで、それまではマイニングが{ $behind }上回る
cash-when-last = （逆転するのは最終月、開始から{ $span }後）
cash-when-after = （開始から{ $span }後に逆転し、以後は一貫して上回る）
cash-ai-ends = 割り引かない{ $cash }の累計では、AI転換が最終的にマイニングを{ $value }上回る{ $when }。
cash-mining-ends = 割り引かない{ $cash }の累計では、マイニングが最終的にAI転換を{ $value }上回る。
annual-ebitda = { $year }年目のMWあたりEBITDAは、AI転換が{ $ai }、マイニングが{ $mining }。
annual-kept = 税引後に残るのは、AI転換が{ $ai }、マイニングが{ $mining }。
annual-kept-financed = 税金と利息を差し引いて残るのはAI転換が{ $ai }、マイニングは税引後で{ $mining }。
cover-none = 借入がないため、返済を賄うべき債務はない。
cover-no-loan = この倍率ではキャッシュでいかなる元利返済も賄えない月があるため、DSCRコベナント{ $cover }を満たす借入はない。
cover-sized = 借入額は、債務返済カバー率がDSCRコベナント{ $cover }を下回らない水準に設定している。希望の{ $asked }ではなく費用の{ $share }で、カバー率が最も低いのは{ $month }。
cover-above = 債務返済カバー率は常に{ $lowest }以上（最低は{ $month }）で、DSCRコベナントは{ $cover }。

## The analyses' charts: takeaways, descriptions, tables and labels

takeaway-kwh = 容量1 kWhあたりでみると、AIが通年で稼働する最初の1年間、リースの収入はマイニングの{ $lease }、GPUクラウドは{ $gpu }。「最大25倍」という見出しの数字はGPUクラウドのもので、GPUの設備投資を考慮する前の値。
tornado-none = どの入力値を動かしても結論は変わらない。
tornado-most = 結論を最も大きく動かすのは{ $label }で、{ $from }から{ $to }まで動くと、転換とマイニングの差は{ $low }から{ $high }まで変わる。
tornado-left-out = 影響のない{ $count }項目の入力値はグラフから除いている。
left-out = 影響のない{ $count }項目は省略
smaller-in-table = 影響の小さい{ $count }項目は表に掲載
smaller-dead-in-table = 影響の小さい{ $count }項目と影響のない{ $dead }項目は表に掲載
per-kw-month = /kW・月
per-gpu-hour = /GPU・時
map-at = { $label }が現在の{ $value }の場合
map-here = この条件では
map-above = { $at }、AIの料金が{ $rate }を超えると転換がマイニングを上回る。
map-ai-always = { $at }、想定範囲内のどの料金でも転換がマイニングを上回る。
map-mining-always = { $at }、想定範囲内のどの料金でもマイニングが転換を上回る。
takeaway-fan = BTC価格とハッシュレートのシミュレーション経路{ $paths }本のうち{ $share }%で、最終的にAI転換の正味現在価値がマイニングを上回る。ただしAI側は設定値のまま固定しており、早期解約率を超えるテナントの債務不履行、コスト超過、工期遅延は見込んでいない。
when-none = 何も転換しないため、比較する開始時期はない。
when-now = 今すぐ
when-in = { $month }に
when-loses = 今から{ $last }までのどの時期に着手しても転換は損失となり、損失が最も小さい（{ $loss }）のは{ $best }の着手。
when-later-loses-more = 着手が遅れるほど損失は大きくなる。
when-best-set = 設定どおり{ $set }転換に着手するのが最善の開始時期で、マイニング継続比{ $value }。
when-best-other = 最善の開始時期は{ $best }で、マイニング継続比{ $value }（設定どおり{ $set }着手した場合は{ $at-set }）。
when-best = 最善の開始時期は{ $best }で、マイニング継続比{ $value }。
when-best-mark = { $month }（最善）
business-lease = AIテナントへのリース
business-cloud = GPUクラウドの運営
describe-range = { $low }～{ $high }
describe-no-data = データなし
describe-cash = 割り引かない{ $cash }の累計を、{ $start }から{ $span }にわたり月ごとに示す折れ線グラフ。マイニングは{ $mining }、{ $ai }は{ $converting }。
describe-annual = 評価期間の各年について、受電容量1 MWあたりのEBITDAを示すグラフ。マイニングは{ $mining }、{ $ai }は{ $converting }。
describe-cover = AI転換の元利返済に充てられるキャッシュを元利返済額で割った倍率を、{ $from }から{ $to }まで月ごとに示す折れ線グラフ。最低{ $lowest }、平均{ $average }で、DSCRコベナント{ $cover }を破線で示す。
describe-cover-none = 債務返済カバー率のグラフはない。このシナリオでは借入がない。
describe-kwh = 受電容量1 kWhあたりの総収入を示す横棒グラフ。マイニングは{ $mining }、AIリースは{ $lease }、GPUクラウドは{ $gpu }で、マイニングの25倍の位置に目印を付けている。
describe-tornado = 影響の大きい順に並べた横棒グラフ。ほかの入力値を固定し、一つの入力値を低い値から高い値まで動かしたとき、AIの優位がどれだけ動くかを示す。
describe-map = 2つの入力値（横軸は転換の設備投資またはハッシュプライス、縦軸はAIの料金）に対するAIの優位を示すヒートマップ。転換が勝る領域とマイニングが勝る領域を色分けし、損益分岐を線で、現在の値を印で示す。
describe-fan = ビットコイン価格とハッシュレートのシミュレーション経路{ $paths }本について、マイニングの累積キャッシュの分布を帯で示し（5～95パーセンタイルと25～75パーセンタイル、中央値は線）、AI転換の線と比べる。
describe-when = 転換を開始しうる各月（今から10年先まで）についてAIの優位を示す折れ線グラフ。各開始月はそれぞれの評価期間（それまでのマイニング、転換、契約期間全体）で評価し、最善の開始月を点で示す。
col-year = 年
col-value-so-far = { $path }の現在価値（累計）
col-mining-cumulative = マイニング（累計）
col-ai-cumulative = AI（累計）
col-mining-revenue-mw = マイニング収入/MW
col-mining-ebitda-mw = マイニングEBITDA/MW
col-mining-tax-mw = マイニング税額/MW
col-ai-revenue-mw = AI収入/MW
col-ai-ebitda-mw = AI EBITDA/MW
col-ai-tax-mw = AI税額/MW
col-ai-debt-mw = AI元利返済額/MW
col-debt-service = 元利返済額
col-lowest-cover = 最低カバー率
col-average-cover = 平均カバー率
col-business = 事業
col-per-kwh-grid = $/kWh（受電容量）
col-per-kwh-it = $/kWh（IT容量）
col-times-mining = 対マイニング倍率
row-mining = マイニング
row-ai-lease = AIリース
row-gpu-cloud = GPUクラウド
col-input = 入力項目
col-low = 低位値
col-gap-low = AI−マイニング（低位）
col-high = 高位値
col-gap-high = AI−マイニング（高位）
col-mining-p5 = マイニング p5
col-mining-p50 = マイニング p50
col-mining-p95 = マイニング p95
col-ai = AI
col-starts = 転換開始
col-months-from-now = 今から（か月）
col-gap = AI−マイニング
ck-mining = マイニング
ck-ai = AI
ck-mining-pinned = マイニング（固定）
ck-ai-pinned = AI（固定）
ck-axis-cumulative = 累積純キャッシュ
ck-payback = 割引回収期間
ck-mining-ebitda = マイニングEBITDA
ck-ai-ebitda = AI EBITDA
ck-mining-kept = マイニング税引後
ck-ai-kept = AI税引後
ck-ai-kept-financed = AI税・利払後
ck-axis-year = 評価期間の年
ck-axis-per-mw = MWあたり年額
ck-no-loan = コベナントを満たす借入はない。
ck-nothing-borrowed = 借入なし。
ck-covenant = コベナント{ $cover }
ck-axis-cover = 債務返済カバー率
ck-mining-p50 = マイニング中央値
ck-converting-then = その月に転換
ck-axis-starts = 転換開始（今から何年後）
ck-axis-adds = 転換で増える価値（現在価値）
ck-best = 最善：{ $month }
ck-smallest-loss = 損失最小：{ $month }
ck-times-mining = （マイニングの{ $times }）
ck-axis-kwh = 受電容量1 kWhあたり収入
ck-input-low = 入力値：低
ck-input-high = 入力値：高
ck-mining-ahead = マイニング優位
ck-ai-ahead = AI優位
ck-break-even-line = 損益分岐（線）

## Embedding, the printed sheet, the charts' downloads

embed-charts = グラフ（未選択なら現在価値のグラフ）
embed-chart-value = 現在価値（結論）
embed-chart-cash = 割り引かないキャッシュ
embed-chart-annual = 年別EBITDA
embed-chart-kwh = kWhあたり収入
embed-chart-tornado = 結論を動かす要因
embed-chart-map = 損益分岐マップ
embed-chart-fan = 不確実性下のマイニング
embed-chart-cover = 債務返済カバー率
embed-chart-when = 転換時期
embed-controls = 操作パネル
embed-controls-none = なし
embed-controls-all = すべての入力項目
embed-theme = テーマ
embed-theme-auto = 閲覧者の設定に従う
embed-theme-light = ライト
embed-theme-dark = ダーク
embed-locked = 閲覧のみ（操作パネルなし）
embed-look = 表示
embed-static = 静的：結論の文と画像のみ
embed-plain = シンプル：タイトルとフッターなし（クレジットと日付は掲載ページに明記してください）
embed-transparent = 透過：掲載ページの背景を使用
embed-lang-browser = 閲覧者のブラウザーの言語
embed-paste = 次のコードを記事に貼り付けてください（高さは内容に合わせて調整されます）：
embed-copy-code = 埋め込みコードをコピー
embed-code-copied = 埋め込みコードをコピーしました。
embed-iframe = スクリプトを使えない環境では、こちらのiframeを使用してください（高さ600 px。結論の文とグラフを先頭に表示し、残りはスクロール）：
embed-copy-iframe = iframeコードをコピー
embed-iframe-copied = iframeコードをコピーしました。
embed-picture = スクリプトを一切実行できない環境（印刷、AMP、アーカイブ）では、結論の文とグラフを、日付と出典を付した画像として使用してください：
embed-copy-picture = 画像用コードをコピー
embed-picture-copied = 画像用コードをコピーしました。
embed-preview-at = プレビューの幅
embed-preview-phone = 320 px（スマートフォン）
embed-preview-article = 640 px（記事）
embed-preview-full = 全幅
sheet-input = 主な入力項目
sheet-value = 値
sheet-source = 出典と日付
sheet-every = すべての入力値・計算式・出典：
sheet-made = Wattsworth { $version }（{ $built }ビルド）、オープンな計算ツール。米ドル以外の通貨で表示している金額は、米ドルから換算したもの。
chart-downloaded = { $file }をダウンロードしました。
chart-not-drawn = { $format }を作成できませんでした。
chart-download = 「{ $title }」を{ $format ->
        [PNG] PNG画像
       *[SVG] SVG画像
    }でダウンロード
map-across = 横軸
methodology-summary = 手法解説：計算式、単位、出典、モデル化していない要素
ki-start = 開始時期
ki-default = 初期値
ki-reader = 利用者が設定
ki-reader-default = 利用者が設定（初期値は{ $default }：{ $source }）

## A chart's notes when exported, the market data's dates, a pinned scenario's comparison

kp-start = { $month }開始
kp-power = 電力価格{ $price }/kWh（{ $date }時点）
kp-hashprice = ハッシュプライス{ $price }/PH/s/day（{ $date }時点）
kp-lease = リース料{ $price }/kW・月（IT容量）
kp-gpu = GPUクラウド{ $price }/GPU・時
kp-gpu-capex = GPUの設備投資{ $cost }（1個あたり）
kp-capex = 転換の設備投資{ $cost }（IT 1 MWあたり）
kp-contract = 契約期間{ $years }年
kp-rates = 賃料の割引率{ $rent }、マイニングは{ $mining }
kp-all = 主な入力項目：{ $parts }。
kp-others = その他の主な入力項目：{ $parts }。
note-basis = 前提：{ $basis }
note-answer = 結論：{ $verdict }
note-scenario = { $data }シナリオ：{ $link }
note-made = Wattsworth { $version }（{ $built }ビルド）、オープンな計算ツール。計算式・入力値・出典はすべて手法解説に記載し、出典のない値は仮定と明記している。
data-hashprice = ハッシュプライス
data-fees = 取引手数料
data-difficulty = 採掘難易度
data-btc-price = BTC価格
data-gpu-price = GPUレンタル価格
data-power-price = 電力価格
market-as-of = 市場データは{ $date }時点（{ $with }）{ $others }{ $stale }。
market-as-of-brief = 市場データは{ $date }時点{ $stale }。
market-stale = （このビルドより{ $days }日古い）
compare-figure = { $name }：固定時{ $pinned } → 現在{ $now }（{ $change }）
compare-advantage = AIの優位
compare-mining = マイニングの正味現在価値
compare-ai = AIの正味現在価値
compare-business = AI事業の形態
compare-on = オン
compare-off = オフ
compare-none = 入力値に違いはありません。
compare-changed = 変更点：{ $list }。
dp-revenue = 収入：売上に加え、マイニングでは出力抑制クレジットも含む。
dp-power-cost = 系統から受電した電力の費用。
dp-other-opex = 電力以外の運営費。
dp-capex-net-of-sales = 設備投資額（売却した設備の代金を差し引いた純額）。売却額が購入額を上回る月はマイナス（切り替え時のASIC売却など）。
dp-end-value = 評価期間の末に計上する価値（リースの出口価値、ASICとGPUの残存価値）。期末価値を算入しない設定では0。
dp-grid-energy = 系統からの受電量。
dp-tax-paid = 納付した法人税等。税引前の前提では0。
dp-borrowed-net-of-fees = 受け取った借入金の手取額（手数料・発行割引を控除。借入総額は注記に記載）。借入ありの前提の場合のみ。
dp-interest-paid = 現金で支払った利息（借入元本に加算された利息は含まない）。
dp-principal-repaid = 借入元本の返済額。
dp-debt-reserve-flow = 元利金返済準備金：積み立てた月はマイナス、返還された月はプラス。
dp-ebitda = EBITDA：収入から電力費とその他の運営費を差し引いた額。
dp-project-cash = 税金・借入前のキャッシュ：EBITDAから設備投資を差し引き、期末価値があれば加えた額。
dp-loan-net-flow = 借入による株主への純キャッシュフロー：借入額（手数料控除後）から利息と元本返済を差し引き、準備金の出入りを加えた額。
dp-owners-cash = シナリオの前提による株主のキャッシュ：税金・借入前のキャッシュから税金を差し引き、借入による純キャッシュフローを加えた額。
dp-cumulative-owners-cash = 株主のキャッシュの初月からの累計（割り引かない）。
dp-discounted-cumulative-owners-cash = 株主のキャッシュを開始時点に割り引いて累計した額。最終値がその選択肢の正味現在価値。
dp-path-mining = マイニング継続
dp-path-ai = AIへの転換
dp-month = 評価期間の何か月目か（開始月を1とする。ページ上の数え方と同じ）。
dp-date = シナリオの評価期間における暦月（YYYY-MM）。
dp-pinned-prefix = 【固定シナリオ】
dp-pinned-date = 固定シナリオの評価期間における暦月（YYYY-MM）。
dp-money-usd = 表の金額は、モデルの計算どおり米ドル建て。
dp-money = 表の金額は{ $code }建てで、1米ドル＝{ $rate } { $code }で換算（{ $whose }）。モデル自体は米ドルで計算している。
dp-readers-rate = 利用者が入力した為替レート
dp-rows = 評価期間の1か月につき1行（1から数える）。各選択肢のキャッシュを項目別に示し、前提に基づく株主のキャッシュとその累計を載せる（割り引いた累計の最終値がその選択肢の正味現在価値）。入力値はモデルが受け取るとおり米ドル建てで記載。計算式と出典は計算ツールの手法解説を参照。
dp-pinned = pinned_で始まる列は、比較のために固定したシナリオの値。
dp-scenario = シナリオ：{ $link }
dp-methodology = Wattsworthの手法解説：すべての計算式・入力値・出典とその日付
dp-table-title = 2つの選択肢の月次推移
dp-title = Wattsworth { $version }：マイニング継続かAIへの転換か、月次推移
dp-as-of = { $label }の基準時点
dp-date-of-figure = 市場データの日付
dp-start = 開始月
dp-first-month = 評価期間の初月
methodology-intro = 概要：この計算ツールは、ひとつの拠点について、ビットコインのマイニングマシンを使い続ける場合と、AIテナント向けに転換する場合（リース、または自社でのGPUクラウド運営）の2つの選択肢を、税金と借入を含めて月ごとに追い、各選択肢のキャッシュをリスクに応じた割引率で現在価値に換算する。割引率は、投資適格企業が支払いを裏付ける賃料が最も低く、テナント自身の信用による賃料がそれより高く、ビットコインとともに変動するマイニングのキャッシュが最も高い。結論は両者の現在価値の差である。すべての計算式・入力値・出典を含む手法解説の全文を、以下に英語で掲載する。

## Inputs: each one's label and unit

param-mw = 受電容量
unit-mw = MW
param-yrs = 契約期間
unit-yrs = 年
param-pwr = 電力価格
unit-pwr = $/kWh
param-pesc = 電力価格の上昇率
unit-pesc = %/年
param-site = 期末の拠点価値
unit-site = $M（MWあたり）
param-hp = ハッシュプライス
unit-hp = $/PH/s/day
param-btcg = BTC価格の上昇率
unit-btcg = %/年
param-fee = 取引手数料
unit-fee = BTC/ブロック
param-jth = 保有マシンの電力効率
unit-jth = J/TH
param-aage = 開始時点の保有マシンの使用年数
unit-aage = 年
param-ovh = マイニング設備の付帯電力（PUE）
unit-ovh = ×
param-up = マシン稼働率
unit-up = %
param-curt = 出力抑制の時間
unit-curt = %（全時間比）
param-ccr = 出力抑制クレジット
unit-ccr = $/MWh（不使用分）
param-pool = プール手数料
unit-pool = %
param-opx = 電力以外の運営費
unit-opx = $/MWh
param-asic = ASIC価格
unit-asic = $/TH
param-alife = ASICの耐用年数
unit-alife = 年
param-hrg = ハッシュレートの固定成長率
unit-hrg = %/年
param-mj = 限界的マイナーの電力効率
unit-mj = J/TH
param-mpw = 限界的マイナーの電力価格
unit-mpw = $/kWh
param-effg = ASICの効率改善率
unit-effg = %/年
param-hl = ネットワーク調整の半減期
unit-hl = か月
param-pue = AI施設のPUE
unit-pue = ×
param-cap = 転換の設備投資
unit-cap = $M（IT 1 MWあたり）
param-cvin = 転換開始までの期間
unit-cvin = か月
param-conv = 転換に要する期間
unit-conv = か月
param-ramp = フル稼働までの立ち上げ期間
unit-ramp = か月
param-load = 平均IT負荷
unit-load = %（IT容量比）
param-share = 転換する拠点の割合
unit-share = %
param-firm = 安定供給電力のプレミアム
unit-firm = $/kWh
param-exit = 顧客の早期解約
unit-exit = %/年
param-back = 投資適格企業による裏付け
unit-back = %（収入比）
param-prep = 前払い
unit-prep = %（契約収入比）
param-wrnt = 案件で付与したワラント
unit-wrnt = $M
param-rent = 当初リース料
unit-rent = $/kW・月（IT）
param-esc = リース料の年次上昇率
unit-esc = %/年
param-noi = NOIマージン（修正グロス）
unit-noi = %
param-noin = NOIマージン（トリプルネット）
unit-noin = %
param-renew = 契約満了時の更新
unit-renew = %
param-tail = 契約後に算入する年数
unit-tail = 年
param-down = 再賃貸までの空室期間
unit-down = か月
param-refit = 期末の改修費
unit-refit = %（転換設備投資比）
param-comm = リース仲介手数料
unit-comm = %（契約賃料比）
param-gph = GPUレンタル価格
unit-gph = $/GPU・時
param-util = GPU稼働率
unit-util = %
param-gpmw = IT 1 MWあたりのGPU数
unit-gpmw = 個
param-gcap = GPUの設備投資
unit-gcap = $/GPU
param-glife = GPUの耐用年数
unit-glife = 年
param-gdec = GPU価格の下落率
unit-gdec = %/年
param-gopx = GPUクラウドのその他運営費
unit-gopx = %（収入比）
param-rig = 保証付き賃料の割引率
unit-rig = %/年
param-rown = テナント信用による賃料の割引率
unit-rown = %/年
param-rcon = 転換期間中の割引率
unit-rcon = %/年
param-rtail = 契約後の割引率
unit-rtail = %/年
param-rmine = マイニングのキャッシュの割引率
unit-rmine = %/年
param-dr = 一律の割引率
unit-dr = %/年
param-tax = 法人税率
unit-tax = %
param-bonus = ボーナス償却
unit-bonus = %（耐用年数5年・15年資産の取得費）
param-cseg = コスト・セグリゲーション
unit-cseg = %（転換設備投資比）
param-ltc = AI投資の借入比率
unit-ltc = %（費用比）
param-cpn = 金利
unit-cpn = %/年
param-dfee = 手数料・発行割引
unit-dfee = %（借入額比）
param-dten = 返済期間
unit-dten = 年
param-dsri = 準備金の運用利回り
unit-dsri = %/年
param-dsra = 元利金返済準備金
unit-dsra = か月
param-dscr = DSCRコベナント
unit-dscr = ×
param-coe = 株主資本コスト
unit-coe = %/年
param-vol = BTCのボラティリティ
unit-vol = %/年
param-hrsd = ハッシュレート成長の不確実性
unit-hrsd = pp/年
param-rho = 価格とハッシュレートの相関

## Switches and the real deals in the preset menu

toggle-net = ネットワークのハッシュレートがマイナーの利益率に応じて変動
toggle-mine = 切り替えまでマイニングを継続
toggle-relet = 顧客が早期解約したスペースを再賃貸
toggle-green = 拠点にマイニングマシンなし（グリーンフィールド）
toggle-nnn = トリプルネット・リース
toggle-tv = 契約後の年数を算入
toggle-onerate = 全キャッシュフローに一律の割引率
toggle-pretax = 税引前・借入なしの数値を表示
toggle-group = 損失をグループの他の所得と即時に通算
toggle-idc = 建設期間中の利息を借入元本に加算
toggle-sculpt = キャッシュフローに応じた返済（DSCR一定）
preset-today = 現在の市場（リース）
preset-csc = Core Scientific – CoreWeave（2024年）
preset-wulf = TeraWulf – Fluidstack（2025年）
preset-cifr-fs = Cipher – Fluidstack（2025年）
preset-hut8 = Hut 8 – Fluidstack（River Bend、2025年）
preset-hut8-bp = Hut 8 – Beacon Point（2026年）
preset-cifr = Cipher – AWS（2025年）
preset-riot-amd = Riot – AMD（Rockdale、2026年）
preset-iren = IREN – マイクロソフト向けGPUクラウド（2025年）
preset-iren-nvda = IREN – エヌビディア向けAIクラウド（2026年）

## シナリオで使われない入力とその理由

unused-input = { $label }（{ $value }）は{ $why }使われません
unused-kept = { $inputs }。各値は、再び適用されるときのために保持されます。
unused-why-no-miners = マイニングマシンのない拠点では（green=1）
unused-why-triple-net = トリプルネット・リースでは（nnn=1、独自の利益率を使用）
unused-why-not-triple-net = トリプルネット・リース以外では（nnn=1のときのみ使用）
unused-why-gpu-cloud = GPUクラウドでは（mode=gpu）
unused-why-lease = リースでは（GPUクラウドの入力：mode=gpu）
unused-why-contract-years-only = 契約後の年数を算入しない場合は（tv=1のときのみ使用）
unused-why-rate-for-each-risk = 一律の割引率を使わない場合は（onerate=1のときのみ使用）
unused-why-one-rate = 一律の割引率を使う間は（onerate=1）
unused-why-tenant-pays-power = リースでは（電力代はテナントが支払う）
unused-why-before-tax = 税引前では（pretax=1）
unused-why-before-tax-and-debt = 税引前・借入なしでは（pretax=1）
unused-why-no-tax = 法人税がない場合は（tax=0）
unused-why-nothing-borrowed = 借入がない場合は（ltc=0）
unused-why-no-reserve = 元利金返済準備金がない場合は（dsra=0）
unused-why-network-responds = ネットワークのハッシュレートが利益率に応じて変動する間は（net=1）
unused-why-network-fixed = ネットワークのハッシュレートが利益率に応じて変動しない場合は（net=1のときのみ使用）

## 入力欄自身の文言：入力値について、開始月、為替レート、プリセットの注記
typed-read-as = 「{ $typed }」を{ $value } { $unit }として読み取りました。「{ $marks }」はこの欄の単位ではありません。
typed-allowed = 入力できるのは{ $low }～{ $high } { $unit }です。{ $value }を使用します。
typed-whole-months = 本モデルは月単位で計算するため、{ $months }を使用します。
typed-whole-months-unit = 本モデルは月単位で計算するため、{ $value } { $unit }（{ $months }）を使用します。
typed-unread-separators = 「{ $typed }」を読み取れませんでした。この欄では数値を{ $example }のように入力してください（{ $locale }）。引き続き{ $now }を使用します。
typed-unread = 「{ $typed }」を数値として読み取れませんでした。引き続き{ $now }を使用します。
input-default = 初期値は{ $value } { $unit }。
input-methodology = 手法解説
input-reset-title = 初期値に戻す
controls-label = 入力項目
start-label = 開始月
start-before-data = 市場データは{ $earliest }時点のものです。評価はそれより前には開始できないため、{ $earliest }を使用します。
start-choose = { $earliest }～{ $latest }の月を選択してください。
fx-label = 1米ドルあたりのこの通貨の単位数
fx-unread = 「{ $typed }」はレートとして使用できません。1米ドルで買えるこの通貨の単位数を{ $low }～{ $high }の範囲で入力してください。
preset-from-deal = { $label }：案件に基づく（{ $why }）
preset-assumed = { $label }：仮定（{ $why }）
preset-none = なし：すべて現在の初期値
preset-set = { $sources }、{ $date }。プリセットが設定する値：{ $fields }。それ以外はすべて現在の初期値で、それぞれに出典があるか、仮定と明記している。

## リンク（またはこのブラウザーに保存されたシナリオ）で指定されたものの、そのとおりには使えなかった値：回答の上に表示する通知。リンクでの書き方のままの部分（=付きのキー、lease・gpu・none・key・all・light・dark・auto・cap・hp・0・1などの値、de-DE・en-USなどの言語タグ、通貨コード）は翻訳しない。
notice-name-mode = AI事業の形態
notice-name-start = 開始月
notice-as-of = { $label }の基準時点
notice-repeated-known = { $name }：このリンクでは{ $key }=が{ $count }回指定されています。順に読み取った結果、{ $used }を使用します
notice-repeated = このリンクでは{ $key }=が{ $count }回指定されています。使用するのは、そのうち使用できる最後の1つだけです
notice-unread-known = { $name }：{ $key }=はこのリンクの最初の{ $limit }項目より後にあるため、読み取っていません。{ $kept }のままにしています
notice-unread = 「{ $key }」はこのリンクの最初の{ $limit }項目より後にあるため、読み取っていません
notice-unread-more = このほか、このリンクの最初の{ $limit }項目より後にある{ $count }項目も読み取っていません
notice-mode = AI事業の形態：「{ $shown }」はleaseでもgpuでもないため、{ $kept }のままにしています
notice-start = 開始月：「{ $shown }」は{ $min }～{ $max }の月ではないため、{ $kept }のままにしています
notice-toggle = { $label }：「{ $shown }」は0でも1でもないため、{ $kept }のままにしています
notice-dated-future = { $label }：「{ $shown }」はこのビルド（{ $built }）より後の日付です。未来の市場データはありえないため、{ $kept }のままにしています
notice-dated = { $label }：「{ $shown }」は{ $min }～{ $max }の月ではないため、{ $kept }のままにしています
notice-number = { $label }：「{ $shown }」はリンクでの数値の書き方（数字のみで、小数点はピリオド。例：1.5、2000）になっていないため、{ $kept }のままにしています
notice-tiny = { $label }：{ $shown }は小さすぎて扱えないため、{ $used }として読み取りました
notice-outside = { $label }：{ $shown }は{ $min }～{ $max } { $unit }の範囲外のため、{ $used }を使用します
notice-whole-months = { $label }：{ $shown } { $unit }は月数にすると整数にならないため、{ $used }を使用します
notice-unknown = 不明なパラメーター「{ $key }」は無視しました
notice-start-early = 開始月{ $start }は最新の市場データ（{ $latest }）より前のため、{ $latest }を使用します
notice-model-unreadable = モデルのバージョン：「{ $shown }」はバージョン番号ではありません。このページのモデルは第{ $now }版です
notice-model-newer = モデルのバージョン：このリンクはモデル第{ $then }版で作成されたもので、このコピーの第{ $now }版より新しいため、リンクとともに引用された数値とは異なる場合があります。新しいモデルは、Webで公開されている計算ツールで使えます
notice-model-older = モデルのバージョン：このリンクはモデル第{ $then }版で作成されたものです。このページのモデルは第{ $now }版で、変更点は次のとおりです：{ $changes }。そのため、リンクとともに引用された数値とは異なる場合があります
model-change-2 = 各案件の価値を契約どおりに計上し、保有マシンは費用を賄える間だけ稼働させ、採算が合えば新しいマシンを購入
model-change-3 = 法人税と借入を算入し、転換すべき時期を提示
model-change-4 = 契約終了後の各選択肢の価値を算入し、各キャッシュフローをそのリスクに見合う市場の割引率で割引（第3版では一律10%の割引率）
model-change-5 = GPUクラウドのデータホールを、契約終了後はリースの建物と同様に市場賃料で再賃貸するものとして評価（第4版では価値ゼロ）
model-change-6 = GPUクラウドの次世代GPUの購入を、さらに次の世代まで見通し、評価期間の期末に残るGPUを結論と同じ方法で評価して判断（第5版では数か月しか使わないGPUを購入することがあった）
notice-currency = 通貨：「{ $shown }」は{ $codes }のいずれでもないため、米ドルで表示しています
notice-fx = 為替レート：「{ $shown }」は、1米ドルあたり{ $min }～{ $max }の範囲で小数点をピリオドで書いたレートではないため、初期値のレートを使用します
notice-fx-alone = 為替レート：レートは米ドル以外の通貨（currency=EUR…）を指定した場合にのみ適用されるため、無視しました
notice-map = 損益分岐マップ：「{ $shown }」はcapでもhpでもないため、横軸を転換の設備投資として表示しています
notice-charts-left-out = グラフ：「{ $shown }」は{ $names }のいずれでもないため、除外しました
notice-charts-default = グラフ：「{ $shown }」は{ $names }のいずれでもないため、初期設定のグラフを表示しています
notice-controls = 操作パネル：「{ $shown }」はnone、key、allのいずれでもないため、初期設定で表示しています
notice-theme = テーマ：「{ $shown }」はlight、dark、autoのいずれでもないため、閲覧者の設定に従います
notice-flag = { $flag }：「{ $shown }」は0でも1でもないため、0とみなします
flag-embed = 埋め込み
flag-locked = 閲覧のみ
flag-static = 静的
flag-plain = シンプル
flag-transparent = 透過
notice-locale = ロケール：「{ $shown }」はde-DEのような言語タグではないため、ブラウザーの設定を使用します
notice-pinned = 固定シナリオ：{ $notice }
notice-pinned-flag = 固定シナリオ：ref=の中にある{ $key }=は読み取りません。{ $why }
pinned-why-ref = 固定シナリオの中で、さらに別のシナリオを固定することはできません
pinned-why-locale = 固定シナリオはページの通貨とロケールで表示されます。{ $key }=はref=の中ではなく、ref=と並べて指定してください
pinned-why-display = 表示の設定はref=の中ではなく、ref=と並べて指定してください
notice-stored = このブラウザーに保存されている前回のシナリオ：{ $notice }
notice-stored-unreadable = このブラウザーに保存されている前回のシナリオは、このバージョンで読み取れる形式ではないため（「{ $shown }」）、初期値から始めます
notice-stored-saved = このブラウザーに保存されている前回のシナリオは、元の形のまま「{ $backup }」としてこのブラウザーの保存領域に保存しました
notice-stored-unsaved = このブラウザーに保存されている前回のシナリオは、このブラウザーの保存領域がいっぱいのため、元の形のまま保存できませんでした
notice-storage-full = このブラウザーの保存領域がいっぱいです。シナリオはページのアドレスに含まれていますが、次回のアクセス時には引き継がれません。
notice-locale-no-numbers = ロケール：このブラウザーは「{ $tag }」の形式で数値を表示できないため、en-USを使用します
notice-locale-unknown = ロケール：このブラウザーは「{ $tag }」に対応していないため、{ $used }を使用します
notice-locale-nearest = ロケール：このブラウザーにはロケール「{ $tag }」がないため、数値と月は{ $used }の形式で表記します
notice-calendar = 月：{ $tag }の暦は{ $calendar }ですが、ここでの月はモデルの数え方どおりグレゴリオ暦で、{ $tag }の形式で表記しています

## プリセットの注記と、プリセットが各入力値をその値に設定する理由（括弧内は出典の記号）
preset-note-today = 初期値では、100 MWの拠点を、実際の案件の当初リース料の中央値でAIテナントにリースする。
preset-note-csc = IT容量200 MW、12年、総額35億ドルで、平均約122ドル/kW・月に相当する。CoreWeaveは投資適格ではない。
preset-why-csc-mw = 受電容量はIT容量×PUEの初期値
preset-why-csc-yrs = 契約どおりの期間
preset-why-csc-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-note-wulf = IT容量200 MW（受電容量約250 MW）、10年、総額37億ドルで、平均約154ドル/kW・月に相当する。うち18億ドルをGoogleが保証し、見返りに4,100万株分のワラントを受け取る。
preset-why-wulf-mw = 受電容量約250 MW
preset-why-wulf-pue = IT容量200 MWに対し受電容量250 MW
preset-why-wulf-yrs = 契約どおりの期間
preset-why-wulf-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-wulf-cap = 会社見通しの建設費はIT容量1 MWあたり800万～1,000万ドル（R18）、その中間値
preset-why-wulf-back = 37億ドルのうち18億ドルをGoogleが保証（market-data §6）
preset-why-wulf-wrnt = 行使価格0.01ドルのワラント41,011,803個、2025年8月14日のWULF終値7.50ドルで1個あたり7.49ドル（W1）
preset-why-wulf-comm = 37億ドルの契約に対しCBREに支払う当初の仲介手数料3,000万ドル（W1）
preset-why-wulf-cpn = Lake Marinerの社債の金利7.750%（F1）
preset-note-cifr-fs = IT容量168 MW（受電容量244 MW）、10年、総額30億ドルで、平均約149ドル/kW・月に相当する。うち14億ドルをGoogleが保証し、見返りに2,400万株分のワラントを受け取る。
preset-why-cifr-fs-mw = 受電容量244 MW
preset-why-cifr-fs-pue = IT容量168 MWに対し受電容量244 MW
preset-why-cifr-fs-yrs = 契約どおりの期間
preset-why-cifr-fs-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-cifr-fs-cap = 建設費はIT容量1 MWあたり900万～1,100万ドル（S42）、その中間値
preset-why-cifr-fs-noi = 会社見通しのNOIは賃料の80～85%（R19）、その中間値
preset-why-cifr-fs-back = 30億ドルのうち14億ドルをGoogleが保証（market-data §6）
preset-why-cifr-fs-wrnt = ワラント24,178,576個、発表後のCIFR株価は12.20ドル前後（W2）
preset-why-cifr-fs-cpn = Barber Lakeの社債の金利7.125%（F3）
preset-note-hut8 = IT容量245 MW、15年のトリプルネット・リース、総額70億ドルで、平均約159ドル/kW・月に相当する。テナントの支払いはGoogleが保証する。
preset-why-hut8-mw = 受電容量はIT容量×PUEの初期値
preset-why-hut8-yrs = 契約どおりの期間
preset-why-hut8-green = グリーンフィールドのキャンパスで、拠点にマイニングマシンはない（R15）
preset-why-hut8-conv = 2025年12月に発表、最初のデータホールは2027年第2四半期（R15）
preset-why-hut8-esc = 年3%の上昇（R15）
preset-why-hut8-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-hut8-nnn = トリプルネット（R15）
preset-why-hut8-noin = 基本契約期間の総額70億ドルに対しNOIは69億ドル（R15）
preset-why-hut8-cap = 社債32億5,000万ドルから株主に還元した1億8,400万ドルを差し引き、IT容量245 MWで割った額（R1、R15）
preset-why-hut8-back = 15年の契約期間にわたりリース料の支払いをGoogleが保証（R15）
preset-why-hut8-cpn = River Bendの社債の金利6.192%（F4）
preset-why-hut8-ltc = 引受審査では費用の最大85%（F4）、なお社債32億5,000万ドルは準備金と株主に還元した1億8,400万ドルにも充当
preset-why-hut8-dten = 16.5年で全額を分割償還（F4）、ここでは契約期間に合わせて短縮
preset-note-hut8-bp = 投資適格のテナントに、IT容量352 MWを15年のトリプルネット・リースで貸す案件で、総額98億ドル、年次上昇率は3%。
preset-why-hut8-bp-mw = 受電容量はIT容量×PUEの初期値
preset-why-hut8-bp-yrs = 契約どおりの期間
preset-why-hut8-bp-green = ヌエセス郡のグリーンフィールドのキャンパスで、拠点にマイニングマシンはない（R16）
preset-why-hut8-bp-conv = 2026年5月に発表、最初のデータホールは2027年第3四半期（R16）
preset-why-hut8-bp-esc = 年3%の上昇
preset-why-hut8-bp-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-hut8-bp-nnn = トリプルネット、テイク・オア・ペイ
preset-why-hut8-bp-noin = 総額98億ドルに対しNOIは98億ドル（R16）
preset-why-hut8-bp-back = 投資適格のテナント
preset-why-hut8-bp-cpn = 借入の開示はなく、投資適格企業の裏付けがある唯一のデータセンター債であるRiver Bendの社債の金利6.192%を適用（R1）
preset-note-cifr = 300 MW、15年、総額55億ドルで、300 MWがIT容量であれば平均約102ドル/kW・月に相当する（IT容量かどうかは未確認）。
preset-why-cifr-mw = 300 MWをIT容量とみなし（未確認）、受電容量はIT容量×PUEの初期値
preset-why-cifr-yrs = 契約どおりの期間
preset-why-cifr-conv = 2025年11月に発表、賃料は2026年8月から（R20）
preset-why-cifr-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-cifr-back = 投資適格のAWSがテナント
preset-why-cifr-cpn = 借入の開示はなく、投資適格企業の裏付けがある唯一のデータセンター債であるRiver Bendの社債の金利6.192%を適用（R1）
preset-note-riot-amd = IT容量25 MW、10年、総額3億1,100万ドルで、平均約104ドル/kW・月に相当する。1 MWあたり360万ドルをかけた既存施設の改修。
preset-why-riot-amd-mw = 受電容量はIT容量×PUEの初期値
preset-why-riot-amd-yrs = 契約どおりの期間
preset-why-riot-amd-rent = プリセットの年次上昇率と立ち上げ期間の初期値のもとで、契約期間中に計上する賃料が案件の総額と等しくなるよう逆算
preset-why-riot-amd-cap = 改修の設備投資は1 MWあたり360万ドル
preset-why-riot-amd-noi = 10年間で総額3億1,100万ドルに対し、NOIは年約2,500万ドル（R17）
preset-why-riot-amd-conv = 2026年1月から5月にかけて既存の建物で引き渡し（R17）
preset-why-riot-amd-ramp = 2026年1月から5月にかけて引き渡し（R17）
preset-why-riot-amd-back = AMDを投資適格のテナントとみなす
preset-why-riot-amd-cpn = 借入の開示はなく、投資適格企業の裏付けがある唯一のデータセンター債であるRiver Bendの社債の金利6.192%を適用（R1）
preset-note-iren = IRENが保有するGPUの容量を、IT容量200 MW、5年、総額97億ドル（年約19億4,000万ドル）で提供する契約で、20%は前払いで支払われる。
preset-why-iren-mw = 受電容量はIT容量×PUEの初期値
preset-why-iren-yrs = 契約どおりの期間
preset-why-iren-gph = 全量契約済みとして、立ち上げ期間の初期値のもとで契約期間中の収入が97億ドルと等しくなるよう逆算
preset-why-iren-util = 全量契約済みで、すべてのGPU時間に対価が支払われる
preset-why-iren-gdec = 契約で固定された価格
preset-why-iren-gpmw = IT容量1 MWあたりGPU約570個、GB200クラス（S28）
preset-why-iren-gcap = IRENが200 MW向けに発注したGPU 58億ドル、すなわちIT容量1 MWあたり約2,900万ドル（S41）を570で割った額
preset-why-iren-glife = 出典によるGPUの耐用年数は4～6年、その中央値の5年（S35）
preset-why-iren-gopx = IRENの会社見通しどおり、EBITDAが収入の85%となる水準（S41）
preset-why-iren-prep = マイクロソフトが20%を前払い（S41）
preset-why-iren-back = 投資適格のマイクロソフトが顧客
preset-why-iren-cpn = IRENの社債の金利5.96%（F5）
preset-why-iren-ltc = 借入額が開示された36億5,000万ドル（社債21億ドルと遅延引出型ローン15億5,000万ドル）となるよう逆算（F5、R21）
preset-why-iren-dsra = 元利金返済準備金の開示なし（F5）
preset-why-iren-dscr = DSCRの最低水準は1.05倍（F5）
preset-note-iren-nvda = 5年間で総額34億ドルのAIクラウド契約で、エヌビディアは行使価格70ドルで3,000万株分のワラントを受け取る。
preset-why-iren-nvda-mw = 規模の発表はなく、IREN–マイクロソフト案件のIT容量1 MWあたり収入に合わせてIT容量70 MWと設定
preset-why-iren-nvda-yrs = 契約どおりの期間
preset-why-iren-nvda-gph = 全量契約済みとして、立ち上げ期間の初期値のもとで契約期間中の収入が34億ドルと等しくなるよう逆算
preset-why-iren-nvda-util = 容量に対する契約
preset-why-iren-nvda-gdec = 契約で固定された価格
preset-why-iren-nvda-gpmw = IT容量1 MWあたりGPU約570個、GB200クラス（S28）
preset-why-iren-nvda-gcap = IRENのマイクロソフト向け発注と同じく、IT容量1 MWあたり約2,900万ドル（S41）を570で割った額
preset-why-iren-nvda-glife = 出典によるGPUの耐用年数の中央値（S35）
preset-why-iren-nvda-gopx = IRENがマイクロソフト案件について示した会社見通しどおり、EBITDAが収入の85%となる水準（S41）
preset-why-iren-nvda-back = 投資適格のエヌビディアが顧客
preset-why-iren-nvda-wrnt = 計上しない：ワラントの価値は2026年5月時点のIRENの株価によるが、それを示す出典がない
preset-why-iren-nvda-ltc = この契約について借入の開示なし
