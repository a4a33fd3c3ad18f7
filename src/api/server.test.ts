/**
 * The HTTP API, driven over real HTTP on loopback (random port) against a real SQLite file.
 * The pipeline is a stub that returns the hand-written event records of the dedup fixtures, so these
 * tests check the API and the store; the last test runs the real pipeline once.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { createPipeline, type Component } from '../pipeline/index.js';
import type { EventRecord } from '../types.js';
import { startServer, type RunningServer } from './server.js';
import { ApiErrorSchema, ApiEventSchema, ArticleDetailSchema, EventDetailSchema, EventListSchema, HealthSchema, IngestResponseSchema } from './schemas.js';
import { fixtureArticles } from '../store/testing/fixtures.js';

const TOKEN = 'test-token-123';
const fx = fixtureArticles();
const eventsById = new Map(fx.map((f) => [f.record.article.id, f.record.events]));

/** A pipeline whose only component hands back the fixture's event records for the article id. */
const stub: Component = {
  name: 'events',
  apply(doc) {
    doc.events = (eventsById.get(doc.article.id) ?? []).map((e) => structuredClone(e) as EventRecord);
  },
};

function body(f: (typeof fx)[number]) {
  const a = f.record.article;
  return { id: a.id, url: a.url, text: a.text.slice(a.body_start), published: a.published, source: a.source };
}

function check<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  assert.ok(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3)));
  return r.data as z.output<T>;
}

