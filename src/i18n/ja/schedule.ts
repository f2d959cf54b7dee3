/** Dates a place opens: the next dates of a listing and the agenda (/schedule/). */
export const schedule = {
  nextDates: '次の開催日',
  asOf: (date: string) => `${date}時点の予定です。お出かけ前に連絡先にご確認ください。`,
  agendaAsOf: (date: string) => `${date}時点の予定です。お出かけ前に、それぞれの連絡先にご確認ください。`,
  agendaEmptyDay: 'この日の予定はありません。',
} as const;
