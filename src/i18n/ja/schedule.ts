import { nextDates } from './next-dates.ts';

/** Dates a place opens: the next dates of a listing and the agenda (/schedule/). */
export const schedule = {
  ...nextDates,
  agendaAsOf: (date: string) => `${date}時点の予定です。お出かけ前に、それぞれの連絡先にご確認ください。`,
  title: '今週・来週の予定',
  lead: '今日から14日間に開かれる予定を、日ごとにまとめました。日程が決まっていない場所（不定期）はここには出ません。',
  leadLink: '一覧からさがす',
  leadAfter: 'で確かめてください。',
  filtered: '一覧で選んだ条件にあう場所の予定だけを表示しています。',
  changeFilters: '条件を変える',
  all: 'すべての予定を見る',
  calendar: 'すべての予定をカレンダーに追加（.ics）',
  calendarNote: '掲載中のすべての場所の開催日が入ります。ひとつの場所だけなら、その場所のページから追加できます。',
} as const;
