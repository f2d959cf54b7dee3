/**
 * `byDay` tokens (RFC 5545 style): `SA`, `2SA`, `-1SA`. Kept apart from the
 * zod schemas so that browser code can parse tokens without shipping zod.
 */
import type { Weekday } from './civil-date.ts';

/** `SA`, `2SA`, `-1SA`: an optional ordinal from -5 to 5 (not 0) then a weekday. */
export const BY_DAY_PATTERN = /^(?:(-?[1-5]))?(MO|TU|WE|TH|FR|SA|SU)$/;

export interface ByDay {
  /** 1..5 counts from the start of the month, -1..-5 from its end; undefined = every such weekday. */
  ordinal?: number;
  weekday: Weekday;
}

export function parseByDay(token: string): ByDay | undefined {
  const match = BY_DAY_PATTERN.exec(token);
  if (!match) return undefined;
  const weekday = match[2] as Weekday;
  return match[1] ? { ordinal: Number(match[1]), weekday } : { weekday };
}
