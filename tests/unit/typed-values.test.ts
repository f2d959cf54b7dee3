import { describe, expect, it } from 'vitest';
import {
  excelSerialDate,
  excelSerialTime,
  readingToHiragana,
  typedDate,
  typedTime,
  typedTimeRange,
  typedWeekdays,
  typedYesNo,
} from '../../src/core/typed-values.ts';

describe('readingToHiragana', () => {
  it.each([
    ['オオトリ ミンナ ショクドウ', 'おおとり みんな しょくどう'],
    ['ｵｵﾄﾘ ﾐﾝﾅ ｼｮｸﾄﾞｳ', 'おおとり みんな しょくどう'],
    ['ヴィレッジ・ルーム', 'ゔぃれっじ・るーむ'],
    ['すでに ひらがな', 'すでに ひらがな'],
  ])('%s → %s', (typed, reading) => expect(readingToHiragana(typed)).toBe(reading));

  it.each(['鳳みんな食堂', 'Otori', '', '  '])('refuses %j, which is not a reading', (typed) =>
    expect(readingToHiragana(typed)).toBeUndefined(),
  );
});

describe('typedTime', () => {
  it.each([
    ['9:00', '09:00'],
    ['９：３０', '09:30'],
    ['9時', '09:00'],
    ['9時半', '09:30'],
    ['9時05分', '09:05'],
    ['１４時３０分', '14:30'],
    ['午後2時', '14:00'],
    ['午前11時半', '11:30'],
    ['午後12時', '12:00'],
    ['2pm', '14:00'],
    ['10:00 AM', '10:00'],
    ['9.30', '09:30'],
    ['23:59', '23:59'],
  ])('%s → %s', (typed, time) => expect(typedTime(typed)).toBe(time));

  it.each(['24:00', '9', '9:7', '25時', '午後13時', 'お昼', '9:60', ''])('refuses %j', (typed) =>
    expect(typedTime(typed)).toBeUndefined(),
  );
});

describe('typedTimeRange', () => {
  it.each([
    ['9:00～12:00', { opens: '09:00', closes: '12:00' }],
    ['10時-15時', { opens: '10:00', closes: '15:00' }],
    ['午前10時から午後3時まで', { opens: '10:00', closes: '15:00' }],
    ['１１：００〜１４：００', { opens: '11:00', closes: '14:00' }],
  ])('%s', (typed, range) => expect(typedTimeRange(typed)).toEqual(range));

  it.each(['9:00', '9:00～', '昼ごろ～夕方', '9:00～12:00～15:00'])('refuses %j', (typed) =>
    expect(typedTimeRange(typed)).toBeUndefined(),
  );
});

describe('typedWeekdays', () => {
  it.each([
    ['月水金', ['MO', 'WE', 'FR']],
    ['月・水・金', ['MO', 'WE', 'FR']],
    ['月、水、金', ['MO', 'WE', 'FR']],
    ['月曜日・水曜日', ['MO', 'WE']],
    ['月～金', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['土日', ['SA', 'SU']],
    ['金月', ['MO', 'FR']],
    ['土曜', ['SA']],
  ])('%s', (typed, days) => expect(typedWeekdays(typed)).toEqual(days));

  it.each(['祝日', '月水金・祝', '平日', '金～月', '', '毎週土曜日'])('refuses %j', (typed) =>
    expect(typedWeekdays(typed)).toBeUndefined(),
  );
});

describe('typedDate', () => {
  it.each([
    ['2026/4/1', '2026-04-01'],
    ['2026-04-01', '2026-04-01'],
    ['2026.4.1', '2026-04-01'],
    ['2026年4月1日', '2026-04-01'],
    ['２０２６年４月１日', '2026-04-01'],
    ['令和8年4月1日', '2026-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R8.4.1', '2026-04-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['2026/4/1(水)', '2026-04-01'],
    ['46113', '2026-04-01'],
  ])('%s → %s', (typed, date) => expect(typedDate(typed)).toBe(date));

  it.each(['2026/2/30', '4月1日', '令和8年13月1日', 'あした', '2026/4', ''])('refuses %j', (typed) =>
    expect(typedDate(typed)).toBeUndefined(),
  );

  it('reads Excel date serials, which count the 1900-02-29 that never was', () => {
    expect(excelSerialDate(46113)).toBe('2026-04-01');
    expect(excelSerialDate(45658)).toBe('2025-01-01');
    expect(typedDate(46113)).toBe('2026-04-01');
    expect(excelSerialDate(46113.5)).toBeUndefined();
    expect(excelSerialDate(12)).toBeUndefined();
  });
});

describe('excelSerialTime', () => {
  it.each([
    [0.375, '09:00'],
    [0.5625, '13:30'],
    [0, '00:00'],
    [0.99999, undefined],
    [1.2, undefined],
  ])('%s → %s', (fraction, time) => expect(excelSerialTime(fraction)).toBe(time));
});

describe('typedYesNo', () => {
  it.each([
    ['有', true],
    ['無', false],
    ['あり', true],
    ['なし', false],
    ['○', true],
    ['×', false],
    ['ｙｅｓ', true],
    ['不可', false],
    ['要相談', undefined],
    ['', undefined],
  ])('%s → %s', (typed, value) => expect(typedYesNo(typed)).toBe(value));
});
