/**
 * Every field of the submission form, said once: where it sits in the listing
 * file (its schema path), which step of the form edits it, its label, how the
 * issue forms carry it, its vocabulary and its empty value. The empty draft,
 * the draft ↔ file mapping, the issue forms, the issue-body reader and the
 * form's error gating are all derived from this list, so adding a field means
 * the schema, one entry here and its words in src/i18n/ja/submit.ts.
 *
 * A path that names no field is a mistake in this file, not a user's: the
 * lookups below throw rather than put a message beside some other input.
 */
import type { submit } from '../../i18n/ja/submit.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { asciiDigits, coordinatePair, yenText } from '../../core/typed-text.ts';
import { readPhone } from '../../core/phone-number.ts';
import type { ListingFrontMatter } from '../../schema/listing.ts';
import {
  ALLERGY_SUPPORT,
  ATTENDANCE_CREDIT,
  AUDIENCE_GROUPS,
  GRADES,
  KINDS,
  PRECISIONS,
  RESERVATION_METHODS,
  SERVICES,
  STATUSES,
  VOLUNTEER_DIRECTIONS,
} from '../../schema/vocabulary.ts';
import { emptyRule, linesOf, type FormMode, type SubmissionDraft } from './draft-types.ts';
import {
  answerOf,
  compact,
  linksOf,
  linksText,
  numberOrText,
  ruleToFrontMatter,
  rulesToDrafts,
  text,
  time,
} from './file-values.ts';
import {
  formatCostLine,
  formatExtraDateLine,
  formatRuleLine,
  parseCostLine,
  parseExtraDateLine,
  parseRuleLine,
  type Parsed,
} from './text-formats.ts';

/** The form's steps, in order. */
export const STEP_IDS = ['about', 'place', 'schedule', 'audience', 'cost', 'contact', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Draft keys that are fields; `mode` and `publishedPoint` describe the draft itself. */
export type FieldKey = Exclude<keyof SubmissionDraft, 'mode' | 'publishedPoint'>;

export type FieldLabel = keyof (typeof submit)['fields'];

/**
 * How a draft value reads and writes, in the file and in an issue:
 * - `text`: typed text; blank is no value.
 * - `choice`: one vocabulary value; '' is none.
 * - `list`: vocabulary values, 「、」-separated in an issue.
 * - `lines`: typed one per line (or 「、」), a list of words in the file.
 * - `answer`: yes / no / not answered, a boolean in the file when answered.
 * - `flag`: a checkbox, written only when set.
 * - `rich`: built by its own editor (point, schedule, prices); its entry says how.
 */
export type FieldKind = 'text' | 'choice' | 'list' | 'lines' | 'answer' | 'flag' | 'rich';

export interface YesNoWords {
  yes: string;
  no: string;
}

/** One field of a GitHub issue form. */
export interface IssueSpec {
  /** The issue form's field id: also the URL parameter that pre-fills it. */
  id: string;
  /** The heading the field gets in the issue body; unique. */
  heading: string;
  /** Help under the heading; `{area}` and the like are the region's examples (`FormExamples`). */
  description: string;
  type?: 'input' | 'textarea';
  /** Which of the two forms have it; both unless said. */
  forms?: readonly FormMode[];
  /** The words an answer or flag is written in. */
  words?: YesNoWords;
  /** `yaml`: the field holds YAML (read by the issue script, written by the form). */
  format?: 'yaml';
  render?: 'yaml';
  /** Issue field id this one follows, when that is not the catalogue's order. */
  after?: string;
  /** For fields the kind does not say how to write. */
  write?(draft: SubmissionDraft): string;
  /** Puts the text into the draft; returns a message when it cannot be read. */
  read?(text: string, draft: SubmissionDraft): string | undefined;
}

/** Where problems inside a list go: `rules.0.opens`, `costs.1.yen`. */
export interface ItemErrors {
  /** The draft list the items are in. */
  list: string;
  /** The field for a problem with the list as a whole, when not the list itself. */
  self?: string;
  /** Problems of an item go to the item (`closedDates.2`), not only to the list. */
  indexed?: true;
  /** The item field for a problem with the item as a whole. */
  whole?: string;
  /** File key of an item → draft key of an item; absent: the same names. */
  keys?: Readonly<Record<string, string>>;
  /** File keys of an item that the draft keeps under the same name. */
  same?: readonly string[];
}

export interface FieldSpec<K extends FieldKey = FieldKey> {
  key: K;
  step: StepId;
  label: FieldLabel;
  kind: FieldKind;
  vocabulary?: Readonly<Record<string, string>>;
  /** The draft's value before anything is typed; copied for each draft. */
  empty: SubmissionDraft[K];
  /** Where it lives in the front matter, dot-separated. */
  path?: string;
  /** The description is the file's Markdown body, not front matter. */
  inBody?: true;
  /** Why a field has no place in the file (the file name, a message for the editors, …). */
  formOnly?: string;
  /** Lists left empty are written all the same, so the schema says "choose one" rather than "missing". */
  keepEmpty?: true;
  /** For fields whose file value is not the kind's plain mapping. */
  toFile?(draft: SubmissionDraft, today: CivilDate): unknown;
  /** The draft value from a listing; the kind's mapping of `path` unless given. */
  fromFile?(fm: ListingFrontMatter, body: string): SubmissionDraft[K];
  /** Problems at these schema paths (and under them) belong to this field too. */
  errorsOf?: readonly string[];
  /** Problems inside the list at `path`. */
  items?: ItemErrors;
  /** Its own issue field(s), or the issue field it is typed into together with another. */
  issue: IssueSpec | readonly IssueSpec[] | { in: string };
}

function field<K extends FieldKey>(spec: FieldSpec<K>): FieldSpec {
  return spec as unknown as FieldSpec;
}

const ONLY_FREE_SCHOOL = 'フリースクールのみ';

const PLACE_TYPES = {
  exact: '住所まで公開する',
  approximate: '地域名だけ公開する',
  online: '場所はない（オンラインのみ）',
} as const;

const AUDIENCE_OPTIONS = { guardianRequired: '保護者の付き添いが必要', districtOnly: '校区の方のみ' } as const;

/** Choice fields accept the Japanese label or the value itself. */
export function choiceOf<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | undefined {
  const trimmed = text.trim();
  for (const [value, label] of Object.entries(labels) as Array<[T, string]>) {
    if (trimmed === value || trimmed === label) return value;
  }
  return undefined;
}

export function choicesOf<T extends string>(
  labels: Readonly<Record<T, string>>,
  text: string,
): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const word of linesOf(text)) {
    const value = choiceOf(labels, word);
    if (value) values.push(value);
    else unknown.push(word);
  }
  return { values: [...new Set(values)], unknown };
}

