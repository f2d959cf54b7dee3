/** The HSDS export, validated against Open Referral's own compiled 3.0 schema with ajv. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import { hsdsServices, stableUuid, type HsdsOptions } from '../../src/lib/open-data/hsds.ts';
import { toPublicListing } from '../../src/lib/privacy/public-listing.ts';
import { audienceInWords } from '../../src/lib/listing-words.ts';
import { scheduleInWords } from '../../src/lib/schedule-words.ts';

const schema = JSON.parse(
  readFileSync(new URL('../vendor/openreferral-hsds-3.0/service_with_definitions.json', import.meta.url), 'utf8'),
);

const options: HsdsOptions = {
  siteUrl: 'https://example.org/',
  pageUrl: (listing) => `https://example.org/listings/${listing.id}/`,
  scheduleWords: (listing) => scheduleInWords(listing),
  audienceWords: (listing) => audienceInWords(listing.audience),
};

let demo: ContentSet;
beforeAll(async () => {
  demo = await loadContent('content', { today: '2026-12-01' });
});

function services() {
  const schools = demo.schools.map((s) => ({ ...s }));
  return hsdsServices(
    demo.listings.map((l) => toPublicListing(l.id, l.data, l.body, schools)),
    options,
  );
}

describe('HSDS 3.0 services', () => {
  it('every service validates against Open Referral’s compiled schema', () => {
    // HSDS's schemas carry their own keywords (constraints, core, datapackage_*), hence strict: false.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const all = services();
    // The validator does reject what HSDS does not allow.
    expect(validate({ ...all[0], status: 'open' })).toBe(false);
    expect(validate({ ...all[0], schedules: [{ id: 'x', freq: 'DAILY' }] })).toBe(false);
    expect(all).toHaveLength(demo.listings.length);
    for (const service of all) {
      const errors = validate(service) ? [] : (validate.errors ?? []);
      expect(errors.map((e) => `${service.name}: ${e.instancePath} ${e.message}`)).toEqual([]);
    }
  });

  it('keeps ids stable and unique, and writes RFC 5545 days with their ordinals', () => {
    const first = services();
    expect(services().map((s) => s.id)).toEqual(first.map((s) => s.id));
    const ids = first.flatMap((s) => [s.id, s.organization.id, ...s.schedules.map((x) => x.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableUuid('a', 'b')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const byDays = first.flatMap((s) => s.schedules.map((x) => ('byday' in x ? String(x.byday) : '')));
    expect(byDays.some((d) => /^-?\d(MO|TU|WE|TH|FR|SA|SU)/.test(d))).toBe(true);
  });

  it('holds no approximate place’s true point or address, and no unconsented phone', () => {
    const text = JSON.stringify(services());
    for (const listing of demo.listings) {
      const { location, contact } = listing.data;
      if (location?.precision === 'approximate' && location.address) expect(text).not.toContain(location.address);
      if (contact?.phone && contact.phoneConsent !== true) expect(text).not.toContain(contact.phone);
    }
  });
});
