import { beforeAll, describe, expect, it } from 'vitest';
import { classify, matchIntent } from '../src/bot/intents.js';
import { parseAnswer, parseQuantity } from '../src/forms/answer-parser.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { IntentGrammar } from '../src/knowledge/model.js';
import { KNOWLEDGE } from './helpers.js';

let grammar: IntentGrammar;
beforeAll(async () => {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error('shipped knowledge is invalid');
  grammar = loaded.knowledge.intents;
});

// The core phrasings owners use, each expected intent once; the habits below wrap them.
const CORE: Array<[string, string]> = [
  ['取消', 'cancel'], ['算了', 'cancel'], ['不填了', 'cancel'], ['退出', 'cancel'],
  ['菜单', 'menu'], ['主菜单', 'menu'], ['回到菜单', 'menu'],
  ['人工客服', 'handoff'], ['转人工', 'handoff'], ['人工', 'handoff'], ['找工作人员', 'handoff'],
  ['自测', 'assessment'], ['资格自测', 'assessment'], ['测一下', 'assessment'],
  ['登记融资需求', 'financing'], ['融资需求登记', 'financing'], ['贷款登记', 'financing'],
  ['上一步', 'back'], ['上一题', 'back'], ['跳过', 'skip'],
];
const PARTICLES = ['吧', '啊', '。', '！', '一下', '呀'];
const FILLER = ['我要', '麻烦', '请帮我', '好的，'];
const TRADITIONAL: Array<[string, string]> = [
  ['取消吧', 'cancel'], ['選單', 'menu'], ['轉人工', 'handoff'], ['人工客服啊', 'handoff'], ['資格自測', 'assessment'],
  ['登記融資需求', 'financing'], ['融資需求登記', 'financing'], ['貸款登記', 'financing'], ['上一題', 'back'], ['跳過', 'skip'],
  ['主選單', 'menu'], ['找工作人員', 'handoff'],
];

const table = (habit: string, rows: Array<[string, string]>) => rows.map(([text, intent]) => ({ habit, text, intent }));
const withParticles = table('particles', CORE.flatMap(([text, intent]) => PARTICLES.map((particle) => [`${text}${particle}`, intent] as [string, string])));
const withFiller = table('filler', CORE.flatMap(([text, intent]) => FILLER.map((filler) => [`${filler}${text}`, intent] as [string, string])));
const wordOrder = table('word order', [
  ['我要登记融资需求', 'financing'], ['我要登记', 'financing'], ['我要找人工客服', 'handoff'], ['人工客服找一下', 'handoff'],
  ['菜单一下', 'menu'], ['给我菜单', 'menu'], ['取消啊', 'cancel'], ['先跳过', 'skip'], ['帮我测一下', 'assessment'], ['我想自测', 'assessment'],
  ...CORE.map(([text, intent]) => [`${text}吧，麻烦了`, intent] as [string, string]),
  ...CORE.map(([text, intent]) => [`嗯，${text}`, intent] as [string, string]),
  ...CORE.map(([text, intent]) => [`那就${text}吧`, intent] as [string, string]),
]);
const traditional = table('traditional characters', [
  ...TRADITIONAL,
  ...TRADITIONAL.flatMap(([text, intent]) => PARTICLES.map((particle) => [`${text}${particle}`, intent] as [string, string])),
]);

describe('one grammar for commands (knowledge/intents.yaml)', () => {
  it('has at least 60 phrasings per language habit', () => {
    for (const rows of [withParticles, withFiller, wordOrder, traditional]) expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...withParticles, ...withFiller, ...wordOrder, ...traditional])('$habit: “$text” is $intent', ({ text, intent }) => {
    expect(matchIntent(text, grammar)).toBe(intent);
  });

  it.each(['人工智能有支持吗', '融资需求库是干什么的', '取消专精特新认定会怎样', '菜单里的政策是哪年的', '跳过研发费用会影响结果吗'])(
    '“%s” stays a policy question',
    (text) => {
      expect(classify(text, grammar)).toBe('question');
    },
  );

  it('routes menu numbers and the withdrawal command', () => {
    expect(classify('2', grammar)).toBe('assessment');
    expect(classify('撤回 RZ20261126-0001', grammar)).toBe('withdraw');
    expect(classify('  ', grammar)).toBe('empty');
  });
});

