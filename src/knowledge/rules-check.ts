/**
 * Consistency checks that a schema cannot express: bands that leave no gap and do not overlap,
 * points within each indicator's maximum, group maxima that add up, and references that resolve.
 */
import type { Criteria, KnowledgeProblem } from './model.js';
import type { BandList, Condition, Tier } from './schema.js';
import { lineOf, type YamlSource } from './yaml-source.js';

/** Fields the engine computes itself rather than reading from the profile. */
const COMPUTED_FIELDS = new Set(['sme.isSme']);

export function checkCriteriaConsistency(
  criteria: Criteria,
  sourceOf: (file: object) => YamlSource,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const known = new Set<string>([
    ...criteria.profileFields.fields.map((field) => field.id),
    ...criteria.profileFields.measures.map((measure) => measure.id),
    ...COMPUTED_FIELDS,
  ]);
  const checkCondition = (condition: Condition, source: YamlSource, path: PropertyKey[]) => {
    if ('all' in condition) condition.all.forEach((child, index) => checkCondition(child, source, [...path, 'all', index]));
    else if ('any' in condition) condition.any.forEach((child, index) => checkCondition(child, source, [...path, 'any', index]));
    else if (!known.has(condition.field)) {
      problems.push({ file: source.file, line: lineOf(source, [...path, 'field']), message: `未知的画像字段：${condition.field}（见 profile-fields.yaml）` });
    }
  };

  const smeSource = sourceOf(criteria.smeSize);
  criteria.smeSize.industries.forEach((industry, index) => {
    checkCondition(industry.sme, smeSource, ['industries', index, 'sme']);
    industry.sizes.forEach((size, sizeIndex) => checkCondition(size.when, smeSource, ['industries', index, 'sizes', sizeIndex, 'when']));
  });
  for (const rules of criteria.basicConditions.values()) {
    const source = sourceOf(rules);
    rules.conditions.forEach((condition, index) => checkCondition(condition.check, source, ['conditions', index, 'check']));
  }
  for (const tier of criteria.tiers) checkTier(tier, criteria, sourceOf(tier), known, checkCondition, problems);

  const questionnaireSource = sourceOf(criteria.questionnaire);
  const fieldTypes = new Map(criteria.profileFields.fields.map((field) => [field.id, field.type]));
  const asked = new Set<string>();
  criteria.questionnaire.questions.forEach((question, index) => {
    question.fields.forEach((field, fieldIndex) => {
      const at = lineOf(questionnaireSource, ['questions', index, 'fields', fieldIndex]);
      if (!fieldTypes.has(field)) problems.push({ file: questionnaireSource.file, line: at, message: `未知的画像字段：${field}` });
      else if (question.fields.length > 1 && fieldTypes.get(field) !== 'boolean') {
        problems.push({ file: questionnaireSource.file, line: at, message: `多选题只能包含是/否字段：${field}` });
      }
      if (asked.has(field)) problems.push({ file: questionnaireSource.file, line: at, message: `字段被问了两次：${field}` });
      asked.add(field);
    });
  });

  const rewardSource = sourceOf(criteria.rewards);
  const tierIds = new Set(criteria.tiers.map((tier) => tier.id));
  criteria.rewards.rewards.forEach((reward, index) => {
    reward.tiers.forEach((tier, tierIndex) => {
      if (!tierIds.has(tier)) problems.push({ file: rewardSource.file, line: lineOf(rewardSource, ['rewards', index, 'tiers', tierIndex]), message: `未知的层级：${tier}` });
    });
  });
  return problems;
}

