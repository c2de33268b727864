// Builds the example site for a local address and serves it the way GitHub Pages does:
// from 127.0.0.1 only, gzip for text, `Cache-Control: max-age=600`, `404.html` for what is missing.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const SCRIPTS = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const REPO = resolve(SCRIPTS, '..');
export const OUT = join(SCRIPTS, 'out');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/;

/** Chromium: CHROME_PATH, or the first of the usual places that exists. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const usual = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  const found = usual.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found: set CHROME_PATH, or install one (Debian: apt-get install chromium)');
  }
  return found;
}

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];

/** Serves `root` on 127.0.0.1 at a free port; resolves to { server, baseUrl }. */
export function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = TYPES[extname(file).toLowerCase()] || 'application/octet-stream';
    let body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=600', Vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ok({ server, baseUrl: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

/**
 * Runs a command with its output on stderr; resolves to its exit code. Asynchronous, so that the
 * server in this process goes on answering while the command (a browser) asks it for pages.
 */
export function run(command, args, env = process.env) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 2, 2] });
    child.once('error', fail);
    child.once('exit', (code, signal) => ok(code ?? (signal ? 128 : 1)));
  });
}

/** Builds content/ into `out` (relative to the repository) for `baseUrl`; throws if it fails. */
export async function build(baseUrl, out) {
  const args = ['-q', '-B', 'compile', 'exec:java', `-Dexec.args=build --base-url ${baseUrl} --out ${out}`];
  console.error(`Building the example site for ${baseUrl} (mvn ${args.join(' ')})`);
  const code = await run('mvn', args);
  if (code !== 0) throw new Error(`the build failed (exit ${code})`);
}

/** Starts the server, builds the site for its address; resolves to { server, baseUrl, root }. */
export async function buildAndServe() {
  const root = join(OUT, 'site');
  const { server, baseUrl } = await serve(root);
  try {
    await build(baseUrl, 'scripts/out/site');
  } catch (e) {
    server.close();
    throw e;
  }
  return { server, baseUrl, root };
}

function links(root, page, pattern) {
  const file = join(root, page, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [...new Set([...html.matchAll(/href="([^"#?]*)"/g)].map((m) => m[1]))]
    .map((href) => href.replace(/^https?:\/\/[^/]+/, ''))
    .filter((href) => pattern.test(href));
}

/**
 * The pages to look at: the home, the newest news post with a photo (else the newest),
 * the first child listed as waiting, and the look-up. PAGE_NEWS, PAGE_CHILD and PAGE_LOOKUP
 * (site paths such as `tin-tuc/slug/`) choose others.
 */
export function pages(root) {
  const news = links(root, 'tin-tuc', /^\/tin-tuc\/(?!trang\/)[^/]+\/$/);
  const withPhoto = news.find((href) => {
    const file = join(root, href, 'index.html');
    return existsSync(file) && /<main[\s\S]*<img\b[\s\S]*<\/main>/.test(readFileSync(file, 'utf8'));
  });
  const child = links(root, 'tre-em', /^\/tre-em\/[^/]+\/$/)[0];
  const strip = (p) => (p || '').replace(/^\//, '');
  const list = [
    { name: 'home', path: '' },
    { name: 'news', path: process.env.PAGE_NEWS ?? strip(withPhoto || news[0]) },
    { name: 'child', path: process.env.PAGE_CHILD ?? strip(child) },
    { name: 'lookup', path: process.env.PAGE_LOOKUP ?? 'tra-cuu/' },
  ];
  for (const p of list) {
    if (p.name !== 'home' && (!p.path || !existsSync(join(root, p.path.split('?')[0], 'index.html')))) {
      throw new Error(`no ${p.name} page found in the built site (${p.path || 'none'})`);
    }
  }
  return list;
}
