/** The content schemas on their own: primitives, schedule rules and listing kinds. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  civilDateSchema,
  hasInvisibleControl,
  kanaSchema,
  linkSchema,
  note,
  oneLine,
  phoneSchema,
  timeSchema,
  webUrlSchema,
  idSchema,
} from '../../src/schema/primitives.ts';
import { isRealDate } from '../../src/core/civil-date.ts';
import { extraDateSchema, parseByDay, scheduleRuleSchema } from '../../src/schema/schedule.ts';
import { listingSchema } from '../../src/schema/listing.ts';
import { schoolSchema } from '../../src/schema/school.ts';
import { KIND_VALUES, type Kind } from '../../src/schema/vocabulary.ts';

/** The paths of the issues, printed like problem fields (`schedule.0.closes`). */
function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('isRealDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [2000, 2, 29, true], // divisible by 400
    [1900, 2, 29, false], // divisible by 100, not by 400
    [2100, 2, 29, false],
    [2028, 2, 29, true],
    [2026, 2, 28, true],
    [2026, 2, 30, false],
    [2026, 4, 30, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 12, 32, false],
    [2026, 1, 0, false],
    [2026, 0, 1, false],
    [2026, 13, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, expected) => {
    expect(isRealDate(y, m, d)).toBe(expected);
  });

  it('knows that year 0 is a leap year', () => {
    expect(isRealDate(0, 2, 29)).toBe(true);
  });
});

describe('civilDateSchema', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(civilDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(accepts(civilDateSchema, '2026-11-24')).toBe(true);
  });

  it('refuses dates that do not exist, with a message saying so', () => {
    expect(messages(civilDateSchema, '2026-02-30')).toEqual(['この日付は存在しません / This date does not exist']);
    expect(accepts(civilDateSchema, '2026-02-29')).toBe(false);
    expect(accepts(civilDateSchema, '2026-13-01')).toBe(false);
  });

  it.each(['2026-2-3', '2026/02/03', '20260203', '2026-02-03T00:00', ' 2026-02-03', '２０２６-02-03'])(
    'refuses the format %j',
    (value) => {
      expect(messages(civilDateSchema, value)[0]).toMatch(/YYYY-MM-DD/);
    },
  );

  it('gives a badly formatted date only the format message', () => {
    expect(messages(civilDateSchema, '2026/02/03')).toEqual([expect.stringMatching(/YYYY-MM-DD/)]);
  });

  it('refuses a date that YAML turned into something else', () => {
    expect(accepts(civilDateSchema, new Date('2026-02-03'))).toBe(false);
    expect(accepts(civilDateSchema, 20260203)).toBe(false);
  });
});

describe('timeSchema', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (t) => expect(accepts(timeSchema, t)).toBe(true));
  it.each(['24:00', '7:00', '12:60', '12:5', '12.30', '１２:００', 600])('refuses %j', (t) =>
    expect(accepts(timeSchema, t)).toBe(false),
  );
});

describe('phoneSchema', () => {
  it.each(['072-000-1234', '090-0000-1234', '0120-000-123', '03-1234-5678', '0742-00-0000', '06-6000-0000'])(
    'accepts %s as written',
    (phone) => expect(phoneSchema.parse(phone)).toBe(phone),
  );

  it.each([
    ['0722610000', '072-261-0000'], // typed on a number pad, no hyphens
    ['０７２２６１００００', '072-261-0000'], // full-width digits
    ['０７２-２６１-００００', '072-261-0000'],
    ['072 261 0000', '072-261-0000'],
    ['(072) 261-0000', '072-261-0000'],
    ['072ー261ー0000', '072-261-0000'], // long-vowel marks for hyphens
    ['+81 72-261-0000', '072-261-0000'],
    ['+81722610000', '072-261-0000'],
    ['0725432100', '0725-43-2100'], // a four-digit area code
    ['09012345678', '090-1234-5678'],
    ['0120000123', '0120-000-123'],
    ['072--261-0000', '072-261-0000'],
  ])('reads %j as %s', (typed, normal) => expect(phoneSchema.parse(typed)).toBe(normal));

  it('takes back the leading 0 of a number YAML read as a number', () => {
    expect(phoneSchema.parse(722610000)).toBe('072-261-0000');
    expect(phoneSchema.parse(9012345678)).toBe('090-1234-5678');
  });

  it.each([
    '072-000-12345', // 12 digits
    '072-000-123', // 9 digits
    '090-0000-12345',
    '72-000-1234', // does not start with 0
    '072-000-1234 内線2',
    '電話してください',
    '',
  ])('refuses %j', (phone) => {
    expect(messages(phoneSchema, phone)).toEqual([
      expect.stringMatching(/^電話番号は.*\/ Write a Japanese phone number/),
    ]);
  });

  it('refuses a YAML number that cannot have been a phone number', () => {
    expect(accepts(phoneSchema, 1234)).toBe(false);
    expect(accepts(phoneSchema, 72.5)).toBe(false);
  });
});

