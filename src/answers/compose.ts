/**
 * Turns a search into what the user reads: a short direct answer with the quoted clause and its
 * citation; or, when the evidence is split or weak but on topic, a question back with the best
 * candidates; or an honest “not covered”. Pure: (knowledge, index, question) in, answer out.
 */
import type { Clause, FaqEntry, KnowledgeBase } from '../knowledge/model.js';
import type { Tier } from '../knowledge/schema.js';
import { decide, type Decision, type DecisionWeights } from '../retrieval/decision.js';
import { DECISION_WEIGHTS } from '../retrieval/decision-weights.js';
import { normalizeCharacters } from '../retrieval/analyzer.js';
import type { Passage, PolicySearch, ScopeNote, SearchMatch, SearchResult } from '../retrieval/policy-search.js';
import { texts } from '../texts.js';
import type { Citation } from '../knowledge/citation.js';
import { conditionsVerdict } from './conditions-verdict.js';
import { scoreVerdict } from './score-verdict.js';
import { namedIndustryOption, sizeRuleOptions, sizeVerdict } from './size-verdict.js';

export type { Citation } from '../knowledge/citation.js';

/** Something the user can pick next (a follow-up or an ask-back option): its label and the passage it answers with. */
export interface Choice {
  label: string;
  key: string;
}

export type PolicyAnswer =
  | {
      kind: 'answer';
      text: string;
      /** `text` without the follow-up list, for where a number would not pick one (inside a form). */
      body: string;
      /**
       * What the answer states, which an owner acts on: an FAQ entry's answer, or the quoted clause,
       * with the rule applied to the owner's figures under it. An FAQ's quote may name more than the
       * entry answers (三、(三) lists every financing product), so the quote alone is not a claim.
       */
      claim: string;
      citations: Citation[];
      followUps: Choice[];
      scope?: ScopeNote;
      /** The full 【提示】 line in `text`, which a channel may shorten after the first answer of a conversation. */
      statusLine?: string;
      /** The answer held the owner's figures against a tier's conditions: the self-assessment is what tells the rest. */
      pointsToAssessment?: boolean;
    }
  /** `lead`: what is said before the options (the city-only note, what is not written), also where the options are said another way. */
  | { kind: 'clarify'; text: string; options: Choice[]; lead: string[] }
  /** `not-stated`: the knowledge names the topic (税融通) but not what is asked of it (its rate): an answer of a kind to a follow-up. */
  | { kind: 'out-of-scope'; reason: 'not-covered' | 'not-stated' | 'other-region'; text: string };

const MAX_FOLLOW_UPS = 3;
/** A second sentence of the quoted clause counts among this many best matches (the decision's agreement depth). */
const COMPANION_DEPTH = 5;
/**
 * How much closer another clause of an FAQ entry must be to be quoted first. Cross-validated on
 * 443 tuning questions: 1.2 and 1.5 both 1,896.7; 2, which reorders none, 1,850.2; ordering by
 * closeness alone (no margin, sentences only) 1,835.5, for it quoted a clause lacking the fact asked.
 */
const CLEARLY_CLOSER = 1.5;
const CACHE_SIZE = 2000;

/**
 * Answers are pure in (knowledge, question), and owners ask the same questions again and again:
 * a small cache per search index (a reload builds a new index, so a new cache) spares the work.
 */
const caches = new WeakMap<PolicySearch, Map<string, PolicyAnswer>>();

export function answerQuestion(knowledge: KnowledgeBase, search: PolicySearch, question: string, weights?: DecisionWeights): PolicyAnswer {
  let cache = weights ? undefined : caches.get(search);
  if (!cache && !weights) caches.set(search, (cache = new Map()));
  const key = question.trim();
  const cached = cache?.get(key);
  if (cached) return cached;
  const answer = computeAnswer(knowledge, search, key, weights);
  if (cache) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, answer);
  }
  return answer;
}

/**
 * The answer behind a choice offered earlier (a follow-up or an ask-back option). `ownerQuestion`:
 * what the owner asked when the list was shown, whose stated figures still apply (“工厂500人 …”).
 */
export function answerChoice(knowledge: KnowledgeBase, search: PolicySearch, key: string, question: string, ownerQuestion = question): PolicyAnswer | undefined {
  const passage = search.passage(key);
  if (!passage) return undefined;
  const matches = search.search(question).matches;
  return composeAnswer(knowledge, search, question, { passage, key }, matches, search.scopeNote(question, passage), ownerQuestion);
}

