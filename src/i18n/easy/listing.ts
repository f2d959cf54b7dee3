/** Words the listing views share, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const listing: Messages['listing'] = {
  facts: {
    kind: easy`{種類|しゅるい}`,
    when: easy`{日|ひ}と{時間|じかん}`,
    place: easy`{場所|ばしょ}`,
    audience: easy`だれが{行|い}けるか`,
    cost: easy`お{金|かね}`,
    reservation: easy`{予約|よやく}`,
    services: easy`できること`,
    phone: easy`{電話|でんわ}`,
  },
  placeFacts: {
    venue: easy`{場所|ばしょ}の{名前|なまえ}`,
    address: easy`{住所|じゅうしょ}`,
    access: easy`{行|い}き{方|かた}`,
    area: easy`{地域|ちいき}`,
    accessibility: easy`バリアフリー（{段差|だんさ}・トイレなど）`,
  },
  district: (schoolName: string, nearest: boolean) =>
    nearest ? easy`${schoolName}{区|く}の{近|ちか}く` : easy`${schoolName}{区|く}`,
  approximateSuffix: easy`（だいたいの{場所|ばしょ}）`,
  volunteeringWanted: easy`ボランティアをさがしています`,
  contact: {
    line: easy`LINE で{連絡|れんらく}する`,
    form: easy`{問|と}い{合|あ}わせのフォームを{開|ひら}く`,
    email: easy`メールで{連絡|れんらく}する`,
  },
  status: {
    paused: easy`この{場所|ばしょ}は、いまお{休|やす}みしています。`,
    closed: easy`この{場所|ばしょ}の{活動|かつどう}は、{終|お}わりました。`,
    pausedHint: easy`また{開|ひら}くかどうかは、{連絡先|れんらくさき}に{聞|き}いてください。`,
  },
  where: {
    heading: easy`{場所|ばしょ}`,
    approximateNote: easy`{場所|ばしょ}をやっている{人|ひと}の{希望|きぼう}で、{正|ただ}しい{場所|ばしょ}は{出|だ}していません。{場所|ばしょ}は{連絡先|れんらくさき}に{聞|き}いてください。`,
    online: easy`オンラインで{参加|さんか}できます。`,
    unknown: easy`{場所|ばしょ}は、{直接|ちょくせつ}{聞|き}いてください。`,
    district: (schoolName: string) => easy`{校区|こうく}: ${schoolName}`,
    districtEstimated: easy`（いちばん{近|ちか}い{小学校|しょうがっこう}から{考|かんが}えました）`,
    newTab: easy`（{新|あたら}しいタブで{開|ひら}きます）`,
  },
  fromSchool: (schoolName: string, distance: string) => easy`${schoolName}から${distance}`,
  inDistrict: easy`{校区|こうく}の{中|なか}`,
  scheduleSeparator: ' ／ ',
  qrLabel: (name: string) => easy`${name}のページの QR コード`,
  page: {
    breadcrumbs: easy`このページの{場所|ばしょ}`,
    listings: easy`{一覧|いちらん}`,
    about: easy`くわしく`,
    untranslated: easy`この {情報|じょうほう}には、やさしい {日本語|にほんご}に なっていない ところが あります。`,
  },
  header: {
    organization: (name: string) => easy`やっている{団体|だんたい}: ${name}`,
    call: easy`{電話|でんわ}する`,
    next: easy`{次|つぎ}`,
    area: easy`{地域|ちいき}`,
    place: easy`{場所|ばしょ}`,
    more: easy`（くわしく）`,
  },
  contactSection: {
    heading: easy`{連絡先|れんらくさき}`,
    phone: easy`{電話|でんわ}`,
    email: easy`メール`,
    website: easy`ウェブサイト`,
    line: 'LINE',
    lineAdd: easy`LINEで{友|とも}だちに{追加|ついか}する`,
    form: easy`{問|と}い{合|あ}わせのフォーム`,
    formOpen: easy`フォームを{開|ひら}く`,
    none: easy`{連絡先|れんらくさき}は{出|だ}していません。`,
  },
  kindSections: {
    freeSchool: easy`フリースクールについて`,
    grades: easy`{学年|がくねん}`,
    attendanceCredit: easy`{学校|がっこう}の{出席|しゅっせき}になるか`,
    visits: easy`{見学|けんがく}〈{見|み}に{行|い}くこと〉`,
    visitsYes: easy`{見学|けんがく}できます`,
    visitsNo: easy`{見学|けんがく}はできません`,
    online: easy`オンライン`,
    onlineYes: easy`オンラインでも{参加|さんか}できます`,
    onlineNo: easy`{通|かよ}うだけです`,
    consultation: easy`{相談|そうだん}できること`,
    anonymous: easy`{名前|なまえ}を{言|い}わなくても{相談|そうだん}できます。`,
    rolesWanted: (roles: string) => easy`${roles}を{手伝|てつだ}う{人|ひと}をさがしています。`,
  },
  alert: {
    dated: (date: string) => easy`${date}のお{知|し}らせ:`,
    heading: (date: string) => easy`お{知|し}らせ（${date}）`,
  },
  verified: {
    heading: easy`{情報|じょうほう}の{確認|かくにん}`,
    lastChecked: (date: string, by: string, source: string) =>
      easy`{最後|さいご}に{確|たし}かめた{日|ひ}: ${date}（だれに: ${by}、${source}）`,
    stale: (months: number) =>
      easy`この{情報|じょうほう}は、${months}か{月|げつ}{以上|いじょう}{確|たし}かめていません。`,
    staleHint: easy`{内容|ないよう}が{変|か}わったかもしれません。{出|で}かける{前|まえ}に、{連絡先|れんらくさき}に{確|たし}かめてください。`,
    state: (label: string) => easy`いまの{様子|ようす}: ${label}`,
    correct: easy`{情報|じょうほう}のまちがいを{知|し}らせる`,
    correctHint: easy`（いまの{内容|ないよう}が{入|はい}ったフォームが{開|ひら}きます）。`,
    mail: easy`メールで{知|し}らせる`,
    mailAfter: easy`こともできます。`,
    // The correction e-mail leaves the page (a mailto: link), where no mark
    // could be resolved, so its words are written without kanji.
    mailSubject: (name: string, id: string) => `【なおしてください】${name}（${id}）`,
    mailListing: (name: string) => `のっている じょうほう: ${name}`,
    mailPage: (url: string) => `ページ: ${url}`,
    mailWhat: 'なおしたい ところ（どこが、どう ちがうか）:',
    mailWho:
      'あなたの なまえと れんらくさき（かかなくても いいです。ばしょを やっている ひとは、そう かいてください）:',
  },
  when: {
    heading: easy`{日|ひ}と{時間|じかん}`,
    extraDates: easy`とくべつに{開|ひら}く{日|ひ}`,
    calendar: easy`カレンダーに{入|い}れる（.ics）`,
    calendarHint: easy`スマートフォンやパソコンのカレンダーに、この{場所|ばしょ}の{開|ひら}く{日|ひ}がまとめて{入|はい}ります。お{休|やす}みの{日|ひ}は{入|はい}りません。`,
    closedDates: easy`お{休|やす}みの{日|ひ}`,
  },
  who: {
    heading: easy`だれが{行|い}けるか・お{金|かね}・{予約|よやく}`,
    guardianRequired: easy`{小|ちい}さい{子|こ}どもは、{親|おや}などといっしょに{来|き}てください。`,
    districtOnly: easy`{校区|こうく}に{住|す}んでいる{人|ひと}が{行|い}けます。`,
    allergy: easy`アレルギー`,
    languages: easy`{日本語|にほんご}のほかの{言葉|ことば}`,
  },
  previewPending: easy`{書|か}いたことを{直|なお}すと、ここにサイトでの{見|み}え{方|かた}が{出|で}ます。`,
};
