import type { Messages } from '../messages.ts';

/**
 * The open-data page (/data/): what each file holds and how it is written.
 * The files themselves are in Japanese, so where a line explains a column it
 * names the column as the file heads it, in Japanese.
 */
export const data: Messages['data'] = {
  title: 'Open data',
  // Shown beside the Japanese on Japanese pages: on an English page, the same words.
  titleEn: 'Open data',
  lead: (siteName: string, publisher: string) =>
    `The places listed on ${siteName}, in files other websites, maps and spreadsheets can use. Published by ${publisher}.`,
  leadEn: 'The listings of this site, in formats other sites, map tools and spreadsheets can read.',
  license: 'Licence',
  // After the licence's name and a comma.
  licenseText: 'free to use as long as you credit the source (the name of this site).',
  builtOn: (date: string) => `Built on ${date}`,
  privacyTitle: 'What is never in these files',
  privacy: [
    'A place held in someone’s home (an approximate location) appears only as the name of its area and the centre and radius of a circle that holds it: never its real location or address.',
    'A phone number appears only when the people who run the place agreed to publish it.',
  ],
  privacyEn:
    'An approximate place is only its area and the centre and radius of a circle that holds it; a phone number only when its operator agreed.',
  fileHeadings: {
    name: 'File',
    holds: 'Contents',
    format: 'Format',
    records: 'Records',
  },
  records: (n: number) => (n === 1 ? '1 record' : `${n} records`),
  download: (name: string) => `Download ${name}`,
  files: {
    preschool: {
      title: 'Childcare facilities (in the national standard open-data layout)',
      titleEn: 'Childcare facilities, in the Digital Agency’s standard layout',
      holds: 'Every listed place, one place per row.',
      format: 'CSV, UTF-8 with a BOM, CRLF line endings, every field in double quotes, 53 columns',
      columns: [
        '種別 (type): the name of the kind, such as kids’ cafeteria or free school (the standard’s own types have no such values)',
        '所在地_連結表記 (address): the address; for an approximate location, the name of the area',
        '緯度, 経度 (latitude, longitude): 6 decimal places; for an approximate location, the centre of the circle (not the real place)',
        '利用可能曜日, 開始時間, 終了時間 (days, opening and closing time): the days it opens and the times; blank when the times differ from rule to rule',
        '利用可能日時特記事項 (notes on dates): the opening rule in words (such as “2nd and 4th Saturday of every month”)',
        '受入年齢 (ages): who it is for. 団体名 (group): the group that runs it. URL: its own website, or else its page on this site',
        '備考 (notes): the one-line summary, costs, booking, whether it is paused, and so on',
        'A blank field means “not known” (not zero)',
      ],
    },
    event: {
      title: 'Events (every date in the next four weeks)',
      titleEn: 'Events: every session of the next four weeks',
      holds: 'Every session in the 28 days from today, leaving out paused and closed places. One session per row.',
      format:
        'CSV, UTF-8 with a BOM, CRLF line endings, every field in double quotes, 32 columns (the recommended dataset’s layout)',
      columns: [
        '開始日時特記事項 (notes on dates): the opening rule in words, since the table has no column for the rule itself',
      ],
    },
    site: {
      title: 'All listings in this site’s own layout (edit in Excel and import back)',
      titleEn: 'All listings in the site’s own shape, to edit in Excel and import back',
      holds: 'Every listed place: one place per row, one column per field of the listing form.',
      format:
        'CSV, UTF-8 with a BOM, CRLF line endings, every field in double quotes. Descriptions and schedules break lines inside one field',
      columns: [
        'The headings are the field names of the listing form. Schedules, costs and the like are written as in the GitHub listing form (such as “毎月 第2・第4 土 11:00-14:00”)',
        'Import an edited file with npm run import -- listings.csv. Values that are not published (the real location and address of an approximate place, phone numbers kept private) are taken back from the current files on import',
        'The latitude and longitude of an approximate location are the centre of the same circle as on its page (not the real place)',
      ],
    },
    geojson: {
      title: 'Map data (GeoJSON)',
      titleEn: 'Map data (GeoJSON, RFC 7946)',
      holds: 'Every listed place. Online services with no place are included without a position.',
      format: 'GeoJSON (RFC 7946, longitude before latitude), UTF-8',
      columns: [
        'An approximate location has precision set to approximate, and radiusM (the circle’s radius in metres)',
      ],
    },
    districts: {
      title: 'School district boundaries (GeoJSON)',
      titleEn: 'School district boundaries (GeoJSON, RFC 7946)',
      holds:
        'Only the districts whose boundary shape is on record, one feature per district. Districts without a shape (decided by nearness) are not included.',
      format: 'GeoJSON (RFC 7946, longitude before latitude), UTF-8, Polygon or MultiPolygon',
      columns: [
        'properties: id (the school’s ID), name (the school’s name), nameKana (its reading), level (elementary or junior-high), schoolPage (the school’s page on this site)',
      ],
    },
    hsds: {
      title: 'Open Referral HSDS 3.0',
      titleEn: 'Services in Open Referral’s Human Services Data Specification 3.0',
      holds: 'Every listed place, in the international format for exchanging information about social services.',
      format: 'JSON, UTF-8, HSDS 3.0 services (each holding its organization, location, schedule and so on)',
      columns: [
        'Each listing’s id is a fixed UUID that stays the same every time the file is rebuilt',
        'The address is in the location’s description (an HSDS address needs a postcode, which listings do not have)',
      ],
    },
    gaps: {
      title: 'Counts per school district (what is missing where)',
      titleEn: 'Listings per school district: where something is missing',
      holds:
        'For each elementary and junior high school district, how many listings of each kind it has (open ones only), and whether it meets the goal. One district per row.',
      format: 'CSV, UTF-8 with a BOM, CRLF line endings, every field in double quotes',
      columns: [
        '学校ID, 学校名 (school ID, school name): the district’s school. 校区の範囲 (district area): 境界あり (a boundary is on record) or おおよその範囲 (an approximate area worked out from where the schools are)',
        'One column per kind: how many the district has. 0 means “none at all”',
        'Goal columns: 達成 (met) or 未達 (not met) against the goal in site.yaml (for example, at least one kids’ cafeteria in every elementary school district); blank for the districts of another level',
      ],
    },
    // 50 is FEED_LIMIT in src/lib/open-data/updates.ts.
    updates: {
      title: 'New and updated listings (Atom feed)',
      titleEn: 'New and updated listings (Atom feed, RFC 4287)',
      holds:
        'Up to 50 places that were newly listed or changed, newest first. Follow new information in a feed reader, or on a school’s or social welfare council’s website.',
      format: 'Atom (RFC 4287), XML, UTF-8',
      columns: [
        'Title: 【新規】 (new) or 【更新】 (updated) and the name. An entry is new when nothing has changed since the day it was listed',
        'Dates: published is the day it was listed; updated is the later of the day it last changed and the day it was last checked (both from the git history of the content; without one, the day it was last checked)',
        'Content: the kind, the place (only the area of an approximate location), the opening rule and the one-line summary. No phone numbers',
      ],
    },
  },
  calendarTitle: 'Calendar (iCalendar)',
  calendar: 'Every place’s dates, in a file calendar apps can add: ',
  noOpenDataCode:
    'site.yaml has no openData (local government code), so the files in the national standard open-data layout are not made.',
};
