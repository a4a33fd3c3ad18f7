/**
 * Web UI: static assets built by Vite (src/web/app -> dist/web), mounted on the API server.
 *
 * `mountWeb(app)` serves dist/web: hashed files under /assets/ (cached forever), and index.html for
 * every other GET that is not an API route, so client routes (/event/ID, /article/ID, /submit) load
 * the app. When dist/web is absent it mounts nothing and says so on stderr.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context, Hono, Next } from 'hono';

export interface MountWebOptions {
  /** Folder with index.html (default: SITREP_WEB_DIR, else <package root>/dist/web). */
  dir?: string;
  /** Where to say that the UI is missing (default: stderr). */
  log?: (message: string) => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Content-Security-Policy for the UI: nothing but this origin; no inline script, no plugins, no framing. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the UI never answers (the API's own, whether or not it registered them before us). */
const RESERVED = /^\/(api(\/|$)|openapi\.json$|health$)/;

/** <package root>/dist/web, found by walking up from this file (works from src/ under tsx and from dist/src/). */
export function defaultWebDir(): string {
  if (process.env.SITREP_WEB_DIR) return resolve(process.env.SITREP_WEB_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve('dist', 'web');
}

interface Cached {
  body: Buffer;
  gz: Buffer | null;
  type: string;
}

/** Mount the built UI on `app`. Returns true when mounted, false when dist/web is absent. */
export function mountWeb(app: Hono, opts: MountWebOptions = {}): boolean {
  const root = resolve(opts.dir ?? defaultWebDir());
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  if (!existsSync(join(root, 'index.html'))) {
    log(`sitrep: web UI not built (no ${join(root, 'index.html')}); serving the API only. Run \`npm run build:web\` to build it.`);
    return false;
  }
  const cache = new Map<string, Cached | null>();
  const load = (file: string): Cached | null => {
    if (cache.has(file)) return cache.get(file)!;
    let entry: Cached | null = null;
    try {
      if (statSync(file).isFile()) {
        const body = readFileSync(file);
        const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        const gz = body.length > 1024 && /text|json|javascript|svg/.test(type) ? gzipSync(body, { level: 6 }) : null;
        entry = { body, gz, type };
      }
    } catch {
      entry = null;
    }
    cache.set(file, entry);
    return entry;
  };

  const send = (c: Context, f: Cached, immutable: boolean): Response => {
    const headers: Record<string, string> = {
      'content-type': f.type,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (f.type.startsWith('text/html')) {
      headers['content-security-policy'] = CSP;
      headers['x-frame-options'] = 'DENY';
    }
    const gzip = f.gz && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const body = gzip ? f.gz! : f.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };

  app.use('*', async (c: Context, next: Next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || RESERVED.test(path)) return next();
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
    } catch {
      return next();
    }
    const file = join(root, rel);
    if (rel && (file === root || file.startsWith(root + sep)) && !rel.split(/[/\\]/).some((p) => p.startsWith('.'))) {
      const f = load(file);
      if (f) return send(c, f, rel.startsWith(`assets${sep}`) || rel.startsWith('assets/'));
    }
    // Client routes (no file extension) get the app; missing assets fall through to a 404.
    const last = path.split('/').pop() ?? '';
    if (!last.includes('.')) {
      const index = load(join(root, 'index.html'));
      if (index) return send(c, index, false);
    }
    return next();
  });
  return true;
}
