/**
 * A file name for a new listing, from its reading: 「おおとりみんなしょくどう」 →
 * `ootorimminashokudou`… close enough for an editor to keep or shorten. Ids
 * must be ASCII (they are URLs), and volunteers should not have to invent one.
 */

const MONO: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
};

const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

export function romanize(kana: string): string {
  let out = '';
  const chars = [...kana];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (c === 'っ') {
      const following = next ? MONO[next] : undefined;
      if (following) out += following[0] === 'c' ? 't' : following[0];
      continue;
    }
    if (c === 'ー') continue;
    if (/[\s\u3000・]/u.test(c)) {
      out += '-';
      continue;
    }
    const base = MONO[c];
    if (!base) continue;
    if (next && SMALL_Y[next]) {
      const stem = base.endsWith('i') ? base.slice(0, -1) : base;
      out += (stem === 'sh' || stem === 'ch' || stem === 'j' ? stem : `${stem}y`) + SMALL_Y[next];
      i++;
      continue;
    }
    out += base;
  }
  return out;
}

/** A valid id not in `taken`, from the reading; `listing` when the reading gives nothing. */
export function suggestId(nameKana: string, taken: ReadonlySet<string> = new Set()): string {
  const stem =
    romanize(nameKana)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'listing';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
