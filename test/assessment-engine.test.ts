import { beforeAll, describe, expect, it } from 'vitest';
import { resultColumns } from '../src/assessment/batch.js';
import { assess, type AssessmentResult, type TierResult } from '../src/assessment/engine.js';
import { summarize } from '../src/assessment/report.js';
import type { Profile } from '../src/assessment/profile.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';
import { completeProfile } from './fixtures/profiles.js';
import { KNOWLEDGE } from './helpers.js';

let knowledge: KnowledgeBase;
beforeAll(async () => {
  const result = await loadKnowledge(KNOWLEDGE);
  if (!result.ok) throw new Error('invalid knowledge');
  knowledge = result.knowledge;
});

const tier = (result: AssessmentResult, id: string): TierResult => result.tiers.find((candidate) => candidate.id === id)!;
const points = (profile: Profile, tierId: string, indicator: string) =>
  tier(assess(knowledge, profile), tierId).indicators.find((candidate) => candidate.id === indicator)!.score;

describe('a complete profile', () => {
  it('is a small SME, eligible for both tiers with exact scores, with cited rewards', () => {
    const result = assess(knowledge, completeProfile());
    expect(result.sme).toMatchObject({ size: 'small', isSme: true });
    expect(tier(result, 'innovative')).toMatchObject({ eligible: true, score: 80, maxScore: 100, directPass: false, unmet: [] });
    expect(tier(result, 'specialized')).toMatchObject({ eligible: true, score: 62, directPass: false, unmet: [] });
    const reward = result.rewards.find((candidate) => candidate.id === 'city-certification-reward');
    expect(reward?.text).toContain('30万元');
    expect(reward?.citation.section).toBe('三、(二)强化资金支持');
    expect(result.disclaimer).toContain('以主管部门审核为准');
  });
});

// Each row: indicator, profile field overrides, expected points. Boundaries follow the reference:
// “A–B” means A ≤ x < B; “X以上” x ≥ X; the lowest band is x < X.
const innovativeCases: Array<[string, Partial<Profile>, number]> = [
  ['ip', { ip: 'I-high' }, 20], ['ip', { ip: 'I-own' }, 15], ['ip', { ip: 'I' }, 10], ['ip', { ip: 'II' }, 5], ['ip', { ip: 'none' }, 0],
  ['rdRatio', { rdExpense: 250 }, 20], ['rdRatio', { rdExpense: 249.99 }, 15], ['rdRatio', { rdExpense: 150 }, 15], ['rdRatio', { rdExpense: 149 }, 10],
  ['rdRatio', { rdExpense: 100 }, 10], ['rdRatio', { rdExpense: 99 }, 5], ['rdRatio', { rdExpense: 50 }, 5], ['rdRatio', { rdExpense: 49 }, 0],
  ['mainRevenueGrowth', { mainRevenueGrowth: 15 }, 20], ['mainRevenueGrowth', { mainRevenueGrowth: 14.9 }, 15], ['mainRevenueGrowth', { mainRevenueGrowth: 10 }, 15],
  ['mainRevenueGrowth', { mainRevenueGrowth: 5 }, 10], ['mainRevenueGrowth', { mainRevenueGrowth: 4.99 }, 5], ['mainRevenueGrowth', { mainRevenueGrowth: 0 }, 5],
  ['mainRevenueGrowth', { mainRevenueGrowth: -0.1 }, 0],
  ['debtRatio', { debtRatio: 54.9 }, 10], ['debtRatio', { debtRatio: 55 }, 5], ['debtRatio', { debtRatio: 74.9 }, 5], ['debtRatio', { debtRatio: 75 }, 0],
  ['strategicEmerging', { strategicEmerging: true }, 10], ['strategicEmerging', { strategicEmerging: false }, 5],
  ['mainRevenueShare', { mainRevenue: 3500 }, 20], ['mainRevenueShare', { mainRevenue: 3499 }, 15], ['mainRevenueShare', { mainRevenue: 3000 }, 15],
  ['mainRevenueShare', { mainRevenue: 2750 }, 10], ['mainRevenueShare', { mainRevenue: 2500 }, 5], ['mainRevenueShare', { mainRevenue: 2499 }, 0],
];

