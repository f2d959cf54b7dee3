/**
 * `content/site.yaml`: everything a ward or city changes when it forks the
 * project besides its listings and schools.
 */
import { z } from 'astro/zod';
import { isLocalGovernmentCode, localGovernmentCheckDigit } from '../core/local-government-code.ts';
import {
  emailSchema,
  latitudeSchema,
  longitudeSchema,
  note,
  oneLine,
  phoneSchema,
  webUrlSchema,
} from './primitives.ts';

const pointSchema = z.strictObject({ lat: latitudeSchema, lng: longitudeSchema });

/** How far from a school its page looks when `referral.nearbyRadiusM` is not set: about a 20-minute walk. */
export const DEFAULT_NEARBY_RADIUS_M = 1500;

/**
 * Where 「すぐにこのページを離れる」 on the consultation page goes when a site
 * does not say: the national weather forecast, a page anyone might look at.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.jma.go.jp/bosai/forecast/';

/** A phone line that may be a short number (189, #8000) as well as a full one. */
const hotlineSchema = z.strictObject({
  name: oneLine(60),
  /** As dialled and shown: 189, #8000, 0120-0-78310. */
  number: z.string().regex(/^[#0-9][0-9-]{1,14}$/, {
    error: '番号は 189・#8000・0120-0-78310 のように書いてください / Write numbers like 189, #8000 or 0120-0-78310',
  }),
  description: oneLine(120),
  hours: oneLine(60).optional(),
  /** Shown first and highlighted: lines for a child in danger now. */
  urgent: z.boolean().optional(),
});

const localGovernmentCodeSchema = z
  .string({
    error:
      '全国地方公共団体コードは "271403" のように引用符で囲んだ6桁で書いてください / Write the code as six digits in quotes, like "271403"',
  })
  .refine(isLocalGovernmentCode, {
    error: (issue) => {
      const code = String(issue.input);
      const hint = /^\d{5,6}$/.test(code)
        ? `（${code.slice(0, 5)} なら検査数字を付けて ${code.slice(0, 5)}${localGovernmentCheckDigit(code.slice(0, 5))}）`
        : '';
      return `全国地方公共団体コード「${code}」は正しくありません${hint} / Not a valid local government code (6 digits with the check digit)`;
    },
  });

export const siteSchema = z
  .strictObject({
    /** The site's title: 「西区こども地域資源マップ」. */
    siteName: oneLine(60),
    siteNameEn: oneLine(80),
    /**
     * The address the site is published at (https://…/), printed in QR codes and
     * written into calendar files and shared links. A path (https://x.github.io/map/)
     * also sets the base path. The SITE_URL and BASE_PATH environment variables override it.
     */
    siteUrl: webUrlSchema.optional(),
    /** The area covered. */
    region: z.strictObject({
      name: oneLine(40),
      nameEn: oneLine(60),
      /** Prefecture, city and ward as addresses begin: 「大阪府堺市西区」. Used to look up areas in maps apps. */
      addressPrefix: oneLine(40),
    }),
    map: z.strictObject({
      center: pointSchema,
      zoom: z.int().min(1).max(19),
      /** Listings and schools must lie inside these bounds. */
      bounds: z.strictObject({
        south: latitudeSchema,
        west: longitudeSchema,
        north: latitudeSchema,
        east: longitudeSchema,
      }),
    }),
    tiles: z.strictObject({
      /** XYZ tile URL template with {z}/{x}/{y}. */
      url: z.string().regex(/^https:\/\/.+\{z\}.*\{x\}.*\{y\}/, {
        error:
          'タイル URL は https:// で始まり {z} {x} {y} を含めてください / The tile URL must be https and contain {z}, {x} and {y}',
      }),
      attribution: oneLine(80),
      /** Who serves the tiles, as the privacy text names them: 「国土地理院」. The tile server's host name when absent. */
      provider: oneLine(60).optional(),
      attributionUrl: webUrlSchema,
      maxZoom: z.int().min(1).max(22),
    }),
    /** The ward's one window for children and families (こども家庭センター). */
    consultationCenter: z.strictObject({
      name: oneLine(60),
      /** The name as the referral guide says it in a sentence: 「西区こども家庭センター」; `name` when absent. */
      shortName: oneLine(30).optional(),
      helpsWith: oneLine(200),
      phone: phoneSchema,
      hours: oneLine(80),
      address: oneLine(120),
      website: webUrlSchema.optional(),
      /** Id of its listing under content/listings/, if it has one. */
      listing: z.string().optional(),
    }),
    hotlines: z.array(hotlineSchema).min(1),
    /** School pages and the referral guide for school staff. */
    referral: z
      .strictObject({
        /** School pages list listings within this many metres of the school (straight line). */
        nearbyRadiusM: z.int().min(200).max(5000).default(DEFAULT_NEARBY_RADIUS_M),
        /**
         * Numbers from `hotlines` to call when a child is in danger (189, 110),
         * in the order the guide shows them.
         */
        dangerNumbers: z.array(z.string()).min(1).optional(),
      })
      .optional(),
    /** Where corrections and new listings are sent. */
    submissions: z.strictObject({
      email: emailSchema,
      /** The repository that holds the content, for pull requests and issue forms. */
      repository: webUrlSchema.optional(),
      /**
       * Examples the form shows beside its place fields, in this region's own
       * words (a hall, an address, an area, a station). Without them the form
       * shows neutral examples; its example point is always the map's centre.
       */
      examples: z
        .strictObject({
          placeName: oneLine(60).optional(),
          address: oneLine(80).optional(),
          area: oneLine(40).optional(),
          access: oneLine(60).optional(),
        })
        .optional(),
    }),
    /**
     * The consultation page's quick exit: a neutral public page (a weather
     * forecast, say) that replaces the page, so that someone who must leave
     * it in a hurry leaves nothing to go back to.
     */
    quickExit: z.strictObject({ url: webUrlSchema }).optional(),
    /** Who publishes the data, for the about page and open data. */
    publisher: oneLine(80),
    dataLicense: z.strictObject({ name: oneLine(40), url: webUrlSchema }),
    /**
     * Who the open data (/data/) is published as, by 全国地方公共団体コード.
     * Without it the site publishes its own formats but not the 自治体標準
     * オープンデータセット files, which are named and keyed by the code.
     */
    openData: z
      .strictObject({
        /** The publishing city's code and name: 271403, 堺市. */
        publisherCode: localGovernmentCodeSchema,
        publisherName: oneLine(40),
        /** The code of the ward or city the places are in (所在地): 271446 for 西区. */
        locationCode: localGovernmentCodeSchema,
      })
      .optional(),
    /** A listing not confirmed for this many months gets a warning. */
    staleAfterMonths: z.int().min(1).max(60),
    /** Shown on the about page. */
    aboutNote: note(1000).optional(),
  })
  .superRefine((site, ctx) => {
    const numbers = new Set(site.hotlines.map((line) => line.number));
    site.referral?.dangerNumbers?.forEach((number, index) => {
      if (!numbers.has(number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['referral', 'dangerNumbers', index],
          message: `番号「${number}」が hotlines にありません / No hotline with this number`,
        });
      }
    });
  });
export type SiteConfig = z.infer<typeof siteSchema>;
