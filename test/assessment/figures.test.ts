/** Figures an owner states about the company in one message, read by the names in profile-fields.yaml. */
import { beforeAll, describe, expect, it } from 'vitest';
import { statedFigures } from '../../src/assessment/figures.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Criteria } from '../../src/knowledge/model.js';
import { KNOWLEDGE } from '../helpers.js';

let criteria: Criteria;
beforeAll(async () => {
  const result = await loadKnowledge(KNOWLEDGE);
  if (!result.ok || !result.knowledge.criteria) throw new Error('invalid knowledge');
  criteria = result.knowledge.criteria;
});

const valuesOf = (text: string) => Object.fromEntries(statedFigures(criteria, text).map((figure) => [figure.field, figure.value]));

describe('figures stated in a message', () => {
  it.each([
    ['我们营收5000万 员工200人 能评专精特新吗', { revenue: 5000, employees: 200 }],
    ['员工120人 营收大概8000万 研发投入300万 负债率50%', { employees: 120, revenue: 8000, rdExpense: 300, debtRatio: 50 }],
    // The longest name decides: 主营业务收入 is not 收入.
    ['主营业务收入4500万 营业收入5000万', { mainRevenue: 4500, revenue: 5000 }],
    ['营收3个亿 有300来个员工', { revenue: 30000, employees: 300 }],
    ['一百二十个工人 营收两千万', { employees: 120, revenue: 2000 }],
    ['我们厂200人 营收5000万', { employees: 200, revenue: 5000 }],
    ['员工有120个 营收3000万', { employees: 120, revenue: 3000 }],
    // 才, 就 between the name and the figure say it is small, not another thing.
    ['营业收入才九百来万 能不能评上专精特新', { revenue: 900 }],
    ['俺们厂子研发费一年一百二十万左右 够了没', { rdExpense: 120 }],
  ])('reads “%s”', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected);
  });

  it.each([
    // An upper bound, a figure in another unit, a ratio the profile does not hold, no figure at all.
    '营收不到2000万',
    '研发人员20个',
    '研发占比5%',
    '我们营收不错 员工不多',
    // 个 counts what follows it: shareholders are not staff.
    '我们厂3个股东',
  ])('reads nothing from “%s”', (text) => {
    expect(statedFigures(criteria, text)).toEqual([]);
  });
});
