/**
 * Cells that are safe to open in Excel or WPS. A text cell starting with = + - @ (or a tab or
 * carriage return) would run as a formula (OWASP's CSV-injection guidance): it gets a leading
 * apostrophe. Characters that XML 1.0 forbids (U+FFFE, most control characters, lone surrogates)
 * would make the XLSX's sharedStrings.xml invalid and break the whole file: they are replaced.
 * Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// Allowed in XML 1.0: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (as surrogate pairs).
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function safeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD');
}

export function safeCell(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  const text = safeText(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A new XLSX workbook. exceljs is loaded on the first export or import, not at start: most bot
 * processes never write a spreadsheet, and it takes a bare Node process from 40 to 67 MB.
 */
export async function newWorkbook(): Promise<import('exceljs').Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}
