/** Dates a place opens, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';
import { nextDates } from './next-dates.ts';

export const schedule: Messages['schedule'] = {
  ...nextDates,
  agendaAsOf: (date: string) =>
    easy`${date}の{予定|よてい}です。{出|で}かける{前|まえ}に、それぞれの{連絡先|れんらくさき}に{確|たし}かめてください。`,
  title: easy`{今週|こんしゅう}と{来週|らいしゅう}の{予定|よてい}`,
  lead:
    easy`{今日|きょう}から14{日間|にちかん}に{開|ひら}く{場所|ばしょ}を、{日|ひ}ごとにまとめました。` +
    easy`{開|ひら}く{日|ひ}が{決|き}まっていない{場所|ばしょ}は、ここには{出|で}ません。そのような{場所|ばしょ}は、`,
  leadLink: easy`{一覧|いちらん}からさがす`,
  leadAfter: easy`で{確|たし}かめてください。`,
  filtered: easy`{一覧|いちらん}で{選|えら}んだ{条件|じょうけん}に{合|あ}う{場所|ばしょ}の{予定|よてい}だけを{出|だ}しています。`,
  changeFilters: easy`{条件|じょうけん}を{変|か}える`,
  all: easy`すべての{予定|よてい}を{見|み}る`,
  calendar: easy`すべての{予定|よてい}をカレンダーに{入|い}れる（.ics）`,
  calendarNote: easy`{載|の}っているすべての{場所|ばしょ}の、{開|ひら}く{日|ひ}が{入|はい}ります。ひとつの{場所|ばしょ}だけのときは、その{場所|ばしょ}のページから{入|い}れられます。`,
};
