/**
 * Folding Japanese text so that different ways of typing the same words
 * compare equal: full/half width, katakana/hiragana, long-vowel and dash
 * variants, spaces and case.
 */

/** Katakana → hiragana, except ヶ/ヵ, which in place names (ヶ丘) read as が/か and are kept. */
function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f4\u30fd\u30fe]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Long-vowel marks, dashes and wave dashes typed in their many look-alike forms. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\uff70\u301c\uff5e~\u2053-]/g;

export function normalizeForMatch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC'))
    .toLowerCase()
    .replace(DASHES, 'ー')
    .replace(/[\s\u3000・･.,、。「」『』()（）]/g, '');
}
