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
verdict-deal = { $terms }，这处{ $mw } MW场地自{ $start }起{ $mode ->
        [lease] 出租用于AI
       *[cloud] 运营GPU云
    }，按现值计，价值比{ $site ->
        [dark] 闲置
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
after-years = 计入合同期后{ $years }年
after-cloud = 计入合同期满后GPU与场地的价值
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
term-after-cloud-gloss = 合同期满时，计入仍在使用的GPU和场地的价值。

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
why-mining = 挖矿自{ $first }起一年的利润为{ $ebitda }{ $halving }；{ $months }个月中矿机运行{ $on }个月。
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
