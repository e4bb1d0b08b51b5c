/**
 * Reads owners' answers the way they type them: 3年, 三年, 420万, 4.2%, 百分之五, 1.2亿, 约500万元,
 * 三百多万, 五六年吧, 六成左右, 负5%, 亏了5%, 没有, 不清楚, 是的没问题, 厂房抵押 (→ 抵押). Pure; amounts
 * come back in 万元, ratios in percent. An approximate or ranged answer carries a note saying how it
 * was read; an answer that fits two options equally is asked back, never guessed.
 */
import Fuse from 'fuse.js';
import { normalizeCharacters } from '../retrieval/segmenter.js';

export interface ChoiceOption {
  value: string | number | boolean;
  label: string;
  /** Other words for this option (发明专利 → the Ⅰ类 options; 软著 → Ⅱ类). */
  aliases?: string[];
}

export type FieldKind =
  | { type: 'number'; unit: string }
  /** `aliases` name what a yes says (在宿州注册 → 境内); `adverse`, what the question wants absent (事故). */
  | { type: 'boolean'; aliases?: string[]; adverse?: string[] }
  | { type: 'choice'; options: ChoiceOption[] }
  | { type: 'text' };

export type ParsedAnswer =
  | {
      kind: 'value';
      value: string | number | boolean;
      /** How an approximate answer was read (“按300计”), to show back to the owner. */
      note?: ApproximationNote;
      /** The owner's own words when they said more than the option (厂房抵押 for 抵押). */
      detail?: string;
    }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; labels: string[] }
  /** `listLength`: the answer was a number past the options' end (“9” of two), so the reply can say which numbers are valid. */
  | { kind: 'invalid'; listLength?: number };

/** `from-sentence`: the figure was picked out of a longer answer (“营收大概3000万”), so it is said back. */
export type ApproximationNote = 'approximate' | 'lower-bound' | 'from-sentence';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const UNKNOWN = /^(不清楚|不知道|不确定|不太清楚|说不准|不好说|忘了|没统计|不记得|不太确定|搞不清|记不清|没带|找不到|手头没有|没评过|没评测过|没测过|没做过评测|没参加过评测|没有评测|没评测|没自评|不会算|还没算|没算过)/;
const NONE = /^(没有|无|没|否|零|0|暂无|还没有|没做|没搞|没有过|从来没有|一个都没有|没投|没投入|没有投入|没花|没花钱|都不是|都没有|都不符合|一个都不是)$/;
const YES = /^(是|是的|有|对|对的|嗯|符合|属于|具备|已获得|有的|当然|肯定|没问题|应该是|应该有|算是|yes|y|true)$/i;
const NO = /^(否|不是|没有|无|不|不符合|不属于|不具备|没|没有过|从来没有|还没有|还没|应该没有|应该不是|no|n|false)$/i;

/** Words around an answer that change nothing: politeness, hedges, particles. */
/** “做了七八年”, “干了三年”: the question asks “做了几年”, and owners answer in its words. */
const LEADING_FILLER = /^(嗯|呃|额|那个|这个|好的|好|哦|噢|我们|我们是|俺们|咱们|我|是|有|大约|大概|约|差不多|估计|应该是|应该|可能|大致|目前|现在|去年|上年|已经|都|做了|干了|搞了|经营了)+/u;
const TRAILING_FILLER = /(吧|吧吧|啊|呀|呢|哦|嘛|的|了|吧估计|应该|差不多|左右|上下|的样子|这样|这个数|那个|这个|那种|这种)+$/u;

/** `一千二百三十四` → 1234, `三点五` → 3.5; numbers up to the thousands (万 and 亿 are units here). */
export function chineseNumeral(text: string): number | undefined {
  const [whole = '', fraction] = text.split('点');
  let total = 0;
  let digit: number | undefined;
  for (const character of whole) {
    if (character in DIGITS) digit = DIGITS[character];
    else if (character in MULTIPLIERS) {
      total += (digit ?? 1) * MULTIPLIERS[character]!;
      digit = undefined;
    } else return undefined;
  }
  total += digit ?? 0;
  if (fraction) {
    const decimals = [...fraction].map((character) => DIGITS[character]);
    if (decimals.some((value) => value === undefined)) return undefined;
    total += Number(`0.${decimals.join('')}`);
  }
  return whole || fraction ? total : undefined;
}

