/**
 * HTTP API (Hono on @hono/node-server). `createServer({ dataDir, token })` builds the app over a store;
 * `startServer({ ..., port, host })` listens. Routes, shapes and errors: src/api/contract.ts, /openapi.json.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serve, type ServerType } from '@hono/node-server';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import type { Article } from '../types.js';
import { articleFromJson } from '../article/index.js';
import { VERSION } from '../version.js';
import { mountWeb } from '../web/index.js';
import { Ingestor } from '../store/ingest.js';
import { openStore } from '../store/index.js';
import type { Repository } from '../store/repository.js';
import { StoreInputError } from '../store/sqlite.js';
import { describeIssues, eventFilterSchema, pageSchema, type EventFilter } from '../store/filters.js';
import { EXPORT_FORMATS, exportContentType, exportEvents, exportFileName, type ExportFormat } from '../store/export.js';
import type { ApiError, IngestResponse } from './contract.js';
import { ArticleInputSchema } from './schemas.js';
import { openApiDocument } from './openapi.js';

export interface ServerOptions {
  /** Data directory holding sitrep.db (default ./sitrep-data). Ignored when `repo` is given. */
  dataDir?: string;
  /** An open repository to serve (tests, other backends). */
  repo?: Repository;
  /** Bearer token required by write endpoints; default SITREP_TOKEN; none = writes are open. */
  token?: string | null;
  /** Pipeline factory (default: the full pipeline, created on the first POST). */
  pipeline?: () => Promise<Pipeline>;
  /** Pipeline version stamped on stored records (default: the package version). */
  pipelineVersion?: string;
  /** Largest request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Most articles in one POST (default 100). */
  maxBatch?: number;
}

export interface SitrepServer {
  app: Hono;
  repo: Repository;
  ingestor: Ingestor;
  close(): Promise<void>;
}

