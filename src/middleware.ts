/**
 * Words carry two kinds of marks that only the finished page can place:
 * furigana on やさしい日本語 pages (src/core/ruby.ts) and the language of
 * content shown inside another language's page (src/core/language-marks.ts).
 * As each page is built, the marks become `<ruby>` and `<span lang>` in running
 * text and plain text in attributes, titles and scripts.
 */
import { defineMiddleware } from 'astro:middleware';
import { resolveLanguageMarksInHtml } from './core/language-marks.ts';
import { resolveRubyInHtml, withoutRuby } from './core/ruby.ts';
import { htmlLang, localeOf } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const locale = localeOf(context.url);
  const built = await response.text();
  const withLanguages = resolveLanguageMarksInHtml(built, htmlLang(locale));
  const html = locale === 'easy' ? resolveRubyInHtml(withLanguages) : withoutRuby(withLanguages);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