/** A question asking what something is (“什么是Ⅰ类知识产权”, “二类包括哪些”), or whether a thing is one (“代工算不算专业化”). */
const ASKS_WHAT_IT_IS = /什么是|啥是|是什么|是啥|指什么|指啥|包括哪些|包括什么|包含哪些|有哪些|都有啥|什么意思|啥意思|怎么算|怎么区分|区别|算不算|算是/u;
/** A question comparing what it names. */
const COMPARES = /区别|不同|差别|和|与|跟|还是/u;
/** A question asking which class a thing is in (“软著算几类”, “实用新型算Ⅱ类吗”, “发明专利属于哪一类”). */
const ASKS_WHICH_CLASS = /类/u;
/** “哪一类”, “第几类”: the question word, not the 一类 (Ⅰ类) it holds, which named the wrong class for “软件著作权算哪一类知识产权”. */
const WHICH_CLASS_WORD = /(?:哪一|哪|第几|几)类/gu;
/**
 * “创新型中小企业专业化包括哪些指标”: a question about indicators or points asks about the score
 * (the 专业化 group), not what the word means in the policy's 发展方向.
 */
const ASKS_ABOUT_THE_SCORE = /指标|[几多少满]分|得分|评分|打分|分值/u;

/**
 * The definition entry a question asks for, answered as any FAQ entry is (its clauses quoted and
 * cited): the entry naming the longest of its terms in the question, so that “Ⅱ类” is not read as
 * the “Ⅰ类” inside it and “发明专利算Ⅱ类吗” gets the class 发明专利 is in.
 */
export function definitionAnswer(knowledge: KnowledgeBase, search: PolicySearch, question: string): PolicyAnswer | undefined {
  const typed = normalizeCharacters(question).replace(/\s+/gu, '');
  const whatItIs = ASKS_WHAT_IT_IS.test(typed);
  const whichClass = ASKS_WHICH_CLASS.test(typed);
  const text = typed.replace(WHICH_CLASS_WORD, '哪类');
  if ((!whatItIs && !whichClass) || ASKS_ABOUT_THE_SCORE.test(text)) return undefined;
  // Every place a name of an entry stands in the question.
  const found: Array<{ faq: FaqEntry; at: number; length: number }> = [];
  for (const faq of knowledge.faq) {
    // “发明专利有哪些奖励” names what Ⅰ类 includes but asks no class: not a definition question.
    const names = [...(whatItIs ? (faq.defines ?? []) : []), ...(whichClass && faq.defines ? [...faq.defines, ...(faq.includes ?? [])] : [])];
    for (const name of names.map(normalizeCharacters)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ faq, at, length: name.length });
    }
  }
  // A name inside a longer one is not what is asked (the Ⅰ类 inside “Ⅱ类”, which folds to ii类);
  // then each entry by its longest name.
  const standing = found.filter((entry) => !found.some((other) => other.faq !== entry.faq && other.length > entry.length && other.at <= entry.at && other.at + other.length >= entry.at + entry.length));
  const asked = [...new Set(standing.map((entry) => entry.faq))].map((faq) => standing.filter((entry) => entry.faq === faq).reduce((a, b) => (b.length > a.length ? b : a)));
  if (!asked.length) return undefined;
  // “Ⅰ类和Ⅱ类有什么区别” asks both: answered together, in the order asked; otherwise the longest name decides.
  const both = asked.length > 1 && COMPARES.test(text);
  const chosen = both ? [...asked].sort((a, b) => a.at - b.at) : [asked.reduce((a, b) => (b.length > a.length ? b : a))];
  const first = chosen[0]!.faq;
  const faq: FaqEntry = both ? { ...first, answer: chosen.map((entry) => entry.faq.answer).join('\n') } : first;
  return composeAnswer(knowledge, search, question, { passage: { kind: 'faq', faq }, key: `faq:${first.id}` }, [], undefined);
}

