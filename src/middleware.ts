/**
 * やさしい日本語 pages carry furigana as marks in their words (src/core/ruby.ts);
 * here, as each page is built, the marks become `<ruby>` in running text and
 * plain base text in attributes, titles and scripts. Other pages pass through.
 */
import { defineMiddleware } from 'astro:middleware';
import { resolveRubyInHtml } from './core/ruby.ts';
import { localeOf } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (localeOf(context.url) !== 'easy' || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = resolveRubyInHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
