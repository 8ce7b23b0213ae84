// A tiny static file server for dist/ on 127.0.0.1 (a free port chosen by the OS).
// Only GET/HEAD of files that exist under dist/; "/" is index.html; .wasm is application/wasm.
// No directory listing, no SPA fallback (the app's routes live in location.hash).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under root, or null (outside root, missing, a directory). */
export function fileFor(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (p === '' || p.endsWith('/')) p += 'index.html';
  const full = normalize(join(root, p));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server; resolves to { url, port, close(), log, setRoot(dir) } where log lists every
 * request the server saw ({ method, path, status }).
 * `prefix`: the sub-path the files are served under ("/ferramentas/amparo/"; default "/").
 * `headers`: extra response headers (e.g. the ones the README asks a host to add).
 * `setRoot(dir)` serves another directory from then on (a new deployment).
 */
export function startServer(distDir, { prefix = '/', headers = {} } = {}) {
  let root = resolve(distDir);
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const inside = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length - 1) : null;
    const file = (req.method === 'GET' || req.method === 'HEAD') && inside !== null ? fileFor(root, inside) : null;
    const status = file ? 200 : req.method === 'GET' || req.method === 'HEAD' ? 404 : 405;
    log.push({ method: req.method, path: url.pathname + url.search, status });
    if (!file) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(status === 404 ? 'not found\n' : 'method not allowed\n');
      return;
    }
    const st = statSync(file);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': st.size,
      'last-modified': st.mtime.toUTCString(), // as python's http.server: lets the browser cache
      'x-content-type-options': 'nosniff',
      ...(extname(file) === '.html' ? headers : {}),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({
        port,
        url: `http://127.0.0.1:${port}`,
        log,
        setRoot: (dir) => {
          root = resolve(dir);
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