describe('kanaSchema', () => {
  it.each(['こどもしょくどう', 'ふりーすくーる こぶし', 'てすと　ぜんかく', 'ゔぁいおりん', 'あ・い', 'ゝゞ'])(
    'accepts %s',
    (kana) => expect(accepts(kanaSchema, kana)).toBe(true),
  );

  it('trims surrounding spaces', () => {
    expect(kanaSchema.parse('  ひらがな  ')).toBe('ひらがな');
  });

  it.each(['コドモショクドウ', 'こどもショクドウ', 'kodomo', '子ども食堂', 'こども1', 'ｺﾄﾞﾓ', 'こども!'])(
    'refuses %s as not hiragana',
    (kana) => {
      expect(messages(kanaSchema, kana)).toEqual([
        'よみがなは ひらがな で書いてください / Write the reading in hiragana',
      ]);
    },
  );

  it.each(['', '   '])('refuses the empty reading %j', (kana) => {
    expect(messages(kanaSchema, kana)[0]).toBe('よみがなを書いてください / A reading is required');
  });

  it('gives an empty reading only the "required" message', () => {
    expect(messages(kanaSchema, '')).toEqual(['よみがなを書いてください / A reading is required']);
  });
});

describe('linkSchema and webUrlSchema', () => {
  it.each([
    'https://example.jp/',
    'http://example.jp/page?q=1',
    'HTTPS://EXAMPLE.JP',
    'tel:072-000-1234',
    'mailto:info@example.jp',
  ])('link accepts %s', (url) => expect(accepts(linkSchema, url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.jp/',
    '//example.jp/',
    'example.jp',
    '/relative/path',
    'https://',
    '',
  ])('link refuses %j', (url) => {
    expect(messages(linkSchema, url)).toEqual([
      expect.stringMatching(/Links must be valid http\(s\), tel or mailto URLs/),
    ]);
  });

  it('web URLs allow only http and https', () => {
    expect(accepts(webUrlSchema, 'https://example.jp/')).toBe(true);
    expect(accepts(webUrlSchema, 'tel:072-000-1234')).toBe(false);
    expect(accepts(webUrlSchema, 'mailto:info@example.jp')).toBe(false);
    expect(accepts(webUrlSchema, 'javascript:alert(1)')).toBe(false);
  });
});

describe('idSchema', () => {
  it.each(['a', 'kodomo-shokudo-1', '2nd-place'])('accepts %s', (id) => expect(accepts(idSchema, id)).toBe(true));
  it.each(['Bad_Name', 'a--b', '-a', 'a-', 'こども', 'a.b', 'a b', ''])('refuses %j', (id) =>
    expect(accepts(idSchema, id)).toBe(false),
  );
});

describe('control characters', () => {
  const line = oneLine(40);
  const text = note(200);

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['vertical tab', '\u000b'],
    ['right-to-left override', '\u202e'],
    ['left-to-right embedding', '\u202a'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
  ])('refuses %s in one-line and multi-line text', (_name, ch) => {
    const value = `こども${ch}食堂`;
    expect(hasInvisibleControl(value)).toBe(true);
    expect(messages(line, value)).toEqual([
      '制御文字が含まれています。消してください / Contains control characters; remove them',
    ]);
    expect(messages(text, value)).toEqual([
      '制御文字が含まれています。消してください / Contains control characters; remove them',
    ]);
  });

  it('allows tabs, and newlines in multi-line text only', () => {
    expect(accepts(line, 'a\tb')).toBe(true);
    expect(accepts(text, '一行目\n二行目')).toBe(true);
    expect(messages(line, '一行目\n二行目')).toEqual(['改行を入れないでください / Keep this on one line']);
    expect(hasInvisibleControl('ふつうの文\n改行\tタブ')).toBe(false);
  });

  it('checks length after trimming', () => {
    expect(oneLine(3).parse('  abc  ')).toBe('abc');
    expect(accepts(oneLine(3), 'abcd')).toBe(false);
    expect(messages(oneLine(3), '   ')).toEqual(['空欄にはできません / This cannot be empty']);
  });

  it.each([
    ['NEL', '\u0085'],
    ['CSI', '\u009b'],
  ])('refuses the C1 control %s', (_name, ch) => {
    expect(hasInvisibleControl(`a${ch}b`)).toBe(true);
  });
});

