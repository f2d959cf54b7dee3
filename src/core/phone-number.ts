/**
 * Phone numbers as people type them — 0722610000, ０７２−２６１−００００,
 * 072 261 0000, (072)261-0000, +81 72-261-0000 — read into one normal form with
 * the hyphens where Japanese numbers take them (072-261-0000, 0725-43-2100,
 * 090-1234-5678, 0120-000-123). Where the hyphens go depends on the length of
 * the area code, which libphonenumber-js knows from Japan's numbering plan.
 * Zod-free, so the browser form, the issue script and the schema share it.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { JP_PHONE_METADATA } from './phone-metadata.jp.ts';

export type PhoneReading = { ok: true; value: string } | { ok: false; message: string };

export const PHONE_MESSAGE =
  '電話番号は 072-000-1234 のように、0 から始まる 10 桁か 11 桁で書いてください（ハイフンはなくてもかまいません）/ Write a Japanese phone number of 10 or 11 digits starting with 0, such as 072-000-1234 (hyphens optional)';

/** The written form, with full-width digits, dashes, brackets and spaces made plain. */
function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐‑‒–—―−ーｰ－]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A YAML file read `phone: 0722610000` as the number 722610000, dropping the
 * leading 0 every Japanese number starts with; `+81…` lost its plus.
 */
function fromYamlNumber(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value <= 0) return undefined;
  const digits = String(value);
  if (digits.length === 9 || digits.length === 10) return `0${digits}`;
  if (digits.length === 11 && digits.startsWith('81')) return `+${digits}`;
  return undefined;
}

/** Hyphens only between digit groups, 10 or 11 digits from a leading 0: the form the site has always accepted. */
const HYPHENATED = /^0\d{1,4}-\d{1,4}-\d{3,4}$/;

export function readPhone(input: string | number): PhoneReading {
  const written = typeof input === 'number' ? fromYamlNumber(input) : plain(input);
  if (!written) return { ok: false, message: PHONE_MESSAGE };
  // Only digits and the punctuation people put between them; a domestic number starts with 0.
  if (/[^0-9+\-() ]/.test(written) || !/^(?:\+81|\(?0)/.test(written)) return { ok: false, message: PHONE_MESSAGE };
  const parsed = parsePhoneNumberFromString(written, 'JP', JP_PHONE_METADATA);
  if (parsed && parsed.country === 'JP' && parsed.isValid()) return { ok: true, value: parsed.formatNational() };
  // A number the plan does not know (a fictional or newly opened range) is kept
  // as the person hyphenated it, as long as it has the shape of a Japanese number.
  const hyphenated = written.replace(/ /g, '-');
  if (HYPHENATED.test(hyphenated) && [10, 11].includes(hyphenated.replace(/-/g, '').length)) {
    return { ok: true, value: hyphenated };
  }
  return { ok: false, message: PHONE_MESSAGE };
}
