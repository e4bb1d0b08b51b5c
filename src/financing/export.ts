/**
 * The staff table of financing needs, as CSV (UTF-8 with BOM, so Excel and WPS open it) or XLSX
 * with Chinese headers. This table is for allowed staff only; it holds the unmasked contact data.
 */
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Need } from './needs-store.js';
import { newWorkbook, safeCell } from '../infrastructure/spreadsheet.js';
import { displayTime } from '../infrastructure/time.js';

const COLUMNS: Array<[string, (need: Need) => string | number]> = [
  ['编号', (need) => need.id],
  ['状态', (need) => need.status],
  ['提交时间', (need) => displayTime(need.createdAt)],
  ['更新时间', (need) => displayTime(need.updatedAt)],
  ['企业名称', (need) => need.companyName],
  ['统一社会信用代码', (need) => need.creditCode],
  ['所在县区', (need) => need.county],
  ['所属行业', (need) => need.industry],
  ['联系人', (need) => need.contactName],
  ['手机号', (need) => need.phone],
  ['融资金额（万元）', (need) => need.amount],
  ['用途', (need) => need.purpose],
  ['期限', (need) => need.term],
  ['担保方式', (need) => need.guarantee],
  ['资质认定', (need) => need.certification],
  ['意向产品', (need) => need.product],
  ['补充说明', (need) => need.notes ?? ''],
  ['来源渠道', (need) => need.channel],
  ['授权版本', (need) => need.consent.version],
  ['授权时间', (need) => displayTime(need.consent.at)],
];

/** Every cell made safe for spreadsheets: owners typed these texts. */
function row(need: Need): Array<string | number | boolean> {
  return COLUMNS.map(([, value]) => safeCell(value(need)));
}

export function needsCsv(needs: Need[]): string {
  return '\uFEFF' + stringifyCsv([COLUMNS.map(([header]) => header), ...needs.map(row)]);
}

export async function needsXlsx(needs: Need[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('融资需求');
  sheet.addRow(COLUMNS.map(([header]) => header)).font = { bold: true };
  for (const need of needs) sheet.addRow(row(need));
  sheet.columns.forEach((column) => (column.width = 18));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
