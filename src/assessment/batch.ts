/**
 * Many companies at once, for staff screening the yearly intake: a CSV or XLSX with one company
 * per row in, a results table out. A bad row is reported with its row number; the rest go on.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { writeFile } from 'node:fs/promises';
import { readTextFile } from '../infrastructure/text-encoding.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import path from 'node:path';
import type { Criteria, KnowledgeBase } from '../knowledge/model.js';
import { parseAnswer } from '../forms/answer-parser.js';
import { verdict } from './report.js';
import { newWorkbook, safeCell } from '../infrastructure/spreadsheet.js';
import { assess, type AssessmentResult } from './engine.js';
import { answerKind, profileSchema, writeField, type Profile } from './profile.js';

export interface BatchRow {
  row: number;
  name?: string;
  result?: AssessmentResult;
  error?: string;
}

type Cell = string | number | boolean | null | undefined;

export async function readTable(file: string): Promise<{ header: string[]; rows: Cell[][]; encoding?: string }> {
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const workbook = await newWorkbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { header: [], rows: [] };
    const table: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1).map((value): Cell => {
        if (value && typeof value === 'object' && 'result' in value) return (value as { result: Cell }).result;
        if (value && typeof value === 'object' && 'richText' in value) return (value as { richText: Array<{ text: string }> }).richText.map((part) => part.text).join('');
        return value as Cell;
      });
      table[row.number - 1] = values;
    });
    const [header = [], ...rows] = Array.from(table, (row) => row ?? []);
    return { header: header.map((cell) => String(cell ?? '').trim()), rows };
  }
  const { text, encoding } = await readTextFile(file);
  const [header = [], ...rows] = parseCsv(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  return { header: header.map((cell) => cell.trim()), rows, encoding };
}

function columnFields(criteria: Criteria, header: string[]): Array<string | undefined> {
  const byName = new Map<string, string>();
  for (const field of criteria.profileFields.fields) {
    byName.set(field.id.toLowerCase(), field.id);
    byName.set(field.label, field.id);
  }
  return header.map((name) => byName.get(name) ?? byName.get(name.toLowerCase()));
}

/** One row to a profile; throws a message that names the column when a cell is unusable. */
export function profileFromRow(criteria: Criteria, fields: Array<string | undefined>, header: string[], cells: Cell[]): Profile {
  const profile: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    const cell = cells[index];
    if (!field || cell === undefined || cell === null || String(cell).trim() === '') return;
    const kind = answerKind(criteria, field);
    if (typeof cell === 'number' && kind.type === 'number') return writeField(profile, field, cell);
    if (typeof cell === 'boolean' && kind.type === 'boolean') return writeField(profile, field, cell);
    const parsed = parseAnswer(String(cell), kind);
    if (parsed.kind === 'invalid') throw new PolicyBotError('INPUT_INVALID', `“${header[index]}”列的值“${String(cell)}”无法识别`, '对照 knowledge/criteria/profile-fields.yaml 的写法修改该单元格。');
    if (parsed.kind === 'ambiguous') {
      throw new PolicyBotError('INPUT_INVALID', `“${header[index]}”列的值“${String(cell)}”可能是：${parsed.labels.join('、')}`, '请在单元格里写明是哪一项。');
    }
    if (parsed.kind === 'value') writeField(profile, field, parsed.value);
  });
  const checked = profileSchema.safeParse(profile);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new PolicyBotError('INPUT_INVALID', `“${issue.path.join('.')}”的值不符合要求（${issue.message}）`, '请核对该行的数值。');
  }
  return checked.data;
}

export async function assessTable(
  knowledge: KnowledgeBase,
  file: string,
  onProgress?: (done: number, total: number) => void,
  onEncoding?: (encoding: string) => void,
): Promise<BatchRow[]> {
  const criteria = knowledge.criteria!;
  const { header, rows, encoding } = await readTable(file);
  if (encoding) onEncoding?.(encoding);
  const fields = columnFields(criteria, header);
  if (!fields.some(Boolean)) {
    throw new PolicyBotError('INPUT_INVALID', `${path.basename(file)} 的表头没有可识别的字段`, '表头请用字段名（如 revenue）或中文名（如 上年度营业收入总额），见 knowledge/criteria/profile-fields.yaml。');
  }
  const results: BatchRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell === undefined || cell === null || String(cell).trim() === '')) return;
    try {
      const profile = profileFromRow(criteria, fields, header, cells);
      results.push({ row, name: profile.name, result: assess(knowledge, profile) });
    } catch (error) {
      results.push({ row, error: (error as Error).message });
    }
    onProgress?.(index + 1, rows.length);
  });
  return results;
}

const SIZE: Record<string, string> = { medium: '中型', small: '小型', micro: '微型', large: '大型' };

export function resultColumns(results: BatchRow[]): { header: string[]; rows: Cell[][] } {
  const tiers = results.find((row) => row.result)?.result?.tiers ?? [];
  const header = ['行号', '企业名称', '企业规模', ...tiers.flatMap((tier) => [`${tier.name}结论`, `${tier.name}得分`, `${tier.name}差距`, `${tier.name}需补充`]), '错误'];
  const rows = results.map((row): Cell[] => {
    if (!row.result) return [row.row, row.name ?? '', '', ...tiers.flatMap(() => ['', '', '', '']), row.error ?? ''];
    const result = row.result;
    return [
      row.row,
      row.name ?? '',
      result.sme.size ? SIZE[result.sme.size] : '待定',
      ...result.tiers.flatMap((tier) => [
        verdict(tier),
        tier.score ?? `${tier.scoreRange.min}–${tier.scoreRange.max}`,
        tier.unmet.map((gap) => gap.text).join('；'),
        tier.missing.join('、'),
      ]),
      '',
    ];
  });
  return { header, rows };
}

export async function writeResults(results: BatchRow[], file: string): Promise<void> {
  const { header, rows } = resultColumns(results);
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const workbook = await newWorkbook();
    const sheet = workbook.addWorksheet('自测结果');
    sheet.addRow(header).font = { bold: true };
    rows.forEach((row) => sheet.addRow(row.map((cell) => safeCell(cell))));
    sheet.columns.forEach((column) => (column.width = 16));
    await workbook.xlsx.writeFile(file);
    return;
  }
  // A BOM so that Excel and WPS open the UTF-8 file with the Chinese intact.
  await writeFile(file, '\uFEFF' + stringifyCsv([header, ...rows.map((row) => row.map((cell) => safeCell(cell)))]));
}