const specializedCases: Array<[string, Partial<Profile>, number]> = [
  ['mainRevenueShare', { mainRevenue: 4000 }, 5], ['mainRevenueShare', { mainRevenue: 3999 }, 3], ['mainRevenueShare', { mainRevenue: 3500 }, 3],
  ['mainRevenueShare', { mainRevenue: 3000 }, 1], ['mainRevenueShare', { mainRevenue: 2999 }, 0],
  ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 10 }, 10], ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 8 }, 8], ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 7.99 }, 6],
  ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 6 }, 6], ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 4 }, 4], ['mainRevenueGrowth2y', { mainRevenueGrowth2y: 0 }, 2],
  ['mainRevenueGrowth2y', { mainRevenueGrowth2y: -1 }, 0],
  ['yearsInNiche', { yearsInNiche: 2 }, 1], ['yearsInNiche', { yearsInNiche: 3.9 }, 1], ['yearsInNiche', { yearsInNiche: 4 }, 2], ['yearsInNiche', { yearsInNiche: 10 }, 5],
  ['yearsInNiche', { yearsInNiche: 25 }, 5],
  ['productField', { productField: 'key-chain' }, 5], ['productField', { productField: 'six-bases' }, 3], ['productField', { productField: 'other' }, 0],
  ['digitalLevel', { digitalLevel: 4 }, 5], ['digitalLevel', { digitalLevel: 3 }, 5], ['digitalLevel', { digitalLevel: 2 }, 3], ['digitalLevel', { digitalLevel: 1 }, 0],
  ['quality', { quality: {} }, 0], ['quality', { quality: { award: true } }, 3], ['quality', { quality: { award: true, standards: true } }, 5],
  ['quality', { quality: { award: true, iso9001: true, ownBrand: true, standards: true } }, 5],
  ['netProfitMargin', { netProfitMargin: 10 }, 10], ['netProfitMargin', { netProfitMargin: 9.99 }, 8], ['netProfitMargin', { netProfitMargin: 8 }, 8],
  ['netProfitMargin', { netProfitMargin: 6 }, 6], ['netProfitMargin', { netProfitMargin: 4 }, 4], ['netProfitMargin', { netProfitMargin: 2 }, 2],
  ['netProfitMargin', { netProfitMargin: 1.99 }, 0],
  ['debtRatio', { debtRatio: 49.9 }, 5], ['debtRatio', { debtRatio: 50 }, 3], ['debtRatio', { debtRatio: 60 }, 1], ['debtRatio', { debtRatio: 69.9 }, 1], ['debtRatio', { debtRatio: 70 }, 0],
  ['localFeature', { localFeatureScore: 15 }, 15], ['localFeature', { localFeatureScore: 0 }, 0],
  ['ip', { ip: 'I-high' }, 10], ['ip', { ip: 'I-own' }, 8], ['ip', { ip: 'I' }, 6], ['ip', { ip: 'II' }, 2], ['ip', { ip: 'none' }, 0],
  ['rdInput', { rdExpense: 500, revenue: 100000 }, 10], ['rdInput', { rdExpense: 499, revenue: 100000 }, 8], ['rdInput', { rdExpense: 400, revenue: 100000 }, 8],
  ['rdInput', { rdExpense: 300, revenue: 100000 }, 6], ['rdInput', { rdExpense: 200, revenue: 100000 }, 4], ['rdInput', { rdExpense: 100, revenue: 100000 }, 2],
  ['rdInput', { rdExpense: 99, revenue: 100000 }, 0],
  ['rdInput', { rdExpense: 150, revenue: 1500 }, 10], ['rdInput', { rdExpense: 120, revenue: 1500 }, 8], ['rdInput', { rdExpense: 90, revenue: 1500 }, 6],
  ['rdInput', { rdExpense: 60, revenue: 1500 }, 4], ['rdInput', { rdExpense: 45, revenue: 1500 }, 2], ['rdInput', { rdExpense: 44, revenue: 1500 }, 0],
  ['rdStaffRatio', { rdStaffRatio: 20 }, 5], ['rdStaffRatio', { rdStaffRatio: 10 }, 3], ['rdStaffRatio', { rdStaffRatio: 9.9 }, 1], ['rdStaffRatio', { rdStaffRatio: 5 }, 1],
  ['rdStaffRatio', { rdStaffRatio: 4.9 }, 0],
  ['rdInstitution', { rdInstitution: 'national' }, 10], ['rdInstitution', { rdInstitution: 'provincial' }, 8], ['rdInstitution', { rdInstitution: 'municipal' }, 4],
  ['rdInstitution', { rdInstitution: 'below' }, 2], ['rdInstitution', { rdInstitution: 'none' }, 0],
];

describe('indicator bands and their boundaries', () => {
  it.each(innovativeCases)('创新型 %s with %j scores %i', (indicator, overrides, expected) => {
    expect(points(completeProfile(overrides), 'innovative', indicator)).toBe(expected);
  });
  it.each(specializedCases)('专精特新 %s with %j scores %i', (indicator, overrides, expected) => {
    expect(points(completeProfile(overrides), 'specialized', indicator)).toBe(expected);
  });
});

