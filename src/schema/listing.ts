/**
 * The front matter of one listing file, `content/listings/<id>.md`. Field names
 * are the public contract for editors. Each field's `.meta({ description })`
 * is the one-line help the editors' JSON Schema shows on hover (Japanese, then
 * English); content/README.md §4–5 says the same at length and must agree.
 * Unknown keys are errors so that a misspelt field fails loudly.
 */
import { z } from 'astro/zod';
import {
  civilDateSchema,
  emailSchema,
  idSchema,
  kanaSchema,
  latitudeSchema,
  linkSchema,
  longitudeSchema,
  note,
  oneLine,
  phoneSchema,
  swappedLatLng,
  webUrlSchema,
  wrongType,
} from './primitives.ts';
import { extraDateSchema, scheduleNoteSchema, scheduleRuleSchema } from './schedule.ts';
import {
  ALLERGY_VALUES,
  ATTENDANCE_CREDIT_VALUES,
  AUDIENCE_VALUES,
  COST_FOR_VALUES,
  COST_PER_VALUES,
  GRADE_VALUES,
  KIND_VALUES,
  PRECISION_VALUES,
  RESERVATION_METHOD_VALUES,
  SERVICE_VALUES,
  STATUS_VALUES,
  VERIFIED_BY_VALUES,
  VOLUNTEER_DIRECTION_VALUES,
} from './vocabulary.ts';

export const locationSchema = z
  .strictObject({
    placeName: oneLine(80).optional().meta({
      description:
        '建物・部屋の名前（80字）。approximate では公開されない。例: 浜寺石津町集会所 1階 / Building or room (up to 80 characters); not published for approximate places',
    }),
    address: oneLine(120).optional().meta({
      description:
        '住所（120字）。exact では必須、approximate では公開されない / Street address (up to 120 characters); required for exact, never published for approximate places',
    }),
    area: oneLine(60).optional().meta({
      description:
        '住所のかわりに公開する地域名（60字）。approximate では必須。例: 浜寺石津町付近 / Area published instead of the address (up to 60 characters); required for approximate places',
    }),
    // For approximate places the point is never published: only a circle worked out from its grid cell is.
    lat: latitudeSchema.meta({
      description:
        '緯度（度・小数、世界測地系）。site.yaml の map.bounds の中。例: 34.5461 / Latitude in decimal degrees (WGS 84), inside map.bounds of site.yaml',
    }),
    lng: longitudeSchema.meta({
      description:
        '経度（度・小数、世界測地系）。緯度と逆にしない。例: 135.4468 / Longitude in decimal degrees (WGS 84); do not swap it with lat',
    }),
    precision: z.enum(PRECISION_VALUES).meta({
      description:
        '場所の精度: exact（正確な場所と住所を公開）か approximate（おおよその場所。地域名だけ公開） / exact (the place and address are published) or approximate (only the area is)',
    }),
    access: note(200).optional().meta({
      description:
        '行き方（200字）。approximate では公開されない。例: 南海本線 石津川駅から徒歩6分 / How to get there (up to 200 characters); not published for approximate places',
    }),
    accessibility: note(200).optional().meta({
      description:
        '段差・トイレ・駐車場など（200字）。例: 入口に段差はありません。 / Step-free access, toilets, parking and so on (up to 200 characters)',
    }),
  })
  .superRefine((loc, ctx) => {
    if (loc.precision === 'approximate' && !loc.area) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message:
          'おおよその場所（approximate）には、公開する地域名 area を書いてください / Approximate places need an area to publish',
      });
    }
    if (loc.precision === 'exact' && !loc.address) {
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: '正確な場所（exact）には住所 address を書いてください / Exact places need an address',
      });
    }
  })
  .superRefine(...swappedLatLng());

export const audienceSchema = z.strictObject({
  groups: z
    .array(z.enum(AUDIENCE_VALUES))
    .min(1, { error: '対象を1つ以上選んでください / Choose at least one group' })
    .meta({
      description:
        '対象（1つ以上）: infant（乳幼児）・elementary（小学生）・junior-high（中学生）・high-school（高校生）・guardian（保護者）・everyone（どなたでも）。例: [elementary, guardian] / Who may come, at least one: infants, elementary, junior-high or high-school pupils, guardians, everyone',
    }),
  guardianRequired: z
    .boolean()
    .optional()
    .meta({ description: '保護者の同伴が必要なら true / true if a guardian must come along' }),
  districtOnly: z
    .boolean()
    .optional()
    .meta({ description: '校区内の人だけが対象なら true / true if only for residents of the school district' }),
  note: note(200).optional().meta({
    description:
      '対象の補足（200字）。例: 未就学児は保護者といっしょに来てください。 / Note on who may come (up to 200 characters)',
  }),
});

