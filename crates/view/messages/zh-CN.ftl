# Wattsworth 的文案（简体中文）。原文为 en.ftl，语法见 en.ftl 开头的说明。

## The page around the answer

page-tagline = 一兆瓦电力值多少：挖比特币，还是托管AI？
page-language = 语言
preset-label = 从真实交易出发
preset-choose = 选择预设…
currency-label = 货币
currency-per-usd = 每1美元
inputs-key = 关键参数
inputs-more = 更多参数
input-source = 来源
input-assumption = 假设
input-as-of = 截至{ $date }
input-reset = 将{ $label }恢复为默认值
mode-lease = 出租给租户（$/kW·月）
mode-cloud = 运营GPU云（$/GPU·小时）
terms-summary = 术语释义
data-table = 数据表

## The verdict: one sentence, at most 32 words (90 characters in Japanese and Chinese)

verdict-none = 这处{ $mw } MW场地若完全不改造，结果不变：继续挖矿按现值计价值{ $mining }。
verdict-deal = { $terms }，自{ $start }起{ $mode ->
        [lease] 将这处{ $mw } MW场地出租用于AI
       *[cloud] 在这处{ $mw } MW场地运营GPU云
    }，按现值计，价值比{ $site ->
        [dark] 任其闲置
       *[mining] 继续挖矿
    }{ $sign ->
        [gain] 高出
       *[loss] 低
    }{ $value }。
verdict-lease = 将这处{ $mw } MW场地出租给AI租户而不再挖矿，按现值计，价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }；继续挖矿则价值{ $mining }。
verdict-lease-part = 将这处{ $mw } MW场地的{ $share }出租用于AI、其余继续挖矿，按现值计，价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }；全部挖矿则价值{ $mining }。
verdict-cloud = 在这处{ $mw } MW场地运营GPU云而不再挖矿，按现值计，价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }；继续挖矿则价值{ $mining }。
verdict-cloud-part = 以这处{ $mw } MW场地的{ $share }运营GPU云、其余继续挖矿，按现值计，价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }；全部挖矿则价值{ $mining }。
verdict-lease-dark = 将这处{ $mw } MW场地出租给AI租户，按现值计，价值比闲置{ $sign ->
        [gain] 高出
       *[loss] 低
    }{ $value }。
verdict-lease-part-dark = 将这处{ $mw } MW场地的{ $share }出租用于AI，按现值计，价值比闲置{ $sign ->
        [gain] 高出
       *[loss] 低
    }{ $value }。
verdict-cloud-dark = 在这处{ $mw } MW场地运营GPU云，按现值计，价值比闲置{ $sign ->
        [gain] 高出
       *[loss] 低
    }{ $value }。
verdict-cloud-part-dark = 以这处{ $mw } MW场地的{ $share }运营GPU云，按现值计，价值比闲置{ $sign ->
        [gain] 高出
       *[loss] 低
    }{ $value }。

## Whose terms a deal's verdict is on (one per preset), and a deal's caveat

terms-today = 按当前市场条件
terms-csc = 按Core Scientific的合同条件
terms-wulf = 按TeraWulf的合同条件
terms-cifr-fs = 按Cipher与Fluidstack协议的条件
terms-hut8 = 按Hut 8 River Bend项目的条件
terms-hut8-bp = 按Hut 8 Beacon Point项目的条件
terms-cifr = 按Cipher与AWS协议的条件
terms-riot-amd = 按Riot与AMD协议的条件
terms-iren = 按IREN与微软协议的条件
terms-iren-nvda = 按IREN与英伟达协议的条件
caveat-cifr = 300 MW视为IT容量
caveat-iren-nvda = 规模为假设

## The verdict's basis: the line under it

tax-after = 税后
tax-none = 税率0%，不计税
basis-pre-tax = 税前，无债务
basis-no-debt = { $tax }，无债务
basis-no-loan = { $tax }，在{ $cover }的偿债覆盖率（DSCR）要求下无法借款
basis-borrowed = { $tax }，借款比例{ $share }
basis-borrowed-at = { $tax }，借款比例{ $share }，利率{ $coupon }
rates-one = 所有现金流按{ $rate }折现
rates-ai = { $what ->
        [rent] 租金
       *[gpu] GPU收入
    }按{ $rent }折现
rates-ai-mining = { $what ->
        [rent] 租金
       *[gpu] GPU收入
    }按{ $rent }折现，挖矿按{ $mining }折现
after-none = 仅计合同期
after-years = 计入合同期满后{ $years }年
basis = { $short }；{ $rates }；{ $after }；合同期{ $from }至{ $to }。
basis-start = { $short }；{ $rates }；{ $after }；合同期{ $from }至{ $to }；假设自{ $start }起始。
basis-start-caveat = { $short }；{ $rates }；{ $after }；合同期{ $from }至{ $to }；假设自{ $start }起始；{ $caveat }。

## What the verdict's words mean

term-today = 按现值计
term-today-gloss = 未来的现金放到今天值多少：越往后的年份，其现金折算得越少（即今天的价值，或称净现值）。
term-rates = 折现率
term-rates-gloss = 折算少多少：每种风险对应一个年化折现率。有投资级公司兜底的租金最稳妥；仅凭租户自身信用的租金次之；随比特币价格波动的挖矿现金流最不确定（见方法说明第1节）。
term-borrowed = 借款比例
term-borrowed-gloss = 改造成本中以贷款支付的比例，上限为贷款方对现金流与还款之比的要求（偿债覆盖率）所允许的水平。
term-after = 合同期满后
term-after-lease-gloss = 合同期满后，建筑可以再次出租：计入此后的年份，并扣除翻新费用。
term-after-cloud-gloss = 合同期满后，机房可以再次出租：计入此后的年份并扣除翻新费用，同时计入仍在使用的GPU的价值。

## Who is ahead, in a few words

ahead-converting = 改造领先{ $value }
ahead-mining = 挖矿领先{ $value }

## The verdict's chart: each path's value today

chart-value = 各方案的现值，逐月变化
value-takeaway = 改造使价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }：即两条线终点之间的差距。
value-takeaway-after = 改造使价值{ $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }：即两条线终点之间的差距。最后一个月的跳变是各方案在合同期满后的价值。
value-describe = 折线图，显示各方案的现值自{ $start }起{ $span }内的逐月累计，每月现金按各自的折现率折现：继续挖矿最终为{ $mining }，改造为{ $converting }；两者之差即结论中的数字。
value-axis-x = 自起始的年数
value-axis-y = 现值，累计
value-band = 改造
value-gap = { $sign ->
        [gain] 增加
       *[loss] 减少
    }{ $value }
key-converting = 改造
key-mining-on = 继续挖矿
key-left-dark = 闲置

## Language notices

language-unknown = 语言：本页不支持“{ $asked }”，现以{ $shown }显示
language-missing = 部分语句尚未译成{ $shown }，暂以英文显示
language-unreachable = 无法加载{ $shown }文本，现以英文显示
cite = Wattsworth { $version }，模型第{ $model }版，市场数据截至{ $data }，构建于{ $built }。{ $title } { $link }（访问于{ $accessed }）
picture-open = 用此情景打开计算器
language-partial = 答案以下的部分内容仍为英文。
sourced = 默认值来自注明日期和出处的数据{ $deals }；无出处的数值标为假设。
sourced-deals = （交易：{ $years }年）
embed-open-full = 用此情景打开完整计算器 ↗

## Spans of time and a chart's year ticks

span-months = { $months }个月
span-years = { $years }年
span-years-months = { $years }年{ $months }个月
tick-years = { $years }年

## How sure: the inputs within whose span the answer turns the other way

