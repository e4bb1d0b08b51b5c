/**
 * Builds a throwaway knowledge directory scaled to many clauses, for the benchmark only: the
 * shipped knowledge plus generated policy files whose paragraphs recombine real sentences, so the
 * vocabulary and posting lists look like the real thing. Never shipped, never cited.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitSentences } from '../src/retrieval/policy-search.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export async function scaledKnowledge(shipped: string, target: string, knowledge: KnowledgeBase, files: number, paragraphsPerFile: number): Promise<void> {
  await cp(shipped, target, { recursive: true });
  await mkdir(path.join(target, 'policies'), { recursive: true });
  const sentences = [...knowledge.clauses.values()].filter((clause) => clause.id.startsWith('suzhou-2018-zjtx#s')).flatMap((clause) => splitSentences(clause.text).slice(1));
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  for (let file = 0; file < files; file++) {
    const paragraphs = Array.from({ length: paragraphsPerFile }, (_, index) => `(${NUMERALS[index % 10]})第${file}号措施${index}。${pick()}${pick()}`);
    const text = [
      '---',
      `id: bench-${file}`,
      `title: 基准测试生成文件${file}`,
      'issuer: 基准测试',
      'issueDate: 2026-01-01',
      'region: 基准测试',
      'status: unknown',
      'source: 基准测试生成（不随项目发布）',
      '---',
      '',
      `## 一、生成章节 {#s1}`,
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    ].join('\n');
    await writeFile(path.join(target, 'policies', `bench-${String(file).padStart(4, '0')}.md`), text);
  }
}
