/**
 * Serves the built site (dist/) the way a plain static host does: directory
 * indexes, the 404 page, gzip, the headers of `_headers` (Netlify's format),
 * and an optional sub-path. `npm start` and the browser tests use it, so both
 * see exactly what a deployment would.
 *
 *   node scripts/serve.ts [port] [base] [dir]   e.g. node scripts/serve.ts 4322 /archive/ dist-archive
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
const base = (process.argv[3] ?? '/').replace(/\/?$/, '/');
const root = resolve(process.argv[4] ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
/** `_headers` rules: a path pattern (`*` matches anything) and the headers it adds. */
function readHeaderRules(file: string): Array<{ pattern: RegExp; headers: Record<string, string> }> {
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: RegExp; headers: Record<string, string> }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    if (rules.length > 0 && name) rules.at(-1)!.headers[name.toLowerCase()] = value.join(':').trim();
  }
  return rules;
}

const headerRules = readHeaderRules(join(root, '_headers'));

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv']);
const gzipped = new Map<string, Buffer>();

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

function fileFor(pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const inside = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
  if (inside !== undefined && !inside.endsWith('/') && !extname(inside) && fileFor(`${inside}/`)) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const found = inside === undefined ? undefined : fileFor(inside);
  const file = found ?? join(root, '404.html');
  const extension = extname(file);
  let body: Buffer = readFileSync(file);
  const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
  for (const rule of headerRules) {
    if (rule.pattern.test(inside ?? url.pathname)) Object.assign(headers, rule.headers);
  }
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
    const key = `${file}@${statSync(file).mtimeMs}`;
    let compressed = gzipped.get(key);
    if (!compressed) gzipped.set(key, (compressed = gzipSync(body, { level: 9 })));
    body = compressed;
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'Accept-Encoding';
  }
  headers['content-length'] = String(body.length);
  response.writeHead(found ? 200 : 404, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(port, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
