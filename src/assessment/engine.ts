/**
 * The self-assessment engine: a company profile in, per-tier verdicts out. Pure: every rule
 * comes from the criteria files, so a threshold changes in `knowledge/criteria/`, not here.
 *
 * Eligibility is three-valued: `null` when a missing answer decides it. Scores of unanswered
 * indicators are unknown, so a total is given only when every indicator is known; its possible
 * range is always given, and decides the verdict when even the worst (or best) case is clear.
 */
import type { Citation } from '../knowledge/citation.js';
import { describeBand, unitOfMeasure } from '../knowledge/criteria-clauses.js';
import type { Criteria, KnowledgeBase } from '../knowledge/model.js';
import type { Band, BandList, Condition, ConditionEntry, Indicator, Tier } from '../knowledge/schema.js';
import { texts as allTexts } from '../texts.js';
import { and, evaluate, leaves, or, type Lookup, type Truth } from './logic.js';
import { readField, type FieldValue, type Profile } from './profile.js';

const texts = allTexts.assessment;

export type SmeSize = 'medium' | 'small' | 'micro' | 'large';

export interface IndicatorResult {
  id: string;
  name: string;
  group: string;
  max: number;
  score: number | null;
  /** The band or option that applied, e.g. “3%–5%” or “省级”. */
  band: string | null;
  value: FieldValue | null;
}

export interface GroupResult {
  id: string;
  name: string;
  max: number;
  minScore?: number;
  score: number | null;
  range: { min: number; max: number };
}

export interface Gap {
  id: string;
  text: string;
}

export interface TierResult {
  id: string;
  name: string;
  eligible: boolean | null;
  score: number | null;
  scoreRange: { min: number; max: number };
  maxScore: number;
  passScore: number;
  directPass: boolean;
  directPassReasons: string[];
  groups: GroupResult[];
  indicators: IndicatorResult[];
  unmet: Gap[];
  missing: string[];
  missingFields: string[];
  notes: string[];
  source: string;
  version: string;
}

export interface RewardResult {
  id: string;
  tier: string;
  title: string;
  text: string;
  /** True when the tier's verdict is still open: the reward follows only if it is met. */
  conditional: boolean;
  citation: Citation;
}

export interface AssessmentResult {
  name?: string;
  sme: { industry: string | null; size: SmeSize | null; isSme: boolean | null; missing: string[]; missingFields: string[] };
  tiers: TierResult[];
  rewards: RewardResult[];
  citations: Citation[];
  disclaimer: string;
}

/** Percentages are computed, so 30/1000*100 must compare equal to 3 at a band edge. */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

interface Field {
  label: string;
  unit: string;
}

/** Field and measure lookups with the “missing counts as false” rule of the profile-fields file. */
function createLookup(criteria: Criteria, profile: Profile, isSme: () => Truth): Lookup {
  const record = profile as Record<string, unknown>;
  const missingIsFalse = new Set(criteria.profileFields.fields.filter((field) => field.missing === false).map((field) => field.id));
  const measures = new Map(criteria.profileFields.measures.map((measure) => [measure.id, measure]));
  const lookup: Lookup = (field) => {
    if (field === 'sme.isSme') return isSme() ?? undefined;
    const measure = measures.get(field);
    if (measure) {
      const numerator = readField(record, measure.ratio.numerator);
      const denominator = readField(record, measure.ratio.denominator);
      if (typeof numerator !== 'number' || typeof denominator !== 'number' || denominator <= 0) return undefined;
      return tidy((numerator * 100) / denominator);
    }
    const value = readField(record, field);
    // `quality: {iso9001: true}` lists what applies, so its other keys are “no”; but without a
    // `quality` object at all nothing was said, and the answer stays unknown.
    const parent = field.includes('.') ? record[field.slice(0, field.indexOf('.'))] : undefined;
    if (value === undefined && missingIsFalse.has(field) && parent !== null && typeof parent === 'object') return false;
    return value;
  };
  return lookup;
}

