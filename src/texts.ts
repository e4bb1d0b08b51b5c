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
    '· 回复“菜单”看全部功能，回复“取消”退出当前流程。',
    '答案以政策原文为准，最终以主管部门解释为准。',
  ].join('\n'),
  askAQuestion: '请直接输入您想了解的政策问题，例如：\n· 市里认定专精特新有什么奖励？\n· 有哪些贷款产品？\n· 专精特新认定需要什么条件？',
  handoff:
    '已记录您的人工咨询请求。政策牵头部门为市经济和信息化委；工作人员看到后会通过本渠道回复您。\n您也可以先直接提问，我会尽量给出政策原文。',
  cancelled: '已退出当前流程。',
  nothingToCancel: '当前没有进行中的流程。',
  comingSoon: (feature: string) => `“${feature}”功能正在建设中，您可以先咨询政策问题。`,
  emptyMessage: '没有收到文字内容，请直接输入您的问题，或回复“菜单”。',
  internalError: '抱歉，系统刚才出了点问题，请稍后再试，或回复“菜单”。',
  busy: '上一条消息还在处理中，请稍候。',

  answer: {
    quoteLabel: '【政策原文】',
    citation: (title: string, section: string) => `——《${title}》${section}`,
    statusLabel: '【提示】',
    followUpLabel: '您还可以问：',
    clauseLead: (title: string, section: string) => `根据《${title}》${section}：`,
  },
  outOfScope: {
    notCovered: '抱歉，政策知识库里没有找到与您问题对应的内容，我不想给您不准确的答复。',
    otherRegion: '抱歉，知识库只收录了宿州市的专精特新政策，其他地区的政策请咨询当地主管部门。',
    suggestion: '您可以换个说法再问，或选择：',
  },
} as const;

/** Words that start a menu item, matched after trimming punctuation. */
export const MENU_WORDS = {
  menu: ['菜单', '主菜单', '返回菜单', '目录', '功能', 'menu'],
  cancel: ['取消', '退出', '结束', '不填了', '算了', 'cancel', 'quit'],
  greeting: ['你好', '您好', '在吗', '在不在', 'hi', 'hello', '哈喽', '早上好', '下午好', '晚上好', '嗨'],
  help: ['帮助', '使用说明', '怎么用', 'help', '?', '？'],
  consult: ['政策咨询', '咨询政策', '问政策'],
  handoff: ['人工咨询', '人工', '转人工', '人工客服', '客服', '找工作人员'],
  assessment: ['资格自测', '自测', '自评', '测一测', '帮我测一下', '测一下'],
  financing: ['融资需求登记', '我要贷款', '我要融资', '登记融资需求', '融资登记', '贷款登记'],
} as const;
