import { describe, expect, it } from 'vitest';
import { inLanguage, resolveLanguageMarksInHtml, withoutLanguageMarks } from '../../src/core/language-marks.ts';
import { hrefLang, htmlLang, localeOf, localePrefix, routeOf } from '../../src/i18n/locales.ts';
import { languageToOffer } from '../../src/components/language-choice.ts';

const url = (path: string) => new URL(path, 'https://example.jp');

describe('a page’s locale and route, from its address', () => {
  it.each([
    ['/', '/', 'ja', ''],
    ['/listings/x/', '/', 'ja', 'listings/x/'],
    ['/en/', '/', 'en', ''],
    ['/en/listings/x/', '/', 'en', 'listings/x/'],
    ['/easy/schools/', '/', 'easy', 'schools/'],
    ['/sub/en/about/', '/sub/', 'en', 'about/'],
    ['/sub/about/', '/sub/', 'ja', 'about/'],
    // A route that merely starts like a locale folder is Japanese.
    ['/english/', '/', 'ja', 'english/'],
    ['/easyx/', '/', 'ja', 'easyx/'],
  ])('%s under %s is %s, route "%s"', (path, base, locale, route) => {
    expect(routeOf(url(path), base)).toEqual({ locale, route });
    expect(localeOf(url(path), base)).toBe(locale);
  });

  it('gives each locale its folder, lang and hreflang', () => {
    expect([localePrefix('ja'), localePrefix('en'), localePrefix('easy')]).toEqual(['', 'en/', 'easy/']);
    expect([htmlLang('ja'), htmlLang('en'), htmlLang('easy')]).toEqual(['ja', 'en', 'ja']);
    expect(hrefLang('easy')).toBe('ja-x-easy');
  });
});

describe('language marks', () => {
  it('become a span only where the page is in another language', () => {
    const marked = `<h2>Near ${inLanguage('ja', 'みなと台小学校')}</h2>`;
    expect(resolveLanguageMarksInHtml(marked, 'en')).toBe('<h2>Near <span lang="ja">みなと台小学校</span></h2>');
    expect(resolveLanguageMarksInHtml(marked, 'ja')).toBe('<h2>Near みなと台小学校</h2>');
  });

  it('vanish from attributes, titles and scripts', () => {
    const name = inLanguage('ja', '食堂');
    const page = `<title>${name}</title><a aria-label="${name}">${name}</a><script type="application/json">{"n":"${name}"}</script>`;
    expect(resolveLanguageMarksInHtml(page, 'en')).toBe(
      '<title>食堂</title><a aria-label="食堂"><span lang="ja">食堂</span></a><script type="application/json">{"n":"食堂"}</script>',
    );
    expect(withoutLanguageMarks(name)).toBe('食堂');
  });

  it('leave an empty text unmarked', () => {
    expect(inLanguage('ja', '')).toBe('');
  });
});

describe('the language offered back to a reader', () => {
  it('is the remembered one, on a page in another language', () => {
    expect(languageToOffer('ja', 'en', ['ja-JP'])).toBe('en');
    expect(languageToOffer('en', 'en', ['ja-JP'])).toBeUndefined();
    expect(languageToOffer('en', 'ja', ['en-US'])).toBe('ja');
  });

  it('is English on a first visit to a Japanese page from a browser that prefers another language', () => {
    expect(languageToOffer('ja', null, ['vi-VN', 'en'])).toBe('en');
    expect(languageToOffer('ja', null, ['ja'])).toBeUndefined();
    expect(languageToOffer('en', null, ['vi-VN'])).toBeUndefined();
    expect(languageToOffer('ja', 'klingon', ['ja'])).toBeUndefined();
  });
});
