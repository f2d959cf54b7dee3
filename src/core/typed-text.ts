/**
 * What people type on Japanese keyboards and phone number pads, made plain
 * before it is read: full-width digits and signs, 円 after an amount. Shared by
 * the form's converter and the issue forms' text formats, so a value the form
 * accepts reads the same on every route.
 */

/** Full-width digits and signs typed on Japanese keyboards, made ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[：]/g, ':')
    .replace(/[－ー−‐]/g, '-')
    .trim();
}

/**
 * An amount as typed into the form's yen field — 300, 300円, ３００, 1,000 円 —
 * as plain digits; anything else is returned as typed, for the schema to explain.
 */
export function yenText(typed: string): string {
  const plain = asciiDigits(typed).replace(/[,，\s]|円$/g, '');
  return /^\d+$/.test(plain) ? String(Number(plain)) : typed.trim();
}

/**
 * A latitude–longitude pair pasted as one text, as maps apps copy it:
 * 「34.5531, 135.4512」「34.5531，135.4512」「34.5531 135.4512」. Undefined for one number.
 */
export function coordinatePair(typed: string): { lat: string; lng: string } | undefined {
  const match = /^\s*\(?\s*(-?\d+(?:\.\d+)?)\s*(?:[,，、]\s*|\s+)(-?\d+(?:\.\d+)?)\s*\)?\s*$/.exec(asciiDigits(typed));
  return match ? { lat: match[1]!, lng: match[2]! } : undefined;
}