function fieldInfo(criteria: Criteria): (field: string) => Field {
  const all = new Map<string, Field>();
  for (const field of criteria.profileFields.fields) all.set(field.id, { label: field.label, unit: field.unit ?? '' });
  for (const measure of criteria.profileFields.measures) all.set(measure.id, { label: measure.label, unit: measure.unit });
  all.set('sme.isSme', { label: texts.isSmeLabel, unit: '' });
  return (field) => all.get(field) ?? { label: field, unit: '' };
}

export function assessSme(criteria: Criteria, profile: Profile): AssessmentResult['sme'] {
  const info = fieldInfo(criteria);
  const result = (industry: string | null, size: SmeSize | null, isSme: Truth, missingFields: string[]) => ({
    industry,
    size,
    isSme,
    missing: missingFields.map((field) => info(field).label),
    missingFields,
  });
  const industry = criteria.smeSize.industries.find((candidate) => candidate.id === profile.industry);
  if (!industry) return result(profile.industry ?? null, null, null, ['industry']);
  const lookup = createLookup(criteria, profile, () => null);
  const unknownLeaves = (condition: Condition) => leaves(condition).map((leaf) => leaf.field).filter((field) => lookup(field) === undefined);
  const isSme = evaluate(industry.sme, lookup);
  if (isSme === false) return result(industry.id, 'large', isSme, []);
  if (isSme === null) return result(industry.id, null, isSme, unknownLeaves(industry.sme));
  for (const size of industry.sizes) {
    const fits = evaluate(size.when, lookup);
    if (fits === true) return result(industry.id, size.size, isSme, []);
    if (fits === null) return result(industry.id, null, isSme, unknownLeaves(size.when));
  }
  return result(industry.id, null, isSme, []);
}

function findBand(list: Band[], value: number): Band | undefined {
  return list.find((band) => (band.from === undefined || value >= band.from) && (band.to === undefined || value < band.to));
}

function scoreBands(list: BandList, lookup: Lookup): { score: number | null; band: string | null; value: number | null } {
  const value = lookup(list.measure);
  if (typeof value !== 'number') return { score: null, band: null, value: null };
  const band = findBand(list.list, value);
  return { score: band?.points ?? 0, band: band ? describeBand(band, unitOfMeasure(list.measure)) : null, value };
}

export function scoreIndicator(indicator: Indicator, lookup: Lookup): IndicatorResult {
  const base = { id: indicator.id, name: indicator.name, group: indicator.group, max: indicator.max };
  const rule = indicator.score;
  if ('bands' in rule) return { ...base, ...scoreBands(rule.bands, lookup) };
  if ('choices' in rule) {
    const value = lookup(rule.choices.field);
    const option = rule.choices.options.find((candidate) => candidate.value === value);
    return { ...base, score: option?.points ?? null, band: option?.label ?? null, value: value ?? null };
  }
  if ('steps' in rule) {
    const value = lookup(rule.steps.measure);
    if (typeof value !== 'number') return { ...base, score: null, band: null, value: null };
    const steps = Math.floor(tidy(value / rule.steps.every));
    // “5年（按满4年计）”: the owner's own figure first, then how the rule counted it.
    return { ...base, score: Math.min(indicator.max, steps * rule.steps.points), band: texts.stepsBand(formatNumber(value), steps * rule.steps.every), value };
  }
  if ('countTrue' in rule) {
    const met = rule.countTrue.items.filter((item) => lookup(item.field) === true);
    const unknown = rule.countTrue.items.some((item) => lookup(item.field) === undefined);
    if (unknown && met.length * rule.countTrue.pointsEach < indicator.max) return { ...base, score: null, band: null, value: null };
    return {
      ...base,
      score: Math.min(indicator.max, met.length * rule.countTrue.pointsEach),
      band: met.length ? met.map((item) => item.label).join('、') : texts.noneMet,
      value: met.length,
    };
  }
  if ('bestOf' in rule) {
    const parts = rule.bestOf.map((list) => scoreBands(list, lookup));
    const known = parts.filter((part) => part.score !== null);
    const best = known.reduce<(typeof parts)[number] | undefined>((top, part) => (!top || part.score! > top.score! ? part : top), undefined);
    // An unknown part could still score higher, unless the known one is already the maximum.
    if (!best || (known.length < parts.length && best.score! < indicator.max)) return { ...base, score: null, band: null, value: null };
    return { ...base, score: best.score, band: best.band, value: best.value };
  }
  const value = lookup(rule.given.field);
  const given = typeof value === 'number' ? Math.max(0, Math.min(indicator.max, value)) : 0;
  return { ...base, score: given, band: typeof value === 'number' ? texts.selfReported : texts.notGivenCountsZero, value: value ?? null };
}

