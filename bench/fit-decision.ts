/**
 * Fits the answer / ask-back / decline thresholds (src/retrieval/decision-weights.ts) on the
 * tuning set only, by grid search, and estimates how they generalise by 5-fold cross-validation
 * (fit on four folds, score the fifth). The held-out set is never read here.
 *
 *   npm run fit-decision            prints the cross-validated estimate and the chosen weights
 *   npm run fit-decision -- --write  also rewrites src/retrieval/decision-weights.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { DecisionWeights } from '../src/retrieval/decision.js';
import { prepareQuestions, readQuestionSet, scoreWeights, type Evaluation, type PreparedQuestion } from '../src/retrieval/evaluate.js';
import { PolicySearch } from '../src/retrieval/policy-search.js';
import { projectRoot } from '../src/infrastructure/project-root.js';

const ROOT = projectRoot(import.meta.url);
const KNOWLEDGE = path.join(ROOT, 'knowledge');

const GRID: { [K in keyof DecisionWeights]: number[] } = {
  topicPenalty: [0, 0.5, 1],
  maximumUnknownShare: [0.2, 0.34, 0.5],
  anchoredMaximumUnknownShare: [0.5, 0.7, 1],
  declineOnUnknownNoun: [0, 1],
  onTopicCoverage: [0.25, 0.35, 0.45],
  onTopicScore: [2, 6],
  onTopicMaximumMiss: [0.3, 0.5, 0.7],
  answerCoverage: [0.4, 0.5, 0.6, 0.7],
  answerMaximumMiss: [0, 0.1, 0.2, 0.35],
  answerMargin: [1, 1.15, 1.3, 1.6],
};

/**
 * What an outcome is worth to an owner. A wrong answer with a citation misleads (an owner may act
 * on it); an ask-back that holds the answer costs one tap; a decline costs a rephrase or a person.
 */
function utility(evaluation: Evaluation): number {
  const { counts } = evaluation;
  return (
    counts.right +
    0.6 * counts['right-after-asking'] -
    0.3 * counts['asked-wrongly'] -
    4 * counts['wrong-with-citation'] +
    counts['declined-correctly'] -
    1 * counts['asked-out-of-scope'] -
    0.2 * counts.declined
  );
}

function* combinations(): Generator<DecisionWeights> {
  const keys = Object.keys(GRID) as Array<keyof DecisionWeights>;
  const walk = function* (index: number, partial: Partial<DecisionWeights>): Generator<DecisionWeights> {
    if (index === keys.length) {
      yield partial as DecisionWeights;
      return;
    }
    for (const value of GRID[keys[index]!]) yield* walk(index + 1, { ...partial, [keys[index]!]: value });
  };
  yield* walk(0, {});
}

/** The best weights on these questions; ties go to the more cautious (higher answer bar) combination seen first. */
function fit(questions: PreparedQuestion[]): DecisionWeights {
  let best: DecisionWeights | undefined;
  let bestUtility = -Infinity;
  for (const weights of combinations()) {
    if (weights.answerCoverage < weights.onTopicCoverage) continue;
    const value = utility(scoreWeights(questions, weights));
    if (value > bestUtility) {
      bestUtility = value;
      best = weights;
    }
  }
  return best!;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error('shipped knowledge is invalid: run policy-bot knowledge check');
  const tuning = await readQuestionSet(path.join(ROOT, 'test/fixtures/tuning-set.yaml'));
  const prepared = prepareQuestions(loaded.knowledge, new PolicySearch(loaded.knowledge), tuning);

  // Folds interleave the questions, so each fold holds every topic of the file.
  const folds = 5;
  const cross: Evaluation[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = prepared.filter((_, index) => index % folds !== fold);
    const test = prepared.filter((_, index) => index % folds === fold);
    cross.push(scoreWeights(test, fit(train)));
  }
  const total = (pick: (evaluation: Evaluation) => number, of: (evaluation: Evaluation) => number) =>
    cross.reduce((sum, evaluation) => sum + pick(evaluation) * of(evaluation), 0) / cross.reduce((sum, evaluation) => sum + of(evaluation), 0);
  process.stdout.write(
    `5-fold cross-validation on ${prepared.length} tuning questions: right in one turn ${percent(total((e) => e.rightFirstTurn, (e) => e.inScope))}, ` +
      `within two ${percent(total((e) => e.rightWithinTwoTurns, (e) => e.inScope))}, out of scope declined ${percent(total((e) => e.outOfScopeDeclined, (e) => e.outOfScope))}, ` +
      `wrong with citation ${percent(total((e) => e.wrongWithCitation, (e) => e.questions))}\n`,
  );
  const weights = fit(prepared);
  const all = scoreWeights(prepared, weights);
  process.stdout.write(`fitted on all tuning questions: ${JSON.stringify(weights)}\n`);
  process.stdout.write(`  on the tuning set itself: right ${percent(all.rightFirstTurn)}, within two ${percent(all.rightWithinTwoTurns)}, declined ${percent(all.outOfScopeDeclined)}, wrong with citation ${all.counts['wrong-with-citation']}\n`);
  if (values.write) {
    const body = Object.entries(weights).map(([key, value]) => `  ${key}: ${value},`).join('\n');
    await writeFile(
      path.join(ROOT, 'src/retrieval/decision-weights.ts'),
      `// Written by \`npm run fit-decision -- --write\` (bench/fit-decision.ts) from test/fixtures/tuning-set.yaml only.\n` +
        `// Do not edit by hand, and never refit because a held-out question missed.\nimport type { DecisionWeights } from './decision.js';\n\nexport const DECISION_WEIGHTS: DecisionWeights = {\n${body}\n};\n`,
    );
    process.stdout.write('wrote src/retrieval/decision-weights.ts\n');
  }
}

await main();
