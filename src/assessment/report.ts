/**
 * Assessment results as text: a phone-sized summary for chat and a full report for “详情” and
 * the command line. Wording lives in texts.ts.
 */
import { texts as allTexts } from '../texts.js';
import { formatNumber, type AssessmentResult, type TierResult } from './engine.js';

const texts = allTexts.assessmentReport;
const MAX_GAPS = 3;

/**
 * The verdict in words. Undecided with a gap listed means the score has surely failed and only a
 * direct-pass condition (not yet answered) could still make it: say that, so that “待定” never
 * stands next to a sentence that reads like failure without explanation.
 */
export function verdict(tier: TierResult): string {
  if (tier.eligible === true) return tier.directPass && (tier.score === null || tier.score < tier.passScore) ? texts.eligibleDirect : texts.eligible;
  if (tier.eligible === false) return texts.notEligible;
  return tier.unmet.length ? texts.undecidedDirectPass : texts.undecided;
}

/** The score line; left out when a gate already failed and the score is not even known. */
function scoreText(tier: TierResult): string {
  if (tier.score !== null) return `，${texts.score(tier.score, tier.passScore)}`;
  if (tier.eligible === false) return '';
  return `，${texts.scoreRange(tier.scoreRange.min, tier.scoreRange.max)}`;
}

/**
 * “还差12分”, and then where they could come from: the answered indicators that lost the most
 * points, for a tier whose score falls short. Ties keep the standard's order.
 */
function mostLost(tier: TierResult): string[] {
  if (!tier.unmet.some((gap) => gap.id === 'score')) return [];
  return tier.indicators
    .filter((indicator) => indicator.score !== null && indicator.score < indicator.max)
    .map((indicator, order) => ({ indicator, lost: indicator.max - indicator.score!, order }))
    .sort((a, b) => b.lost - a.lost || a.order - b.order)
    .slice(0, MAX_GAPS)
    .map(({ indicator }) => `${indicator.name}（${texts.points(indicator.score!, indicator.max)}）`);
}

export function summarize(result: AssessmentResult): string {
  const lines: string[] = [texts.title(result.name)];
  if (result.sme.size || result.tiers.some((tier) => tier.eligible !== false)) lines.push(texts.smeSize(result.sme.size, result.sme.isSme, result.sme.missing));
  for (const tier of result.tiers) {
    lines.push(`【${tier.name}】${verdict(tier)}${scoreText(tier)}`);
    if (tier.directPass) lines.push(texts.directPass(tier.directPassReasons[0] ?? ''));
    for (const gap of tier.unmet.slice(0, MAX_GAPS)) lines.push(`· ${gap.text}`);
    const lost = mostLost(tier);
    if (lost.length) lines.push(texts.mostLost(lost));
    if (tier.eligible === null && tier.missing.length) lines.push(texts.missing(tier.missing.slice(0, 4)));
    for (const note of tier.notes) lines.push(`· ${note}`);
  }
  if (result.rewards.length) {
    lines.push(texts.rewardsTitle);
    for (const reward of result.rewards) {
      lines.push(`· ${reward.conditional ? texts.ifCertified : ''}${reward.text}（${reward.citation.section}）`);
    }
  }
  lines.push(result.disclaimer, texts.detailsHint);
  return lines.join('\n');
}

/**
 * “还差12分 怎么补”: for each tier whose score falls short, the gap and where the most points were
 * lost; nothing when no tier is short of points (a failed gate is not made up with points).
 */
export function improvement(result: AssessmentResult): string | undefined {
  const lines: string[] = [];
  for (const tier of result.tiers) {
    const gap = tier.unmet.find((candidate) => candidate.id === 'score');
    if (!gap) continue;
    lines.push(`【${tier.name}】${gap.text}`);
    const lost = mostLost(tier);
    if (lost.length) lines.push(texts.mostLost(lost));
  }
  return lines.length ? [texts.improvementTitle, ...lines, texts.improvementHint].join('\n') : undefined;
}

export function details(result: AssessmentResult): string {
  const lines: string[] = [texts.detailsTitle(result.name)];
  for (const tier of result.tiers) {
    lines.push(`【${tier.name}】${verdict(tier)}${scoreText(tier)}`);
    for (const group of tier.groups) {
      const minimum = group.minScore !== undefined ? texts.groupMinimum(group.minScore) : '';
      const score = group.score !== null ? formatNumber(group.score) : `${group.range.min}–${group.range.max}`;
      lines.push(texts.groupLine(group.name, score, group.max, minimum));
      for (const indicator of tier.indicators.filter((candidate) => candidate.group === group.id)) {
        const got = indicator.score === null ? texts.unanswered : texts.points(indicator.score, indicator.max);
        lines.push(`  · ${indicator.name}：${got}${indicator.band ? `（${indicator.band}）` : ''}`);
      }
    }
    for (const gap of tier.unmet) lines.push(`  ✗ ${gap.text}`);
    for (const note of tier.notes) lines.push(`  · ${note}`);
    lines.push(texts.source(tier.source, tier.version));
  }
  lines.push(result.disclaimer);
  return lines.join('\n');
}