sure-holds = 结论可靠性：{ $sourced }项有来源的参数各在来源给出的范围内、{ $assumed }项假设各在本测算假定的范围内逐一变动，结论均不改变。
sure-turns = 结论可靠性：若{ $groups }，结论会反转。
sure-turns-more = 结论可靠性：若{ $groups }，结论会反转；另有{ $count }项参数亦是如此。
sure-group-sourced = { $names }在来源给出的范围内变动
sure-group-between = { $names }在来源给出的范围与当前设定值之间变动
sure-group-assumed = { $names }在本测算假定的范围内变动
sure-groups-2 = { $a }，或{ $b }
sure-groups-3 = { $a }，或{ $b }，或{ $c }
sure-named = { $label }（{ $range }；{ $even }）
sure-even-1 = 盈亏平衡点为{ $a }
sure-even-2 = 盈亏平衡点为{ $a }和{ $b }
sure-even-3 = 盈亏平衡点为{ $a }、{ $b }和{ $c }
sure-even-many = 在{ $first }至{ $last }之间有{ $count }个盈亏平衡点
sure-outside = { $level }（超出范围）
sure-years = { $years }年
list-2 = { $a }或{ $b }
list-3 = { $a }、{ $b }或{ $c }

## Why miners convert: what each business earns, and what investors pay for it

why-none = 此处不做任何改造：整个场地继续挖矿。
why-lease = 租赁合同每年为业主带来{ $ebitda }的息税折旧前利润{ $prepaid }{ $once }，自{ $from }起为期{ $years }，{ $backed }，合同期满后建筑还可再次出租。
why-cloud = GPU合同每年带来{ $ebitda }的息税折旧前利润{ $prepaid }{ $once }，自{ $from }起为期{ $years }，{ $backed }，但GPU在合同期内就会损耗殆尽。
why-prepaid = （另有{ $share }%的收入为预付款，于收到时计入）
why-once = （自{ $month }满负荷运行起）
why-years = { $years }年
why-backed-all = 由投资级公司兜底
why-backed-part = 其中{ $share }%由投资级公司兜底
why-backed-none = 仅凭租户自身信用
why-mining-dark = 该场地没有矿机：若无此交易，场地将一直闲置。
why-mining-never = 此处挖矿始终无法覆盖运营成本：{ $months }个月中矿机一个月也不运行。
why-mining = 挖矿自{ $first }起一年的息税折旧前利润为{ $ebitda }{ $halving }；{ $months }个月中矿机运行{ $on }个月。
why-halving = ，但{ $month }的减半会使算力收益（Hashprice）从{ $before }降至{ $after }
why-miners = 此处挖矿业务的{ $span }
why-miners-none = 别无收益来源的场地
why-market-lease = 投资者给上市数据中心业主的估值为20至25倍EV/EBITDA，给矿企的为5至12倍：照此估算，出租的机房价值{ $converted }，对比{ $miners }，改造成本为{ $cost }——这是与上文现值不同的另一视角。
why-market-cloud = 投资者给主机托管与GPU云业务的估值为每MW IT容量800万至1,900万美元股权价值，给矿企的为5至12倍EV/EBITDA：照此估算，GPU云业务价值{ $converted }，对比{ $miners }，改造成本为{ $cost }——这是与上文现值不同的另一视角。

## Whether waiting pays

when-wait = 时机：改造若不立即启动，而推迟到{ $best }{ $edge }，价值可再增加{ $more }（相对继续挖矿为{ $against }）。
when-wait-from = 时机：改造若不在{ $set }启动，而改在{ $best }{ $edge }，价值可再增加{ $more }（相对继续挖矿为{ $against }）。
when-latest = ，即测算范围内最晚的起始月份

## Around the answer

why-summary = 矿企为何转型
others-summary = 其他计算口径
others-another = 另一视角：
figures-summary = 每kWh收入、回收期、贷款与股东回报
figures-value-today = { $path }的现值
figures-kwh-mining = 挖矿{ $unit }（按容量计）
figures-kwh-ai = AI{ $unit }（按容量计）
copy-sentence = 复制此句
copy-done = 已复制：结论语句及其依据和注意事项、关键参数和链接。
pin-on = 固定此情景以便比较
pin-off = 取消固定参照情景
pin-note = 图表以浅色虚线显示已固定的情景；链接会保留该情景。
notices-title = 部分数值未按所填使用：
notices-more = 另有{ $count }项
notices-dismiss = 关闭
caution = 注意：
embed-title = 挖比特币，还是托管AI？

## The other charts' titles

chart-cash = 另一视角：未折现的现金
chart-annual = 每MW年度EBITDA，及扣除税款和利息后的留存
chart-cover = AI方案能否承担其债务？现金与还本付息之比
chart-kwh = 每kWh收入：挖矿、AI租赁、GPU云
chart-tornado = 对结论影响最大的因素
chart-map = 盈亏平衡图：改造胜出的区域
chart-fan = 不确定性下的挖矿与有合同保障的AI方案
chart-when = 何时改造：各起始月份的结论

## The inputs' sections, their counts, and the compact summary's note

group-site = 场地
group-mining = 比特币挖矿
group-network = 比特币网络
group-ai = AI托管
group-lease = 租赁
group-gpu = GPU云
group-finance = 折现率与风险
group-tax = 税务
group-debt = 债务
inputs-defaults = { $shown }项参数，均为默认值
inputs-changed = { $shown }项参数，其中{ $changed }项已修改
moved-none = 调整任一参数，其影响将显示在此处。
moved-many = { $first }及另外{ $count }项参数
moved-favour = { $what }：{ $side ->
        [converting] 改造
       *[mining] 挖矿
    }一方的相对优势增加{ $value }
moved-both = { $what }：两种方案的价值均变动{ $change }，差距不变
moved-nothing = { $what }：两种方案的价值均无变化
input-typed = { $label }（手动输入）
input-typed-unit = { $label }（单位：{ $unit }，手动输入）

## Sharing, the footer

skip = 跳至控制区
share-copy-link = 复制链接
share-cite = 引用本页
share-embed = 嵌入本页
share-csv = 下载数据（CSV）
share-notes = 数据说明（JSON）
share-notes-title = 各列的内容与单位、参数、来源、日期及注意事项（Frictionless Data格式）
share-link-copied = 链接已复制。
share-citation-copied = 引用信息已复制。
share-csv-done = 数据已下载：{ $file }。
share-notes-done = 说明文件已下载：{ $file }对应的datapackage.json；请将两者放在同一文件夹中。
share-refused = 此处无法自动复制：请选中文本后手动复制。
foot-sources = 所有数字均可追溯至注明日期的引用来源，或已标注为假设。
foot-methodology = 方法说明、公式与来源
foot-private = 完全在您的浏览器中运行：不会向任何地方发送数据。
foot-version = Wattsworth { $version }，构建于{ $built }。
foot-offline = 下载离线版
foot-offline-note = （单个HTML文件，无需联网即可使用）。

## Other ways to count it, revenue per kWh, and the details under the answer

