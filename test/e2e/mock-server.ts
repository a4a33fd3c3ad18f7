/**
 * A small in-memory implementation of the HTTP API contract (src/api/contract.ts) with fixture data,
 * for developing and testing the web UI independently of the real store. It serves the built UI
 * through the same mountWeb() as the real server.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { ApiEvent, ArticleDetail, EventDetail, EventList, EventRevision, EventSource, IngestResponse } from '../../src/api/contract.js';
import type { Article, Count, EventRecord, EventType } from '../../src/types.js';
import { mountWeb } from '../../src/web/index.js';
import { ARTICLES, buildArticle, mentionsFor, record } from './fixtures.js';

interface Stored {
  event: ApiEvent;
  sources: EventSource[];
  revisions: EventRevision[];
}

export interface MockOptions {
  /** Add this many synthetic events (for the benchmark). */
  synthetic?: number;
  /** Leave out the fixture articles. */
  empty?: boolean;
  port?: number;
  webDir?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class MockStore {
  articles = new Map<string, Article>();
  mentions: Array<{ mention_id: string; article_id: string; event_id: string; record: EventRecord }> = [];
  events = new Map<string, Stored>();
  /** Bumped on every change. */
  version = 0;
  private seq = 0;

  ingest(article: Article, records: EventRecord[], now = '2024-03-15T00:00:00+00:00'): { status: 'added' | 'unchanged'; events: ApiEvent[] } {
    if (this.articles.has(article.id)) {
      const evs = this.mentions.filter((m) => m.article_id === article.id).map((m) => this.events.get(m.event_id)!.event);
      return { status: 'unchanged', events: evs };
    }
    this.articles.set(article.id, article);
    this.version++;
    const touched: ApiEvent[] = [];
    records.forEach((r, i) => {
      const mention_id = `${article.id}#${i}`;
      let target = [...this.events.values()].find((s) => s.event.status === 'current' && r.status === 'current' && s.event.type === r.type && s.event.location?.name === r.location?.name && s.event.date?.start === r.date?.start);
      const fields: string[] = [];
      if (!target) {
        const id = `ev-${String(++this.seq).padStart(4, '0')}`;
        const event: ApiEvent = { ...clone(r), id, sources_count: 1, articles_count: 1, first_reported: article.published, updated_at: now, revision: 1 };
        target = { event, sources: [], revisions: [{ revision: 1, created_at: article.published ?? now, reason: `created from article ${article.id}`, event: clone(r) }] };
        this.events.set(id, target);
        fields.push('type', 'date', 'location', 'actors', 'fatalities', 'injured', 'arrested');
      } else {
        const e = target.event;
        for (const k of ['fatalities', 'injured', 'arrested'] as const) {
          const a = e[k];
          const b = r[k];
          if (!b) continue;
          if (!a) {
            e[k] = clone(b);
            fields.push(k);
          } else if (b.best !== a.best || b.low < a.low || b.high > a.high) {
            const merged: Count = { ...a, best: Math.max(a.best, b.best), low: Math.min(a.low, b.low), high: Math.max(a.high, b.high) };
            if (b.best > a.best) {
              merged.attribution = b.attribution;
              merged.evidence = b.evidence;
              fields.push(k);
            }
            e[k] = merged;
          }
        }
        e.sources_count++;
        e.articles_count++;
        e.revision++;
        e.updated_at = now;
        const { id: _id, sources_count: _s, articles_count: _a, first_reported: _f, updated_at: _u, revision: _r, ...rec } = e;
        target.revisions.push({ revision: e.revision, created_at: article.published ?? now, reason: `merged a report from ${article.source ?? article.id}`, event: clone(rec as EventRecord) });
      }
      target.sources.push({
        mention_id,
        article_id: article.id,
        article_title: article.title,
        article_source: article.source,
        article_url: article.url,
        published: article.published,
        mention: clone(r),
        fields,
      });
      this.mentions.push({ mention_id, article_id: article.id, event_id: target.event.id, record: r });
      touched.push(target.event);
    });
    return { status: 'added', events: touched };
  }

  addSynthetic(n: number): void {
    const types: EventType[] = ['battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots', 'strategic_developments'];
    // Deterministic pseudo-random numbers.
    let s = 42;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const hubs = [
      [69.2, 34.5, 'AF'], [44.4, 33.3, 'IQ'], [36.3, 33.5, 'SY'], [32.5, 15.6, 'SD'], [7.5, 9.1, 'NG'], [29.2, -1.7, 'CD'],
      [-99.1, 19.4, 'MX'], [71.4, 51.2, 'KZ'], [30.5, 50.4, 'UA'], [96.1, 19.7, 'MM'], [-74.1, 4.7, 'CO'], [45.3, 2.0, 'SO'],
    ] as const;
    const body = 'Fighting broke out on Monday near the town, killing several people and wounding others, officials said. '.repeat(3);
    for (let i = 0; i < n; i++) {
      const hub = hubs[Math.floor(rnd() * hubs.length)];
      const type = types[Math.floor(rnd() * types.length)];
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 450) * 86_400_000).toISOString().slice(0, 10);
      const lon = hub[0] + (rnd() - 0.5) * 8;
      const lat = hub[1] + (rnd() - 0.5) * 6;
      const fat = rnd() < 0.5 ? 0 : Math.floor(rnd() ** 3 * 60);
      const art = buildArticle({ id: `syn-${i}`, title: `Synthetic report ${i}`, body, published: `${day}T12:00:00+00:00`, source: 'Synthetic Wire' });
      const r = record(art.text, {
        type, subtype: 'other', trigger: 'Fighting',
        date: { phrase: 'on Monday', start: day },
        place: { phrase: 'the town', name: `Town ${i % 997}`, lat, lon, country: hub[2], admin1: null, precision: ((i % 3) + 1) as 1 | 2 | 3 },
        actors: [{ phrase: 'officials', name: 'Officials', kind: 'state_forces', role: 'actor1' }],
        fatalities: fat ? { phrase: 'killing several people', n: fat } : undefined,
        injured: { phrase: 'wounding others', n: Math.floor(rnd() * 10) },
        summary: `Synthetic ${type.replace(/_/g, ' ')} event ${i} near Town ${i % 997}.`,
      });
      const id = `syn-ev-${i}`;
      this.articles.set(art.id, art);
      this.events.set(id, {
        event: { ...r, id, sources_count: 1, articles_count: 1, first_reported: art.published, updated_at: art.published!, revision: 1 },
        sources: [{ mention_id: `${art.id}#0`, article_id: art.id, article_title: art.title, article_source: art.source, article_url: null, published: art.published, mention: r, fields: ['type', 'date', 'location'] }],
        revisions: [{ revision: 1, created_at: art.published!, reason: 'created', event: r }],
      });
    }
  }
}