export function choiceMessage(labels: Readonly<Record<string, string>>, words: string[]): string {
  return `「${words.join('、')}」は読み取れません。次から選んでください: ${Object.values(labels).join('、')} / Not one of the choices`;
}

/** An issue textarea of one-line forms (text-formats.ts), one per line. */
function linesIssue<T>(
  get: (draft: SubmissionDraft) => T[],
  set: (draft: SubmissionDraft, values: T[]) => void,
  format: (value: T) => string,
  parse: (line: string) => Parsed<T>,
): Pick<IssueSpec, 'type' | 'write' | 'read'> {
  return {
    type: 'textarea',
    write: (draft) => get(draft).map(format).join('\n'),
    read: (text, draft) => {
      const values: T[] = [];
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*[-*・]\s*/, '').trim())
        .filter(Boolean);
      for (const [index, line] of lines.entries()) {
        const parsed = parse(line);
        if (!parsed.ok) return `${index + 1}行目: ${parsed.message}`;
        values.push(parsed.value);
      }
      set(draft, values);
      return undefined;
    },
  };
}

export const FIELDS: readonly FieldSpec[] = [
  field({
    key: 'id',
    step: 'review',
    label: 'id',
    kind: 'text',
    empty: '',
    formOnly: 'the file name and URL, not front matter',
    issue: {
      id: 'listing-id',
      heading: 'ID（ファイル名）',
      description: '訂正する掲載の ID（ページの URL の /listings/ の後ろ）。新しい掲載では空欄でかまいません',
      read: (text, draft) => {
        draft.id = text.trim();
        return undefined;
      },
    },
  }),

  // 1. About the place
  field({
    key: 'kind',
    step: 'about',
    label: 'kind',
    kind: 'choice',
    vocabulary: KINDS,
    empty: '',
    path: 'kind',
    issue: { id: 'kind', heading: '種類 / Kind', description: 'どれか1つ' },
  }),
  field({
    key: 'name',
    step: 'about',
    label: 'name',
    kind: 'text',
    empty: '',
    path: 'name',
    issue: { id: 'name', heading: '名前 / Name', description: '場所や活動の名前（例: おおとりみんな食堂）' },
  }),
  field({
    key: 'nameKana',
    step: 'about',
    label: 'nameKana',
    kind: 'text',
    empty: '',
    path: 'nameKana',
    issue: {
      id: 'name-kana',
      heading: 'よみがな / Reading',
      description: 'ひらがなで（例: おおとりみんなしょくどう）',
    },
  }),
  field({
    key: 'summary',
    step: 'about',
    label: 'summary',
    kind: 'text',
    empty: '',
    path: 'summary',
    issue: { id: 'summary', heading: 'ひとこと紹介 / Summary', description: '一覧に出る1行の紹介（120字まで）' },
  }),
  field({
    key: 'organization',
    step: 'about',
    label: 'organization',
    kind: 'text',
    empty: '',
    path: 'organization',
    issue: { id: 'organization', heading: '運営団体 / Organization', description: '任意' },
  }),
  field({
    key: 'services',
    step: 'about',
    label: 'services',
    kind: 'list',
    vocabulary: SERVICES,
    empty: [],
    path: 'services',
    issue: { id: 'services', heading: 'できること / Services', description: '任意' },
  }),
  field({
    key: 'description',
    step: 'about',
    label: 'description',
    kind: 'text',
    empty: '',
    inBody: true,
    fromFile: (_fm, body) => body,
    issue: {
      id: 'description',
      heading: '紹介文 / Description',
      description: 'くわしい紹介（任意）。Markdown が使えます',
      type: 'textarea',
    },
  }),
  field({
    key: 'status',
    step: 'about',
    label: 'status',
    kind: 'choice',
    vocabulary: STATUSES,
    empty: 'active',
    path: 'status',
    issue: { id: 'status', heading: '活動の状況 / Status', description: '空欄なら開催中' },
  }),

  // 2. Where
  field({
    key: 'placeType',
    step: 'place',
    label: 'placeType',
    kind: 'choice',
    empty: 'place',
    formOnly: 'whether the file has a location at all',
    errorsOf: ['location'],
    fromFile: (fm) => (fm.location ? 'place' : 'online'),
    issue: {
      id: 'place-type',
      heading: '場所の公開のしかた / Location',
      description: `${Object.values(PLACE_TYPES).join(' / ')}。自宅などで住所を出したくない場合は「地域名だけ公開する」にしてください`,
      write: (draft) => (draft.placeType === 'online' ? PLACE_TYPES.online : PLACE_TYPES[draft.precision]),
      read: (text, draft) => {
        if (text.trim() === '') return undefined;
        const value = choiceOf(PLACE_TYPES, text);
        if (!value) return choiceMessage(PLACE_TYPES, [text.trim()]);
        if (value === 'online') draft.placeType = 'online';
        else {
          draft.placeType = 'place';
          draft.precision = value;
        }
        return undefined;
      },
    },
  }),
  field({
    key: 'precision',
    step: 'place',
    label: 'precision',
    kind: 'choice',
    vocabulary: PRECISIONS,
    empty: 'exact',
    path: 'location.precision',
    issue: { in: 'place-type' },
  }),
  field({
    key: 'placeName',
    step: 'place',
    label: 'placeName',
    kind: 'text',
    empty: '',
    path: 'location.placeName',
    issue: { id: 'place-name', heading: '会場名 / Venue', description: '建物や部屋（例: {placeName}）' },
  }),
  field({
    key: 'address',
    step: 'place',
    label: 'address',
    kind: 'text',
    empty: '',
    // Kept for approximate places too: the editors see it, the site never publishes it.
    path: 'location.address',
    issue: { id: 'address', heading: '住所 / Address', description: '「住所まで公開する」ときだけ公開されます' },
  }),
  field({
    key: 'area',
    step: 'place',
    label: 'area',
    kind: 'text',
    empty: '',
    path: 'location.area',
    issue: {
      id: 'area',
      heading: '公開する地域名 / Area',
      description: '「地域名だけ公開する」ときに出す地域（例: {area}）',
    },
  }),
  field({
    key: 'lat',
    step: 'place',
    label: 'lat',
    kind: 'rich',
    empty: '',
    path: 'location.lat',
    toFile: (draft) => numberOrText(draft.lat),
    fromFile: (fm) => (fm.location ? String(fm.location.lat) : ''),
    issue: {
      id: 'point',
      heading: '地図上の位置 / Point',
      description: '緯度, 経度（例: {lat}, {lng}）。地域名だけ公開する場合も、正確な位置はサイトに出ません',
      write: (draft) => (draft.lat || draft.lng ? `${draft.lat}, ${draft.lng}` : ''),
      read: (text, draft) => {
        if (text.trim() === '') return undefined;
        const pair = coordinatePair(text);
        if (!pair)
          return '「34.5391, 135.4652」のように緯度と経度をカンマで区切って書いてください / Write "latitude, longitude", e.g. "34.5391, 135.4652"';
        draft.lat = pair.lat;
        draft.lng = pair.lng;
        return undefined;
      },
    },
  }),
  field({
    key: 'lng',
    step: 'place',
    label: 'lng',
    kind: 'rich',
    empty: '',
    path: 'location.lng',
    toFile: (draft) => numberOrText(draft.lng),
    fromFile: (fm) => (fm.location ? String(fm.location.lng) : ''),
    issue: { in: 'point' },
  }),
  field({
    key: 'access',
    step: 'place',
    label: 'access',
    kind: 'text',
    empty: '',
    path: 'location.access',
    issue: { id: 'access', heading: '行き方 / Access', description: '例: {access}' },
  }),
  field({
    key: 'accessibility',
    step: 'place',
    label: 'accessibility',
    kind: 'text',
    empty: '',
    path: 'location.accessibility',
    issue: {
      id: 'accessibility',
      heading: 'バリアフリー / Accessibility',
      description: '段差・トイレ・駐車場など（任意）',
    },
  }),
  field({
    key: 'online',
    step: 'place',
    label: 'online',
    kind: 'flag',
    empty: false,
    path: 'online',
    toFile: (draft) => (draft.online || draft.placeType === 'online' ? true : undefined),
    fromFile: (fm) => fm.online === true && Boolean(fm.location),
    issue: {
      id: 'online',
      heading: 'オンラインでも / Also online',
      description: '会場のほかにオンラインでも',
      words: { yes: 'オンラインでも参加できる', no: 'オンラインはない' },
    },
  }),
  field({
    key: 'schoolDistrict',
    step: 'place',
    label: 'schoolDistrict',
    kind: 'text',
    empty: '',
    path: 'schoolDistrict',
    toFile: (draft) => text(draft.schoolDistrict.trim()),
    issue: {
      id: 'school-district',
      heading: '校区 / School district',
      description:
        '分かる場合だけ、校区の学校の ID（学校のページの URL の /schools/ の後ろ）。空欄なら地図上の位置から決まります',
    },
  }),

  // 3. When
  field({
    key: 'scheduleType',
    step: 'schedule',
    label: 'scheduleType',
    kind: 'choice',
    empty: 'rules',
    formOnly: 'irregular places have no rules, only a schedule note',
    fromFile: (fm) => (fm.schedule && fm.schedule.length > 0 ? 'rules' : fm.scheduleNote ? 'irregular' : 'rules'),
    issue: { in: 'schedule' },
  }),
  field({
    key: 'rules',
    step: 'schedule',
    label: 'rules',
    kind: 'rich',
    empty: [emptyRule()],
    path: 'schedule',
    items: {
      list: 'rules',
      self: 'scheduleType',
      whole: 'days',
      keys: {
        freq: 'pattern',
        byDay: 'days',
        interval: 'pattern',
        startDate: 'startDate',
        endDate: 'endDate',
        byMonth: 'months',
        opens: 'opens',
        closes: 'closes',
        label: 'label',
      },
    },
    toFile: (draft) => (draft.scheduleType === 'rules' ? draft.rules.map(ruleToFrontMatter) : []),
    fromFile: (fm) => (fm.schedule && fm.schedule.length > 0 ? fm.schedule.flatMap(rulesToDrafts) : [emptyRule()]),
    issue: {
      id: 'schedule',
      heading: '開催日 / Schedule',
      description:
        '1行に1つ: 「毎週 土 11:00-14:00」「隔週 水 15:00-17:00 開始 2026-04-01」「毎月 第2・第4 土 11:00-14:00」「毎月 最終 金 18:00-20:00」。不定期なら空欄にして、下の「日程の補足」に書いてください',
      ...linesIssue(
        (d) => (d.scheduleType === 'rules' ? d.rules : []),
        (d, rules) => {
          d.rules = rules;
          d.scheduleType = rules.length > 0 ? 'rules' : 'irregular';
        },
        formatRuleLine,
        parseRuleLine,
      ),
    },
  }),
  field({
    key: 'closedOnHolidays',
    step: 'schedule',
    label: 'closedOnHolidays',
    kind: 'flag',
    empty: false,
    path: 'closedOnHolidays',
    toFile: (draft) => (draft.scheduleType === 'rules' && draft.closedOnHolidays ? true : undefined),
    issue: {
      id: 'closed-on-holidays',
      heading: '祝日 / Holidays',
      description: '祝日と重なった日',
      words: { yes: '祝日は休み', no: '祝日も開く' },
    },
  }),
  field({
    key: 'scheduleNote',
    step: 'schedule',
    label: 'scheduleNote',
    kind: 'text',
    empty: '',
    path: 'scheduleNote',
    issue: {
      id: 'schedule-note',
      heading: '日程の補足 / Schedule note',
      description: '不定期の説明や、決まりで書けないこと（例: 夏休みは毎週）',
      type: 'textarea',
    },
  }),
  field({
    key: 'closedDates',
    step: 'schedule',
    label: 'closedDates',
    kind: 'rich',
    empty: [],
    path: 'closedDates',
    items: { list: 'closedDates', indexed: true },
    toFile: (draft) => draft.closedDates.map(asciiDigits).filter((d) => d !== ''),
    fromFile: (fm) => [...(fm.closedDates ?? [])],
    issue: {
      id: 'closed-dates',
      heading: '休みの日 / Closed dates',
      description: '決まった日のうち休む日。1行に1日（例: 2026-12-26）',
      type: 'textarea',
      write: (draft) => draft.closedDates.join('\n'),
      read: (text, draft) => {
        draft.closedDates = linesOf(text);
        return undefined;
      },
    },
  }),
  field({
    key: 'extraDates',
    step: 'schedule',
    label: 'extraDates',
    kind: 'rich',
    empty: [],
    path: 'extraDates',
    items: { list: 'extraDates', whole: 'date', same: ['date', 'opens', 'closes', 'note'] },
    toFile: (draft) =>
      draft.extraDates.map((extra) =>
        compact({
          date: asciiDigits(extra.date),
          opens: time(extra.opens),
          closes: time(extra.closes),
          note: text(extra.note),
        }),
      ),
    fromFile: (fm) =>
      (fm.extraDates ?? []).map((e) => ({ date: e.date, opens: e.opens, closes: e.closes, note: e.note ?? '' })),
    issue: {
      id: 'extra-dates',
      heading: '臨時の開催日 / Extra dates',
      description: '1行に1日: 「2026-12-26 10:00-12:00 クリスマス会」',
      ...linesIssue(
        (d) => d.extraDates,
        (d, v) => (d.extraDates = v),
        formatExtraDateLine,
        parseExtraDateLine,
      ),
    },
  }),

  // 4. For whom
  field({
    key: 'audience',
    step: 'audience',
    label: 'audience',
    kind: 'list',
    vocabulary: AUDIENCE_GROUPS,
    empty: [],
    path: 'audience.groups',
    keepEmpty: true,
    errorsOf: ['audience'],
    issue: { id: 'audience', heading: '対象 / Who can come', description: '1つ以上' },
  }),
  field({
    key: 'guardianRequired',
    step: 'audience',
    label: 'guardianRequired',
    kind: 'flag',
    empty: false,
    path: 'audience.guardianRequired',
    issue: {
      id: 'audience-conditions',
      heading: '参加の条件 / Conditions',
      description: `当てはまるものを「、」で区切って（${Object.values(AUDIENCE_OPTIONS).join('、')}）`,
      write: (draft) =>
        [
          draft.guardianRequired ? AUDIENCE_OPTIONS.guardianRequired : '',
          draft.districtOnly ? AUDIENCE_OPTIONS.districtOnly : '',
        ]
          .filter(Boolean)
          .join('、'),
      read: (text, draft) => {
        const { values, unknown } = choicesOf(AUDIENCE_OPTIONS, text);
        draft.guardianRequired = values.includes('guardianRequired');
        draft.districtOnly = values.includes('districtOnly');
        return unknown.length > 0 ? choiceMessage(AUDIENCE_OPTIONS, unknown) : undefined;
      },
    },
  }),
  field({
    key: 'districtOnly',
    step: 'audience',
    label: 'districtOnly',
    kind: 'flag',
    empty: false,
    path: 'audience.districtOnly',
    issue: { in: 'audience-conditions' },
  }),
  field({
    key: 'audienceNote',
    step: 'audience',
    label: 'audienceNote',
    kind: 'text',
    empty: '',
    path: 'audience.note',
    issue: { id: 'audience-note', heading: '対象の補足 / Audience note', description: '任意' },
  }),
  field({
    key: 'languages',
    step: 'audience',
    label: 'languages',
    kind: 'lines',
    empty: '',
    path: 'languages',
    items: { list: 'languages' },
    fromFile: (fm) => (fm.languages ?? []).join('、'),
    issue: {
      id: 'languages',
      heading: '日本語のほかに使える言語 / Languages',
      description: '任意。言語コードを「、」で区切って（例: en、zh、vi）',
    },
  }),
  field({
    key: 'grades',
    step: 'audience',
    label: 'grades',
    kind: 'list',
    vocabulary: GRADES,
    empty: [],
    path: 'freeSchool.grades',
    errorsOf: ['freeSchool'],
    issue: { id: 'grades', heading: '学年（フリースクール）/ Grades', description: ONLY_FREE_SCHOOL },
  }),
  field({
    key: 'attendanceCredit',
    step: 'audience',
    label: 'attendanceCredit',
    kind: 'choice',
    vocabulary: ATTENDANCE_CREDIT,
    empty: '',
    path: 'freeSchool.attendanceCredit',
    issue: {
      id: 'attendance-credit',
      heading: '出席扱い（フリースクール）/ Attendance credit',
      description: ONLY_FREE_SCHOOL,
    },
  }),
  field({
    key: 'visits',
    step: 'audience',
    label: 'visits',
    kind: 'answer',
    empty: '',
    path: 'freeSchool.visits',
    issue: {
      id: 'visits',
      heading: '見学（フリースクール）/ Visits',
      description: ONLY_FREE_SCHOOL,
      words: { yes: '見学できる', no: '見学はできない' },
    },
  }),
  field({
    key: 'freeSchoolOnline',
    step: 'audience',
    label: 'freeSchoolOnline',
    kind: 'flag',
    empty: false,
    path: 'freeSchool.online',
    issue: {
      id: 'free-school-online',
      heading: 'オンライン授業（フリースクール）/ Online lessons',
      description: ONLY_FREE_SCHOOL,
      words: { yes: 'オンラインもある', no: 'オンラインはない' },
    },
  }),
  field({
    key: 'freeSchoolNote',
    step: 'audience',
    label: 'freeSchoolNote',
    kind: 'text',
    empty: '',
    path: 'freeSchool.note',
    issue: { id: 'free-school-note', heading: 'フリースクールの補足 / Free school note', description: '任意' },
  }),
  field({
    key: 'topics',
    step: 'audience',
    label: 'topics',
    kind: 'lines',
    empty: '',
    path: 'consultation.topics',
    errorsOf: ['consultation'],
    issue: {
      id: 'topics',
      heading: '相談できること（相談窓口）/ Topics',
      description: '相談窓口のみ。「、」で区切って（例: 子育て、不登校）',
    },
  }),
  field({
    key: 'anonymous',
    step: 'audience',
    label: 'anonymous',
    kind: 'answer',
    empty: '',
    path: 'consultation.anonymous',
    issue: {
      id: 'anonymous',
      heading: '匿名（相談窓口）/ Anonymous',
      description: '相談窓口のみ',
      words: { yes: '名前を言わずに相談できる', no: '名前が必要' },
    },
  }),
  field({
    key: 'consultationNote',
    step: 'audience',
    label: 'consultationNote',
    kind: 'text',
    empty: '',
    path: 'consultation.note',
    issue: { id: 'consultation-note', heading: '相談窓口の補足 / Consultation note', description: '任意' },
  }),
  field({
    key: 'volunteerDirection',
    step: 'audience',
    label: 'volunteerDirection',
    kind: 'choice',
    vocabulary: VOLUNTEER_DIRECTIONS,
    empty: '',
    path: 'volunteer.direction',
    errorsOf: ['volunteer'],
    issue: {
      id: 'volunteer-direction',
      heading: '手伝う・手伝ってほしい（担い手）/ Direction',
      description: '新たな担い手・ボランティアのみ',
    },
  }),
  field({
    key: 'activities',
    step: 'audience',
    label: 'activities',
    kind: 'lines',
    empty: '',
    path: 'volunteer.activities',
    issue: {
      id: 'activities',
      heading: 'できること・してほしいこと（担い手）/ Activities',
      description: '新たな担い手・ボランティアのみ。「、」で区切って（例: 調理、学習支援）',
    },
  }),
  field({
    key: 'volunteerNote',
    step: 'audience',
    label: 'volunteerNote',
    kind: 'text',
    empty: '',
    path: 'volunteer.note',
    issue: { id: 'volunteer-note', heading: '担い手の補足 / Volunteer note', description: '任意' },
  }),
  field({
    key: 'volunteersWanted',
    step: 'audience',
    label: 'volunteersWanted',
    kind: 'flag',
    empty: false,
    path: 'volunteering.wanted',
    // The section needs an answer once it is there: "not now" is written too.
    toFile: (draft) => draft.volunteersWanted,
    issue: {
      id: 'volunteers-wanted',
      heading: 'ボランティア募集 / Volunteers wanted',
      description: '今ボランティアを募集しているか',
      words: { yes: '募集している', no: '募集していない' },
    },
  }),
  field({
    key: 'volunteerRoles',
    step: 'audience',
    label: 'volunteerRoles',
    kind: 'lines',
    empty: '',
    path: 'volunteering.roles',
    errorsOf: ['volunteering'],
    issue: {
      id: 'volunteer-roles',
      heading: '募集する役割 / Roles',
      description: '「、」で区切って（例: 調理、配膳）',
    },
  }),
  field({
    key: 'volunteeringNote',
    step: 'audience',
    label: 'volunteeringNote',
    kind: 'text',
    empty: '',
    path: 'volunteering.note',
    issue: { id: 'volunteering-note', heading: '募集の補足 / Volunteering note', description: '任意' },
  }),

  // 5. Cost and food
  field({
    key: 'costs',
    step: 'cost',
    label: 'costs',
    kind: 'rich',
    empty: [],
    path: 'cost.options',
    errorsOf: ['cost'],
    items: { list: 'costs', whole: 'yen', same: ['for', 'yen', 'per', 'label'] },
    toFile: (draft) =>
      draft.costs
        .filter((row) => row.yen.trim() !== '' || row.label.trim() !== '')
        .map((row) =>
          compact({
            for: row.for,
            yen: numberOrText(yenText(row.yen)),
            per: row.per === 'visit' ? undefined : row.per,
            label: text(row.label),
          }),
        ),
    fromFile: (fm) =>
      (fm.cost?.options ?? []).map((o) => ({
        for: o.for,
        yen: String(o.yen),
        per: o.per ?? 'visit',
        label: o.label ?? '',
      })),
    issue: {
      id: 'costs',
      heading: '料金 / Cost',
      description:
        '1行に1つ: 「子ども 0円」「大人 300円」「どなたでも 3000円/月」。対象の説明は「」で（例: 子ども 0円 「高校生まで」）',
      ...linesIssue(
        (d) => d.costs,
        (d, v) => (d.costs = v),
        formatCostLine,
        parseCostLine,
      ),
    },
  }),
  field({
    key: 'costNote',
    step: 'cost',
    label: 'costNote',
    kind: 'text',
    empty: '',
    path: 'cost.note',
    issue: { id: 'cost-note', heading: '料金の補足 / Cost note', description: '任意' },
  }),
  field({
    key: 'reservation',
    step: 'cost',
    label: 'reservation',
    kind: 'answer',
    empty: '',
    path: 'reservation.required',
    errorsOf: ['reservation'],
    issue: {
      id: 'reservation',
      heading: '予約 / Reservation',
      description: '任意',
      words: { yes: '予約が必要', no: '予約はいらない' },
    },
  }),
  field({
    key: 'reservationMethods',
    step: 'cost',
    label: 'reservationMethods',
    kind: 'list',
    vocabulary: RESERVATION_METHODS,
    empty: [],
    path: 'reservation.methods',
    issue: { id: 'reservation-methods', heading: '予約の方法 / How to reserve', description: '任意' },
  }),
  field({
    key: 'reservationNote',
    step: 'cost',
    label: 'reservationNote',
    kind: 'text',
    empty: '',
    path: 'reservation.note',
    issue: { id: 'reservation-note', heading: '予約の補足 / Reservation note', description: '任意' },
  }),
  field({
    key: 'allergy',
    step: 'cost',
    label: 'allergy',
    kind: 'choice',
    vocabulary: ALLERGY_SUPPORT,
    empty: '',
    path: 'food.allergy',
    errorsOf: ['food'],
    issue: { id: 'allergy', heading: '食物アレルギー / Food allergies', description: '食事がある場合' },
  }),
  field({
    key: 'foodNote',
    step: 'cost',
    label: 'foodNote',
    kind: 'text',
    empty: '',
    path: 'food.note',
    issue: { id: 'food-note', heading: '食事の補足 / Food note', description: '任意' },
  }),

  // 6. Contact and consent
  field({
    key: 'phone',
    step: 'contact',
    label: 'phone',
    kind: 'text',
    empty: '',
    path: 'contact.phone',
    errorsOf: ['contact'],
    toFile: (draft) => phoneOf(draft),
    issue: { id: 'phone', heading: '電話番号 / Phone', description: '例: 072-000-1234' },
  }),
  field({
    key: 'phoneConsent',
    step: 'contact',
    label: 'phoneConsent',
    kind: 'answer',
    empty: '',
    path: 'contact.phoneConsent',
    // Written only when answered; "no" is written too, so the number stays private.
    toFile: (draft) => (phoneOf(draft) && draft.phoneConsent !== '' ? draft.phoneConsent === 'yes' : undefined),
    fromFile: (fm) => (fm.contact?.phone ? answerOf(fm.contact.phoneConsent) : ''),
    issue: {
      id: 'phone-consent',
      heading: '電話番号の公開 / Publish the phone number',
      description: '電話番号を書いた場合は必ず選んでください。選ばなければ公開しません',
      words: { yes: 'サイトに載せてよい', no: '載せない（編集担当の確認用）' },
    },
  }),
  field({
    key: 'phoneHours',
    step: 'contact',
    label: 'phoneHours',
    kind: 'text',
    empty: '',
    path: 'contact.phoneHours',
    issue: { id: 'phone-hours', heading: '電話の受付時間 / Phone hours', description: '例: 平日 10:00〜17:00' },
  }),
  field({
    key: 'email',
    step: 'contact',
    label: 'email',
    kind: 'text',
    empty: '',
    path: 'contact.email',
    issue: { id: 'email', heading: 'メールアドレス / E-mail', description: 'サイトに載せるもの（任意）' },
  }),
  field({
    key: 'website',
    step: 'contact',
    label: 'website',
    kind: 'text',
    empty: '',
    path: 'contact.website',
    issue: { id: 'website', heading: 'ウェブサイト / Website', description: 'https:// から' },
  }),
  field({
    key: 'line',
    step: 'contact',
    label: 'line',
    kind: 'text',
    empty: '',
    path: 'contact.line',
    issue: { id: 'line', heading: 'LINE', description: 'LINE 公式アカウントの URL（任意）' },
  }),
  field({
    key: 'form',
    step: 'contact',
    label: 'form',
    kind: 'text',
    empty: '',
    path: 'contact.form',
    issue: { id: 'form', heading: '問い合わせフォーム / Contact form', description: 'URL（任意）' },
  }),
  field({
    key: 'links',
    step: 'contact',
    label: 'links',
    kind: 'text',
    empty: '',
    path: 'links',
    items: { list: 'links' },
    toFile: (draft) => linksOf(draft.links),
    fromFile: (fm) => linksText(fm.links ?? []),
    issue: {
      id: 'links',
      heading: 'リンク / Links',
      description: '任意。1行に1つ、名前と URL を空白で区切って（例: 活動の記録 https://example.jp/blog）',
      type: 'textarea',
    },
  }),
  field({
    key: 'isOperator',
    step: 'contact',
    label: 'isOperator',
    kind: 'answer',
    empty: '',
    // The sender confirms the listing today, as the operator or not.
    path: 'verified',
    toFile: (draft, today) => ({
      date: today,
      by: draft.isOperator === 'yes' ? 'operator' : 'unconfirmed',
      source: draft.isOperator === 'yes' ? 'ウェブフォームからの申請（運営者）' : 'ウェブフォームからの申請',
    }),
    // Whoever corrects a listing says anew whether they run it.
    fromFile: () => '',
    issue: {
      id: 'is-operator',
      heading: '運営している方ですか / Do you run it?',
      description: '必須',
      words: { yes: '運営しています', no: '運営していません' },
    },
  }),
  field({
    key: 'submitterContact',
    step: 'contact',
    label: 'submitterContact',
    kind: 'text',
    empty: '',
    formOnly: 'for the editors only: never written into the listing',
    fromFile: () => '',
    issue: {
      id: 'submitter',
      heading: 'ご連絡先 / Your contact',
      description:
        '編集担当から確認するときの連絡先。この issue は公開されるので、公開してよい連絡先だけを書いてください（任意）',
    },
  }),
  field({
    key: 'preserved',
    step: 'review',
    label: 'preserved',
    kind: 'rich',
    empty: {},
    formOnly: 'carries the fields the form does not edit, unchanged',
    issue: {
      id: 'other-fields',
      heading: 'そのほかの項目 / Other fields',
      description: 'フォームにない項目（お知らせなど）。訂正のときはそのままにしてください',
      type: 'textarea',
      format: 'yaml',
      render: 'yaml',
    },
  }),
  field({
    key: 'message',
    step: 'contact',
    label: 'message',
    kind: 'text',
    empty: '',
    formOnly: 'a message for the editors: never written into the listing',
    fromFile: () => '',
    issue: [
      {
        id: 'changes',
        heading: '訂正の内容 / What changed',
        description: 'どこが、どう変わったかを一言で（例: 開催日が第3土曜に変わりました）',
        type: 'textarea',
        forms: ['correction'],
        after: 'listing-id',
      },
      {
        id: 'message',
        heading: '編集担当へのメッセージ / Message',
        description: '任意',
        type: 'textarea',
        forms: ['new'],
      },
    ],
  }),
];