describe('HTTP API', () => {
  let dir: string;
  let srv: RunningServer;
  const url = (p: string) => `${srv.url}${p}`;
  const post = (p: string, data: unknown, headers: Record<string, string> = {}) =>
    fetch(url(p), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body: typeof data === 'string' ? data : JSON.stringify(data) });
  const expectError = async (res: Response, status: number, code: string) => {
    assert.equal(res.status, status);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const e = check(ApiErrorSchema, await res.json());
    assert.equal(e.error.code, code, e.error.message);
    assert.ok(e.error.message.length > 5);
    return e;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
    srv = await startServer({ dataDir: dir, port: 0, host: '127.0.0.1', token: TOKEN, pipeline: () => createPipeline({}, [stub]), pipelineVersion: '1.0.0', bodyLimit: 256 * 1024, maxBatch: 50 });
  });
  after(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('listens on loopback and answers /health', async () => {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const h = check(HealthSchema, await (await fetch(url('/health'))).json());
    assert.equal(h.articles, 0);
    assert.equal(h.schema_version, 2);
  });

  test('writes need the bearer token', async () => {
    await expectError(await fetch(url('/api/articles'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body(fx[0]!)) }), 401, 'unauthorized');
    const wrong = await post('/api/articles', body(fx[0]!), { authorization: 'Bearer nope' });
    assert.equal(wrong.headers.get('www-authenticate'), 'Bearer realm="sitrep"');
    await expectError(wrong, 401, 'unauthorized');
    assert.equal(check(HealthSchema, await (await fetch(url('/health'))).json()).articles, 0);
  });

  test('POST one article, then batches: events are extracted, stored and merged', async () => {
    const one = await post('/api/articles', body(fx[0]!));
    assert.equal(one.status, 201);
    const r1 = check(IngestResponseSchema, await one.json());
    assert.equal(r1.results.length, 1);
    assert.equal(r1.results[0]!.status, 'added');
    for (let i = 1; i < fx.length; i += 50) {
      const res = await post('/api/articles', fx.slice(i, i + 50).map(body));
      assert.equal(res.status, 201);
      const r = check(IngestResponseSchema, await res.json());
      assert.ok(r.results.every((x) => x.status === 'added'));
    }
    const h = check(HealthSchema, await (await fetch(url('/health'))).json());
    assert.equal(h.articles, fx.length);
    assert.equal(h.mentions, fx.reduce((n, f) => n + f.record.events.length, 0));
    assert.ok(h.events < h.mentions, 'reports of the same event were merged');
    // The same articles again add nothing.
    const again = await post('/api/articles', fx.slice(0, 3).map(body));
    assert.equal(again.status, 200);
    const ra = check(IngestResponseSchema, await again.json());
    assert.deepEqual(ra.results.map((x) => x.status), ['unchanged', 'unchanged', 'unchanged']);
    const first = ra.results[0] as { events: unknown[]; mentions: unknown[] };
    assert.equal(first.mentions.length, fx[0]!.record.events.length);
    first.events.forEach((e) => check(ApiEventSchema, e));
  });

  test('bad writes get a 4xx with a JSON error naming the problem', async () => {
    await expectError(await post('/api/articles', '{"text": "unterminated'), 400, 'invalid_json');
    const missing = await expectError(await post('/api/articles', { title: 'no body' }), 400, 'invalid_article');
    assert.match(missing.error.message, /text: needs a non-empty "text" or "html"/);
    const inBatch = await expectError(await post('/api/articles', [body(fx[0]!), { text: 42 }]), 400, 'invalid_article');
    assert.match(inBatch.error.message, /^\[1\]\.text: /);
    await expectError(await post('/api/articles', []), 400, 'invalid_article');
    await expectError(await post('/api/articles', '"just a string"'), 400, 'invalid_article');
    await expectError(await post('/api/articles', body(fx[0]!), { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    await expectError(await post('/api/articles', { text: 'x'.repeat(300 * 1024) }), 413, 'body_too_large');
    await expectError(await post('/api/articles', Array.from({ length: 51 }, () => ({ text: 'a' }))), 413, 'too_many_articles');
    await expectError(await post('/api/articles', { html: '<html><body><script>var x = 1;</script></body></html>' }), 422, 'unprocessable_article');
  });

  test('GET /api/events filters, sorts and pages', async () => {
    const all = check(EventListSchema, await (await fetch(url('/api/events?limit=500'))).json());
    assert.equal(all.total, all.events.length);
    const ids: string[] = [];
    let next: string | null = '';
    while (next !== null) {
      const res: Response = await fetch(url(`/api/events?sort=-fatalities&limit=9${next ? `&cursor=${encodeURIComponent(next)}` : ''}`));
      const page: z.output<typeof EventListSchema> = check(EventListSchema, await res.json());
      ids.push(...page.events.map((e: { id: string }) => e.id));
      next = page.next_cursor;
    }
    assert.equal(ids.length, all.total);
    assert.equal(new Set(ids).size, all.total);
    const so = check(EventListSchema, await (await fetch(url('/api/events?country=SO&type=explosions_remote_violence&from=2023-03-01&to=2023-03-31'))).json());
    assert.equal(so.total, 3, so.events.map((e) => e.summary).join(' | '));
    const q = check(EventListSchema, await (await fetch(url('/api/events?q=market&min_fatalities=5&sort=-fatalities'))).json());
    assert.ok(q.total >= 3);
    assert.ok(q.events.every((e) => (e.fatalities?.best ?? 0) >= 5));
    const bbox = check(EventListSchema, await (await fetch(url('/api/events?bbox=13,10,14,12'))).json());
    assert.ok(bbox.total >= 3 && bbox.events.every((e) => e.location!.country === 'NG'));
    const actor = check(EventListSchema, await (await fetch(url('/api/events?actor=islamic%20state'))).json());
    assert.ok(actor.total >= 2);
    // Seven background mentions in the set; all but at most one (an undated, region-level one) join their event.
    const bg = check(EventListSchema, await (await fetch(url('/api/events?status=background'))).json());
    assert.ok(bg.total <= 1, `background-only events: ${bg.events.map((e) => e.summary).join(' | ')}`);
  });

  test('bad queries get a 400 naming the parameter', async () => {
    const e1 = await expectError(await fetch(url('/api/events?from=2023-13-45')), 400, 'invalid_filter');
    assert.match(e1.error.message, /^from: /);
    const e2 = await expectError(await fetch(url('/api/events?bbox=1,2,3')), 400, 'invalid_filter');
    assert.match(e2.error.message, /bbox/);
    await expectError(await fetch(url('/api/events?type=skirmish')), 400, 'invalid_filter');
    await expectError(await fetch(url('/api/events?limit=0')), 400, 'invalid_filter');
    await expectError(await fetch(url('/api/events?from=2024-01-02&to=2024-01-01')), 400, 'invalid_filter');
    await expectError(await fetch(url('/api/events?cursor=bm9wZQ')), 400, 'invalid_filter');
    await expectError(await fetch(url('/api/events?q=%21%21%21')), 400, 'invalid_filter');
    const u = await expectError(await fetch(url('/api/events?contry=KZ')), 400, 'unknown_parameter');
    assert.match(u.error.message, /contry/);
  });

  test('GET /api/events/{id} has sources with evidence and fields, and revisions', async () => {
    const list = check(EventListSchema, await (await fetch(url('/api/events?q=Peshawar%20mosque'))).json());
    assert.equal(list.total, 1);
    const res = await fetch(url(`/api/events/${list.events[0]!.id}`));
    assert.equal(res.status, 200);
    const d = check(EventDetailSchema, await res.json());
    assert.equal(d.sources.length, 6, 'five reports and one background mention');
    assert.ok(d.sources.some((s) => s.mention.status === 'background'));
    assert.ok(d.sources.every((s) => s.mention.evidence.length > 0 && s.article_url));
    assert.ok(d.sources.some((s) => s.fields.includes('fatalities')));
    assert.equal(d.event.fatalities?.best, 80, 'the latest report (the background mention) gives the figure');
    assert.equal(d.event.fatalities?.high, 100);
    assert.ok(d.revisions.length >= 3);
    assert.equal(d.revisions[d.revisions.length - 1]!.revision, d.event.revision);
    await expectError(await fetch(url('/api/events/ev_nope')), 404, 'not_found');
  });

  test('GET /api/articles/{id} has the article, its mentions and their events', async () => {
    const id = 'pk-rt-0217';
    const d = check(ArticleDetailSchema, await (await fetch(url(`/api/articles/${id}`))).json());
    assert.equal(d.article.id, id);
    assert.equal(d.mentions.length, 2);
    assert.ok(d.mentions.every((m) => m.event_id));
    assert.notEqual(d.mentions[0]!.event_id, d.mentions[1]!.event_id, 'a current event and a background one');
    for (const m of d.mentions) for (const e of m.record.evidence) assert.equal(d.article.text.slice(e.start_char, e.end_char), e.text);
    await expectError(await fetch(url('/api/articles/nope')), 404, 'not_found');
  });

  test('GET /api/export streams every matching event in each format', async () => {
    const total = check(EventListSchema, await (await fetch(url('/api/events?country=SO'))).json()).total;
    const csv = await fetch(url('/api/export?format=acled-csv&country=SO'));
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="sitrep-events\.acled\.csv"/);
    const lines = (await csv.text()).trimEnd().split('\n');
    assert.equal(lines[0], 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp');
    assert.equal(lines.length, total + 1);
    assert.ok(lines.slice(1).every((l) => /^SOM\d+,2023-03-\d\d,2023,/.test(l) && l.includes(',Somalia,')));
    assert.ok(lines.some((l) => l.includes('Explosions/Remote violence')));
    const gj = await (await fetch(url('/api/export?format=geojson&country=SO'))).json() as { type: string; features: Array<{ geometry: { coordinates: number[] } | null }> };
    assert.equal(gj.type, 'FeatureCollection');
    assert.equal(gj.features.length, total);
    const jl = (await (await fetch(url('/api/export?format=jsonl'))).text()).trimEnd().split('\n');
    assert.equal(jl.length, check(HealthSchema, await (await fetch(url('/health'))).json()).events);
    jl.forEach((l) => check(ApiEventSchema, JSON.parse(l)));
    await expectError(await fetch(url('/api/export?format=xlsx')), 400, 'invalid_format');
    await expectError(await fetch(url('/api/export')), 400, 'invalid_format');
  });

  test('unknown routes and wrong methods answer JSON 404/405', async () => {
    await expectError(await fetch(url('/api/nothing')), 404, 'not_found');
    const m = await fetch(url('/api/events'), { method: 'DELETE' });
    assert.equal(m.headers.get('allow'), 'GET');
    await expectError(m, 405, 'method_not_allowed');
    await expectError(await fetch(url('/api/articles')), 405, 'method_not_allowed');
  });

  test('/openapi.json documents every route with resolvable schemas', async () => {
    const doc = await (await fetch(url('/openapi.json'))).json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/health', '/openapi.json', '/api/articles', '/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/export']) assert.ok(doc.paths[p], p);
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const r of refs) assert.ok(doc.components.schemas[r.slice(22, -1)], `unresolved ${r}`);
  });
});

test('the real pipeline behind POST /api/articles', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-real-'));
  const srv = await startServer({ dataDir: dir, port: 0, token: null });
  try {
    const res = await fetch(`${srv.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bomb kills 12 in Kandahar market', text: 'KANDAHAR, Afghanistan (Reuters) - A bomb exploded in a crowded market in the southern Afghan city of Kandahar on Tuesday, killing 12 people and wounding 30, a provincial spokesman said.', published: '2021-06-08T14:00:00Z', source: 'Reuters', url: 'https://example.com/kandahar' }),
    });
    assert.equal(res.status, 201);
    const r = check(IngestResponseSchema, await res.json());
    const item = r.results[0] as { status: string; id: string };
    assert.equal(item.status, 'added');
    const art = check(ArticleDetailSchema, await (await fetch(`${srv.url}/api/articles/${item.id}`)).json());
    assert.ok(art.article.text.startsWith('Bomb kills 12 in Kandahar market'));
    assert.ok(art.toponyms.length > 0 || art.timexes.length > 0, 'annotations of the analysed document are stored');
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
