/**
 * The front matter of one listing file, `content/listings/<id>.md`. Field names
 * are the public contract for editors; see content/README.md for each field in
 * Japanese. Unknown keys are errors so that a misspelt field fails loudly.
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
    /** The building or room: 「○○町会館 2階」. */
    placeName: oneLine(80).optional(),
    /** Street address. Published only when `precision` is `exact`. */
    address: oneLine(120).optional(),
    /** The area shown instead of the address for approximate places: 「鳳東町付近」. */
    area: oneLine(60).optional(),
    /** Latitude in degrees (WGS 84). For approximate places it is rounded before publication. */
    lat: latitudeSchema,
    /** Longitude in degrees (WGS 84). */
    lng: longitudeSchema,
    /** `exact`: the point and address are published. `approximate`: only an area is. */
    precision: z.enum(PRECISION_VALUES),
    /** How to get there: 「JR鳳駅から徒歩8分」. */
    access: note(200).optional(),
    /** Step-free access, toilets, parking and so on. */
    accessibility: note(200).optional(),
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
  /** Who may come: infant, elementary, junior-high, high-school, guardian, everyone. */
  groups: z.array(z.enum(AUDIENCE_VALUES)).min(1, { error: '対象を1つ以上選んでください / Choose at least one group' }),
  /** Small children must come with a guardian. */
  guardianRequired: z.boolean().optional(),
  /** Only for residents of the listing's school district. */
  districtOnly: z.boolean().optional(),
  note: note(200).optional(),
});

export const costOptionSchema = z.strictObject({
  /** child, adult, guardian or everyone. */
  for: z.enum(COST_FOR_VALUES),
  /** Price in yen; 0 means free. */
  yen: z
    .int({
      error: wrongType('金額は円単位の整数で書いてください（無料は 0）/ Write the amount in whole yen (0 for free)'),
    })
    .min(0)
    .max(1_000_000),
  /** visit (default), month or year. */
  per: z.enum(COST_PER_VALUES).optional(),
  /** A narrower description of who this row is for: 「高校生まで」. */
  label: oneLine(40).optional(),
});

export const costSchema = z.strictObject({
  options: z.array(costOptionSchema).min(1, { error: '料金を1行以上書いてください / Give at least one price row' }),
  note: note(200).optional(),
});

export const reservationSchema = z.strictObject({
  /** Whether a reservation is needed before coming. */
  required: z.boolean({
    error: wrongType('required は true か false で書いてください / required must be true or false'),
  }),
  /** How to reserve: phone, line, web, email, in-person. */
  methods: z.array(z.enum(RESERVATION_METHOD_VALUES)).optional(),
  note: note(200).optional(),
});

export const foodSchema = z.strictObject({
  /** available, consult (要相談) or none. */
  allergy: z.enum(ALLERGY_VALUES),
  note: note(200).optional(),
});

export const freeSchoolSchema = z.strictObject({
  /** elementary, junior-high, high-school. */
  grades: z.array(z.enum(GRADE_VALUES)).min(1),
  /** Whether the home school may count attendance (出席扱い): yes, consult, no, unknown. */
  attendanceCredit: z.enum(ATTENDANCE_CREDIT_VALUES),
  /** Visits (見学) can be arranged. */
  visits: z.boolean(),
  /** Lessons or a space online as well. */
  online: z.boolean().optional(),
  note: note(300).optional(),
});

export const consultationSchema = z.strictObject({
  /** What one can ask about: 「子育て」「不登校」. */
  topics: z.array(oneLine(30)).min(1),
  /** Can be used without giving one's name. */
  anonymous: z.boolean().optional(),
  note: note(300).optional(),
});

export const volunteerSchema = z.strictObject({
  /** offer: can help; seek: looking for help. */
  direction: z.enum(VOLUNTEER_DIRECTION_VALUES),
  /** What they offer or need: 「調理」「学習支援」「会場の提供」. */
  activities: z.array(oneLine(40)).min(1),
  note: note(300).optional(),
});