end-contract-only = 仅计合同期、不计合同期满后的任何价值：{ $ahead }。
end-lease = 计入合同期后{ $years }年（续约或按市场租金再次出租）：{ $ahead }。
end-cloud = 计入合同期后{ $years }年（机房按市场租金再次出租）及仍在使用的GPU的价值：{ $ahead }。
ahead-converting-lower = 改造领先{ $value }
ahead-mining-lower = 挖矿领先{ $value }
bases-pre = 税后：无债务时为{ $after }，有债务融资时为{ $financed }。
bases-after = 税前：{ $pre }。
bases-financed = 税前、不计债务：{ $pre }；税后、无债务：{ $after }。
kwh = 按每kWh电网容量计，在AI运营的第一个完整年度（自{ $from }起），AI的收入是挖矿总收入的{ $multiple }（未计任何资本开支）——{ $holds }；{ $claim }。
kwh-holds = “最高25倍”的说法在此成立
kwh-not = 未达25倍
kwh-claim-at = GPU云的价格达到{ $price }/GPU·小时或以上时可达到25倍（价格截至{ $date }，利用率{ $utilisation }%，每MW IT容量{ $gpus }块GPU）
kwh-claim-never = 不出售任何GPU小时的GPU云，在任何价格下都达不到25倍
details-none = 未做任何改造，因此没有投资回收期、回报率或贷款可言。
rates-loan-same = { $rates }，贷款同样按{ $loan }折现
rates-loan-market = { $rates }，贷款按与其信用相符的市场利率{ $loan }折现
payback-at-end = 按折现现金流（{ $on }；{ $rates }）计算，改造须计入合同期满后的价值才能收回投资，该价值计在最后一个月（起始后{ $span }）。
payback = 按折现现金流（{ $on }；{ $rates }）计算，改造的投资回收期为{ $span }。
payback-never = 按折现现金流（{ $on }；{ $rates }）计算，改造无法收回投资。
irr-equity = 改造的股权IRR：业主最多投入{ $equity }，回报率为{ $irr }，股权成本为{ $cost }（按此折现，业主现金流的现值为{ $value }）。
irr-pre-tax = 改造的IRR（内部收益率，税前）：{ $irr }。
irr-after-tax = 改造的IRR（内部收益率，税后）：{ $irr }。
irr-above-100 = 年化超过100%
irr-a-year = 年化{ $rate }%
hurdle-equity = { $cost }的股权成本
hurdle-contract = 与合同信用相符的{ $rate }折现率
irr-withheld = 不列示IRR：{ $why }。
irr-no-outlay = 改造在任何月份的支出都不高于挖矿，因此没有可据以计算回报率的投入
irr-gains-first = 改造先获益、后付出成本，回报率无法描述这种情形
irr-odd = 改造现金流的年化回报为{ $rate }%，但这与按{ $hurdle }计算的价值不相吻合
irr-none-balances = 月利率在−99.99%至+10,000%之间，没有任何比率能使两种方案现金差额的现值归零
irr-many-signs = 两种方案的现金差额不止一次改变正负，没有单一比率能够描述
debt-none = 债务：无；没有任何贷款能满足{ $cover }的DSCR约定下限。
debt-share = 成本的{ $share }
debt-share-sized = 成本的{ $share }：即{ $cover }的DSCR约定下限所允许的上限，原拟{ $asked }
debt-lowest-sized = { $lowest }（约定下限为{ $cover }）
debt-coupon-market = 贷款利率{ $coupon }即与其信用相符的市场利率
debt-coupon-value = 贷款利率{ $coupon }{ $side ->
        [below] 低于
       *[above] 高于
    }{ $rate ->
        [one] 统一折现率
       *[market] 与其信用相符的市场利率
    }{ $market }，{ $with ->
        [reserve] 计入费用和储备金后
       *[fees] 计入费用后
    }，在不计利息抵税效应的情况下，这笔贷款对业主的价值为{ $value }
debt = 债务：借款{ $borrowed }（{ $share }），{ $from }至{ $to }偿还；偿债覆盖率（DSCR）最低为{ $month }的{ $lowest }，平均{ $average }；{ $value }。
network-responds = 全网算力随矿工利润率变化，会把偏高的算力收益拉回
network-fixed = 全网算力无论利润率如何均每年增长{ $growth }%
breakeven-hp = 挖矿需要算力收益（Hashprice）达到{ $price }/PH/s/day（按{ $date }水平计；{ $network }）才能与改造持平。
breakeven-hp-record = 挖矿需要算力收益（Hashprice）达到{ $price }/PH/s/day（按{ $date }水平计；{ $network }）才能与改造持平，高于{ $record }的历史纪录（2021年）。
breakeven-hp-none = 算力收益（Hashprice）即使高达{ $top }/PH/s/day，挖矿也无法与改造持平（{ $network }）。
breakeven-hp-never = 算力收益（Hashprice）在{ $low }至{ $top }/PH/s/day之间的任何水平，改造都会亏损：亏损源于AI业务本身，与挖矿收益无关。
running-dark = 该场地没有矿机：若不改造，将一直闲置。
running-never-end = 此处矿机始终无法覆盖电费和运营成本，因此一直停机：挖矿的价值仅为期末场地及其矿机的变现所得。
running-never = 此处矿机始终无法覆盖电费和运营成本，因此一直停机，挖矿价值为{ $zero }。
running-some = 自有矿机在{ $months }个月中运行{ $on }个月：当月收入能覆盖电费及其他运营成本时才运行。
valued = 估值期为{ $first }至{ $last }；合同期为{ $cutover }至{ $last }。
warn-no-debt = 没有任何贷款能满足{ $cover }的DSCR约定下限：在某些月份，AI方案的现金按此倍数连任何还本付息都无法覆盖，因此测算不借款。
warn-network-held = 按所填参数，自{ $from }起全网算力将缩小到不足本场地矿机算力的两倍：模型将其维持在该水平，因为模型无法为足以左右算力收益的矿工定价。
warn-hashprice-beyond = 算力收益（Hashprice）在每PH/s每日{ $low }至{ $high }之间，超出历史区间（历史纪录为{ $record }，2021年）。
warn-hashprice-beyond-still = 算力收益（Hashprice）在每PH/s每日{ $low }至{ $high }之间，超出历史区间（历史纪录为{ $record }，2021年）：全网算力响应已关闭，算力不随利润率变化。
warn-value-beyond = 某一方案的价值超过1万亿美元：所填参数不对应任何真实场地。
warn-fleet-share = 本场地矿机最多将占全网算力的{ $share }%；模型却假定该矿工规模太小，不足以左右算力收益。
warn-credits-exceed = 限电补偿的收入超过挖矿本身的收入：这更像电力交易商，而不是矿工。
warn-nothing-converted = 场地没有任何部分被改造：两个方案完全相同。
warn-ramp-outlasts = 合同在场地达到满负荷之前就已结束。

## The cash chart, the yearly earnings and the debt's cover

cash-pre-tax = 税前现金
cash-after-tax = 税后现金
cash-financed = 税后及还本付息后现金
cash-same = 未做任何改造，两种方案的现金相同。
cash-discounted-ahead = 折现后，改造仍然领先。
cash-discounted-behind = 折现后，改造无法收回投资。
cash-when-end-values = ，但须计入合同期满后的价值（计在最后一个月）才能实现：在此之前挖矿领先{ $behind }
cash-when-last = ，且直到最后一个月（起始后{ $span }）才实现
cash-when-after = ，自起始后{ $span }起持续领先
cash-ai-ends = 按{ $cash }的累计值（未折现）计算，AI方案最终领先挖矿{ $value }{ $when }。
cash-mining-ends = 按{ $cash }的累计值（未折现）计算，挖矿最终领先AI方案{ $value }。
annual-ebitda = 第{ $year }年，AI方案每MW的EBITDA为{ $ai }，挖矿为{ $mining }。
annual-kept = 扣除税款后，AI方案留存{ $ai }，挖矿留存{ $mining }。
annual-kept-financed = 扣除税款和利息后，AI方案留存{ $ai }；挖矿扣除税款后留存{ $mining }。
cover-none = 未借款，因此没有需要覆盖的债务。
cover-no-loan = 没有任何贷款能满足{ $cover }的DSCR约定下限：在某些月份，现金按此倍数连任何还本付息都无法覆盖。
cover-sized = 贷款规模按偿债覆盖率始终不低于{ $cover }的DSCR约定下限确定：为成本的{ $share }，而非原拟的{ $asked }；覆盖率最低出现在{ $month }。
cover-above = 偿债覆盖率始终不低于{ $lowest }（最低点在{ $month }），DSCR约定下限为{ $cover }。

