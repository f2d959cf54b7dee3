/**
 * Words carry two kinds of marks that only the finished page can place:
 * furigana on やさしい日本語 pages (src/core/ruby.ts) and the language of
 * content shown inside another language's page (src/core/language-marks.ts).
 * As each page is built, one pass turns the marks into `<ruby>` and
 * `<span lang>` in running text and into plain text in attributes, titles
 * and scripts.
 */
import { defineMiddleware } from 'astro:middleware';
import { mapHtmlText } from './core/html-text.ts';
import { LANGUAGE_MARKS, languageMarksToHtml, withoutLanguageMarks } from './core/language-marks.ts';
import { RUBY_MARKS, rubyToHtml, withoutRuby } from './core/ruby.ts';
import { htmlLang, localeOf } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const built = await response.text();
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!RUBY_MARKS.test(built) && !LANGUAGE_MARKS.test(built)) return new Response(built, init);
  const locale = localeOf(context.url);
  const pageLang = htmlLang(locale);
  const ruby = locale === 'easy' ? rubyToHtml : withoutRuby;
  const html = mapHtmlText(
    built,
    (run) => ruby(languageMarksToHtml(run, pageLang)),
    (run) => withoutRuby(withoutLanguageMarks(run)),
  );
  return new Response(html, init);
});
