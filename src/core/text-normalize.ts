/**
 * Folding Japanese text so that different ways of typing the same words
 * compare equal: full/half width, katakana/hiragana, long-vowel, dash and
 * wave-dash variants, separately typed voiced marks, spaces and case. The
 * build folds listing text with it and the browser folds each query, so both
 * sides always agree.
 */
import { foldRomaji } from './romaji.ts';

/** Katakana → hiragana, except ヶ/ヵ, which in place names (ヶ丘) read as が/か and are kept (see KA_GA_MARKER). */
function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f4\u30fd\u30fe]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Long-vowel marks, dashes, wave dashes and tildes in their many look-alike forms. */
const DASHES = /[\u2010-\u2015\u2212\u2053\u301c\u30fc\uff0d\uff70\uff5e~-]/g;

/** Spaces and punctuation that carry no meaning in a search. */
const IGNORED = /[\s\u3000・･.,、。「」『』()（）【】［］[\]!?！？'"“”‘’/／]/g;

/**
 * The ヶ of place names and counters, in the ways people write it: 浜寺ヶ丘,
 * 浜寺ケ丘, 浜寺ヵ丘, 浜寺が丘; 三ヶ月, 三ヵ月, 三カ月, 三か月, 3か所. All of them
 * become ヶ when they stand after a kanji (or a digit, for counters) and
 * before a kanji.
 *
 * か and カ are folded too, because ヶ reads か as often as が (三ヶ月 is
 * さんかげつ) and a family may type any of them. Only between kanji, where
 * these letters are almost always this marker: a particle there (土曜か日曜,
 * 学生が中心) is folded the same way on both sides, so it still matches
 * itself. Hiragana け is left alone, since between kanji it is part of a
 * word (受け付け, 届け出), not this marker.
 *
 * Both sides must see the kanji after it: a query that stops right after
 * the が (浜寺が) matches once the next kanji is typed.
 */
const KA_GA_MARKER = /([\p{Script=Han}0-9])[ケヶヵカがか](?=\p{Script=Han})/gu;

export function normalizeForMatch(text: string): string {
  // A spacing voiced mark typed after a kana (か゛) becomes the combining one,
  // so that NFKC composes it (が), as it does for half-width ｶﾞ.
  const marks = text.replace(/\u309b/g, '\u3099').replace(/\u309c/g, '\u309a');
  // Spaces go first, so that 浜寺 ケ 丘 folds like 浜寺ケ丘; the marker is
  // folded before katakana become hiragana, while ケ and け still differ.
  const composed = marks.normalize('NFKC').replace(IGNORED, '').replace(KA_GA_MARKER, '$1ヶ');
  return katakanaToHiragana(composed).toLowerCase().replace(DASHES, 'ー');
}

/**
 * Equivalent spellings (こども・子ども・子供) as groups; every member is
 * rewritten to the group's first member after folding.
 */
export interface SynonymTable {
  /** [folded variant, folded canonical], longest variant first. */
  readonly pairs: ReadonlyArray<readonly [string, string]>;
}

export function buildSynonymTable(groups: ReadonlyArray<ReadonlyArray<string>>): SynonymTable {
  const pairs: Array<[string, string]> = [];
  for (const group of groups) {
    const folded = group.map((member) => foldRomaji(normalizeForMatch(member))).filter((s) => s.length > 0);
    const canonical = folded[0];
    if (canonical === undefined) continue;
    // The canonical form maps to itself so that, longest match first, a
    // shorter variant can never rewrite the start of a longer canonical word.
    for (const member of new Set(folded)) pairs.push([member, canonical]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  return { pairs };
}

/** Folds text (romaji too: src/core/romaji.ts) and rewrites equivalent spellings to one form. */
export function normalizeForSearch(text: string, synonyms?: SynonymTable): string {
  const folded = foldRomaji(normalizeForMatch(text));
  if (!synonyms || synonyms.pairs.length === 0) return folded;
  // One left-to-right pass, longest variant first at each position, so a
  // replacement is never rewritten again by a shorter rule.
  let out = '';
  let i = 0;
  outer: while (i < folded.length) {
    for (const [variant, canonical] of synonyms.pairs) {
      if (folded.startsWith(variant, i)) {
        out += canonical;
        i += variant.length;
        continue outer;
      }
    }
    out += folded[i];
    i++;
  }
  return out;
}
