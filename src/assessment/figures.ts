/**
 * Figures an owner states about the company in one message: “员工200人 营收5000万 研发投入300万”.
 * Each is read after a name the owner uses for a profile field (`aliases` of the number fields in
 * profile-fields.yaml), so that the questionnaire need not ask again what was just said. Pure.
 */
import { foldForMatching, openingQuantity, parseBareQuantity, type ApproximationNote, type ParsedAnswer } from '../forms/answer-parser.js';
import type { Criteria } from '../knowledge/model.js';

export interface StatedFigure {
  field: string;
  value: number;
  note?: ApproximationNote;
}

/**
 * “我们厂3个股东”: a count with 个 is of people only when nothing else is named after it (the
 * message ends, or the name of another item follows: “员工120个 营收3000万”, spaces folded away).
 */
function peopleCounted(reading: ReturnType<typeof openingQuantity>, text: string, unit: string, names: readonly FieldName[]): ReturnType<typeof openingQuantity> {
  if (!reading || unit !== '人' || text[reading.end - 1] !== '个') return reading;
  const rest = text.slice(reading.end);
  return !rest || /^(员工|工人|职工|人)/u.test(rest) || names.some(({ name }) => rest.startsWith(name)) ? reading : undefined;
}

/** People are counted before the word as often as after it: “200个员工”, “一百来个工人”. */
function countBefore(text: string): Extract<ParsedAnswer, { kind: 'value' }> | undefined {
  for (let start = Math.max(0, text.length - MAX_COUNT_LENGTH); start < text.length; start++) {
    if (!/^[0-9零〇一二两三四五六七八九十百千]/u.test(text.slice(start))) continue;
    const answer = parseBareQuantity(text.slice(start), '人');
    if (answer.kind === 'value') return answer;
  }
  return undefined;
}

/** The longest head count written before its word (“一千二百来个”). */
const MAX_COUNT_LENGTH = 8;

type FieldName = { field: string; unit: string; name: string };

/** Every policy question is read for figures: the names are made once per knowledge version, longest first. */
const fieldNames = new WeakMap<Criteria, FieldName[]>();

function namesOf(criteria: Criteria): FieldName[] {
  let names = fieldNames.get(criteria);
  if (!names) {
    names = criteria.profileFields.fields
      .filter((field) => field.type === 'number' && field.unit && field.aliases?.length)
      .flatMap((field) => [field.label, ...field.aliases!].map((name) => ({ field: field.id, unit: field.unit!, name: foldForMatching(name) })))
      .sort((a, b) => b.name.length - a.name.length);
    fieldNames.set(criteria, names);
  }
  return names;
}

/**
 * Every field named in the text with a figure after its name, each field once (the first). The
 * longest name wins where names overlap: “主营业务收入” is not “收入”. A name followed by no figure
 * (“营收不错”), an upper bound (“营收不到2000万”) or a figure in another unit is left out.
 */
export function statedFigures(criteria: Criteria, text: string): StatedFigure[] {
  const folded = foldForMatching(text);
  const names = namesOf(criteria);
  const taken: Array<[number, number]> = [];
  const found = new Map<string, StatedFigure>();
  for (const { field, unit, name } of names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.some(([start, stop]) => at < stop && end > start)) continue;
      taken.push([at, end]);
      if (found.has(field)) continue;
      const after = folded.slice(end);
      const figure = peopleCounted(openingQuantity(after, unit), after, unit, names)?.answer ?? (unit === '人' ? countBefore(folded.slice(0, at)) : undefined);
      if (figure && typeof figure.value === 'number') found.set(field, { field, value: figure.value, ...(figure.note ? { note: figure.note } : {}) });
    }
  }
  return [...found.values()];
}

/** A people count as owners write it: “500人”, “八十来个人”, “300名”. */
const PEOPLE_COUNT = /[0-9零〇一二两三四五六七八九十百千万]+(?:多|来|余)?(?:号人|个人|人|名|位)/gu;

/**
 * The one head count in the text, named or not (“工厂500人”): for a rule that reads no other count
 * of people than the staff (the size standard), it is the staff count. Nothing when the text has
 * none, or several (which would be guessing).
 */
export function loneHeadCount(text: string): number | undefined {
  const counts = [...foldForMatching(text).matchAll(PEOPLE_COUNT)].flatMap((match) => {
    const answer = parseBareQuantity(match[0], '人');
    return answer.kind === 'value' && typeof answer.value === 'number' ? [answer.value] : [];
  });
  return counts.length === 1 ? counts[0] : undefined;
}

/**
 * A figure written with its unit: “70%”, “百分之七十”, “八成五”, “5.5%”, “500万”, “三百五十万”, “1.2亿”, “3年”.
 * Years in Chinese numerals only next to 了 (“做了七年”, “干这行六年了”: a span stated): “近三年”, “不满两年” name the
 * period a rule looks back over, or its threshold, as often as a figure.
 */
const FIGURE_WITH_UNIT: Partial<Record<string, RegExp>> = {
  // Tenths as owners say shares (八成五 is 85%), but not 成 starting a word (三成长, 五成本).
  '%': /[0-9]+(?:\.[0-9]+)?%|百分之[零〇一二两三四五六七八九十百点]+|(?<![零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十]成[一二三四五六七八九]?(?![长立本果功为交品员熟])/gu,
  // Not the tail of 几十万 or 数十万, which say no figure.
  万元: /(?:[0-9]+(?:\.[0-9]+)?|(?<![几数])[零〇一二两三四五六七八九十百千点]+)(?:万元?|亿元?)/gu,
  // Not “两年半”, which no whole-year figure says.
  年: /(?:[0-9]+(?:\.[0-9]+)?|(?<=了)[一二两三四五六七八九十]+)年(?!半)|[一二两三四五六七八九十]+年(?=了)/gu,
};

/**
 * The one figure in the text written with this unit (“资产负债率70%扣分吗”): nothing
 * when there is none, or several that differ (“从70%降到50%”), which would be guessing.
 */
export function loneFigure(text: string, unit: string): number | undefined {
  const pattern = FIGURE_WITH_UNIT[unit];
  if (!pattern) return undefined;
  const values = new Set<number>();
  for (const [span] of foldForMatching(text).matchAll(pattern)) {
    const answer = parseBareQuantity(span, unit);
    if (answer.kind === 'value' && typeof answer.value === 'number') values.add(answer.value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}