describe('parseByDay', () => {
  it.each([
    ['SA', { weekday: 'SA' }],
    ['2SA', { ordinal: 2, weekday: 'SA' }],
    ['-1SU', { ordinal: -1, weekday: 'SU' }],
    ['5FR', { ordinal: 5, weekday: 'FR' }],
    ['-5MO', { ordinal: -5, weekday: 'MO' }],
  ])('%s', (token, expected) => {
    expect(parseByDay(token)).toStrictEqual(expected);
  });

  it.each(['0SA', '-0SA', '6SA', '-6SA', '10SA', '+1SA', 'sa', 'SA ', 'SAT', 'XX', '2', ''])('refuses %j', (token) => {
    expect(parseByDay(token)).toBeUndefined();
  });
});

describe('scheduleRuleSchema', () => {
  const weekly = { freq: 'weekly', byDay: ['MO', 'WE'], opens: '15:00', closes: '18:00' };
  const monthly = { freq: 'monthly', byDay: ['2SA'], opens: '11:00', closes: '13:00' };

  it('accepts a weekly and a monthly rule', () => {
    expect(accepts(scheduleRuleSchema, weekly)).toBe(true);
    expect(accepts(scheduleRuleSchema, monthly)).toBe(true);
    expect(
      accepts(scheduleRuleSchema, {
        ...weekly,
        interval: 2,
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        byMonth: [4, 5, 6],
        label: '学習支援',
      }),
    ).toBe(true);
  });

  it.each(['1SA', '2SA', '3SA', '4SA', '5SA', '-1SA', '-2SA', '-3SA', '-4SA', '-5SA'])(
    'accepts the ordinal %s in a monthly rule',
    (token) => expect(issuePaths(scheduleRuleSchema, { ...monthly, byDay: [token] })).toEqual([]),
  );

  it.each(['0SA', '6SA', '-6SA', 'XX', 'sa', '2sa'])('refuses %s at its index', (token) => {
    expect(issuePaths(scheduleRuleSchema, { ...monthly, byDay: ['1MO', token] })).toEqual(['byDay.1']);
  });

  it('refuses ordinals in a weekly rule, naming each one', () => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, byDay: ['MO', '2SA', '-1SU'] })).toEqual(['byDay.1', 'byDay.2']);
  });

  it('needs closing time after opening time', () => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, opens: '18:00', closes: '15:00' })).toEqual(['closes']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, opens: '18:00', closes: '18:00' })).toEqual(['closes']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, opens: '22:00', closes: '01:00' })).toEqual(['closes']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, opens: '18:00', closes: '18:01' })).toEqual([]);
  });

  it('needs a startDate for an interval above 1', () => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, interval: 2 })).toEqual(['startDate']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, interval: 1 })).toEqual([]);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, interval: 2, startDate: '2026-04-01' })).toEqual([]);
  });

  it.each([0, 13, 1.5, '2'])('refuses the interval %j', (interval) => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, interval, startDate: '2026-04-01' })).toEqual(['interval']);
  });

  it('refuses an end date before the start date', () => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, startDate: '2026-04-01', endDate: '2026-03-31' })).toEqual([
      'endDate',
    ]);
  });

  it('refuses months outside 1–12, an empty day list and unknown keys', () => {
    expect(issuePaths(scheduleRuleSchema, { ...weekly, byMonth: [0, 13] })).toEqual(['byMonth.0', 'byMonth.1']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, byDay: [] })).toEqual(['byDay']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, freq: 'daily' })).toEqual(['freq']);
    expect(issuePaths(scheduleRuleSchema, { ...weekly, byday: ['MO'] })).toEqual(['']);
  });

  it('checks extra dates too', () => {
    expect(accepts(extraDateSchema, { date: '2026-12-23', opens: '17:00', closes: '19:00' })).toBe(true);
    expect(issuePaths(extraDateSchema, { date: '2026-12-23', opens: '19:00', closes: '17:00' })).toEqual(['closes']);
    expect(issuePaths(extraDateSchema, { date: '2026-02-30', opens: '17:00', closes: '19:00' })).toEqual(['date']);
  });
});