/** The naive "extractor" of the mock (the real pipeline lives in src/): a killing count, a known place, a type from keywords. */
export function naiveExtract(a: Article): EventRecord[] {
  const t = a.text;
  const places: Record<string, { lat: number; lon: number; country: string; admin1: string }> = {
    Bishkek: { lat: 42.87, lon: 74.59, country: 'KG', admin1: 'Bishkek' },
    Taraz: { lat: 42.9, lon: 71.3667, country: 'KZ', admin1: 'Zhambyl' },
    Almaty: { lat: 43.25, lon: 76.9167, country: 'KZ', admin1: 'Almaty' },
    Osh: { lat: 40.5333, lon: 72.8, country: 'KG', admin1: 'Osh' },
  };
  const numbers: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  const m = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:people )?(?:were )?killed\b/i.exec(t);
  if (!m) return [];
  const place = Object.keys(places).find((p) => t.includes(p));
  const type: EventType = /bomb|blast|explosi/i.test(t) ? 'explosions_remote_violence' : /clash|fighting/i.test(t) ? 'battles' : 'violence_against_civilians';
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : numbers[m[1].toLowerCase()];
  const day = (a.published ?? '2024-03-15').slice(0, 10);
  return [
    record(t, {
      type,
      subtype: type === 'violence_against_civilians' ? 'attack' : 'other',
      trigger: m[0],
      date: { phrase: /on \w+day/.exec(t)?.[0] ?? m[0], start: day },
      place: place ? { phrase: place, name: place, ...places[place], precision: 1 } : undefined,
      fatalities: { phrase: m[0], n },
      summary: `${n} killed${place ? ` in ${place}` : ''}.`,
    }),
  ];
}

