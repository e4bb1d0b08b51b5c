/**
 * Validation of what owners type into the financing form. Pure functions: text in, a clean value
 * or a reason out.
 */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: 'format' | 'checksum' | 'range' };

/** The 18th character of a unified social credit code (GB 32100-2015) from the first 17. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[index] ?? '');
    if (value < 0) return undefined;
    sum += value * CREDIT_CODE_WEIGHTS[index]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARACTERS[check];
}

export function validateCreditCode(text: string): Validation<string> {
  const code = text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return { ok: false, reason: 'format' };
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? { ok: true, value: code } : { ok: false, reason: 'checksum' };
}

export function validateMobile(text: string): Validation<string> {
  const digits = text.normalize('NFKC').replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? { ok: true, value: digits } : { ok: false, reason: 'format' };
}

export function validateText(text: string, minimum = 1, maximum = 200): Validation<string> {
  const value = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (value.length < minimum) return { ok: false, reason: 'format' };
  if (value.length > maximum) return { ok: false, reason: 'range' };
  return { ok: true, value };
}
