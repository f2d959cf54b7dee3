/**
 * The Japanese label each value of a controlled vocabulary is shown as. Each
 * table is a `Record` over the schema's values, so a value added to
 * src/schema/vocabulary.ts without a label here fails the type check.
 */
import type {
  AllergySupport,
  AttendanceCredit,
  AudienceGroup,
  CostFor,
  CostPer,
  Grade,
  Kind,
  Precision,
  ReservationMethod,
  SchoolLevel,
  Service,
  Status,
  VerifiedBy,
  VolunteerDirection,
  Weekday,
} from '../../schema/vocabulary.ts';

const kind: Record<Kind, string> = {
  'kodomo-shokudo': '子ども食堂',
  'free-school': 'フリースクール',
  ibasho: 'こどもの居場所',
  consultation: '相談窓口',
  volunteer: '新たな担い手・ボランティア',
};

/** English names, shown beside the Japanese on a kind's page and on the English side of messages. */
const kindEnglish: Record<Kind, string> = {
  'kodomo-shokudo': "Kids' cafeteria",
  'free-school': 'Free school',
  ibasho: 'Youth space',
  consultation: 'Consultation',
  volunteer: 'Volunteers and new providers',
};

const service: Record<Service, string> = {
  meal: '食事',
  bento: 'お弁当の配布',
  'food-pantry': 'フードパントリー（食品の配布）',
  study: '学習支援',
  play: '遊び・体験',
  'free-space': '自由に過ごせる場所',
  consultation: '相談',
  parenting: '子育て支援',
  'baby-food': '離乳食',
  'school-alternative': '学校以外の学びの場',
  online: 'オンライン',
  'volunteer-matching': 'ボランティアの募集・紹介',
};

const audience: Record<AudienceGroup, string> = {
  infant: '乳幼児',
  elementary: '小学生',
  'junior-high': '中学生',
  'high-school': '高校生',
  guardian: '保護者',
  everyone: 'どなたでも',
};

const costFor: Record<CostFor, string> = {
  child: '子ども',
  adult: '大人',
  guardian: '保護者',
  everyone: 'どなたでも',
};

const costPer: Record<CostPer, string> = {
  visit: '1回',
  month: '月額',
  year: '年額',
};

const reservationMethod: Record<ReservationMethod, string> = {
  phone: '電話',
  line: 'LINE',
  web: 'ウェブフォーム',
  email: 'メール',
  'in-person': '窓口・直接',
};

const allergySupport: Record<AllergySupport, string> = {
  available: '対応あり',
  consult: '要相談',
  none: '対応なし',
};

const attendanceCredit: Record<AttendanceCredit, string> = {
  yes: '出席扱いの実績あり',
  consult: '在籍校と相談',
  no: '出席扱いなし',
  unknown: '不明',
};

const grade: Record<Grade, string> = {
  elementary: '小学生',
  'junior-high': '中学生',
  'high-school': '高校生',
};

const volunteerDirection: Record<VolunteerDirection, string> = {
  offer: '手伝えます（担い手・支援の申し出）',
  seek: '手伝ってほしい（担い手・支援の募集）',
};

const status: Record<Status, string> = {
  active: '開催中',
  paused: '休止中',
  closed: '終了',
};

const verifiedBy: Record<VerifiedBy, string> = {
  operator: '運営者',
  official: '公的な情報源',
  unconfirmed: '未確認',
};

const precision: Record<Precision, string> = {
  exact: '正確な場所',
  approximate: 'おおよその場所（地域のみ公開）',
};

const schoolLevel: Record<SchoolLevel, string> = {
  elementary: '小学校',
  'junior-high': '中学校',
};

const weekday: Record<Weekday, string> = {
  MO: '月',
  TU: '火',
  WE: '水',
  TH: '木',
  FR: '金',
  SA: '土',
  SU: '日',
};

export const vocabulary = {
  kind,
  kindEnglish,
  service,
  audience,
  costFor,
  costPer,
  reservationMethod,
  allergySupport,
  attendanceCredit,
  grade,
  volunteerDirection,
  status,
  verifiedBy,
  precision,
  schoolLevel,
  weekday,
} as const;
