/** A tier's conditions applied to the figures an owner stated, under the conditions' quote. */
import { describe, expect, it } from 'vitest';
import { conditionsVerdict } from '../../src/answers/conditions-verdict.js';
import { shippedKnowledge } from '../helpers.js';

const { knowledge } = await shippedKnowledge();
const conditions = knowledge.clauses.get('specialized#conditions')!;

describe('conditions verdict (answers/conditions-verdict)', () => {
  it('says which thresholds the stated figures reach and which they do not', () => {
    expect(conditionsVerdict(knowledge, conditions, '我们研发一年八十来万 够不够')).toBe('对照专精特新中小企业的认定条件，按您说的（约数按整数计）：上年度研发费用总额80万元，不到100万元。仅供参考。');
    // The share of revenue is worked out from the two figures, as the self-assessment does.
    expect(conditionsVerdict(knowledge, conditions, '研发费用200万 营收5000万 够条件吗')).toBe(
      '对照专精特新中小企业的认定条件，按您说的：上年度研发费用总额200万元，达到100万元，研发费用占营业收入比重4%，达到3%；上年度营业收入总额5000万元，达到1000万元。仅供参考。',
    );
  });

  it('names what a condition still turns on when the figure stated does not decide it', () => {
    // Below 1000万元 of revenue, equity financing may still meet the condition; 九百来万 is taken as 900.
    expect(conditionsVerdict(knowledge, conditions, '营业收入才九百来万 能不能评上专精特新')).toBe(
      '对照专精特新中小企业的认定条件，按您说的（约数按整数计）：上年度营业收入总额900万元，不到1000万元，这一条还要看近2年新增股权融资总额。仅供参考。',
    );
  });

  it('says nothing without a figure, or under a clause that is no tier’s conditions', () => {
    expect(conditionsVerdict(knowledge, conditions, '专精特新要什么条件')).toBeUndefined();
    expect(conditionsVerdict(knowledge, knowledge.clauses.get('specialized#debtRatio')!, '研发费用200万 够吗')).toBeUndefined();
  });
});