export const volunteeringSchema = z.strictObject({
  /** This place is looking for volunteers now. */
  wanted: z.boolean(),
  /** For what: 「調理」「配膳」「学習支援」. */
  roles: z.array(oneLine(40)).optional(),
  note: note(200).optional(),
});

export const contactSchema = z
  .strictObject({
    phone: phoneSchema.optional(),
    /** Must be true for the phone number to be published; false keeps it private. */
    phoneConsent: z.boolean().optional(),
    /** When the phone is answered: 「平日 9:00〜17:00」. */
    phoneHours: oneLine(60).optional(),
    email: emailSchema.optional(),
    website: webUrlSchema.optional(),
    /** A LINE official account or add-friend URL. */
    line: webUrlSchema.optional(),
    /** A web form for questions or reservations. */
    form: webUrlSchema.optional(),
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
  label: oneLine(40),
  url: linkSchema,
});

export const alertSchema = z.strictObject({
  /** The day the notice was written. */
  date: civilDateSchema,
  text: oneLine(200),
});

export const verifiedSchema = z.strictObject({
  /** The day the information was last confirmed. */
  date: civilDateSchema,
  /** operator (the people who run it), official (a public source) or unconfirmed. */
  by: z.enum(VERIFIED_BY_VALUES),
  /** Where it was confirmed: 「運営者への電話」, a URL, a leaflet. */
  source: oneLine(200),
});

const KIND_SECTIONS = {
  freeSchool: 'free-school',
  consultation: 'consultation',
  volunteer: 'volunteer',
} as const;

export const listingSchema = z
  .strictObject({
    kind: z.enum(KIND_VALUES),
    name: oneLine(80),
    /** Reading of the name in hiragana, used for sorting and search. */
    nameKana: kanaSchema,
    /** One line shown on cards. Absent when not known (an imported list has none); cards then show the kind. */
    summary: oneLine(120).optional(),
    organization: oneLine(80).optional(),
    /**
     * The place's id in the ward's own list it was imported from (the table's
     * ID column), so that importing the list again updates this file.
     */
    sourceId: oneLine(60).optional(),
    location: locationSchema.optional(),
    /** true when the service is (also) offered online. */
    online: z.boolean().optional(),
    /** Id of the school under content/schools/ whose district this is in. */
    schoolDistrict: idSchema.optional(),
    schedule: z.array(scheduleRuleSchema).optional(),
    closedDates: z.array(civilDateSchema).optional(),
    extraDates: z.array(extraDateSchema).optional(),
    /** Closed on Japanese public holidays. */
    closedOnHolidays: z.boolean().optional(),
    /** Words for what the rules cannot say, or the whole schedule when irregular (不定期). */
    scheduleNote: scheduleNoteSchema.optional(),
    /** Who may come. Absent when not known: the site says 「対象は直接お問い合わせください」, never a guess. */
    audience: audienceSchema.optional(),
    cost: costSchema.optional(),
    reservation: reservationSchema.optional(),
    services: z.array(z.enum(SERVICE_VALUES)).optional(),
    food: foodSchema.optional(),
    freeSchool: freeSchoolSchema.optional(),
    consultation: consultationSchema.optional(),
    volunteer: volunteerSchema.optional(),
    volunteering: volunteeringSchema.optional(),
    /** Languages other than Japanese that staff can use, as BCP 47 tags: en, zh, vi. */
    languages: z
      .array(
        z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
          error: '言語は en・zh・vi のような言語コードで書いてください / Use language codes such as en, zh, vi',
        }),
      )
      .optional(),
    contact: contactSchema.optional(),
    links: z.array(linkEntrySchema).optional(),
    status: z.enum(STATUS_VALUES),
    alert: alertSchema.optional(),
    verified: verifiedSchema,
    /** Demo data: the site shows a banner while any listing has it. */
    sample: z.boolean().optional(),
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
    if (listing.kind === 'free-school' && !listing.freeSchool) {
      ctx.addIssue({
        code: 'custom',
        path: ['freeSchool'],
        message:
          'kind: free-school には freeSchool（grades, attendanceCredit, visits）を書いてください / kind: free-school needs a freeSchool section',
      });
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