/** The one normal form (072-261-0000) when the number can be read; else as typed, for the schema to explain. */
function phoneOf(draft: SubmissionDraft): string | undefined {
  const typed = draft.phone.trim();
  const readable = typed ? readPhone(typed) : undefined;
  return readable?.ok ? readable.value : text(typed);
}

/**
 * Schema fields no form field edits, and why. They ride along in `preserved`
 * (the issue's 「そのほかの項目」), so a correction keeps them; problems with
 * them are shown there.
 */
export const FORM_LESS: Readonly<Record<string, string>> = {
  alert: 'a dated notice the editors write themselves',
  sample: 'marks demo data; set by hand in demo content only',
};

/**
 * Sections of the file written only when the draft says so; `keepEmpty`
 * sections are written even with nothing in them, so the schema asks for
 * their fields rather than for the section.
 */
export const SECTIONS: Readonly<Record<string, { when(draft: SubmissionDraft): boolean; keepEmpty?: true }>> = {
  location: { when: (d) => d.placeType === 'place' },
  reservation: { when: (d) => d.reservation !== '' },
  food: { when: (d) => d.allergy !== '' },
  freeSchool: { when: (d) => d.kind === 'free-school', keepEmpty: true },
  consultation: { when: (d) => d.kind === 'consultation' },
  volunteer: { when: (d) => d.kind === 'volunteer', keepEmpty: true },
  volunteering: {
    when: (d) => d.volunteersWanted || linesOf(d.volunteerRoles).length > 0 || text(d.volunteeringNote) !== undefined,
  },
};

