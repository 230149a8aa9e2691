/**
 * A static file server for trying dist/ locally and for the browser tests: GET and HEAD
 * of files under one folder, nothing else (no listing, no paths outside the folder).
 *
 * Usage: node scripts/serve.mjs [dir] [port]   (default: packages/playground/dist, 8080; 127.0.0.1 only)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1; resolves to { url, close() }. Port 0 picks a free port. */
export async function serveDir(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw Object.assign(new Error(), { status: 405 });
      let file = resolve(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { status: 404 });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(e.status ?? 404).end();
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../dist');
  const { url } = await serveDir(dir, Number(process.argv[3] ?? 8080));
  console.log(`serving ${dir} at ${url} (Ctrl+C stops)`);
}
