/**
 * The repository's issue forms, field by field, and the two directions a
 * draft travels through them: the web form pre-fills an issue
 * (`issueUrl`), and the issue script reads the submitted issue back
 * (`draftFromIssueBody`). The YAML under .github/ISSUE_TEMPLATE/ is generated
 * from this table (`npm run issue-forms`), so the three never drift apart.
 */
import { vocabulary } from '../../i18n/ja/vocabulary.ts';
import { emptyDraft, linesOf, type Answer, type SubmissionDraft } from './draft.ts';
import {
  formatCostLine,
  formatExtraDateLine,
  formatRuleLine,
  parseCostLine,
  parseExtraDateLine,
  parseRuleLine,
} from './text-formats.ts';
import { load as loadYaml, dump } from 'js-yaml';
import { cellCentre, isPublishedCentre } from '../geo.ts';
import { coordinatePair } from '../../core/typed-text.ts';

const {
  allergySupport: ALLERGY_SUPPORT,
  attendanceCredit: ATTENDANCE_CREDIT,
  audience: AUDIENCE_GROUPS,
  grade: GRADES,
  kind: KINDS,
  reservationMethod: RESERVATION_METHODS,
  service: SERVICES,
  status: STATUSES,
  volunteerDirection: VOLUNTEER_DIRECTIONS,
} = vocabulary;

export type FormMode = 'new' | 'correction';

export interface IssueField {
  /** The issue form's field id: also the URL parameter that pre-fills it. */
  id: string;
  /** The heading the field gets in the issue body; unique. */
  label: string;
  /** Help under the label; `{area}` and the like are the region's examples (`FormExamples`), filled in by issue-template.ts. */
  description: string;
  type: 'input' | 'textarea';
  /** Which of the two forms have it. */
  forms: readonly FormMode[];
  required?: boolean;
  render?: 'yaml';
  write(draft: SubmissionDraft): string;
  /** Puts the text into the draft; returns a message when it cannot be read. */
  read(text: string, draft: SubmissionDraft): string | undefined;
}

const BOTH: readonly FormMode[] = ['new', 'correction'];

/** Choice fields accept the Japanese label or the value itself. */
function choice<T extends string>(labels: Record<T, string>, text: string): T | undefined {
  const trimmed = text.trim();
  for (const [value, label] of Object.entries(labels) as Array<[T, string]>) {
    if (trimmed === value || trimmed === label) return value;
  }
  return undefined;
}

function choices<T extends string>(labels: Record<T, string>, text: string): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const word of linesOf(text)) {
    const value = choice(labels, word);
    if (value) values.push(value);
    else unknown.push(word);
  }
  return { values: [...new Set(values)], unknown };
}

function choiceMessage(labels: Record<string, string>, words: string[]): string {
  return `「${words.join('、')}」は読み取れません。次から選んでください: ${Object.values(labels).join('、')} / Not one of the choices`;
}

const YES_NO = { yes: 'はい', no: 'いいえ' } as const;

/** Draft fields holding values of type T. */
type KeysOf<T> = Exclude<
  { [K in keyof SubmissionDraft]-?: SubmissionDraft[K] extends T ? K : never }[keyof SubmissionDraft],
  undefined
>;

function textField(
  id: string,
  label: string,
  key: keyof SubmissionDraft,
  description: string,
  options: Partial<Pick<IssueField, 'type' | 'forms' | 'required'>> = {},
): IssueField {
  return {
    id,
    label,
    description,
    type: options.type ?? 'input',
    forms: options.forms ?? BOTH,
    ...(options.required ? { required: true } : {}),
    write: (draft) => String(draft[key] ?? ''),
    read: (text, draft) => {
      (draft as unknown as Record<string, string>)[key] = text;
      return undefined;
    },
  };
}

function choiceField<T extends string>(
  id: string,
  label: string,
  labels: Record<T, string>,
  get: (draft: SubmissionDraft) => T | '',
  set: (draft: SubmissionDraft, value: T) => void,
  description: string,
  /** Other words accepted for the same values (はい・いいえ). */
  synonyms?: Record<T, string>,
): IssueField {
  return {
    id,
    label,
    description: `${description}（${Object.values(labels).join(' / ')}）`,
    type: 'input',
    forms: BOTH,
    write: (draft) => {
      const value = get(draft);
      return value ? (labels[value as T] ?? '') : '';
    },
    read: (text, draft) => {
      if (text.trim() === '') return undefined;
      const value = choice(labels, text) ?? (synonyms ? choice(synonyms, text) : undefined);
      if (!value) return choiceMessage(labels, [text.trim()]);
      set(draft, value);
      return undefined;
    },
  };
}