## The analyses' charts: takeaways, descriptions, tables and labels

takeaway-kwh = 按每kWh容量计，在AI运营的第一个完整年度，出租的收入是挖矿收入的{ $lease }，GPU云为{ $gpu }；“最高25倍”的说法指的是GPU云，且未计GPU资本开支。
tornado-none = 这些参数都不会改变结论。
tornado-most = 对结论影响最大的是{ $label }：从{ $from }变动到{ $to }时，改造与挖矿之差从{ $low }变为{ $high }。
tornado-left-out = { $count }项无影响的参数未列入图中。
left-out = { $count }项无影响的参数未列出
smaller-in-table = 影响较小的{ $count }项参数见表格
smaller-dead-in-table = 影响较小的{ $count }项参数及无影响的{ $dead }项参数见表格
per-kw-month = /kW·月
per-gpu-hour = /GPU·小时
map-at = { $label }为当前的{ $value }时
map-here = 在此条件下
map-above = { $at }，只要AI价格高于{ $rate }，改造即胜过挖矿。
map-ai-always = { $at }，在测算范围内的任何AI价格下，改造都胜过挖矿。
map-mining-always = { $at }，在测算范围内的任何AI价格下，挖矿都胜过改造。
takeaway-fan = 在{ $paths }条模拟的BTC价格与全网算力路径中，有{ $share }%的路径AI方案最终净现值更高——AI一方按设定保持不变：除提前退租率外无租户违约，无成本超支，无工期延误。
when-none = 未做任何改造：无需权衡起始时间。
when-now = 立即
when-in = 在{ $month }
when-loses = 从现在到{ $last }，无论何时启动，改造都会亏损；亏损最小（{ $loss }）的是在{ $best }启动。
when-later-loses-more = 启动越晚，亏损越大。
when-best-set = 按设定{ $set }启动改造即为最佳时机：相对继续挖矿为{ $value }。
when-best-other = 最佳起始时间为{ $best }：相对继续挖矿为{ $value }；若按设定{ $set }启动，则为{ $at-set }。
when-best = 最佳起始时间为{ $best }：相对继续挖矿为{ $value }。
when-best-mark = { $month }（最佳）
business-lease = 出租给AI租户
business-cloud = 运营GPU云
describe-range = { $low }至{ $high }
describe-no-data = 无数据
describe-cash = 折线图，显示{ $cash }（未折现）自{ $start }起{ $span }内的逐月累计：挖矿为{ $mining }，{ $ai }为{ $converting }。
describe-annual = 图表，显示评估期内每年每MW电网容量的EBITDA：挖矿为{ $mining }，{ $ai }为{ $converting }。
describe-cover = 折线图，显示AI方案可用于偿债的现金与还本付息之比，自{ $from }至{ $to }逐月变化：最低{ $lowest }，平均{ $average }，虚线为{ $cover }的DSCR约定下限。
describe-cover-none = 无偿债覆盖率图表：此情景未借款。
describe-kwh = 横向条形图，显示每kWh电网容量的总收入：挖矿{ $mining }，AI租赁{ $lease }，GPU云{ $gpu }，并在挖矿的25倍处标记。
describe-tornado = 横向条形图，按影响从大到小排列：其他参数不变、某一参数从低值变到高值时，AI优势的变动幅度。
describe-map = 热力图，显示AI优势随两项参数的变化（横轴为改造资本开支或算力收益，纵轴为AI价格），改造胜出与挖矿胜出的区域以不同颜色区分，盈亏平衡处画线，当前取值处做标记。
describe-fan = 色带图，显示挖矿累计现金在{ $paths }条比特币价格与全网算力模拟路径中的分布（第5至95百分位、第25至75百分位，中位数为线），并与AI方案的线对比。
describe-when = 折线图，显示从现在到十年后每个可能启动改造的月份对应的AI优势（每个起始月份按各自的评估期估值：此前的挖矿、改造和整个合同期），最佳起始月份以圆点标出。
col-year = 年份
col-value-so-far = { $path }的累计现值
col-mining-cumulative = 挖矿累计
col-ai-cumulative = AI累计
col-mining-revenue-mw = 挖矿收入/MW
col-mining-ebitda-mw = 挖矿EBITDA/MW
col-mining-tax-mw = 挖矿税款/MW
col-ai-revenue-mw = AI收入/MW
col-ai-ebitda-mw = AI EBITDA/MW
col-ai-tax-mw = AI税款/MW
col-ai-debt-mw = AI还本付息/MW
col-debt-service = 还本付息
col-lowest-cover = 最低覆盖率
col-average-cover = 平均覆盖率
col-business = 业务
col-per-kwh-grid = $/kWh（电网容量）
col-per-kwh-it = $/kWh（IT容量）
col-times-mining = 为挖矿的倍数
row-mining = 挖矿
row-ai-lease = AI租赁
row-gpu-cloud = GPU云
col-input = 参数
col-low = 低值
col-gap-low = 低值时AI−挖矿
col-high = 高值
col-gap-high = 高值时AI−挖矿
col-mining-p5 = 挖矿p5
col-mining-p50 = 挖矿p50
col-mining-p95 = 挖矿p95
col-ai = AI
col-starts = 改造起始
col-months-from-now = 距今月数
col-gap = AI−挖矿
ck-mining = 挖矿
ck-ai = AI
ck-mining-pinned = 挖矿（已固定）
ck-ai-pinned = AI（已固定）
ck-axis-cumulative = 累计净现金
ck-payback = 折现回收期
ck-mining-ebitda = 挖矿EBITDA
ck-ai-ebitda = AI EBITDA
ck-mining-kept = 挖矿税后
ck-ai-kept = AI税后
ck-ai-kept-financed = AI税后及利息后
ck-axis-year = 评估期年份
ck-axis-per-mw = 每MW每年
ck-no-loan = 没有贷款能满足约定下限。
ck-nothing-borrowed = 未借款。
ck-covenant = 约定下限{ $cover }
ck-axis-cover = 偿债覆盖率
ck-mining-p50 = 挖矿中位数
ck-converting-then = 届时改造
ck-axis-starts = 改造起始（距今年数）
ck-axis-adds = 改造增加的价值（按现值计）
ck-best = 最佳：{ $month }
ck-smallest-loss = 亏损最小：{ $month }
ck-times-mining = （挖矿的{ $times }）
ck-axis-kwh = 每kWh电网容量收入
ck-input-low = 参数低值
ck-input-high = 参数高值
ck-mining-ahead = 挖矿领先
ck-ai-ahead = AI领先
ck-break-even-line = 盈亏平衡（线）

## Embedding, the printed sheet, the charts' downloads

