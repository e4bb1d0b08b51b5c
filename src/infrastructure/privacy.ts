/**
 * Masks personal data before it reaches a log, an admin report or a staff chat: mainland mobile
 * numbers and unified social credit codes, in every form the financing form itself accepts —
 * full-width digits, spaces or dashes inside (138 1234 5678, 138-1234-5678), a +86 prefix,
 * lower-case letters. Applied to whole strings, so free text a user typed is covered too.
 */
const MOBILE = /(?<![0-9])(?:86)?(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])/g;
const CREDIT_CODE = /(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2})[0-9A-HJ-NPQRTUWXY]{14}([0-9A-HJ-NPQRTUWXY]{2})(?![0-9A-Z])/g;
const SEPARATOR = /[\s\-－—‐]/u;
const ALPHANUMERIC = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋]/;

export function maskPersonalData(text: string): string {
  // A compact copy (full-width folded, upper case, separators between characters dropped) with
  // the position in the original of each of its characters.
  let compact = '';
  const origin: number[] = [];
  let previousAlphanumeric = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    // One separator between two letters or digits is dropped (138 1234 5678); a run of them is kept.
    if (previousAlphanumeric && SEPARATOR.test(character) && ALPHANUMERIC.test(text[index + 1] ?? '')) continue;
    const folded = FULL_WIDTH.test(character) ? character.normalize('NFKC') : character;
    const upper = folded.toUpperCase();
    compact += upper.length === folded.length ? upper : folded;
    for (let count = 0; count < folded.length; count++) origin.push(index);
    previousAlphanumeric = ALPHANUMERIC.test(character);
  }
  const spans: Array<{ start: number; end: number; mask: string }> = [];
  for (const match of compact.matchAll(MOBILE)) spans.push({ start: match.index, end: match.index + match[0].length, mask: `${match[1]}****${match[3]}` });
  for (const match of compact.matchAll(CREDIT_CODE)) spans.push({ start: match.index, end: match.index + match[0].length, mask: `${match[1]}**************${match[2]}` });
  if (!spans.length) return text;
  spans.sort((a, b) => b.start - a.start);
  let masked = text;
  for (const span of spans) {
    const from = origin[span.start]!;
    const to = origin[span.end - 1]! + 1;
    masked = masked.slice(0, from) + span.mask + masked.slice(to);
  }
  return masked;
}
