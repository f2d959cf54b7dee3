/**
 * 全国地方公共団体コード (JIS X 0402 with its check digit): six digits, the
 * last computed from the first five — 271403 is Sakai City, 271446 its Nishi
 * Ward. Open-data file names and columns carry it, so a typo would publish
 * data under another town's code (272141 is 富田林市, not Sakai).
 */

/** The check digit of a five-digit code: 11 minus the weighted sum modulo 11, last digit only. */
export function localGovernmentCheckDigit(fiveDigits: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = [...fiveDigits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return (11 - (sum % 11)) % 10;
}

export function isLocalGovernmentCode(code: string): boolean {
  return /^\d{6}$/.test(code) && localGovernmentCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
