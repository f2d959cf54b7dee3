/**
 * The やさしい日本語 label of each value of a controlled vocabulary. The kind
 * names stay the words families will meet elsewhere (子ども食堂, 相談窓口), with
 * readings; the harder labels are said in plain words.
 */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const vocabulary: Messages['vocabulary'] = {
  kind: {
    'kodomo-shokudo': easy`{子|こ}ども{食堂|しょくどう}`,
    'free-school': easy`フリースクール`,
    ibasho: easy`こどもの{居場所|いばしょ}`,
    consultation: easy`{相談|そうだん}{窓口|まどぐち}`,
    volunteer: easy`{手伝|てつだ}う{人|ひと}・ボランティア`,
  },
  kindEnglish: {
    'kodomo-shokudo': "Kids' cafeteria",
    'free-school': 'Free school',
    ibasho: 'Youth space',
    consultation: 'Consultation',
    volunteer: 'Volunteers and new providers',
  },
  service: {
    meal: easy`ごはん`,
    bento: easy`お{弁当|べんとう}をくばる`,
    'food-pantry': easy`{食|た}べものをくばる（フードパントリー）`,
    study: easy`{勉強|べんきょう}を{教|おし}える`,
    play: easy`{遊|あそ}び・{体験|たいけん}`,
    'free-space': easy`{自由|じゆう}に{過|す}ごせる{場所|ばしょ}`,
    consultation: easy`{相談|そうだん}`,
    parenting: easy`{子育|こそだ}ての{手伝|てつだ}い`,
    'baby-food': easy`{赤|あか}ちゃんのごはん（{離乳食|りにゅうしょく}）`,
    'school-alternative': easy`{学校|がっこう}のかわりに{学|まな}ぶ{場所|ばしょ}`,
    online: easy`オンライン`,
    'volunteer-matching': easy`ボランティアをさがす・{紹介|しょうかい}する`,
  },
  audience: {
    infant: easy`{赤|あか}ちゃん・{小|ちい}さい{子|こ}ども`,
    elementary: easy`{小学生|しょうがくせい}`,
    'junior-high': easy`{中学生|ちゅうがくせい}`,
    'high-school': easy`{高校生|こうこうせい}`,
    guardian: easy`{親|おや}など（{保護者|ほごしゃ}）`,
    everyone: easy`だれでも`,
  },
  costFor: {
    child: easy`{子|こ}ども`,
    adult: easy`{大人|おとな}`,
    guardian: easy`{親|おや}など（{保護者|ほごしゃ}）`,
    everyone: easy`だれでも`,
  },
  costPer: {
    visit: easy`1{回|かい}`,
    month: easy`1か{月|げつ}`,
    year: easy`1{年|ねん}`,
  },
  reservationMethod: {
    phone: easy`{電話|でんわ}`,
    line: 'LINE',
    web: easy`ウェブのフォーム`,
    email: easy`メール`,
    'in-person': easy`{窓口|まどぐち}で・{会|あ}って`,
  },
  allergySupport: {
    available: easy`{対応|たいおう}できます`,
    consult: easy`{相談|そうだん}してください`,
    none: easy`{対応|たいおう}できません`,
  },
  attendanceCredit: {
    yes: easy`{学校|がっこう}の{出席|しゅっせき}になった{例|れい}があります`,
    consult: easy`{通|かよ}っている{学校|がっこう}と{相談|そうだん}して{決|き}めます`,
    no: easy`{学校|がっこう}の{出席|しゅっせき}になりません`,
    unknown: easy`わかりません`,
  },
  grade: {
    elementary: easy`{小学生|しょうがくせい}`,
    'junior-high': easy`{中学生|ちゅうがくせい}`,
    'high-school': easy`{高校生|こうこうせい}`,
  },
  volunteerDirection: {
    offer: easy`{手伝|てつだ}えます（{手伝|てつだ}いたい{人|ひと}・{団体|だんたい}）`,
    seek: easy`{手伝|てつだ}ってほしい（{手伝|てつだ}う{人|ひと}をさがしています）`,
  },
  status: {
    active: easy`{活動中|かつどうちゅう}`,
    paused: easy`お{休|やす}み{中|ちゅう}`,
    closed: easy`{終|お}わり`,
  },
  verifiedBy: {
    operator: easy`{場所|ばしょ}をやっている{人|ひと}`,
    official: easy`{役所|やくしょ}などの{情報|じょうほう}`,
    unconfirmed: easy`まだ{確|たし}かめていません`,
  },
  precision: {
    exact: easy`{正|ただ}しい{場所|ばしょ}`,
    approximate: easy`だいたいの{場所|ばしょ}（{地域|ちいき}だけ{出|だ}しています）`,
  },
  schoolLevel: {
    elementary: easy`{小学校|しょうがっこう}`,
    'junior-high': easy`{中学校|ちゅうがっこう}`,
  },
  weekday: {
    MO: easy`{月|げつ}`,
    TU: easy`{火|か}`,
    WE: easy`{水|すい}`,
    TH: easy`{木|もく}`,
    FR: easy`{金|きん}`,
    SA: easy`{土|ど}`,
    SU: easy`{日|にち}`,
  },
};
