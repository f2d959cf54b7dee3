/** The offline words of one locale, for the scripts that write them in the browser; only that locale's chunk loads. */
import type { Locale } from '../../i18n/locales.ts';
import type { Messages } from '../../i18n/messages.ts';

export async function loadOffline(locale: Locale): Promise<Messages['offline']> {
  if (locale === 'en') return (await import('../../i18n/en/offline.ts')).offline;
  if (locale === 'easy') return (await import('../../i18n/easy/offline.ts')).offline;
  return (await import('../../i18n/ja/offline.ts')).offline;
}

/** 「この情報は◯月◯日時点です」 for a saved time, the day as in Tokyo. */
export function savedOnWords(t: Messages['offline'], savedAt: string): string {
  const [month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(savedAt))
    .filter((p) => p.type === 'month' || p.type === 'day')
    .map((p) => Number(p.value));
  return t.savedOn(month!, day!);
}
