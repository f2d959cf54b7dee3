/**
 * 国土数値情報 小学校区 (A27) and 中学校区 (A32), as GeoJSON, into the
 * `district` (and `schoolCode`) of the ward's school files. Pure: the command
 * (scripts/import-districts.ts) reads and writes the files.
 *
 * Which features are the ward's, in order of trust (行政区域コード alone is not
 * enough: in recent editions a designated city's schools carry the *city's*
 * code, 27140 for every Sakai school, not the ward's 27144):
 * 1. an allow-list of 学校コード: `--codes`, or else the codes already in the
 *    school files (`schoolCode`);
 * 2. 所在地 starting with the region's `addressPrefix` (with or without the
 *    prefecture);
 * 3. with `--city`, a feature of that 行政区域コード whose name matches a
 *    school file of the same level (for data whose 所在地 is missing or odd).
 * `--codes` given means exactly those features, nothing by address or city.
 *
 * A feature matches a school file by 学校コード, else by name (folded for
 * width, kana, spaces, the founder's 「○○市立」 and the 小学校/中学校 suffix).
 */
import { normalizeForMatch } from '../../core/text-normalize.ts';
import type { SchoolEntry } from '../content/content-set.ts';
import type { SchoolLevel } from '../../schema/vocabulary.ts';
import type { DistrictGeometry } from '../geo.ts';
import { tidyDistrict, sameGeometry, type InputGeometry, type TidyOptions } from './district-geometry.ts';

/** A file that is not district data this command can read: a usage error, exit 2. */
export class DistrictFileError extends Error {}

interface AttributeKeys {
  city: string;
  founder: string;
  code?: string;
  name: string;
  address: string;
}

export interface DistrictLayout {
  id: 'A27' | 'A32' | 'A27-2010';
  /** How the report names the data. */
  label: string;
  level: SchoolLevel;
  keys: AttributeKeys;
}

/**
 * The editions, by their attribute names (KsjTmplt-A27.html, KsjTmplt-A32.html).
 * 2016 and later: _001 行政区域コード, _002 設置主体, _003 学校コード, _004 名称,
 * _005 所在地. The 2010 A27 polygons (SchoolDistrict) carry _005…_008 with the
 * meanings of the points' _001…_004 and no 学校コード.
 */
const LAYOUTS: readonly DistrictLayout[] = [
  {
    id: 'A27-2010',
    label: '国土数値情報 小学校区 A27（平成22年度）',
    level: 'elementary',
    keys: { city: 'A27_005', founder: 'A27_006', name: 'A27_007', address: 'A27_008' },
  },
  {
    id: 'A27',
    label: '国土数値情報 小学校区 A27',
    level: 'elementary',
    keys: { city: 'A27_001', founder: 'A27_002', code: 'A27_003', name: 'A27_004', address: 'A27_005' },
  },
  {
    id: 'A32',
    label: '国土数値情報 中学校区 A32',
    level: 'junior-high',
    keys: { city: 'A32_001', founder: 'A32_002', code: 'A32_003', name: 'A32_004', address: 'A32_005' },
  },
];

export interface DistrictFeature {
  /** 1-based position in the file's features, as the report names it. */
  index: number;
  code?: string;
  name: string;
  /** 行政区域コード, five digits. */
  city?: string;
  founder?: string;
  address?: string;
  geometry: InputGeometry;
}

export interface DistrictFile {
  layout: DistrictLayout;
  features: DistrictFeature[];
  /** Features that cannot be used, with why (no polygon, no name). */
  skipped: { index: number; message: string }[];
  /** Positions were [lat, lng] and have been turned round. */
  swapped: boolean;
}

/** A property by its KSJ name, also as the 不動産情報ライブラリ API spells it (`A27_004_ja`). */
function property(props: Record<string, unknown>, key: string): string | undefined {
  const value = props[key] ?? props[`${key}_ja`];
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function detectLayout(keys: ReadonlySet<string>): DistrictLayout | undefined {
  const has = (key: string) => keys.has(key) || keys.has(`${key}_ja`);
  return LAYOUTS.find((layout) => Object.values(layout.keys).every((key) => has(key)));
}

/** Coordinate reference systems whose coordinates are longitude and latitude in degrees. */
const DEGREE_CRS = /(?:CRS84|CRS:84|EPSG:+(?:4326|6668|4612|4019)|EPSG::(?:4326|6668|4612))$/i;

function firstPosition(value: unknown): [number, number] | undefined {
  let current = value;
  while (Array.isArray(current) && Array.isArray(current[0])) current = current[0];
  return Array.isArray(current) && typeof current[0] === 'number' && typeof current[1] === 'number'
    ? [current[0], current[1]]
    : undefined;
}

function swapPositions(value: unknown): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return [value[1], value[0], ...value.slice(2)];
  return Array.isArray(value) ? value.map(swapPositions) : value;
}

