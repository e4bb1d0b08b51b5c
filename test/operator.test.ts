/**
 * What an operator meets on a real machine: knowledge errors at the right line in Chinese,
 * spreadsheets saved by Chinese Windows, and the command line run from another folder.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../src/assessment/batch.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { knowledgeCopy, ROOT, temporaryDirectory } from './helpers.js';

const BIN = path.join(ROOT, 'bin/policy-bot.js');

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { POLICY_BOT_KNOWLEDGE: _unused, ...env } = process.env;
    const child = execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

async function breakLine(file: string, line: number, edit: (text: string) => string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  await writeFile(file, lines.join('\n'));
}

describe('knowledge errors', () => {
  it.each([
    ['a tab as indentation', (text: string) => `\t${text.trimStart()}`, 'Tab'],
    ['an unclosed quote', (text: string) => text.replace(/: (.+)$/, ': "$1'), '引号'],
    ['a duplicated key', (text: string) => `${text}\n    leadUnit: 重复`, '重复'],
  ])('%s is reported at its line, in Chinese, and only for that file', async (_name, edit, words) => {
    const directory = await knowledgeCopy();
    const file = path.join(directory, 'policies/suzhou-2018-zjtx.tasks.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((text) => text.includes('leadUnit: 市科技局')) + 1;
    await breakLine(file, line, edit);
    const result = await loadKnowledge(directory);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.every((problem) => problem.file.endsWith('suzhou-2018-zjtx.tasks.yaml'))).toBe(true);
    const [problem] = result.problems;
    expect(Math.abs(problem!.line - line)).toBeLessThanOrEqual(1);
    expect(problem!.message).toContain(words);
    expect(problem!.message).not.toMatch(/[A-Za-z]{6,}/);
  });
});

describe('spreadsheets from Chinese Windows', () => {
  it('reads a CSV saved as GBK and says so', async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, '名单.csv');
    await writeFile(file, iconv.encode('企业名称,行业,从业人员,上年度营业收入总额\n宿州测试机械有限公司,工业,120,5000\n', 'gbk'));
    const table = await readTable(file);
    expect(table.encoding).toBe('GBK/GB18030');
    expect(table.header).toEqual(['企业名称', '行业', '从业人员', '上年度营业收入总额']);
    expect(table.rows[0]?.[0]).toBe('宿州测试机械有限公司');
    const { code, stderr } = await run(['assess', '--input', file, '--json'], directory);
    expect(code).toBe(0);
    expect(stderr).toContain('编码：GBK/GB18030');
  });
});

describe('running from another folder', () => {
  it('uses the knowledge installed with the package and says which', async () => {
    const directory = await temporaryDirectory();
    const file = path.join(directory, 'company.json');
    await writeFile(file, JSON.stringify({ industry: 'industrial', employees: 120, revenue: 5000 }));
    const { code, stdout, stderr } = await run(['assess', '--input', file, '--json'], directory);
    expect(code).toBe(0);
    expect(stderr).toContain(path.join(ROOT, 'knowledge'));
    expect(JSON.parse(stdout)).toHaveProperty('tiers');
  });
});
