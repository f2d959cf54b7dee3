/**
 * Field types shared by every schema. Messages are written for volunteers:
 * Japanese first, English beside it, and they say what to write instead.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../core/ids.ts';
import { readPhone } from '../core/phone-number.ts';
import { RUBY_MARKS } from '../core/ruby.ts';

/**
 * The message for a value of the wrong type. A missing value gets no message
 * here, so it falls through to the general 「必須の項目がありません / required」.
 */
export function wrongType(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);
}

/** A listing or school id: the file name, also used in URLs. */
export const idSchema = z.string().regex(ID_PATTERN, {
  error:
    'ID は半角の小文字英字・数字・ハイフンだけにしてください / Use lowercase ASCII letters, digits and hyphens only',
});

import { isRealDate } from '../core/civil-date.ts';

/**
 * A calendar date written `YYYY-MM-DD`. YAML is parsed without its timestamp
 * type, so the text arrives as written and 2026-02-30 cannot roll over into March.
 */
export const civilDateSchema = z
  .string({ error: wrongType('日付は YYYY-MM-DD の形で書いてください / Write dates as YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: '日付は YYYY-MM-DD の形で書いてください / Write dates as YYYY-MM-DD',
    abort: true,
  })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      return isRealDate(y!, m!, d!);
    },
    { error: 'この日付は存在しません / This date does not exist' },
  );

/** A time of day `HH:MM`, 24-hour, in Asia/Tokyo. */
export const timeSchema = z
  .string({ error: wrongType('時刻は HH:MM の形で書いてください（例 "11:00"）/ Write times as HH:MM, e.g. "11:00"') })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
    error: '時刻は 00:00〜23:59 の HH:MM で書いてください / Write times as HH:MM between 00:00 and 23:59',
  });

/**
 * Reading in hiragana (spaces, the long-vowel mark and middle dot allowed).
 * Katakana is refused so that one form is sorted and searched everywhere.
 */
export const kanaSchema = z
  .string({ error: wrongType('よみがなを書いてください / A reading is required') })
  .trim()
  .min(1, { error: 'よみがなを書いてください / A reading is required', abort: true })
  .regex(/^[\u3041-\u3096\u309d\u309e\u30fc\u30fb\s\u3000・ー]+$/u, {
    error: 'よみがなは ひらがな で書いてください / Write the reading in hiragana',
  });

/**
 * A Japanese phone number, written as people type it (digits only, full-width,
 * spaces, brackets, +81) and published in one normal form with the hyphens
 * where the area code puts them: 072-261-0000, 0725-43-2100, 090-1234-5678.
 * A YAML number (`phone: 0722610000`, which YAML reads as 722610000) is taken
 * back as the digits that were typed.
 */
export const phoneSchema = z
  .union([z.string(), z.number()], {
    error: wrongType('電話番号は 072-000-1234 のように書いてください / Write the phone number like 072-000-1234'),
  })
  .transform((value, ctx) => {
    const reading = readPhone(value);
    if (reading.ok) return reading.value;
    ctx.addIssue({ code: 'custom', message: reading.message, input: value });
    return z.NEVER;
  });

const ALLOWED_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];

/** A link; only http(s), tel and mailto may be published. */
export const linkSchema = z
  .string({ error: wrongType('URL を文字列で書いてください / Write the link as text') })
  .refine(
    (s) => {
      try {
        const url = new URL(s);
        return ALLOWED_SCHEMES.includes(url.protocol);
      } catch {
        return false;
      }
    },
    {
      error:
        'リンクは http(s):// ・ tel: ・ mailto: で始まる正しい URL にしてください / Links must be valid http(s), tel or mailto URLs',
    },
  );

