/** A scoring indicator applied to the figure an owner stated, under the indicator's quote. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/compose.js';
import { scoreVerdict } from '../../src/answers/score-verdict.js';
import { loneFigure } from '../../src/assessment/figures.js';
import { shippedKnowledge } from '../helpers.js';

const { knowledge, search } = await shippedKnowledge();

describe('score verdict (answers/score-verdict)', () => {
  it('scores the stated figure on a banded indicator of each tier', () => {
    const innovative = knowledge.clauses.get('innovative#debtRatio')!;
    const specialized = knowledge.clauses.get('specialized#debtRatio')!;
    expect(scoreVerdict(knowledge, innovative, '资产负债率70%扣分吗')).toBe('按您说的70%，创新型中小企业评价中这一项得5分（满分10分），仅供参考。');
    // The engine's bands: 70% is in “70%以上”, as the self-assessment scores it.
    expect(scoreVerdict(knowledge, specialized, '资产负债率70%扣分吗')).toBe('按您说的70%，专精特新中小企业评价中这一项得0分（满分5分），仅供参考。');
  });

  it('scores an indicator counted the better of two ways on each way stated, and says “at least” when one is missing', () => {
    const input = knowledge.clauses.get('specialized#rdInput')!;
    expect(scoreVerdict(knowledge, input, '研发费用投入350万 这项得几分')).toBe('按您说的350万元，专精特新中小企业评价中这一项至少得6分（满分10分；另一种算法更高时取高），仅供参考。');
    // The top band of one way is the most the item gets, whatever the other.
    expect(scoreVerdict(knowledge, input, '研发费用占营收12% 这项几分')).toBe('按您说的12%，专精特新中小企业评价中这一项得10分（满分10分），仅供参考。');
    expect(scoreVerdict(knowledge, input, '研发投入350万 占营收9% 这项几分')).toBe('按您说的350万元、9%，专精特新中小企业评价中这一项得8分（满分10分），仅供参考。');
    expect(scoreVerdict(knowledge, input, '研发费用怎么打分')).toBeUndefined();
  });

  it('scores an indicator counted in steps (每满2年得1分), up to its maximum', () => {
    const years = knowledge.clauses.get('specialized#yearsInNiche')!;
    expect(scoreVerdict(knowledge, years, '从事细分市场做了7年 年限那项几分')).toBe('按您说的7年，专精特新中小企业评价中这一项得3分（满分5分），仅供参考。');
    expect(scoreVerdict(knowledge, years, '这个行当干了十二年 能得几分')).toBe('按您说的12年，专精特新中小企业评价中这一项得5分（满分5分），仅供参考。');
    expect(scoreVerdict(knowledge, years, '细分市场年限怎么算分')).toBeUndefined();
  });

  it('says nothing without one figure in the indicator’s unit, or on a clause that is no banded indicator', () => {
    const debt = knowledge.clauses.get('innovative#debtRatio')!;
    expect(scoreVerdict(knowledge, debt, '资产负债率怎么打分')).toBeUndefined();
    expect(scoreVerdict(knowledge, debt, '资产负债率从70%降到50%能加分吗')).toBeUndefined();
    expect(scoreVerdict(knowledge, debt, '营收5000万 负债率多少合适')).toBeUndefined();
    expect(scoreVerdict(knowledge, knowledge.clauses.get('suzhou-2018-zjtx#s3-2')!, '资产负债率70%')).toBeUndefined();
  });

  it('reads one figure written with its unit, and not two that differ', () => {
    expect(loneFigure('研发费用占营收5.5%', '%')).toBe(5.5);
    expect(loneFigure('研发投入1.2亿', '万元')).toBe(12000);
    // As owners type them in words, too; a period (近三年) is no figure.
    expect(loneFigure('资产负债率差不多百分之七十', '%')).toBe(70);
    expect(loneFigure('主营收入占营收差不多八成五', '%')).toBe(85);
    expect(loneFigure('研发人员占比两成', '%')).toBe(20);
    // 成 starting a word is no share: 三成长 is not 30%.
    expect(loneFigure('评了三成长性小微企业', '%')).toBeUndefined();
    expect(loneFigure('近三年完成三成本核算', '%')).toBeUndefined();
    expect(loneFigure('研发投入三百五十万', '万元')).toBe(350);
    expect(loneFigure('近三年研发投入', '年')).toBeUndefined();
    // Years in words only as a span stated (做了七年): 不满两年 is a threshold; 两年半 no whole year.
    expect(loneFigure('做了七年', '年')).toBe(7);
    expect(loneFigure('干这行六年了', '年')).toBe(6);
    expect(loneFigure('不满两年能评吗', '年')).toBeUndefined();
    expect(loneFigure('做了两年半', '年')).toBeUndefined();
    expect(loneFigure('做了2年半', '年')).toBeUndefined();
    expect(loneFigure('研发投入几十万', '万元')).toBeUndefined();
    expect(loneFigure('研发投入数十万', '万元')).toBeUndefined();
    expect(loneFigure('从70%降到50%', '%')).toBeUndefined();
    expect(loneFigure('70%和70%', '%')).toBe(70);
  });

  it('is said under the quoted indicator, for one tier and for both', () => {
    const one = answerQuestion(knowledge, search, '我们研发费用占营收5% 能得几分');
    expect(one.kind === 'answer' && one.body).toContain('按您说的5%，创新型中小企业评价中这一项得20分（满分20分）');
    const both = answerQuestion(knowledge, search, '资产负债率70%扣分吗');
    expect(both.kind === 'answer' && both.body.split('\n').filter((line) => line.startsWith('按您说的70%'))).toHaveLength(2);
  });
});