const BY_KEY = new Map(FIELDS.map((spec) => [spec.key, spec]));

export function specOf(key: string): FieldSpec {
  const spec = BY_KEY.get(key as FieldKey);
  if (!spec) throw new Error(`No form field "${key}" in the field catalogue`);
  return spec;
}

/** The draft with nothing typed yet. */
export function emptyDraft(): SubmissionDraft {
  const draft: Record<string, unknown> = { mode: 'new' };
  for (const spec of FIELDS) draft[spec.key] = structuredClone(spec.empty);
  return draft as unknown as SubmissionDraft;
}

/** Top-level front-matter keys the form edits; every other key rides along in `preserved`. */
export const FORM_KEYS: ReadonlySet<string> = new Set(
  FIELDS.flatMap((spec) => (spec.path ? [spec.path.split('.')[0]!] : [])),
);

/** Draft fields holding vocabulary values, and the values each may hold: what a stored draft is checked against. */
export const VOCABULARY_LISTS: ReadonlyArray<{ key: FieldKey; values: readonly string[] }> = FIELDS.filter(
  (spec) => spec.kind === 'list',
).map((spec) => ({ key: spec.key, values: Object.keys(spec.vocabulary ?? {}) }));

/** Draft fields edited on a step. */
export function fieldsOfStep(step: StepId): FieldKey[] {
  return FIELDS.filter((spec) => spec.step === step).map((spec) => spec.key);
}