/** A web page only (http or https). */
export const webUrlSchema = z
  .string({ error: wrongType('URL を文字列で書いてください / Write the link as text') })
  .refine(
    (s) => {
      try {
        const url = new URL(s);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'http:// か https:// で始まる URL にしてください / Use an http:// or https:// URL' },
  );

export const emailSchema = z.email({
  error: wrongType('メールアドレスの形が正しくありません / Not a valid e-mail address'),
});

/**
 * Control characters (other than tab and newline) and bidirectional overrides
 * can hide or reorder text on screen; they never belong in a listing.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const NO_CONTROL_MESSAGE = '制御文字が含まれています。消してください / Contains control characters; remove them';
/** The site's own furigana marks (src/core/ruby.ts): text from a file must never be able to make ruby. */
const NO_PRIVATE_USE_MESSAGE =
  '私用領域の文字（U+E000〜U+E002）が含まれています。消してください / Contains private-use characters (U+E000–U+E002); remove them';

/** One line of plain text, as shown on cards. */
export function oneLine(maxLength: number) {
  return z
    .string({ error: wrongType('文字列で書いてください / Write this as text') })
    .trim()
    .min(1, { error: '空欄にはできません / This cannot be empty' })
    .max(maxLength, { error: `${maxLength} 文字以内にしてください / At most ${maxLength} characters` })
    .refine((s) => !/[\r\n]/.test(s), { error: '改行を入れないでください / Keep this on one line' })
    .refine((s) => !INVISIBLE_CONTROL.test(s), { error: NO_CONTROL_MESSAGE })
    .refine((s) => !RUBY_MARKS.test(s), { error: NO_PRIVATE_USE_MESSAGE });
}

/** Free text that may run over several lines (notes, explanations). */
export function note(maxLength: number) {
  return z
    .string({ error: wrongType('文字列で書いてください / Write this as text') })
    .trim()
    .max(maxLength, { error: `${maxLength} 文字以内にしてください / At most ${maxLength} characters` })
    .refine((s) => !INVISIBLE_CONTROL.test(s), { error: NO_CONTROL_MESSAGE })
    .refine((s) => !RUBY_MARKS.test(s), { error: NO_PRIVATE_USE_MESSAGE });
}

/** True when the text holds the site's furigana marks, which no file may carry (the description body included). */
export function hasRubyMarks(text: string): boolean {
  return RUBY_MARKS.test(text);
}

/** True when the text holds characters that must not be published. */
export function hasInvisibleControl(text: string): boolean {
  return INVISIBLE_CONTROL.test(text);
}

/**
 * What to say about a coordinate that is not a usable number. The `error` of
 * `z.number()` answers every issue of the schema in zod 4, out-of-range
 * included, so the issue code decides the wording.
 */
function coordinateError(ja: string, en: string, limit: number) {
  return (issue: { code?: string; input?: unknown }) => {
    const input = issue.input;
    if (input === undefined) return undefined;
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      return `${ja}は -${limit}〜${limit} の数値で書いてください（${String(input)} は範囲の外です）/ ${en} must be between -${limit} and ${limit} (${String(input)} is not)`;
    }
    if (typeof input === 'string') {
      // Quoted, or typed with full-width digits: say which number to write.
      const plain = input.normalize('NFKC').replace(/[。]/g, '.').trim();
      if (/^-?\d+(?:\.\d+)?$/.test(plain)) {
        return `${ja}は引用符を付けずに半角の数字だけで ${plain} と書いてください / Write ${en.toLowerCase()} as a plain number without quotes: ${plain}`;
      }
    }
    return `${ja}は数値で書いてください（度を小数で。地図アプリで場所を長押し、パソコンでは右クリックすると出る数字です）/ ${en} must be a number: degrees with decimals, as a map app shows when you long-press or right-click a place`;
  };
}

export const latitudeSchema = z
  .number({ error: coordinateError('緯度', 'Latitude', 90) })
  .min(-90)
  .max(90);
export const longitudeSchema = z
  .number({ error: coordinateError('経度', 'Longitude', 180) })
  .min(-180)
  .max(180);

/** A latitude that cannot be one but is a longitude, beside a longitude that would be a valid latitude. */
export function looksSwapped(lat: unknown, lng: unknown): lat is number {
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) > 90 &&
    Math.abs(lat) <= 180 &&
    Math.abs(lng) <= 90
  );
}

/**
 * Refinement for an object with a latitude and a longitude key (`lat`/`lng`
 * in listings and schools): when the two look swapped, the range issue on the
 * latitude says so, instead of only "out of range". Runs even when other keys
 * of the object failed, so the hint is never lost behind another error.
 */
export function swappedLatLng(latKey = 'lat', lngKey = 'lng') {
  const check = (value: unknown, ctx: z.RefinementCtx<unknown>) => {
    const point = value as Record<string, unknown>;
    const lat = point[latKey];
    const lng = point[lngKey];
    if (!looksSwapped(lat, lng)) return;
    rewordRangeIssue(
      ctx,
      latKey,
      `緯度と経度が逆になっているようです。緯度（${latKey}）を ${String(lng)}、経度（${lngKey}）を ${String(lat)} にしてください / Latitude and longitude look swapped; make the latitude (${latKey}) ${String(lng)} and the longitude (${lngKey}) ${String(lat)}`,
    );
  };
  return [check, { when: (payload: { value: unknown }) => isRecord(payload.value) }] as const;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Replaces the out-of-range issue at `key` with one saying `message`, so the
 * place shows one true message rather than "out of range" beside "swapped".
 */
export function rewordRangeIssue(ctx: z.RefinementCtx<unknown>, key: PropertyKey, message: string): void {
  const index = ctx.issues.findIndex(
    (issue) =>
      (issue.code === 'too_big' || issue.code === 'too_small') && issue.path?.length === 1 && issue.path[0] === key,
  );
  if (index !== -1) ctx.issues.splice(index, 1);
  ctx.addIssue({ code: 'custom', path: [key], message });
}
