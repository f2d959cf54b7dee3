/** A listing's next dates, in やさしい日本語. */
import { easy } from '../../core/ruby.ts';
import type { Messages } from '../messages.ts';

export const nextDates: Pick<Messages['schedule'], 'nextDates' | 'asOf' | 'seenFrom' | 'noNextDates'> = {
  nextDates: easy`{次|つぎ}に{開|ひら}く{日|ひ}`,
  asOf: (date: string) =>
    easy`${date}の{予定|よてい}です。{出|で}かける{前|まえ}に、{連絡先|れんらくさき}に{確|たし}かめてください。`,
  seenFrom: (date: string) =>
    easy`${date}から{見|み}た{予定|よてい}です。{出|で}かける{前|まえ}に、{連絡先|れんらくさき}に{確|たし}かめてください。`,
  noNextDates: easy`これから{開|ひら}く{日|ひ}は、まだ{決|き}まっていません。{連絡先|れんらくさき}に{聞|き}いてください。`,
};
