/**
 * The reader's language choice, kept in this browser only (localStorage; it
 * is never sent anywhere). Choosing a language in the switcher remembers it;
 * a page in another language then offers the remembered one, and a first
 * visit from a browser that prefers another language offers English. Nothing
 * redirects: the offer is a link the reader may ignore or close.
 * On やさしい日本語 pages the same place holds the furigana toggle.
 */
import { documentLocale, isLocale, type Locale } from '../i18n/locales.ts';

const LOCALE_KEY = 'locale';
const FURIGANA_KEY = 'furigana';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this page only.
  }
}

/** The language to offer on a page in `page`, if any. */
export function languageToOffer(
  page: Locale,
  remembered: string | null,
  preferred: readonly string[],
): Locale | undefined {
  if (isLocale(remembered)) return remembered === page ? undefined : remembered;
  const first = preferred[0]?.toLowerCase();
  if (page === 'ja' && first && !first.startsWith('ja')) return 'en';
  return undefined;
}

function startOffer(page: Locale): void {
  const offer = document.querySelector<HTMLElement>('[data-language-offer]');
  if (!offer) return;
  const wanted = languageToOffer(page, read(LOCALE_KEY), navigator.languages ?? []);
  const link = wanted && offer.querySelector<HTMLElement>(`[data-offer-locale="${wanted}"]`);
  if (!link) return;
  link.hidden = false;
  offer.hidden = false;
  offer.querySelector('[data-offer-dismiss]')?.addEventListener('click', () => {
    write(LOCALE_KEY, page);
    offer.hidden = true;
  });
}

function startFuriganaToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-furigana-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const show = (on: boolean) => {
    if (on) delete root.dataset.furigana;
    else root.dataset.furigana = 'off';
    button.setAttribute('aria-pressed', String(on));
  };
  show(read(FURIGANA_KEY) !== 'off');
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    write(FURIGANA_KEY, on ? 'on' : 'off');
    show(on);
  });
}

export function startLanguageChoice(): void {
  const page = documentLocale(document);
  for (const link of document.querySelectorAll<HTMLElement>('[data-locale-choice], [data-offer-locale]')) {
    link.addEventListener('click', () => write(LOCALE_KEY, (link.dataset.localeChoice ?? link.dataset.offerLocale)!));
  }
  startOffer(page);
  startFuriganaToggle();
  document.documentElement.dataset.languageReady = 'true';
}
