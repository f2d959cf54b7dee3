/**
 * One row of a ward's table as the front matter of a listing file. It reads
 * only what the row says: a fact the table lacks stays absent (the site says
 * 「直接お問い合わせください」), a value it cannot read is reported with its
 * row and column, and a row without a map point is never placed anywhere.
 */
import { typedDate, typedTime, typedWeekdays, readingToHiragana, excelSerialTime } from '../../core/typed-values.ts';
import { readPhone } from '../../core/phone-number.ts';
import type { Kind } from '../../schema/vocabulary.ts';
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
import type { ScheduleRule } from '../../schema/schedule.ts';
import type { Cell } from './read-table.ts';
import type { ColumnRole, Layout } from './layouts.ts';
import { scheduleFromText } from './schedule-text.ts';

export interface RowProblem {
  /** The spreadsheet row (the header row is where the layout says). */
  readonly row: number;
  /** The header of the column, or 「（行）」 for the row as a whole. */
  readonly column: string;
  /** Japanese first, English beside it. */
  readonly message: string;
  /** An error means the row is not written; a warning is written and reported. */
  readonly severity: 'error' | 'warning';
}

export const WHOLE_ROW = '（行 / row）';

/** 種別 as offices write it, folded (NFKC, no spaces), and the kind it means. */
export const KIND_TERMS: Readonly<Record<string, Kind>> = {
  子ども食堂: 'kodomo-shokudo',
  こども食堂: 'kodomo-shokudo',
  子供食堂: 'kodomo-shokudo',
  地域食堂: 'kodomo-shokudo',
  フードパントリー: 'kodomo-shokudo',
  フリースクール: 'free-school',
  居場所: 'ibasho',
  子どもの居場所: 'ibasho',
  こどもの居場所: 'ibasho',
  子供の居場所: 'ibasho',
  学習支援: 'ibasho',
  児童館: 'ibasho',
  相談窓口: 'consultation',
  相談: 'consultation',
  ボランティア: 'volunteer',
  // The site's own labels (src/i18n/ja/vocabulary.ts), which its exports write in 種別.
  ...Object.fromEntries(Object.entries(vocabulary.kind).map(([kind, label]) => [label, kind as Kind])),
};

function foldTerm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export interface RowOptions {
  /** The kind of every row, for a table of one kind with no 種別 column (`--kind`). */
  readonly kind?: Kind;
  /** Extra 種別 terms from a mapping file. */
  readonly kindTerms?: Readonly<Record<string, Kind>>;
  /** The region's bounds: a point outside is reported, not imported. */
  readonly bounds: { south: number; west: number; north: number; east: number };
  /** What the ward says about the phones in its list: `public` only when every listed number may be published. */
  readonly phones: 'public' | 'private';
  /** The day of the import and the file it came from, recorded in `verified`. */
  readonly today: string;
  readonly sourceName: string;
}

export interface RowReading {
  readonly row: number;
  /** The table's own id for the row, kept in the listing so the next import finds the same file. */
  readonly sourceId?: string;
  /** For the site's own CSV: the listing (file) the row is. */
  readonly listingId?: string;
  /** The listing's front matter as far as the row says it; undefined when the row cannot be written. */
  readonly data?: Record<string, unknown>;
  /** The listing's description (説明, 備考), as Markdown text. */
  readonly body: string;
  readonly problems: readonly RowProblem[];
  /** The columns this row gave a value for, as front-matter paths: an update changes only these. */
  readonly carried: readonly string[];
}

/** A cell as text, however Excel stored it; numbers keep their digits, empty cells are ''. */
function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

/** The cells of a row by role. */
function cellsByRole(layout: Layout, cells: readonly Cell[]) {
  const byRole = new Map<ColumnRole, { cell: Cell; column: string }>();
  return {
    byRole,
    fill(header: readonly Cell[]) {
      layout.roles.forEach((role, index) => {
        if (role) byRole.set(role, { cell: cells[index] ?? null, column: textOf(header[index]) });
      });
    },
  };
}

/** A time cell: Excel's own time (a fraction or a Date on 1899-12-30), or typed text. */
function timeOf(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    return `${String(cell.getUTCHours()).padStart(2, '0')}:${String(cell.getUTCMinutes()).padStart(2, '0')}`;
  }
  if (typeof cell === 'number') return excelSerialTime(cell);
  return typedTime(textOf(cell));
}

/** A coordinate cell: a number, or digits typed as text (full-width too). */
function degreesOf(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell).normalize('NFKC');
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

