import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFromText } from '../article/index.js';
import type { EventRecord } from '../types.js';
import { Deduper, byPublication } from '../dedup/index.js';
import { loadDedupFixtures } from '../eval/dedup.js';
import { SqliteRepository, compareVersions } from './sqlite.js';
import { eventFilterSchema } from './filters.js';
import { fixtureArticles } from './testing/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sitrep-store-'));
const filter = (f: Record<string, unknown> = {}) => eventFilterSchema.parse(f);

function bombing(text: string, fatalities: number, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    type: 'explosions_remote_violence',
    subtype: 'remote_explosive',
    status: 'current',
    date: { start: '2023-03-05', end: '2023-03-05', precision: 'day', text: 'Sunday', start_char: 0, end_char: 6 },
    location: { name: 'Mogadishu', geonameid: 53654, lat: 2.03711, lon: 45.34375, country: 'SO', admin1: '02', precision: 1, text: 'Mogadishu', start_char: 0, end_char: 9 },
    actors: [],
    fatalities: { best: fatalities, low: fatalities, high: fatalities, breakdown: [], attribution: 'police', evidence: [] },
    injured: null,
    arrested: null,
    evidence: [{ field: 'event', text, start_char: 0, end_char: text.length }],
    confidence: 0.8,
    summary: text,
    ...extra,
  };
}

