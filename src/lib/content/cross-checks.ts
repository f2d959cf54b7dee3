/**
 * Rules that look across files or at the calendar: references between files,
 * the region's bounds, dates in the future, freshness and likely duplicates.
 */
import type { SiteConfig } from '../../schema/site.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { isStale } from '../freshness.ts';
import { distanceMetres, isInside, type LatLng } from '../geo.ts';
import { normalizeForMatch } from '../../core/text-normalize.ts';
import type { ListingEntry, SchoolEntry } from './content-set.ts';
import type { Problem } from '../../core/problems.ts';
import polygonClipping from 'polygon-clipping';
import { squareMetres, toClipping } from '../schools/district-areas.ts';

/** Two places of one kind closer than this are probably the same place. */
const SAME_PLACE_METRES = 30;

export interface CrossCheckInput {
  site: SiteConfig | undefined;
  schools: readonly SchoolEntry[];
  listings: readonly ListingEntry[];
  today: CivilDate;
}

export function crossCheck({ site, schools, listings, today }: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ file, field, message, severity: 'error' });
  const warn = (file: string, field: string, message: string) =>
    problems.push({ file, field, message, severity: 'warning' });

  const schoolIds = new Set(schools.map((s) => s.id));
  const bounds = site?.map.bounds;
  const regionName = site?.region.name ?? '';
  /** A point outside the bounds; when swapping its two numbers brings it inside, that is the likely mistake. */
  const checkInside = (file: string, field: string, point: LatLng) => {
    if (!bounds || isInside(point, bounds)) return;
    if (isInside({ lat: point.lng, lng: point.lat }, bounds)) {
      error(
        file,
        field,
        `緯度と経度が逆になっているようです（入れ替えると${regionName}の範囲に入ります）。緯度（lat）を ${point.lng}、経度（lng）を ${point.lat} にしてください / Latitude and longitude look swapped (swapped, the point lies inside the region); make the latitude (lat) ${point.lng} and the longitude (lng) ${point.lat}`,
      );
      return;
    }
    error(
      file,
      field,
      `位置が${regionName}の範囲（site.yaml の map.bounds）の外です。地図アプリで場所の緯度・経度を確かめてください / The point lies outside the region's bounds (map.bounds in site.yaml); check its latitude and longitude on a map`,
    );
  };

  for (const school of schools) checkInside(school.file, 'lat', school);

  if (site && !site.siteUrl) {
    warn(
      'site.yaml',
      'siteUrl',
      '公開するサイトの URL（siteUrl: https://…）がありません。QR コードやカレンダーに入るため、環境変数 SITE_URL を指定しないと公開用のビルドはできません / No siteUrl: QR codes and calendars need it, so a production build fails unless SITE_URL is set',
    );
  }

  if (site?.consultationCenter.listing && !listings.some((l) => l.id === site.consultationCenter.listing)) {
    error(
      'site.yaml',
      'consultationCenter.listing',
      `掲載情報「${site.consultationCenter.listing}」がありません / No listing with this id`,
    );
  }

  for (const { file, data } of listings) {
    if (data.schoolDistrict !== undefined && !schoolIds.has(data.schoolDistrict)) {
      error(
        file,
        'schoolDistrict',
        `学校「${data.schoolDistrict}」は content/schools/ にありません / No school with this id in content/schools/`,
      );
    }
    if (data.location) checkInside(file, 'location.lat', data.location);
    if (data.verified.date > today) {
      error(
        file,
        'verified.date',
        `確認日 ${data.verified.date} が未来の日付です / The verification date is in the future`,
      );
    } else if (site && isStale(data.verified.date, site.staleAfterMonths, today)) {
      warn(
        file,
        'verified.date',
        `${site.staleAfterMonths}か月以上確認されていません（最終確認 ${data.verified.date}）。運営者に確認してください / Not confirmed for over ${site.staleAfterMonths} months; please check with the operator`,
      );
    }
    if (data.status === 'active' && !data.schedule?.length && !data.scheduleNote && !data.extraDates?.length) {
      warn(
        file,
        'schedule',
        '日程（schedule）も日程の説明（scheduleNote）もありません / Neither schedule nor scheduleNote is given',
      );
    }
  }

  problems.push(...likelyDuplicates(listings));
  problems.push(...mixedDemoData(schools, listings));
  problems.push(...overlappingDistricts(schools));
  return problems;
}

/** A shared edge simplified on both sides leaves slivers; an overlap smaller than this share of the smaller district is one. */
const OVERLAP_SHARE = 0.01;

/**
 * Two districts of one level whose boundaries overlap: a place in both is
 * given to whichever school is read first, so a count or a school page could
 * be wrong without anyone seeing why. Usually an import of two editions, or a
 * boundary drawn by hand over a neighbour's.
 */
