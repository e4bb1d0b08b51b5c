/** A follow-up question on its own: which questions lean on the last subject, and how they are read. */
import { describe, expect, it } from 'vitest';
import { asFollowUp, meantQuestion, subjectOf } from '../../src/answers/follow-up.js';
import { shippedKnowledge } from '../helpers.js';

const { knowledge, search } = await shippedKnowledge();

describe('follow-up questions (dictionary.yaml followUpWords)', () => {
  it('takes the subject of a question, less the words that ask about an aspect', () => {
    expect(subjectOf(search.analyzer, knowledge.dictionary, '税融通是什么')).toEqual(['税融通']);
    expect(subjectOf(search.analyzer, knowledge.dictionary, '发展基金找哪个部门')).toEqual(['发展基金']);
    expect(subjectOf(search.analyzer, knowledge.dictionary, '要什么条件')).toEqual([]);
  });

  it.each([
    ['额度多少', '税融通额度多少'],
    ['怎么申请', '税融通怎么申请'],
    ['找哪个部门', '税融通找哪个部门'],
    ['要准备什么材料', '税融通要准备什么材料'],
    ['利息多少', '税融通利息多少'],
    ['百分之几', '税融通百分之几'],
    // No topic word at all, only what is asked.
    ['找谁办', '税融通找谁办'],
    // Whether the company qualifies for what was just answered.
    ['我们符合吗', '税融通我们符合吗'],
  ])('reads “%s” after 税融通 as “%s”', (question, meant) => {
    expect(asFollowUp(search.analyzer, knowledge.dictionary, question, ['税融通'])).toBe(meant);
  });

  it('leans a longer question with no topic word of its own on the last subject', () => {
    // After “评上专精特新市里给多少钱”: 30万元 is paid once, and only the last subject says whose money.
    expect(asFollowUp(search.analyzer, knowledge.dictionary, '那这钱是一次给完还是分几年', ['专精特新'])).toBe('专精特新那这钱是一次给完还是分几年');
    expect(asFollowUp(search.analyzer, knowledge.dictionary, '好的 我们回去再商量一下', ['专精特新'])).toBeUndefined();
  });

  it.each(['个税怎么算', '社保怎么交', '那成长性小微企业呢', '好的', '然后呢', '专精特新怎么申请', '我们厂在埇桥区 想问问续贷过桥的额度一般是多少'])('leaves “%s” on its own', (question) => {
    expect(asFollowUp(search.analyzer, knowledge.dictionary, question, ['税融通'])).toBeUndefined();
  });

  it.each([
    ['政银担呢', { question: '续贷过桥是什么', subject: ['续贷过桥'] }, '政银担是什么'],
    ['那省级的呢', { question: '市级专精特新奖励多少', subject: ['专精特新'] }, '省级专精特新奖励多少'],
    ['那合肥的呢', { question: '税融通额度多少', subject: ['税融通'] }, '合肥税融通额度多少'],
    // 成长性 is a dictionary word (the typo 成长型 is mapped to it), so 成长性小微企业 is a term, in place of a term.
    ['那成长性小微企业呢', { question: '市里专精特新奖励多少', subject: ['专精特新'] }, '市里成长性小微企业奖励多少'],
    // The subject as the owner typed it (过桥 for 续贷过桥), and a place in place of a place.
    ['那税融通呢', { question: '俺们厂子贷款下礼拜到期 过桥那个钱一天收多少啊', subject: ['融资', '续贷过桥'] }, '俺们厂子贷款下礼拜到期 税融通那个钱一天收多少啊'],
    ['合肥的呢', { question: '武汉那边专精特新奖多少钱', subject: ['专精特新'] }, '合肥那边专精特新奖多少钱'],
    // The home region in place of another: the city's own rule is asked.
    ['那宿州的呢', { question: '合肥的专精特新奖励多少', subject: ['专精特新'] }, '宿州的专精特新奖励多少'],
    ['那国家级的呢', { question: '省级专精特新奖励多少', subject: ['专精特新'] }, '国家级专精特新奖励多少'],
    // A figure is the owner's, put to the same question: nothing of the last question is replaced.
    ['营收只有八百万的话呢', { question: '专精特新中小企业认定需要什么条件？', subject: ['专精特新'] }, '营收只有八百万，专精特新中小企业认定需要什么条件？'],
  ])('reads “%s” after %o as “%s”', (question, last, meant) => {
    expect(meantQuestion(search.analyzer, knowledge.dictionary, question, last)).toBe(meant);
  });

  it('leans on nothing without a subject', () => {
    expect(asFollowUp(search.analyzer, knowledge.dictionary, '额度多少', [])).toBeUndefined();
  });
});
