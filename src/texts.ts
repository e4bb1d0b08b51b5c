/**
 * Every sentence the bot says to a user, in one place so that staff can review and change the
 * wording without reading code. Keep each message short enough for a phone screen.
 */

export const MENU_ITEMS = [
  { number: '1', label: '政策咨询', hint: '直接输入问题，如“专精特新有什么奖励”' },
  { number: '2', label: '资格自测', hint: '测一测能否申请创新型中小企业、专精特新中小企业' },
  { number: '3', label: '融资需求登记', hint: '登记贷款需求，纳入融资需求库向银行推介' },
  { number: '4', label: '帮助', hint: '查看使用说明' },
  { number: '5', label: '人工咨询', hint: '联系工作人员' },
] as const;

/** The enterprise sizes of the 划型 standard, as the self-assessment report and a size verdict name them. */
const SIZE_NAMES: Partial<Record<string, string>> = { medium: '中型企业', small: '小型企业', micro: '微型企业', large: '大型企业（不属于中小企业）' };

export const texts = {
  greeting: '您好！我是宿州市中小企业“专精特新”政策助手。',
  menu: [
    '请回复数字或文字选择：',
    ...MENU_ITEMS.map((item) => `${item.number}. ${item.label}`),
    '随时回复“菜单”回到这里，回复“取消”退出当前流程。',
  ].join('\n'),
  help: [
    '使用说明：',
    '· 政策咨询：直接打字提问，我会给出答案和政策原文出处。',
    '· 资格自测：回复“自测”，按提示回答企业情况。',
    '· 融资需求登记：回复“我要贷款”。',
    '· 人工咨询：回复“人工”，工作人员会在这里回复您。',
    '· 回复“菜单”看全部功能，回复“取消”退出当前流程。',
    '答案以政策原文为准，最终以主管部门解释为准。',
  ].join('\n'),
  /** Said under a form's hint when the same question has failed three times in a row. */
  formStuck: '多次没有填上的话，可以回复“人工”请工作人员帮忙，或回复“取消”退出。',
  askAQuestion: '请直接输入您想了解的政策问题，例如：\n· 市里认定专精特新有什么奖励？\n· 有哪些贷款产品？\n· 专精特新认定需要什么条件？',
  handoff: {
    opened: (id: string, withQuestion: boolean) =>
      [`已转给工作人员，编号：${id}。`, withQuestion ? '您的问题已一并转交。' : '请直接写下您想咨询的问题，我会转给工作人员。', '工作人员回复后会在这里通知您；回复“取消”可撤回这次人工咨询。'].join('\n'),
    /** What staff read as the question of a request opened from a form (“人工” at the credit-code question). */
    stuckInForm: (formName: string, question: string) => `（${formName}时转人工，停在这一题：${(question.split('\n')[0] ?? '').replace(/[：:？?]$/u, '')}）`,
    openedFromForm: (id: string, formName: string) => `已转给工作人员，编号：${id}，回复后会在这里通知您。\n${formName}没有中断，可以接着填写；回复“取消”退出。`,
    notForOneOff: '这是一次性提问，工作人员的回复无法送到这里。请在网页聊天或微信里找人工，或用 policy-bot ask --user 您的称呼 再问。',
    addedToOpen: (id: string) => `您已有一条人工咨询（编号：${id}），这条消息已转给工作人员。`,
    status: (id: string, status: string) => `您的人工咨询（编号：${id}）状态：${status}。工作人员回复后会在这里通知您；回复“取消”可撤回。`,
    askForQuestion: (id: string) => `请直接写下您想咨询的问题（编号：${id}），我会转给工作人员。`,
    forwardedAgain: (id: string) => `已转给工作人员（编号：${id}），回复后会在这里通知您。`,
    forwarded: (id: string) => `已转给工作人员（编号：${id}）。之后您发的消息也会一并转交，政策问题我仍会直接回答；回复“取消”结束人工咨询。`,
    cancelled: (id: string) => `已撤回人工咨询（编号：${id}）。需要时可随时回复“人工”。`,
    fromStaff: (id: string, text: string) => `【工作人员回复】编号 ${id}\n${text}`,
    closedByStaff: (id: string) => `工作人员已结束本次人工咨询（编号：${id}）。如还有问题，可随时回复“人工”。`,
    overdue: (id: string, hours?: string) =>
      [`您的人工咨询（编号：${id}）已超过24小时还没有工作人员回复，抱歉让您久等。`, hours ? `人工咨询时间：${hours}。` : '', '咨询仍然保留，工作人员看到后会在这里回复您。'].filter(Boolean).join('\n'),
    offer: '需要转人工吗？回复“是”转给工作人员。',
    offerDeclined: '好的。还有问题可以直接问我，或回复“菜单”。',
    /** Under an ask-back that follows a decline or another ask-back: the owner has had no answer yet. */
    offerAfterMisses: '还没找到您要的答案？也可以回复“人工”转给工作人员。',
  },
  cancelled: '已退出当前流程。',
  nothingToCancel: '当前没有进行中的流程。',
  emptyMessage: '没有收到文字内容，请直接输入您的问题，或回复“菜单”。',
  thanks: '不客气。还有问题可以直接问我，或回复“菜单”。',
  acknowledged: '好的。还有问题可以直接问我，或回复“菜单”。',
  /** A number past the end of the list just shown (“12” after two options). */
  noSuchItem: (count: number, orAsk = true) =>
    `${count === 1 ? '只有 1 项，请回复 1' : `只有 ${count} 项，请回复 1–${count} 中的序号`}${orAsk ? '，或直接打字提问' : ''}。`,
  internalError: '抱歉，系统刚才出了点问题，请稍后再试，或回复“菜单”。',

  answer: {
    quoteLabel: '【政策原文】',
    citation: (title: string, section: string) => `——《${title}》${section}`,
    statusLabel: '【提示】',
    statusShort: '【提示】2018年政策，以主管部门最新通知为准。',
    followUpLabel: '您还可以问：',
    /** Above the answer to “额度多少” or “政银担呢”, read with the question before it. */
    understoodAs: (question: string) => `（按“${question}”回答）`,
    clauseLead: (title: string, section: string) => `根据《${title}》${section}：`,
    cityOnly: (name: string) => `知识库只收录宿州市的政策，没有${name}的规定。下面是宿州市的规定，仅供对照：`,
    /** Above the same indicator quoted from each tier's standard, when the question named no tier. */
    eachTier: '两个层级的标准都有这一项，分别如下：',
    /** Under an answer to “我们…能评专精特新吗”: the self-assessment tells it for this company. */
    tryAssessment: '想知道贵企业能评哪一级，回复“自测”做个资格自测。',
  },
  /** Under a scoring indicator quoted for a question that stated the figure it scores (see answers/score-verdict). */
  scoreVerdict: (figure: string, tier: string, points: number, max: number) => `按您说的${figure}，${tier}评价中这一项得${points}分（满分${max}分），仅供参考。`,
  /** An indicator scored the better of two ways, only one of them stated. */
  scoreVerdictAtLeast: (figure: string, tier: string, points: number, max: number) =>
    `按您说的${figure}，${tier}评价中这一项至少得${points}分（满分${max}分；另一种算法更高时取高），仅供参考。`,
  /** Under a tier's conditions quoted for a question that stated the company's figures (see answers/conditions-verdict). */
  conditionsVerdict: {
    reaches: (shown: string, threshold: string) => `${shown}，达到${threshold}`,
    below: (shown: string, threshold: string) => `${shown}，不到${threshold}`,
    open: (labels: string[]) => `这一条还要看${labels.join('、')}`,
    /** `rough`: a figure was said roughly (两千多万, 九十来万), and is taken at its round value. */
    line: (tier: string, parts: string[], rough: boolean) =>
      `对照${tier}的认定条件，按您说的${rough ? '（约数按整数计）' : ''}：${parts.join('；')}。仅供参考。`,
  },
  /** Under a size rule quoted for a question that stated the company's figures (see answers/size-verdict). */
  sizeVerdict: {
    fieldName: (field: string, label: string) => ({ employees: '从业人员', revenue: '营业收入' })[field] ?? label,
    size: (stated: string[], industry: string, size: string) =>
      `按您说的${stated.join('、')}，对照${industry}的标准，${size === 'large' ? '超出中小企业标准，属于大型企业' : `属于${SIZE_NAMES[size] ?? size}`}，仅供参考。`,
    /** The company is small or medium whatever the missing figure, but which of them it does not say. */
    smeNeeds: (stated: string[], industry: string, missing: string[]) =>
      `按您说的${stated.join('、')}，对照${industry}的标准，属于中小企业；要分中型、小型还是微型，还要知道${missing.join('、')}。`,
    needs: (stated: string[], industry: string, missing: string[]) => `按您说的${stated.join('、')}，对照${industry}的标准，还要知道${missing.join('、')}才能判断规模。`,
  },
  clarify: {
    cityOnly: (name: string) => `知识库只收录宿州市的政策，没有${name}的规定。以下是宿州市的规定：`,
    /**
     * The question asks for an amount, a department or a time that the first option does not state:
     * which of the options lack it (numbers as listed), or that none states it.
     */
    notStated: (kinds: string[], lacking: number[], optionCount: number) =>
      lacking.length === optionCount
        ? `${optionCount > 1 ? '下面各项的原文都' : '下面这项的原文'}没有写明您问的${kinds.join('或')}。`
        : `第${lacking.join('、')}项的原文没有写明您问的${kinds.join('或')}。`,
    /**
     * In the middle of a form: the options are named without numbers, which would be read as answers
     * to the form's own question; an option typed out is a question the form answers at once.
     */
    inForm: (labels: string[]) => `您问的可能是：${labels.map((label) => (label.includes('“') ? label : `“${label}”`)).join('或')}。照着发其中一句，我直接回答。`,
    prompt: (labels: string[]) =>
      [labels.length > 1 ? '您想问的是哪一项？请回复序号：' : '您想问的是这个吗？回复 1 查看：', ...labels.map((label, index) => `${index + 1}. ${label}`), '都不是的话，可以换个说法再问。'].join('\n'),
    /** A plain question for a clause no FAQ speaks for. */
    clauseLabel: (section: string, sentence: string, documentKind: 'policy' | 'criteria') => {
      if (documentKind === 'criteria') {
        const [standard = '', indicator] = section.replace(/^附件\d*\s*/u, '').split(' · ');
        // A section with no indicator (基本条件) is the standard itself: not “基本条件里“基本条件”…”.
        return indicator ? `${standard}里“${indicator}”是怎么规定的？` : `${standard}是怎么规定的？`;
      }
      const snippet = sentence.replace(/^[(（][一二三四五六七八九十]+[)）][^。]{1,12}。/u, '').slice(0, 16);
      return `“${snippet}…”是怎么规定的？`;
    },
  },
  outOfScope: {
    notCovered: '抱歉，政策知识库里没有找到与您问题对应的内容，我不想给您不准确的答复。',
    /** “什么时候申报”: no passage of the knowledge states anything of the kind asked for. */
    kindNotCovered: (kinds: string[]) => `抱歉，政策知识库里没有写明${kinds.join('或')}，我不想给您不准确的答复。`,
    /** “续贷过桥资金最长能用几天”: the knowledge names the topic, but no passage on it states what is asked. */
    kindNotStatedFor: (topic: string, kinds: string[]) => `抱歉，政策知识库里提到了${topic}，但没有写明它的${kinds.join('或')}，我不想给您不准确的答复。`,
    otherRegion: '抱歉，知识库只收录了宿州市的专精特新政策，其他地区的政策请咨询当地主管部门。',
    suggestion: '也可以换个说法再问，或选择：',
  },
  assessment: {
    disclaimer: '本结果为自测参考，是否认定以主管部门审核为准。',
    notMet: (label: string) => `未满足：${label}`,
    mustNot: (label: string) => `不应存在：${label}`,
    needAtLeast: (shown: string, threshold: string) => `${shown}，需不低于${threshold}`,
    needBelow: (shown: string, threshold: string) => `${shown}，需低于${threshold}`,
    needOneOf: (alternatives: string[]) => `以下须满足其一：${alternatives.join('；或')}`,
    stepsBand: (years: string, counted: number) => `${years}年（按满${counted}年计分）`,
    /** The size test's own line among the conditions (“属于中小企业”). */
    isSmeLabel: '属于中小企业',
    noneMet: '无',
    selfReported: '自报得分',
    notGivenCountsZero: '未填写，按0分计',
    scoreShort: (score: number, pass: number) => `总分${score}，还差${pass - score}分`,
    scoreRangeShort: (best: number, pass: number) => `即使未答各项都得满分，总分最多${best}，仍差${pass - best}分`,
    groupShort: (group: string, best: number, minimum: number) => `${group}得分${best}，需不低于${minimum}分`,
    localFeatureMissing: (name: string, needed: number, max: number, scoreKnown: boolean) =>
      !scoreKnown
        ? `${name}未填写，按0分计。`
        : needed <= max
          ? `${name}未填写，按0分计；${name}达到${needed}分即可达到及格线。`
          : `${name}未填写，按0分计；即使${name}满分${max}分，仍差${needed - max}分。`,
  },
  assessmentReport: {
    title: (name?: string) => `自测结果${name ? `：${name}` : ''}`,
    detailsTitle: (name?: string) => `逐项得分${name ? `：${name}` : ''}`,
    /** What is missing is named: “待定（缺少行业、人数或营收）” read as if the owner's answers were lost. */
    smeSize: (size: string | null, isSme: boolean | null, missing: readonly string[]) =>
      `企业规模：${
        SIZE_NAMES[size ?? ''] ??
        (isSme === true ? `属于中小企业${missing.length ? `（大中小微待定，缺少${missing.join('、')}）` : ''}` : `待定（缺少${missing.length ? missing.join('、') : '行业、人数或营收'}）`)
      }`,
    eligible: '可能符合',
    eligibleDirect: '可能符合（满足直通条件）',
    notEligible: '暂不符合',
    undecided: '待定',
    undecidedDirectPass: '待定（得分未达及格线，要看直通条件）',
    score: (score: number, pass: number) => `得分${score}分（及格${pass}分）`,
    scoreRange: (min: number, max: number) => `得分约${min}–${max}分（有未答项）`,
    directPass: (reason: string) => `· 直通条件：${reason}`,
    missing: (labels: string[]) => `· 还需补充：${labels.join('、')}`,
    rewardsTitle: '可享受的支持：',
    ifCertified: '如获认定，',
    detailsHint: '回复“详情”查看每项得分，回复“菜单”返回。',
    groupMinimum: (minimum: number) => `（需不低于${minimum}分）`,
    groupLine: (group: string, score: string, max: number, minimum: string) => `${group}：${score}/${max}分${minimum}`,
    points: (score: number, max: number) => `${score}/${max}分`,
    /** “还差12分 怎么补” after a self-assessment: above the tiers short of points, and under them. */
    improvementTitle: '按您上次自测的答案：',
    improvementHint: '回复“详情”看每项得分；情况有变化，回复“修改 项目名”更新后重新计算。',
    /** Under a score short of the pass mark: where the most points were lost, so the owner sees where to gain. */
    mostLost: (items: string[]) => `· 失分较多：${items.join('、')}`,
    unanswered: '未回答',
    source: (source: string, version: string) => `依据：${source}（${version}版）`,
  },
  questionnaire: {
    intro: '好的，我们来做资格自测：逐项回答企业情况，我来判断可能符合哪个层级。\n随时可回复“上一步”“跳过”“修改 研发费用”或“取消”。',
    amountUnit: '（单位：万元）',
    yesNo: ['是', '否'],
    noneOfThese: '没有',
    retry: (example: string, explained = false) => `没看懂这个回答，请再试一次：${example}${explained ? '\n不明白题目的话，回复“?”看说明。' : ''}`,
    outOfRange: (example: string) => `这个数值不太合理，请核对后再回复：${example}`,
    whichOne: (labels: string[]) => `您指的是${labels.map((label) => `“${label}”`).join('还是')}？请回复完整名称，或题目中的序号。`,
    alsoRecorded: (items: string[]) => `也记下了：${items.join('、')}。不对的话回复“修改”。`,
    /** Figures for later questions typed at this one: kept, and this one still to answer. */
    recordedForLater: (items: string[], example: string) => `先记下了：${items.join('、')}，后面不再问。这一题还请${example.startsWith('回复') ? example : `回答：${example}`}`,
    statedBefore: (items: string[]) => `已按您刚才说的记下：${items.join('、')}，这几题不再问。不对的话回复“修改 营业收入”等。`,
    shareOf: (count: number, baseLabel: string, base: number, percent: number) => `按${baseLabel}${base}人计算，${count}人约占${percent}%，不对的话回复“修改”。`,
    readAs: (shown: string, note: 'approximate' | 'lower-bound' | 'from-sentence') =>
      note === 'approximate'
        ? `已按${shown}记录（约数），如需更准确可回复“修改”。`
        : note === 'lower-bound'
          ? `已按较小值${shown}记录，如需更准确可回复“修改”。`
          : `已按${shown}记录，不对的话回复“修改”。`,
    atFirstQuestion: '已经是第一题了。',
    wentBack: '好的，回到上一题：',
    editing: (label: string) => `好的，重新填写“${label}”：`,
    edited: (label: string) => `已修改“${label}”。`,
    editUnknown: (labels: string[]) => `没找到要修改的项目。可以这样说：修改 ${labels.slice(0, 3).join(' / ')}`,
    skipped: '已跳过，这一项按“未知”处理。',
    leftUnknown: '好的，这一项按“未知”处理。',
    stoppedEarly: '以下条件已不满足，不必再答后面的问题：',
    name: '资格自测',
    resume: '我们继续自测：',
    amending: '好的，修改这一项，其余答案保持不变：',
    reuseOffer: '您之前做过自测。要沿用上次的答案（只问缺少的项目），还是重新开始？\n1. 沿用上次的答案\n2. 重新开始',
    reuseOptions: ['沿用上次的答案', '重新开始'],
    amendUnknown: (labels: string[]) => `没找到要修改的项目。可以这样说：修改 ${labels.slice(0, 3).join(' / ')}`,
    noResultYet: '还没有自测结果。回复“自测”开始。',
    needsCriteria: '自测规则没有配置，请联系管理员。',
  },
  financingForm: {
    name: '融资需求登记',
    intro: '好的，登记融资需求约需3分钟，信息将纳入融资需求库，定期向银行等金融机构推介。\n可随时回复“上一步”“修改 手机号”或“取消”。',
    resume: '我们继续登记融资需求：',
    prompts: {
      companyName: '请填写企业名称（与营业执照一致）：',
      creditCode: '请填写统一社会信用代码（18位）：',
      county: '企业所在县区：',
      industry: '企业所属行业（如“机械制造”“食品加工”）：',
      contactName: '联系人姓名：',
      phone: '联系人手机号：',
      amount: '融资金额是多少？（单位：万元）',
      purpose: '资金用途（如“采购原材料”“设备更新”“贷款续贷”）：',
      term: '期望期限（如“1年”“6个月”）：',
      guarantee: '可提供的担保方式：',
      certification: '企业是否已获得以下认定？',
      product: '意向融资产品：',
      notes: '还有其他补充说明吗？',
    },
    hints: {
      companyName: '请填写完整的企业名称，如“宿州市某某机械有限公司”',
      creditCode: '18位代码印在营业执照上，如“91341302MA2XXXXXXX”',
      creditCodeChecksum: '这个信用代码的校验位不对，可能有一位输错了，请对照营业执照再输一次',
      choice: '回复序号即可，如“1”',
      /** “没了”, “没抵押” at the guarantee question: lenders call a loan with neither collateral nor guarantor 信用. */
      noGuarantee: (credit: number, other: number) => `没有抵押、质押，也没有担保人或担保公司的话，请选“${credit}. 信用”（凭企业信用贷款）；有别的方式请选“${other}. 其他”。`,
      industry: '如“机械制造”',
      contactName: '请填写联系人姓名',
      phone: '请填写11位手机号，如“13812345678”',
      amount: '如“500万”“五百万”“0.5亿”',
      purpose: '如“采购原材料”',
      term: '如“1年”“6个月”“半年”，说不准可回复“不确定”',
      notes: '没有请回复“跳过”',
      notesWanted: '请直接写下要补充的内容，如“希望尽快放款”；没有请回复“跳过”',
    },
    optional: '（选填，可回复“跳过”）',
    retry: (hint: string) => `格式不对，请重新输入：${hint}`,
    outOfRange: (hint: string) => `数值不在合理范围内，请核对：${hint}`,
    required: (label: string) => `“${label}”是必填项，不能跳过。`,
    /** “不知道信用代码”: where to find it, and that nothing typed so far is lost by coming back later. */
    requiredButUnknown: (label: string, hint: string) => `“${label}”是必填项：${hint}。确定后直接回复即可，前面填的内容会保留。`,
    atFirstField: '已经是第一项了。',
    /** A figure typed ahead of its question (“12个月” at 用途): kept for it, and this question asked again. */
    keptForLater: (label: string, shown: string) => `已记下${label}：${shown}。`,
    whichField: (labels: string[]) => `要修改哪一项？例如：修改 ${labels.slice(4, 7).join(' / ')}`,
    confirm: (summary: string) => `请核对以下信息：\n${summary}\n1. 确认无误\n2. 修改（也可直接回复“修改 手机号”等）`,
    confirmHint: '请回复“1”确认，或“修改 字段名”修改。',
    consent:
      '授权说明：您同意将以上信息提供给宿州市中小企业主管部门及合作银行等金融机构，仅用于融资需求推介和对接吗？\n1. 同意\n2. 不同意',
    consentHint: '请回复“1”同意或“2”不同意。',
    refused: '您未同意授权，本次填写的信息没有保存。如需登记，可随时回复“融资需求登记”重新开始。',
    saved: (id: string) => `已登记，编号 ${id}。`,
    updated: (id: string) => `您的企业已有一条未办结的融资需求（编号 ${id}），已用本次信息更新，没有重复登记。`,
    nextSteps: '接下来：工作人员会审核需求，并在定期推介时提供给合作银行，银行可能通过您留的手机号联系您。回复“我的融资需求”可查看进度。',
    matchedSupport: '与您需求相关的支持政策：',
    mine: (lines: string[]) => (lines.length ? `您登记的融资需求：\n${lines.join('\n')}\n撤回请回复“撤回 编号”。` : '您还没有登记融资需求。回复“融资需求登记”开始。'),
    withdrawn: (id: string) => `已撤回融资需求 ${id}。`,
    withdrawWhich: '请回复“撤回 编号”，编号可在“我的融资需求”中查看。',
    notYours: '没有找到这条融资需求，或它不属于您。',
    cannotWithdraw: (status: string) => `这条需求当前状态为“${status}”，无法撤回。`,
    saveFailed: '抱歉，保存时出了问题，您的信息还没有保存，请稍后回复“1”再试一次。',
  },
  cards: {
    assessment: '资格自测结果',
    needSaved: '融资需求已登记',
  },
  web: {
    tooManyRequests: '请求过于频繁，请稍等一分钟再试。',
    bodyTooLarge: '请求内容过大',
    /** A number past the end of the list just shown (“12” after two options). */
  noSuchItem: (count: number, orAsk = true) =>
    `${count === 1 ? '只有 1 项，请回复 1' : `只有 ${count} 项，请回复 1–${count} 中的序号`}${orAsk ? '，或直接打字提问' : ''}。`,
  internalError: '服务器内部错误',
    postOnly: '请用 POST',
    jsonOnly: '请求应为 JSON（Content-Type: application/json）',
    invalidJson: '请求不是有效的 JSON',
    messageShape: '请求格式不对：需要 {"type":"message","text":"…","user":"16位以上的字母数字"}',
    notFound: '页面不存在',
    badFrame: '消息格式不对',
  },
  feishu: {
    staffReplyTitle: '工作人员查询',
    recovered: '已恢复连接',
    nonText: '我目前只能看懂文字消息，请直接输入问题，或回复“菜单”。',
    forbidden: '无权限。',
    noNeeds: '没有符合条件的融资需求。',
    needNotFound: (id: string) => `没有找到融资需求 ${id}。`,
    statusSet: (id: string, status: string) => `${id} 状态已改为“${status}”。`,
    exportSummary: (count: number) => `共 ${count} 条融资需求。文件发送失败，以下为摘要：`,
    noUnanswered: '暂无未答问题。',
    unansweredTitle: '未答问题（按次数）：',
    knowledgeStatus: (files: number, clauses: number, faq: number, loadedAt: string, problems: string[]) =>
      [`知识库：${files} 个文件，${clauses} 条条款，${faq} 条问答`, `最近加载：${loadedAt}`, problems.length ? `最近一次更新未生效：\n${problems.join('\n')}` : '最近一次更新：正常'].join('\n'),
    newNeedTitle: (updated: boolean) => (updated ? '融资需求已更新' : '新的融资需求'),
    needCard: (lines: string[]) => lines.join('\n'),
    reloadFailed: (problems: string[]) => `知识库更新未生效，仍在使用上一版：\n${problems.join('\n')}`,
  },
  wechat: {
    nonText: '我目前只能看懂文字消息。请直接打字提问，或回复“菜单”查看：政策咨询、资格自测、融资需求登记。',
    slowDown: '您发得有点快，请稍等我回复完再继续。',
  },
} as const;