describe('SME size', () => {
  it.each<[Partial<Profile>, string]>([
    [{ employees: 300, revenue: 2000, mainRevenue: 1800 }, 'medium'],
    [{ employees: 299, revenue: 2000, mainRevenue: 1800 }, 'small'],
    [{ employees: 20, revenue: 300, mainRevenue: 280 }, 'small'],
    [{ employees: 19, revenue: 5000 }, 'micro'],
    [{ employees: 1000, revenue: 40000, mainRevenue: 36000 }, 'large'],
    [{ employees: 1500, revenue: 30000, mainRevenue: 27000 }, 'medium'],
    [{ industry: 'software', employees: 300, revenue: 10000, mainRevenue: 9000 }, 'large'],
    [{ industry: 'software', employees: 100, revenue: 1000 }, 'medium'],
    [{ industry: 'software', employees: 10, revenue: 50 }, 'small'],
    [{ industry: 'software', employees: 9, revenue: 5000 }, 'micro'],
  ])('%j is %s', (overrides, size) => {
    expect(assess(knowledge, completeProfile(overrides)).sme.size).toBe(size);
  });

  it('is not eligible for either tier when not an SME, and says why', () => {
    const result = assess(knowledge, completeProfile({ employees: 1200, revenue: 50000, mainRevenue: 45000 }));
    expect(result.tiers.map((candidate) => candidate.eligible)).toEqual([false, false]);
    expect(tier(result, 'innovative').unmet[0]?.text).toContain('属于中小企业');
    expect(result.rewards).toEqual([]);
  });
});

describe('gates, direct pass and gaps', () => {
  it('names the concrete gap of an unmet condition', () => {
    const result = assess(knowledge, completeProfile({ rdExpense: 90, revenue: 3000, mainRevenue: 2800 }));
    const specialized = tier(result, 'specialized');
    expect(specialized.eligible).toBe(false);
    expect(specialized.unmet.map((gap) => gap.text)).toContain('上年度研发费用总额90万元，需不低于100万元');
  });

  it('states the ratio with its threshold', () => {
    const specialized = tier(assess(knowledge, completeProfile({ rdExpense: 140, revenue: 5000 })), 'specialized');
    expect(specialized.unmet.map((gap) => gap.text)).toContain('研发费用占营业收入比重2.8%，需不低于3%');
  });

  it('says how many points are missing', () => {
    const specialized = tier(assess(knowledge, completeProfile({ localFeatureScore: 2 })), 'specialized');
    expect(specialized).toMatchObject({ eligible: false, score: 54 });
    expect(specialized.unmet.map((gap) => gap.text)).toContain('总分54，还差6分');
  });

  it('says in the summary where the most points were lost when the score falls short, and not when it passes', () => {
    const short = summarize(assess(knowledge, completeProfile({ localFeatureScore: 2 })));
    const line = short.split('\n').find((text) => text.startsWith('· 失分较多：'));
    expect(line).toMatch(/^· 失分较多：地方特色指标（2\/15分）、/);
    expect(line!.split('、')).toHaveLength(3);
    expect(summarize(assess(knowledge, completeProfile()))).not.toContain('失分较多');
  });

  it('names what the size still needs, and says an SME is one when revenue alone decides it', () => {
    const sizeLine = (profile: Profile) => summarize(assess(knowledge, profile)).split('\n').find((line) => line.startsWith('企业规模：'));
    // 工业 with 3000万元 is an SME whatever its head count (营收 < 40000万元); small or medium needs the count.
    expect(sizeLine({ ...completeProfile(), industry: 'industrial', employees: undefined, revenue: 3000 })).toBe('企业规模：属于中小企业（大中小微待定，缺少从业人员）');
    expect(sizeLine({ ...completeProfile(), industry: undefined })).toBe('企业规模：待定（缺少行业）');
    expect(sizeLine({ ...completeProfile(), industry: 'industrial', employees: 120, revenue: 3000 })).toBe('企业规模：小型企业');
  });

  it('counts a missing 特色化 score as 0 and says what it would take', () => {
    const { localFeatureScore: _dropped, ...profile } = completeProfile();
    const specialized = tier(assess(knowledge, profile), 'specialized');
    expect(specialized).toMatchObject({ eligible: false, score: 52 });
    expect(specialized.notes.join()).toContain('地方特色指标未填写，按0分计；地方特色指标达到8分即可达到及格线');
  });

  it('fails a group minimum of 创新型 even with a total above 60', () => {
    const innovative = tier(assess(knowledge, completeProfile({ ip: 'none', rdExpense: 40, mainRevenueGrowth: 20, debtRatio: 10 })), 'innovative');
    expect(innovative.score).toBe(60);
    expect(innovative.eligible).toBe(false);
    expect(innovative.unmet.map((gap) => gap.text)).toContain('创新能力得分0，需不低于20分');
  });

  it('passes 创新型 directly on an honour, with the reason', () => {
    const innovative = tier(assess(knowledge, completeProfile({ ip: 'none', rdExpense: 40, honors: { highTech: true } })), 'innovative');
    expect(innovative).toMatchObject({ eligible: true, directPass: true });
    expect(innovative.directPassReasons[0]).toContain('高新技术企业');
  });

  it('passes 专精特新 condition 4 by 2-year R&D average when the score is short', () => {
    const specialized = tier(assess(knowledge, completeProfile({ localFeatureScore: 0, rdExpenseAvg2y: 1000 })), 'specialized');
    expect(specialized).toMatchObject({ eligible: true, directPass: true, score: 52 });
  });

  it('lets equity financing stand in for revenue below 1000万元', () => {
    const base = { revenue: 900, mainRevenue: 850, rdExpense: 120 };
    expect(tier(assess(knowledge, completeProfile({ ...base, equityFinancing2y: 2000 })), 'specialized').unmet.map((gap) => gap.id)).not.toContain('revenueScale');
    expect(tier(assess(knowledge, completeProfile({ ...base, equityFinancing2y: 1999 })), 'specialized').unmet.map((gap) => gap.id)).toContain('revenueScale');
  });

  it('fails both tiers on a basic condition', () => {
    const result = assess(knowledge, completeProfile({ basic: { registeredInChina: true, independentLegalPerson: true, goodStanding: false } }));
    expect(result.tiers.map((candidate) => candidate.eligible)).toEqual([false, false]);
  });
});

