/** The answer parser on its own: numbers, choices and yes/no as owners type them. */
import { describe, expect, it } from 'vitest';
import { listPosition, parseAnswer, parseQuantity } from '../../src/forms/answer-parser.js';

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

  it('takes the option whose names the answer holds most: 发明专利 and 自己研发 are both 自主研发的Ⅰ类', () => {
    const withModifiers = {
      type: 'choice' as const,
      options: [
        { value: 'I-high', label: 'Ⅰ类高价值知识产权', aliases: ['发明专利'] },
        { value: 'I-own', label: '自主研发的Ⅰ类知识产权', aliases: ['发明专利', '自己研发'] },
        { value: 'I', label: 'Ⅰ类知识产权（非自主研发）', aliases: ['发明专利', '买的'] },
        { value: 'II', label: 'Ⅱ类知识产权', aliases: ['实用新型'] },
      ],
    };
    expect(parseAnswer('有两个发明专利 都是自己研发的', withModifiers)).toMatchObject({ kind: 'value', value: 'I-own' });
    expect(parseAnswer('发明专利是买的', withModifiers)).toMatchObject({ kind: 'value', value: 'I' });
    // A class and a modifier of another class, one name each: asked which.
    expect(parseAnswer('有个实用新型 自己研发的', withModifiers).kind).toBe('ambiguous');
  });

  it('takes the option inside a longer answer, keeping the owner’s words, and an unsure option where one says so', () => {
    const guarantee = { type: 'choice' as const, options: ['抵押', '质押', '保证', '信用', '应收账款', '其他'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('厂房抵押', guarantee)).toEqual({ kind: 'value', value: '抵押', detail: '厂房抵押' });
    expect(parseAnswer('厂房抵押那个', guarantee)).toEqual({ kind: 'value', value: '抵押', detail: '厂房抵押' });
    // A name after a negation is what the owner lacks: “没抵押” names no 抵押.
    expect(parseAnswer('没抵押 想要信用贷', guarantee)).toMatchObject({ kind: 'value', value: '信用' });
    expect(parseAnswer('没有抵押物', guarantee).kind).toBe('invalid');
    const product = { type: 'choice' as const, options: ['税融通', '续贷过桥', '政银担', '应收账款融资', '股权融资', '不确定'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('不确定', product)).toEqual({ kind: 'value', value: '不确定' });
    // “那个”, “这种” after a short form point at the option, as owners type it.
    expect(parseAnswer('续贷那个', product)).toMatchObject({ kind: 'value', value: '续贷过桥' });
    expect(parseAnswer('税融通这个吧', product)).toMatchObject({ kind: 'value', value: '税融通' });
    expect(parseAnswer('不清楚', { type: 'choice', options: [{ value: 1, label: '一级' }, { value: 2, label: '二级' }] })).toEqual({ kind: 'unknown' });
    // Never assessed (or never scored oneself): not known.
    expect(parseAnswer('没自评过', { type: 'number', unit: '分' })).toEqual({ kind: 'unknown' });
    expect(parseAnswer('不会算', { type: 'number', unit: '分' })).toEqual({ kind: 'unknown' });
    expect(parseAnswer('没评过', { type: 'choice', options: [{ value: 1, label: '一级' }, { value: 2, label: '二级' }] })).toEqual({ kind: 'unknown' });
    expect(parseAnswer('都不是', { type: 'choice', options: [{ value: 'a', label: '关键环节' }, { value: 'other', label: '其他' }] })).toEqual({ kind: 'value', value: 'other' });
  });

  it('reads “没了”, “没有” as the option that says none, not an “其他…” option listed before it', () => {
    const certification = { type: 'choice' as const, options: ['专精特新中小企业', '创新型中小企业', '高新技术企业', '其他认定', '没有'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('没了', certification)).toEqual({ kind: 'value', value: '没有' });
    expect(parseAnswer('没有', certification)).toEqual({ kind: 'value', value: '没有' });
    // Where no option says none, the rest (其他) is still what “没有” means.
    const field = { type: 'choice' as const, options: ['关键环节', '六基领域', '其他'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('没有', field)).toEqual({ kind: 'value', value: '其他' });
    // Where the undecided is an option (意向融资产品 … 不确定), “无” means no product in mind.
    const products = { type: 'choice' as const, options: ['税融通', '续贷过桥', '政银担', '应收账款融资', '股权融资', '不确定'].map((value) => ({ value, label: value })) };
    expect(parseAnswer('无', products)).toEqual({ kind: 'value', value: '不确定' });
    expect(parseAnswer('暂无', products)).toEqual({ kind: 'value', value: '不确定' });
    // Where nothing stands for none (数字化水平 一级…四级), “没有” leaves the question unknown.
    expect(parseAnswer('没有', { type: 'choice', options: [{ value: 1, label: '一级' }, { value: 2, label: '二级' }] })).toEqual({ kind: 'unknown' });
  });

  it.each([
    ['大概三百多万', '万元', 300, 'approximate'],
    ['300多万', '万元', 300, 'approximate'],
    ['一百多人', '人', 100, 'approximate'],
    ['大概一百来人', '人', 100, 'approximate'],
    ['五六年吧', '年', 5, 'lower-bound'],
    ['五年多', '年', 5, 'approximate'],
    // The question asks “做了几年”; owners answer in its words, and with a range inside a number.
    ['干了七八年了', '年', 7, 'lower-bound'],
    ['做了五年多', '年', 5, 'approximate'],
    ['两千七八百万吧', '万元', 2700, 'lower-bound'],
    ['两三百万', '万元', 200, 'lower-bound'],
    ['十二三年', '年', 12, 'lower-bound'],
    ['三十五六个人', '人', 35, 'lower-bound'],
    ['百分之六十几', '%', 60, 'approximate'],
    ['六成左右', '%', 60, undefined],
    ['负5%', '%', -5, undefined],
    ['-5%', '%', -5, undefined],
    ['亏了5%', '%', -5, undefined],
    ['下降5%', '%', -5, undefined],
    ['1.2亿', '万元', 12000, undefined],
    ['0.5亿', '万元', 5000, undefined],
    ['12.5万', '万元', 12.5, undefined],
    ['4.2%', '%', 4.2, undefined],
    ['大概4.2%吧', '%', 4.2, undefined],
    ['1.5年', '年', 1.5, undefined],
    ['一个亿', '万元', 10000, undefined],
    ['1.2个亿', '万元', 12000, undefined],
    ['1200w', '万元', 1200, undefined],
    ['三百万元整', '万元', 300, undefined],
    ['两百来号人', '人', 200, 'approximate'],
    // Inside a sentence: the figure is picked out and said back.
    ['我们厂有120个员工', '人', 120, 'from-sentence'],
    ['员工120人左右', '人', 120, 'from-sentence'],
    ['全厂300多人', '人', 300, 'approximate'],
    ['有个一百来人吧', '人', 100, 'approximate'],
    ['一直是三个车间 120人', '人', 120, 'from-sentence'],
    ['去年营收大概3000万', '万元', 3000, 'from-sentence'],
    ['主营2800万', '万元', 2800, 'from-sentence'],
    ['大概两个多亿', '万元', 20000, 'approximate'],
    ['一年大概投个五十万', '万元', 50, 'from-sentence'],
    ['没投', '万元', 0, undefined],
    ['超过2000万', '万元', 2000, 'lower-bound'],
    // The question's own period (近2年) is not the rate.
    ['近两年平均百分之十左右', '%', 10, 'from-sentence'],
    ['两年平均8%', '%', 8, 'from-sentence'],
    ['负债率60%', '%', 60, 'from-sentence'],
    ['下降了5个点', '%', -5, undefined],
    ['持平', '%', 0, undefined],
    ['做这个行当8年了', '年', 8, 'from-sentence'],
    ['从2015年开始做的', '年', 11, 'approximate'],
    ['2018年', '年', 8, 'approximate'],
    ['自评8分', '分', 8, 'from-sentence'],
  ])('“%s” (%s) → %s', (text, unit, value, note) => {
    // The reading of a calendar year (2015年开始) counts to the year given, not to the clock.
    const parsed = parseQuantity(text, unit, 2026);
    expect(parsed).toMatchObject({ kind: 'value', value });
    expect(parsed.kind === 'value' ? parsed.note : 'none').toBe(note);
  });

  it.each([
    ['七八年了', '人'],
    ['五十人', '年'],
    ['三千来万吧', '人'],
    ['五个人', '万元'],
    // Two figures, or only a bound where the criteria draw a line: asked again, never guessed.
    ['正式工80 临时工20', '人'],
    ['去年3000万 今年4000万', '万元'],
    ['不到2000万', '万元'],
    ['2000万以下', '万元'],
    ['两年', '%'],
    ['一直在做', '年'],
    ['2030年开始', '年'],
    // A standard's number is no figure.
    ['有ISO9001 还有自己的牌子', '%'],
    // A share answers another question: its figure is no amount (owner trial: recorded as 12万元).
    ['去年涨了百分之十二左右', '万元'],
    ['主营占了百分之九十', '人'],
  ])('“%s” is not an answer in %s', (text, unit) => {
    expect(parseQuantity(text, unit, 2026).kind).toBe('invalid');
  });

  it.each([
    ['是的，没问题', true],
    ['应该没问题吧', true],
    ['有的', true],
    ['没有过', false],
    ['应该没有', false],
    ['不是', false],
    ['1', true],
    ['2', false],
    ['选1', true],
    ['第二个', false],
  ])('“%s” is %s', (text, value) => {
    expect(parseAnswer(text, { type: 'boolean' })).toEqual({ kind: 'value', value });
  });
});

describe('a yes/no question that asks whether something bad is absent', () => {
  const goodStanding = { type: 'boolean' as const, aliases: ['正常', '都正常'], adverse: ['事故', '出过事', '失信', '黑名单'] };

  it.each([
    ['没出过事', true],
    ['没有发生过重大安全事故', true],
    ['从来没有', true],
    ['正常经营 没出过事', true],
    ['都正常', true],
    ['是的 都没有', true],
    ['出过重大安全事故', false],
    ['没有事故，不过被列入过失信名单', false],
    ['上了黑名单', false],
    ['不正常', false],
    ['否', false],
  ])('“%s” is %s', (text, value) => {
    expect(parseAnswer(text, goodStanding)).toEqual({ kind: 'value', value });
  });

  // A bare “没有” could deny the events or the whole question; a minor event is not the serious one asked about.
  it.each(['没有', '有过一次小事故', '没有失信 但有过小事故'])('“%s” is asked again', (text) => {
    expect(parseAnswer(text, goodStanding).kind).toBe('invalid');
  });

  it('takes a name of what a yes says, unless it is denied', () => {
    const registered = { type: 'boolean' as const, aliases: ['宿州', '国内'] };
    expect(parseAnswer('在宿州注册的', registered)).toEqual({ kind: 'value', value: true });
    expect(parseAnswer('不在宿州', registered)).toEqual({ kind: 'value', value: false });
    expect(parseAnswer('在香港注册', registered).kind).toBe('invalid');
    // A question naming the place asks something; it says nothing of where the company is registered.
    expect(parseAnswer('安徽专精特新板是个什么东西', { ...registered, aliases: ['安徽'] }).kind).toBe('invalid');
    expect(parseAnswer('是不是要在宿州注册？', registered).kind).toBe('invalid');
  });
});

describe('the item picked from a numbered list', () => {
  it.each([
    ['2', 2],
    ['第二个', 2],
    ['选2', 2],
    ['2号', 2],
    ['要第二项吧', 2],
    ['我选3', 3],
    ['十', 10],
  ])('reads “%s” as item %i', (text, position) => {
    expect(listPosition(text)).toBe(position);
  });

  it.each(['0', '2个亿', '两百', '第', '选', '税融通是什么', '2000', '有2个'])('reads “%s” as no item', (text) => {
    expect(listPosition(text)).toBeUndefined();
  });
});