/**
 * Reads a GeoJSON FeatureCollection of A27 or A32 districts. Throws
 * DistrictFileError when the file is not such data (the message says what to do).
 */
export function readDistrictFile(text: string, fileName: string): DistrictFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new DistrictFileError(
      `${fileName}: GeoJSON として読めません。シェープファイルや GML は ogr2ogr か QGIS で GeoJSON にしてください（README）/ Not readable as GeoJSON; convert a shapefile or GML with ogr2ogr or QGIS (see the README)`,
    );
  }
  const collection = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DistrictFileError(
      `${fileName}: GeoJSON の FeatureCollection ではありません / Not a GeoJSON FeatureCollection`,
    );
  }
  const crs = collection.crs?.properties?.name;
  if (typeof crs === 'string' && !DEGREE_CRS.test(crs)) {
    throw new DistrictFileError(
      `${fileName}: 座標系 ${crs} は緯度・経度ではありません。ogr2ogr -t_srs EPSG:4326 などで経度・緯度（度）にしてください / The coordinate system ${crs} is not longitude/latitude: convert it, e.g. with ogr2ogr -t_srs EPSG:4326`,
    );
  }
  const raw = collection.features as Array<{
    properties?: unknown;
    geometry?: { type?: unknown; coordinates?: unknown };
  }>;
  const keys = new Set<string>();
  for (const feature of raw) {
    if (feature?.properties && typeof feature.properties === 'object') {
      for (const key of Object.keys(feature.properties)) keys.add(key);
    }
  }
  if (raw.some((f) => f?.geometry?.type === 'Point') && !raw.some((f) => /Polygon$/.test(String(f?.geometry?.type)))) {
    throw new DistrictFileError(
      `${fileName}: 点（学校の位置）のデータです。校区（ポリゴン）のファイルを指定してください / This holds points (school locations): give the district (polygon) file`,
    );
  }
  const layout = detectLayout(keys);
  if (!layout) {
    throw new DistrictFileError(
      `${fileName}: 属性の名前から小学校区（A27_001〜A27_005）か中学校区（A32_001〜A32_005）か分かりません。属性: ${[...keys].slice(0, 12).join('・') || '（なし）'} / Neither A27 nor A32 attribute names; attributes: ${[...keys].slice(0, 12).join(', ') || '(none)'}`,
    );
  }

  // Degrees in [lng, lat] (RFC 7946). A file with positions the other way round (GML's
  // axis order for EPSG:6668 carried over) is turned round; anything else is not degrees.
  const sample = raw.map((f) => firstPosition(f?.geometry?.coordinates)).find((p) => p !== undefined);
  const isLngLat = (p: [number, number]) => p[0] >= 122 && p[0] <= 154 && p[1] >= 20 && p[1] <= 46;
  const swapped = sample !== undefined && !isLngLat(sample) && isLngLat([sample[1], sample[0]]);
  if (sample && !isLngLat(sample) && !swapped) {
    throw new DistrictFileError(
      `${fileName}: 位置（${sample.join(', ')}）が日本の経度・緯度ではありません。平面直角座標などは ogr2ogr -t_srs EPSG:4326 で変換してください / Positions are not Japanese longitude/latitude: convert projected data with ogr2ogr -t_srs EPSG:4326`,
    );
  }

  const features: DistrictFeature[] = [];
  const skipped: DistrictFile['skipped'] = [];
  raw.forEach((feature, i) => {
    const index = i + 1;
    const props = (feature?.properties ?? {}) as Record<string, unknown>;
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      skipped.push({
        index,
        message: `形が Polygon・MultiPolygon ではありません（${String(type ?? 'なし')}）/ The geometry is not a Polygon or MultiPolygon`,
      });
      return;
    }
    const name = property(props, layout.keys.name);
    if (!name) {
      skipped.push({ index, message: `名称（${layout.keys.name}）がありません / No name (${layout.keys.name})` });
      return;
    }
    const coordinates = swapped ? swapPositions(feature.geometry!.coordinates) : feature.geometry!.coordinates;
    const city = property(props, layout.keys.city);
    const code = layout.keys.code ? property(props, layout.keys.code) : undefined;
    const founder = property(props, layout.keys.founder);
    const address = property(props, layout.keys.address);
    features.push({
      index,
      name,
      geometry: { type, coordinates },
      ...(code ? { code } : {}),
      ...(city ? { city: city.padStart(5, '0') } : {}),
      ...(founder ? { founder } : {}),
      ...(address ? { address } : {}),
    });
  });
  return { layout, features, skipped, swapped };
}

