/**
 * The site's public address, which printed QR codes, calendar files, canonical
 * links and the school embed snippet carry. It comes from `siteUrl` in the
 * content folder's site.yaml, so a ward that forks the project sets it once
 * beside its other settings; `SITE_URL` and `BASE_PATH` in the environment
 * override it (the Pages workflow fills them in from the repository's Pages
 * settings). A production build without an address fails instead of quietly
 * printing `localhost` on paper that families take home.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDirFromEnv } from './content-dir.ts';

/** Where dev and preview serve, and the address they may fall back to. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

export interface PublicAddress {
  /** The origin (and any path) the site is published at; undefined when none is configured. */
  site: string | undefined;
  /** The path prefix every URL goes through: `/` or `/kodomo-map/`. */
  base: string;
  /** Where `site` came from, for messages. */
  source: 'SITE_URL' | 'site.yaml' | 'none';
}

export const MISSING_ADDRESS_MESSAGE =
  '公開するサイトの URL がありません。content/site.yaml に siteUrl: https://… を書くか、環境変数 SITE_URL を指定してください（QR コード・カレンダー・共有するリンクに使われます）。' +
  ' / No public address: set siteUrl in site.yaml or the SITE_URL environment variable (printed QR codes, calendar files and shared links use it).';

function invalid(value: string, where: string): Error {
  return new Error(
    `${where} の「${value}」は https:// で始まる URL ではありません / ${where} is not an http(s) URL: ${value}`,
  );
}

function parseAddress(value: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(value, where);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(value, where);
  return url;
}

/** `siteUrl` as written in site.yaml, if the file can be read at all; the validator reports the rest. */
export function siteUrlFromContent(contentDir: string): string | undefined {
  try {
    const data: unknown = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'));
    if (data && typeof data === 'object' && 'siteUrl' in data && typeof data.siteUrl === 'string') {
      return data.siteUrl.trim() || undefined;
    }
  } catch {
    // An unreadable site.yaml is the validator's to explain, with its line.
  }
  return undefined;
}

function withSlashes(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The address to build for. A `siteUrl` with a path (https://example.github.io/kodomo-map/)
 * also gives the base path, unless `BASE_PATH` says otherwise.
 */
export function resolvePublicAddress(env: Record<string, string | undefined> = process.env): PublicAddress {
  const fromEnv = env.SITE_URL?.trim() || undefined;
  const fromFile = fromEnv ? undefined : siteUrlFromContent(contentDirFromEnv(env));
  const written = fromEnv ?? fromFile;
  const url = written ? parseAddress(written, fromEnv ? 'SITE_URL' : 'site.yaml の siteUrl') : undefined;
  const base = env.BASE_PATH?.trim() ? withSlashes(env.BASE_PATH.trim()) : withSlashes(url?.pathname ?? '/');
  return {
    site: url ? url.origin : undefined,
    base,
    source: fromEnv ? 'SITE_URL' : fromFile ? 'site.yaml' : 'none',
  };
}
