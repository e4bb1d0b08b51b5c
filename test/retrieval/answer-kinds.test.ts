/** What a question asks for and whether a passage holds it: the dictionary's answerKinds, made up here. */
import { describe, expect, it } from 'vitest';
import type { AnswerKind } from '../../src/knowledge/model.js';
import { answerKindMatcher } from '../../src/retrieval/answer-kinds.js';

const kinds: AnswerKind[] = [
  { name: '数额', asked: ['多少', '几年'], passageWords: [], numberUnits: ['万元', '户', '%', '年'], calendarYears: false, narrows: [] },
  { name: '单位', asked: ['谁', '哪个部门'], passageWords: ['局', '部门'], numberUnits: [], calendarYears: false, narrows: [] },
  { name: '金额', asked: ['多少钱', '补多少'], passageWords: [], numberUnits: ['万元', '元'], calendarYears: false, narrows: ['数额'] },
];
const matcher = answerKindMatcher(kinds);
const counts = () => answerKindMatcher([{ name: '数额', asked: ['几个', '几年'], passageWords: [], numberUnits: ['个'], calendarYears: false, narrows: [] }]);
const AMOUNT = 1;
const DEPARTMENT = 2;
const MONEY = 4;

describe('answer kinds', () => {
  it('finds what a question asks for, in traditional characters too, and nothing in a question that asks for none', () => {
    expect(matcher.asked('奖励多少')).toBe(AMOUNT);
    expect(matcher.asked('獎勵多少')).toBe(AMOUNT);
    expect(matcher.asked('谁负责给多少')).toBe(AMOUNT | DEPARTMENT);
    expect(matcher.asked('税融通怎么申请')).toBe(0);
  });

  it('reads what is asked from the last clause: an amount named earlier is context', () => {
    expect(matcher.asked('我们给几家大厂做配套，手里全是应收款 这个能拿去融资不')).toBe(0);
    expect(matcher.asked('配套的事先不说，奖励多少？')).toBe(AMOUNT);
    expect(matcher.asked('奖励多少？？')).toBe(AMOUNT);
  });

  it('reads no count in 这几个 or 那几年: they point at what was named', () => {
    expect(counts().asked('单打冠军 配套专家 这几个说法有啥区别')).toBe(0);
    expect(counts().asked('那几年的奖励还算吗')).toBe(0);
    expect(counts().asked('每年认定几个')).toBe(1);
  });

  it('reads 哪几个部门 as which departments, not how many', () => {
    expect(matcher.asked('发展基金是哪几个部门在弄')).toBe(DEPARTMENT);
    expect(matcher.asked('每年推荐几个')).toBe(0);
    expect(counts().asked('每年推荐几个')).toBe(1);
  });

  it('counts a year of the calendar as a time only, never as an amount (2019年底前 states no 数额)', () => {
    const time = answerKindMatcher([...kinds, { name: '时间', asked: ['哪年'], passageWords: ['年底'], numberUnits: ['年'], calendarYears: true, narrows: [] }]);
    const TIME = 8;
    expect(time.held('2019年底前设立发展基金。')).toBe(TIME);
    expect(time.held('力争到2020年达到。')).toBe(TIME);
    expect(time.held('从事细分市场2年以上。')).toBe(AMOUNT | TIME);
  });

  it('asks for a sum of money, not any number, when a narrower kind is asked too', () => {
    expect(matcher.asked('智能工厂政府补多少')).toBe(MONEY);
    expect(matcher.asked('奖励多少钱由谁发')).toBe(MONEY | DEPARTMENT);
    expect(matcher.held('每年认定1个智能工厂。') & MONEY).toBe(0);
    expect(matcher.held('每户奖励30万元。') & MONEY).toBe(MONEY);
  });

  it('sees an amount only as a number with one of the units, in Arabic or Chinese numerals', () => {
    expect(matcher.held('一次性奖励30万元。')).toBe(AMOUNT | MONEY);
    expect(matcher.held('每年培育五十户。')).toBe(AMOUNT);
    expect(matcher.held('占比不低于 60 %')).toBe(AMOUNT);
    expect(matcher.held('给予一次性奖励。')).toBe(0);
    expect(matcher.held('按年度组织评审。')).toBe(0);
  });

  it('sees a department by its words', () => {
    expect(matcher.held('由市经信局牵头。')).toBe(DEPARTMENT);
    expect(matcher.held('相关部门配合，奖励10万元。')).toBe(AMOUNT | DEPARTMENT | MONEY);
  });

  it('knows a word a passage states a kind with (部门 for a department), only for the kinds asked', () => {
    expect(matcher.namesKind('部门', DEPARTMENT)).toBe(true);
    expect(matcher.namesKind('部門', DEPARTMENT | AMOUNT)).toBe(true);
    expect(matcher.namesKind('部门', AMOUNT)).toBe(false);
    expect(matcher.namesKind('发展基金', DEPARTMENT)).toBe(false);
  });

  it('names a set of kinds as the dictionary does, in its order', () => {
    expect(matcher.names(DEPARTMENT | AMOUNT)).toEqual(['数额', '单位']);
    expect(matcher.names(MONEY | AMOUNT)).toEqual(['数额', '金额']);
    expect(matcher.names(0)).toEqual([]);
  });

  it('asks for nothing when the dictionary lists no kinds', () => {
    const empty = answerKindMatcher([]);
    expect(empty.asked('多少')).toBe(0);
    expect(empty.held('30万元')).toBe(0);
  });
});
