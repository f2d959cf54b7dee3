/**
 * Kana in Latin letters, so a family that cannot type Japanese can still
 * find ほしぞら by typing "hoshizora". Search writes every reading in
 * Hepburn (`kanaToRomaji`) and folds every Latin query and text the same way
 * (`foldRomaji`), so the ways people actually type romaji compare equal:
 * long vowels written or not (shokudou, shokudoo, shokudō, shokudo), the
 * Nihon-shiki and word-processor spellings (syokudou, tikara, hurii), ん as
 * n, nn or m (shimbun, shinbun), and っ before ch (kotchi, kocchi).
 */

// One row of the kana table per line.
// prettier-ignore
const BASIC: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa',
};

/** Two kana read as one syllable: きゃ kya, しゃ sha, ふぁ fa, てぃ ti. */
// prettier-ignore
const DIGRAPHS: Record<string, string> = {
  しゃ: 'sha', しゅ: 'shu', しょ: 'sho', しぇ: 'she',
  ちゃ: 'cha', ちゅ: 'chu', ちょ: 'cho', ちぇ: 'che',
  じゃ: 'ja', じゅ: 'ju', じょ: 'jo', じぇ: 'je',
  ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo',
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo',
  てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du',
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo',
  ゔぁ: 'va', ゔぃ: 'vi', ゔぇ: 've', ゔぉ: 'vo',
  つぁ: 'tsa', つぃ: 'tsi', つぇ: 'tse', つぉ: 'tso',
};

const Y_SMALL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Hiragana in Hepburn; anything else is kept as it is. Long vowels stay as written (おう ou, ー repeats). */
export function kanaToRomaji(kana: string): string {
  const chars = [...kana];
  let out = '';
  let double = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === 'っ') {
      double = true;
      continue;
    }
    let syllable: string;
    const pair = next ? DIGRAPHS[ch + next] : undefined;
    if (pair) {
      syllable = pair;
      i++;
    } else if (next && Y_SMALL[next] && BASIC[ch]?.endsWith('i') && BASIC[ch]!.length === 2) {
      // き + ゃ → kya: the consonant of き, then y and the small kana's vowel.
      syllable = `${BASIC[ch]!.slice(0, -1)}y${Y_SMALL[next]}`;
      i++;
    } else if (ch === 'ー') {
      syllable = /[aiueo]$/.exec(out)?.[0] ?? '';
    } else {
      syllable = BASIC[ch] ?? ch;
    }
    if (double) {
      // っ doubles the consonant after it (がっこう gakkou); before ch, Hepburn writes t (kotchi).
      const first = syllable[0] ?? '';
      if (/[bcdfghjkmprstvwz]/.test(first)) out += first === 'c' ? 't' : first;
      double = false;
    }
    out += syllable;
  }
  return out;
}

/** Spellings of one sound, folded to one: applied to lowercase Latin text only. */
const ROMAJI_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[āâ]/g, 'a'],
  [/[īî]/g, 'i'],
  [/[ūû]/g, 'u'],
  [/[ēê]/g, 'e'],
  [/[ōô]/g, 'o'],
  // Nihon-shiki and word-processor spellings → Hepburn.
  [/sy/g, 'sh'],
  [/ty/g, 'ch'],
  [/[jz]y/g, 'j'],
  [/si/g, 'shi'],
  [/ti/g, 'chi'],
  [/tu/g, 'tsu'],
  [/(?<![sc])hu/g, 'fu'],
  [/zi/g, 'ji'],
  [/tch/g, 'cch'],
  // ん written nn, or m before b, m, p.
  [/n{2,}/g, 'n'],
  [/m(?=[bmp])/g, 'n'],
  // Long vowels, written or not: ou, oo, uu, ii, ee, aa.
  [/ou/g, 'o'],
  [/([aiueo])\1+/g, '$1'],
];

/** Latin letters folded so the usual ways of typing one Japanese word compare equal; other text is untouched. */
export function foldRomaji(text: string): string {
  if (!/[a-zāīūēōâîûêô]/.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of ROMAJI_FOLDS) out = out.replace(pattern, replacement);
  return out;
}