export const costOptionSchema = z.strictObject({
  for: z.enum(COST_FOR_VALUES).meta({
    description:
      'だれの料金か: child（子ども）・adult（大人）・guardian（保護者）・everyone（どなたでも） / Who pays it: child, adult, guardian or everyone',
  }),
  yen: z
    .int({
      error: wrongType('金額は円単位の整数で書いてください（無料は 0）/ Write the amount in whole yen (0 for free)'),
    })
    .min(0)
    .max(1_000_000)
    .meta({ description: '金額（円、整数）。無料は 0。例: 300 / Amount in whole yen; 0 means free' }),
  per: z.enum(COST_PER_VALUES).optional().meta({
    description:
      '料金の単位: visit（1回。書かなければこれ）・month（月額）・year（年額） / Unit: visit (the default), month or year',
  }),
  label: oneLine(40).optional().meta({
    description:
      'この行の対象の補足（40字）。例: 高校生まで / Narrower description of who this row is for (up to 40 characters)',
  }),
});

export const costSchema = z.strictObject({
  options: z
    .array(costOptionSchema)
    .min(1, { error: '料金を1行以上書いてください / Give at least one price row' })
    .meta({ description: '料金の行（1行以上。各行に for と yen） / Price rows, at least one (each with for and yen)' }),
  note: note(200)
    .optional()
    .meta({ description: '料金の補足（200字）。例: 減額があります。 / Note on prices (up to 200 characters)' }),
});

export const reservationSchema = z.strictObject({
  required: z
    .boolean({
      error: wrongType('required は true か false で書いてください / required must be true or false'),
    })
    .meta({
      description:
        '予約が必要なら true、いらなければ false / true if a reservation is needed before coming, false if not',
    }),
  methods: z.array(z.enum(RESERVATION_METHOD_VALUES)).optional().meta({
    description:
      '予約の方法（複数可）: phone（電話）・line（LINE）・web（ウェブフォーム）・email（メール）・in-person（窓口・直接）。例: [phone, line] / How to reserve: phone, LINE, web form, e-mail, in person',
  }),
  note: note(200).optional().meta({ description: '予約の補足（200字） / Note on reservations (up to 200 characters)' }),
});

export const foodSchema = z.strictObject({
  allergy: z.enum(ALLERGY_VALUES).meta({
    description:
      'アレルギー対応: available（対応あり）・consult（要相談）・none（対応なし） / Allergy support: available, consult (ask first) or none',
  }),
  note: note(200).optional().meta({
    description:
      'アレルギー対応の補足（200字）。例: 卵・乳・小麦は前の週までにご相談ください。 / Note on allergies (up to 200 characters)',
  }),
});

// Each fact may be unknown (a ward's list rarely says it): absent, the site says to ask, never a default.
export const freeSchoolSchema = z.strictObject({
  grades: z.array(z.enum(GRADE_VALUES)).min(1).optional().meta({
    description:
      '対象の学年（書くなら1つ以上）: elementary（小学生）・junior-high（中学生）・high-school（高校生）。分からないときは書かない（サイトには「直接お問い合わせください」と出る） / Grades, at least one if given: elementary, junior-high, high-school; leave it out when not known and the site says to ask',
  }),
  attendanceCredit: z.enum(ATTENDANCE_CREDIT_VALUES).optional().meta({
    description:
      '在籍校での出席扱い: yes（実績あり）・consult（在籍校と相談）・no（出席扱いなし）・unknown（不明）。書かなければ「直接お問い合わせください」と出る / Whether the home school may count attendance: yes, consult, no or unknown; left out, the site says to ask',
  }),
  visits: z.boolean().optional().meta({
    description:
      '見学できるなら true、できなければ false。分からないときは書かない（「直接お問い合わせください」と出る） / true if visits can be arranged, false if not; leave it out when not known and the site says to ask',
  }),
  online: z.boolean().optional().meta({
    description: 'オンラインでの学び・居場所もあれば true / true if lessons or a space are offered online as well',
  }),
  note: note(300)
    .optional()
    .meta({ description: 'フリースクールの補足（300字） / Note on the free school (up to 300 characters)' }),
});

