/**
 * “工厂500人 营收5000万 是中型还是小型”: an answer quoting an industry's size rule also applies it
 * to the figures the owner stated, so that the owner reads where the company stands, not only the
 * rule to work it out from. Pure: the knowledge, the clauses quoted and the owner's words in.
 */
import { assessSme, formatNumber } from '../assessment/engine.js';
import { loneHeadCount, statedFigures, type StatedFigure } from '../assessment/figures.js';
import { profileSchema } from '../assessment/profile.js';
import { foldForMatching } from '../forms/answer-parser.js';
import type { Clause, KnowledgeBase } from '../knowledge/model.js';
import { MAX_CLARIFY_OPTIONS, rankMatches } from '../retrieval/decision.js';
import type { SearchMatch, SearchResult } from '../retrieval/policy-search.js';
import { texts } from '../texts.js';

/** The profile fields a size rule reads. */
const SIZE_FIELDS = ['employees', 'revenue'] as const;

/**
 * The verdict line for an answer quoting `clauses`, or nothing when no size rule is quoted, the
 * owner stated no head count or revenue, or the industry is not certain: an answer quoting the
 * rules of two industries applies one only when the owner named it (工厂, 软件).
 */
export function sizeVerdict(knowledge: KnowledgeBase, clauses: readonly Clause[], ownerText: string): string | undefined {
  const criteria = knowledge.criteria;
  if (!criteria) return undefined;
  const rules = criteria.smeSize;
  const quoted = rules.industries.filter((industry) => clauses.some((clause) => clause.id === `${rules.id}#${industry.id}`));
  if (!quoted.length) return undefined;
  const figures: StatedFigure[] = statedFigures(criteria, ownerText).filter((figure) => (SIZE_FIELDS as readonly string[]).includes(figure.field));
  // The size rule reads no other count of people: “工厂500人” counts the staff.
  const headCount = figures.some((figure) => figure.field === 'employees') ? undefined : loneHeadCount(ownerText);
  if (headCount !== undefined) figures.unshift({ field: 'employees', value: headCount });
  if (!figures.length) return undefined;
  const industry = quoted.length === 1 ? quoted[0]!.id : industryNamed(knowledge, ownerText, quoted.map((candidate) => candidate.id));
  const chosen = quoted.find((candidate) => candidate.id === industry);
  if (!chosen) return undefined;
  // The profile the self-assessment reads: an industry id that it does not know, or a figure it
  // would reject (a fractional head count), gets no verdict rather than a wrong one.
  const profile = profileSchema.safeParse({ industry: chosen.id, ...Object.fromEntries(figures.map((figure) => [figure.field, figure.value])) });
  if (!profile.success) return undefined;
  const result = assessSme(criteria, profile.data);
  const fieldOf = (id: string) => criteria.profileFields.fields.find((candidate) => candidate.id === id);
  const name = (id: string) => texts.sizeVerdict.fieldName(id, fieldOf(id)?.label ?? id);
  const stated = figures.map((figure) => `${name(figure.field)}${formatNumber(figure.value)}${fieldOf(figure.field)?.unit ?? ''}`);
  if (result.size) return texts.sizeVerdict.size(stated, chosen.name, result.size);
  const missing = result.missingFields.map(name);
  return result.isSme === true ? texts.sizeVerdict.smeNeeds(stated, chosen.name, missing) : texts.sizeVerdict.needs(stated, chosen.name, missing);
}

/**
 * “工厂500人 营收5000万 是中型还是小型”: an ask-back between the size rules of two industries, when
 * the owner named one of them (工厂 → 工业, by the industry's aliases in profile-fields.yaml), is
 * answered with that one at once; an option on the rules of both (what counts as an SME) gives way
 * to it too. The option to answer with, or nothing when some option is no size rule, or the owner
 * named none of the industries that have an option of their own.
 */
export function namedIndustryOption(knowledge: KnowledgeBase, question: string, options: readonly SearchMatch[]): SearchMatch | undefined {
  const rules = knowledge.criteria?.smeSize;
  if (!rules || options.length < 2) return undefined;
  const industries = options.map((option) => sizeRuleIndustries(knowledge, option));
  if (industries.some((ids) => ids === undefined)) return undefined;
  // The options on one industry's rule, by industry.
  const single = new Map(industries.flatMap((ids, index) => (ids?.length === 1 ? [[ids[0]!, options[index]!] as const] : [])));
  const named = industryNamed(knowledge, question, [...single.keys()]);
  return named === undefined ? undefined : single.get(named);
}

/**
 * “工厂15个人 一年卖两百来万 算不算微型企业”: the owner states the company's head count or revenue, asks
 * for nothing a size rule leaves unsaid, names no other region, and the two passages that match best
 * are size rules holding every topic word of the question. The figures are what a size rule is
 * applied to, not a topic the knowledge lacks, and a chatty question the decision finds too thin to
 * ask back on is still one the rules answer: the size rules among the best passages are offered
 * (the industry the owner names is then answered at once, see namedIndustryOption) rather than the
 * question declined.
 */
export function sizeRuleOptions(knowledge: KnowledgeBase, question: string, result: SearchResult, topicPenalty: number): SearchMatch[] | undefined {
  const criteria = knowledge.criteria;
  const rules = criteria?.smeSize;
  if (!criteria || !rules || result.topicWords === 0 || result.askedKinds.length > 0 || result.otherRegion) return undefined;
  const isSizeRule = (match: SearchMatch) => sizeRuleIndustries(knowledge, match) !== undefined;
  const best = rankMatches(result.matches, topicPenalty)
    .slice(0, MAX_CLARIFY_OPTIONS)
    .map(({ match }) => match);
  // Every topic word held: “三十来个工人 … 成长性小微企业也有奖吗” states a head count but asks about a reward.
  if (best.length < 2 || !best.slice(0, 2).every((match) => isSizeRule(match) && match.topicMiss === 0)) return undefined;
  const statesSize = statedFigures(criteria, question).some((figure) => (SIZE_FIELDS as readonly string[]).includes(figure.field)) || loneHeadCount(question) !== undefined;
  return statesSize ? best.filter(isSizeRule) : undefined;
}

/** The industries whose size rules a passage quotes (an FAQ entry may cite both), or nothing when it quotes anything else. */
function sizeRuleIndustries(knowledge: KnowledgeBase, match: SearchMatch): string[] | undefined {
  const rules = knowledge.criteria?.smeSize;
  if (!rules) return undefined;
  const industries: string[] = [];
  for (const clauseId of match.passage.kind === 'faq' ? match.passage.faq.clauseIds : [match.passage.clause.id]) {
    const industry = rules.industries.find((candidate) => clauseId === `${rules.id}#${candidate.id}`);
    if (!industry) return undefined;
    industries.push(industry.id);
  }
  return industries;
}

/** The one industry among `candidates` that the owner's words name by its label or an owner's word for it (工厂 → 工业). */
function industryNamed(knowledge: KnowledgeBase, ownerText: string, candidates: readonly string[]): string | undefined {
  const field = knowledge.criteria?.profileFields.fields.find((candidate) => candidate.id === 'industry');
  const text = foldForMatching(ownerText);
  const named = (field?.options ?? []).filter((option) => candidates.includes(String(option.value)) && [option.label, ...(option.aliases ?? [])].some((word) => text.includes(foldForMatching(word))));
  return named.length === 1 ? String(named[0]!.value) : undefined;
}