function computeAnswer(knowledge: KnowledgeBase, search: PolicySearch, question: string, weights?: DecisionWeights): PolicyAnswer {
  const definition = definitionAnswer(knowledge, search, question);
  if (definition) return definition;
  const result = search.search(question);
  const decision = decideQuestion(knowledge, question, result, weights);
  if (decision.kind === 'answer') {
    const scope = search.scopeNote(question, decision.best.passage, result.otherRegion);
    return composeAnswer(knowledge, search, question, decision.best, result.matches, scope);
  }
  if (decision.kind === 'clarify') {
    const settled = settleAskBack(knowledge, search, question, decision.options);
    if (settled?.kind === 'both') return settled.answer;
    if (settled) return composeAnswer(knowledge, search, question, settled.option, result.matches, search.scopeNote(question, settled.option.passage, result.otherRegion));
    // Another region, 省级 or 国家级 named: say before the options that what follows is the city's
    // rule (the chosen option says so again). A region named in passing (“跟合肥的大学合作”) is
    // often not where the owner's company is, so the city's rules are still offered.
    const scope = search.scopeNote(question, decision.options[0]!.passage, result.otherRegion);
    const options = decision.options.map((option) => clarifyChoice(knowledge, option, result.matches));
    const unique = options.filter((option, index) => options.findIndex((other) => other.label === option.label) === index);
    // “税融通利率多少” and the closest passage names no rate: say so, rather than let the options
    // suggest it does; and name the options that lack it, for another may state it (the points of
    // 研发投入 under an ask-back led by the conditions).
    const offered = unique.map((option) => result.matches.find((match) => match.key === option.key));
    const lacking = offered.flatMap((match, index) => (match?.holdsAskedKind === false ? [index + 1] : []));
    const notStated = result.askedKinds.length > 0 && lacking[0] === 1;
    const lead = [scope ? texts.clarify.cityOnly(scope.name) : undefined, notStated ? texts.clarify.notStated(result.askedKinds, lacking, unique.length) : undefined].filter((line) => line !== undefined);
    const prompt = texts.clarify.prompt(unique.map((option) => option.label));
    return { kind: 'clarify', text: [...lead, prompt].join('\n'), options: unique, lead };
  }
  if (result.otherRegion) return { kind: 'out-of-scope', reason: 'other-region', text: texts.outOfScope.otherRegion };
  if (result.askedKindUnstatedFor !== undefined) return { kind: 'out-of-scope', reason: 'not-stated', text: texts.outOfScope.kindNotStatedFor(result.askedKindUnstatedFor, result.askedKinds) };
  if (result.askedKindHeldNowhere) return { kind: 'out-of-scope', reason: 'not-covered', text: texts.outOfScope.kindNotCovered(result.askedKinds) };
  return { kind: 'out-of-scope', reason: 'not-covered', text: texts.outOfScope.notCovered };
}

/**
 * The decision on a search, with what the owner's own words add to it: the tier named
 * (namedTierIndicator) and the figures stated (sizeRuleOptions). One place, which the evaluation
 * also reads, so that it scores what the bot says.
 */
export function decideQuestion(knowledge: KnowledgeBase, question: string, result: SearchResult, weights: DecisionWeights = DECISION_WEIGHTS): Decision {
  const decision = decide(result, weights);
  if (decision.kind === 'answer') {
    const namedTier = namedTierIndicator(knowledge, question, decision.best, result.matches);
    return namedTier ? { kind: 'answer', best: namedTier } : decision;
  }
  if (decision.kind !== 'decline') return decision;
  const options = sizeRuleOptions(knowledge, question, result, weights.topicPenalty);
  return options ? { kind: 'clarify', options } : decision;
}

/** An ask-back that settles itself: answered with both options, or with the one the owner named. */
export type SettledAskBack = { kind: 'both'; answer: PolicyAnswer } | { kind: 'one'; option: SearchMatch };

/**
 * The ask-backs the bot answers at once instead of asking (each below). One place, which the
 * evaluation also reads, so that it scores what the bot says.
 */
export function settleAskBack(knowledge: KnowledgeBase, search: PolicySearch, question: string, options: readonly SearchMatch[]): SettledAskBack | undefined {
  const pair = sameIndicatorOfEachTier(knowledge, search, question, options);
  if (pair) {
    const named = tiersNamed(knowledge, question);
    const namedTiers = pair.filter(({ tier }) => named.includes(tier));
    return namedTiers.length === 1 ? { kind: 'one', option: namedTiers[0]!.option } : { kind: 'both', answer: eachTierAnswer(knowledge, question, pair) };
  }
  const named = namedIndustryOption(knowledge, question, options);
  return named ? { kind: 'one', option: named } : undefined;
}