export const consultationSchema = z.strictObject({
  topics: z.array(oneLine(30)).min(1).meta({
    description:
      '相談できること（1つ以上、各30字）。例: [子育て, 不登校] / What one can ask about, at least one (each up to 30 characters)',
  }),
  anonymous: z
    .boolean()
    .optional()
    .meta({ description: "名前を言わずに相談できるなら true / true if it can be used without giving one's name" }),
  note: note(300)
    .optional()
    .meta({ description: '相談窓口の補足（300字） / Note on the consultation service (up to 300 characters)' }),
});

export const volunteerSchema = z.strictObject({
  direction: z.enum(VOLUNTEER_DIRECTION_VALUES).meta({
    description: 'offer（手伝えます）か seek（手伝ってほしい） / offer (can help) or seek (looking for help)',
  }),
  activities: z.array(oneLine(40)).min(1).meta({
    description:
      'できること・してほしいこと（1つ以上、各40字）。例: [調理, 学習支援, 会場の提供] / What is offered or needed, at least one (each up to 40 characters)',
  }),
  note: note(300)
    .optional()
    .meta({ description: '担い手・ボランティアの補足（300字） / Note on the offer or request (up to 300 characters)' }),
});

export const volunteeringSchema = z.strictObject({
  wanted: z
    .boolean()
    .meta({ description: 'いまボランティアを募集していれば true / true if this place is looking for volunteers now' }),
  roles: z
    .array(oneLine(40))
    .optional()
    .meta({ description: '募集する役割（各40字）。例: [調理, 配膳] / Roles wanted (each up to 40 characters)' }),
  note: note(200).optional().meta({
    description: '募集の補足（200字）。例: 1回だけのお手伝いも歓迎です。 / Note on volunteering (up to 200 characters)',
  }),
});

export const contactSchema = z
  .strictObject({
    phone: phoneSchema.optional().meta({
      description:
        '電話番号。例: 072-000-1234。ハイフンなし・全角・+81 で書いても、市外局番に合わせてハイフンを入れた形で公開 / Phone number; written without hyphens, in full-width digits or with +81, it is published hyphenated by its area code',
    }),
    phoneConsent: z.boolean().optional().meta({
      description:
        '電話番号を公開してよいか。phone を書いたら必ず true か false。false なら番号はどこにも公開されない / Whether the phone may be published; required with phone, and false keeps the number out of every built file',
    }),
    phoneHours: oneLine(60).optional().meta({
      description:
        '電話がつながる時間（60字）。例: 平日 10:00〜16:00 / When the phone is answered (up to 60 characters)',
    }),
    email: emailSchema.optional().meta({ description: 'メールアドレス。例: info@example.jp / E-mail address' }),
    website: webUrlSchema
      .optional()
      .meta({ description: 'ウェブサイト（http:// か https://）。例: https://example.jp/ / Website (http or https)' }),
    line: webUrlSchema.optional().meta({
      description:
        'LINE 公式アカウント・友だち追加の URL（http/https） / LINE official account or add-friend URL (http or https)',
    }),
    form: webUrlSchema.optional().meta({
      description:
        '問い合わせ・予約フォームの URL（http/https） / Web form for questions or reservations (http or https)',
    }),
  })
  .superRefine((contact, ctx) => {
    if (contact.phone !== undefined && contact.phoneConsent === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['phoneConsent'],
        message:
          '電話番号を公開してよいか phoneConsent: true / false で明記してください / Say whether the phone may be published (phoneConsent: true or false)',
      });
    }
  });

export const linkEntrySchema = z.strictObject({
  label: oneLine(40).meta({ description: 'リンクの文字（40字）。例: 今月の献立 / Link text (up to 40 characters)' }),
  url: linkSchema.meta({
    description:
      'リンク先。http://・https://・tel:・mailto: で始まる URL だけ。例: mailto:info@example.jp / Link target: http(s), tel or mailto URLs only',
  }),
});

export const alertSchema = z.strictObject({
  date: civilDateSchema.meta({
    description: 'お知らせを書いた日（YYYY-MM-DD）。例: 2026-11-15 / The day the notice was written (YYYY-MM-DD)',
  }),
  text: oneLine(200).meta({
    description:
      'お知らせ（1行・200字）。例: 12月は第4土曜もお休みです。 / Notice text (one line, up to 200 characters)',
  }),
});