/** The step of a draft field or an error key under one (`rules.0.opens` → `schedule`). */
export function stepOfPath(path: string): StepId {
  return specOf(path.split('.')[0]!).step;
}

const BY_SCHEMA_PATH = new Map<string, FieldSpec>();
for (const spec of FIELDS) {
  for (const path of [...(spec.path ? [spec.path] : []), ...(spec.errorsOf ?? [])]) {
    if (BY_SCHEMA_PATH.has(path)) throw new Error(`Two form fields claim the schema path ${path}`);
    BY_SCHEMA_PATH.set(path, spec);
  }
}

/** Where a problem inside a list goes: `rules.0.opens` for schedule[0].opens. */
function itemField(spec: FieldSpec, rest: readonly string[]): string {
  const items = spec.items;
  const [index, key] = rest;
  if (!items) return spec.key;
  if (index === undefined) return items.self ?? items.list;
  if (!/^\d+$/.test(index)) throw new Error(`${spec.path}.${index} is not an item of the list ${spec.key}`);
  if (!items.whole && !items.keys && !items.same) return items.indexed ? `${items.list}.${index}` : items.list;
  if (key === undefined) return items.whole ? `${items.list}.${index}.${items.whole}` : `${items.list}.${index}`;
  const mapped = items.keys?.[key] ?? (items.same?.includes(key) ? key : undefined);
  if (!mapped) throw new Error(`No draft field for ${spec.path}.${index}.${key}`);
  return `${items.list}.${index}.${mapped}`;
}

/**
 * The draft field (or item of one) a schema problem belongs to:
 * `['reservation', 'methods', 0]` → `reservationMethods`, `['schedule', 0, 'closes']` → `rules.0.closes`.
 * Form-less fields go to `preserved`; a path of no field at all throws.
 */
export function fieldOfSchemaPath(path: readonly PropertyKey[]): string {
  const segments = path.map(String);
  // Skip the first "closedDates" index, the "options" of "cost", …: the longest known prefix wins.
  for (let n = segments.length; n > 0; n--) {
    const prefix = segments.slice(0, n).join('.');
    const spec = BY_SCHEMA_PATH.get(prefix);
    if (spec) return spec.path === prefix ? itemField(spec, segments.slice(n)) : spec.key;
    if (n === 1 && prefix in FORM_LESS) return 'preserved';
  }
  throw new Error(`No form field for the schema path "${segments.join('.')}"`);
}
