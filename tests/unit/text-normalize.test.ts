import { describe, expect, it } from 'vitest';
import { buildSynonymTable, normalizeForMatch, normalizeForSearch } from '../../src/core/text-normalize.ts';

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

describe('the ヶ of place names and counters', () => {
  it.each([
    ['浜寺ヶ丘', '浜寺ヶ丘'],
    ['浜寺ケ丘', '浜寺ヶ丘'],
    ['浜寺ヵ丘', '浜寺ヶ丘'],
    ['浜寺が丘', '浜寺ヶ丘'],
    ['浜寺ｹ丘', '浜寺ヶ丘'], // half-width ケ
    ['浜寺 ケ 丘', '浜寺ヶ丘'],
    ['上野芝向ケ丘町', '上野芝向ヶ丘町'],
    ['三ヵ月', '三ヶ月'],
    ['三か月', '三ヶ月'],
    ['三カ月', '三ヶ月'],
    ['3か所', '3ヶ所'],
    ['３ヶ所', '3ヶ所'], // full-width digit
    ['鳳ヶ丘小学校から', '鳳ヶ丘小学校から'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it.each([
    ['山田ケンジ', '山田けんじ'], // a katakana word after a kanji
    ['受け付け', '受け付け'], // okurigana between kanji
    ['届け出', '届け出'],
    ['食堂がある', '食堂がある'], // a particle before kana
    ['がんばる食堂', 'がんばる食堂'],
    ['ケーキ作り', 'けーき作り'],
    ['かがやき', 'かがやき'],
  ])('leaves %s alone', (input, expected) => {
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