const AUDIENCE_TERMS: ReadonlyArray<[RegExp, string]> = [
  [/乳幼児|未就学|幼児|乳児|0歳|０歳|赤ちゃん/, 'infant'],
  [/小学/, 'elementary'],
  [/中学/, 'junior-high'],
  [/高校|高等学校/, 'high-school'],
  [/保護者|親子|おとな|大人/, 'guardian'],
  [/どなたでも|誰でも|だれでも|制限なし|どなたも/, 'everyone'],
];

const GRADE_GROUPS = ['elementary', 'junior-high', 'high-school'] as const;

/** Reads one data row. `header` is the header row's cells, for naming columns. */
export function rowToListing(
  layout: Layout,
  header: readonly Cell[],
  cells: readonly Cell[],
  row: number,
  options: RowOptions,
): RowReading {
  const problems: RowProblem[] = [];
  const carried: string[] = [];
  const { byRole, fill } = cellsByRole(layout, cells);
  fill(header);
  const text = (role: ColumnRole) => textOf(byRole.get(role)?.cell ?? null);
  const column = (role: ColumnRole) => byRole.get(role)?.column ?? WHOLE_ROW;
  const report = (role: ColumnRole | undefined, message: string, severity: RowProblem['severity'] = 'error') =>
    problems.push({ row, column: role ? column(role) : WHOLE_ROW, message, severity });

  const data: Record<string, unknown> = {};
  const sourceId = text('id') || undefined;

  // Name and reading.
  const name = text('name').replace(/\s+/g, ' ');
  if (!name) report(byRole.has('name') ? 'name' : undefined, '名称がありません / The name is missing');
  else {
    data.name = name;
    carried.push('name');
  }
  const kanaText = text('nameKana');
  if (!kanaText) {
    report(
      byRole.has('nameKana') ? 'nameKana' : undefined,
      'よみがな（名称_カナ）がありません / The reading is missing',
    );
  } else {
    const reading = readingToHiragana(kanaText);
    if (reading) {
      data.nameKana = reading;
      carried.push('nameKana');
    } else
      report(
        'nameKana',
        `よみがなに かな 以外の文字があります：「${kanaText}」 / The reading has characters other than kana`,
      );
  }

  // Kind: the row's 種別, else the one kind the table is of; never guessed.
  const kindText = text('kind');
  const terms = { ...KIND_TERMS, ...options.kindTerms };
  const termKind = kindText ? terms[foldTerm(kindText)] : undefined;
  if (termKind) data.kind = termKind;
  else if (kindText) {
    report(
      'kind',
      `種別「${kindText}」がどの種類か分かりません。対応表（--mapping）の kinds に書いてください / Unknown 種別; map it in the mapping file's kinds`,
    );
  } else if (options.kind) data.kind = options.kind;
  else
    report(
      undefined,
      '種別がありません。表がひとつの種類だけなら --kind を付けてください / No 種別: give --kind for a table of one kind',
    );
  if (data.kind) carried.push('kind');

  // Place: the address as written, and the point only when the table gives one inside the region.
  const address =
    text('address') ||
    ['addressPrefecture', 'addressCity', 'addressTown', 'addressNumber'].map((r) => text(r as ColumnRole)).join('');
  const building = text('building');
  const lat = degreesOf(byRole.get('lat')?.cell ?? null);
  const lng = degreesOf(byRole.get('lng')?.cell ?? null);
  const { south, west, north, east } = options.bounds;
  if (text('lat') && lat === undefined)
    report('lat', `緯度「${text('lat')}」が数値ではありません / The latitude is not a number`);
  if (text('lng') && lng === undefined)
    report('lng', `経度「${text('lng')}」が数値ではありません / The longitude is not a number`);
  if (lat === undefined || lng === undefined) {
    if (!text('lat') && !text('lng')) {
      report(
        byRole.has('lat') ? 'lat' : undefined,
        `地図の位置（緯度・経度）がありません。住所「${address || '（なし）'}」の位置を調べて書いてください / No map point: look up the point for this address`,
      );
    }
  } else if (lat < south || lat > north || lng < west || lng > east) {
    const swapped = lng >= south && lng <= north && lat >= west && lat <= east;
    report(
      'lat',
      swapped
        ? `緯度と経度が入れ替わっているようです（${lat}, ${lng}）/ Latitude and longitude look swapped`
        : `位置（${lat}, ${lng}）が地域の範囲の外です / The point lies outside the region`,
    );
  } else {
    data.location = {
      ...(building ? { placeName: building } : {}),
      ...(address ? { address } : {}),
      lat: Number(lat.toFixed(6)),
      lng: Number(lng.toFixed(6)),
      precision: 'exact',
      ...(text('access') ? { access: text('access') } : {}),
      ...(text('accessibility') ? { accessibility: text('accessibility').replace(/;/g, '、') } : {}),
    };
    carried.push('location');
  }

  // When it opens: weekday column and times, else the words if they are one rule, else the words kept.
  const rules: ScheduleRule[] = [];
  const weekdaysText = text('weekdays');
  const opensCell = byRole.get('opens')?.cell ?? null;
  const closesCell = byRole.get('closes')?.cell ?? null;
  const opens = textOf(opensCell) ? timeOf(opensCell) : undefined;
  const closes = textOf(closesCell) ? timeOf(closesCell) : undefined;
  if (textOf(opensCell) && !opens)
    report('opens', `開始時間「${textOf(opensCell)}」が時刻として読めません / Not a time`);
  if (textOf(closesCell) && !closes)
    report('closes', `終了時間「${textOf(closesCell)}」が時刻として読めません / Not a time`);
  if (opens && closes && closes <= opens) {
    report('closes', `終了時間 ${closes} が開始時間 ${opens} より前です / The closing time is before the opening time`);
  }
  const noteText = text('scheduleNote');
  // The words become rules only when there is no weekday column and they say one thing; otherwise they are kept.
  let noteBecameRules = false;
  if (weekdaysText) {
    const days = typedWeekdays(weekdaysText);
    if (!days) report('weekdays', `利用可能曜日「${weekdaysText}」が曜日として読めません / The days are not readable`);
    else if (opens && closes && closes > opens) rules.push({ freq: 'weekly', byDay: days, opens, closes });
    else if (!opens || !closes) {
      // Times that differ from day to day leave the time columns empty (as this site's own export does);
      // the schedule words then say them, and become rules only if they are unambiguous.
      const reading = noteText ? scheduleFromText(noteText) : undefined;
      if (reading && 'rules' in reading && reading.rules.length > 0) {
        rules.push(...reading.rules);
        noteBecameRules = true;
      } else if (!noteText) {
        report('opens', '曜日はありますが開始・終了時間がありません / Days without opening and closing times');
      }
      // Otherwise the words are kept as they are (scheduleNote): they say more than the days alone.
    }
  } else if (noteText) {
    const reading = scheduleFromText(noteText, opens && closes ? `${opens}-${closes}` : undefined);
    if ('rules' in reading) {
      rules.push(...reading.rules);
      noteBecameRules = true;
    }
  }
  if (rules.length > 0) {
    data.schedule = rules;
    carried.push('schedule');
  }
  if (noteText && !noteBecameRules) {
    data.scheduleNote = noteText;
    carried.push('scheduleNote');
  }

  // Who it is for: only the groups the words name.
  const audienceText = text('audience');
  if (audienceText) {
    const groups = AUDIENCE_TERMS.filter(([pattern]) => pattern.test(audienceText)).map(([, group]) => group);
    data.audience = groups.length > 0 ? { groups, note: audienceText } : { note: audienceText };
    carried.push('audience');
    // A free school's 受入年齢 in school years is the same fact as its grades; 出席扱い and 見学 stay unknown.
    const grades = GRADE_GROUPS.filter((grade) => groups.includes(grade));
    if (data.kind === 'free-school' && grades.length > 0) {
      data.freeSchool = { grades };
      carried.push('freeSchool');
    }
  }

  // Contact. A phone is published only when the ward says its list's phones are public.
  const contact: Record<string, unknown> = {};
  const phoneText = text('phone');
  if (phoneText) {
    const phone = readPhone(phoneText);
    if (!phone.ok) report('phone', `${phone.message}（「${phoneText}」）`);
    else {
      contact.phone = phone.value;
      contact.phoneConsent = options.phones === 'public';
      if (text('phoneExtension')) contact.phoneHours = `内線 ${text('phoneExtension')}`;
    }
  }
  if (text('email')) contact.email = text('email');
  if (text('website')) contact.website = text('website');
  if (text('form')) contact.form = text('form');
  if (Object.keys(contact).length > 0) {
    data.contact = contact;
    carried.push('contact');
  }
  if (text('organization')) {
    data.organization = text('organization');
    carried.push('organization');
  }
  if (text('summary')) {
    data.summary = text('summary').replace(/\s+/g, ' ');
    carried.push('summary');
  }

  const body = [text('description'), text('note'), text('contactNote')].filter(Boolean).join('\n\n');

  data.status = 'active';
  data.verified = { date: options.today, by: 'official', source: `${options.sourceName}（${options.today} 取り込み）` };

  const written = problems.every((p) => p.severity !== 'error');
  return { row, ...(sourceId ? { sourceId } : {}), ...(written ? { data } : {}), body, problems, carried };
}

/** A date cell (認可等年月日, 開始日): Excel's date, or typed text in any common form. */
export function dateOf(cell: Cell): string | undefined {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return typedDate(cell);
  return typedDate(textOf(cell));
}