export const verifiedSchema = z.strictObject({
  date: civilDateSchema.meta({
    description:
      '最後に情報を確認した日（YYYY-MM-DD）。未来の日付は不可、古くなると警告 / The day the information was last confirmed (YYYY-MM-DD); not in the future, and an old one gets a warning',
  }),
  by: z.enum(VERIFIED_BY_VALUES).meta({
    description:
      'だれに確認したか: operator（運営者）・official（公的な情報源）・unconfirmed（未確認） / Who confirmed it: operator (the people who run it), official (a public source) or unconfirmed',
  }),
  source: oneLine(200).meta({
    description:
      'どうやって確認したか（電話・チラシ・URL など、200字）。例: 運営者への電話 / How it was confirmed: a call, a leaflet, a URL (up to 200 characters)',
  }),
});

/** The languages a listing's own text may be translated into: the site's other two forms of language. */
export const TRANSLATION_LOCALES = ['en', 'easy'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/**
 * The listing's own words in one other language, all optional; each key is
 * the Japanese field it translates. A translation never stands alone: the
 * Japanese it translates must be there too (checked on the listing), and an
 * approximate place's venue and directions stay as private as in Japanese.
 */
export const translationSchema = z.strictObject({
  name: oneLine(80).optional().meta({
    description:
      "名前の訳（1行・80字）。例: Hamakaze Kids' Cafeteria / The name in this language (one line, up to 80 characters)",
  }),
  summary: oneLine(120).optional().meta({
    description:
      'ひとこと紹介（summary）の訳（1行・120字） / The one-line summary in this language (up to 120 characters)',
  }),
  description: note(3000).optional().meta({
    description:
      '本文（くわしい紹介）の訳（3000字・複数行・Markdown）。YAML では | のあとに行を下げて書く / The description (the Markdown body) in this language, up to 3000 characters; in YAML write | and indent the lines below it',
  }),
  placeName: oneLine(80).optional().meta({
    description:
      '会場名（location.placeName）の訳（80字）。approximate では公開されない / location.placeName in this language (up to 80 characters); not published for approximate places',
  }),
  area: oneLine(60).optional().meta({
    description:
      '地域名（location.area）の訳（60字）。approximate のときだけ公開される / location.area in this language (up to 60 characters); published for approximate places only',
  }),
  access: note(200).optional().meta({
    description:
      '行き方（location.access）の訳（200字）。approximate では公開されない / location.access in this language (up to 200 characters); not published for approximate places',
  }),
  accessibility: note(200).optional().meta({
    description:
      '段差・トイレなど（location.accessibility）の訳（200字） / location.accessibility in this language (up to 200 characters)',
  }),
});
export type ListingTranslation = z.infer<typeof translationSchema>;

export const translationsSchema = z.strictObject({
  en: translationSchema.optional().meta({ description: '英語 / English' }),
  easy: translationSchema.optional().meta({
    description: 'やさしい日本語（ふりがなはサイトが付けない。漢字を減らして書く） / やさしい日本語 (plain Japanese)',
  }),
});

/** Which Japanese field each translated key translates, for the check that the Japanese is there. */
const TRANSLATED_FROM = {
  summary: (l: { summary?: string | undefined }) => l.summary,
  placeName: (l: { location?: { placeName?: string | undefined } | undefined }) => l.location?.placeName,
  area: (l: { location?: { area?: string | undefined } | undefined }) => l.location?.area,
  access: (l: { location?: { access?: string | undefined } | undefined }) => l.location?.access,
  accessibility: (l: { location?: { accessibility?: string | undefined } | undefined }) => l.location?.accessibility,
} as const;

const FIELD_NAMES: Record<keyof typeof TRANSLATED_FROM, string> = {
  summary: 'summary',
  placeName: 'location.placeName',
  area: 'location.area',
  access: 'location.access',
  accessibility: 'location.accessibility',
};

const KIND_SECTIONS = {
  freeSchool: 'free-school',
  consultation: 'consultation',
  volunteer: 'volunteer',
} as const;

export const listingSchema = z
  .strictObject({
    kind: z.enum(KIND_VALUES).meta({
      description:
        "種類: kodomo-shokudo（子ども食堂）・free-school（フリースクール）・ibasho（こどもの居場所）・consultation（相談窓口）・volunteer（担い手・ボランティア） / Kind of listing: kodomo-shokudo (kids' cafeteria), free-school, ibasho (youth space), consultation or volunteer",
    }),
    name: oneLine(80).meta({
      description: '名前（1行・80字）。例: はまかぜこども食堂 / Name (one line, up to 80 characters)',
    }),
    nameKana: kanaSchema.meta({
      description:
        '名前のよみがな。ひらがなで書く（スペースと「ー」「・」は可）。並べ替えと検索に使う。例: はまかぜこどもしょくどう / Reading of the name in hiragana (spaces, ー and ・ allowed), used for sorting and search',
    }),
    // Absent when not known (an imported list has none); cards then show the kind.
    summary: oneLine(120).optional().meta({
      description:
        'カードに出るひとこと紹介（1行・120字）。なければカードには種類だけが出る / One-line summary shown on cards (up to 120 characters); without it cards show the kind only',
    }),
    organization: oneLine(80).optional().meta({
      description:
        '運営団体（1行・80字）。例: はまかぜ地域食堂の会 / Organisation that runs it (one line, up to 80 characters)',
    }),
    // The id column of the ward's own table, so that importing the list again updates this file.
    sourceId: oneLine(60).optional().meta({
      description:
        "区などの一覧から取り込んだときの、その一覧での ID（1行・60字）。npm run import が書く。例: S-001 / The place's id in the ward's list it was imported from (one line, up to 60 characters); written by npm run import",
    }),
    location: locationSchema.optional().meta({
      description:
        '場所（precision・lat・lng と、address か area）。場所がないときは書かずに online: true / The place (precision, lat, lng, and address or area); leave it out and write online: true when there is none',
    }),
    online: z.boolean().optional().meta({
      description:
        'オンラインで（も）利用できるとき true。location がないときは必須 / true when offered online (too); required when there is no location',
    }),
    schoolDistrict: idSchema.optional().meta({
      description:
        '校区: content/schools/ にある学校の ID。書かなければ、公開する地点から校区の境界か近い学校で決まる。例: hamanishi-es / School district: the id of a school in content/schools/; if omitted, worked out from the published point by district boundaries or the nearest school',
    }),
    schedule: z.array(scheduleRuleSchema).optional().meta({
      description:
        '日程のきまり（freq・byDay・opens・closes など）のリスト。時刻は日本時間 / Opening rules (freq, byDay, opens, closes and so on); times are Japan time',
    }),
    closedDates: z.array(civilDateSchema).optional().meta({
      description:
        'きまりの日でも休む日（YYYY-MM-DD のリスト）。例: [2026-12-26] / Days off despite the rules, as YYYY-MM-DD',
    }),
    extraDates: z.array(extraDateSchema).optional().meta({
      description:
        'きまり以外に開く日（date・opens・closes）。closedDates と同じ日は不可 / Extra open days (date, opens, closes); not also in closedDates',
    }),
    closedOnHolidays: z
      .boolean()
      .optional()
      .meta({ description: '祝日は休みなら true / true if closed on Japanese public holidays' }),
    scheduleNote: scheduleNoteSchema.optional().meta({
      description:
        '日程の補足（300字・複数行可）。不定期の活動は schedule を書かずにここに書く。例: 不定期です。 / Schedule notes (up to 300 characters); for irregular (不定期) activities, the whole schedule in words instead of schedule',
    }),
    // Absent when not known: the site says 「対象は直接お問い合わせください」, never a guess.
    audience: audienceSchema.optional().meta({
      description:
        '対象（groups は必須、guardianRequired・districtOnly・note）。分からないときは書かない（サイトには「直接お問い合わせください」と出る） / Who it is for (groups is required; guardianRequired, districtOnly, note); leave it out when not known and the site says to ask',
    }),
    cost: costSchema
      .optional()
      .meta({ description: '料金（options に1行以上、note） / Prices (at least one row in options, and a note)' }),
    reservation: reservationSchema.optional().meta({
      description: '予約（required は必須、methods・note） / Reservations (required is required; methods, note)',
    }),
    services: z.array(z.enum(SERVICE_VALUES)).optional().meta({
      description:
        '内容（複数可）。値と表示は content/README.md §4.15。例: [meal, play] / What is offered, several allowed; values and labels in content/README.md §4.15',
    }),
    food: foodSchema
      .optional()
      .meta({ description: '食事のアレルギー対応（allergy と note） / Allergy support for meals (allergy and note)' }),
    // Absent when nothing is known about it (an imported list): the page then says to ask about each fact.
    freeSchool: freeSchoolSchema.optional().meta({
      description:
        'フリースクールの情報（grades・attendanceCredit・visits・online・note。分からないものは書かない）。kind: free-school のときだけ使える / Free-school details (leave out what is not known); only with kind: free-school',
    }),
    consultation: consultationSchema.optional().meta({
      description:
        '相談窓口の情報。kind: consultation のときだけ使える / Consultation details; only with kind: consultation',
    }),
    volunteer: volunteerSchema.optional().meta({
      description:
        '担い手・ボランティアの情報。kind: volunteer では必須、ほかの種類では使えない / Volunteer details; required with kind: volunteer, not allowed with other kinds',
    }),
    volunteering: volunteeringSchema.optional().meta({
      description:
        'この場所がボランティアを募集しているか。どの種類でも使える / Whether this place is looking for volunteers; allowed for any kind',
    }),
    languages: z
      .array(
        z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
          error: '言語は en・zh・vi のような言語コードで書いてください / Use language codes such as en, zh, vi',
        }),
      )
      .optional()
      .meta({
        description:
          '日本語以外に対応できる言語（言語コード）。例: [en, zh, vi] / Languages other than Japanese that staff can use, as BCP 47 language codes',
      }),
    contact: contactSchema
      .optional()
      .meta({ description: '連絡先（phone・phoneConsent・phoneHours・email・website・line・form） / Contact details' }),
    links: z
      .array(linkEntrySchema)
      .optional()
      .meta({ description: '関連リンク（各行に label と url） / Related links (each with label and url)' }),
    status: z.enum(STATUS_VALUES).meta({
      description:
        '状態: active（開催中）・paused（休止中）・closed（終了） / Status: active (running), paused or closed (for good)',
    }),
    alert: alertSchema.optional().meta({
      description:
        '目立たせたいお知らせ（date と text）。臨時の変更など / A notice to highlight (date and text), such as a temporary change',
    }),
    verified: verifiedSchema.meta({
      description:
        '最後に情報を確認した日と方法（date・by・source） / When and how the information was last confirmed (date, by, source)',
    }),
    translations: translationsSchema.optional().meta({
      description:
        '名前・紹介・本文・場所の説明の訳（en: 英語、easy: やさしい日本語。どれも任意）。機械翻訳は使わない。訳がない項目は日本語のまま出る / Translations of the name, summary, description and place notes (en: English, easy: やさしい日本語; all optional). No machine translation; an untranslated field shows the Japanese',
    }),
    sample: z.boolean().optional().meta({
      description:
        'デモ用の架空データなら true。1件でもあるとサイト全体に「デモ」の帯が出る。本番のデータでは書かない / true for demo data; while any file has it, the whole site shows a demo banner. Leave it out of real data',
    }),
  })
  .superRefine((listing, ctx) => {
    if (!listing.location && listing.online !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message:
          '場所 location を書くか、場所がない場合は online: true にしてください / Give a location, or online: true for a listing with no place',
      });
    }
    for (const [section, kind] of Object.entries(KIND_SECTIONS)) {
      if (listing[section as keyof typeof KIND_SECTIONS] !== undefined && listing.kind !== kind) {
        ctx.addIssue({
          code: 'custom',
          path: [section],
          message: `この項目は kind: ${kind} のときだけ使えます / This section is only for kind: ${kind}`,
        });
      }
    }
    if (listing.kind === 'volunteer' && !listing.volunteer) {
      ctx.addIssue({
        code: 'custom',
        path: ['volunteer'],
        message:
          'kind: volunteer には volunteer（direction と activities）を書いてください / kind: volunteer needs a volunteer section',
      });
    }
    for (const locale of TRANSLATION_LOCALES) {
      const translation = listing.translations?.[locale];
      if (!translation) continue;
      for (const [key, japanese] of Object.entries(TRANSLATED_FROM) as Array<
        [keyof typeof TRANSLATED_FROM, (l: typeof listing) => string | undefined]
      >) {
        if (translation[key] !== undefined && !japanese(listing)) {
          ctx.addIssue({
            code: 'custom',
            path: ['translations', locale, key],
            message: `訳の元になる日本語の ${FIELD_NAMES[key]} がありません。先に日本語を書いてください / There is no Japanese ${FIELD_NAMES[key]} for this to translate; write the Japanese first`,
          });
        }
      }
    }
    const closed = new Set(listing.closedDates ?? []);
    listing.extraDates?.forEach((extra, index) => {
      if (closed.has(extra.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraDates', index, 'date'],
          message: `${extra.date} は closedDates にも書かれています / ${extra.date} is also listed in closedDates`,
        });
      }
    });
  });

export type ListingFrontMatter = z.infer<typeof listingSchema>;
