/**
 * Validation of what owners type into the financing form. Pure functions: text in, a clean value
 * or a reason out.
 */
import { chineseNumeral, saysUnknown, withoutFiller } from '../forms/answer-parser.js';

const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** `no-such-item`: a number past the end of a list of choices (“9” of six counties). */
export type Validation<T> = { ok: true; value: T } | { ok: false; reason: 'format' | 'checksum' | 'range' | 'no-such-item' };

/** The 18th character of a unified social credit code (GB 32100-2015) from the first 17. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[index] ?? '');
    if (value < 0) return undefined;
    sum += value * CREDIT_CODE_WEIGHTS[index]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARACTERS[check];
}

export function validateCreditCode(text: string): Validation<string> {
  const code = text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return { ok: false, reason: 'format' };
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? { ok: true, value: code } : { ok: false, reason: 'checksum' };
}

export function validateMobile(text: string): Validation<string> {
  const digits = text.normalize('NFKC').replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits } : { ok: false, reason: 'format' };
}

export function validateText(text: string, minimum = 1, maximum = 200): Validation<string> {
  const value = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (value.length < minimum) return { ok: false, reason: 'format' };
  if (value.length > maximum) return { ok: false, reason: 'range' };
  return { ok: true, value };
}

/**
 * Free text that must say something: at least this many letters (Chinese characters count). “12”
 * for 行业 or “？” for 用途 is a slip, not an answer staff can use.
 */
export function validateWords(text: string, minimum: number, maximum: number, minimumLetters = 2): Validation<string> {
  const read = validateText(text, minimum, maximum);
  if (!read.ok) return read;
  return (read.value.match(/\p{L}/gu)?.length ?? 0) >= minimumLetters ? withoutClosingParticle(read.value) : { ok: false, reason: 'format' };
}

/** A sentence particle at the end (扩大生产吧, 半年吧) is how it was said, not what: staff read the rest. */
const TRAILING_PARTICLES = /[吧呗啊呀呢哦嘛哈][。！？!?~～.]*$/u;

function withoutClosingParticle(value: string): Validation<string> {
  return { ok: true, value: value.replace(TRAILING_PARTICLES, '') || value };
}

const NUMERAL = '(?:[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百]+)';
const TERM_UNIT = '(?:年|个月|月|个星期|星期|周|天|日)';
/** One duration: 1年, 6个月, 一年半, 半年, 1到3年, 三五年 (a range keeps its lower bound for the range check). */
const DURATION = new RegExp(`(?:(${NUMERAL})(?:(?:到|至|-|~|—)${NUMERAL})?个?(半)?|(半)个?)(${TERM_UNIT})(半)?`, 'gu');
const MONTHS_PER_UNIT: Record<string, number> = { 年: 12, 个月: 1, 月: 1, 个星期: 0.25, 星期: 0.25, 周: 0.25, 天: 1 / 30, 日: 1 / 30 };
/** Around a term, beyond the hedges of any answer (大概, 左右, 吧): what owners say of a loan's term. */
const TERM_WORDS_BEFORE = /^(最好|希望|期望|想要|想贷|想借|贷|借|期限)+/u;
const TERM_WORDS_AFTER = /(以内|以上|之内|内|就行|就可以|都行|即可)+$/u;
/** Owners who cannot say yet (不确定, 看银行) or say it in words (短期, 中长期): kept as said. */
const TERM_IN_WORDS = /^(还没定|都可以|都行|无所谓|看银行|听银行|短期|中期|长期|中长期|越长越好|随借随还|循环)/u;
/** A longer term than 30 years is a typo (30 for 3, or 年 for 月). */
const LONGEST_TERM_MONTHS = 360;

/** 期望期限 as owners type it: 1年, 6个月, 半年, 一年半, 1年6个月, 1到3年, 一年左右; or 不确定, 短期. */
export function validateTerm(text: string): Validation<string> {
  const read = validateText(text, 1, 30);
  if (!read.ok) return read;
  const bare = withoutFiller(read.value).replace(TERM_WORDS_BEFORE, '').replace(TERM_WORDS_AFTER, '');
  if (saysUnknown(read.value) || TERM_IN_WORDS.test(bare)) return withoutClosingParticle(read.value);
  // “一年到两年”: a range with a unit on each side, checked by its lower bound.
  const range = /^(.+?)(?:到|至|-|~|—)(.+)$/u.exec(bare);
  const months = monthsOf(bare) ?? (range && monthsOf(range[2]!) !== undefined ? monthsOf(range[1]!) : undefined);
  if (months === undefined) return { ok: false, reason: 'format' };
  return months > 0 && months <= LONGEST_TERM_MONTHS ? withoutClosingParticle(read.value) : { ok: false, reason: 'range' };
}

/** The months a text of durations only adds up to (1年6个月 → 18); nothing when it holds anything else. */
function monthsOf(text: string): number | undefined {
  let months = 0;
  let covered = 0;
  for (const match of text.matchAll(DURATION)) {
    if (match.index !== covered) return undefined;
    covered += match[0].length;
    const [, numeral, halfBefore, halfAlone, unit, halfAfter] = match;
    const count = numeral === undefined ? 0 : /^[0-9]/.test(numeral) ? Number(numeral) : chineseNumeral(numeral);
    if (count === undefined) return undefined;
    months += (count + (halfBefore || halfAlone || halfAfter ? 0.5 : 0)) * MONTHS_PER_UNIT[unit!]!;
  }
  return covered > 0 && covered === text.length ? months : undefined;
}
