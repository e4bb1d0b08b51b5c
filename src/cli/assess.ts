import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { assessTable, writeResults } from '../assessment/batch.js';
import { assess } from '../assessment/engine.js';
import { profileSchema, type Profile } from '../assessment/profile.js';
import { details } from '../assessment/report.js';
import { announceKnowledge, resolvePaths } from '../config.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { loadKnowledge } from '../knowledge/load.js';
import { formatProblem } from '../knowledge/model.js';

interface AssessFlags {
  data?: string;
  knowledge?: string;
  input?: string;
  out?: string;
  json?: boolean;
}

/** `policy-bot assess --input FILE [--json] [--out FILE]`: one JSON profile, a JSON array, or a CSV/XLSX table. */
export async function runAssess(flags: AssessFlags): Promise<number> {
  if (!flags.input) throw new PolicyBotError('INPUT_INVALID', '缺少 --input 文件', '用法：policy-bot assess --input 企业.json [--json]，或 --input 名单.xlsx --out 结果.xlsx');
  const paths = resolvePaths(flags);
  announceKnowledge(paths);
  const { knowledgeDirectory } = paths;
  const loaded = await loadKnowledge(knowledgeDirectory);
  if (!loaded.ok) throw new PolicyBotError('KNOWLEDGE_INVALID', loaded.problems.map(formatProblem).join('\n'), '先修正知识库（policy-bot knowledge check）。');
  const { knowledge } = loaded;
  if (!knowledge.criteria) throw new PolicyBotError('KNOWLEDGE_INVALID', '知识库没有 criteria/ 规则文件', '恢复 knowledge/criteria/ 后重试。');
  const extension = path.extname(flags.input).toLowerCase();

  if (extension === '.csv' || extension === '.xlsx') {
    const terminal = process.stderr.isTTY;
    const results = await assessTable(knowledge, flags.input, (done, total) => {
      if (!terminal) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    }, (encoding) => process.stderr.write(`读取 ${path.basename(flags.input!)}（编码：${encoding}）\n`));
    if (terminal) process.stderr.write('\n');
    for (const row of results) if (row.error) process.stderr.write(`第${row.row}行：${row.error}\n`);
    if (flags.out) {
      await writeResults(results, flags.out);
      process.stderr.write(`已写入 ${flags.out}：${results.filter((row) => row.result).length} 家完成，${results.filter((row) => row.error).length} 行有误。\n`);
    }
    if (flags.json) process.stdout.write(JSON.stringify(results) + '\n');
    else if (!flags.out) for (const row of results) if (row.result) process.stdout.write(`第${row.row}行\n${details(row.result)}\n\n`);
    return results.some((row) => row.error) ? 1 : 0;
  }

  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(flags.input, 'utf8'));
  } catch (error) {
    throw new PolicyBotError('INPUT_INVALID', `无法读取 ${flags.input}：${(error as Error).message}`, '输入应为一个 JSON 对象（或对象数组），或 .csv / .xlsx 表格。');
  }
  const parsed = (Array.isArray(raw) ? z.array(profileSchema) : profileSchema).safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(根)'}: ${issue.message}`).join('\n');
    throw new PolicyBotError('INPUT_INVALID', `${flags.input} 不符合企业画像格式：\n${issues}`, '字段和取值见 README 的“资格自测”一节。');
  }
  const profiles: Profile[] = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const results = profiles.map((profile) => assess(knowledge, profile));
  if (flags.json) process.stdout.write(JSON.stringify(Array.isArray(parsed.data) ? results : results[0]) + '\n');
  else process.stdout.write(results.map(details).join('\n\n') + '\n');
  return 0;
}
