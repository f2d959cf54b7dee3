/**
 * A minimal static file server for the built site, as any static host serves
 * it: `dir/index.html` for `dir/`, `404.html` with status 404 for anything
 * missing. Listens on loopback only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Text types a static host compresses (GitHub Pages, Netlify and Cloudflare gzip them). */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|atom\+xml|manifest\+json)|image\/svg)/;

/**
 * Serves `root` under `basePath` (for sub-path deployments), e.g. '/' or '/kodomo-map/'.
 * With `gzip`, text is sent compressed to a client that asks, as a real host does
 * (for measuring transfer sizes and load times).
 */
export async function serveStatic(
  root: string,
  basePath = '/',
  options: { gzip?: boolean } = {},
): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404).end();
      return;
    }
    pathname = pathname.slice(basePath.length - 1);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    let status = 200;
    if (!(await isFile(file))) {
      if (await isFile(path.join(file, 'index.html'))) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = path.join(root, '404.html');
      status = 404;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(status, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    // close() alone waits for every open socket. Node closes idle keep-alive
    // sockets, but not one a browser opened ahead of a request it never sent
    // (Chromium's preconnect): that one would hold close() until the request
    // timeout (300 s). Nothing here is worth waiting for, so every socket goes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
