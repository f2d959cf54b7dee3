/**
 * The table layouts a ward's list comes in, recognised by their header names:
 * the 自治体標準オープンデータセット 子育て施設一覧 (正式版, 53 columns) and
 * 公共施設一覧, the older 推奨データセット versions of both, and any other
 * table through a mapping file. Each header becomes a column role — what the
 * importer reads from that column — so the rest of the import never looks at
 * header names.
 */

/** What a column holds, as the importer reads it. */
export type ColumnRole =
  | 'id'
  | 'name'
  | 'nameKana'
  | 'kind'
  | 'address'
  | 'addressPrefecture'
  | 'addressCity'
  | 'addressTown'
  | 'addressNumber'
  | 'building'
  | 'lat'
  | 'lng'
  | 'access'
  | 'accessibility'
  | 'phone'
  | 'phoneExtension'
  | 'email'
  | 'form'
  | 'contactNote'
  | 'organization'
  | 'audience'
  | 'weekdays'
  | 'opens'
  | 'closes'
  | 'scheduleNote'
  | 'website'
  | 'summary'
  | 'description'
  | 'note';

/** Every role, for validating a mapping file. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'id',
  'name',
  'nameKana',
  'kind',
  'address',
  'addressPrefecture',
  'addressCity',
  'addressTown',
  'addressNumber',
  'building',
  'lat',
  'lng',
  'access',
  'accessibility',
  'phone',
  'phoneExtension',
  'email',
  'form',
  'contactNote',
  'organization',
  'audience',
  'weekdays',
  'opens',
  'closes',
  'scheduleNote',
  'website',
  'summary',
  'description',
  'note',
];

/**
 * The 子育て施設一覧 正式版 header, all 53 names in order (as published by
 * Kawaguchi and Kumamoto). The export writes exactly these.
 */
export const PRESCHOOL_COLUMNS = [
  '全国地方公共団体コード',
  'ID',
  '地方公共団体名',
  '名称',
  '名称_カナ',
  '名称_英字',
  '種別',
  '所在地_全国地方公共団体コード',
  '町字ID',
  '所在地_連結表記',
  '所在地_都道府県',
  '所在地_市区町村',
  '所在地_町字',
  '所在地_番地以下',
  '建物名等(方書)',
  '緯度',
  '経度',
  '高度の種別',
  '高度の値',
  'アクセス方法',
  '駐車場情報',
  '電話番号',
  '内線番号',
  'FAX番号',
  '連絡先メールアドレス',
  '連絡先FormURL',
  '連絡先備考（その他、SNSなど）',
  '郵便番号',
  '法人番号',
  '団体名',
  '認可等年月日',
  '収容定員',
  '受入年齢',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '一時預かりの有無',
  '子供預かり料金種別',
  '子供預かり料金',
  '子供預かり料金備考',
  '子供預かり開所時間',
  '子供預かり閉所時間',
  '病児保育の有無',
  '授乳室',
  'おむつ替えコーナー',
  '飲食可否',
  'ベビーカー貸出',
  'ベビーカー利用',
  'URL',
  '画像',
  '画像_ライセンス',
  '備考',
] as const;

/** The older 推奨データセット 公共施設一覧, 24 columns in order. */
export const PUBLIC_FACILITY_V1_COLUMNS = [
  '都道府県コード又は市区町村コード',
  'NO',
  '都道府県名',
  '市区町村名',
  '名称',
  '名称_カナ',
  '名称_通称',
  'POIコード',
  '住所',
  '方書',
  '緯度',
  '経度',
  '電話番号',
  '内線番号',
  '法人番号',
  '団体名',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '説明',
  'バリアフリー情報',
  'URL',
  '備考',
] as const;

/**
 * Header names of the standard layouts (both generations) and what the
 * importer reads from them. A standard column not here (FAX番号, 収容定員,
 * 授乳室, …) has no place in a listing: the import reports it as not read,
 * once per file, so nothing is dropped silently.
 */
export const STANDARD_ROLES: Readonly<Record<string, ColumnRole>> = {
  ID: 'id',
  NO: 'id',
  名称: 'name',
  名称_カナ: 'nameKana',
  種別: 'kind',
  所在地_連結表記: 'address',
  所在地_都道府県: 'addressPrefecture',
  所在地_市区町村: 'addressCity',
  所在地_町字: 'addressTown',
  所在地_番地以下: 'addressNumber',
  '建物名等(方書)': 'building',
  住所: 'address',
  方書: 'building',
  緯度: 'lat',
  経度: 'lng',
  アクセス方法: 'access',
  バリアフリー情報: 'accessibility',
  電話番号: 'phone',
  内線番号: 'phoneExtension',
  連絡先メールアドレス: 'email',
  連絡先FormURL: 'form',
  '連絡先備考（その他、SNSなど）': 'contactNote',
  団体名: 'organization',
  受入年齢: 'audience',
  利用可能曜日: 'weekdays',
  開始時間: 'opens',
  終了時間: 'closes',
  利用可能日時特記事項: 'scheduleNote',
  URL: 'website',
  説明: 'description',
  備考: 'note',
};

