/**
 * `content/site.yaml`: everything a ward or city changes when it forks the
 * project besides its listings and schools. Each field's `.meta({ description })`
 * is the editors' hover help and agrees with content/README.md §10.
 */
import { z } from 'astro/zod';
import { KIND_VALUES, SCHOOL_LEVEL_VALUES } from './vocabulary.ts';
import { isLocalGovernmentCode, localGovernmentCheckDigit } from '../core/local-government-code.ts';
import { canonicalTag } from '../core/language-tag.ts';
import {
  emailSchema,
  latitudeSchema,
  longitudeSchema,
  note,
  oneLine,
  phoneSchema,
  webUrlSchema,
} from './primitives.ts';

const pointSchema = z.strictObject({
  lat: latitudeSchema.meta({
    description: '緯度（度・小数、世界測地系）。例: 34.537 / Latitude in decimal degrees (WGS 84)',
  }),
  lng: longitudeSchema.meta({
    description: '経度（度・小数、世界測地系）。例: 135.468 / Longitude in decimal degrees (WGS 84)',
  }),
});

/** Places on one page of the list without JavaScript: pages stay small (well under 300 KB of HTML) at any size of directory. */
export const DEFAULT_DIRECTORY_PAGE_SIZE = 50;
/** How many sessions one day of the 14-day agenda lists before it says how many more there are. */
export const DEFAULT_AGENDA_PER_DAY = 30;

/** How far from a school its page looks when `referral.nearbyRadiusM` is not set: about a 20-minute walk. */
export const DEFAULT_NEARBY_RADIUS_M = 1500;
/**
 * How many places a school page lists under one need (and in its phone and
 * online section) when `referral.perNeed` is not set: a handout's worth, so
 * the page stays the same size however many places the region has.
 */
export const DEFAULT_SCHOOL_PAGE_PER_NEED = 8;

/**
 * Where 「すぐにこのページを離れる」 on the consultation page goes when a site
 * does not say: the national weather forecast, a page anyone might look at.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.jma.go.jp/bosai/forecast/';

/** A phone line that may be a short number (189, #8000) as well as a full one. */
const hotlineSchema = z.strictObject({
  name: oneLine(60).meta({
    description:
      '電話相談の名前（60字）。例: 児童相談所 虐待対応ダイヤル / Name of the help line (up to 60 characters)',
  }),
  number: z
    .string()
    .regex(/^[#0-9][0-9-]{1,14}$/, {
      error: '番号は 189・#8000・0120-0-78310 のように書いてください / Write numbers like 189, #8000 or 0120-0-78310',
    })
    .meta({
      description:
        "かける番号。引用符で囲む。例: '189'、'#8000'、'0120-0-78310' / The number as dialled and shown; always quote it",
    }),
  description: oneLine(120).meta({
    description:
      '説明（120字）。例: 虐待かもと思ったら、すぐに電話してください。 / What the line is for (up to 120 characters)',
  }),
  hours: oneLine(60)
    .optional()
    .meta({ description: '受付時間（60字）。例: 24時間・365日 / Hours (up to 60 characters)' }),
  urgent: z.boolean().optional().meta({
    description:
      'いま危険なときの番号なら true。先頭に目立たせて表示する / true for lines for a child in danger now; shown first and highlighted',
  }),
});

/**
 * The city's interpretation service: the one line whose languages the help
 * pages name, so a page never says a line answers in a language unless this
 * list does.
 */
