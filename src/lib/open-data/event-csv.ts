/**
 * The dated sessions of the coming four weeks as the 推奨データセット イベント一覧:
 * one row per session, because the layout has no way to say "every 2nd
 * Saturday"; the rule itself stays in words in 開始日時特記事項. Public
 * listings only, and active ones only: a paused place has no sessions to go to.
 * Four weeks, not months: a weekday place has about twenty rows a month, so the
 * file grows with listings × sessions (three months were 43 MB at 5,000 listings,
 * some 430 MB at 50,000); four weeks cover the next month's plans at a third of that.
 */
import { addDays, type CivilDate } from '../../core/civil-date.ts';
import type { HolidayLookup } from '../schedule/expand.ts';
import { expandSessions } from '../schedule/expand.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import { costInWords } from '../listing-words.ts';
import { scheduleInWords } from '../schedule-words.ts';
import { toCsv } from './csv.ts';
import { readingToKatakana } from '../../core/typed-values.ts';

/** イベント一覧's columns, in order (推奨データセット v1). */
export const EVENT_COLUMNS = [
  '都道府県コード又は市区町村コード',
  'NO',
  '都道府県名',
  '市区町村名',
  'イベント名',
  'イベント名_カナ',
  'イベント名_英語',
  '開始日',
  '終了日',
  '開始時間',
  '終了時間',
  '開始日時特記事項',
  '説明',
  '料金(基本)',
  '料金(詳細)',
  '連絡先名称',
  '連絡先電話番号',
  '連絡先内線番号',
  '主催者',
  '場所名称',
  '住所',
  '方書',
  '緯度',
  '経度',
  'アクセス方法',
  '駐車場情報',
  '定員',
  '参加申込終了日',
  '参加申込終了時間',
  '参加申込方法',
  'URL',
  '備考',
] as const;

/** The event list's window: today and the next 27 days. */
export const EVENT_WINDOW_DAYS = 28;

export interface EventCsvOptions {
  readonly locationCode: string;
  /** 「大阪府」 and 「堺市西区」, from the region's address prefix. */
  readonly prefecture: string;
  readonly city: string;
  readonly from: CivilDate;
  /** How many days ahead, the last included: EVENT_WINDOW_DAYS by default. */
  readonly days?: number;
  readonly isHoliday: HolidayLookup;
  readonly pageUrl: (listing: PublicListing) => string;
}

export function eventRows(listings: readonly PublicListing[], options: EventCsvOptions): (string | undefined)[][] {
  const to = addDays(options.from, (options.days ?? EVENT_WINDOW_DAYS) - 1);
  const rows: { date: string; opens: string; values: (string | undefined)[] }[] = [];
  for (const listing of listings) {
    if (listing.status !== 'active') continue;
    const { place } = listing;
    const rule = [...scheduleInWords(listing, options.from), listing.scheduleNote].filter(Boolean).join('。');
    const free = listing.cost?.options.every((option) => option.yen === 0);
    for (const session of expandSessions(listing, options.from, to, options.isHoliday)) {
      const values: Record<(typeof EVENT_COLUMNS)[number], string | undefined> = {
        都道府県コード又は市区町村コード: options.locationCode,
        NO: `${listing.id}-${session.date}-${session.opens.replace(':', '')}`,
        都道府県名: options.prefecture,
        市区町村名: options.city,
        イベント名: session.label ? `${listing.name}（${session.label}）` : listing.name,
        イベント名_カナ: readingToKatakana(listing.nameKana),
        イベント名_英語: undefined,
        開始日: session.date,
        終了日: session.date,
        開始時間: session.opens,
        終了時間: session.closes,
        開始日時特記事項: rule || undefined,
        説明: listing.summary,
        '料金(基本)': free ? '0' : undefined,
        '料金(詳細)': costInWords(listing.cost),
        連絡先名称: listing.organization ?? listing.name,
        連絡先電話番号: listing.contact?.phone,
        連絡先内線番号: undefined,
        主催者: listing.organization,
        場所名称: place?.precision === 'exact' ? (place.placeName ?? listing.name) : place?.area,
        住所: place?.precision === 'exact' ? place.address : place?.area,
        方書: undefined,
        緯度: place?.lat.toFixed(6),
        経度: place?.lng.toFixed(6),
        アクセス方法: place?.precision === 'exact' ? place.access : undefined,
        駐車場情報: undefined,
        定員: undefined,
        参加申込終了日: undefined,
        参加申込終了時間: undefined,
        参加申込方法: listing.reservation?.required ? (listing.reservation.note ?? '要予約') : undefined,
        URL: options.pageUrl(listing),
        備考:
          place?.precision === 'approximate'
            ? `おおよその場所（緯度・経度は半径${place.radiusM}mの円の中心で、実際の場所ではありません）`
            : undefined,
      };
      rows.push({ date: session.date, opens: session.opens, values: EVENT_COLUMNS.map((c) => values[c]) });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.opens.localeCompare(b.opens)).map((row) => row.values);
}

export function eventCsv(listings: readonly PublicListing[], options: EventCsvOptions): string {
  return eventCsvOf(eventRows(listings, options));
}

/** Rows from eventRows as the file, so a caller that also counts them expands the sessions once. */
export function eventCsvOf(rows: (string | undefined)[][]): string {
  return toCsv(EVENT_COLUMNS, rows);
}
