/**
 * Policy documents are Markdown with YAML front matter. Sections are `## heading {#id}`;
 * a paragraph that opens with `(一)` becomes clause `<section>-1` cited as `三、(一)…`,
 * any other paragraph becomes `<section>-p<n>` cited by its section heading. The `# title` line
 * becomes clause `title`, cited as 标题: the issuer is named there and nowhere else.
 */
import type { Clause, KnowledgeProblem } from './model.js';
import { policyFrontMatterSchema, type PolicyFrontMatter } from './schema.js';
import { parseYaml, validateYaml } from './yaml-source.js';

const CHINESE_NUMERALS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral in CHINESE_NUMERALS) return CHINESE_NUMERALS[numeral];
  const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return undefined;
  const tens = match[1] ? (CHINESE_NUMERALS[match[1]] ?? 1) : 1;
  const units = match[2] ? (CHINESE_NUMERALS[match[2]] ?? 0) : 0;
  return tens * 10 + units;
}

export interface ParsedPolicy {
  frontMatter?: PolicyFrontMatter;
  clauses: Clause[];
  problems: KnowledgeProblem[];
}

const TITLE_CLAUSE = 'title';
const TITLE_SECTION = '标题';
const HEADING = /^##\s+(.+?)\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$/;
const NUMBERED_PARAGRAPH = /^[(（]([一二三四五六七八九十]+)[)）]([^。]{1,30})。/;
const SECTION_NUMBER = /^([一二三四五六七八九十]+、)/;

export function parsePolicyMarkdown(file: string, text: string): ParsedPolicy {
  const lines = text.split(/\r?\n/);
  const problems: KnowledgeProblem[] = [];
  if (lines[0]?.trim() !== '---') {
    return { clauses: [], problems: [{ file, line: 1, message: '缺少 YAML 头信息：文件第一行应为 ---' }] };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    return { clauses: [], problems: [{ file, line: 1, message: 'YAML 头信息没有结束的 --- 行' }] };
  }
  const parsed = parseYaml(file, lines.slice(1, end).join('\n'), 1);
  problems.push(...parsed.problems);
  const frontMatter = parsed.problems.length
    ? undefined
    : validateYaml(parsed.source, policyFrontMatterSchema);
  if (frontMatter) problems.push(...frontMatter.problems);
  const documentId = frontMatter?.value?.id;

  const clauses: Clause[] = [];
  let section: { id: string; heading: string; numberPrefix: string; unnumbered: number } | undefined;
  const seenSections = new Set<string>();
  let paragraph: { text: string; line: number } | undefined;

  const flush = () => {
    if (!paragraph) return;
    const { text: body, line } = paragraph;
    paragraph = undefined;
    if (!section) {
      problems.push({ file, line, message: '段落出现在第一个 “## 标题 {#id}” 之前，无法确定所属章节' });
      return;
    }
    const numbered = NUMBERED_PARAGRAPH.exec(body);
    const numberValue = numbered?.[1] ? chineseNumeralValue(numbered[1]) : undefined;
    const clauseId = numberValue ? `${section.id}-${numberValue}` : `${section.id}-p${++section.unnumbered}`;
    const citedSection =
      numbered && numberValue ? `${section.numberPrefix}(${numbered[1]})${numbered[2]}` : section.heading;
    const id = `${documentId ?? '?'}#${clauseId}`;
    if (clauses.some((clause) => clause.id === id)) {
      problems.push({ file, line, message: `条款编号重复：${clauseId}` });
      return;
    }
    clauses.push({ id, documentId: documentId ?? '?', section: citedSection, text: body, file, line });
  };

  for (let index = end + 1; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    if (trimmed.startsWith('# ')) {
      flush();
      const id = `${documentId ?? '?'}#${TITLE_CLAUSE}`;
      if (!clauses.some((clause) => clause.id === id)) {
        clauses.push({ id, documentId: documentId ?? '?', section: TITLE_SECTION, text: trimmed.slice(2).trim(), file, line, role: 'title' });
      }
      continue;
    }
    if (trimmed.startsWith('##')) {
      flush();
      const heading = HEADING.exec(trimmed);
      if (!heading?.[1] || !heading[2]) {
        problems.push({ file, line, message: '章节标题应写作 “## 标题 {#id}”，id 用于引用条款' });
        section = undefined;
        continue;
      }
      if (seenSections.has(heading[2])) problems.push({ file, line, message: `章节 id 重复：${heading[2]}` });
      seenSections.add(heading[2]);
      section = {
        id: heading[2],
        heading: heading[1],
        numberPrefix: SECTION_NUMBER.exec(heading[1])?.[1] ?? '',
        unnumbered: 0,
      };
      continue;
    }
    paragraph = paragraph ? { ...paragraph, text: paragraph.text + trimmed } : { text: trimmed, line };
  }
  flush();
  if (!clauses.length && !problems.length) problems.push({ file, line: end + 2, message: '正文没有任何条款' });
  return { frontMatter: frontMatter?.value, clauses, problems };
}
