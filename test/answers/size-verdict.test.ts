/** A size rule applied to the figures an owner stated, under the rule's quote. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/compose.js';
import { sizeVerdict } from '../../src/answers/size-verdict.js';
import { loneHeadCount } from '../../src/assessment/figures.js';
import { DECISION_WEIGHTS } from '../../src/retrieval/decision-weights.js';
import { shippedKnowledge } from '../helpers.js';

const { knowledge, search } = await shippedKnowledge();

const industrial = knowledge.clauses.get('sme-size#industrial')!;
const software = knowledge.clauses.get('sme-size#software')!;

describe('size verdict (answers/size-verdict)', () => {
  it('applies the quoted industry’s rule to the head count and revenue stated', () => {
    expect(sizeVerdict(knowledge, [industrial], '工厂500人 营收5000万 是中型还是小型')).toBe('按您说的从业人员500人、营业收入5000万元，对照工业的标准，属于中型企业，仅供参考。');
    expect(sizeVerdict(knowledge, [software], '80个人 营收2000万')).toContain('属于小型企业');
    expect(sizeVerdict(knowledge, [industrial], '员工1200人 营收5亿')).toContain('超出中小企业标准，属于大型企业');
  });

  it('says what is still needed, and that the company is small or medium when one figure already settles it', () => {
    expect(sizeVerdict(knowledge, [software], '软件公司200个人 算不算中小企业')).toBe(
      '按您说的从业人员200人，对照软件和信息技术服务业的标准，属于中小企业；要分中型、小型还是微型，还要知道营业收入。',
    );
    // 1500 people: whether it is an SME turns on the revenue (工业: under 1000 people or under 4亿).
    expect(sizeVerdict(knowledge, [industrial], '我们1500人')).toBe('按您说的从业人员1500人，对照工业的标准，还要知道营业收入才能判断规模。');
  });

  it('gives no verdict without figures, without a size rule, or when the two industries’ rules are quoted and the owner named neither', () => {
    expect(sizeVerdict(knowledge, [industrial], '工业企业怎么分中型小型')).toBeUndefined();
    expect(sizeVerdict(knowledge, [knowledge.clauses.get('suzhou-2018-zjtx#s3-2')!], '员工500人 营收5000万')).toBeUndefined();
    expect(sizeVerdict(knowledge, [industrial, software], '员工500人 营收5000万 算中小企业吗')).toBeUndefined();
    expect(sizeVerdict(knowledge, [industrial, software], '工厂500人 营收5000万 算中小企业吗')).toContain('对照工业的标准');
    // 我们厂 names no industry: “我们厂是做软件的” is a software company.
    expect(sizeVerdict(knowledge, [industrial, software], '我们厂500人 营收5000万 算中小企业吗')).toBeUndefined();
    expect(sizeVerdict(knowledge, [industrial, software], '做软件的 500人 营收5000万')).toContain('对照软件和信息技术服务业的标准');
  });

  it('reads a lone head count as the staff count, and not two counts', () => {
    expect(loneHeadCount('工厂500人 营收5000万')).toBe(500);
    expect(loneHeadCount('八十来个人')).toBe(80);
    expect(loneHeadCount('研发人员20人 工人300人')).toBeUndefined();
    expect(loneHeadCount('营收5000万')).toBeUndefined();
  });

  it('answers at once with the rule of the industry the owner named, instead of asking which', () => {
    const named = answerQuestion(knowledge, search, '工厂500人 营收5000万 是中型还是小型');
    expect(named.kind === 'answer' && named.citations[0]?.section).toBe('中小企业划型标准 · 工业');
    expect(named.kind === 'answer' && named.body).toContain('属于中型企业');
    expect(answerQuestion(knowledge, search, '500人 营收5000万 是中型还是小型').kind).toBe('clarify');
    // The entry on what counts as an SME (both industries' rules) gives way to the named industry's
    // when the bot asks back (weights that always ask: that path, whatever the fitted thresholds).
    const askBack = { ...DECISION_WEIGHTS, answerThreshold: 1.1, askThreshold: 0 };
    const chatty = answerQuestion(knowledge, search, '老板问下 俺们工厂大概五百来号人 营收5000万左右 算中型不', askBack);
    expect(chatty.kind === 'answer' && chatty.citations[0]?.section).toBe('中小企业划型标准 · 工业');
    expect(chatty.kind === 'answer' && chatty.body).toContain('按您说的从业人员500人、营业收入5000万元，对照工业的标准，属于中型企业');
  });

  it('offers the size rules, rather than declining, when the owner states figures and the best passages are size rules', () => {
    // Weights that never answer or ask back on their own: the decline path, whatever the fitted thresholds.
    const decline = { ...DECISION_WEIGHTS, answerThreshold: 1.1, askThreshold: 1.1 };
    const named = answerQuestion(knowledge, search, '工厂15个人 一年卖两百来万 算不算微型企业', decline);
    expect(named.kind === 'answer' && named.citations[0]?.section).toBe('中小企业划型标准 · 工业');
    expect(named.kind === 'answer' && named.body).toContain('属于微型企业');
    const unnamed = answerQuestion(knowledge, search, '15个人 一年卖两百来万 算不算微型企业', decline);
    expect(unnamed.kind).toBe('clarify');
    // No figure stated, or a topic word no size rule holds (奖): declined as decided.
    expect(answerQuestion(knowledge, search, '算不算微型企业', decline).kind).toBe('out-of-scope');
    expect(answerQuestion(knowledge, search, '厂子规模不大 三十来个工人 听说成长性小微企业也有奖 是真的吗', decline).kind).toBe('out-of-scope');
  });

  it('is said under the quoted rule in the answer', () => {
    const answer = answerQuestion(knowledge, search, '我们是做软件的 80个人 营收2000万 算中型企业吗');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.citations[0]?.section).toContain('软件和信息技术服务业');
    expect(answer.body).toContain('按您说的从业人员80人、营业收入2000万元，对照软件和信息技术服务业的标准，属于小型企业');
  });
});
