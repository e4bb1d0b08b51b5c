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
 * it; nothing when the clause is no banded indicator (a choice or a count is asked item by item in
 * 自测) or the owner stated no single figure in its unit.
 */
export function scoreVerdict(knowledge: KnowledgeBase, clause: Clause, ownerText: string): string | undefined {
  const tier = knowledge.criteria?.tiers.find((candidate) => candidate.id === clause.documentId);
  const indicator = tier?.indicators.find((candidate) => `${tier.id}#${candidate.id}` === clause.id);
  if (!tier || !indicator || !('bands' in indicator.score)) return undefined;
  const { measure } = indicator.score.bands;
  const unit = unitOfMeasure(measure);
  const figure = loneFigure(ownerText, unit);
  if (figure === undefined) return undefined;
  const result = scoreIndicator(indicator, (field) => (field === measure ? figure : undefined));
  if (result.score === null) return undefined;
  return texts.scoreVerdict(`${formatNumber(figure)}${unit}`, tier.name, result.score, indicator.max);
}