const interpretationSchema = z.strictObject({
  name: oneLine(60).meta({
    description: '名前（60字）。例: 堺市多言語相談ダイヤル / Name of the service (up to 60 characters)',
  }),
  helpsWith: oneLine(200).meta({
    description:
      '相談できること（200字）。例: くらしの相談と、市役所・学校への電話の通訳 / What it helps with (up to 200 characters)',
  }),
  phone: phoneSchema.meta({ description: '電話番号。例: 072-000-0808 / Phone number' }),
  hours: oneLine(80).meta({
    description: '受付時間（80字）。例: 平日 9:00〜17:30 / Opening hours (up to 80 characters)',
  }),
  languages: z
    .array(
      z.string().refine((tag) => canonicalTag(tag) === tag, {
        error: (issue) => {
          const canonical = canonicalTag(String(issue.input));
          return canonical
            ? `言語タグは ${canonical} と書いてください / Write the tag as ${canonical}`
            : `「${String(issue.input)}」は言語タグ（BCP 47）ではありません。例: vi、zh-Hans / Not a BCP 47 language tag; write e.g. vi or zh-Hans`;
        },
      }),
    )
    .min(1)
    .meta({
      description:
        '話せる言語の言語タグ（BCP 47）。ページはここにある言語だけを「話せる」と書く。例: [ja, en, zh-Hans, vi] / Tags of the languages it answers in; the pages claim no other. E.g. [ja, en, zh-Hans, vi]',
    }),
  website: webUrlSchema.optional().meta({ description: 'ウェブサイト（http/https） / Website (http or https)' }),
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

/** A goal a ward sets for every school district: at least `atLeast` active listings of `kind`. */
const gapGoalSchema = z.strictObject({
  kind: z.enum(KIND_VALUES).meta({
    description: '種類。例: kodomo-shokudo / Kind of listing the goal counts',
  }),
  level: z.enum(SCHOOL_LEVEL_VALUES).meta({
    description:
      '校区の種類: elementary（小学校区）か junior-high（中学校区） / Which districts: elementary or junior-high',
  }),
  atLeast: z
    .int()
    .min(1)
    .max(20)
    .meta({ description: '校区ごとに何か所以上（1〜20）。例: 1 / How many per district at least (1–20)' }),
});

const supportLinkSchema = z.strictObject({
  label: oneLine(80).meta({
    description: 'リンクの文（80字）。例: 堺市子ども食堂開設支援補助金 / Link text (up to 80 characters)',
  }),
  url: webUrlSchema.meta({ description: 'リンク先（http/https） / Link target (http or https)' }),
});

const gapsSchema = z.strictObject({
  goals: z.array(gapGoalSchema).default([]).meta({
    description:
      "校区ごとの目標（kind・level・atLeast）。例: [{ kind: kodomo-shokudo, level: elementary, atLeast: 1 }] / The ward's goals per school district",
  }),
  openingSupport: z
    .strictObject({
      text: note(600).meta({
        description:
          '始めたい人への案内（補助金・相談先など、600字） / What someone starting a place can get: subsidies, advice (up to 600 characters)',
      }),
      links: z
        .array(supportLinkSchema)
        .default([])
        .meta({ description: '案内のリンク（label・url） / Links for it (label, url)' }),
      contact: z
        .strictObject({
          name: oneLine(60).meta({
            description: '相談先の名前（60字）。例: 西区社会福祉協議会 / Who to ask (up to 60 characters)',
          }),
          phone: phoneSchema.optional().meta({ description: '電話番号 / Phone number' }),
          email: emailSchema.optional().meta({ description: 'メールアドレス / E-mail address' }),
          website: webUrlSchema.optional().meta({ description: 'ウェブサイト（http/https） / Website' }),
          hours: oneLine(80).optional().meta({ description: '受付時間（80字） / Hours (up to 80 characters)' }),
        })
        .optional()
        .meta({
          description:
            '相談先（name・phone・email・website・hours） / Who to contact (name, phone, email, website, hours)',
        }),
    })
    .optional()
    .meta({
      description:
        '「この校区で始めたい方へ」に出す案内（text・links・contact） / What 「この校区で始めたい方へ」 shows (text, links, contact)',
    }),
});

export const siteSchema = z
  .strictObject({
    siteName: oneLine(60).meta({
      description: 'サイト名（60字）。例: 西区こども地域資源マップ / Site title (up to 60 characters)',
    }),
    siteNameEn: oneLine(80).meta({
      description:
        "英語のサイト名（80字）。例: Nishi Ward Children's Resource Map / Site title in English (up to 80 characters)",
    }),
    siteUrl: webUrlSchema.optional().meta({
      description:
        '公開するアドレス（https://…/）。QR コード・カレンダー・共有リンクに入り、パスがあればサブパスで公開。環境変数 SITE_URL・BASE_PATH が優先 / The public address, carried by QR codes, calendars and shared links; a path in it is the base path. SITE_URL and BASE_PATH override it',
    }),
    region: z
      .strictObject({
        name: oneLine(40).meta({
          description: '対象地域の名前（40字）。例: 堺市西区 / Region name (up to 40 characters)',
        }),
        nameEn: oneLine(60).meta({
          description:
            '英語の地域名（60字）。例: Nishi Ward, Sakai City / Region name in English (up to 60 characters)',
        }),
        addressPrefix: oneLine(40).meta({
          description:
            '住所の書き出し（都道府県・市・区、40字）。地図アプリで地域名を探すのに使う。例: 大阪府堺市西区 / How addresses begin (prefecture, city, ward; up to 40 characters); used to look up areas in map apps',
        }),
      })
      .meta({
        description: '対象地域（name・nameEn・addressPrefix） / The area covered (name, nameEn, addressPrefix)',
      }),
    map: z
      .strictObject({
        center: pointSchema.meta({
          description:
            '地図の初期の中心 { lat, lng }。例: { lat: 34.537, lng: 135.468 } / Initial map centre { lat, lng }',
        }),
        zoom: z
          .int()
          .min(1)
          .max(19)
          .meta({ description: '地図の初期のズーム（1〜19）。例: 14 / Initial zoom level (1–19)' }),
        bounds: z
          .strictObject({
            south: latitudeSchema.meta({ description: '南端の緯度（度） / Southern edge: latitude in degrees' }),
            west: longitudeSchema.meta({ description: '西端の経度（度） / Western edge: longitude in degrees' }),
            north: latitudeSchema.meta({ description: '北端の緯度（度） / Northern edge: latitude in degrees' }),
            east: longitudeSchema.meta({ description: '東端の経度（度） / Eastern edge: longitude in degrees' }),
          })
          .meta({
            description:
              '地域の範囲 { south, west, north, east }（度）。掲載情報と学校はこの中になければエラー / Region bounds in degrees; listings and schools outside them are errors',
          }),
      })
      .meta({
        description:
          "地図の初期表示と地域の範囲（center・zoom・bounds） / The map's first view and the region's bounds (center, zoom, bounds)",
      }),
    tiles: z
      .strictObject({
        url: z
          .string()
          .regex(/^https:\/\/.+\{z\}.*\{x\}.*\{y\}/, {
            error:
              'タイル URL は https:// で始まり {z} {x} {y} を含めてください / The tile URL must be https and contain {z}, {x} and {y}',
          })
          .meta({
            description:
              '地図タイルの URL（https://、{z} {x} {y} を含む）。例: https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png / XYZ tile URL template (https, with {z}, {x} and {y})',
          }),
        attribution: oneLine(80).meta({
          description:
            '地図の出典表示（80字）。例: 地理院タイル（淡色地図） / Map attribution text (up to 80 characters)',
        }),
        provider: oneLine(60).optional().meta({
          description:
            "タイルの配信元（プライバシーの説明に出る名前、60字）。書かなければサーバーのホスト名。例: 国土地理院 / Who serves the tiles, as the privacy text names them (up to 60 characters); the tile server's host name when absent",
        }),
        attributionUrl: webUrlSchema.meta({
          description:
            '出典のリンク先（http/https）。例: https://maps.gsi.go.jp/development/ichiran.html / Attribution link (http or https)',
        }),
        maxZoom: z
          .int()
          .min(1)
          .max(22)
          .meta({ description: 'タイルの最大ズーム（1〜22）。例: 18 / Maximum tile zoom (1–22)' }),
      })
      .meta({
        description:
          '地図タイル（url・attribution・provider・attributionUrl・maxZoom） / Map tiles (url, attribution, provider, attributionUrl, maxZoom)',
      }),
    consultationCenter: z
      .strictObject({
        name: oneLine(60).meta({
          description: '窓口の名前（60字）。例: 西区こども家庭センター / Name of the centre (up to 60 characters)',
        }),
        shortName: oneLine(30).optional().meta({
          description:
            'つなぎ先ガイドの文の中で呼ぶ名前（30字）。書かなければ name / The name as the referral guide says it in a sentence (up to 30 characters); name when absent',
        }),
        helpsWith: oneLine(200).meta({
          description:
            '相談できること（200字）。例: 子育て・児童福祉・母子保健の相談 / What it helps with (up to 200 characters)',
        }),
        phone: phoneSchema.meta({ description: '電話番号。例: 072-000-0189 / Phone number' }),
        hours: oneLine(80).meta({
          description: '受付時間（80字）。例: 平日 9:00〜17:30 / Opening hours (up to 80 characters)',
        }),
        address: oneLine(120).meta({
          description: '住所（120字）。例: 堺市西区鳳東町（西区役所内） / Address (up to 120 characters)',
        }),
        website: webUrlSchema.optional().meta({ description: 'ウェブサイト（http/https） / Website (http or https)' }),
        listing: z.string().optional().meta({
          description:
            'この窓口の掲載情報の ID（listings/ にないとエラー）。例: nishi-kodomo-katei-center / Id of its listing, which must exist in listings/',
        }),
      })
      .meta({
        description:
          "区の子ども・家庭の総合窓口（こども家庭センター） / The ward's one window for children and families (こども家庭センター)",
      }),
    hotlines: z.array(hotlineSchema).min(1).meta({
      description:
        '電話相談の一覧（1つ以上。各行に name・number・description） / Help lines, at least one (each with name, number, description)',
    }),
    interpretation: interpretationSchema.optional().meta({
      description:
        '市の通訳・多言語相談の電話（name・helpsWith・phone・hours・languages）。書けば各言語の相談ページに出る / The city’s interpretation line (name, helpsWith, phone, hours, languages); shown on every language’s help page',
    }),
    helpLanguages: z.array(z.string()).min(1).optional().meta({
      description:
        '相談の電話を案内する言語（help-lines/ のファイル名、一覧に出す順）。書かなければ help-lines/ のすべて。例: [ja, easy, en, zh-Hans, vi] / The languages the help pages are published in (file names in help-lines/), in the order listed; every file there when absent',
    }),
    directory: z
      .strictObject({
        pageSize: z
          .int()
          .min(5)
          .max(200)
          .default(DEFAULT_DIRECTORY_PAGE_SIZE)
          .meta({
            description: `一覧の1ページに出す件数（JavaScript なしで見るとき、5〜200）。書かなければ ${DEFAULT_DIRECTORY_PAGE_SIZE} / How many places one page of the list shows without JavaScript (5–200); ${DEFAULT_DIRECTORY_PAGE_SIZE} if not set`,
          }),
      })
      .optional()
      .meta({
        description: '一覧のページ（pageSize） / The pages of the list (pageSize)',
      }),
    agenda: z
      .strictObject({
        perDay: z
          .int()
          .min(5)
          .max(200)
          .default(DEFAULT_AGENDA_PER_DAY)
          .meta({
            description: `「今週・来週の予定」の1日に出す件数（5〜200）。それより多い日は件数を示し、JavaScript があれば残りも出せる。書かなければ ${DEFAULT_AGENDA_PER_DAY} / How many sessions one day of the agenda lists (5–200); a busier day says how many more and, with JavaScript, can show them; ${DEFAULT_AGENDA_PER_DAY} if not set`,
          }),
      })
      .optional()
      .meta({
        description: '今週・来週の予定（perDay） / The 14-day agenda (perDay)',
      }),
    referral: z
      .strictObject({
        nearbyRadiusM: z
          .int()
          .min(200)
          .max(5000)
          .default(DEFAULT_NEARBY_RADIUS_M)
          .meta({
            description: `学校のページに出す、学校からの距離（直線・メートル、200〜5000）。書かなければ ${DEFAULT_NEARBY_RADIUS_M} / How far from a school its page lists listings, in metres in a straight line (200–5000); ${DEFAULT_NEARBY_RADIUS_M} if not set`,
          }),
        perNeed: z
          .int()
          .min(3)
          .max(50)
          .default(DEFAULT_SCHOOL_PAGE_PER_NEED)
          .meta({
            description: `学校のページに、困りごと（食事・学習など）ごとに出す場所の数（近い順、3〜50）。それより多ければ件数と、校区の一覧へのリンクを出す。書かなければ ${DEFAULT_SCHOOL_PAGE_PER_NEED} / How many places a school page lists under each need, nearest first (3–50); more are counted, with a link to the district's list; ${DEFAULT_SCHOOL_PAGE_PER_NEED} if not set`,
          }),
        dangerNumbers: z.array(z.string()).min(1).optional().meta({
          description:
            "子どもが危険なときにガイドが示す番号（hotlines にある番号を示す順に）。書かなければ urgent: true の番号。例: ['189', '110'] / Numbers from hotlines the guide gives for a child in danger, in order; the urgent lines if not set",
        }),
      })
      .optional()
      .meta({
        description:
          '学校のページと、学校の先生向けのつなぎ先ガイド（nearbyRadiusM・perNeed・dangerNumbers） / School pages and the referral guide for school staff (nearbyRadiusM, perNeed, dangerNumbers)',
      }),
    submissions: z
      .strictObject({
        email: emailSchema.meta({
          description:
            '申し込み・訂正の送り先メール。例: kodomo-map@example.jp / E-mail address new listings and corrections are sent to',
        }),
        repository: webUrlSchema.optional().meta({
          description:
            'データのリポジトリの URL。書けば申請フォームから GitHub の issue フォームで送れる / URL of the content repository; when given, the form offers its GitHub issue forms',
        }),
        // Without examples the form shows neutral ones; its example point is always the map's centre.
        examples: z
          .strictObject({
            placeName: oneLine(60)
              .optional()
              .meta({ description: '会場の例（60字）。例: 鳳東町会館 2階 / Example place name (up to 60 characters)' }),
            address: oneLine(80).optional().meta({
              description: '住所の例（80字）。例: 大阪府堺市西区鳳東町0丁目0-0 / Example address (up to 80 characters)',
            }),
            area: oneLine(40)
              .optional()
              .meta({ description: '地域名の例（40字）。例: 鳳東町付近 / Example area (up to 40 characters)' }),
            access: oneLine(60).optional().meta({
              description: '行き方の例（60字）。例: JR鳳駅から徒歩7分 / Example directions (up to 60 characters)',
            }),
          })
          .optional()
          .meta({
            description:
              "申請フォームの場所の欄に出す入力例（この地域のことばで）。書かなければ一般的な例 / Examples beside the form's place fields, in the region's own words; neutral ones when absent",
          }),
      })
      .meta({
        description:
          '掲載の申し込みと訂正の送り先（email・repository・examples） / Where new listings and corrections are sent (email, repository, examples)',
      }),
    // The quick exit replaces the page, so that someone who must leave it in a hurry leaves nothing to go back to.
    quickExit: z
      .strictObject({
        url: webUrlSchema.meta({
          description:
            '行き先。だれに見られても不自然でない公開ページ（天気予報など） / Where it goes: a neutral public page such as a weather forecast',
        }),
      })
      .optional()
      .meta({
        description: `「相談する」ページの「すぐにこのページを離れる」の行き先（url）。書かなければ気象庁の天気予報 ${DEFAULT_QUICK_EXIT_URL} / Where the consultation page's quick exit goes (url); the JMA forecast ${DEFAULT_QUICK_EXIT_URL} if not set`,
      }),
    publisher: oneLine(80).meta({
      description:
        'データの公開者（80字）。例: 西区こども地域資源マップ編集チーム / Who publishes the data (up to 80 characters)',
    }),
    dataLicense: z
      .strictObject({
        name: oneLine(40).meta({
          description: 'ライセンス名（40字）。例: CC BY 4.0 / Licence name (up to 40 characters)',
        }),
        url: webUrlSchema.meta({
          description:
            'ライセンスの説明ページ。例: https://creativecommons.org/licenses/by/4.0/deed.ja / Link to the licence',
        }),
      })
      .meta({ description: 'データのライセンス（name と url） / Data licence (name and url)' }),
    // Without it the site publishes its own formats but not the 自治体標準オープンデータセット files,
    // which are named and keyed by the code.
    openData: z
      .strictObject({
        publisherCode: localGovernmentCodeSchema.meta({
          description:
            "公開する市の全国地方公共団体コード（検査数字つき6桁、引用符で囲む）。例: '271403' / Local government code of the publishing city: six digits with the check digit, quoted",
        }),
        publisherName: oneLine(40).meta({
          description: '公開する市の名前（40字）。例: 堺市 / Name of the publishing city (up to 40 characters)',
        }),
        locationCode: localGovernmentCodeSchema.meta({
          description:
            "場所のある区・市の全国地方公共団体コード（所在地、6桁・引用符で囲む）。例: '271446' / Local government code of the ward or city the places are in, six digits, quoted",
        }),
      })
      .optional()
      .meta({
        description:
          'オープンデータ（/data/）の公開者（全国地方公共団体コード）。書かなければ自治体標準オープンデータセットのファイルは作らない / Who the open data (/data/) is published as, by local government code; without it the 自治体標準オープンデータセット files are not made',
      }),
    gaps: gapsSchema.optional().meta({
      description:
        '「足りない地域」（/gaps/）の目標と、新しく始めたい人への案内（goals・openingSupport）。書かなければ目標なしで数だけ出す / The gap view (/gaps/): goals per school district, and help for people who want to start something (goals, openingSupport); without it the view shows counts and no goals',
    }),
    // 国土数値情報's terms ask every use of its districts to name the source and say it was edited;
    // the school pages, /data/ and /about/ print this wherever the boundaries are shown.
    schoolDistrictSource: z
      .strictObject({
        attribution: oneLine(200).meta({
          description:
            '校区の境界の出典（200字）。出典と、加工したことを書く。例: 「国土数値情報（小学校区データ）」（国土交通省）をもとに西区こども地域資源マップ編集チームが加工して作成 / Credit for the district boundaries (up to 200 characters): the source, and that it was edited',
        }),
        url: webUrlSchema.optional().meta({
          description:
            '出典のページ（http/https）。例: https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-A27.html / Link to the source',
        }),
      })
      .optional()
      .meta({
        description:
          '校区の境界（学校ファイルの district）の出典（attribution・url）。国土数値情報などを使うときは必ず書く。学校のページ・オープンデータ・このサイトについてのページに出る / Where the district boundaries (district in school files) come from (attribution, url); required by the terms of 国土数値情報 and similar data; shown on school pages, /data/ and /about/',
      }),
    staleAfterMonths: z.int().min(1).max(60).meta({
      description:
        '何か月確認がないと警告を出すか（1〜60）。例: 12 / Months without confirmation before a listing gets a warning (1–60)',
    }),
    aboutNote: note(1000).optional().meta({
      description: '「このサイトについて」に出す文（1000字） / Text for the about page (up to 1000 characters)',
    }),
  })
  .superRefine((site, ctx) => {
    const goalKeys = new Set<string>();
    site.gaps?.goals.forEach((goal, index) => {
      const key = `${goal.kind}/${goal.level}`;
      if (goalKeys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['gaps', 'goals', index],
          message: `同じ種類と校区の目標が2つあります（${goal.kind}・${goal.level}） / Two goals for the same kind and district level`,
        });
      }
      goalKeys.add(key);
    });
    const seen = new Set<string>();
    site.hotlines.forEach((line, index) => {
      // The help-line texts of every language are keyed by the number.
      if (seen.has(line.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['hotlines', index, 'number'],
          message: `番号「${line.number}」が hotlines に2回あります / This number is listed twice in hotlines`,
        });
      }
      seen.add(line.number);
    });
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
