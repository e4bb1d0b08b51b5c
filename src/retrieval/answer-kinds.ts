/**
 * What a question asks for (an amount, a department, a time) and whether a passage holds it. A
 * passage that matches a “几年” question on every topic word but names no time is about the
 * topic, not the answer: quoting it as the answer is how “证书有效期几年” got the quality
 * indicator. Pure: the dictionary's `answerKinds` and a text in, a set of kinds out.
 *
 * A set of kinds is a bit mask (bit i: the dictionary's i-th kind), so that the kinds of every
 * passage can be kept in one small typed array and compared with a question's in one step.
 */
import type { AnswerKind } from '../knowledge/model.js';
import { MAX_ANSWER_KINDS } from '../knowledge/schema.js';
import { normalizeCharacters } from './segmenter.js';
import { escapeRegExp } from '../infrastructure/regexp.js';

/** Arabic or Chinese numerals, as the policy writes amounts (30万元, 三十户, 1.5倍). */
const NUMBER = '[0-9.一二三四五六七八九十百千万两]+';

/** A year of the calendar (2019年, 2020年底): a date, which counts nothing. */
const CALENDAR_YEAR = /(?:19|20)[0-9]{2}年/gu;

/** Where an owner's message moves on to the next clause: a space, a comma, a full stop, a question mark. */
const CLAUSE_BREAK = /[\s,，。;；!！?？]+/u;

/**
 * “这几个说法有啥区别”: 这 or 那 before 几 points at what was named; it asks no count. Nor does
 * “中间这段时间资金咋接上” ask for a time: 这段时间 says which time, as 这几个 says which ones.
 */
const DEMONSTRATIVE = /[这那]几[个家户项年天]|[这那一][段些个]时间/gu;
/** “哪几个部门”, “哪几家银行” ask which, as 哪个部门 and 哪家银行 do, not how many. */
const WHICH_ONES = /哪几([个家户项年天])/gu;

export interface AnswerKindMatcher {
  /** The kinds the last clause of a question asks for; 0 when it asks for none of them. */
  asked(question: string): number;
  /** The kinds a passage holds. */
  held(passageText: string): number;
  /** The dictionary's names of a set of kinds (数额, 时间), in its order. */
  names(kinds: number): string[];
  /** The word is one a passage states one of these kinds with (部门 for 负责部门): it names what is asked. */
  namesKind(word: string, kinds: number): boolean;
}


export function answerKindMatcher(kinds: readonly AnswerKind[]): AnswerKindMatcher {
  const compiled = kinds.slice(0, MAX_ANSWER_KINDS).map((kind) => ({
    asked: kind.asked.map(normalizeCharacters),
    passageWords: kind.passageWords.map(normalizeCharacters),
    calendarYears: kind.calendarYears,
    amount: kind.numberUnits.length ? new RegExp(`${NUMBER}\\s*(?:${kind.numberUnits.map((unit) => escapeRegExp(normalizeCharacters(unit))).join('|')})`, 'u') : undefined,
    narrowed: kind.narrows.reduce((mask, name) => {
      const index = kinds.findIndex((other) => other.name === name);
      return index >= 0 && index < MAX_ANSWER_KINDS ? mask | (1 << index) : mask;
    }, 0),
  }));
  const kindsIn = (text: string, holds: (kind: (typeof compiled)[number]) => boolean) => {
    let mask = 0;
    compiled.forEach((kind, index) => {
      if (holds(kind)) mask |= 1 << index;
    });
    return mask;
  };
  return {
    asked(question) {
      if (!compiled.length) return 0;
      // Owners put the question last; a 几家 before it is context (“我们给几家大厂做配套 … 能拿去融资不”).
      const full = normalizeCharacters(question);
      const text = (full.split(CLAUSE_BREAK).filter(Boolean).pop() ?? full).replace(DEMONSTRATIVE, '').replace(WHICH_ONES, '哪$1');
      const mask = kindsIn(text, (kind) => kind.asked.some((word) => text.includes(word)));
      let narrowed = 0;
      compiled.forEach((kind, index) => {
        if (mask & (1 << index)) narrowed |= kind.narrowed;
      });
      return mask & ~narrowed;
    },
    names(mask) {
      return kinds.slice(0, MAX_ANSWER_KINDS).flatMap((kind, index) => (mask & (1 << index) ? [kind.name] : []));
    },
    namesKind(word, mask) {
      const text = normalizeCharacters(word);
      return compiled.some((kind, index) => (mask & (1 << index)) !== 0 && kind.passageWords.includes(text));
    },
    held(passageText) {
      const text = normalizeCharacters(passageText);
      const withoutDates = text.replace(CALENDAR_YEAR, '');
      return kindsIn(text, (kind) => kind.passageWords.some((word) => text.includes(word)) || (kind.amount?.test(kind.calendarYears ? text : withoutDates) ?? false));
    },
  };
}
