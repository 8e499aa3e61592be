#!/usr/bin/env node
// A small static server for dist/: gzip, the security headers from the built _headers
// (public/_headers with the inlined stylesheet's hash added by the build), and the same files
// mounted at / and at a sub-folder, so tests prove the build works from any folder.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--sub /nested/hstf/]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', '4173'));
const root = resolve(option('dir', 'dist'));
const sub = option('sub', '/nested/hstf/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  // The data packages (dist/data/<version>/).
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  // The feed of data versions (dist/feed.atom), as feed readers expect it.
  '.atom': 'application/atom+xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.csv', '.md', '.atom']);

/** Headers for every path, read from the `_headers` file that static hosts such as Netlify use. */
function readHeaders() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]] = match[2].trim();
  }
  return headers;
}
const securityHeaders = readHeaders();

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No ${join(root, 'index.html')}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path.startsWith(sub)) path = `/${path.slice(sub.length)}`;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile() || path.includes('/_headers')) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
    response.end('Not found');
    return;
  }
  const ext = extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Only the files under assets/ have a content hash in their name (docs/deployment.md).
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) {
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    createReadStream(file).pipe(createGzip()).pipe(response);
  } else {
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${sub}`);
});
