/**
 * “研发一年八十来万 够不够”, “营收三千万 研发一百二十万 条件够了没”: an answer quoting a tier's
 * conditions also holds the figures the owner stated against their thresholds, so that the owner
 * reads whether they reach them, not only the rule. Pure: the knowledge, the clause quoted and the
 * owner's words in.
 */
import { checkTierConditions } from '../assessment/engine.js';
import { statedFigures } from '../assessment/figures.js';
import { writeField, type Profile } from '../assessment/profile.js';
import { CONDITIONS_CLAUSE } from '../knowledge/criteria-clauses.js';
import type { Clause, KnowledgeBase } from '../knowledge/model.js';
import { texts } from '../texts.js';

export function conditionsVerdict(knowledge: KnowledgeBase, clause: Clause, ownerText: string): string | undefined {
  const criteria = knowledge.criteria;
  const tier = criteria?.tiers.find((candidate) => `${candidate.id}#${CONDITIONS_CLAUSE}` === clause.id);
  if (!criteria || !tier) return undefined;
  const figures = statedFigures(criteria, ownerText);
  if (!figures.length) return undefined;
  const profile: Profile = {};
  for (const figure of figures) writeField(profile as Record<string, unknown>, figure.field, figure.value);
  const said = texts.conditionsVerdict;
  const parts = checkTierConditions(criteria, tier, profile)
    .filter((check) => check.stated.length > 0)
    .map((check) =>
      [...check.stated.map((leaf) => (leaf.met ? said.reaches(leaf.shown, leaf.threshold) : said.below(leaf.shown, leaf.threshold))), ...(check.open.length ? [said.open(check.open)] : [])].join('，'),
    );
  return parts.length ? said.line(tier.name, parts, figures.some((figure) => figure.note === 'approximate' || figure.note === 'lower-bound')) : undefined;
}
