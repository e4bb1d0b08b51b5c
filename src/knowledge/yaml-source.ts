/**
 * YAML parsing that keeps line numbers, so every problem can be reported as `path:line`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeProblem } from './model.js';

export interface YamlSource {
  file: string;
  document: Document;
  lineCounter: LineCounter;
  /** Added to every line number: the YAML may start inside a larger file (front matter). */
  lineOffset: number;
}

export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { source: YamlSource; problems: KnowledgeProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = { file, document, lineCounter, lineOffset };
  // With prettyErrors off, errors carry no line: their offset (`pos`) goes through the line counter.
  // The first syntax error only: the parser's later ones are usually consequences of it.
  const problems = document.errors.slice(0, 1).map((error) => {
    const original = error.message.split('\n')[0] ?? '';
    // An unclosed quote is found where the text ends; the admin needs the line where it opened.
    const opened = error.code === 'MISSING_CHAR' && /quote/i.test(original) ? lineWithUnclosedQuote(text) : undefined;
    const { line, col } = opened ?? lineCounter.linePos(error.pos[0]);
    return { file, line: line + lineOffset, message: yamlMessage(error.code, original, col) };
  });
  return { source, problems };
}

/** The first line with an odd number of double (or single) quotes, and the column of its last one. */
function lineWithUnclosedQuote(text: string): { line: number; col: number } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const withoutComment = line.replace(/\s#.*$/, '');
    for (const quote of ['"', "'"]) {
      const count = withoutComment.split(quote).length - 1 - (quote === '"' ? (withoutComment.match(/\\"/g)?.length ?? 0) : 0);
      if (count % 2 === 1) return { line: index + 1, col: withoutComment.lastIndexOf(quote) + 1 };
    }
  }
  return undefined;
}

/** The YAML mistakes an admin meets most, in plain Chinese; others keep the parser's words. */
function yamlMessage(code: string, original: string, column: number): string {
  const at = `第${column}列`;
  if (code === 'TAB_AS_INDENT') return `${at}：不能用 Tab 缩进，请改用空格`;
  if (code === 'DUPLICATE_KEY') return `${at}：字段名重复，同一层里每个字段只能写一次`;
  if (code === 'MISSING_CHAR' && /quote/i.test(original)) return `${at}：引号没有闭合，请检查上一行或这一行的引号是否成对`;
  if (/end with a \]/.test(original)) return `${at}：方括号 [ 没有闭合，请补上 ]`;
  if (/end with a \}/.test(original)) return `${at}：花括号 { 没有闭合，请补上 }`;
  if (code === 'BAD_INDENT' || code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    return `${at}：缩进不对，同一层的字段要对齐（用空格缩进），列表的每一项以“- ”开头`;
  }
  if (code === 'MISSING_CHAR' && /followed by map values/.test(original)) return `${at}：这一行缺少“字段名: 值”的冒号，或列表项前缺少“- ”`;
  return `${at}：YAML 格式错误（${original}）`;
}

/** Line of the node at `path`, or of its nearest existing ancestor. */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const node = source.document.getIn(path.slice(0, length) as unknown[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return source.lineCounter.linePos(node.range[0]).line + source.lineOffset;
    }
  }
  return 1 + source.lineOffset;
}

/** Line of a key inside the map at `path` (for unknown-key errors, where the key itself is wrong). */
export function lineOfKey(source: YamlSource, path: readonly PropertyKey[], key: string): number {
  const node = path.length === 0 ? source.document.contents : source.document.getIn(path as unknown[], true);
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (keyNode && 'value' in keyNode && String(keyNode.value) === key && keyNode.range) {
        return source.lineCounter.linePos(keyNode.range[0]).line + source.lineOffset;
      }
    }
  }
  if (isSeq(node)) return lineOf(source, path);
  return lineOf(source, path);
}

/** Validates the parsed YAML with a zod schema; problems carry the line of the offending node. */
export function validateYaml<Schema extends z.ZodType>(
  source: YamlSource,
  schema: Schema,
): { value?: z.output<Schema>; problems: KnowledgeProblem[] } {
  const result = schema.safeParse(source.document.toJS());
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const where = path.length ? `${path.join('.')}：` : '';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: source.file,
        line: lineOfKey(source, path, key),
        message: `${where}未知字段 “${key}”（检查拼写，或删除该字段）`,
      }));
    }
    return [{ file: source.file, line: lineOf(source, path), message: `${where}${describeIssue(issue)}` }];
  });
  return { problems: problems.flat() };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少必填字段（应为 ${issue.expected}）` : `类型不对，应为 ${issue.expected}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join(' / ')}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : `数量或数值过小（至少 ${String(issue.minimum)}）`;
    case 'invalid_union':
      return '格式不符合任何一种允许的写法';
    default:
      return issue.message;
  }
}