function describeShortfall(leaf: Extract<Condition, { field: string }>, lookup: Lookup, info: (field: string) => Field): string {
  const { label, unit } = info(leaf.field);
  const value = lookup(leaf.field);
  if ('is' in leaf) return leaf.is ? texts.notMet(label) : texts.mustNot(label);
  const shown = typeof value === 'number' ? `${label}${formatNumber(value)}${unit}` : label;
  return 'gte' in leaf ? texts.needAtLeast(shown, `${leaf.gte}${unit}`) : texts.needBelow(shown, `${leaf.lt}${unit}`);
}

/** A concrete sentence for an unmet condition: which leaves fell short, by how much. */
function explainCondition(entry: ConditionEntry, lookup: Lookup, info: (field: string) => Field): string {
  const failing = (condition: Condition): string[] => {
    if (evaluate(condition, lookup) !== false) return [];
    if ('all' in condition) return condition.all.flatMap(failing);
    if ('any' in condition) return [texts.needOneOf(condition.any.map((child) => failing(child).join('，')).filter(Boolean))];
    return [describeShortfall(condition, lookup, info)];
  };
  return failing(entry.check).join('；') || entry.text;
}

/** One condition of a tier read against a partial profile, leaf by leaf. */
export interface ConditionCheck {
  id: string;
  truth: Truth;
  /** The leaves the profile answers: what the company has, and the threshold it is held to. */
  stated: Array<{ shown: string; threshold: string; met: boolean }>;
  /** The labels of the leaves the profile leaves open, when they decide the condition. */
  open: string[];
}

/**
 * A tier's own conditions (not the basic ones) against what an owner said in one message (“研发一年
 * 八十来万 够不够”): which thresholds the stated figures reach, and what is still open.
 */
export function checkTierConditions(criteria: Criteria, tier: Tier, profile: Profile): ConditionCheck[] {
  const lookup = createLookup(criteria, profile, () => null);
  const info = fieldInfo(criteria);
  return tier.conditions.map((entry) => {
    const truth = evaluate(entry.check, lookup);
    const stated = leaves(entry.check).flatMap((leaf) => {
      const value = lookup(leaf.field);
      if (typeof value !== 'number' || 'is' in leaf) return [];
      const { label, unit } = info(leaf.field);
      const threshold = 'gte' in leaf ? leaf.gte : leaf.lt;
      return [{ shown: `${label}${formatNumber(value)}${unit}`, threshold: `${threshold}${unit}`, met: evaluate(leaf, lookup) === true }];
    });
    const open = truth === null ? leaves(entry.check).filter((leaf) => lookup(leaf.field) === undefined).map((leaf) => info(leaf.field).label) : [];
    return { id: entry.id, truth, stated, open };
  });
}

/** Profile fields whose answers would decide an undecided condition (SME status expands to its inputs). */
function missingFieldsOf(condition: Condition, lookup: Lookup, smeMissing: string[]): string[] {
  if (evaluate(condition, lookup) !== null) return [];
  return leaves(condition)
    .filter((leaf) => lookup(leaf.field) === undefined)
    .flatMap((leaf) => (leaf.field === 'sme.isSme' ? smeMissing : [leaf.field]));
}

