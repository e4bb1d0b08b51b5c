import { loadKnowledge } from '../knowledge/load.js';
import { formatProblem } from '../knowledge/model.js';
import { announceKnowledge, resolvePaths } from '../config.js';

/** Prints every problem as `path:line: message`; exit code 1 when there is any. */
export async function runKnowledgeCheck(flags: { knowledge?: string; data?: string }): Promise<number> {
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  const { knowledgeDirectory } = paths;
  const result = await loadKnowledge(knowledgeDirectory);
  if (!result.ok) {
    for (const problem of result.problems) process.stdout.write(formatProblem(problem) + '\n');
    process.stderr.write(`知识库检查未通过：${result.problems.length} 处问题。\n`);
    return 1;
  }
  const { knowledge } = result;
  process.stdout.write(
    `知识库检查通过：${knowledge.files.length} 个文件，${knowledge.clauses.size} 条条款，${knowledge.faq.length} 条问答，${knowledge.criteria?.tiers.length ?? 0} 个认定层级。\n`,
  );
  return 0;
}