/**
 * A school's name folded for matching: 「堺市立 浜寺小学校」, 「浜寺小」 and
 * 「ハマデラ小学校」 with ﾊﾝｶｸ all fold alike with 「浜寺小学校」 where they
 * should; the founder's prefix and the school-type suffix are dropped.
 */
export function schoolNameKey(name: string): string {
  let folded = normalizeForMatch(name);
  folded = folded.replace(/^.{1,12}?[都道府県市区町村]立/u, '');
  folded = folded.replace(/(?:義務教育学校|小学校|中学校|小|中)$/u, '');
  return folded;
}

const PREFECTURE = /^(?:東京都|北海道|(?:京都|大阪)府|.{2,3}県)/u;

/** Whether an address lies in the region that `addressPrefix` (大阪府堺市西区) names, with or without the prefecture. */
export function addressInRegion(address: string | undefined, addressPrefix: string): boolean {
  if (!address) return false;
  const fold = (text: string) => text.normalize('NFKC').replace(/\s/g, '').replace(PREFECTURE, '');
  const prefix = fold(addressPrefix);
  return prefix.length > 0 && fold(address).startsWith(prefix);
}

/** A 行政区域コード as the data has it: five digits (a six-digit code's check digit is dropped). */
export function cityCode(input: string): string | undefined {
  const digits = input.normalize('NFKC').trim();
  if (/^\d{5}$/.test(digits)) return digits;
  if (/^\d{6}$/.test(digits)) return digits.slice(0, 5);
  return undefined;
}

export interface PlanOptions {
  /** `--codes`: exactly these features. */
  codes?: readonly string[];
  /** `--city`: five-digit 行政区域コード. */
  city?: string;
  addressPrefix: string;
  tidy?: TidyOptions;
}

export type Outcome = 'new' | 'updated' | 'unchanged';

export interface DistrictMatch {
  school: SchoolEntry;
  /** The features the district was made of (several when the data splits one school's district). */
  features: DistrictFeature[];
  code?: string;
  via: 'code' | 'name';
  district: DistrictGeometry;
  positionsBefore: number;
  positionsAfter: number;
  outcome: Outcome;
  /** The data's name, when it differs from the school file's. */
  dataName?: string;
}

export interface DistrictPlan {
  matches: DistrictMatch[];
  /** In the region, with no school file: cannot be written (no reading, no school point). */
  unmatched: DistrictFeature[][];
  /** Several features or files claim one another: nothing written for them. */
  ambiguous: { features: DistrictFeature[]; schools: SchoolEntry[] }[];
  /** Features whose shape is gone after simplifying (a sliver). */
  empty: DistrictFeature[][];
  /** School files of the data's level that no feature matched. */
  missing: SchoolEntry[];
  /** `--codes` that no feature in the file carries (and no school file either). */
  unknownCodes: string[];
  /** Features outside the region (other wards and cities). */
  outside: number;
  /** With `--codes`: school files of the level that were not looked for. */
  notSelected: number;
}

/** One school's district may come as several features (the same 学校コード, or name and city): they are one. */
function groupFeatures(features: readonly DistrictFeature[]): DistrictFeature[][] {
  const groups = new Map<string, DistrictFeature[]>();
  for (const feature of features) {
    const key = feature.code ?? `${feature.city ?? ''}\u0000${schoolNameKey(feature.name)}`;
    const group = groups.get(key);
    if (group) group.push(feature);
    else groups.set(key, [feature]);
  }
  return [...groups.values()];
}