const BASE = {
  name: 'テスト',
  nameKana: 'てすと',
  summary: 'テスト用です。',
  location: { address: '大阪府堺市西区鳳東町0丁目0-0', lat: 34.54, lng: 135.47, precision: 'exact' },
  audience: { groups: ['everyone'] },
  status: 'active',
  verified: { date: '2026-10-01', by: 'operator', source: '運営者への電話' },
};

const SECTIONS = {
  freeSchool: { grades: ['elementary'], attendanceCredit: 'consult', visits: true },
  consultation: { topics: ['子育て'] },
  volunteer: { direction: 'seek', activities: ['調理'] },
};

/** A minimal valid listing of each kind, with the section the kind needs. */
const MINIMAL: Record<Kind, Record<string, unknown>> = {
  'kodomo-shokudo': { ...BASE, kind: 'kodomo-shokudo' },
  'free-school': { ...BASE, kind: 'free-school', freeSchool: SECTIONS.freeSchool },
  ibasho: { ...BASE, kind: 'ibasho' },
  consultation: { ...BASE, kind: 'consultation', consultation: SECTIONS.consultation },
  volunteer: { ...BASE, kind: 'volunteer', volunteer: SECTIONS.volunteer },
};

describe('listingSchema', () => {
  it('has exactly the five kinds', () => {
    expect(KIND_VALUES).toEqual(['kodomo-shokudo', 'free-school', 'ibasho', 'consultation', 'volunteer']);
  });

  it.each(KIND_VALUES)('accepts a minimal %s listing', (kind) => {
    expect(issuePaths(listingSchema, MINIMAL[kind])).toEqual([]);
  });

  it('accepts a consultation listing without its optional section', () => {
    expect(issuePaths(listingSchema, { ...BASE, kind: 'consultation' })).toEqual([]);
  });

  it('needs the section of a volunteer listing', () => {
    expect(issuePaths(listingSchema, { ...BASE, kind: 'volunteer' })).toEqual(['volunteer']);
  });

  it("lets a free school's grades, 出席扱い and 見学 be unknown, and stays strict about what is given", () => {
    const freeSchool = (section?: Record<string, unknown>) => ({
      ...BASE,
      kind: 'free-school',
      ...(section ? { freeSchool: section } : {}),
    });
    expect(issuePaths(listingSchema, freeSchool())).toEqual([]);
    expect(issuePaths(listingSchema, freeSchool({}))).toEqual([]);
    expect(issuePaths(listingSchema, freeSchool({ grades: ['junior-high'] }))).toEqual([]);
    expect(issuePaths(listingSchema, freeSchool({ attendanceCredit: 'unknown', online: true }))).toEqual([]);
    expect(issuePaths(listingSchema, freeSchool({ grades: [] }))).toEqual(['freeSchool.grades']);
    expect(issuePaths(listingSchema, freeSchool({ grades: ['kindergarten'] }))).toEqual(['freeSchool.grades.0']);
    expect(issuePaths(listingSchema, freeSchool({ attendanceCredit: 'maybe' }))).toEqual([
      'freeSchool.attendanceCredit',
    ]);
    expect(issuePaths(listingSchema, freeSchool({ visits: 'はい?' }))).toEqual(['freeSchool.visits']);
    expect(issuePaths(listingSchema, freeSchool({ visit: true }))).toEqual(['freeSchool']);
  });

  const owners = { freeSchool: 'free-school', consultation: 'consultation', volunteer: 'volunteer' } as const;
  const wrongPlacements = KIND_VALUES.flatMap((kind) =>
    (Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>)
      .filter((section) => owners[section] !== kind)
      .map((section) => [section, kind] as const),
  );

  it.each(wrongPlacements)('refuses the %s section on kind %s', (section, kind) => {
    const listing = { ...MINIMAL[kind], [section]: SECTIONS[section] };
    expect(issuePaths(listingSchema, listing)).toEqual([section]);
    expect(messages(listingSchema, listing)[0]).toMatch(new RegExp(`only for kind: ${owners[section]}`));
  });

  it('refuses an unknown kind and unknown fields', () => {
    expect(issuePaths(listingSchema, { ...MINIMAL.ibasho, kind: 'cafeteria' })).toEqual(['kind']);
    expect(issuePaths(listingSchema, { ...MINIMAL.ibasho, nmae: 'x' })).toEqual(['']);
  });

  it('needs a location or online: true', () => {
    const { location: _location, ...placeless } = MINIMAL.ibasho;
    expect(issuePaths(listingSchema, placeless)).toEqual(['location']);
    expect(issuePaths(listingSchema, { ...placeless, online: false })).toEqual(['location']);
    expect(issuePaths(listingSchema, { ...placeless, online: true })).toEqual([]);
  });

  it('needs an address for exact places and an area for approximate ones', () => {
    const place = { lat: 34.54, lng: 135.47 };
    expect(issuePaths(listingSchema, { ...BASE, kind: 'ibasho', location: { ...place, precision: 'exact' } })).toEqual([
      'location.address',
    ]);
    expect(
      issuePaths(listingSchema, { ...BASE, kind: 'ibasho', location: { ...place, precision: 'approximate' } }),
    ).toEqual(['location.area']);
    expect(
      issuePaths(listingSchema, {
        ...BASE,
        kind: 'ibasho',
        location: { ...place, precision: 'approximate', area: '鳳東町付近' },
      }),
    ).toEqual([]);
    expect(
      issuePaths(listingSchema, { ...BASE, kind: 'ibasho', location: { ...place, precision: 'nearby', area: 'x' } }),
    ).toEqual(['location.precision']);
  });

  it('needs phoneConsent next to a phone number', () => {
    const withPhone = (contact: object) => ({ ...MINIMAL.ibasho, contact });
    expect(issuePaths(listingSchema, withPhone({ phone: '072-000-1234' }))).toEqual(['contact.phoneConsent']);
    expect(issuePaths(listingSchema, withPhone({ phone: '072-000-1234', phoneConsent: false }))).toEqual([]);
    expect(issuePaths(listingSchema, withPhone({ email: 'a@example.jp' }))).toEqual([]);
  });

  it('refuses an extra date that is also a closed date', () => {
    const listing = {
      ...MINIMAL.ibasho,
      closedDates: ['2026-12-16', '2026-12-23'],
      extraDates: [
        { date: '2026-12-09', opens: '10:00', closes: '12:00' },
        { date: '2026-12-23', opens: '10:00', closes: '12:00' },
      ],
    };
    expect(issuePaths(listingSchema, listing)).toEqual(['extraDates.1.date']);
  });

  it('refuses a link with a javascript: URL and a bad language tag', () => {
    expect(
      issuePaths(listingSchema, { ...MINIMAL.ibasho, links: [{ label: 'x', url: 'javascript:alert(1)' }] }),
    ).toEqual(['links.0.url']);
    expect(issuePaths(listingSchema, { ...MINIMAL.ibasho, languages: ['en', 'English'] })).toEqual(['languages.1']);
  });

  it('takes costs in whole yen', () => {
    const cost = (yen: unknown) => ({ ...MINIMAL['kodomo-shokudo'], cost: { options: [{ for: 'child', yen }] } });
    expect(issuePaths(listingSchema, cost(0))).toEqual([]);
    expect(issuePaths(listingSchema, cost(-1))).toEqual(['cost.options.0.yen']);
    expect(issuePaths(listingSchema, cost(100.5))).toEqual(['cost.options.0.yen']);
    expect(issuePaths(listingSchema, cost('無料'))).toEqual(['cost.options.0.yen']);
  });
});

describe('schoolSchema', () => {
  const school = {
    name: 'さくら小学校',
    nameKana: 'さくらしょうがっこう',
    level: 'elementary',
    lat: 34.54,
    lng: 135.47,
  };
  it('accepts a school and refuses a wrong level or a katakana reading', () => {
    expect(issuePaths(schoolSchema, school)).toEqual([]);
    expect(issuePaths(schoolSchema, { ...school, level: 'high-school' })).toEqual(['level']);
    expect(issuePaths(schoolSchema, { ...school, nameKana: 'サクラ' })).toEqual(['nameKana']);
    expect(issuePaths(schoolSchema, { ...school, lat: '34.54' })).toEqual(['lat']);
  });
});