/** Words that start a menu item, matched after trimming punctuation. */

/** What staff read about needs, whichever channel they use (command line, admin console, Feishu). */
export const staffTexts = {
  handoff: {
    cardTitle: (updated: boolean) => (updated ? '人工咨询：企业追问' : '新的人工咨询'),
    howToReply: (id: string) => `回复企业请发送：回复 ${id} 您的答复（或在本卡片的话题里直接回复）；结束请发送：关闭 ${id}`,
    notFound: (id: string) => `没有找到人工咨询 ${id}。`,
    closed: (id: string) => `人工咨询 ${id} 已关闭，不能再回复。`,
    delivered: (id: string) => `已送达企业（${id}）。`,
    pending: (id: string) => `企业暂时不在线，答复已保存（${id}），对方下次发消息或打开网页时会看到。`,
    closedDone: (id: string, told: boolean) => `人工咨询 ${id} 已关闭${told ? '，已通知企业' : '；企业下次来时会看到关闭通知'}。`,
    taken: (id: string) => `人工咨询 ${id} 已标为“处理中”。`,
    ownerCancelled: (id: string) => `企业已撤回人工咨询 ${id}。`,
    noneOpen: '没有待处理的人工咨询。',
    listTitle: (counts: string) => `人工咨询（${counts}）：`,
    draftSaved: (file: string) => `已生成问答草稿：${file}\n草稿标为未审核，不会用于回答；管理员审核后移入 knowledge/faq/ 并删去 reviewed: false 才生效。`,
    draftNeedsAnswer: (id: string) => `人工咨询 ${id} 还没有工作人员的答复，无法生成问答草稿。`,
    draftNeedsClosed: (id: string) => `请先关闭人工咨询 ${id}，再生成问答草稿。`,
    unknownClause: (clause: string) => `知识库里没有条款 ${clause}。条款写法如 financing#tax-loan，可在管理后台“知识库”里查到。`,
    staffOnly: '只有工作人员可以查看或回复人工咨询。',
  },
  /** The admin console's API errors. */
  admin: {
    tokenRequired: '需要管理员令牌',
    noSuchNeed: '没有这条需求',
    noteRules: '备注不能为空，最多1000字',
    statusOneOf: (statuses: readonly string[]) => `状态应为：${statuses.join(' / ')}`,
    noQrCode: '没有待扫描的二维码',
    noSuchEndpoint: '没有这个接口',
    faqDraftFields: '需要问题、答复和引用的条款',
    replyRules: '答复不能为空，最多2000字',
    clauseRequired: '需要引用的条款，如 financing#tax-loan',
  },
  sameCreditCode: (ids: string[]) => `注意：与 ${ids.join('、')} 的统一社会信用代码相同（由另一位用户登记），请核实。`,
};
