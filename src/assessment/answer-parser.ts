/**
 * Reads owners' answers the way they type them: 3年, 三年, 420万, 4.2%, 百分之五, 1.2亿,
 * 约500万元, 没有, 不清楚. Pure; amounts come back in 万元, ratios in percent.
 */
import Fuse from 'fuse.js';

export type FieldKind =
  | { type: 'number'; unit: string }
  | { type: 'boolean' }
  | { type: 'choice'; options: Array<{ value: string | number | boolean; label: string }> }
  | { type: 'text' };

export type ParsedAnswer =
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'unknown' }
  | { kind: 'invalid' };

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const UNKNOWN = /^(不清楚|不知道|不确定|不太清楚|说不准|不好说|忘了|没统计|不记得)/;
const NONE = /^(没有|无|没|否|零|0|暂无|还没有|没做|没搞)$/;
const YES = /^(是|是的|有|对|对的|嗯|符合|属于|具备|已获得|有的|yes|y|true|1)$/i;
const NO = /^(否|不是|没有|无|不|不符合|不属于|不具备|没|no|n|false|2)$/i;

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

function clean(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[\s,，。.!！~]+$/u, '')
    .trim();
}

/** Hedges around a number (约500万, 3年左右) do not change it. */
function cleanQuantity(text: string): string {
  return clean(text)
    .replace(/^(大约|大概|约|差不多|将近|接近|估计|应该是|我们是|我们|是|有)/u, '')
    .replace(/(左右|上下|多一点|出头|以上|多)$/u, '')
    .replace(/,/g, '')
    .trim();
}

/** A number with its unit, amounts converted to 万元. */
export function parseQuantity(raw: string, unit: string): ParsedAnswer {
  const text = cleanQuantity(raw);
  if (UNKNOWN.test(text)) return { kind: 'unknown' };
  if (NONE.test(text)) return { kind: 'value', value: 0 };
  let percent = false;
  let body = text;
  const spelledPercent = /^百分之(.+)$/u.exec(body);
  if (spelledPercent) {
    percent = true;
    body = spelledPercent[1]!;
  }
  const match = /^([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千点]+)(半)?\s*(千万|百万|万元|万|亿元|亿|元|%|％|个点|人|年|个|家|分)?(半)?$/u.exec(body);
  if (!match) return { kind: 'invalid' };
  let value = /^[0-9]/.test(match[1]!) ? Number(match[1]) : chineseNumeral(match[1]!);
  if (value === undefined || !Number.isFinite(value)) return { kind: 'invalid' };
  if (match[2] || match[4]) value += 0.5;
  const suffix = match[3] ?? '';
  if (suffix === '%' || suffix === '％' || suffix === '个点') percent = true;
  if (unit === '万元') {
    if (percent) return { kind: 'invalid' };
    if (suffix === '亿' || suffix === '亿元') value *= 10000;
    else if (suffix === '千万') value *= 1000;
    else if (suffix === '百万') value *= 100;
    else if (suffix === '元') value /= 10000;
  } else if (unit === '%') {
    if (/万|亿|元/.test(suffix)) return { kind: 'invalid' };
  } else if (percent || /万|亿|元/.test(suffix)) return { kind: 'invalid' };
  return { kind: 'value', value: Math.round(value * 10000) / 10000 };
}

export function parseAnswer(raw: string, field: FieldKind): ParsedAnswer {
  const text = clean(raw);
  if (!text) return { kind: 'invalid' };
  if (UNKNOWN.test(text)) return { kind: 'unknown' };
  switch (field.type) {
    case 'number':
      return parseQuantity(raw, field.unit);
    case 'boolean':
      if (YES.test(text)) return { kind: 'value', value: true };
      if (NO.test(text)) return { kind: 'value', value: false };
      return { kind: 'invalid' };
    case 'choice': {
      const index = /^[0-9]+$/.test(text) ? Number(text) : chineseNumeral(text);
      if (index !== undefined && Number.isInteger(index) && index >= 1 && index <= field.options.length) {
        return { kind: 'value', value: field.options[index - 1]!.value };
      }
      const exact = field.options.find((option) => option.label === text || String(option.value) === text);
      if (exact) return { kind: 'value', value: exact.value };
      if (NONE.test(text)) {
        const none = field.options.find((option) => /^(没有|无|未建立|其他)/.test(option.label));
        if (none) return { kind: 'value', value: none.value };
      }
      // Short labels typed loosely (“省级的”, “二级吧”): fuzzy matching of short strings is what fuse.js is for.
      const [best] = new Fuse(field.options, { keys: ['label'], includeScore: true, threshold: 0.4 }).search(text);
      return best ? { kind: 'value', value: best.item.value } : { kind: 'invalid' };
    }
    case 'text':
      return { kind: 'value', value: raw.trim() };
  }
}