function overlappingDistricts(schools: readonly SchoolEntry[]): Problem[] {
  const bounded = schools.filter((s) => s.district);
  const problems: Problem[] = [];
  for (let i = 0; i < bounded.length; i++) {
    for (let j = i + 1; j < bounded.length; j++) {
      const a = bounded[i]!;
      const b = bounded[j]!;
      if (a.level !== b.level) continue;
      const [ma, mb] = [toClipping(a.district!), toClipping(b.district!)];
      const overlap = polygonClipping.intersection(ma, mb);
      if (overlap.length === 0) continue;
      const lat0 = (a.lat + b.lat) / 2;
      const area = squareMetres(overlap, lat0);
      const smaller = Math.min(squareMetres(ma, lat0), squareMetres(mb, lat0));
      if (area <= smaller * OVERLAP_SHARE) continue;
      problems.push({
        file: b.file,
        field: 'district',
        severity: 'warning',
        message: `校区の境界が ${a.name}（${a.file}）の校区と約 ${Math.round(area).toLocaleString('ja-JP')} ㎡ 重なっています。重なった場所は先に読んだ学校の校区として数えられます。境界を確かめてください / The district boundary overlaps ${a.file}'s by about ${Math.round(area)} m²; places in both are counted for the school read first. Check the boundaries`,
      });
    }
  }
  return problems;
}

/**
 * Likely duplicates: same kind and either the same name once folded, the same
 * phone, or the same place. Keyed lookups and a coarse grid keep this linear
 * in the number of listings.
 */
function likelyDuplicates(listings: readonly ListingEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seenByKey = new Map<string, ListingEntry>();
  const grid = new Map<string, ListingEntry[]>();
  const CELL = 0.001; // degrees, about 100 m: neighbours within 30 m share or touch a cell
  const cellKey = (kind: string, x: number, y: number) => `${kind}|${x}|${y}`;

  for (const listing of listings) {
    const { data } = listing;
    const reasons: Array<[ListingEntry, string]> = [];
    const keys: Array<[string, string]> = [[`name|${data.kind}|${normalizeForMatch(data.name)}`, '名前が同じです / same name']];
    if (data.contact?.phone) keys.push([`phone|${data.kind}|${data.contact.phone}`, '電話番号が同じです / same phone number']);
    for (const [key, reason] of keys) {
      const other = seenByKey.get(key);
      if (other) reasons.push([other, reason]);
      else seenByKey.set(key, listing);
    }
    if (data.location) {
      const x = Math.floor(data.location.lng / CELL);
      const y = Math.floor(data.location.lat / CELL);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(cellKey(data.kind, x + dx, y + dy)) ?? []) {
            if (distanceMetres(data.location, other.data.location!) < SAME_PLACE_METRES) {
              reasons.push([other, '場所がほぼ同じです / same place']);
            }
          }
        }
      }
      const own = cellKey(data.kind, x, y);
      grid.set(own, [...(grid.get(own) ?? []), listing]);
    }
    const reported = new Set<string>();
    for (const [other, reason] of reasons) {
      if (reported.has(other.file)) continue;
      reported.add(other.file);
      problems.push({
        file: listing.file,
        field: 'name',
        message: `${other.file} と重複している可能性があります（${reason}）/ Possibly a duplicate of ${other.file}`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

/**
 * One `sample: true` anywhere turns the site-wide demo banner on, so demo and
 * real entries side by side show real places under a demo banner. The warning
 * goes on the smaller group, the files most likely to be the mistake.
 */
function mixedDemoData(schools: readonly SchoolEntry[], listings: readonly ListingEntry[]): Problem[] {
  const entries = [
    ...listings.map((l) => ({ file: l.file, sample: l.data.sample === true })),
    ...schools.map((s) => ({ file: s.file, sample: s.sample === true })),
  ];
  const demo = entries.filter((e) => e.sample);
  const real = entries.filter((e) => !e.sample);
  if (demo.length === 0 || real.length === 0) return [];
  const warn = (file: string, ja: string, en: string): Problem => ({
    file,
    field: 'sample',
    message: `デモ用の架空データ（sample: true）と本番のデータが混ざっています。1件でも sample: true があると、サイト全体に「デモ」の帯が出ます。${ja} / Demo data (sample: true) and real data are mixed: while any file has sample: true, the whole site shows the demo banner. ${en}`,
    severity: 'warning',
  });
  if (demo.length <= real.length) {
    return demo.map(({ file }) =>
      warn(
        file,
        `sample: true は、このファイルを含めて ${demo.length} 件だけで、ほかの ${real.length} 件は本番のデータです。本番のデータなら sample: true の行を消し、架空のデータならこのファイルを消してください。`,
        `Only ${demo.length} file(s), this one included, are demo data among ${real.length} real one(s): remove the sample: true line if this is real, or delete the file if it is made up.`,
      ),
    );
  }
  const example = demo[0]!.file;
  return real.map(({ file }) =>
    warn(
      file,
      `このファイルには sample: true がありませんが、ほかの ${demo.length} 件（${example} など）にはあります。デモ用のファイルを消すか、このファイルも架空のデータなら sample: true を書いてください。`,
      `This file has no sample: true, but ${demo.length} other file(s) (such as ${example}) have it: delete the demo files, or add sample: true here if this is made up too.`,
    ),
  );
}
