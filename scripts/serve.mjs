// A tiny static server for the release bundle: `node scripts/serve.mjs DIR PORT [HOST] [--gzip]`.
// Used by `make serve` and the end-to-end tests; no dependency.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.csv': 'text/csv; charset=utf-8',
};

/** `transform(file, body)`, if given, may rewrite a file's body (tests point an example page at
 * the calculator's actual port). With `{ gzip: true }` every response goes out gzip -9 compressed
 * (Content-Encoding: gzip) to a client that accepts it, as a production host would send it: the
 * mobile benchmark's bytes on the wire. Off by default: the tests and `make serve` send files as
 * they are. */
export function serve(dir, port, host = '127.0.0.1', transform = (file, body) => body, { gzip = false } = {}) {
  const root = resolve(dir);
  // Compressed bodies by file and modification time: gzip -9 of the wasm takes tens of
  // milliseconds, which a host that pre-compresses doesn't spend on each request.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      let info = await stat(file);
      if (info.isDirectory()) { file = join(file, 'index.html'); info = await stat(file); }
      let body = transform(file, await readFile(file));
      // Public files: a script embed on another origin loads the app's JS and wasm with CORS.
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const gzip = args.includes('--gzip');
  const [dir = 'dist', port = '8080', host = '127.0.0.1'] = args.filter((a) => a !== '--gzip');
  await serve(dir, Number(port), host, undefined, { gzip });
  console.log(`Serving ${dir} at http://${host}:${port}/${gzip ? ' gzip-compressed' : ''} (Ctrl-C to stop)`);
}
