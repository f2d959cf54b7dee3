/** Kana in Hepburn, and the ways people type romaji folded to one. */
import { describe, expect, it } from 'vitest';
import { foldRomaji, kanaToRomaji } from '../../src/core/romaji.ts';
import { normalizeForSearch } from '../../src/core/text-normalize.ts';

describe('kanaToRomaji', () => {
  it.each([
    ['ほしぞら', 'hoshizora'],
    ['こどもしょくどう', 'kodomoshokudou'],
    ['ふりーすくーる', 'furiisukuuru'],
    ['えばらじ', 'ebaraji'],
    ['がっこう', 'gakkou'],
    ['まっちゃ', 'matcha'],
    ['きゃんぷ', 'kyanpu'],
    ['ちゅうがっこう', 'chuugakkou'],
    ['じゃんぐるじむ', 'jangurujimu'],
    ['ふぁみりー', 'famirii'],
    ['てぃーんず', 'tiinzu'],
    ['しんや', 'shinya'],
    ['つくの', 'tsukuno'],
    ['ひろば uenoshiba', 'hiroba uenoshiba'],
  ])('%s → %s', (kana, romaji) => {
    expect(kanaToRomaji(kana)).toBe(romaji);
  });
});

describe('foldRomaji', () => {
  it.each([
    ['shokudou', 'shokudo'],
    ['shokudoo', 'shokudo'],
    ['shokudō', 'shokudo'],
    ['shokudô', 'shokudo'],
    ['syokudou', 'shokudo'],
    ['tikara', 'chikara'],
    ['tukuno', 'tsukuno'],
    ['hurii', 'furi'],
    ['shuukai', 'shukai'],
    ['kotchi', 'kocchi'],
    ['shimbun', 'shinbun'],
    ['konnnichiwa', 'konichiwa'],
    ['zyuku', 'juku'],
  ])('%s and its usual spelling compare equal', (typed, folded) => {
    expect(foldRomaji(typed)).toBe(folded);
    expect(foldRomaji(kanaToRomaji('しょくどう'))).toBe('shokudo');
  });

  it('leaves text without Latin letters alone', () => {
    expect(foldRomaji('こども食堂')).toBe('こども食堂');
  });

  it('is part of search folding, so a reading in romaji matches however it is typed', () => {
    const reading = normalizeForSearch(kanaToRomaji('おおとりみんなしょくどう'));
    for (const typed of ['ootori minna shokudou', 'Ōtori Minna Shokudō', 'otori minna syokudo', 'OTORI'])
      expect(reading, typed).toContain(normalizeForSearch(typed));
  });
});
