/** The financing form's state machine on its own, without a channel or Botkit. */
import { describe, expect, it } from 'vitest';
import { answerFinancingStep, COUNTIES, startFinancingForm, type FinancingFormState, type FormStep } from '../../src/financing/form.js';
import { texts } from '../../src/texts.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { createLogger } from '../../src/infrastructure/logger.js';
import { formAnswers, invalidChecksum, validCreditCode } from '../fixtures/needs.js';
import { KNOWLEDGE } from '../helpers.js';

const grammar = (await KnowledgeStore.open(KNOWLEDGE, createLogger('error'))).current.knowledge.intents;

function fill(answers: string[], state: FinancingFormState = startFinancingForm()): FormStep {
  let step: FormStep = { kind: 'ask', state, prompt: '', options: [] };
  for (const answer of answers) step = answerFinancingStep(step.state, answer, grammar);
  return step;
}

describe('financing form', () => {
  it('walks every field to the confirmation, then consent gives the fields', () => {
    const code = validCreditCode();
    const confirmation = fill(formAnswers(code));
    expect(confirmation.kind).toBe('ask');
    expect(confirmation.state.position).toBe('confirm');
    const consented = fill(['确认', '同意'], confirmation.state);
    expect(consented.kind).toBe('consented');
    if (consented.kind === 'consented') {
      expect(consented.fields.creditCode).toBe(code);
      expect(consented.fields.amount).toBe(500);
    }
    expect(fill(['确认', '不同意'], confirmation.state).kind).toBe('refused');
  });

  it('takes a confirmation and a consent in owners’ words, asks which field for “不对”, and asks again for anything else', () => {
    const confirmation = fill(formAnswers(validCreditCode())).state;
    for (const yes of ['对的 没问题', '确认无误', '没问题的', '是的']) expect(fill([yes], confirmation).state.position, yes).toBe('consent');
    const wrong = fill(['不对'], confirmation);
    expect(wrong.kind === 'not-understood' && wrong.hint).toContain('要修改哪一项');
    for (const unclear of ['没有', '税融通贷多少']) expect(fill([unclear], confirmation).kind, unclear).toBe('not-understood');
    expect(fill(['好的', '可以的'], confirmation).kind).toBe('consented');
    expect(fill(['好的', '不同意的'], confirmation).kind).toBe('refused');
  });

  it('says which numbers are valid when the county is a number past the list, and stays on it', () => {
    const answers = formAnswers();
    const atCounty = fill(answers.slice(0, 2));
    expect(atCounty.state.position).toBe('county');
    const slipped = fill([String(COUNTIES.length + 3)], atCounty.state);
    expect(slipped).toMatchObject({ kind: 'not-understood', hint: texts.noSuchItem(COUNTIES.length, false) });
    expect(slipped.state.position).toBe('county');
    expect(fill(['2'], atCounty.state).state.values.county).toBe(COUNTIES[1]);
  });

  it('asks again for a contact name with no letter in it (“1”), and takes “没了” to the optional note as nothing', () => {
    const answers = formAnswers();
    const contactIndex = answers.indexOf('张三');
    expect(contactIndex).toBeGreaterThan(0);
    const slipped = fill([...answers.slice(0, contactIndex), '1']);
    expect(slipped.kind).toBe('not-understood');
    expect(slipped.state.position).toBe('contactName');
    // An amount typed ahead of its question is no name either: it is kept for the amount question,
    // and this one asked again. A title is a name.
    const ahead = fill([...answers.slice(0, contactIndex), '大概要五百来万吧']);
    expect(ahead).toMatchObject({ kind: 'ask', notice: '已记下融资金额：500万元。', state: { position: 'contactName', values: { amount: 500 } } });
    expect(ahead.state.values.contactName).toBeUndefined();
    expect(fill([...answers.slice(0, contactIndex), '王总']).state.values.contactName).toBe('王总');
    const atNotes = fill(answers.slice(0, -1));
    expect(atNotes.state.position).toBe('notes');
    const confirmation = fill(['没了'], atNotes.state);
    expect(confirmation.state.position).toBe('confirm');
    expect(confirmation.state.values.notes).toBeUndefined();
    expect(confirmation.state.skipped).toContain('notes');
  });

  it('asks again for a trade or a term that says nothing (“12”, “尽快”), and keeps a term as the owner put it', () => {
    const answers = formAnswers();
    const industryIndex = answers.indexOf('机械制造');
    const termIndex = answers.indexOf('1年');
    const trade = fill([...answers.slice(0, industryIndex), '12']);
    expect(trade.kind).toBe('not-understood');
    expect(trade.state.position).toBe('industry');
    const soon = fill([...answers.slice(0, termIndex), '尽快']);
    expect(soon.kind).toBe('not-understood');
    expect(soon.kind === 'not-understood' && soon.hint).toContain('6个月');
    const tooLong = fill([...answers.slice(0, termIndex), '50年']);
    expect(tooLong.kind === 'not-understood' && tooLong.hint).toContain('合理范围');
    const taken = fill([...answers.slice(0, termIndex), '一年半左右']);
    expect(taken.state.values.term).toBe('一年半左右');
    expect(taken.state.position).toBe('guarantee');
    // A sentence particle at the end is how it was said: staff read 半年, not 半年吧.
    expect(fill([...answers.slice(0, termIndex), '半年吧']).state.values.term).toBe('半年');
    expect(fill([...answers.slice(0, termIndex), '看银行吧。']).state.values.term).toBe('看银行');
    const purposeIndex = answers.indexOf('采购原材料');
    expect(fill([...answers.slice(0, purposeIndex), '扩大生产吧']).state.values.purpose).toBe('扩大生产');
  });

  it('keeps a bare figure typed ahead of its question (“12个月” at 用途) for that question, asks this one again, and never asks the other', () => {
    const answers = formAnswers();
    const purposeIndex = answers.indexOf('采购原材料');
    const early = fill([...answers.slice(0, purposeIndex), '12个月']);
    expect(early).toMatchObject({ kind: 'ask', notice: '已记下期限：12个月。', state: { position: 'purpose', values: { term: '12个月' } } });
    expect(early.state.values.purpose).toBeUndefined();
    // The purpose answered, the form moves past the term to the guarantee.
    expect(fill(['采购原材料'], early.state).state.position).toBe('guarantee');
    // A mobile number at 行业 is kept for the phone question.
    const industryIndex = answers.indexOf('机械制造');
    expect(fill([...answers.slice(0, industryIndex), '13912345678']).state.values.phone).toBe('13912345678');
    // A purpose that holds an amount is a purpose; so is a term said in words.
    expect(fill([...answers.slice(0, purposeIndex), '采购原材料500万']).state.values.purpose).toBe('采购原材料500万');
    expect(fill([...answers.slice(0, purposeIndex), '短期周转']).state.values.purpose).toBe('短期周转');
  });

  it('keeps a figure typed at a choice question (a mobile number at 县区) for its own question, and a stray number is still no choice', () => {
    const answers = formAnswers();
    const atCounty = fill(answers.slice(0, 2));
    expect(atCounty.state.position).toBe('county');
    expect(fill(['13855667788'], atCounty.state)).toMatchObject({ kind: 'ask', notice: '已记下手机号：13855667788。', state: { position: 'county', values: { phone: '13855667788' } } });
    expect(fill(['三百万左右'], atCounty.state)).toMatchObject({ kind: 'ask', state: { position: 'county', values: { amount: 300 } } });
    // “12” past the end of the list is a slip, not a term or an amount.
    const stray = fill(['12'], atCounty.state);
    expect(stray.kind).toBe('not-understood');
    expect(stray.state.values).toEqual(atCounty.state.values);
  });

  it('tells an owner with no collateral or guarantor to choose 信用, instead of filing “没了” or “没抵押” as 其他 or 抵押', () => {
    const answers = formAnswers();
    const guaranteeIndex = answers.indexOf('1年') + 1;
    const atGuarantee = fill(answers.slice(0, guaranteeIndex));
    expect(atGuarantee.state.position).toBe('guarantee');
    for (const none of ['没了', '没有', '都没有', '没抵押', '没有担保']) {
      expect(fill([none], atGuarantee.state), none).toMatchObject({ kind: 'not-understood', hint: texts.financingForm.hints.noGuarantee(4, 6) });
    }
    expect(fill(['没抵押 有担保公司担保'], atGuarantee.state).state.values.guarantee).toBe('保证（没抵押 有担保公司担保）');
    expect(fill(['没有抵押物 想要信用贷'], atGuarantee.state).state.values.guarantee).toBe('信用（没有抵押物 想要信用贷）');
    expect(fill(['4'], atGuarantee.state).state.values.guarantee).toBe('信用');
    // The hint's numbers are the options' own: 4 picks 信用 and 6 picks 其他.
    expect(fill(['6'], atGuarantee.state).state.values.guarantee).toBe('其他');
  });

  it('reads an amount with a decimal point as written: 0.5亿 is 5000万元', () => {
    const answers = formAnswers();
    const amountIndex = answers.indexOf('五百万');
    expect(fill([...answers.slice(0, amountIndex), '0.5亿']).state.values.amount).toBe(5000);
    expect(fill([...answers.slice(0, amountIndex), '12.5万']).state.values.amount).toBe(12.5);
  });

  it('asks again, with the reason, for a credit code whose check digit is wrong', () => {
    const [name] = formAnswers();
    const step = fill([name!, invalidChecksum(validCreditCode())]);
    expect(step.kind).toBe('not-understood');
    expect(step.state.position).toBe('creditCode');
  });

  it('goes back one field with 上一步 and refuses to skip a required one', () => {
    const [name, code] = formAnswers();
    const back = fill([name!, code!, '上一步']);
    expect(back.state.position).toBe('creditCode');
    expect(back.state.values.creditCode).toBeUndefined();
    expect(fill([name!, '跳过']).kind).toBe('not-understood');
  });

  it('starts prefilled from a self-assessment profile', () => {
    const state = startFinancingForm({ name: '宿州市某某科技有限公司', industry: 'software' });
    expect(state.values.companyName).toBe('宿州市某某科技有限公司');
    expect(state.position).toBe('creditCode');
  });
});
