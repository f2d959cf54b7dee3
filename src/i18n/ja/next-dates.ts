/**
 * A listing's next dates, handed to next-dates-client.ts through data attributes
 * so the script of every listing page carries no words of its own.
 */
export const nextDates = {
  nextDates: '次の開催日',
  asOf: (date: string) => `${date}時点の予定です。お出かけ前に連絡先にご確認ください。`,
  /** The same note, redrawn in the browser for the day the page is read. */
  seenFrom: (date: string) => `${date}から見た予定です。お出かけ前に連絡先にご確認ください。`,
  noNextDates: '今後の開催日は決まっていません。連絡先にお問い合わせください。',
} as const;
