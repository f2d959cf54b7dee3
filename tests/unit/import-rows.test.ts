import { describe, expect, it } from 'vitest';
import { PUBLIC_FACILITY_V1_COLUMNS, recogniseLayout } from '../../src/lib/import/layouts.ts';
import { rowToListing, type RowOptions } from '../../src/lib/import/row-to-listing.ts';

const options: RowOptions = {
  bounds: { south: 34.5, west: 135.4, north: 34.6, east: 135.5 },
  phones: 'private',
  today: '2026-12-01',
  sourceName: 'nishi-shokudo.csv',
  kind: 'kodomo-shokudo',
};

const header = [
  'NO',
  '名称',
  '名称_カナ',
  '住所',
  '緯度',
  '経度',
  '電話番号',
  '利用可能曜日',
  '開始時間',
  '終了時間',
  '利用可能日時特記事項',
  '受入年齢',
  '備考',
  'FAX番号',
];
const layout = recogniseLayout([[...PUBLIC_FACILITY_V1_COLUMNS.slice(0, 4), ...header.slice(1)]])!;
const fullHeader = [...PUBLIC_FACILITY_V1_COLUMNS.slice(0, 4), ...header.slice(1)];

function read(values: Record<string, unknown>, rowOptions: Partial<RowOptions> = {}) {
  const cells = fullHeader.map((name) => (values[name] ?? null) as string | number | null);
  return rowToListing(layout, fullHeader, cells, 5, { ...options, ...rowOptions });
}

const good = {
  NO: 'S-001',
  名称: '鳳みんな食堂',
  名称_カナ: 'ｵｵﾄﾘ ﾐﾝﾅ ｼｮｸﾄﾞｳ',
  住所: '大阪府堺市西区鳳東町1丁1-1',
  緯度: '３４．５４１２',
  経度: 135.4633,
  電話番号: '(072)000-1234',
  利用可能日時特記事項: '毎月第2・第4土曜日',
  開始時間: '１１：００',
  終了時間: '14時',
  備考: '1行目\n2行目',
};

describe('rowToListing', () => {
  it('reads what this site exports: its own kind labels, and days whose times live in the schedule words', () => {
    const multi = '【平日の夜】毎週水・金曜日 17:00〜21:00。【週末】毎週土曜日 13:00〜18:00';
    const kept = read({ ...good, 利用可能曜日: '水金土', 開始時間: null, 終了時間: null, 利用可能日時特記事項: multi });
    expect(kept.problems).toEqual([]);
    expect(kept.data!.scheduleNote).toBe(multi);
    expect(kept.data!.schedule).toBeUndefined();
    const bare = read({ ...good, 利用可能曜日: '水金土', 開始時間: null, 終了時間: null, 利用可能日時特記事項: null });
    expect(bare.problems.map((p) => p.message).join()).toContain('Days without opening and closing times');
    // Kind labels the site writes in 種別 are read back as the kind; no --kind is needed.
    const header2 = [...fullHeader, '種別'];
    const layout2 = recogniseLayout([header2])!;
    const cells = header2.map((name) =>
      name === '種別' ? '新たな担い手・ボランティア' : ((good as Record<string, unknown>)[name] ?? null),
    ) as (string | number | null)[];
    const volunteer = rowToListing(layout2, header2, cells, 6, { ...options, kind: undefined });
    expect(volunteer.data!.kind).toBe('volunteer');
  });

  it('reads a messy row into front matter and keeps the table id', () => {
    const reading = read(good);
    expect(reading.problems).toEqual([]);
    expect(reading.sourceId).toBe('S-001');
    expect(reading.data).toMatchObject({
      kind: 'kodomo-shokudo',
      name: '鳳みんな食堂',
      nameKana: 'おおとり みんな しょくどう',
      location: { address: '大阪府堺市西区鳳東町1丁1-1', lat: 34.5412, lng: 135.4633, precision: 'exact' },
      schedule: [{ freq: 'monthly', byDay: ['2SA', '4SA'], opens: '11:00', closes: '14:00' }],
      contact: { phone: '072-000-1234', phoneConsent: false },
      status: 'active',
      verified: { date: '2026-12-01', by: 'official' },
    });
    expect(reading.data).not.toHaveProperty('scheduleNote');
    expect(reading.data).not.toHaveProperty('audience');
    expect(reading.body).toBe('1行目\n2行目');
  });

  it('publishes the phones only when the ward says its list’s phones are public', () => {
    expect(read(good, { phones: 'public' }).data).toMatchObject({ contact: { phoneConsent: true } });
  });

  it('keeps schedule words it cannot turn into one rule, and weekday columns as weekly rules', () => {
    expect(read({ ...good, 利用可能日時特記事項: '隔週土曜日' }).data).toMatchObject({ scheduleNote: '隔週土曜日' });
    expect(read({ ...good, 利用可能日時特記事項: '祝日は休み', 利用可能曜日: '月・水・金' }).data).toMatchObject({
      schedule: [{ freq: 'weekly', byDay: ['MO', 'WE', 'FR'], opens: '11:00', closes: '14:00' }],
      scheduleNote: '祝日は休み',
    });
  });

  it('reports, with its column, every value it cannot read, and writes nothing for that row', () => {
    const reading = read({ ...good, 名称: '', 開始時間: '15:00', 電話番号: '12345', 緯度: 135.4633, 経度: 34.5412 });
    expect(reading.data).toBeUndefined();
    const lines = reading.problems.map((p) => `${p.row}:${p.column}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^5:名称: 名称がありません/),
        expect.stringMatching(/^5:終了時間: 終了時間 14:00 が開始時間 15:00 より前です/),
        expect.stringMatching(/^5:電話番号: /),
        expect.stringMatching(/^5:緯度: 緯度と経度が入れ替わっているようです/),
      ]),
    );
  });

  it('never places a row without a point, and names its address', () => {
    const reading = read({ ...good, 緯度: '', 経度: '' });
    expect(reading.data).toBeUndefined();
    expect(reading.problems.map((p) => p.message).join()).toContain('住所「大阪府堺市西区鳳東町1丁1-1」の位置を調べて');
  });

  it('does not guess a kind', () => {
    const noKind = read(good, { kind: undefined });
    expect(noKind.data).toBeUndefined();
    expect(noKind.problems[0]!.message).toMatch(/--kind/);
  });

  it('reads the audience only as far as its words go', () => {
    expect(read({ ...good, 受入年齢: '小学生・中学生（保護者同伴可）' }).data).toMatchObject({
      audience: { groups: ['elementary', 'junior-high', 'guardian'], note: '小学生・中学生（保護者同伴可）' },
    });
  });
  it("takes a free school's grades from its 受入年齢 in school years, and nothing else about it", () => {
    const school = (audience: string) => read({ ...good, 受入年齢: audience }, { kind: 'free-school' }).data;
    expect(school('小学生・中学生')).toMatchObject({ freeSchool: { grades: ['elementary', 'junior-high'] } });
    expect(school('小学生・中学生')!.freeSchool).toEqual({ grades: ['elementary', 'junior-high'] });
    expect(school('どなたでも')).not.toHaveProperty('freeSchool');
    expect(school('')).not.toHaveProperty('freeSchool');
    expect(read({ ...good, 受入年齢: '小学生' }).data).not.toHaveProperty('freeSchool');
  });
});
