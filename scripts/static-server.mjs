// A tiny static server for the built site, mounted under the site's base path
// (HANDBOOK_BASE), as a host would serve it: used by `npm run pdf` and the
// tests that check a build under a path prefix.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The file a request path names inside `dir`, or undefined: directories serve their index.html. */
function fileFor(dir, pathname) {
  const path = normalize(join(dir, decodeURIComponent(pathname)));
  if (path !== normalize(dir) && !path.startsWith(normalize(dir) + sep)) return undefined;
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Serves `dir` at `base` (e.g. "/handbook/") on loopback, on a free port.
 * Resolves to { url, close }, url being the site's root with the base.
 */
export function serveStatic(dir, base = '/') {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(prefix) ? fileFor(dir, `/${pathname.slice(prefix.length)}`) : undefined;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}