function listField<T extends string>(
  id: string,
  label: string,
  labels: Record<T, string>,
  get: (draft: SubmissionDraft) => T[],
  set: (draft: SubmissionDraft, values: T[]) => void,
  description: string,
): IssueField {
  return {
    id,
    label,
    description: `${description}。「、」で区切って書きます（${Object.values(labels).join('、')}）`,
    type: 'input',
    forms: BOTH,
    write: (draft) =>
      get(draft)
        .map((v) => labels[v])
        .join('、'),
    read: (text, draft) => {
      const { values, unknown } = choices(labels, text);
      set(draft, values);
      return unknown.length > 0 ? choiceMessage(labels, unknown) : undefined;
    },
  };
}

type YesNo = { yes: string; no: string };

/** A question answered yes, no or not at all; はい・いいえ are understood too. */
function answerField(id: string, label: string, words: YesNo, key: KeysOf<Answer>, description: string): IssueField {
  const record = (draft: SubmissionDraft) => draft as unknown as Record<string, Answer>;
  return choiceField(
    id,
    label,
    words,
    (d) => record(d)[key]!,
    (d, v) => (record(d)[key] = v),
    description,
    YES_NO,
  );
}

/** A yes/no flag: written only when set, as the file leaves false out. */
function flagField(id: string, label: string, words: YesNo, key: KeysOf<boolean>, description: string): IssueField {
  const record = (draft: SubmissionDraft) => draft as unknown as Record<string, boolean>;
  return choiceField(
    id,
    label,
    words,
    (d) => (record(d)[key] ? 'yes' : ''),
    (d, v) => (record(d)[key] = v === 'yes'),
    description,
    YES_NO,
  );
}