export function apiError(code: string, message: string, details?: unknown): ApiError {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

function fail(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown): Response {
  c.header('X-Content-Type-Options', 'nosniff');
  return c.json(apiError(code, message, details), status);
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const FILTER_KEYS = new Set(['from', 'to', 'country', 'bbox', 'type', 'subtype', 'actor', 'status', 'min_fatalities', 'q', 'sort']);
const LIST_KEYS = new Set(['country', 'type', 'subtype']);

/** Query string -> filter (+ the other allowed keys), or a 400 answer naming the bad parameters. */
function parseQuery(c: Context, extra: string[]): { filter: EventFilter; rest: Record<string, string | undefined> } | Response {
  const queries = c.req.queries();
  const unknown = Object.keys(queries).filter((k) => !FILTER_KEYS.has(k) && !extra.includes(k));
  if (unknown.length) return fail(c, 400, 'unknown_parameter', `unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, { allowed: [...FILTER_KEYS, ...extra] });
  const raw: Record<string, unknown> = {};
  const rest: Record<string, string | undefined> = {};
  for (const [k, vs] of Object.entries(queries)) {
    if (extra.includes(k)) rest[k] = vs[vs.length - 1];
    else raw[k] = LIST_KEYS.has(k) ? vs : vs[vs.length - 1];
  }
  const parsed = eventFilterSchema.safeParse(raw);
  if (!parsed.success) {
    const d = describeIssues(parsed.error);
    return fail(c, 400, 'invalid_filter', d.message, d.details);
  }
  return { filter: parsed.data, rest };
}

export async function createServer(opts: ServerOptions = {}): Promise<SitrepServer> {
  const repo = opts.repo ?? (await openStore(opts.dataDir));
  const ownsRepo = !opts.repo;
  const token = opts.token === undefined ? process.env.SITREP_TOKEN || null : opts.token;
  const maxBody = opts.bodyLimit ?? 5 * 1024 * 1024;
  const maxBatch = opts.maxBatch ?? 100;
  const ingestor = new Ingestor(repo, opts.pipeline ?? (() => createPipeline()), { pipelineVersion: opts.pipelineVersion });
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof StoreInputError) return fail(c, 400, 'invalid_filter', err.message, [{ field: err.field, message: err.message }]);
    process.stderr.write(`sitrep serve: ${err?.stack ?? err}\n`);
    return fail(c, 500, 'internal', 'internal server error');
  });

  const requireToken: MiddlewareHandler = async (c, next) => {
    if (!token) return next();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m || !tokensEqual(m[1]!, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="sitrep"');
      return fail(c, 401, 'unauthorized', m ? 'wrong bearer token' : 'this server needs "Authorization: Bearer <token>" for writes');
    }
    return next();
  };

  app.get('/health', async (c) => {
    const s = await repo.stats();
    return c.json({ status: 'ok' as const, version: VERSION, schema_version: s.schema_version, articles: s.articles, events: s.events, mentions: s.mentions, backend: s.backend });
  });

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  const tooLarge = (c: Context) => fail(c, 413, 'body_too_large', `request body over the ${maxBody >= 1048576 ? `${(maxBody / 1048576).toFixed(1)} MB` : `${Math.round(maxBody / 1024)} KB`} limit`);
  const streamLimit = bodyLimit({ maxSize: maxBody, onError: tooLarge });
  /**
   * Body size limit. A declared length over the limit is refused at once; the body is read and thrown
   * away first (up to 8x the limit) so the client, still sending, gets the 413 rather than a reset.
   */
  const limitBody: MiddlewareHandler = async (c, next) => {
    const declared = Number(c.req.header('content-length'));
    if (Number.isFinite(declared) && declared > maxBody) {
      if (declared <= 8 * maxBody && c.req.raw.body) {
        const reader = c.req.raw.body.getReader();
        try { while (!(await reader.read()).done) { /* discard */ } } catch { /* client went away */ }
      }
      return tooLarge(c);
    }
    return streamLimit(c, next);
  };

  app.post(
    '/api/articles',
    requireToken,
    limitBody,
    async (c) => {
      const ctype = c.req.header('content-type') ?? '';
      if (!/^application\/(.+\+)?json\b/i.test(ctype)) return fail(c, 415, 'unsupported_media_type', 'send the article(s) as JSON with Content-Type: application/json');
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (err) {
        return fail(c, 400, 'invalid_json', `request body is not valid JSON: ${(err as Error).message}`);
      }
      if (Array.isArray(body) && body.length === 0) return fail(c, 400, 'invalid_article', 'empty array: send one article object or an array of them');
      if (Array.isArray(body) && body.length > maxBatch) return fail(c, 413, 'too_many_articles', `${body.length} articles in one request; at most ${maxBatch}`);
      // Validate against the branch that matches the body's shape, so messages name the right field.
      const parsed = Array.isArray(body) ? z.array(ArticleInputSchema).safeParse(body) : ArticleInputSchema.safeParse(body);
      if (!parsed.success) {
        const d = describeIssues(parsed.error);
        const details = d.details.map((x) => ({ ...x, field: Array.isArray(body) ? x.field.replace(/^(\d+)(\.|$)/, (_m, i: string, dot: string) => `[${i}]${dot}`) : x.field }));
        return fail(c, 400, 'invalid_article', details.map((x) => `${x.field}: ${x.message}`).join('; '), details);
      }
      const items: unknown[] = Array.isArray(body) ? body : [body];
      // Read every item as JSON input, then extract and store the readable ones in one transaction.
      const slots: Array<{ error: { id: string | null; message: string; field: string | null } } | { article: Article; warnings: string[] }> = [];
      for (const item of items) {
        const r = articleFromJson(item, { file: 'POST /api/articles' });
        if (!r.ok) slots.push({ error: { id: r.error.id === 'POST /api/articles' ? null : r.error.id, message: r.error.error.message, field: r.error.error.field ?? null } });
        else slots.push({ article: r.article, warnings: r.warnings });
      }
      const readable = slots.filter((x): x is { article: Article; warnings: string[] } => 'article' in x);
      const outcomes = readable.length ? await ingestor.ingestMany(readable) : [];
      const results: IngestResponse['results'] = [];
      let k = 0;
      for (const slot of slots) {
        if ('error' in slot) { results.push({ id: slot.error.id, status: 'error', error: { message: slot.error.message, field: slot.error.field } }); continue; }
        const o = outcomes[k++]!;
        if (o.status === 'error') {
          process.stderr.write(`sitrep serve: article ${o.article_id} failed: ${o.error}\n`);
          results.push({ id: o.article_id, status: 'error', error: { message: `processing failed: ${o.error}`, field: null } });
        } else results.push({ id: o.article_id, status: o.status, events: o.events, mentions: o.mentions, warnings: o.warnings });
      }
      if (results.every((r) => r.status === 'error')) return fail(c, 422, 'unprocessable_article', results.length === 1 ? (results[0] as { error: { message: string } }).error.message : 'no article in the request could be read', { results });
      const created = results.some((r) => r.status === 'added' || r.status === 'reprocessed');
      return c.json({ results } satisfies IngestResponse, created ? 201 : 200);
    },
  );

  app.get('/api/events', async (c) => {
    const q = parseQuery(c, ['limit', 'cursor']);
    if (q instanceof Response) return q;
    const page = pageSchema.safeParse({ limit: q.rest.limit, cursor: q.rest.cursor });
    if (!page.success) {
      const d = describeIssues(page.error);
      return fail(c, 400, 'invalid_filter', d.message, d.details);
    }
    return c.json(await repo.listEvents(q.filter, page.data));
  });

  app.get('/api/events/:id', async (c) => {
    const d = await repo.getEvent(c.req.param('id'));
    if (!d) return fail(c, 404, 'not_found', `no event with id ${c.req.param('id')}`);
    return c.json(d);
  });

  app.get('/api/articles/:id', async (c) => {
    const d = await repo.getArticle(c.req.param('id'));
    if (!d) return fail(c, 404, 'not_found', `no article with id ${c.req.param('id')}`);
    return c.json(d);
  });

  app.get('/api/export', async (c) => {
    const q = parseQuery(c, ['format']);
    if (q instanceof Response) return q;
    const format = q.rest.format as ExportFormat | undefined;
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return fail(c, 400, 'invalid_format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    await repo.listEvents(q.filter, { limit: 1 }); // validates q and friends before the 200 goes out
    const gen = exportEvents(repo.iterateEvents(q.filter), format);
    const enc = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        const { value, done } = await gen.next();
        if (done) ctrl.close();
        else ctrl.enqueue(enc.encode(value));
      },
      async cancel() {
        await gen.return(undefined);
      },
    });
    return new Response(stream, { headers: { 'Content-Type': exportContentType(format), 'Content-Disposition': `attachment; filename="${exportFileName(format)}"`, 'X-Content-Type-Options': 'nosniff' } });
  });

  // Known API paths with a method they do not support.
  const ALLOWED: Array<[RegExp, string]> = [[/^\/api\/articles$/, 'POST'], [/^\/api\/articles\/[^/]+$/, 'GET'], [/^\/api\/events$/, 'GET'], [/^\/api\/events\/[^/]+$/, 'GET'], [/^\/api\/export$/, 'GET']];
  app.all('/api/*', (c) => {
    const hit = ALLOWED.find(([re]) => re.test(c.req.path));
    if (hit) {
      c.header('Allow', hit[1]);
      return fail(c, 405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${hit[1]}`);
    }
    return fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
  });

  mountWeb(app);

  app.notFound((c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));

  return {
    app,
    repo,
    ingestor,
    async close() {
      if (ownsRepo) await repo.close();
    },
  };
}

export interface ListenOptions extends ServerOptions {
  port?: number;
  /** Interface to bind (default 127.0.0.1; "0.0.0.0" to listen on every interface). */
  host?: string;
}

export interface RunningServer extends SitrepServer {
  url: string;
  port: number;
  server: ServerType;
}

/** Create the app and listen. Port 0 picks a free port (tests). */
export async function startServer(opts: ListenOptions = {}): Promise<RunningServer> {
  const s = await createServer(opts);
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolveListen, reject) => {
    const srv = serve({ fetch: s.app.fetch, port: opts.port ?? 8080, hostname: host });
    srv.once('listening', () => resolveListen(srv));
    srv.once('error', reject);
  }).catch(async (err) => {
    await s.close();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    ...s,
    url: `http://${shown}:${port}`,
    port,
    server,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await s.close();
    },
  };
}
