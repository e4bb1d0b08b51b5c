/** The questionnaire's state machine on its own, with the shipped knowledge. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { texts } from '../../src/texts.js';
import { KNOWLEDGE } from '../helpers.js';

describe('the questionnaire with colloquial answers (pure state machine, shipped knowledge)', () => {
  it('scores Ⅱ类 as Ⅱ类, explains the classes on “?”, asks back on 发明专利, and stores a loss as a negative growth rate', async () => {
    const { answerStep, startQuestionnaire } = await import('../../src/assessment/questionnaire.js');
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    const knowledge = loaded.knowledge;
    const at = (current: string) => ({ ...startQuestionnaire({}), current });
    const explained = answerStep(knowledge, at('ip'), '?');
    expect(explained).toMatchObject({ kind: 'not-understood' });
    // The FAQ entries' definitions (explainFaq), then the questionnaire's own line.
    const faqAnswer = (id: string) => knowledge.faq.find((entry) => entry.id === id)!.answer;
    expect(explained.kind === 'not-understood' && explained.hint).toBe(`${faqAnswer('ip-class-one')}\n${faqAnswer('ip-class-two')}\n有多项的，按最高的一类选。`);
    expect(explained.kind === 'not-understood' && explained.hint).toContain('Ⅱ类知识产权指与主导产品相关的软件著作权');
    const ambiguous = answerStep(knowledge, at('ip'), '发明专利');
    expect(ambiguous.kind === 'not-understood' && ambiguous.hint).toContain('“自主研发的Ⅰ类知识产权”');
    // Who made it says which Ⅰ类 (owner trial: “自己搞的” was asked back as if unsaid).
    expect(answerStep(knowledge, at('ip'), '有两个发明专利 自己搞的').state.profile.ip).toBe('I-own');
    expect(answerStep(knowledge, at('ip'), '发明专利是买的').state.profile.ip).toBe('I');
    for (const typed of ['Ⅱ类知识产权', 'Ⅱ类', '实用新型', '软著']) {
      expect(answerStep(knowledge, at('ip'), typed).state.profile.ip).toBe('II');
    }
    expect(answerStep(knowledge, at('growth'), '亏了5%').state.profile.mainRevenueGrowth).toBe(-5);
    // Revenue cannot fall by more than all of it: a typo is asked again, not saved.
    const impossible = answerStep(knowledge, at('growth'), '下降了150%');
    expect(impossible.kind === 'not-understood' && impossible.hint).toContain('不太合理');
    expect(impossible.state.profile.mainRevenueGrowth).toBeUndefined();
    // A figure named as another field's (“研发投了150万” at 主营业务收入) answers that one, not this one.
    const elsewhere = answerStep(knowledge, at('main-revenue'), '研发投了一百五十万左右');
    expect(elsewhere.kind).toBe('not-understood');
    expect(elsewhere.state.profile.mainRevenue).toBeUndefined();
    expect(elsewhere.state.profile.rdExpense).toBe(150);
    expect(answerStep(knowledge, at('main-revenue'), '主营大概4500万 研发160万').state.profile.mainRevenue).toBe(4500);
    // The same for a share (owner trial: “研发人员占了差不多15%” at 资产负债率 was saved as a debt ratio of 15%).
    const share = answerStep(knowledge, at('debt-ratio'), '研发人员占了差不多15%');
    expect(share.kind).toBe('not-understood');
    expect(share.state.profile.debtRatio).toBeUndefined();
    expect(share.state.profile.rdStaffRatio).toBe(15);
    const approximate = answerStep(knowledge, at('revenue'), '大概三百多万');
    expect(approximate.state.profile.revenue).toBe(300);
    expect(approximate.kind === 'ask' && approximate.notice).toContain('约数');
  });

  it('reads the industry by its aliases: 软件 and 工厂 name one each, 厂 alone names none', async () => {
    const { answerStep, startQuestionnaire } = await import('../../src/assessment/questionnaire.js');
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    const at = (current: string) => ({ ...startQuestionnaire({}), current });
    expect(answerStep(loaded.knowledge, at('industry'), '我们厂是做软件的').state.profile.industry).toBe('software');
    expect(answerStep(loaded.knowledge, at('industry'), '软件开发').state.profile.industry).toBe('software');
    expect(answerStep(loaded.knowledge, at('industry'), '厂里做机械配件').state.profile.industry).toBe('industrial');
  });

  it('says which numbers are valid when a number is past the options, and keeps the question', async () => {
    const { answerStep, startQuestionnaire } = await import('../../src/assessment/questionnaire.js');
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    const at = (current: string) => ({ ...startQuestionnaire({}), current });
    const yesNo = answerStep(loaded.knowledge, at('registered'), '9');
    expect(yesNo).toMatchObject({ kind: 'not-understood', hint: texts.noSuchItem(2, false) });
    expect(yesNo.state.current).toBe('registered');
    const ip = loaded.knowledge.criteria!.profileFields.fields.find((field) => field.id === 'ip');
    const count = ip?.options?.length ?? 0;
    expect(count).toBeGreaterThan(2);
    expect(answerStep(loaded.knowledge, at('ip'), `第${count + 1}个`)).toMatchObject({ kind: 'not-understood', hint: texts.noSuchItem(count, false) });
    expect(answerStep(loaded.knowledge, at('ip'), String(count)).state.current).not.toBe('ip');
  });

  it('reads a multi-select answered in words, as owners type it, and “不清楚” as unknown', async () => {
    const { answerStep, startQuestionnaire } = await import('../../src/assessment/questionnaire.js');
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    const at = (current: string) => ({ ...startQuestionnaire({}), current });
    const quality = (text: string) => answerStep(loaded.knowledge, at('quality'), text).state.profile.quality;
    expect(quality('有ISO9001认证 也有自己的品牌')).toEqual({ award: false, iso9001: true, ownBrand: true, standards: false });
    expect(quality('有9001，没有自主品牌')).toEqual({ award: false, iso9001: true, ownBrand: false, standards: false });
    expect(quality('没有质量奖')).toEqual({ award: false, iso9001: false, ownBrand: false, standards: false });
    expect(quality('2 3')).toEqual({ award: false, iso9001: true, ownBrand: true, standards: false });
    expect(answerStep(loaded.knowledge, at('quality'), '有一些吧')).toMatchObject({ kind: 'not-understood' });
    const unsure = answerStep(loaded.knowledge, at('quality'), '不清楚');
    expect(unsure.state.profile.quality).toBeUndefined();
    expect(unsure.state.skipped).toContain('quality');
    expect(answerStep(loaded.knowledge, at('honors'), '是高企，进过创客中国500强').state.profile.honors).toMatchObject({ highTech: true, makerChinaTop500: true, sciTechAward: false });
  });
});