function linesField<T>(
  id: string,
  label: string,
  description: string,
  get: (draft: SubmissionDraft) => T[],
  set: (draft: SubmissionDraft, values: T[]) => void,
  format: (value: T) => string,
  parse: (line: string) => { ok: true; value: T } | { ok: false; message: string },
): IssueField {
  return {
    id,
    label,
    description,
    type: 'textarea',
    forms: BOTH,
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

/** A list kept one item per line in the draft and written 「A、B」 in the issue. */
function wordsField(
  id: string,
  label: string,
  key: 'topics' | 'activities' | 'volunteerRoles',
  description: string,
): IssueField {
  return {
    id,
    label,
    description,
    type: 'input',
    forms: BOTH,
    write: (draft) => linesOf(draft[key]).join('、'),
    read: (text, draft) => {
      draft[key] = linesOf(text).join('\n');
      return undefined;
    },
  };
}

const PLACE_TYPES = {
  exact: '住所まで公開する',
  approximate: '地域名だけ公開する',
  online: '場所はない（オンラインのみ）',
} as const;

const AUDIENCE_OPTIONS = { guardianRequired: '保護者の付き添いが必要', districtOnly: '校区の方のみ' } as const;

export const ISSUE_FIELDS: readonly IssueField[] = [
  {
    ...textField(
      'listing-id',
      'ID（ファイル名）',
      'id',
      '訂正する掲載の ID（ページの URL の /listings/ の後ろ）。新しい掲載では空欄でかまいません',
    ),
    read: (text, draft) => {
      draft.id = text.trim();
      return undefined;
    },
  },
  {
    id: 'changes',
    label: '訂正の内容 / What changed',
    description: 'どこが、どう変わったかを一言で（例: 開催日が第3土曜に変わりました）',
    type: 'textarea',
    forms: ['correction'],
    required: true,
    write: (draft) => draft.message,
    read: (text, draft) => {
      draft.message = text;
      return undefined;
    },
  },
  choiceField(
    'kind',
    '種類 / Kind',
    KINDS,
    (d) => d.kind,
    (d, v) => (d.kind = v),
    'どれか1つ',
  ),
  textField('name', '名前 / Name', 'name', '場所や活動の名前（例: おおとりみんな食堂）'),
  textField('name-kana', 'よみがな / Reading', 'nameKana', 'ひらがなで（例: おおとりみんなしょくどう）'),
  textField('summary', 'ひとこと紹介 / Summary', 'summary', '一覧に出る1行の紹介（120字まで）'),
  textField('organization', '運営団体 / Organization', 'organization', '任意'),
  listField(
    'services',
    'できること / Services',
    SERVICES,
    (d) => d.services,
    (d, v) => (d.services = v),
    '任意',
  ),
  textField('description', '紹介文 / Description', 'description', 'くわしい紹介（任意）。Markdown が使えます', {
    type: 'textarea',
  }),
  choiceField(
    'status',
    '活動の状況 / Status',
    STATUSES,
    (d) => d.status,
    (d, v) => (d.status = v),
    '空欄なら開催中',
  ),
  {
    id: 'place-type',
    label: '場所の公開のしかた / Location',
    description: `${Object.values(PLACE_TYPES).join(' / ')}。自宅などで住所を出したくない場合は「地域名だけ公開する」にしてください`,
    type: 'input',
    forms: BOTH,
    write: (draft) => (draft.placeType === 'online' ? PLACE_TYPES.online : PLACE_TYPES[draft.precision]),
    read: (text, draft) => {
      if (text.trim() === '') return undefined;
      const value = choice(PLACE_TYPES, text);
      if (!value) return choiceMessage(PLACE_TYPES, [text.trim()]);
      if (value === 'online') draft.placeType = 'online';
      else {
        draft.placeType = 'place';
        draft.precision = value;
      }
      return undefined;
    },
  },
  textField('place-name', '会場名 / Venue', 'placeName', '建物や部屋（例: {placeName}）'),
  textField('address', '住所 / Address', 'address', '「住所まで公開する」ときだけ公開されます'),
  textField('area', '公開する地域名 / Area', 'area', '「地域名だけ公開する」ときに出す地域（例: {area}）'),
  {
    id: 'point',
    label: '地図上の位置 / Point',
    description: '緯度, 経度（例: {lat}, {lng}）。地域名だけ公開する場合も、正確な位置はサイトに出ません',
    type: 'input',
    forms: BOTH,
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
  textField('access', '行き方 / Access', 'access', '例: {access}'),
  textField('accessibility', 'バリアフリー / Accessibility', 'accessibility', '段差・トイレ・駐車場など（任意）'),
  flagField(
    'online',
    'オンラインでも / Also online',
    { yes: 'オンラインでも参加できる', no: 'オンラインはない' },
    'online',
    '会場のほかにオンラインでも',
  ),
  {
    ...linesField(
      'schedule',
      '開催日 / Schedule',
      '1行に1つ: 「毎週 土 11:00-14:00」「隔週 水 15:00-17:00 開始 2026-04-01」「毎月 第2・第4 土 11:00-14:00」「毎月 最終 金 18:00-20:00」。不定期なら空欄にして、下の「日程の補足」に書いてください',
      (d) => (d.scheduleType === 'rules' ? d.rules : []),
      (d, rules) => {
        d.rules = rules;
        d.scheduleType = rules.length > 0 ? 'rules' : 'irregular';
      },
      formatRuleLine,
      parseRuleLine,
    ),
  },
  flagField(
    'closed-on-holidays',
    '祝日 / Holidays',
    { yes: '祝日は休み', no: '祝日も開く' },
    'closedOnHolidays',
    '祝日と重なった日',
  ),
  textField(
    'schedule-note',
    '日程の補足 / Schedule note',
    'scheduleNote',
    '不定期の説明や、決まりで書けないこと（例: 夏休みは毎週）',
    { type: 'textarea' },
  ),
  {
    id: 'closed-dates',
    label: '休みの日 / Closed dates',
    description: '決まった日のうち休む日。1行に1日（例: 2026-12-26）',
    type: 'textarea',
    forms: BOTH,
    write: (draft) => draft.closedDates.join('\n'),
    read: (text, draft) => {
      draft.closedDates = linesOf(text);
      return undefined;
    },
  },
  linesField(
    'extra-dates',
    '臨時の開催日 / Extra dates',
    '1行に1日: 「2026-12-26 10:00-12:00 クリスマス会」',
    (d) => d.extraDates,
    (d, v) => (d.extraDates = v),
    formatExtraDateLine,
    parseExtraDateLine,
  ),
  listField(
    'audience',
    '対象 / Who can come',
    AUDIENCE_GROUPS,
    (d) => d.audience,
    (d, v) => (d.audience = v),
    '1つ以上',
  ),
  {
    id: 'audience-conditions',
    label: '参加の条件 / Conditions',
    description: `当てはまるものを「、」で区切って（${Object.values(AUDIENCE_OPTIONS).join('、')}）`,
    type: 'input',
    forms: BOTH,
    write: (draft) =>
      [
        draft.guardianRequired ? AUDIENCE_OPTIONS.guardianRequired : '',
        draft.districtOnly ? AUDIENCE_OPTIONS.districtOnly : '',
      ]
        .filter(Boolean)
        .join('、'),
    read: (text, draft) => {
      const { values, unknown } = choices(AUDIENCE_OPTIONS, text);
      draft.guardianRequired = values.includes('guardianRequired');
      draft.districtOnly = values.includes('districtOnly');
      return unknown.length > 0 ? choiceMessage(AUDIENCE_OPTIONS, unknown) : undefined;
    },
  },
  textField('audience-note', '対象の補足 / Audience note', 'audienceNote', '任意'),
  listField(
    'grades',
    '学年（フリースクール）/ Grades',
    GRADES,
    (d) => d.grades,
    (d, v) => (d.grades = v),
    'フリースクールのみ',
  ),
  choiceField(
    'attendance-credit',
    '出席扱い（フリースクール）/ Attendance credit',
    ATTENDANCE_CREDIT,
    (d) => d.attendanceCredit,
    (d, v) => (d.attendanceCredit = v),
    'フリースクールのみ',
  ),
  answerField(
    'visits',
    '見学（フリースクール）/ Visits',
    { yes: '見学できる', no: '見学はできない' },
    'visits',
    'フリースクールのみ',
  ),
  flagField(
    'free-school-online',
    'オンライン授業（フリースクール）/ Online lessons',
    { yes: 'オンラインもある', no: 'オンラインはない' },
    'freeSchoolOnline',
    'フリースクールのみ',
  ),
  textField('free-school-note', 'フリースクールの補足 / Free school note', 'freeSchoolNote', '任意'),
  wordsField(
    'topics',
    '相談できること（相談窓口）/ Topics',
    'topics',
    '相談窓口のみ。「、」で区切って（例: 子育て、不登校）',
  ),
  answerField(
    'anonymous',
    '匿名（相談窓口）/ Anonymous',
    { yes: '名前を言わずに相談できる', no: '名前が必要' },
    'anonymous',
    '相談窓口のみ',
  ),
  textField('consultation-note', '相談窓口の補足 / Consultation note', 'consultationNote', '任意'),
  choiceField(
    'volunteer-direction',
    '手伝う・手伝ってほしい（担い手）/ Direction',
    VOLUNTEER_DIRECTIONS,
    (d) => d.volunteerDirection,
    (d, v) => (d.volunteerDirection = v),
    '新たな担い手・ボランティアのみ',
  ),
  wordsField(
    'activities',
    'できること・してほしいこと（担い手）/ Activities',
    'activities',
    '新たな担い手・ボランティアのみ。「、」で区切って（例: 調理、学習支援）',
  ),
  textField('volunteer-note', '担い手の補足 / Volunteer note', 'volunteerNote', '任意'),
  flagField(
    'volunteers-wanted',
    'ボランティア募集 / Volunteers wanted',
    { yes: '募集している', no: '募集していない' },
    'volunteersWanted',
    '今ボランティアを募集しているか',
  ),
  wordsField('volunteer-roles', '募集する役割 / Roles', 'volunteerRoles', '「、」で区切って（例: 調理、配膳）'),
  textField('volunteering-note', '募集の補足 / Volunteering note', 'volunteeringNote', '任意'),
  linesField(
    'costs',
    '料金 / Cost',
    '1行に1つ: 「子ども 0円」「大人 300円」「どなたでも 3000円/月」。対象の説明は「」で（例: 子ども 0円 「高校生まで」）',
    (d) => d.costs,
    (d, v) => (d.costs = v),
    formatCostLine,
    parseCostLine,
  ),
  textField('cost-note', '料金の補足 / Cost note', 'costNote', '任意'),
  answerField('reservation', '予約 / Reservation', { yes: '予約が必要', no: '予約はいらない' }, 'reservation', '任意'),
  listField(
    'reservation-methods',
    '予約の方法 / How to reserve',
    RESERVATION_METHODS,
    (d) => d.reservationMethods,
    (d, v) => (d.reservationMethods = v),
    '任意',
  ),
  textField('reservation-note', '予約の補足 / Reservation note', 'reservationNote', '任意'),
  choiceField(
    'allergy',
    '食物アレルギー / Food allergies',
    ALLERGY_SUPPORT,
    (d) => d.allergy,
    (d, v) => (d.allergy = v),
    '食事がある場合',
  ),
  textField('food-note', '食事の補足 / Food note', 'foodNote', '任意'),
  textField('phone', '電話番号 / Phone', 'phone', '例: 072-000-1234'),
  answerField(
    'phone-consent',
    '電話番号の公開 / Publish the phone number',
    { yes: 'サイトに載せてよい', no: '載せない（編集担当の確認用）' },
    'phoneConsent',
    '電話番号を書いた場合は必ず選んでください。選ばなければ公開しません',
  ),
  textField('phone-hours', '電話の受付時間 / Phone hours', 'phoneHours', '例: 平日 10:00〜17:00'),
  textField('email', 'メールアドレス / E-mail', 'email', 'サイトに載せるもの（任意）'),
  textField('website', 'ウェブサイト / Website', 'website', 'https:// から'),
  textField('line', 'LINE', 'line', 'LINE 公式アカウントの URL（任意）'),
  textField('form', '問い合わせフォーム / Contact form', 'form', 'URL（任意）'),
  answerField(
    'is-operator',
    '運営している方ですか / Do you run it?',
    { yes: '運営しています', no: '運営していません' },
    'isOperator',
    '必須',
  ),
  textField(
    'submitter',
    'ご連絡先 / Your contact',
    'submitterContact',
    '編集担当から確認するときの連絡先。この issue は公開されるので、公開してよい連絡先だけを書いてください（任意）',
  ),
  {
    id: 'other-fields',
    label: 'そのほかの項目 / Other fields',
    description: 'フォームにない項目（リンク・お知らせなど）。訂正のときはそのままにしてください',
    type: 'textarea',
    forms: BOTH,
    render: 'yaml',
    write: (draft) =>
      Object.keys(draft.preserved).length > 0 ? dump(draft.preserved, { lineWidth: -1 }).trimEnd() : '',
    read: (text, draft) => {
      if (text.trim() === '') return undefined;
      try {
        const value = loadYaml(text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a mapping');
        draft.preserved = value as Record<string, unknown>;
        return undefined;
      } catch {
        return 'YAML として読めません（「名前: 値」の形で書いてください）/ Not valid YAML';
      }
    },
  },
  {
    id: 'message',
    label: '編集担当へのメッセージ / Message',
    description: '任意',
    type: 'textarea',
    forms: ['new'],
    write: (draft) => draft.message,
    read: (text, draft) => {
      draft.message = text;
      return undefined;
    },
  },
];

/** Which issue form the issue came from: only the correction form has 「訂正の内容」. */
export function modeOfIssueBody(body: string): FormMode {
  return sectionsOf(body).has(ISSUE_FIELDS.find((f) => f.id === 'changes')!.label) ? 'correction' : 'new';
}

/** `### label` sections of an issue body, as GitHub writes them for issue forms. */
export function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = body.replace(/\r\n?/g, '\n').split(/^### +(.+?)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    let value = (parts[i + 1] ?? '').trim();
    if (value === '_No response_') value = '';
    // Fields rendered as code come back fenced.
    const fenced = /^```[a-z]*\n([\s\S]*?)\n?```$/.exec(value);
    if (fenced) value = fenced[1]!;
    sections.set(parts[i]!.trim(), value);
  }
  return sections;
}

export interface IssueReading {
  mode: FormMode;
  draft: SubmissionDraft;
  /** By issue field label: what could not be read. */
  problems: Array<{ field: string; message: string }>;
}

/**
 * The draft an issue describes. A correction starts from the listing as it is
 * (`start`) and changes only the fields the issue fills in: someone who opens
 * the correction form on GitHub and writes two fields must not empty the rest.
 */
export function draftFromIssueBody(body: string, start?: SubmissionDraft): IssueReading {
  const sections = sectionsOf(body);
  const mode = modeOfIssueBody(body);
  const draft: SubmissionDraft = start ? structuredClone(start) : { ...emptyDraft(), rules: [] };
  draft.mode = mode;
  const problems: IssueReading['problems'] = [];
  for (const field of ISSUE_FIELDS) {
    const text = sections.get(field.label);
    if (text === undefined || (start && text.trim() === '')) continue;
    const message = field.read(text, draft);
    if (message) problems.push({ field: field.label, message });
  }
  return { mode, draft, problems };
}

/** The issue form's file name for a mode. */
export function templateFile(mode: FormMode): string {
  return mode === 'new' ? 'listing-new.yml' : 'listing-correction.yml';
}

export function issueTitle(draft: SubmissionDraft): string {
  return draft.mode === 'correction'
    ? `【訂正】${draft.name.trim() || draft.id}（${draft.id}）`
    : `【掲載申請】${draft.name.trim() || '（名前未記入）'}`;
}

/** Above this, browsers and GitHub may refuse the address. */
export const MAX_ISSUE_URL = 7500;

export interface IssueLink {
  url: string;
  /** Labels of fields left out to keep the address short enough: the sender pastes them. */
  omitted: string[];
}

/**
 * An issue is public the moment it is opened, so it only carries what the
 * site would publish: for an approximate place, its area and the centre of
 * its grid cell (no address, venue or directions), which publishes the same
 * circle as the true point and reveals no more than the circle does; no phone
 * number without consent; no private contact. A correction whose pin still
 * sits on the published centre it started from keeps that centre, so the
 * issue script knows to keep the true point.
 */
export function forPublicIssue(draft: SubmissionDraft): SubmissionDraft {
  const safe: SubmissionDraft = { ...draft, submitterContact: '' };
  if (draft.phoneConsent !== 'yes') safe.phone = '';
  const lat = Number(draft.lat);
  const lng = Number(draft.lng);
  if (draft.placeType === 'place' && draft.precision === 'approximate') {
    // The site shows an approximate place's area only; its address, venue and directions stay with the editors.
    safe.address = '';
    safe.placeName = '';
    safe.access = '';
    if (Number.isFinite(lat) && Number.isFinite(lng)) {
      const published = draft.publishedPoint;
      // Checked, not trusted: a draft made from the file itself would hold the true point there.
      const unmoved =
        published !== undefined && published.lat === lat && published.lng === lng && isPublishedCentre(published);
      const point = unmoved ? published : cellCentre({ lat, lng });
      safe.lat = String(point.lat);
      safe.lng = String(point.lng);
    }
  }
  return safe;
}

/** A new-issue address on the repository with the form pre-filled from the draft. */
export function issueUrl(repository: string, fullDraft: SubmissionDraft): IssueLink {
  const draft = forPublicIssue(fullDraft);
  const mode = draft.mode;
  const base = `${repository.replace(/\/+$/, '')}/issues/new`;
  const entries: Array<[IssueField, string]> = ISSUE_FIELDS.filter((f) => f.forms.includes(mode))
    .map((f) => [f, f.write(draft)] as [IssueField, string])
    .filter(([, value]) => value.trim() !== '');
  const build = (list: Array<[IssueField, string]>) => {
    const params = new URLSearchParams({ template: templateFile(mode), title: issueTitle(draft) });
    for (const [field, value] of list) params.set(field.id, value);
    return `${base}?${params.toString()}`;
  };
  const omitted: string[] = [];
  let url = build(entries);
  // The longest free-text fields go first; the rest is short.
  for (const id of ['description', 'other-fields', 'schedule-note', 'changes', 'message']) {
    if (url.length <= MAX_ISSUE_URL) break;
    const index = entries.findIndex(([f]) => f.id === id);
    if (index < 0) continue;
    omitted.push(entries[index]![0].label);
    entries.splice(index, 1);
    url = build(entries);
  }
  return { url, omitted };
}
