/**
 * Masks personal data before it reaches a log or an admin report: mainland mobile numbers and
 * unified social credit codes. Applied to whole strings, so free text a user typed is covered too.
 */
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const CREDIT_CODE = /(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2})[0-9A-HJ-NPQRTUWXY]{14}([0-9A-HJ-NPQRTUWXY]{2})(?![0-9A-Z])/gi;

export function maskPersonalData(text: string): string {
  return text.replace(MOBILE, '$1****$2').replace(CREDIT_CODE, '$1**************$2');
}
