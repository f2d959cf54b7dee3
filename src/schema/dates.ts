/** Calendar checks with no zod, so browser code can use them without shipping the schemas. */

/** True when y-m-d names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(y, m, 0);
  const daysInMonth = lastDay.getUTCDate();
  return d <= daysInMonth;
}