/**
 * “专精特新股权融资多少能直接认定”: the best passage is the other tier's 直通条件, and the tier the owner
 * named has the same indicator among the matches. Both tiers' clauses share most words, and the
 * named tier is what the owner asked about: its indicator is the answer. Only when the owner names
 * one tier and not the other.
 */
function namedTierIndicator(knowledge: KnowledgeBase, question: string, best: SearchMatch, matches: readonly SearchMatch[]): SearchMatch | undefined {
  const tiers = knowledge.criteria?.tiers ?? [];
  const named = tiersNamed(knowledge, question);
  if (named.length !== 1) return undefined;
  const [tier] = named;
  const [bestTier, indicator] = best.clauseId.split('#');
  if (!tier || bestTier === tier.id || !tiers.some((other) => other.id === bestTier)) return undefined;
  return matches.find((match) => match.clauseId === `${tier.id}#${indicator}`);
}

/** How owners name a tier: 专精特新, 创新型 (its name without 中小企业). */
function tierShortName(tier: Tier): string {
  return tier.name.replace(/中小企业$/u, '');
}

/** The tiers the owner's words name, by how owners name them. */
function tiersNamed(knowledge: KnowledgeBase, question: string): Tier[] {
  const text = normalizeCharacters(question);
  return (knowledge.criteria?.tiers ?? []).filter((tier) => text.includes(normalizeCharacters(tierShortName(tier))));
}

type TierOption = { tier: Tier; option: SearchMatch; passage: Extract<Passage, { kind: 'clause' }> };

/**
 * “资产负债率怎么打分”: both tiers score that indicator, so their clauses tie and the decision asks
 * which. An owner who names no tier usually does not know which applies, and asking costs a turn
 * to learn what fits on one screen. When the two best options are the same indicator of two tiers,
 * both are answered at once, each quoted and cited with its standard. A question naming one tier
 * (“评专精特新的时候这一项还能得分吗”) is answered with that tier's clause: the retrieval's margin
 * between the two is often too thin to break the tie. Two FAQ answers would not fit a phone
 * screen: tiers' FAQ entries (直通条件) are still asked back on.
 */
function sameIndicatorOfEachTier(knowledge: KnowledgeBase, search: PolicySearch, question: string, options: readonly SearchMatch[]): [TierOption, TierOption] | undefined {
  const [first, second] = options;
  if (!first || !second || first.passage.kind !== 'clause' || second.passage.kind !== 'clause') return undefined;
  // Another region or level named: the ask-back says first that only the city's rules follow.
  if (search.scopeNote(question, first.passage)) return undefined;
  const tiers = knowledge.criteria?.tiers ?? [];
  const tierOf = (clause: Clause) => tiers.find((tier) => tier.id === clause.documentId);
  const [firstTier, secondTier] = [tierOf(first.passage.clause), tierOf(second.passage.clause)];
  const indicator = (clause: Clause) => clause.id.slice(clause.id.indexOf('#') + 1);
  if (!firstTier || !secondTier || firstTier === secondTier || indicator(first.passage.clause) !== indicator(second.passage.clause)) return undefined;
  return [
    { tier: firstTier, option: first, passage: first.passage },
    { tier: secondTier, option: second, passage: second.passage },
  ];
}

/**
 * “外观设计专利能算分吗”: the indicator scores classes (Ⅱ类…得2分) and the owner named a thing, not
 * its class. The definitions naming it (the FAQ entries whose `includes` it is, resting on a clause
 * quoted) say which class it is in and on what terms (授权后维持超过2年), to stand above the quote.
 */
function classesOfWhatIsNamed(knowledge: KnowledgeBase, clauses: readonly Clause[], question: string): string[] {
  const text = normalizeCharacters(question).replace(/\s+/gu, '');
  const quoted = new Set(clauses.map((clause) => clause.id));
  return knowledge.faq
    .filter((faq) => faq.clauseIds.some((id) => quoted.has(id)) && (faq.includes ?? []).some((name) => text.includes(normalizeCharacters(name))))
    .map((faq) => faq.answer);
}