/**
 * One spelling for comparing: NFKC (Ⅱ → II, full width), traditional → simplified, no spaces or
 * punctuation. A decimal point stays: “4.2%” is not 42%, nor “0.5亿” 5亿.
 */
export function foldForMatching(text: string): string {
  return normalizeCharacters(text)
    .replace(/[\s,，。!！?？~～、;；:："“”'‘’()（）【】《》]+/gu, '')
    .replace(/(?<![0-9])\.|\.(?![0-9])/gu, '');
}

/** The answer without the hedges and particles around it (大概三年吧 → 三年), folded for matching. */
export function withoutFiller(text: string): string {
  return foldForMatching(text).replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
}

/** “不清楚”, “说不准”: the owner cannot say. */
export function saysUnknown(text: string): boolean {
  return UNKNOWN.test(withoutFiller(text));
}

function numberValue(text: string): number | undefined {
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(text)) return Number(text);
  return chineseNumeral(text);
}

/** The words after a number that count a field's unit (两百来号人, 三十个人); money and percentages are read above. */
const UNIT_WORDS: Partial<Record<string, string[]>> = { 人: ['人', '号人', '个人', '个', '位', '名'], 年: ['年'], 分: ['分'] };

/**
 * A number with its unit, amounts converted to 万元. Approximate forms (三百多万, 一百来人, 300出头)
 * give the round number with a note; ranges (五六年, 3到5年) give the lower bound with a note;
 * shares (六成, 百分之六十几) are percents; losses (负5%, -5%, 亏了5%, 下降5%) are negative;
 * 一个亿, 1200w and 三百万元整 are read as owners mean them.
 */
export function parseBareQuantity(raw: string, unit: string): ParsedAnswer {
  // Spoken and typed shorthands of an amount: 一个亿, 1.2个亿, 两个多亿, 1200w, 三百万元整.
  let text = withoutFiller(raw).replace(/个(多|来)?亿/u, '$1亿').replace(/(?<=[0-9])w$/u, '万').replace(/(?<=元)整$/u, '');
  if (UNKNOWN.test(text)) return { kind: 'unknown' };
  if (NONE.test(text) || (unit === '%' && NO_CHANGE.test(text))) return { kind: 'value', value: 0 };
  let note: ApproximationNote | undefined;
  let sign = 1;
  const negative = /^(负|-|−|亏了|亏损|亏|下降了|下降|下滑了|下滑|减少了|减少|降了|跌了)/u.exec(text);
  if (negative) {
    sign = -1;
    text = text.slice(negative[0].length);
  }
  if (/^(增长了|增长|涨了|上升了|上升|增加了|增加|提高了|盈利)/u.test(text)) text = text.replace(/^(增长了|增长|涨了|上升了|上升|增加了|增加|提高了|盈利)/u, '');
  let percent = false;
  const spelledPercent = /^百分之(.+)$/u.exec(text);
  if (spelledPercent) {
    percent = true;
    text = spelledPercent[1]!;
  }
  // 六成 → 60%; 六成五 → 65%.
  const tenths = /^([零〇一二两三四五六七八九十0-9]+)成([一二三四五六七八九0-9])?(多|左右)?$/u.exec(text);
  if (tenths && unit === '%') {
    const whole = numberValue(tenths[1]!);
    const extra = tenths[2] ? numberValue(tenths[2]) : 0;
    if (whole === undefined || extra === undefined) return { kind: 'invalid' };
    return { kind: 'value', value: sign * (whole * 10 + extra), ...(tenths[3] ? { note: 'approximate' as const } : {}) };
  }
  // A range: 五六年, 3到5年, 3-5年 → the lower bound.
  const range = /^([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+?)(?:到|至|~|-|—)([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(.*)$/u.exec(text);
  // Two adjacent digits, also after a higher place (两千七八百万 → 两千七百万, 三十五六 → 三十五).
  const adjacent = /^([零〇一二两三四五六七八九十百千]*?[十百千])?([一二两三四五六七八九])([一二三四五六七八九])(十|百|千)?(.*)$/u.exec(text);
  if (range) {
    text = `${range[1]}${range[3]}`;
    note = 'lower-bound';
  } else if (adjacent && DIGITS[adjacent[3]!]! === DIGITS[adjacent[2]!]! + 1) {
    text = `${adjacent[1] ?? ''}${adjacent[2]}${adjacent[4] ?? ''}${adjacent[5]}`;
    note = 'lower-bound';
  }
  // 多 / 来 / 几 / 出头 / 余 after the number (三百多万, 一百来人, 六十几, 300出头) or at the end (五年多).
  const approximate = /(多|来|几|余|出头|挂零)/u;
  if (approximate.test(text)) {
    text = text.replace(/(多|来|几|余|出头|挂零)/gu, '');
    note ??= 'approximate';
  }
  const match = /^([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千点]+)(半)?(千万|百万|万元|万|亿元|亿|元|%|个点|号人|个人|人|年|个|家|分|位|名)?(半)?(以上)?$/u.exec(text);
  if (!match) return { kind: 'invalid' };
  let value = numberValue(match[1]!);
  if (value === undefined || !Number.isFinite(value)) return { kind: 'invalid' };
  if (match[2] || match[4]) value += 0.5;
  if (match[5]) note ??= 'lower-bound';
  const suffix = match[3] ?? '';
  if (suffix === '%' || suffix === '个点') percent = true;
  if (unit === '万元') {
    // “五个人” to an amount counts something else.
    if (percent || (suffix && !/万|亿|元/.test(suffix))) return { kind: 'invalid' };
    if (suffix === '亿' || suffix === '亿元') value *= 10000;
    else if (suffix === '千万') value *= 1000;
    else if (suffix === '百万') value *= 100;
    else if (suffix === '元') value /= 10000;
  } else if (unit === '%') {
    // “两年” to a growth rate is the question's own period (近2年), not 2%.
    if (suffix && !percent) return { kind: 'invalid' };
  } else if (percent || /万|亿|元/.test(suffix)) return { kind: 'invalid' };
  // “七八年了” is no head count: a counted thing other than the field's own is another answer.
  else if (suffix && UNIT_WORDS[unit] && !UNIT_WORDS[unit]!.includes(suffix)) return { kind: 'invalid' };
  const rounded = (sign * Math.round(value * 10000)) / 10000;
  return { kind: 'value', value: rounded, ...(note ? { note } : {}) };
}

/** “持平”, “没增长”: a rate of change of zero. */
const NO_CHANGE = /^(持平|基本持平|没增长|没有增长|零增长|没涨|没变化|没什么变化)$/u;

/** Where a quantity may start inside a sentence: a sign word, 百分之, or a numeral. */
const QUANTITY_START = /^(负|-|−|亏|下降|下滑|减少|降了|跌了|增长|涨了|上升|增加|提高|百分之|[0-9零〇一二两三四五六七八九十百千])/u;
/** “不到100人”, “2000万以下”: an upper bound, which says too little where the criteria draw a line at a figure. */
const UPPER_BOUND_BEFORE = /(不到|不足|少于|低于|不满|未满|没到|没有到|不超过|没超过)$/u;
const UPPER_BOUND_AFTER = /^(以下|以内|之内|不到)/u;
/** Text ending inside a spelled percentage: what follows is its figure. */
const INSIDE_A_PERCENTAGE = /百分之[零〇一二两三四五六七八九十百千点0-9.]*$/u;
/** “超过100人”: read as its lower bound, as “100人以上” is. */
const LOWER_BOUND_BEFORE = /(超过|多于|高于|至少|起码)$/u;
/** A counting word right after a number: the number counts that, whatever the field's unit. */
const COUNTED_AFTER = /^(年|人|号人|名|位|万|亿|元|%|分|个|天|月|岁|次|家|台|套|倍|项|件|成|点)/u;
/** The words that name a field's unit outright; a bare number or another counting word is weaker evidence. */
const UNIT_MARKERS: Partial<Record<string, RegExp>> = { 人: /人|名/u, 万元: /万|亿|元|w$/u, '%': /%|百分之|个点|成/u, 年: /年/u, 分: /(?<!百)分(?!之)/u };

/** A message shaped like a question: inside a form, such a message may be a policy question rather than an answer. */
export function looksLikeQuestion(text: string): boolean {
  return /[?？]\s*$|[吗呢么]\s*$|什么|怎么|如何|哪|多少|是否|能否|能不能|可不可以|有没有|啥|咋|干嘛|何时/u.test(text.normalize('NFKC'));
}

/**
 * The answer to a quantity question, also when the owner puts it in a sentence: “营收3000万”,
 * “员工120人左右”, “近两年平均百分之十左右”, “从2015年开始做的”. Owners repeat the question's
 * subject, so the whole answer is read first and then the one span inside it that reads as this
 * field's unit. Two such spans (“正式工80 临时工20”) and an upper bound (“不到2000万”, which says
 * nothing about a line at 2000万) are asked again: a guess there decides a tier.
 */
export function parseQuantity(raw: string, unit: string, currentYear = new Date().getFullYear()): ParsedAnswer {
  const whole = parseBareQuantity(raw, unit);
  const calendarYear = unit === '年' && whole.kind === 'value' && Number(whole.value) >= 1900;
  if (whole.kind !== 'invalid' && !calendarYear) return whole;
  // “税融通最多能贷500万吗” at the revenue question asks something: its figure is no answer.
  if (looksLikeQuestion(raw)) return { kind: 'invalid' };
  const text = foldForMatching(raw);
  const found: Array<{ answer: Extract<ParsedAnswer, { kind: 'value' }>; named: boolean }> = [];
  let upperBound = false;
  for (let start = 0; start < text.length; start++) {
    if (!QUANTITY_START.test(text.slice(start))) continue;
    // “2015年开始做的”: a calendar year says since when; the count is the years to now.
    const since = unit === '年' ? /^(19[5-9][0-9]|20[0-9]{2})年?(?=开始|起|成立|就|到现在|至今|进入|入行|的|$)/u.exec(text.slice(start)) : null;
    if (since && Number(since[1]) <= currentYear) {
      found.push({ answer: { kind: 'value', value: currentYear - Number(since[1]), note: 'approximate' }, named: true });
      start += since[0].length - 1;
      continue;
    }
    // “去年涨了百分之十二左右” at the revenue question: 十二 is a share, never 12万元.
    if (INSIDE_A_PERCENTAGE.test(text.slice(0, start))) continue;
    const reading = longestReading(text, start, unit);
    if (!reading) continue;
    const { answer, end } = reading;
    const span = text.slice(start, end);
    const before = text.slice(0, start);
    const after = text.slice(end);
    // “七八年了” to a head count: the number counts years, not people.
    if (COUNTED_AFTER.test(after)) continue;
    // “有ISO9001”: digits glued to letters name a standard or a model, they count nothing.
    if (/[a-z]$/u.test(before) || /^[a-z]/u.test(after)) {
      start = end - 1;
      continue;
    }
    // A lone 一 or 十 inside a word (一直, 十分) is no quantity; nor is a calendar year (2018年) a count of years.
    const named = UNIT_MARKERS[unit]?.test(span) ?? false;
    const counted = named || /[0-9]/.test(span) || /[零〇一二两三四五六七八九十百千]{2,}/u.test(span);
    const calendarYear = /^(19|20)[0-9]{2}年/u.test(span);
    if (counted && !calendarYear) {
      if (UPPER_BOUND_BEFORE.test(before) || UPPER_BOUND_AFTER.test(after)) upperBound = true;
      else found.push({ answer: LOWER_BOUND_BEFORE.test(before) ? { ...answer, note: answer.note ?? 'lower-bound' } : answer, named });
    }
    start = end - 1;
  }
  if (upperBound) return { kind: 'invalid' };
  const named = found.filter((candidate) => candidate.named);
  const picked = named.length === 1 ? named[0] : named.length === 0 && found.length === 1 ? found[0] : undefined;
  return picked ? { ...picked.answer, note: picked.answer.note ?? 'from-sentence' } : { kind: 'invalid' };
}

/** Words between a field's name and its figure (“营收大概是5000万”, “员工有200人”, “研发投了150万”, “研发人员占了两成”, “营收才九百来万”). */
const BEFORE_FIGURE = /^(是|有|为|在|占了|占|达到|大概|大约|约|差不多|将近|接近|估计|能有|有个|一年|去年|今年|每年|投入|投|花|了|才|只有|就|也就|刚|:)*/u;

/**
 * The quantity a text opens with, after filler (“营收大概5000万” read after 营收): its reading and
 * where it ends. Nothing for an upper bound (不到5000万), a number counting something else (“研发
 * 人员20个” is no amount), or anything else between the name and the figure.
 */
export function openingQuantity(text: string, unit: string): QuantityReading | undefined {
  const start = BEFORE_FIGURE.exec(text)![0].length;
  if (!QUANTITY_START.test(text.slice(start))) return undefined;
  const reading = longestReading(text, start, unit);
  if (!reading || COUNTED_AFTER.test(text.slice(reading.end)) || UPPER_BOUND_AFTER.test(text.slice(reading.end))) return undefined;
  return reading;
}

type QuantityReading = { answer: Extract<ParsedAnswer, { kind: 'value' }>; end: number };

/** Longer than any quantity an owner writes (“一千二百三十四万五千元左右吧”): a long message costs no more per position. */
const MAX_QUANTITY_LENGTH = 24;

/** The longest quantity from `start`: “3000多万左右”, not “3000”. */
function longestReading(text: string, start: number, unit: string): QuantityReading | undefined {
  for (let end = Math.min(text.length, start + MAX_QUANTITY_LENGTH); end > start; end--) {
    const answer = parseBareQuantity(text.slice(start, end), unit);
    if (answer.kind === 'value' && typeof answer.value === 'number') return { answer, end };
  }
  return undefined;
}

/** Particles at the end of a short reply (“可以的”, “是吧”, “好了”) that change nothing. */
const TRAILING_PARTICLES = /(吧|啊|呀|呢|哦|嘛|的|了)+$/u;

/** A short reply folded for matching, without the particles at its end. */
export function withoutTrailingParticles(raw: string): string {
  return foldForMatching(raw).replace(TRAILING_PARTICLES, '');
}

/** “2”, “第二个”, “选2”, “2号”, “要第二项吧”: the position picked in a numbered list, from 1; else nothing. */
export function listPosition(raw: string): number | undefined {
  // Not the quantities' filler: “有2个” says how many, not which.
  const text = withoutTrailingParticles(raw).replace(/^(嗯|好的|好|那|我|就)*(选择|选|要|看)?/u, '');
  const numeral = /^第?([0-9]{1,2}|[一二三四五六七八九十]{1,2})(个|项|条|种|号)?$/u.exec(text)?.[1];
  const position = numeral === undefined ? undefined : numberValue(numeral);
  return position !== undefined && Number.isInteger(position) && position >= 1 ? position : undefined;
}

/** “没抵押 想要信用贷”: a name right after a negation is what the owner does not have or want. */
const NEGATION_BEFORE = /(没有|没|无|不要|不用|不是|不想)$/u;

/** The text names `name` somewhere not negated. */
function saysAffirmed(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!NEGATION_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

/** The option a typed or tapped answer means: by number, label, alias, or the label inside a longer answer. */
function parseChoice(raw: string, options: ChoiceOption[]): ParsedAnswer {
  const folded = foldForMatching(raw);
  const text = withoutFiller(raw) || folded;
  const position = listPosition(raw);
  if (position !== undefined) return position <= options.length ? { kind: 'value', value: options[position - 1]!.value } : { kind: 'invalid', listLength: options.length };
  const names = options.map((option) => ({ option, names: [option.label, String(option.value), ...(option.aliases ?? [])].map(foldForMatching).filter(Boolean) }));
  const exact = names.filter(({ names: candidates }) => candidates.includes(text) || candidates.includes(folded));
  if (exact.length === 1) return { kind: 'value', value: exact[0]!.option.value };
  if (exact.length > 1) return { kind: 'ambiguous', labels: exact.map(({ option }) => option.label) };
  // “不确定” is an answer where an option says so; elsewhere it leaves the question unknown.
  const undecided = options.find((option) => UNKNOWN.test(foldForMatching(option.label)));
  if (UNKNOWN.test(text)) return undecided ? { kind: 'value', value: undecided.value } : { kind: 'unknown' };
  if (NONE.test(text) || NONE.test(folded)) {
    // An option that says none (没有, 未建立) before one for the rest (其他): “其他认定” is a certification.
    // With neither, “无” to “意向融资产品” says no product in mind: the option for the undecided.
    const none = options.find((option) => /^(没有|无|未建立)/.test(option.label)) ?? options.find((option) => /^其他/.test(option.label)) ?? undecided;
    // “没有” to “数字化水平评测是几级”: never assessed, so the level is not known; it is no option.
    return none ? { kind: 'value', value: none.value } : { kind: 'unknown' };
  }
  // The option whose names the answer holds most (“发明专利 都是自己研发的”: 发明专利 and 自己研发 are
  // both names of 自主研发的Ⅰ类), then the longest (厂房抵押 → 抵押); the owner's words stay as the detail.
  let strongest = { count: 0, length: 0 };
  let found: ChoiceOption[] = [];
  for (const { option, names: candidates } of names) {
    const held = candidates.filter((name) => name.length >= 2 && (saysAffirmed(text, name) || saysAffirmed(folded, name)));
    if (!held.length) continue;
    const score = { count: new Set(held).size, length: Math.max(...held.map((name) => name.length)) };
    const better = score.count > strongest.count || (score.count === strongest.count && score.length > strongest.length);
    if (better) {
      strongest = score;
      found = [option];
    } else if (score.count === strongest.count && score.length === strongest.length) found.push(option);
  }
  // The detail is the owner's words as typed, less the filler after them (“厂房抵押那个” → 厂房抵押).
  if (found.length === 1) return { kind: 'value', value: found[0]!.value, ...(text !== foldForMatching(found[0]!.label) ? { detail: raw.trim().replace(TRAILING_FILLER, '') } : {}) };
  if (found.length > 1) return { kind: 'ambiguous', labels: found.map((option) => option.label) };
  // A short form of a label (Ⅱ类 for Ⅱ类知识产权): one option holding it is the answer, several are asked back.
  if (text.length >= 2) {
    const holding = names.filter(({ names: candidates }) => candidates.some((name) => name.includes(text)));
    if (holding.length === 1) return { kind: 'value', value: holding[0]!.option.value };
    if (holding.length > 1) return { kind: 'ambiguous', labels: holding.map(({ option }) => option.label) };
  }
  // “没抵押” names 抵押 only to deny it: no option, however close its spelling.
  if (names.some(({ names: candidates }) => candidates.some((name) => name.length >= 2 && text.includes(name)))) return { kind: 'invalid' };
  // Short answers typed loosely (“省级的”, “二级吧”): fuzzy matching of short strings is what fuse.js
  // is for — but only a clear winner; two close scores are asked back.
  const scored = new Fuse(
    names.map(({ option, names: candidates }) => ({ option, label: candidates[0]! })),
    { keys: ['label'], includeScore: true, threshold: 0.4 },
  ).search(text);
  const [best, second] = scored;
  if (!best) return { kind: 'invalid' };
  if (second && (second.score ?? 1) - (best.score ?? 0) < 0.1) return { kind: 'ambiguous', labels: [best.item.option.label, second.item.option.label] };
  return { kind: 'value', value: best.item.option.value };
}

/** “是的，没问题”, “应该没问题吧”: a yes with a hedge is a yes; “没有过”, “应该没有” are a no. */
const HEDGED_YES = /^(应该|肯定|当然|是的|对的|嗯)*(没问题|没有问题|是的|是|对|有的|有|符合|属于|具备|算)/u;
const HEDGED_NO = /^(应该|好像|目前|暂时|还|都)*(没有过|从来没有|没有|不是|不符合|不属于|不具备|没|不|无|否)/u;
/** A word that denies what follows it: 没出过事, 从未失信. */
const DENIAL = /(没|无|未|不曾|从不|从没)/u;
/** Only a serious event admitted is a no; “有过一次小事故” is asked again, not taken as failing the gate. */
const SERIOUS = /(重大|严重|被列入|列入|上了)/u;

function parseYesNo(raw: string, field: Extract<FieldKind, { type: 'boolean' }>): ParsedAnswer {
  // The question lists “1. 是 2. 否”: a picked item (“1”, “选2”) answers it like any list.
  const position = listPosition(raw);
  if (position !== undefined) return position <= 2 ? { kind: 'value', value: position === 1 } : { kind: 'invalid', listLength: 2 };
  const text = withoutTrailingParticles(raw) || foldForMatching(raw);
  if (YES.test(text) || /^(应该|肯定|当然|是的|对的)*(没问题|没有问题)/u.test(text)) return { kind: 'value', value: true };
  const adverse = (field.adverse ?? []).map(foldForMatching).filter(Boolean);
  if (adverse.length) {
    // “…且没有发生重大事故？” — “从来没有” denies the events; a bare “没有” could deny either, so it is asked again.
    if (/^(没有过|从来没有|从没有|从来没|都没有)$/u.test(text)) return { kind: 'value', value: true };
    if (/^(没有|没|无)$/u.test(text)) return { kind: 'invalid' };
    // Each clause on its own: in “没有失信 但有过小事故” the 没 denies 失信 only.
    const clauses = raw.normalize('NFKC').split(/[，,。；;\s]+|但是|但|可是|不过|只是/u).map(foldForMatching);
    const mentions = clauses.flatMap((clause) => adverse.filter((word) => clause.includes(word)).map((word) => ({ clause, denied: DENIAL.test(clause.slice(0, clause.indexOf(word))) })));
    if (mentions.length) {
      const admitted = mentions.filter((mention) => !mention.denied);
      if (!admitted.length) return { kind: 'value', value: true };
      return admitted.some((mention) => SERIOUS.test(mention.clause)) ? { kind: 'value', value: false } : { kind: 'invalid' };
    }
  }
  if (NO.test(text) || HEDGED_NO.test(text)) return { kind: 'value', value: false };
  // “安徽专精特新板是个什么东西” at the registration question asks something: its 安徽 is no yes,
  // nor is the 是 that opens “是不是要在宿州注册”.
  if (looksLikeQuestion(raw)) return { kind: 'invalid' };
  // A name of what a yes says (“在宿州注册的” to 境内注册), not denied before it.
  const alias = (field.aliases ?? []).map(foldForMatching).find((name) => name.length >= 2 && text.includes(name));
  if (alias && !DENIAL.test(text.slice(0, text.indexOf(alias))) && !/不/u.test(text.slice(0, text.indexOf(alias)))) return { kind: 'value', value: true };
  if (HEDGED_YES.test(text)) return { kind: 'value', value: true };
  return { kind: 'invalid' };
}

export function parseAnswer(raw: string, field: FieldKind): ParsedAnswer {
  const text = foldForMatching(raw);
  if (!text) return { kind: 'invalid' };
  switch (field.type) {
    case 'number':
      return parseQuantity(raw, field.unit);
    case 'boolean':
      if (saysUnknown(raw)) return { kind: 'unknown' };
      return parseYesNo(raw, field);
    case 'choice':
      return parseChoice(raw, field.options);
    case 'text':
      return { kind: 'value', value: raw.trim() };
  }
}