function checkTier(
  tier: Tier,
  criteria: Criteria,
  source: YamlSource,
  known: Set<string>,
  checkCondition: (condition: Condition, source: YamlSource, path: PropertyKey[]) => void,
  problems: KnowledgeProblem[],
): void {
  const at = (path: PropertyKey[], message: string) => problems.push({ file: source.file, line: lineOf(source, path), message });
  if (!criteria.basicConditions.has(tier.basicConditions)) at(['basicConditions'], `引用了不存在的基本条件：${tier.basicConditions}`);
  tier.conditions.forEach((condition, index) => checkCondition(condition.check, source, ['conditions', index, 'check']));
  tier.directPass?.options.forEach((option, index) => checkCondition(option.check, source, ['directPass', 'options', index, 'check']));

  const groupTotals = new Map(tier.groups.map((group) => [group.id, 0]));
  const indicatorIds = new Set<string>();
  tier.indicators.forEach((indicator, index) => {
    const path = ['indicators', index];
    if (indicatorIds.has(indicator.id)) at([...path, 'id'], `指标 id 重复：${indicator.id}`);
    indicatorIds.add(indicator.id);
    if (!groupTotals.has(indicator.group)) at([...path, 'group'], `未知的指标组：${indicator.group}`);
    else groupTotals.set(indicator.group, groupTotals.get(indicator.group)! + indicator.max);
    const score = indicator.score;
    const checkBands = (list: BandList, listPath: PropertyKey[]) => {
      if (!known.has(list.measure)) at([...listPath, 'measure'], `未知的画像字段：${list.measure}`);
      checkBandList(list, indicator.max, (bandPath, message) => at([...listPath, ...bandPath], message));
    };
    if ('bands' in score) checkBands(score.bands, [...path, 'score', 'bands']);
    else if ('bestOf' in score) score.bestOf.forEach((list, listIndex) => checkBands(list, [...path, 'score', 'bestOf', listIndex]));
    else if ('choices' in score) {
      if (!known.has(score.choices.field)) at([...path, 'score', 'choices', 'field'], `未知的画像字段：${score.choices.field}`);
      score.choices.options.forEach((option, optionIndex) => {
        if (option.points > indicator.max) at([...path, 'score', 'choices', 'options', optionIndex], `得分 ${option.points} 超过该指标满分 ${indicator.max}`);
      });
    } else if ('steps' in score) {
      if (!known.has(score.steps.measure)) at([...path, 'score', 'steps', 'measure'], `未知的画像字段：${score.steps.measure}`);
    } else if ('countTrue' in score) {
      score.countTrue.items.forEach((item, itemIndex) => {
        if (!known.has(item.field)) at([...path, 'score', 'countTrue', 'items', itemIndex, 'field'], `未知的画像字段：${item.field}`);
      });
    } else if (!known.has(score.given.field)) at([...path, 'score', 'given', 'field'], `未知的画像字段：${score.given.field}`);
  });
  tier.groups.forEach((group, index) => {
    const total = groupTotals.get(group.id) ?? 0;
    if (total !== group.max) at(['groups', index], `指标组“${group.name}”满分 ${group.max}，但其指标满分合计 ${total}`);
    if (group.minScore !== undefined && group.minScore > group.max) at(['groups', index], `指标组“${group.name}”最低分超过满分`);
  });
  const groupSum = tier.groups.reduce((sum, group) => sum + group.max, 0);
  if (tier.passScore > groupSum) at(['passScore'], `及格分 ${tier.passScore} 超过总分 ${groupSum}`);
}

/** Bands must tile the number line: one open-ended at each end, each `to` equal to the next `from`. */
export function checkBandList(
  list: BandList,
  max: number,
  report: (path: PropertyKey[], message: string) => void,
): void {
  const order = list.list
    .map((band, index) => ({ band, index }))
    .sort((a, b) => (a.band.from ?? -Infinity) - (b.band.from ?? -Infinity));
  order.forEach(({ band, index }, position) => {
    if (band.points > max) report(['list', index], `得分 ${band.points} 超过该指标满分 ${max}`);
    if (band.from !== undefined && band.to !== undefined && band.from >= band.to) {
      report(['list', index], `分档下限 ${band.from} 应小于上限 ${band.to}`);
    }
    if (position === 0 && band.from !== undefined) report(['list', index], '最低一档应不写 from（覆盖更低的所有值）');
    if (position === order.length - 1 && band.to !== undefined) report(['list', index], '最高一档应不写 to（覆盖更高的所有值）');
    const next = order[position + 1];
    if (next && band.to !== next.band.from) {
      report(['list', next.index], `分档不连续：上一档到 ${band.to ?? '∞'}，这一档从 ${next.band.from ?? '-∞'} 开始`);
    }
  });
}