/** The features of one school's district as one geometry. */
export function mergeGeometry(group: readonly DistrictFeature[]): InputGeometry {
  if (group.length === 1) return group[0]!.geometry;
  const coordinates = group.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry.coordinates as unknown[]),
  );
  return { type: 'MultiPolygon', coordinates };
}

export function planDistricts(
  file: DistrictFile,
  allSchools: readonly SchoolEntry[],
  options: PlanOptions,
): DistrictPlan {
  const level = file.layout.level;
  const schools = allSchools.filter((s) => s.level === level);
  const storedCodes = new Set(schools.flatMap((s) => (s.schoolCode ? [s.schoolCode] : [])));
  const allowList = options.codes ? new Set(options.codes) : storedCodes;
  const byCode = new Map(schools.flatMap((s) => (s.schoolCode ? [[s.schoolCode, s] as const] : [])));
  // Schools that carry a code are found by it; only the others are found by name.
  const byName = new Map<string, SchoolEntry[]>();
  const hasCodes = file.layout.keys.code !== undefined;
  for (const school of schools) {
    if (school.schoolCode && hasCodes) continue;
    const key = schoolNameKey(school.name);
    byName.set(key, [...(byName.get(key) ?? []), school]);
  }

  const plan: DistrictPlan = {
    matches: [],
    unmatched: [],
    ambiguous: [],
    empty: [],
    missing: [],
    unknownCodes: [],
    outside: 0,
    notSelected: 0,
  };
  const claims = new Map<SchoolEntry, DistrictFeature[][]>();
  const claimVia = new Map<DistrictFeature[], 'code' | 'name'>();
  const seenCodes = new Set<string>();

  for (const group of groupFeatures(file.features)) {
    const first = group[0]!;
    const code = first.code;
    if (code) seenCodes.add(code);
    const nameMatches = byName.get(schoolNameKey(first.name)) ?? [];
    const listed = code !== undefined && allowList.has(code);
    const inRegion = options.codes
      ? listed
      : listed ||
        group.some((f) => addressInRegion(f.address, options.addressPrefix)) ||
        (options.city !== undefined && first.city === options.city && nameMatches.length > 0);
    if (!inRegion) {
      plan.outside += group.length;
      continue;
    }
    const coded = code ? byCode.get(code) : undefined;
    if (coded) {
      claims.set(coded, [...(claims.get(coded) ?? []), group]);
      claimVia.set(group, 'code');
    } else if (nameMatches.length === 1) {
      const school = nameMatches[0]!;
      claims.set(school, [...(claims.get(school) ?? []), group]);
      claimVia.set(group, 'name');
    } else if (nameMatches.length > 1) {
      plan.ambiguous.push({ features: group, schools: nameMatches });
    } else {
      plan.unmatched.push(group);
    }
  }

  for (const school of schools) {
    const groups = claims.get(school);
    if (!groups) {
      // With --codes, only the listed schools were looked for.
      if (!options.codes || (school.schoolCode && allowList.has(school.schoolCode))) plan.missing.push(school);
      else plan.notSelected++;
      continue;
    }
    if (groups.length > 1) {
      plan.ambiguous.push({ features: groups.flat(), schools: [school] });
      continue;
    }
    const group = groups[0]!;
    const tidy = tidyDistrict(mergeGeometry(group), options.tidy);
    if (!tidy) {
      plan.empty.push(group);
      continue;
    }
    const code = group[0]!.code;
    const codeChanges = code !== undefined && code !== school.schoolCode;
    const outcome: Outcome =
      school.district === undefined
        ? 'new'
        : sameGeometry(school.district, tidy.geometry) && !codeChanges
          ? 'unchanged'
          : 'updated';
    const dataName = group[0]!.name;
    plan.matches.push({
      school,
      features: group,
      ...(code ? { code } : {}),
      via: claimVia.get(group)!,
      district: tidy.geometry,
      positionsBefore: tidy.positionsBefore,
      positionsAfter: tidy.positionsAfter,
      outcome,
      ...(dataName !== school.name ? { dataName } : {}),
    });
  }

  // A school file's own code that is missing is reported with the school (plan.missing).
  for (const code of allowList) if (!seenCodes.has(code) && !byCode.has(code)) plan.unknownCodes.push(code);
  return plan;
}