describe('answers as owners type them', () => {
  const ip = {
    type: 'choice' as const,
    options: [
      { value: 'I-high', label: 'Ⅰ类高价值知识产权', aliases: ['发明专利'] },
      { value: 'I-own', label: '自主研发的Ⅰ类知识产权', aliases: ['发明专利'] },
      { value: 'I', label: 'Ⅰ类知识产权（非自主研发）', aliases: ['发明专利'] },
      { value: 'II', label: 'Ⅱ类知识产权', aliases: ['实用新型', '软著'] },
      { value: 'none', label: '没有' },
    ],
  };

  it.each([['Ⅱ类知识产权'], ['II类知识产权'], ['Ⅱ类'], ['软著'], ['实用新型'], ['4']])('“%s” is Ⅱ类, never Ⅰ类', (text) => {
    expect(parseAnswer(text, ip)).toMatchObject({ kind: 'value', value: 'II' });
  });

  it('asks which one when an answer fits several options equally', () => {
    expect(parseAnswer('发明专利', ip)).toEqual({ kind: 'ambiguous', labels: ['Ⅰ类高价值知识产权', '自主研发的Ⅰ类知识产权', 'Ⅰ类知识产权（非自主研发）'] });
  });

  it('takes the option inside a longer answer, keeping the owner’s words, and an unsure option where one says so', () => {
    const guarantee = { type: 'choice' as const, options: ['抵押', '质押', '保证', '信用', '应收账款', '其他'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('厂房抵押', guarantee)).toEqual({ kind: 'value', value: '抵押', detail: '厂房抵押' });
    const product = { type: 'choice' as const, options: ['税融通', '续贷过桥', '政银担', '应收账款融资', '股权融资', '不确定'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('不确定', product)).toEqual({ kind: 'value', value: '不确定' });
    expect(parseAnswer('不清楚', { type: 'choice', options: [{ value: 1, label: '一级' }, { value: 2, label: '二级' }] })).toEqual({ kind: 'unknown' });
  });

  it.each([
    ['大概三百多万', '万元', 300, 'approximate'],
    ['300多万', '万元', 300, 'approximate'],
    ['一百多人', '人', 100, 'approximate'],
    ['大概一百来人', '人', 100, 'approximate'],
    ['五六年吧', '年', 5, 'lower-bound'],
    ['五年多', '年', 5, 'approximate'],
    ['百分之六十几', '%', 60, 'approximate'],
    ['六成左右', '%', 60, undefined],
    ['负5%', '%', -5, undefined],
    ['-5%', '%', -5, undefined],
    ['亏了5%', '%', -5, undefined],
    ['下降5%', '%', -5, undefined],
    ['1.2亿', '万元', 12000 * 10, undefined],
  ])('“%s” (%s) → %s', (text, unit, value, note) => {
    const parsed = parseQuantity(text, unit);
    expect(parsed).toMatchObject({ kind: 'value', value });
    expect(parsed.kind === 'value' ? parsed.note : 'none').toBe(note);
  });

  it.each([
    ['是的，没问题', true],
    ['应该没问题吧', true],
    ['有的', true],
    ['没有过', false],
    ['应该没有', false],
    ['不是', false],
  ])('“%s” is %s', (text, value) => {
    expect(parseAnswer(text, { type: 'boolean' })).toEqual({ kind: 'value', value });
  });
});

describe('the questionnaire with colloquial answers (pure state machine, shipped knowledge)', () => {
  it('scores Ⅱ类 as Ⅱ类, explains the classes on “?”, asks back on 发明专利, and stores a loss as a negative growth rate', async () => {
    const { answerStep, startQuestionnaire } = await import('../src/assessment/questionnaire.js');
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    const knowledge = loaded.knowledge;
    const at = (current: string) => ({ ...startQuestionnaire({}), current });
    const explained = answerStep(knowledge, at('ip'), '?');
    expect(explained).toMatchObject({ kind: 'not-understood' });
    expect(explained.kind === 'not-understood' && explained.hint).toContain('Ⅱ类知识产权：与主导产品相关的软件著作权');
    const ambiguous = answerStep(knowledge, at('ip'), '发明专利');
    expect(ambiguous.kind === 'not-understood' && ambiguous.hint).toContain('“自主研发的Ⅰ类知识产权”');
    for (const typed of ['Ⅱ类知识产权', 'Ⅱ类', '实用新型', '软著']) {
      expect(answerStep(knowledge, at('ip'), typed).state.profile.ip).toBe('II');
    }
    expect(answerStep(knowledge, at('growth'), '亏了5%').state.profile.mainRevenueGrowth).toBe(-5);
    const approximate = answerStep(knowledge, at('revenue'), '大概三百多万');
    expect(approximate.state.profile.revenue).toBe(300);
    expect(approximate.kind === 'ask' && approximate.notice).toContain('约数');
  });
});