function indicatorFields(indicator: Indicator, criteria: Criteria): string[] {
  const rule = indicator.score;
  const expand = (field: string) => {
    const measure = criteria.profileFields.measures.find((candidate) => candidate.id === field);
    return measure ? [measure.ratio.numerator, measure.ratio.denominator] : [field];
  };
  if ('bands' in rule) return expand(rule.bands.measure);
  if ('choices' in rule) return [rule.choices.field];
  if ('steps' in rule) return [rule.steps.measure];
  if ('bestOf' in rule) return rule.bestOf.flatMap((list) => expand(list.measure));
  if ('countTrue' in rule) return rule.countTrue.items.map((item) => item.field);
  // A self-reported score that is missing counts as 0 (the reference says so), so it is never “missing”.
  return [];
}

/** The least an unanswered indicator can score: 5 for 主导产品所属领域 of 创新型, 0 for most. */
function lowestPoints(indicator: Indicator): number {
  const rule = indicator.score;
  if ('bands' in rule) return Math.min(...rule.bands.list.map((band) => band.points));
  if ('choices' in rule) return Math.min(...rule.choices.options.map((option) => option.points));
  return 0;
}

function assessTier(tier: Tier, criteria: Criteria, lookup: Lookup, info: (field: string) => Field, smeMissing: string[]): TierResult {
  const unmet: Gap[] = [];
  const notes: string[] = [];
  const missingFields = new Set<string>();
  const consider = (entry: ConditionEntry): Truth => {
    const truth = evaluate(entry.check, lookup);
    if (truth === false) unmet.push({ id: entry.id, text: explainCondition(entry, lookup, info) });
    if (truth === null) missingFieldsOf(entry.check, lookup, smeMissing).forEach((field) => missingFields.add(field));
    return truth;
  };

  const basic = and((criteria.basicConditions.get(tier.basicConditions)?.conditions ?? []).map(consider));
  const conditions = and(tier.conditions.map(consider));

  const indicators = tier.indicators.map((indicator) => scoreIndicator(indicator, lookup));
  indicators.forEach((result, index) => {
    if (result.score === null) indicatorFields(tier.indicators[index]!, criteria).filter((field) => lookup(field) === undefined).forEach((field) => missingFields.add(field));
  });
  const floorOf = new Map(tier.indicators.map((indicator) => [indicator.id, lowestPoints(indicator)]));
  const groups: GroupResult[] = tier.groups.map((group) => {
    const members = indicators.filter((indicator) => indicator.group === group.id);
    const min = members.reduce((sum, indicator) => sum + (indicator.score ?? floorOf.get(indicator.id) ?? 0), 0);
    const max = members.reduce((sum, indicator) => sum + (indicator.score ?? indicator.max), 0);
    return { id: group.id, name: group.name, max: group.max, minScore: group.minScore, score: min === max ? min : null, range: { min, max } };
  });
  const range = { min: groups.reduce((sum, group) => sum + group.range.min, 0), max: groups.reduce((sum, group) => sum + group.range.max, 0) };
  const score = indicators.every((indicator) => indicator.score !== null) ? range.min : null;
  const groupsPass = (bound: 'min' | 'max') => groups.every((group) => group.minScore === undefined || group.range[bound] >= group.minScore);
  const scorePass: Truth = range.min >= tier.passScore && groupsPass('min') ? true : range.max < tier.passScore || !groupsPass('max') ? false : null;

  const options = tier.directPass?.options ?? [];
  const optionTruths = options.map((option) => evaluate(option.check, lookup));
  const directPassTruth = or(optionTruths);
  const directPassReasons = options.filter((_, index) => optionTruths[index] === true).map((option) => option.text);

  const eligible = and([basic, conditions, or([scorePass, directPassTruth])]);

  if (scorePass === false && directPassTruth !== true) {
    if (range.max < tier.passScore) {
      unmet.push({ id: 'score', text: score !== null ? texts.scoreShort(score, tier.passScore) : texts.scoreRangeShort(range.max, tier.passScore) });
    }
    for (const group of groups) {
      if (group.minScore !== undefined && group.range.max < group.minScore) {
        unmet.push({ id: `group-${group.id}`, text: texts.groupShort(group.name, group.range.max, group.minScore) });
      }
    }
  }
  // Direct-pass answers matter only once the score has surely failed: asked earlier they would
  // make every owner answer about equity financing even with a passing score.
  if (scorePass === false && directPassTruth === null) {
    options.forEach((option, index) => {
      if (optionTruths[index] === null) missingFieldsOf(option.check, lookup, smeMissing).forEach((field) => missingFields.add(field));
    });
  }

  const onlyScoreFails = unmet.every((gap) => gap.id === 'score' || gap.id.startsWith('group-'));
  for (const indicator of tier.indicators) {
    if (!onlyScoreFails || !('given' in indicator.score) || lookup(indicator.score.given.field) !== undefined) continue;
    const needed = tier.passScore - (score ?? range.min);
    notes.push(texts.localFeatureMissing(indicator.name, needed, indicator.max, score !== null && needed > 0));
  }

  const missing = [...missingFields];
  return {
    id: tier.id,
    name: tier.name,
    eligible,
    score,
    scoreRange: range,
    maxScore: groups.reduce((sum, group) => sum + group.max, 0),
    passScore: tier.passScore,
    directPass: directPassTruth === true,
    directPassReasons,
    groups,
    indicators,
    unmet,
    missing: missing.map((field) => info(field).label),
    missingFields: missing,
    notes,
    source: [`《${tier.source.title}》`, tier.source.number ? `（${tier.source.number}）` : '', tier.source.part ?? ''].join(''),
    version: tier.version,
  };
}