function eachTierAnswer(knowledge: KnowledgeBase, question: string, [first, second]: [TierOption, TierOption]): PolicyAnswer {
  const { tier: firstTier } = first;
  const { tier: secondTier } = second;
  const classes = classesOfWhatIsNamed(knowledge, [first.passage.clause, second.passage.clause], question);
  const lines: string[] = [...classes, texts.answer.eachTier];
  const citations: Citation[] = [];
  const inTierOrder = firstTier.order <= secondTier.order ? [first.passage, second.passage] : [second.passage, first.passage];
  for (const { clause, sentence } of inTierOrder) {
    const title = knowledge.documents.get(clause.documentId)?.title ?? clause.documentId;
    lines.push(`${texts.answer.quoteLabel}“${sentence}”`, texts.answer.citation(title, clause.section));
    const verdict = scoreVerdict(knowledge, clause, question);
    if (verdict) lines.push(verdict);
    citations.push({ source: title, section: clause.section, text: sentence });
  }
  const body = lines.join('\n');
  return { kind: 'answer', text: body, body, claim: body, citations, followUps: [] };
}

/**
 * The clauses an FAQ entry cites, in the entry's order unless another is clearly closer to the
 * question (by its title and closest sentence): the entry's author put the usual answer first.
 */
function closestFirst(knowledge: KnowledgeBase, search: PolicySearch, clauseIds: readonly string[], question: string): Clause[] {
  const clauses = clauseIds.flatMap((id) => knowledge.clauses.get(id) ?? []);
  if (clauses.length < 2) return clauses;
  const [first] = clauses;
  const firstCloseness = search.closeness(first!, question);
  let closest = first!;
  let closestCloseness = firstCloseness;
  for (const clause of clauses.slice(1)) {
    const closeness = search.closeness(clause, question);
    if (closeness > closestCloseness) {
      closest = clause;
      closestCloseness = closeness;
    }
  }
  if (closestCloseness < CLEARLY_CLOSER * firstCloseness) return clauses;
  return [closest, ...clauses.filter((clause) => clause !== closest)];
}

function composeAnswer(
  knowledge: KnowledgeBase,
  search: PolicySearch,
  question: string,
  best: Pick<SearchMatch, 'passage' | 'key'>,
  matches: SearchMatch[],
  scope: ScopeNote | undefined,
  figuresFrom = question,
): PolicyAnswer {
  const lines: string[] = [];
  const citations: Citation[] = [];
  let clause: Clause;
  let quote: string;
  if (scope) lines.push(texts.answer.cityOnly(scope.name));
  // An FAQ entry may rest on several clauses (工业 and 软件 sizes): the one closest to the question
  // is quoted and cited first, so that “软件企业300人以下” quotes the software rule.
  const faqClauses = best.passage.kind === 'faq' ? closestFirst(knowledge, search, best.passage.faq.clauseIds, question) : [];
  if (best.passage.kind === 'faq') {
    const faq = best.passage.faq;
    clause = faqClauses[0]!;
    quote = search.bestSentence(clause, question, faq.answer);
    lines.push(faq.answer);
  } else {
    clause = best.passage.clause;
    quote = withCompanionSentence(best.key, best.passage, matches);
    const document = knowledge.documents.get(clause.documentId);
    lines.push(...classesOfWhatIsNamed(knowledge, [clause], question), texts.answer.clauseLead(document?.title ?? clause.documentId, clause.section));
  }
  const document = knowledge.documents.get(clause.documentId);
  const title = document?.title ?? clause.documentId;
  lines.push(`${texts.answer.quoteLabel}“${quote}”`, texts.answer.citation(title, clause.section));
  citations.push({ source: title, section: clause.section, text: quote });
  // The rule applied to what the owner said of the company, under the rule it applies.
  const sizeOrScore = sizeVerdict(knowledge, faqClauses.length ? faqClauses : [clause], figuresFrom) ?? scoreVerdict(knowledge, clause, figuresFrom);
  const conditions = sizeOrScore ? undefined : conditionsVerdict(knowledge, clause, figuresFrom);
  const verdict = sizeOrScore ?? conditions;
  if (verdict) lines.push(verdict);
  const claim = [best.passage.kind === 'faq' ? best.passage.faq.answer : quote, verdict].filter(Boolean).join('\n');
  if (best.passage.kind === 'faq') {
    for (const other of faqClauses.slice(1)) {
      const otherTitle = knowledge.documents.get(other.documentId)?.title ?? other.documentId;
      citations.push({ source: otherTitle, section: other.section, text: search.bestSentence(other, question) });
    }
  }
  const statusLine = document?.statusNote ? `${texts.answer.statusLabel}${document.statusNote}` : undefined;
  if (statusLine) lines.push(statusLine);
  const body = lines.join('\n');
  const followUps = suggestFollowUps(knowledge, best, matches);
  const text = followUps.length ? [body, texts.answer.followUpLabel, ...followUps.map((followUp, index) => `${index + 1}. ${followUp.label}`)].join('\n') : body;
  return { kind: 'answer', text, body, claim, citations, followUps, ...(scope ? { scope } : {}), ...(statusLine ? { statusLine } : {}), ...(conditions ? { pointsToAssessment: true } : {}) };
}