embed-charts = 图表（未勾选则显示现值图）
embed-chart-value = 现值（结论）
embed-chart-cash = 未折现的现金
embed-chart-annual = 年度EBITDA
embed-chart-kwh = 每kWh收入
embed-chart-tornado = 影响结论的因素
embed-chart-map = 盈亏平衡图
embed-chart-fan = 不确定性下的挖矿
embed-chart-cover = 偿债覆盖率
embed-chart-when = 何时改造
embed-controls = 控件
embed-controls-none = 无
embed-controls-all = 全部参数
embed-theme = 主题
embed-theme-auto = 跟随读者设置
embed-theme-light = 浅色
embed-theme-dark = 深色
embed-locked = 只读（无控件）
embed-look = 外观
embed-static = 静态：仅显示结论语句和图片
embed-plain = 简洁：无标题和页脚（请在您的页面上注明出处和日期）
embed-transparent = 透明：使用您页面的背景
embed-lang-browser = 跟随每位读者的浏览器
embed-paste = 将以下代码粘贴到您的文章中（高度自动适应内容）：
embed-copy-code = 复制嵌入代码
embed-code-copied = 嵌入代码已复制。
embed-iframe = 如不允许运行脚本，可使用以下iframe（高600 px：先显示结论和图表，其余部分可滚动）：
embed-copy-iframe = 复制iframe代码
embed-iframe-copied = iframe代码已复制。
embed-picture = 如完全不能运行脚本（印刷品、AMP、存档），可将结论语句及其图表作为图片使用，并附日期和出处：
embed-copy-picture = 复制图片代码
embed-picture-copied = 图片代码已复制。
embed-preview-at = 预览宽度
embed-preview-phone = 320 px（手机）
embed-preview-article = 640 px（文章）
embed-preview-full = 全宽
sheet-input = 关键参数
sheet-value = 数值
sheet-source = 来源与日期
sheet-every = 全部参数、公式与来源：
sheet-made = Wattsworth { $version }（构建于{ $built }），一款开放的计算器。如以美元以外的货币显示，金额均由美元换算。
chart-downloaded = 已下载{ $file }。
chart-not-drawn = 无法生成{ $format }。
chart-download = 将“{ $title }”下载为{ $format ->
        [PNG] PNG图片
       *[SVG] SVG图片
    }
map-across = 横轴
methodology-summary = 方法说明：公式、单位、来源及未建模的内容
ki-start = 起始时间
ki-default = 默认值
ki-reader = 由用户设定
ki-reader-default = 由用户设定（默认值{ $default }：{ $source }）

## A chart's notes when exported, the market data's dates, a pinned scenario's comparison

kp-start = 起始时间{ $month }
kp-power = 电价{ $price }/kWh（截至{ $date }）
kp-hashprice = 算力收益（Hashprice）{ $price }/PH/s/day（截至{ $date }）
kp-lease = 租金{ $price }/kW·月（按IT容量计）
kp-gpu = GPU云{ $price }/GPU·小时
kp-gpu-capex = GPU资本开支每块{ $cost }
kp-capex = 改造资本开支每MW IT容量{ $cost }
kp-contract = 合同期{ $years }年
kp-rates = 租金按{ $rent }折现，挖矿按{ $mining }折现
kp-all = 关键参数：{ $parts }。
kp-others = 其他关键参数：{ $parts }。
note-basis = 计算依据：{ $basis }
note-answer = 结论：{ $verdict }
note-scenario = { $data }情景：{ $link }
note-made = Wattsworth { $version }（构建于{ $built }），一款开放的计算器：所有公式、参数和来源均载于方法说明；无来源的数值已标注为假设。
data-hashprice = 算力收益
data-fees = 交易手续费
data-difficulty = 挖矿难度
data-btc-price = BTC价格
data-gpu-price = GPU租赁价格
data-power-price = 电价
market-as-of = 市场数据截至{ $date }（{ $with }）{ $others }{ $stale }。
market-as-of-brief = 市场数据截至{ $date }{ $stale }。
market-stale = （比本次构建早{ $days }天）
compare-figure = { $name }：固定时{ $pinned } → 当前{ $now }（{ $change }）
compare-advantage = AI优势
compare-mining = 挖矿净现值
compare-ai = AI净现值
compare-business = AI业务模式
compare-on = 开
compare-off = 关
compare-none = 各项参数均无差异。
compare-changed = 已更改：{ $list }。
dp-revenue = 收入：销售收入，挖矿另含限电补偿。
dp-power-cost = 从电网取用电力的成本。
dp-other-opex = 电费以外的运营成本。
dp-capex-net-of-sales = 资本开支，扣除出售设备所得后的净额：出售多于购入时为负值（如切换时出售的ASIC矿机）。
dp-end-value = 评估期末计入的价值（租赁业务的退出价值、ASIC及GPU残值）；未计入期末价值时为零。
dp-grid-energy = 从电网取用的电量。
dp-tax-paid = 已缴所得税；按税前口径为零。
dp-borrowed-net-of-fees = 实际收到的贷款资金，为扣除费用及发行折价后的净额（借款总额见附注）；仅适用于含贷款的口径。
dp-interest-paid = 以现金支付的利息（计入贷款本金的利息不在其内）。
dp-principal-repaid = 偿还的贷款本金。
dp-debt-reserve-flow = 偿债储备金：存入时为负值，返还时为正值。
dp-ebitda = EBITDA：收入减去电费和其他运营成本。
dp-project-cash = 税前、未计债务的现金流：EBITDA减去资本开支，另加期末价值（如有）。
dp-loan-net-flow = 贷款给业主带来的净现金流：借款（扣除费用后）减去利息和本金，加上储备金的流入流出。
dp-owners-cash = 按情景口径计算的业主现金流：项目现金流减去税款，加上贷款净现金流。
dp-cumulative-owners-cash = 业主现金流自首月起的累计值（未折现）。
dp-discounted-cumulative-owners-cash = 业主现金流折现至起始时点后的累计值：最后一个值即该方案的净现值。
dp-path-mining = 继续挖矿
dp-path-ai = 改造为AI数据中心
dp-month = 评估期内的第几个月，从1（起始月）起算，与页面的计数方式一致。
dp-date = 情景评估期内对应的日历月份（YYYY-MM）。
dp-pinned-prefix = 【固定情景】
dp-pinned-date = 固定情景评估期内对应的日历月份（YYYY-MM）。
dp-money-usd = 表中金额以美元计，与模型的计算币种一致。
dp-money = 表中金额以{ $code }计，按1美元兑{ $rate } { $code }换算（{ $whose }）；模型本身以美元计算。
dp-readers-rate = 用户输入的汇率
dp-rows = 评估期内每月一行，从1起算；列出各方案按项目分列的现金流、按所选口径计算的业主现金流及其累计值（最后一个折现累计值即该方案的净现值）。输入参数按模型接收的形式列示，以美元计。公式与来源：见计算器的方法说明。
dp-pinned = 以pinned_开头的列为固定情景的数据，供比较。
dp-scenario = 情景：{ $link }
dp-methodology = Wattsworth方法说明：全部公式、参数、来源及日期
dp-table-title = 两种方案的逐月数据
dp-title = Wattsworth { $version }：继续挖矿还是改造为AI数据中心，逐月数据
dp-as-of = { $label }的数据截至月份
dp-date-of-figure = 市场数据的日期
dp-start = 起始月份
dp-first-month = 评估期首月
methodology-intro = 概要：本计算器对同一场地按两种方案逐月推演——保留比特币矿机继续挖矿，或改造后服务AI租户（出租，或自营GPU云）——计入税款和贷款，并按与各自风险相应的折现率将每个方案的现金流折算为现值：有投资级公司兜底的租金折现率最低，仅凭租户自身信用的租金较高，随比特币波动的挖矿现金流最高。结论即两者现值之差。完整的方法说明（含全部公式、参数和来源）见下文英文原文。

## Inputs: each one's label and unit