function citationOf(knowledge: KnowledgeBase, clauseId: string): Citation | undefined {
  const clause = knowledge.clauses.get(clauseId);
  if (!clause) return undefined;
  return { source: knowledge.documents.get(clause.documentId)?.title ?? clause.documentId, section: clause.section, text: clause.text };
}

export function assess(knowledge: KnowledgeBase, profile: Profile): AssessmentResult {
  const criteria = knowledge.criteria;
  if (!criteria) throw new Error('knowledge has no criteria/ files');
  const sme = assessSme(criteria, profile);
  const lookup = createLookup(criteria, profile, () => sme.isSme);
  const info = fieldInfo(criteria);
  const tiers = criteria.tiers.map((tier) => assessTier(tier, criteria, lookup, info, sme.missingFields));

  const rewards: RewardResult[] = [];
  for (const tier of tiers) {
    if (tier.eligible === false) continue;
    for (const reward of criteria.rewards.rewards) {
      const citation = citationOf(knowledge, reward.clause);
      if (!reward.tiers.includes(tier.id) || !citation || rewards.some((existing) => existing.id === reward.id)) continue;
      rewards.push({ id: reward.id, tier: tier.id, title: reward.title, text: reward.text, conditional: tier.eligible === null, citation });
    }
  }
  const citations: Citation[] = [];
  const cite = (citation: Citation | undefined) => {
    if (citation && !citations.some((existing) => existing.section === citation.section && existing.source === citation.source)) citations.push(citation);
  };
  for (const tier of criteria.tiers) {
    if (tier.conditions.length) cite(citationOf(knowledge, `${tier.id}#conditions`));
    cite(citationOf(knowledge, `${tier.id}#score`));
  }
  rewards.forEach((reward) => cite(reward.citation));
  return { name: profile.name, sme, tiers, rewards, citations, disclaimer: texts.disclaimer };
}