describe('sqlite store', () => {
  let dir: string;
  let repo: SqliteRepository;
  before(async () => {
    dir = tmp();
    repo = new SqliteRepository({ path: join(dir, 'sitrep.db') });
    await repo.migrate();
  });
  after(async () => {
    await repo.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('migrations are recorded, idempotent and WAL is on', async () => {
    assert.equal(await repo.migrate(), 2);
    assert.equal(await repo.migrate(), 2);
    assert.equal(repo.raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(repo.raw.pragma('user_version', { simple: true }), 2);
    const again = new SqliteRepository({ path: join(dir, 'sitrep.db') });
    assert.equal(await again.migrate(), 2);
    await again.close();
  });

  test('migration 2 upgrades a database made by an early build of version 1', async () => {
    const d = tmp();
    const path = join(d, 'old.db');
    const first = new SqliteRepository({ path });
    await first.migrate();
    const f = fixtureArticles().find((x) => x.record.article.id === 'so-ap-0305')!;
    await first.saveArticle({ article: f.record.article, events: f.record.events, warnings: [], pipelineVersion: '1' });
    // Turn it into the early shape: no context/substance columns, full-text keyed by an event_id column.
    first.raw.exec(`ALTER TABLE mentions DROP COLUMN context; ALTER TABLE events DROP COLUMN substance_json; DROP TABLE events_fts;
      CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body); DELETE FROM schema_migrations WHERE version = 2; PRAGMA user_version = 1;`);
    await first.close();
    const upgraded = new SqliteRepository({ path });
    assert.equal(await upgraded.migrate(), 2);
    assert.deepEqual(await upgraded.checkConsistency(), []);
    assert.equal((await upgraded.listEvents(filter({ q: 'Villa Rose' }))).total, 1);
    const y = fixtureArticles().find((x) => x.record.article.id === 'so-rt-0305')!;
    const r = await upgraded.saveArticle({ article: y.record.article, events: y.record.events, warnings: [], pipelineVersion: '1' });
    assert.equal(r.status, 'added');
    assert.deepEqual(await upgraded.checkConsistency(), []);
    await upgraded.close();
    rmSync(d, { recursive: true, force: true });
  });

  test('the store merges the fixture articles exactly as the in-memory engine does', async () => {
    const fx = fixtureArticles();
    for (const f of fx) {
      const r = await repo.saveArticle({ article: f.record.article, events: f.record.events, warnings: [], pipelineVersion: '1.0.0' });
      assert.equal(r.status, 'added');
      assert.equal(r.mentions.length, f.record.events.length);
    }
    const d = new Deduper();
    for (const m of loadDedupFixtures().sort(byPublication)) d.add(m);
    // Same partition of mention ids (event ids differ by construction).
    const rows = repo.raw.prepare('SELECT mention_id, event_id FROM event_sources').all() as Array<{ mention_id: string; event_id: string }>;
    const storeGroups = new Map<string, string[]>();
    for (const r of rows) storeGroups.set(r.event_id, [...(storeGroups.get(r.event_id) ?? []), r.mention_id].sort());
    const memGroups = [...d.clusters.values()].map((c) => c.members.map((v) => v.m.id).sort().join('|')).sort();
    assert.deepEqual([...storeGroups.values()].map((g) => g.join('|')).sort(), memGroups);
    const st = await repo.stats();
    assert.equal(st.articles, fx.length);
    assert.equal(st.mentions, fx.reduce((n, f) => n + f.record.events.length, 0));
    assert.equal(st.events, d.clusters.size);
    assert.deepEqual(await repo.checkConsistency(), []);
  });

  test('a canonical event fuses its sources: counts with who said what, most precise place, first report, fields', async () => {
    const list = await repo.listEvents(filter({ q: 'Pazigyi' }));
    assert.equal(list.total, 1);
    const e = list.events[0]!;
    assert.equal(e.sources_count, 4);
    assert.equal(e.articles_count, 4);
    assert.equal(e.location?.name, 'Pazigyi', 'village-level place beats the region');
    assert.equal(e.location?.precision, 1);
    assert.equal(e.first_reported, '2023-04-11T10:00:00+00:00');
    assert.equal(e.fatalities?.best, 165, 'the latest toll');
    assert.equal(e.fatalities?.low, 53);
    assert.equal(e.fatalities?.high, 165);
    assert.deepEqual(e.count_claims?.fatalities.map((c) => [c.source, c.best]).sort(), [['BBC', 100], ['RFA', 53], ['The Irrawaddy', 165]]);
    const detail = (await repo.getEvent(e.id))!;
    assert.equal(detail.sources.length, 4);
    const irr = detail.sources.find((s) => s.article_source === 'The Irrawaddy')!;
    assert.ok(irr.fields.includes('fatalities'));
    assert.ok(detail.sources.some((s) => s.fields.includes('location')));
    // Revisions: created, then each change of substance (toll 53 -> 100 -> 165 at least).
    assert.ok(detail.revisions.length >= 3, `revisions: ${detail.revisions.map((r) => r.reason).join(' | ')}`);
    assert.equal(detail.revisions[0]!.revision, 1);
    assert.match(detail.revisions[0]!.reason, /^created from a report by RFA/);
    assert.ok(detail.revisions.some((r) => /^report added from The Irrawaddy: fatalities 100 \(53-100\) -> 165 \(53-165\)$/.test(r.reason)), detail.revisions.map((r) => r.reason).join(" | "));
    assert.equal(detail.event.revision, detail.revisions[detail.revisions.length - 1]!.revision);
    // Evidence of a canonical event names the article its offsets point into.
    for (const ev of detail.event.evidence) assert.ok((ev as { article_id?: string }).article_id);
  });

  test('the same article twice adds nothing; the same text under another url is an alias', async () => {
    const before = await repo.stats();
    const f = fixtureArticles()[0]!;
    const again = await repo.saveArticle({ article: f.record.article, events: f.record.events, warnings: [], pipelineVersion: '1.0.0' });
    assert.equal(again.status, 'unchanged');
    const copy = { ...f.record.article, url: 'https://mirror.example/copy', id: 'other-id' };
    const alias = await repo.saveArticle({ article: copy, events: f.record.events, warnings: [], pipelineVersion: '1.0.0' });
    assert.equal(alias.status, 'unchanged');
    assert.equal(alias.article_id, f.record.article.id);
    const after = await repo.stats();
    assert.deepEqual({ ...after, revisions: 0 }, { ...before, revisions: 0 });
    assert.equal(after.revisions, before.revisions);
    const art = (await repo.getArticle(f.record.article.id))!;
    assert.deepEqual(art.aliases?.map((a) => a.url), ['https://mirror.example/copy']);
    // An older pipeline version never replaces a newer one's records.
    assert.equal((await repo.saveArticle({ article: f.record.article, events: [], warnings: [], pipelineVersion: '0.9.0' })).status, 'unchanged');
    assert.equal((await repo.lookupArticle(f.record.article, '1.0.1')).status, 'reprocess');
  });

  test('an article id taken by another article gets a suffixed id', async () => {
    const a = articleFromText('Completely different text about a protest in Almaty.', { id: 'ng-dt-0612', published: '2023-06-20T10:00:00Z' });
    const r = await repo.saveArticle({ article: a, events: [], warnings: [], pipelineVersion: '1.0.0' });
    assert.equal(r.status, 'added');
    assert.match(r.article_id, /^ng-dt-0612-[0-9a-f]{8}$/);
  });

  test('filters, sorting and cursor pagination', async () => {
    const all = await repo.listEvents(filter(), { limit: 500 });
    assert.equal(all.total, all.events.length);
    // Pages of 7 cover everything once, in order.
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const p = await repo.listEvents(filter({ sort: 'fatalities' }), { limit: 7, cursor });
      seen.push(...p.events.map((e) => e.id));
      cursor = p.next_cursor;
    } while (cursor);
    assert.equal(seen.length, all.total);
    assert.equal(new Set(seen).size, all.total);
    const sorted = (await repo.listEvents(filter({ sort: '-fatalities' }), { limit: 500 })).events.map((e) => e.fatalities?.best ?? -1);
    assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a));

    const ng = await repo.listEvents(filter({ country: 'ng', from: '2023-06-10', to: '2023-06-12' }));
    assert.ok(ng.total >= 2);
    for (const e of ng.events) { assert.equal(e.location?.country, 'NG'); assert.ok(e.date!.end >= '2023-06-10' && e.date!.start <= '2023-06-12'); }
    const bbox = await repo.listEvents(filter({ bbox: '29,-1,30,1' }));
    assert.ok(bbox.events.length >= 1 && bbox.events.every((e) => e.location!.lon >= 29 && e.location!.lon <= 30));
    const actor = await repo.listEvents(filter({ actor: 'shabaab' }));
    assert.ok(actor.total >= 2 && actor.events.every((e) => e.actors.some((a) => /shabaab/i.test(a.name))));
    const heavy = await repo.listEvents(filter({ min_fatalities: 100 }));
    assert.ok(heavy.events.every((e) => (e.fatalities?.best ?? 0) >= 100) && heavy.total >= 2);
    const types = await repo.listEvents(filter({ type: 'protests,riots' }));
    assert.ok(types.total >= 4 && types.events.every((e) => e.type === 'protests' || e.type === 'riots'));
    const q = await repo.listEvents(filter({ q: 'hotel Mogadishu' }));
    assert.equal(q.total, 1);
    assert.match(q.events[0]!.summary, /hotel|Mogadishu/i);
    await assert.rejects(repo.listEvents(filter(), { cursor: 'garbage' }), /cursor/);
    const c = (await repo.listEvents(filter({ sort: 'date' }), { limit: 1 })).next_cursor!;
    await assert.rejects(repo.listEvents(filter({ sort: '-date' }), { cursor: c }), /sort=date/);
  });

  test('re-processing with a newer pipeline replaces mentions and re-merges with a revision', async () => {
    const a = articleFromText('A bomb exploded near a hotel in Mogadishu on Sunday, killing 3 people.', { id: 'rp-1', published: '2023-03-05T09:00:00Z', source: 'Test Wire', url: 'https://t.example/rp-1' });
    const b = articleFromText('Police said the hotel bomb blast in Mogadishu killed 3 people on Sunday.', { id: 'rp-2', published: '2023-03-05T10:00:00Z', source: 'Other Wire', url: 'https://t.example/rp-2' });
    const dir2 = tmp();
    const r2 = new SqliteRepository({ path: join(dir2, 'x.db') });
    await r2.migrate();
    const s1 = await r2.saveArticle({ article: a, events: [bombing(a.text, 3)], warnings: [], pipelineVersion: '1.0.0' });
    const s2 = await r2.saveArticle({ article: b, events: [bombing(b.text, 3)], warnings: [], pipelineVersion: '1.0.0' });
    assert.equal(s1.mentions[0]!.event_id, s2.mentions[0]!.event_id, 'two reports, one event');
    const eid = s1.mentions[0]!.event_id;
    // A newer pipeline reads 5 dead from article a.
    const s3 = await r2.saveArticle({ article: a, events: [bombing(a.text, 5)], warnings: [], pipelineVersion: '1.1.0' });
    assert.equal(s3.status, 'reprocessed');
    assert.equal(s3.mentions[0]!.event_id, eid, 'the event keeps its id');
    const d = (await r2.getEvent(eid))!;
    assert.equal(d.sources.length, 2);
    const last = d.revisions[d.revisions.length - 1]!;
    assert.match(last.reason, /re-processed with pipeline 1\.1\.0 \(was 1\.0\.0\)/);
    assert.match(last.reason, /fatalities 3 -> /);
    assert.equal((await r2.stats()).mentions, 2);
    // An event whose only article is re-processed keeps its id too.
    const c = articleFromText('Gunmen attacked a bar in Celaya on Saturday, killing 8 people.', { id: 'rp-3', published: '2023-10-08T06:00:00Z', source: 'Milenio' });
    const celaya = (n: number): EventRecord => ({ ...bombing(c.text, n), type: 'violence_against_civilians', subtype: 'attack', date: { start: '2023-10-07', end: '2023-10-07', precision: 'day', text: 'Saturday', start_char: 0, end_char: 8 }, location: { name: 'Celaya', geonameid: 4014875, lat: 20.52353, lon: -100.8157, country: 'MX', admin1: '11', precision: 1, text: 'Celaya', start_char: 0, end_char: 6 } });
    const c1 = await r2.saveArticle({ article: c, events: [celaya(8)], warnings: [], pipelineVersion: '1.0.0' });
    const c2 = await r2.saveArticle({ article: c, events: [celaya(9)], warnings: [], pipelineVersion: '1.1.0' });
    assert.equal(c2.mentions[0]!.event_id, c1.mentions[0]!.event_id);
    // New text at the same url: an update, not a new article.
    const updated = articleFromText('UPDATE: the toll from the hotel bomb blast in Mogadishu rose to 7, police said.', { id: 'rp-2', published: '2023-03-05T15:00:00Z', source: 'Other Wire', url: 'https://t.example/rp-2' });
    const s4 = await r2.saveArticle({ article: updated, events: [bombing(updated.text, 7)], warnings: [], pipelineVersion: '1.1.0' });
    assert.equal(s4.status, 'reprocessed');
    assert.equal((await r2.stats()).articles, 3);
    assert.equal((await r2.getEvent(eid))!.event.fatalities?.best, 7);
    // An article re-processed into no events retires an event that only it supported (history kept).
    const c3 = await r2.saveArticle({ article: c, events: [], warnings: [], pipelineVersion: '1.2.0' });
    assert.equal(c3.mentions.length, 0);
    const gone = (await r2.getEvent(c1.mentions[0]!.event_id))!;
    assert.equal(gone.event.retired, true);
    assert.match(gone.revisions[gone.revisions.length - 1]!.reason, /no report supports it any more/);
    assert.equal((await r2.listEvents(filter({ country: 'MX' }))).total, 0);
    assert.deepEqual(await r2.checkConsistency(), []);
    await r2.close();
    rmSync(dir2, { recursive: true, force: true });
  });

  test('a report that bridges two events merges them; the old id redirects', async () => {
    const dir3 = tmp();
    const r3 = new SqliteRepository({ path: join(dir3, 'x.db') });
    await r3.migrate();
    // A report with a place but no date and one with a date but no place share nothing else: two events.
    const x = articleFromText('Explosion heard in Bondhere district, witnesses report casualties.', { id: 'm-1', published: '2023-03-05T08:00:00Z', source: 'A' });
    const y = articleFromText('Car bomb outside the Villa Rose hotel killed nine.', { id: 'm-2', published: '2023-03-05T08:30:00Z', source: 'B' });
    const s1 = await r3.saveArticle({ article: x, events: [bombing(x.text, 0, { date: null, fatalities: null })], warnings: [], pipelineVersion: '1' });
    const s2 = await r3.saveArticle({ article: y, events: [bombing(y.text, 9, { location: null })], warnings: [], pipelineVersion: '1' });
    const [ea, eb] = [s1.mentions[0]!.event_id, s2.mentions[0]!.event_id];
    assert.notEqual(ea, eb);
    // A third report with both the date and the place, worded like both, joins them into one event.
    const z = articleFromText('Car bomb outside the Villa Rose hotel in Bondhere district killed nine.', { id: 'm-3', published: '2023-03-05T09:00:00Z', source: 'C' });
    const s3 = await r3.saveArticle({ article: z, events: [bombing(z.text, 9)], warnings: [], pipelineVersion: '1' });
    const target = s3.mentions[0]!.event_id;
    assert.ok(target === ea || target === eb);
    const folded = target === ea ? eb : ea;
    const st = await r3.stats();
    assert.equal(st.events, 1);
    const d = (await r3.getEvent(folded))!;
    assert.equal(d.event.id, target, 'a merged id answers with the event it was merged into');
    assert.deepEqual(d.event.merged_from, [folded]);
    assert.equal(d.sources.length, 3);
    const foldedRevs = r3.raw.prepare('SELECT reason FROM event_revisions WHERE event_id = ? ORDER BY revision').all(folded) as Array<{ reason: string }>;
    assert.match(foldedRevs[foldedRevs.length - 1]!.reason, new RegExp(`merged into ${target}`));
    assert.deepEqual(await r3.checkConsistency(), []);
    await r3.close();
    rmSync(dir3, { recursive: true, force: true });
  });

  test('compareVersions orders dotted versions numerically', () => {
    assert.ok(compareVersions('0.10.0', '0.9.3') > 0);
    assert.ok(compareVersions('1.0.0', '1.0.0') === 0);
    assert.ok(compareVersions('1.0', '1.0.1') < 0);
  });
});