function filterEvents(all: ApiEvent[], q: URLSearchParams): ApiEvent[] {
  const from = q.get('from');
  const to = q.get('to');
  const country = q.get('country')?.toUpperCase();
  const type = q.get('type');
  const subtype = q.get('subtype')?.toLowerCase();
  const actor = q.get('actor')?.toLowerCase();
  const status = q.get('status');
  const minF = Number(q.get('min_fatalities') ?? 0);
  const text = q.get('q')?.toLowerCase();
  const bbox = q.get('bbox')?.split(',').map(Number);
  return all.filter((e) => {
    if (from && (!e.date || e.date.end < from)) return false;
    if (to && (!e.date || e.date.start > to)) return false;
    if (country && e.location?.country !== country) return false;
    if (type && e.type !== type) return false;
    if (subtype && e.subtype.toLowerCase() !== subtype) return false;
    if (actor && !e.actors.some((a) => a.name.toLowerCase().includes(actor))) return false;
    if (status && e.status !== status) return false;
    if (minF && (e.fatalities?.best ?? 0) < minF) return false;
    if (text && !`${e.summary} ${e.evidence.map((x) => x.text).join(' ')} ${e.location?.name ?? ''}`.toLowerCase().includes(text)) return false;
    if (bbox && bbox.length === 4 && (!e.location || e.location.lon < bbox[0] || e.location.lat < bbox[1] || e.location.lon > bbox[2] || e.location.lat > bbox[3])) return false;
    return true;
  });
}

