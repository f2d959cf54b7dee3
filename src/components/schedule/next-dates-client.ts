/**
 * Recomputes a listing's next dates and badge for today in Tokyo, in the
 * browser: 「本日開催」 turns into 「本日は終了しました」 once today's last
 * session has closed, and again when the reader comes back to the tab.
 */
import { tokyoToday } from '../../core/civil-date.ts';
import { setRubyText } from '../../core/ruby.ts';
import { loadFacts } from '../../i18n/load-facts.ts';
import { documentLocale } from '../../i18n/locales.ts';
import type { FactWords } from '../../lib/schedule-words.ts';
import { nextSessions, type ScheduleInput } from '../../lib/schedule/expand.ts';
import { badgeInWords, dayBadge, sessionInWords, tokyoTimeOfDay } from '../../lib/schedule/session-words.ts';

/** Holidays written once for a page with many widgets (`holiday-data.astro`). */
function pageHolidays(): string[] {
  try {
    return JSON.parse(document.getElementById('holiday-data')?.textContent ?? '[]') as string[];
  } catch {
    return [];
  }
}

export async function startNextDates(): Promise<void> {
  const words = await loadFacts(documentLocale(document));
  update(words);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update(words);
  });
}

function update(words: FactWords): void {
  const now = new Date();
  for (const box of document.querySelectorAll<HTMLElement>('[data-next-dates]')) {
    const { input, holidays } = JSON.parse(box.dataset.schedule ?? '{}') as {
      input: ScheduleInput;
      holidays?: string[];
    };
    const holidaySet = new Set(holidays ?? pageHolidays());
    const today = tokyoToday(now);
    const sessions = nextSessions(input, today, 3, (date) => holidaySet.has(date));
    const list = box.querySelector<HTMLElement>('[data-next-list]');
    if (list) {
      list.replaceChildren(
        ...sessions.map((session) => {
          const li = document.createElement('li');
          setRubyText(li, sessionInWords(session, words));
          return li;
        }),
      );
    }
    const badge = dayBadge(sessions, today, tokyoTimeOfDay(now));
    const badgeNode = box.querySelector<HTMLElement>('[data-day-badge]');
    if (badgeNode) {
      badgeNode.hidden = !badge;
      setRubyText(badgeNode, badgeInWords(badge, words));
      badgeNode.classList.toggle('day-badge--ended', badge === 'today-ended');
    }
    const note = box.querySelector<HTMLElement>('[data-next-note]');
    if (note) {
      // The words come from the page (next-dates.astro), so the script carries none of its own.
      setRubyText(
        note,
        sessions.length ? box.dataset.noteSeenFrom!.replace('{date}', words.date(today)) : box.dataset.noteNone!,
      );
    }
    box.dataset.ready = 'true';
  }
}
