/** The catalogue's fields of the step 「対象」 (audience). */
import { vocabulary } from '../../../i18n/ja/vocabulary.ts';
import { field, choicesOf, choiceMessage, type FieldSpec } from './field.ts';

const {
  attendanceCredit: ATTENDANCE_CREDIT,
  audience: AUDIENCE_GROUPS,
  grade: GRADES,
  volunteerDirection: VOLUNTEER_DIRECTIONS,
} = vocabulary;

const ONLY_FREE_SCHOOL = 'フリースクールのみ';

const AUDIENCE_OPTIONS = { guardianRequired: '保護者の付き添いが必要', districtOnly: '校区の方のみ' } as const;

export const AUDIENCE_FIELDS: readonly FieldSpec[] = [
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
    issue: { id: 'audience', required: ['new'], heading: '対象 / Who can come', description: '1つ以上' },
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
];
