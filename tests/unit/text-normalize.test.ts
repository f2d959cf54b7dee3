import { describe, expect, it } from 'vitest';
import { buildSynonymTable, normalizeForMatch, normalizeForSearch } from '../../src/lib/text-normalize.ts';

describe('folding Japanese text', () => {
  it.each([
    ['コドモショクドウ', 'こどもしょくどう'],
    ['ｺﾄﾞﾓｼｮｸﾄﾞｳ', 'こどもしょくどう'],
    ['ﾌﾘｰｽｸｰﾙ', 'ふりーすくーる'],
    ['フリースクール', 'ふりーすくーる'],
    ['フリ－スク―ル', 'ふりーすくーる'], // full-width hyphen-minus and horizontal bar for the long vowel
    ['フリ‐スク－ル', 'ふりーすくーる'],
    ['か゛っこう', 'がっこう'], // spacing voiced mark typed separately
    ['ﾊﾟﾝ', 'ぱん'], // half-width semi-voiced mark
    ['11:00〜14:00', '11:00ー14:00'],
    ['11:00～14:00', '11:00ー14:00'],
    ['11:00~14:00', '11:00ー14:00'],
    ['Ｌｉｎｅ 相談', 'line相談'],
    ['子ども　食堂', '子ども食堂'],
    ['鳳ヶ丘', '鳳ヶ丘'], // ヶ in place names is kept, not folded to け
    ['ヵ所', 'ヵ所'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe('equivalent spellings', () => {
  const table = buildSynonymTable([
    ['こども', '子ども', '子供'],
    ['食堂', 'しょくどう'],
    ['フリースクール', 'フリースク'],
  ]);

  it('fold every member to the first', () => {
    for (const spelling of ['こども食堂', '子ども食堂', 'コドモ食堂', 'ｺﾄﾞﾓｼｮｸﾄﾞｳ', 'こどもしょくどう', '子供食堂']) {
      expect(normalizeForSearch(spelling, table)).toBe('こども食堂');
    }
  });

  it('never rewrite the start of a longer canonical word with a shorter variant', () => {
    expect(normalizeForSearch('フリースクール', table)).toBe('ふりーすくーる');
    expect(normalizeForSearch('フリースク', table)).toBe('ふりーすくーる');
  });

  it('leave other text alone', () => {
    expect(normalizeForSearch('居場所', table)).toBe('居場所');
    expect(normalizeForSearch('', table)).toBe('');
  });
});