describe('missing data', () => {
  it('leaves eligibility open (null) when a missing answer decides it, and names it', () => {
    const { rdStaffRatio: _dropped, ...profile } = completeProfile();
    const specialized = tier(assess(knowledge, profile), 'specialized');
    expect(specialized.score).toBeNull();
    expect(specialized.scoreRange).toEqual({ min: 59, max: 64 });
    expect(specialized.eligible).toBeNull();
    expect(specialized.missing).toContain('上年度研发人员占比');
  });

  it('decides anyway when the missing answer cannot change the verdict', () => {
    const { rdStaffRatio: _dropped, ...profile } = completeProfile({ localFeatureScore: 15 });
    expect(tier(assess(knowledge, profile), 'specialized')).toMatchObject({ eligible: true, score: null });
    const { yearsInNiche: _years, ...noYears } = completeProfile({ rdExpense: 50 });
    expect(tier(assess(knowledge, noYears), 'specialized').eligible).toBe(false);
  });

  it('cannot size or certify a company without industry, and says so', () => {
    const { industry: _dropped, ...profile } = completeProfile();
    const result = assess(knowledge, profile);
    expect(result.sme).toMatchObject({ size: null, isSme: null, missing: ['行业'] });
    expect(result.tiers.map((candidate) => candidate.eligible)).toEqual([null, null]);
  });

  it('treats an empty profile as entirely open', () => {
    const result = assess(knowledge, {});
    expect(result.tiers.map((candidate) => [candidate.eligible, candidate.score])).toEqual([[null, null], [null, null]]);
  });
});

describe('the batch table', () => {
  it('never shows a bare “待定” next to a gap that reads like failure', async () => {
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error('shipped knowledge is invalid');
    // A score that surely fails 专精特新, with the direct-pass honours left unanswered.
    const profile = completeProfile({ localFeatureScore: 0, digitalLevel: 1, netProfitMargin: 1, honors: undefined, rdExpenseAvg2y: undefined, equityFinancing2y: undefined });
    const result = assess(loaded.knowledge, profile);
    const specialized = result.tiers.find((tier) => tier.id === 'specialized')!;
    expect(specialized.eligible).toBeNull();
    expect(specialized.unmet.length).toBeGreaterThan(0);
    const { header, rows } = resultColumns([{ row: 2, name: profile.name, result }]);
    const verdictCell = rows[0]![header.indexOf('专精特新中小企业结论')];
    expect(verdictCell).toBe('待定（得分未达及格线，要看直通条件）');
  });
});