param-mw = 电网供电容量
unit-mw = MW
param-yrs = 合同期限
unit-yrs = 年
param-pwr = 电价
unit-pwr = $/kWh
param-pesc = 电价年涨幅
unit-pesc = %/年
param-site = 期末场地价值
unit-site = $M（每MW）
param-hp = 算力收益（Hashprice）
unit-hp = $/PH/s/day
param-btcg = BTC价格年增长率
unit-btcg = %/年
param-fee = 交易手续费
unit-fee = BTC/区块
param-jth = 矿机群能效
unit-jth = J/TH
param-aage = 起始时矿机机龄
unit-aage = 年
param-ovh = 挖矿附加能耗（PUE）
unit-ovh = ×
param-up = 矿机在线率
unit-up = %
param-curt = 限电时长
unit-curt = %（占总小时数）
param-ccr = 限电补偿
unit-ccr = $/MWh（未用电量）
param-pool = 矿池费率
unit-pool = %
param-opx = 非电力运营支出
unit-opx = $/MWh
param-asic = ASIC价格
unit-asic = $/TH
param-alife = ASIC使用寿命
unit-alife = 年
param-hrg = 固定算力增长率
unit-hrg = %/年
param-mj = 边际矿机能效
unit-mj = J/TH
param-mpw = 边际矿工电价
unit-mpw = $/kWh
param-effg = ASIC能效提升
unit-effg = %/年
param-hl = 全网调整半衰期
unit-hl = 个月
param-pue = AI数据中心PUE
unit-pue = ×
param-cap = 改造资本开支
unit-cap = $M（每MW IT容量）
param-cvin = 距开始改造
unit-cvin = 个月
param-conv = 改造所需时间
unit-conv = 个月
param-ramp = 爬坡至满负荷
unit-ramp = 个月
param-load = 平均IT负载
unit-load = %（占IT容量）
param-share = 场地改造比例
unit-share = %
param-firm = 稳定电力溢价
unit-firm = $/kWh
param-exit = 客户提前退出
unit-exit = %/年
param-back = 投资级主体兜底
unit-back = %（占收入）
param-prep = 预付款
unit-prep = %（占合同收入）
param-wrnt = 交易中授予的认股权证
unit-wrnt = $M
param-rent = 起始租金
unit-rent = $/kW·月（IT）
param-esc = 租金年递增率
unit-esc = %/年
param-noi = NOI利润率（修正毛租）
unit-noi = %
param-noin = NOI利润率（三净租）
unit-noin = %
param-renew = 期满续约
unit-renew = %
param-tail = 合同期后计入年数
unit-tail = 年
param-down = 重新出租空置期
unit-down = 个月
param-refit = 期末翻新
unit-refit = %（占改造资本开支）
param-comm = 租赁佣金
unit-comm = %（占合同租金）
param-gph = GPU租赁价格
unit-gph = $/GPU·小时
param-util = GPU利用率
unit-util = %
param-gpmw = 每MW IT容量GPU数
unit-gpmw = 块
param-gcap = GPU资本开支
unit-gcap = $（每块GPU）
param-glife = GPU使用寿命
unit-glife = 年
param-gdec = GPU价格年降幅
unit-gdec = %/年
param-gopx = GPU云其他运营支出
unit-gopx = %（占收入）
param-rig = 有兜底租金的折现率
unit-rig = %/年
param-rown = 租户自身信用租金的折现率
unit-rown = %/年
param-rcon = 改造期折现率
unit-rcon = %/年
param-rtail = 合同期后折现率
unit-rtail = %/年
param-rmine = 挖矿现金流折现率
unit-rmine = %/年
param-dr = 统一折现率
unit-dr = %/年
param-tax = 所得税税率
unit-tax = %
param-bonus = 红利折旧
unit-bonus = %（5年及15年类资产成本）
param-cseg = 成本分离
unit-cseg = %（占改造资本开支）
param-ltc = AI投资债务占比
unit-ltc = %（占成本）
param-cpn = 利率
unit-cpn = %/年
param-dfee = 费用及发行折价
unit-dfee = %（占借款额）
param-dten = 还款期
unit-dten = 年
param-dsri = 储备金收益率
unit-dsri = %/年
param-dsra = 偿债储备金
unit-dsra = 个月
param-dscr = DSCR约定下限
unit-dscr = ×
param-coe = 股权成本
unit-coe = %/年
param-vol = BTC波动率
unit-vol = %/年
param-hrsd = 算力增长不确定性
unit-hrsd = 百分点/年
param-rho = 价格与算力相关系数

## Switches and the real deals in the preset menu

toggle-net = 全网算力随矿工利润率变化
toggle-mine = 切换前继续挖矿
toggle-relet = 客户提前退出后重新出租其空间
toggle-green = 场地无矿机（绿地项目）
toggle-nnn = 三净租赁（NNN）
toggle-tv = 计入合同期后的年份
toggle-onerate = 所有现金流采用统一折现率
toggle-pretax = 显示税前、无杠杆口径的数值
toggle-group = 亏损立即抵减集团其他应税收入
toggle-idc = 建设期利息计入贷款本金
toggle-sculpt = 按现金流安排还款（DSCR恒定）
preset-today = 当前市场（租赁）
preset-csc = Core Scientific – CoreWeave（2024年）
preset-wulf = TeraWulf – Fluidstack（2025年）
preset-cifr-fs = Cipher – Fluidstack（2025年）
preset-hut8 = Hut 8 – Fluidstack（River Bend，2025年）
preset-hut8-bp = Hut 8 – Beacon Point（2026年）
preset-cifr = Cipher – AWS（2025年）
preset-riot-amd = Riot – AMD（Rockdale，2026年）
preset-iren = IREN – 微软GPU云服务（2025年）
preset-iren-nvda = IREN – 英伟达AI云服务（2026年）

## 情景未使用的输入及原因

unused-input = { $label }（{ $value }）{ $why }不使用
unused-kept = { $inputs }。各数值均予保留，待适用时再用。
unused-why-no-miners = 在无矿机的场地（green=1）
unused-why-triple-net = 在三净租赁下（nnn=1，采用其自身的利润率）
unused-why-not-triple-net = 在非三净租赁下（仅nnn=1时使用）
unused-why-gpu-cloud = 在GPU云模式下（mode=gpu）
unused-why-lease = 在租赁模式下（此为GPU云的输入：mode=gpu）
unused-why-contract-years-only = 在不计入合同期后年份时（仅tv=1时使用）
unused-why-rate-for-each-risk = 在不采用统一折现率时（仅onerate=1时使用）
unused-why-one-rate = 在采用统一折现率时（onerate=1）
unused-why-tenant-pays-power = 在租赁模式下（电费由租户支付）
unused-why-before-tax = 在税前口径下（pretax=1）
unused-why-before-tax-and-debt = 在税前、无杠杆口径下（pretax=1）
unused-why-no-tax = 在无所得税时（tax=0）
unused-why-nothing-borrowed = 在无借款时（ltc=0）
unused-why-no-reserve = 在无偿债储备金时（dsra=0）
unused-why-network-responds = 在全网算力随利润率变化时（net=1）
unused-why-network-fixed = 在全网算力不随利润率变化时（仅net=1时使用）

## 输入框自身的文字：关于输入的数值、起始月份、汇率、预设的说明
typed-read-as = 已将“{ $typed }”识别为{ $value } { $unit }：“{ $marks }”不是该输入框的单位。
typed-allowed = 允许范围为{ $low }至{ $high } { $unit }；已改用{ $value }。
typed-whole-months = 模型按整月计算：已改用{ $months }。
typed-whole-months-unit = 模型按整月计算：已改用{ $value } { $unit }（{ $months }）。
typed-unread-separators = 无法识别“{ $typed }”：此处数字应写作{ $example }（{ $locale }）；仍使用{ $now }。
typed-unread = 无法将“{ $typed }”识别为数字；仍使用{ $now }。
input-default = 默认值：{ $value } { $unit }。
input-methodology = 方法说明
input-reset-title = 恢复默认值
controls-label = 输入参数
start-label = 起始月份
start-before-data = 市场数据截至{ $earliest }：估值不早于此开始；使用{ $earliest }。
start-choose = 请选择{ $earliest }至{ $latest }之间的月份。
fx-label = 每1美元可兑换的该货币单位数
fx-unread = 无法将“{ $typed }”用作汇率：请输入1美元可兑换的该货币单位数，范围为{ $low }至{ $high }。
preset-from-deal = { $label }：来自交易（{ $why }）
preset-assumed = { $label }：假设（{ $why }）
preset-none = 无：所有数值均为当前默认值
preset-set = { $sources }，{ $date }。由预设设定：{ $fields }。其余均为当前默认值，各有来源或标明为假设。

