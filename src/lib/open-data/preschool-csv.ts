/**
 * The published listings as the 自治体標準オープンデータセット 子育て施設一覧
 * (正式版): its 53 columns in order, one row per listing, from public
 * listings only — an approximate place appears as its area and its published
 * circle's centre, a phone only with consent. Columns a listing has no fact
 * for stay empty: an empty cell means "not known", never zero (rule L1-09).
 */
import { parseByDay } from '../../core/by-day.ts';
import { WEEKDAY_CODES } from '../../core/civil-date.ts';
import { PRESCHOOL_COLUMNS } from '../import/layouts.ts';
import type { PublicListing } from '../privacy/public-listing.ts';
import { audienceInWords, costInWords, reservationInWords } from '../listing-words.ts';
import { scheduleInWords } from '../schedule-words.ts';
import { toCsv } from './csv.ts';
import { readingToKatakana, WEEKDAY_KANJI } from '../../core/typed-values.ts';

export interface PreschoolCsvOptions {
  /** 全国地方公共団体コード of the publisher (Sakai City: 271403). */
  readonly publisherCode: string;
  /** 地方公共団体名 of the publisher (堺市). */
  readonly publisherName: string;
  /** 所在地_全国地方公共団体コード: the code of the ward or city the places are in (Nishi Ward: 271446). */
  readonly locationCode: string;
  /** The kind's label as 種別 (子ども食堂): a free term, since the standard has none for these kinds. */
  readonly kindLabel: (listing: PublicListing) => string;
  /** The listing's page on the site, for URL when it has no website of its own. */
  readonly pageUrl: (listing: PublicListing) => string;
}

/** 利用可能曜日: the weekdays any rule falls on, as kanji in week order (月水金). */
function weekdaysOf(listing: PublicListing): string {
  const days = new Set<number>();
  for (const rule of listing.schedule ?? []) {
    for (const token of rule.byDay) {
      const parsed = parseByDay(token);
      if (parsed) days.add(WEEKDAY_CODES.indexOf(parsed.weekday));
    }
  }
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => WEEKDAY_KANJI[day])
    .join('');
}

/** 開始時間・終了時間: only when every rule shares them; otherwise the words say each rule's times. */
function sharedTimes(listing: PublicListing): { opens: string; closes: string } | undefined {
  const times = new Set((listing.schedule ?? []).map((rule) => `${rule.opens}-${rule.closes}`));
  if (times.size !== 1) return undefined;
  const [opens, closes] = [...times][0]!.split('-') as [string, string];
  return { opens, closes };
}

/** The row of one listing, in the order of PRESCHOOL_COLUMNS. */
export function preschoolRow(listing: PublicListing, options: PreschoolCsvOptions): (string | undefined)[] {
  const { place, contact } = listing;
  const times = sharedTimes(listing);
  const scheduleWords = [...scheduleInWords(listing), listing.scheduleNote].filter(Boolean).join('。');
  const remarks = [
    listing.summary,
    costInWords(listing.cost) && `料金：${costInWords(listing.cost)}`,
    reservationInWords(listing.reservation),
    place?.precision === 'approximate' &&
      `おおよその場所（緯度・経度は半径${place.radiusM}mの円の中心で、実際の場所ではありません）`,
    listing.status !== 'active' && (listing.status === 'paused' ? '休止中' : '終了'),
  ]
    .filter(Boolean)
    .join('。');
  const values: Record<(typeof PRESCHOOL_COLUMNS)[number], string | undefined> = {
    全国地方公共団体コード: options.publisherCode,
    ID: listing.id,
    地方公共団体名: options.publisherName,
    名称: listing.name,
    名称_カナ: readingToKatakana(listing.nameKana),
    名称_英字: undefined,
    種別: options.kindLabel(listing),
    所在地_全国地方公共団体コード: place ? options.locationCode : undefined,
    町字ID: undefined,
    所在地_連結表記: place ? (place.precision === 'exact' ? place.address : place.area) : undefined,
    所在地_都道府県: undefined,
    所在地_市区町村: undefined,
    所在地_町字: undefined,
    所在地_番地以下: undefined,
    '建物名等(方書)': place?.precision === 'exact' ? place.placeName : undefined,
    緯度: place ? place.lat.toFixed(6) : undefined,
    経度: place ? place.lng.toFixed(6) : undefined,
    高度の種別: undefined,
    高度の値: undefined,
    アクセス方法: place?.precision === 'exact' ? place.access : undefined,
    駐車場情報: undefined,
    電話番号: contact?.phone,
    内線番号: undefined,
    FAX番号: undefined,
    連絡先メールアドレス: contact?.email,
    連絡先FormURL: contact?.form,
    '連絡先備考（その他、SNSなど）':
      [contact?.line && `LINE：${contact.line}`, contact?.phoneHours && `電話：${contact.phoneHours}`]
        .filter(Boolean)
        .join('。') || undefined,
    郵便番号: undefined,
    法人番号: undefined,
    団体名: listing.organization,
    認可等年月日: undefined,
    収容定員: undefined,
    受入年齢: listing.audience ? audienceInWords(listing.audience) : undefined,
    利用可能曜日: weekdaysOf(listing) || undefined,
    開始時間: times?.opens,
    終了時間: times?.closes,
    利用可能日時特記事項: scheduleWords || undefined,
    一時預かりの有無: undefined,
    子供預かり料金種別: undefined,
    子供預かり料金: undefined,
    子供預かり料金備考: undefined,
    子供預かり開所時間: undefined,
    子供預かり閉所時間: undefined,
    病児保育の有無: undefined,
    授乳室: undefined,
    おむつ替えコーナー: undefined,
    飲食可否: undefined,
    ベビーカー貸出: undefined,
    ベビーカー利用: undefined,
    URL: contact?.website ?? options.pageUrl(listing),
    画像: undefined,
    画像_ライセンス: undefined,
    備考: remarks || undefined,
  };
  return PRESCHOOL_COLUMNS.map((column) => values[column]);
}

/** The whole file: `<publisherCode>_preschool.csv`. */
export function preschoolCsv(listings: readonly PublicListing[], options: PreschoolCsvOptions): string {
  return toCsv(
    PRESCHOOL_COLUMNS,
    listings.map((listing) => preschoolRow(listing, options)),
  );
}
