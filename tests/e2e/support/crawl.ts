/** Follows a built site's links the way a browser would, without one. */

/** Follows every same-origin href and src from the start page; returns what broke and what was seen. */
export async function crawl(start: string): Promise<{ broken: string[]; pages: number; outsideBase: string[] }> {
  const origin = new URL(start).origin;
  const basePath = new URL(start).pathname;
  const queue = [start];
  const seen = new Set(queue);
  const broken: string[] = [];
  const outsideBase: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200) {
      broken.push(`${response.status} ${url}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    pages++;
    const html = await response.text();
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(?:mailto|tel|https?):/i.test(raw) && !raw.startsWith(origin)) continue;
      const target = new URL(raw, url);
      target.hash = '';
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(basePath)) {
        outsideBase.push(`${raw} on ${url}`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return { broken, pages, outsideBase };
}