## 链接（或本浏览器中保存的情景）所要求但未能采用的内容：显示在答案上方的提示。代码样式的文字保持链接中的写法，各语言均不翻译：键及其等号（mw=、ref=、currency=EUR…）、取值（lease、gpu、none、key、all、light、dark、auto、cap、hp、0、1）、语言标签（de-DE、en-US）及货币代码。
notice-name-mode = AI业务模式
notice-name-start = 起始月份
notice-as-of = { $label }的数据截至月份
notice-repeated-known = { $name }：此链接中{ $key }=出现了{ $count }次；各值依次读取，最终使用{ $used }
notice-repeated = 此链接中{ $key }=出现了{ $count }次；只使用其中一个，即最后一个可用的值
notice-unread-known = { $name }：{ $key }=位于此链接的前{ $limit }项之后，未被读取；仍使用{ $kept }
notice-unread = “{ $key }”位于此链接的前{ $limit }项之后，未被读取
notice-unread-more = 此链接的前{ $limit }项之后，另有{ $count }项也未被读取
notice-mode = AI业务模式：“{ $shown }”不是lease或gpu；仍使用{ $kept }
notice-start = 起始月份：“{ $shown }”不是{ $min }至{ $max }之间的月份；仍使用{ $kept }
notice-toggle = { $label }：“{ $shown }”不是0或1；仍使用{ $kept }
notice-dated-future = { $label }：“{ $shown }”晚于本次构建（{ $built }），而市场数据不可能来自未来；仍使用{ $kept }
notice-dated = { $label }：“{ $shown }”不是{ $min }至{ $max }之间的月份；仍使用{ $kept }
notice-number = { $label }：“{ $shown }”不符合链接中数字的写法（只用数字，小数用小数点，如1.5或2000）；仍使用{ $kept }
notice-tiny = { $label }：{ $shown }过小，无法表示；按{ $used }读取
notice-outside = { $label }：{ $shown }超出{ $min }至{ $max } { $unit }的范围；已改用{ $used }
notice-whole-months = { $label }：{ $shown } { $unit }不是整月数；已改用{ $used }
notice-unknown = 已忽略未知参数“{ $key }”
notice-start-early = 起始月份{ $start }早于最新市场数据的月份（{ $latest }）；已改用{ $latest }
notice-model-unreadable = 模型版本：“{ $shown }”不是版本号；本页运行的是模型第{ $now }版
notice-model-newer = 模型版本：此链接基于模型第{ $then }版生成，比本副本的第{ $now }版更新：本页得出的数字可能与随链接引用的数字不同；在线版计算器使用的是更新的模型
notice-model-older = 模型版本：此链接基于模型第{ $then }版生成；本页运行的是第{ $now }版，此后的变化有：{ $changes }。本页得出的数字可能与随链接引用的数字不同
model-change-2 = 按签约时的条款计入每笔交易的价值，自有矿机仅在能覆盖成本时运行，并在划算时购置新矿机
model-change-3 = 计入所得税和贷款，并指出何时改造最佳
model-change-4 = 计入各方案在合同期满后的价值，并按市场对各自风险要求的折现率折现每笔现金流（第3版统一采用10%的折现率）
model-change-5 = 合同期满后，GPU云的机房按租赁业务的建筑估值，即按市场租金再次出租（第4版将其价值计为零）
model-change-6 = 为GPU云决定是否购置下一代GPU时前瞻再下一代，并按与结论相同的方式为评估期末剩余的GPU估值（第5版可能购置只用几个月的GPU）
notice-currency = 货币：“{ $shown }”不是{ $codes }之一；以美元显示
notice-fx = 汇率：“{ $shown }”不是每1美元{ $min }至{ $max }之间、小数用小数点表示的汇率；使用默认汇率
notice-fx-alone = 汇率：汇率仅在选择其他货币时适用（currency=EUR…）；已忽略
notice-map = 盈亏平衡图：“{ $shown }”不是cap或hp；横轴显示改造资本开支
notice-charts-left-out = 图表：“{ $shown }”不是{ $names }之一；已略去
notice-charts-default = 图表：“{ $shown }”不是{ $names }之一；显示默认图表
notice-controls = 控件：“{ $shown }”不是none、key或all；使用默认设置
notice-theme = 主题：“{ $shown }”不是light、dark或auto；跟随读者设置
notice-flag = { $flag }：“{ $shown }”不是0或1；按0处理
flag-embed = 嵌入
flag-locked = 只读
flag-static = 静态
flag-plain = 简洁
flag-transparent = 透明
notice-locale = 区域设置：“{ $shown }”不是de-DE这样的语言标签；使用浏览器的设置
notice-pinned = 固定情景：{ $notice }
notice-pinned-flag = 固定情景：ref=内的{ $key }=不会被读取：{ $why }
pinned-why-ref = 固定情景本身不能再有固定情景
pinned-why-locale = 固定情景按本页的货币和区域设置显示；{ $key }=应写在ref=之外，而非其内
pinned-why-display = 显示设置应写在ref=之外，而非其内
notice-stored = 您上次的情景（保存在本浏览器中）：{ $notice }
notice-stored-unreadable = 您上次的情景（保存在本浏览器中）的格式无法被当前版本读取（“{ $shown }”）；现从默认值开始
notice-stored-saved = 您上次的情景（保存在本浏览器中）已原样备份到本浏览器存储的“{ $backup }”下
notice-stored-unsaved = 您上次的情景（保存在本浏览器中）无法原样备份：本浏览器的存储空间已满
notice-storage-full = 本浏览器的存储空间已满：您的情景保存在网址中，但下次访问时不会被记住。
notice-locale-no-numbers = 区域设置：本浏览器无法按“{ $tag }”格式化数字；使用en-US
notice-locale-unknown = 区域设置：本浏览器无法识别“{ $tag }”；使用{ $used }
notice-locale-nearest = 区域设置：本浏览器没有“{ $tag }”区域设置；数字和月份按{ $used }的方式书写
notice-calendar = 月份：{ $tag }使用{ $calendar }历法；此处的月份与模型的计法一致，采用公历，并按{ $tag }的方式书写

