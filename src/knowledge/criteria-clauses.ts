/**
 * Criteria are rules first (the assessment engine scores with them) and quotable text second:
 * these functions render each rule as a clause so that Q&A can cite it.
 */
import type { Clause } from './model.js';
import type { Band, BasicConditions, Indicator, Scoring, SmeSizeRules, Tier } from './schema.js';

export function describeBand(band: Band, unit: string): string {
  if (band.from !== undefined && band.to !== undefined) return `${band.from}${unit}–${band.to}${unit}`;
  if (band.from !== undefined) return `${band.from}${unit}以上`;
  return `${band.to ?? ''}${unit}以下`;
}

const UNITS: Record<string, string> = { rdExpense: '万元', yearsInNiche: '年' };
export function unitOfMeasure(measure: string): string {
  return UNITS[measure] ?? '%';
}

export function describeScoring(scoring: Scoring): string {
  if ('bands' in scoring) {
    const unit = unitOfMeasure(scoring.bands.measure);
    return scoring.bands.list.map((band) => `${describeBand(band, unit)}得${band.points}分`).join('；');
  }
  if ('choices' in scoring) {
    return scoring.choices.options.map((option) => `${option.label}得${option.points}分`).join('；');
  }
  if ('steps' in scoring) {
    return `每满${scoring.steps.every}年得${scoring.steps.points}分`;
  }
  if ('countTrue' in scoring) {
    const items = scoring.countTrue.items.map((item) => item.label).join('、');
    return `每满足一项得${scoring.countTrue.pointsEach}分：${items}`;
  }
  if ('bestOf' in scoring) {
    const ways = scoring.bestOf.map((list) => {
      const unit = unitOfMeasure(list.measure);
      const name = list.measure === 'rdExpense' ? '研发费用总额' : '研发费用占营业收入比重';
      return `按${name}：${list.list.map((band) => `${describeBand(band, unit)}得${band.points}分`).join('，')}`;
    });
    // Said after both ways, so that neither reads as part of the other: “…；按…：…；两者取高”.
    return `${ways.join('；')}；两者取高`;
  }
  return '由企业按省级主管部门设定的指标自评';
}

function describeIndicator(indicator: Indicator): string {
  const note = indicator.note ? (indicator.note.endsWith('。') ? indicator.note : `${indicator.note}。`) : '';
  // A score the company states itself (特色化) has no rule of its own to describe: the note is its
  // rule, in the one sentence that also gives the points, so that a quote of it never lacks them.
  if ('given' in indicator.score && note) return `${indicator.name}（满分${indicator.max}分）：${note}`;
  // The note follows as a sentence of its own: in brackets, its full stop split the bracket into
  // two quoted halves, “（由省级…计。” and “）”.
  const capped = 'steps' in indicator.score || 'countTrue' in indicator.score ? `，最高${indicator.max}分` : '';
  return `${indicator.name}（满分${indicator.max}分）：${describeScoring(indicator.score)}${capped}。${note}`;
}

/** The id of a tier's clause on its conditions, after `${tier.id}#`. */
export const CONDITIONS_CLAUSE = 'conditions';

export function tierClauses(tier: Tier, file: string): Clause[] {
  const part = tier.source.part ?? tier.name;
  const clause = (id: string, section: string, text: string): Clause => ({
    id: `${tier.id}#${id}`,
    documentId: tier.id,
    section: `${part} · ${section}`,
    text,
    file,
    line: 1,
  });
  const clauses: Clause[] = [];
  if (tier.conditions.length) {
    const numbered = tier.conditions.map((condition, index) => `${index + 1}. ${condition.text}`);
    clauses.push(clause(CONDITIONS_CLAUSE, '认定条件', `${tier.name}须同时满足：${numbered.join('；')}；${tier.conditions.length + 1}. ${tier.directPass?.text ?? `评价得分达到${tier.passScore}分以上`}。`));
  }
  if (tier.directPass) {
    const options = tier.directPass.options.map((option) => option.text).join('；');
    clauses.push(clause('direct-pass', '直通条件', `${tier.directPass.text}：${options}。`));
  }
  const minimums = tier.groups
    .filter((group) => group.minScore !== undefined)
    .map((group) => `${group.name}不低于${group.minScore}分`);
  const groups = tier.groups.map((group) => `${group.name}${group.max}分`).join('、');
  clauses.push(
    clause(
      'score',
      '评价标准',
      `${tier.name}评价满分100分（${groups}），得分达到${tier.passScore}分以上${minimums.length ? `，且${minimums.join('、')}` : ''}。`,
    ),
  );
  for (const indicator of tier.indicators) {
    clauses.push(clause(indicator.id, indicator.name, describeIndicator(indicator)));
  }
  return clauses;
}

export function basicConditionClauses(rules: BasicConditions, file: string): Clause[] {
  const text = rules.conditions.map((condition, index) => `${index + 1}. ${condition.text}`).join('；');
  return [
    {
      id: `${rules.id}#all`,
      documentId: rules.id,
      section: rules.name,
      text: `创新型中小企业和专精特新中小企业都须符合基本条件：${text}。`,
      file,
      line: 1,
    },
  ];
}

export function smeSizeClauses(rules: SmeSizeRules, file: string): Clause[] {
  return rules.industries.map((industry) => ({
    id: `${rules.id}#${industry.id}`,
    documentId: rules.id,
    section: `${rules.name} · ${industry.name}`,
    text: `${industry.name}：${industry.text}`,
    file,
    line: 1,
  }));
}
