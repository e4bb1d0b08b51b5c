/**
 * “资产负债率70%扣分吗”, “研发费用占营收5% 能得几分”: an answer quoting a scoring indicator also
 * scores the figure the owner stated, so that the owner reads the points, not only the bands.
 * Pure: the knowledge, the clause quoted and the owner's words in.
 */
import { formatNumber, scoreIndicator } from '../assessment/engine.js';
import { loneFigure } from '../assessment/figures.js';
import { unitOfMeasure } from '../knowledge/criteria-clauses.js';
import type { Clause, KnowledgeBase } from '../knowledge/model.js';
import { texts } from '../texts.js';

/**
 * The points the owner's figure scores on the indicator `clause` quotes, as a line to say under
 * it; nothing when the clause is no indicator scored on a figure (a choice or a count is asked item
 * by item in 自测) or the owner stated no single figure in its unit.
 */
export function scoreVerdict(knowledge: KnowledgeBase, clause: Clause, ownerText: string): string | undefined {
  const tier = knowledge.criteria?.tiers.find((candidate) => candidate.id === clause.documentId);
  const indicator = tier?.indicators.find((candidate) => `${tier.id}#${candidate.id}` === clause.id);
  if (!tier || !indicator) return undefined;
  const rule = indicator.score;
  // “研发投入350万 这项几分”: an indicator scored the better of two ways (amount or share) scores
  // each way the owner stated; with one way unstated, what it scores is the least the item gets.
  if ('bestOf' in rule) {
    const stated = rule.bestOf.flatMap((bands) => {
      const unit = unitOfMeasure(bands.measure);
      const figure = loneFigure(ownerText, unit);
      return figure === undefined ? [] : [{ bands, figure, said: `${formatNumber(figure)}${unit}` }];
    });
    if (!stated.length) return undefined;
    const lookup = (field: string) => stated.find((way) => way.bands.measure === field)?.figure;
    const said = stated.map((way) => way.said).join('、');
    const result = scoreIndicator(indicator, lookup);
    if (result.score !== null) return texts.scoreVerdict(said, tier.name, result.score, indicator.max);
    const least = Math.max(...stated.map((way) => scoreIndicator({ ...indicator, score: { bands: way.bands } }, lookup).score ?? 0));
    return texts.scoreVerdictAtLeast(said, tier.name, least, indicator.max);
  }
  // “做了7年 年限那项几分”: a rule in steps (每满2年得1分) is applied like bands, to one figure.
  const measure = 'bands' in rule ? rule.bands.measure : 'steps' in rule ? rule.steps.measure : undefined;
  if (measure === undefined) return undefined;
  const unit = unitOfMeasure(measure);
  const figure = loneFigure(ownerText, unit);
  if (figure === undefined) return undefined;
  const result = scoreIndicator(indicator, (field) => (field === measure ? figure : undefined));
  if (result.score === null) return undefined;
  return texts.scoreVerdict(`${formatNumber(figure)}${unit}`, tier.name, result.score, indicator.max);
}