/** Header cells compared as staff type them: widths folded, spaces and a stray BOM gone, （） and () alike. */
export function headerKey(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .trim();
}

const STANDARD_BY_KEY = new Map(Object.entries(STANDARD_ROLES).map(([name, role]) => [headerKey(name), role]));

export type LayoutName =
  | '子育て施設一覧（正式版）'
  | '公共施設一覧（正式版）'
  | '子育て施設一覧（推奨データセット）'
  | '公共施設一覧（推奨データセット）'
  | 'mapping';

export interface Layout {
  readonly name: LayoutName;
  /** The spreadsheet row the header is on (title rows above it are skipped). */
  readonly headerRow: number;
  /** For each column index, its role, or undefined for a column not read. */
  readonly roles: readonly (ColumnRole | undefined)[];
  /** Header names of the columns not read, for the summary. */
  readonly unread: readonly string[];
}

/** A mapping file's columns: header name → role, or `null` for a column staff chose not to import. */
export type ColumnMapping = Readonly<Record<string, ColumnRole | null>>;

function nameOf(keys: Set<string>): Exclude<LayoutName, 'mapping'> | undefined {
  const has = (name: string) => keys.has(headerKey(name));
  const official = has('全国地方公共団体コード') && has('地方公共団体名');
  const old = has('都道府県コード又は市区町村コード') || (has('都道府県名') && has('市区町村名'));
  const preschool = has('受入年齢') || has('収容定員') || has('一時預かりの有無');
  if (!has('名称')) return undefined;
  if (official) return preschool ? '子育て施設一覧（正式版）' : '公共施設一覧（正式版）';
  if (old) return preschool ? '子育て施設一覧（推奨データセット）' : '公共施設一覧（推奨データセット）';
  return undefined;
}

/**
 * The layout of a table, from its first rows: the header is the first row
 * (within ten) that names a standard layout, or — with a mapping — the first
 * row holding every mapped header. Undefined when neither fits: the caller
 * asks for a mapping file (`--init-mapping`).
 */
export function recogniseLayout(rows: readonly (readonly unknown[])[], mapping?: ColumnMapping): Layout | undefined {
  for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
    const cells = rows[index]!.map((cell) => (typeof cell === 'string' ? headerKey(cell) : ''));
    const keys = new Set(cells.filter(Boolean));
    if (mapping) {
      const mapped = new Map(Object.entries(mapping).map(([header, role]) => [headerKey(header), role]));
      if (![...mapped.keys()].every((header) => keys.has(header))) continue;
      return layoutFrom('mapping', index, rows[index]!, (key) => mapped.get(key) ?? undefined);
    }
    const name = nameOf(keys);
    if (name) return layoutFrom(name, index, rows[index]!, (key) => STANDARD_BY_KEY.get(key));
  }
  return undefined;
}

function layoutFrom(
  name: LayoutName,
  index: number,
  header: readonly unknown[],
  roleOf: (key: string) => ColumnRole | undefined,
): Layout {
  const roles: (ColumnRole | undefined)[] = [];
  const unread: string[] = [];
  const seen = new Set<ColumnRole>();
  header.forEach((cell, column) => {
    const text = typeof cell === 'string' ? cell : '';
    let role = text ? roleOf(headerKey(text)) : undefined;
    // The old layouts' NO is a row number, read as the id only when there is no ID column.
    if (role && seen.has(role)) role = undefined;
    if (role) seen.add(role);
    roles[column] = role;
    if (!role && text.trim()) unread.push(text.trim());
  });
  return { name, headerRow: index + 1, roles, unread };
}

/** A mapping file's text for a header row, every column unmapped, for staff to fill in (`--init-mapping`). */
export function initialMapping(header: readonly unknown[]): ColumnMapping {
  const mapping: Record<string, ColumnRole | null> = {};
  for (const cell of header) {
    if (typeof cell !== 'string' || !cell.trim()) continue;
    mapping[cell.trim()] = STANDARD_BY_KEY.get(headerKey(cell)) ?? null;
  }
  return mapping;
}