## 预设说明：各交易的摘要，及预设为各参数取值的依据
preset-note-today = 默认情景：100 MW场地出租给AI租户，起始租金取各交易的中位数。
preset-note-csc = 200 MW IT容量，为期12年，总额35亿美元：平均约122美元/kW·月；CoreWeave并非投资级主体。
preset-why-csc-mw = 电网供电容量为IT容量×默认PUE
preset-why-csc-yrs = 合同约定的期限
preset-why-csc-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-note-wulf = 200 MW IT容量，约250 MW电网容量，为期10年，总额37亿美元：平均约154美元/kW·月；Google为其中18亿美元兜底，换取可认购4,100万股的认股权证。
preset-why-wulf-mw = 约250 MW电网容量
preset-why-wulf-pue = 250 MW电网容量对应200 MW IT容量
preset-why-wulf-yrs = 合同约定的期限
preset-why-wulf-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-wulf-cap = 公司指引的建设成本为每MW IT容量800万至1,000万美元（R18）：取中值
preset-why-wulf-back = Google为37亿美元中的18亿美元兜底（market-data §6）
preset-why-wulf-wrnt = 41,011,803份认股权证，行权价0.01美元，WULF于2025年8月14日收盘价为7.50美元：每份7.49美元（W1）
preset-why-wulf-comm = 就37亿美元合同向CBRE支付的首笔佣金3,000万美元（W1）
preset-why-wulf-cpn = Lake Mariner票据，利率7.750%（F1）
preset-note-cifr-fs = 168 MW IT容量，244 MW电网容量，为期10年，总额30亿美元：平均约149美元/kW·月；Google为其中14亿美元兜底，换取可认购2,400万股的认股权证。
preset-why-cifr-fs-mw = 244 MW电网容量
preset-why-cifr-fs-pue = 244 MW电网容量对应168 MW IT容量
preset-why-cifr-fs-yrs = 合同约定的期限
preset-why-cifr-fs-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-cifr-fs-cap = 建设成本为每MW IT容量900万至1,100万美元（S42）：取中值
preset-why-cifr-fs-noi = 公司指引NOI为租金的80%至85%（R19）：取中值
preset-why-cifr-fs-back = Google为30亿美元中的14亿美元兜底（market-data §6）
preset-why-cifr-fs-wrnt = 24,178,576份认股权证，交易宣布后CIFR股价约为12.20美元（W2）
preset-why-cifr-fs-cpn = Barber Lake票据，利率7.125%（F3）
preset-note-hut8 = 245 MW IT容量，为期15年，三净租赁，总额70亿美元：平均约159美元/kW·月；由Google为租户兜底。
preset-why-hut8-mw = 电网供电容量为IT容量×默认PUE
preset-why-hut8-yrs = 合同约定的期限
preset-why-hut8-green = 绿地项目园区：场地上没有矿机（R15）
preset-why-hut8-conv = 2025年12月宣布，首个机房于2027年第二季度投入使用（R15）
preset-why-hut8-esc = 租金每年递增3%（R15）
preset-why-hut8-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-hut8-nnn = 三净租赁（R15）
preset-why-hut8-noin = 70亿美元基础合同期内的NOI为69亿美元（R15）
preset-why-hut8-cap = 32.5亿美元票据减去返还给股权方的1.84亿美元，再除以245 MW IT容量（R1、R15）
preset-why-hut8-back = 15年合同期内由Google为租金支付兜底（R15）
preset-why-hut8-cpn = River Bend票据，利率6.192%（F4）
preset-why-hut8-ltc = 承销时最高为成本的85%（F4）；32.5亿美元票据还用于储备金及返还的1.84亿美元
preset-why-hut8-dten = 16.5年内全额摊还（F4）；此处缩短至合同期限
preset-note-hut8-bp = 352 MW IT容量，为期15年，三净租赁，总额98亿美元，租金每年递增3%，租户为投资级主体。
preset-why-hut8-bp-mw = 电网供电容量为IT容量×默认PUE
preset-why-hut8-bp-yrs = 合同约定的期限
preset-why-hut8-bp-green = 位于Nueces County的绿地项目园区：场地上没有矿机（R16）
preset-why-hut8-bp-conv = 2026年5月宣布，首个机房于2027年第三季度投入使用（R16）
preset-why-hut8-bp-esc = 租金每年递增3%
preset-why-hut8-bp-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-hut8-bp-nnn = 三净租赁，照付不议
preset-why-hut8-bp-noin = 98亿美元合同额对应NOI 98亿美元（R16）
preset-why-hut8-bp-back = 投资级租户
preset-why-hut8-bp-cpn = 未披露债务：参照唯一一只由投资级主体兜底的数据中心债券定价，即River Bend的6.192%（R1）
preset-note-cifr = 300 MW，为期15年，总额55亿美元：若300 MW为IT容量（未经确认），平均约102美元/kW·月。
preset-why-cifr-mw = 300 MW视为IT容量（未经确认）；电网供电容量为IT容量×默认PUE
preset-why-cifr-yrs = 合同约定的期限
preset-why-cifr-conv = 2025年11月宣布，2026年8月起计租（R20）
preset-why-cifr-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-cifr-back = 租户AWS为投资级主体
preset-why-cifr-cpn = 未披露债务：参照唯一一只由投资级主体兜底的数据中心债券定价，即River Bend的6.192%（R1）
preset-note-riot-amd = 25 MW IT容量，为期10年，总额3.11亿美元：平均约104美元/kW·月；属既有建筑改造，每MW 360万美元。
preset-why-riot-amd-mw = 电网供电容量为IT容量×默认PUE
preset-why-riot-amd-yrs = 合同约定的期限
preset-why-riot-amd-rent = 按本预设的租金年递增率和默认爬坡期反推，使合同期内计入的租金等于交易金额
preset-why-riot-amd-cap = 既有建筑改造资本开支每MW 360万美元
preset-why-riot-amd-noi = 10年3.11亿美元合同，每年NOI约2,500万美元（R17）
preset-why-riot-amd-conv = 2026年1月至5月在既有建筑内交付（R17）
preset-why-riot-amd-ramp = 2026年1月至5月交付（R17）
preset-why-riot-amd-back = 将AMD视为投资级租户
preset-why-riot-amd-cpn = 未披露债务：参照唯一一只由投资级主体兜底的数据中心债券定价，即River Bend的6.192%（R1）
preset-note-iren = 200 MW IT容量，为期5年，总额97亿美元（约每年19.4亿美元），购买IREN自有GPU的算力，其中20%预付。
preset-why-iren-mw = 电网供电容量为IT容量×默认PUE
preset-why-iren-yrs = 合同约定的期限
preset-why-iren-gph = 按算力全部签约和默认爬坡期反推，使合同期内收入等于97亿美元
preset-why-iren-util = 算力全部签约：每个GPU小时均有付费
preset-why-iren-gdec = 合同价格固定
preset-why-iren-gpmw = 每MW约570块GPU，GB200级（S28）
preset-why-iren-gcap = IREN为200 MW下的58亿美元GPU订单：每MW IT容量约2,900万美元（S41），再除以570
preset-why-iren-glife = 各来源的GPU使用寿命为4至6年；取中位数5年（S35）
preset-why-iren-gopx = 使EBITDA为收入的85%，与IREN的指引一致（S41）
preset-why-iren-prep = 微软预付20%（S41）
preset-why-iren-back = 客户微软为投资级主体
preset-why-iren-cpn = IREN利率5.96%的票据（F5）
preset-why-iren-ltc = 反推使贷款等于已披露的36.5亿美元：21亿美元票据加15.5亿美元延迟提款贷款（F5、R21）
preset-why-iren-dsra = 未披露偿债储备金（F5）
preset-why-iren-dscr = DSCR约定下限1.05×（F5）
preset-note-iren-nvda = 为期5年的AI云合同，总额34亿美元；英伟达获得可按每股70美元认购3,000万股的认股权证。
preset-why-iren-nvda-mw = 未公布规模：按IREN–微软合同每MW IT容量的收入推算，为70 MW IT容量
preset-why-iren-nvda-yrs = 合同约定的期限
preset-why-iren-nvda-gph = 按算力全部签约和默认爬坡期反推，使合同期内收入等于34亿美元
preset-why-iren-nvda-util = 合同买下全部算力
preset-why-iren-nvda-gdec = 合同价格固定
preset-why-iren-nvda-gpmw = 每MW约570块GPU，GB200级（S28）
preset-why-iren-nvda-gcap = 与IREN的微软订单相同：每MW IT容量约2,900万美元（S41），再除以570
preset-why-iren-nvda-glife = 各来源GPU使用寿命的中位数（S35）
preset-why-iren-nvda-gopx = 使EBITDA为收入的85%，与IREN对微软合同的指引一致（S41）
preset-why-iren-nvda-back = 客户英伟达为投资级主体
preset-why-iren-nvda-wrnt = 未计入：认股权证的价值取决于IREN在2026年5月的股价，而没有任何来源提供该数据
preset-why-iren-nvda-ltc = 该合同未披露债务