export function createMockApp(opts: MockOptions = {}): { app: Hono; store: MockStore } {
  const store = new MockStore();
  if (!opts.empty) for (const f of ARTICLES) {
    const a = buildArticle(f);
    store.ingest(a, mentionsFor(a));
  }
  if (opts.synthetic) store.addSynthetic(opts.synthetic);
  const app = new Hono();
  const err = (code: string, message: string) => ({ error: { code, message } });
  const listMemo = new Map<string, ApiEvent[]>();

  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/api/events', (c) => {
    const q = new URL(c.req.url).searchParams;
    const sort = q.get('sort') ?? '-date';
    if (!['date', '-date', 'fatalities', '-fatalities'].includes(sort)) return c.json(err('bad_request', `unknown sort ${sort}`), 400);
    const limit = Number(q.get('limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) return c.json(err('invalid_filter', 'limit: 1..500'), 400);
    const offset = q.get('cursor') ? Number(Buffer.from(q.get('cursor')!, 'base64url').toString()) : 0;
    // Filtered, sorted lists are memoised per query (cleared on ingest) so paging through 20,000 events stays cheap.
    const memoKey = [...q.entries()].filter(([k]) => k !== 'cursor' && k !== 'limit').sort().join('&') + `#${store.version}`;
    let list = listMemo.get(memoKey);
    if (!list) {
      const key = sort.replace('-', '');
      const dir = sort.startsWith('-') ? -1 : 1;
      const keyed = filterEvents([...store.events.values()].map((s) => s.event), q).map((e) => ({ e, k: key === 'date' ? e.date?.start ?? '' : e.fatalities?.best ?? 0 }));
      keyed.sort((a, b) => (a.k < b.k ? -dir : a.k > b.k ? dir : a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
      list = keyed.map((x) => x.e);
      listMemo.clear();
      listMemo.set(memoKey, list);
    }
    const page = list.slice(offset, offset + limit);
    const next = offset + limit < list.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
    const body: EventList = { events: page, next_cursor: next, total: list.length };
    return c.json(body);
  });
  app.get('/api/events/:id', (c) => {
    const s = store.events.get(c.req.param('id'));
    if (!s) return c.json(err('not_found', 'no such event'), 404);
    const body: EventDetail = { event: s.event, sources: s.sources, revisions: s.revisions };
    return c.json(body);
  });
  app.get('/api/articles/:id', (c) => {
    const a = store.articles.get(c.req.param('id'));
    if (!a) return c.json(err('not_found', 'no such article'), 404);
    const mentions = store.mentions.filter((m) => m.article_id === a.id);
    const body: ArticleDetail = {
      article: a,
      mentions: mentions.map((m) => ({ mention_id: m.mention_id, event_id: m.event_id, record: m.record })),
      timexes: mentions.flatMap((m) => (m.record.date ? [{ start_char: m.record.date.start_char, end_char: m.record.date.end_char, text: m.record.date.text, type: 'DATE' as const, value: m.record.date.start, start: m.record.date.start, end: m.record.date.end, precision: 'day' as const }] : [])),
      toponyms: mentions.flatMap((m) => (m.record.location ? [{ start_char: m.record.location.start_char, end_char: m.record.location.end_char, text: m.record.location.text, geonameid: m.record.location.geonameid, name: m.record.location.name, lat: m.record.location.lat, lon: m.record.location.lon, country: m.record.location.country, admin1: m.record.location.admin1, feature_code: null, score: 1 }] : [])),
      entities: mentions.flatMap((m) => m.record.actors.map((x) => ({ start_char: x.start_char, end_char: x.end_char, text: a.text.slice(x.start_char, x.end_char), type: 'ORG' as const }))),
    };
    return c.json(body);
  });
  app.post('/api/articles', async (c) => {
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      return c.json(err('bad_json', 'request body is not JSON'), 400);
    }
    const items = Array.isArray(input) ? input : [input];
    const results: IngestResponse['results'] = [];
    for (const it of items as Array<Record<string, string | undefined>>) {
      let body = it.text ?? '';
      if (!body && it.html) body = it.html.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ').trim();
      if (!body.trim()) {
        results.push({ id: it.id ?? null, status: 'error', error: { message: 'article has no text', field: 'text' } });
        continue;
      }
      const id = it.id ?? `paste-${Buffer.from(body).toString('base64url').slice(0, 12)}`;
      const a = buildArticle({ id, title: it.title ?? null, body, published: it.published ?? null, source: it.source ?? null, url: it.url ?? null });
      const mentions = naiveExtract(a);
      const r = store.ingest(a, mentions);
      results.push({ id, status: r.status, events: r.events, mentions, warnings: mentions.length ? [] : ['no event found'] });
    }
    return c.json({ results } satisfies IngestResponse);
  });
  app.get('/api/export', (c) => {
    const q = new URL(c.req.url).searchParams;
    const list = filterEvents([...store.events.values()].map((s) => s.event), q);
    if (q.get('format') === 'geojson') {
      return c.json({
        type: 'FeatureCollection',
        features: list.filter((e) => e.location).map((e) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [e.location!.lon, e.location!.lat] }, properties: { id: e.id, event_type: e.type, fatalities: e.fatalities?.best ?? 0 } })),
      });
    }
    const rows = list.map((e) => [e.id, e.date?.start ?? '', e.type, e.subtype, e.location?.country ?? '', e.location?.name ?? '', e.location?.lat ?? '', e.location?.lon ?? '', e.fatalities?.best ?? 0].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','));
    return c.body(['event_id_cnty,event_date,event_type,sub_event_type,country,location,latitude,longitude,fatalities', ...rows].join('\n') + '\n', 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  mountWeb(app, { dir: opts.webDir });
  app.notFound((c) => c.json(err('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  return { app, store };
}

export function startMockServer(opts: MockOptions = {}): Promise<RunningServer> {
  const { app } = createMockApp(opts);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

// `npx tsx test/e2e/mock-server.ts [port]` runs it by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 5180);
  void startMockServer({ port, synthetic: Number(process.env.SYNTHETIC ?? 0) }).then((s) => console.error(`mock API + UI on ${s.url}`));
}
