/** The numbering plan the site ships matches the installed libphonenumber-js. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneMetadataText } from '../../src/lib/phone-metadata-text.ts';
import { formExamples } from '../../src/lib/form-examples.ts';

describe('generated phone metadata', () => {
  it('is up to date with the installed libphonenumber-js (npm run phone-metadata)', async () => {
    const committed = await readFile(path.resolve('src/core/phone-metadata.jp.ts'), 'utf8');
    expect(committed).toBe(await phoneMetadataText());
  });
});

describe('form examples', () => {
  const site = {
    region: { name: 'テスト区', nameEn: 'Test Ward', addressPrefix: '大阪府テスト市テスト区' },
    map: {
      center: { lat: 34.70123, lng: 135.20987 },
      zoom: 14,
      bounds: { south: 34.6, west: 135.1, north: 34.8, east: 135.3 },
    },
    submissions: { email: 'x@example.jp' },
  };

  it("use the region's own words, and the map centre as the example point", () => {
    expect(formExamples({ ...site, submissions: { ...site.submissions, examples: { area: '港町付近' } } })).toEqual({
      placeName: '○○会館 2階 和室',
      address: '大阪府テスト市テスト区○○町1丁目2-3',
      area: '港町付近',
      access: '○○駅から徒歩5分',
      lat: '34.7012',
      lng: '135.2099',
    });
  });
});
