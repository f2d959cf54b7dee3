/**
 * Recomputes a listing's next dates and badge for today in Tokyo, in the
 * browser: 「本日開催」 turns into 「本日は終了しました」 once today's last
 * session has closed, and again when the reader comes back to the tab.
 */
import { formatDateJa, tokyoToday } from '../../core/civil-date.ts';
import { nextSessions, type ScheduleInput } from '../../lib/schedule/expand.ts';
import { BADGE_TEXT, dayBadge, sessionInWords, tokyoTimeOfDay } from '../../lib/schedule/session-words.ts';

/** Holidays written once for a page with many widgets (`holiday-data.astro`). */
function pageHolidays(): string[] {
  try {
    return JSON.parse(document.getElementById('holiday-data')?.textContent ?? '[]') as string[];
  } catch {
    return [];
  }
}

export function startNextDates(): void {
  update();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update();
  });
}

function update(): void {
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
          li.textContent = sessionInWords(session);
          return li;
        }),
      );
    }
    const badge = dayBadge(sessions, today, tokyoTimeOfDay(now));
    const badgeNode = box.querySelector<HTMLElement>('[data-day-badge]');
    if (badgeNode) {
      badgeNode.hidden = !badge;
      badgeNode.textContent = badge ? BADGE_TEXT[badge] : '';
      badgeNode.classList.toggle('day-badge--ended', badge === 'today-ended');
    }
    const note = box.querySelector<HTMLElement>('[data-next-note]');
    if (note) {
      // The words come from the page (next-dates.astro), so the script carries none of its own.
      note.textContent = sessions.length
        ? box.dataset.noteSeenFrom!.replace('{date}', formatDateJa(today))
        : box.dataset.noteNone!;
    }
    box.dataset.ready = 'true';
  }
}
