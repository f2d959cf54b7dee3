/**
 * Privacy is a property of the build, for any content: exact points,
 * addresses, venues and directions of approximate places and phone numbers
 * without consent appear in no built file, every approximate place is a
 * circle that holds it centred at least 150 m away. That no page reaches any
 * host but this one and the map tiles of site.yaml is checked on the walk of
 * every page (every-page.test.ts). (privacy-demo.test.ts checks that the demo
 * gives these checks something to find.)
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadContent } from '../../../src/lib/content/load-content.ts';
import { APPROXIMATE_MIN_OFFSET_M, approximateCircle, distanceMetres, type LatLng } from '../../../src/lib/geo.ts';
import { readAllText } from '../support/site-files.ts';

const distDir = inject('distDir');
/** The content the site was built from: the demo, or a ward's folder under npm run check:content. */
const contentDir = inject('contentDir');

/** The ways a coordinate can be written into a file: as YAML had it, and in full precision. */
function spellings(value: number): string[] {
  return [...new Set([String(value), value.toFixed(4), value.toFixed(5), value.toFixed(6)])].filter(
    (s) => s.replace(/0+$/, '').split('.')[1]!.length >= 4,
  );
}

describe('built files', () => {
  it('never contain the exact point, address or place name of an approximate place', async () => {
    const content = await loadContent(contentDir);
    const approximate = content.listings.filter((l) => l.data.location?.precision === 'approximate');
    const files = await readAllText(distDir);
    expect(files.length).toBeGreaterThan(10);
    // Every built file is scanned, the open-data files and the 新着・更新 feed among them.
    const scanned = files.map(({ file }) => path.relative(distDir, file).split(path.sep).join('/'));
    expect(scanned).toEqual(
      expect.arrayContaining(['data/updates.atom', 'data/school-districts.geojson', 'data/listings.geojson']),
    );
    const leaks: string[] = [];
    for (const listing of approximate) {
      const loc = listing.data.location!;
      // A true coordinate that happens to equal its cell centre on one axis is
      // what rounding publishes, not a leak; every other true value is secret.
      const published = approximateCircle(loc);
      const secrets = [
        ...(loc.lat === published.lat ? [] : spellings(loc.lat)),
        ...(loc.lng === published.lng ? [] : spellings(loc.lng)),
      ];
      expect(loc.lat === published.lat && loc.lng === published.lng, listing.id).toBe(false);
      if (loc.address) secrets.push(loc.address);
      if (loc.placeName) secrets.push(loc.placeName);
      if (loc.access) secrets.push(loc.access);
      for (const { file, text } of files) {
        for (const secret of secrets) {
          if (text.includes(secret)) leaks.push(`${listing.id}: "${secret}" in ${path.relative(distDir, file)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('publish each approximate place as a circle that holds it, centred at least 150 m away', async () => {
    const content = await loadContent(contentDir);
    const approximate = content.listings.filter((l) => l.data.location?.precision === 'approximate');
    // Every place a built file gives an approximate place's position: the search data, the school pages' maps, the correction form's data.
    const found = new Map<string, Array<{ where: string; lat: number; lng: number; radiusM?: number }>>();
    const note = (id: string, where: string, point: { lat: number; lng: number; radiusM?: number }) =>
      found.set(id, [...(found.get(id) ?? []), { where, lat: point.lat, lng: point.lng, radiusM: point.radiusM }]);
    const search = JSON.parse(await readFile(path.join(distDir, 'search-data.json'), 'utf8')) as {
      listings: Array<{ id: string; lat?: number; lng?: number; radiusM?: number }>;
    };
    for (const record of search.listings) if (record.radiusM) note(record.id, 'search-data.json', record as LatLng);
    for (const { file, text } of await readAllText(distDir)) {
      if (!file.endsWith('.html')) continue;
      for (const match of text.matchAll(/data-config="([^"]*)"/g)) {
        const config = JSON.parse(match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as {
          points?: Array<{ id: string; lat: number; lng: number; radiusM?: number }>;
        };
        for (const point of config.points ?? []) if (point.radiusM) note(point.id, path.relative(distDir, file), point);
      }
    }
    const problems: string[] = [];
    for (const listing of approximate) {
      const truePoint = listing.data.location!;
      const edit = JSON.parse(await readFile(path.join(distDir, 'submit/edit', `${listing.id}.json`), 'utf8')) as {
        data: { location: LatLng };
      };
      const sightings = found.get(listing.id) ?? [];
      expect(
        sightings.map((s) => s.where),
        listing.id,
      ).toContain('search-data.json');
      const { radiusM } = sightings[0]!;
      for (const seen of [...sightings, { where: 'submit/edit', ...edit.data.location, radiusM }]) {
        const metres = distanceMetres(truePoint, seen);
        const where = `${listing.id} in ${seen.where}`;
        if (metres < APPROXIMATE_MIN_OFFSET_M) problems.push(`${where}: centre only ${Math.round(metres)} m away`);
        if (!(metres < seen.radiusM!))
          problems.push(`${where}: ${Math.round(metres)} m, outside its ${seen.radiusM} m circle`);
        if (seen.lat !== sightings[0]!.lat || seen.lng !== sightings[0]!.lng || seen.radiusM !== radiusM)
          problems.push(`${where}: not the circle the search data gives`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never contain a phone number published without consent', async () => {
    const content = await loadContent(contentDir);
    const privatePhones = content.listings
      .filter((l) => l.data.contact?.phone && l.data.contact.phoneConsent === false)
      .map((l) => l.data.contact!.phone!);
    const files = await readAllText(distDir);
    for (const phone of privatePhones) {
      const digits = phone.replace(/-/g, '');
      const found = files.filter(({ text }) => text.includes(phone) || text.includes(digits));
      expect(
        found.map((f) => f.file),
        phone,
      ).toEqual([]);
    }
  });
});