/**
 * “和高校搞产学研合作有支持吗”: the sentence on 产学研用合作 matched best, and the next sentence of the
 * same clause holds 高校. One sentence of a clause answers one part of a question; the clause's
 * sentence near the top that holds a topic word the first lacks is quoted with it, in the clause's order.
 */
function withCompanionSentence(key: string, { clause, sentence }: { clause: Clause; sentence: string }, matches: readonly SearchMatch[]): string {
  const held = matches.find((match) => match.key === key)?.heldTopicWordBits;
  if (held === undefined) return sentence;
  const companion = matches
    .slice(0, COMPANION_DEPTH)
    .find((match) => match.passage.kind === 'clause' && match.clauseId === clause.id && match.key !== key && (match.heldTopicWordBits & ~held) !== 0);
  if (companion?.passage.kind !== 'clause') return sentence;
  const order = (sentenceKey: string) => Number(sentenceKey.slice(sentenceKey.lastIndexOf(':') + 1));
  return order(companion.key) < order(key) ? `${companion.passage.sentence}${sentence}` : `${sentence}${companion.passage.sentence}`;
}

/** Other FAQ questions near this one: from the next matches first, then FAQs citing the same clause. */
function suggestFollowUps(knowledge: KnowledgeBase, best: Pick<SearchMatch, 'passage' | 'key'>, matches: SearchMatch[]): Choice[] {
  const clauseId = best.passage.kind === 'faq' ? best.passage.faq.clauseIds[0] : best.passage.clause.id;
  const picked: Choice[] = [];
  const add = (question: string, key: string) => {
    if (key !== best.key && !picked.some((choice) => choice.label === question) && picked.length < MAX_FOLLOW_UPS) picked.push({ label: question, key });
  };
  for (const match of matches) if (match.passage.kind === 'faq') add(match.passage.faq.question, match.key);
  for (const faq of knowledge.faq) if (faq.clauseIds.includes(clauseId ?? '')) add(faq.question, `faq:${faq.id}`);
  return picked;
}

/**
 * An ask-back option reads as a question in plain words, never a clause number: the FAQ question
 * itself, else the FAQ that best matched on the same clause, else a question made of the title.
 * An option labelled with an FAQ's question answers with that FAQ: the clause sentence that matched
 * may not hold what the label asks (“新三板挂牌有目标吗？” over the sentence on the 1515 programme).
 * The FAQ must hold every topic word of the question that the sentence holds: one long clause
 * (二、(二)) speaks of research alliances and of equipment leasing, and the sentence on alliances
 * that “跟大学合作搞技术攻关” matched was offered as “设备改造可以融资租赁吗？”.
 */
export function clarifyChoice(knowledge: KnowledgeBase, option: SearchMatch, matches: readonly SearchMatch[]): Choice {
  if (option.passage.kind === 'faq') return { label: option.passage.faq.question, key: option.key };
  const clause = option.passage.clause;
  const holdsWhatTheSentenceHolds = (match: SearchMatch) => (match.heldTopicWordBits & option.heldTopicWordBits) === option.heldTopicWordBits;
  const sameClause = matches.find((match) => match.passage.kind === 'faq' && match.passage.faq.clauseIds[0] === clause.id && holdsWhatTheSentenceHolds(match));
  if (sameClause?.passage.kind === 'faq') return { label: sameClause.passage.faq.question, key: sameClause.key };
  return { label: texts.clarify.clauseLabel(clause.section, option.passage.sentence, knowledge.documents.get(clause.documentId)?.kind ?? 'policy'), key: option.key };
}
