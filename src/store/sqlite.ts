/**
 * SQLite backend of the Repository (better-sqlite3, WAL). One article is saved in one IMMEDIATE
 * transaction: a process killed at any point leaves either the whole article (mentions, merged events,
 * revisions) or none of it, and a re-run adds what is missing.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hostname } from 'node:os';
import type { Article, EventRecord } from '../types.js';
import type { ApiEvent, ArticleDetail, EventDetail, EventList, EventRevision, EventSource } from '../api/contract.js';
import { hashId } from '../article/build.js';
import { candidateDays, decide, evidenceContext, fuse, mentionDaysOf, prepare, type Cluster, type FusedRecord, type Mention, type MentionView } from '../dedup/index.js';
import type { Annotations, Lookup, Page, Repository, RunInfo, RunSummary, SaveInput, SaveResult, StoreStats } from './repository.js';
import type { EventFilter } from './filters.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

/** A request the store cannot serve (bad cursor, unsearchable query): the API answers 400. */
export class StoreInputError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
    this.name = 'StoreInputError';
  }
}

export interface SqliteOptions {
  /** Database file (":memory:" for tests that need no file). */
  path: string;
  /** Test hook: milliseconds to stall inside each article's transaction (crash tests). Default from SITREP_TEST_TXN_DELAY_MS. */
  txnDelayMs?: number;
}

const nowIso = () => new Date().toISOString();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Compare dotted versions numerically ("0.10.0" > "0.9.3"); non-numeric parts compare as strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isFinite(nx) && Number.isFinite(ny)) { if (nx !== ny) return nx - ny; }
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface EventRow {
  seq: number;
  id: string;
  record_json: string;
  sources_count: number;
  articles_count: number;
  first_reported: string | null;
  updated_at: string;
  created_at: string;
  revision: number;
  retired: number;
  merged_into: string | null;
  sortkey?: unknown;
}

interface ArticleRow {
  id: string;
  url: string | null;
  content_hash: string;
  source: string | null;
  title: string | null;
  published: string | null;
  text: string;
  article_json: string;
  annotations_json: string | null;
  warnings_json: string;
  pipeline_version: string;
  ingested_at: string;
  updated_at: string;
}

/** The fields whose change makes a new revision (adding a source with nothing new does not). */
function substance(r: EventRecord): Record<string, unknown> {
  const c = (x: EventRecord['fatalities']) => (x ? { best: x.best, low: x.low, high: x.high } : null);
  return {
    type: r.type,
    subtype: r.subtype,
    status: r.status,
    modality: r.modality ?? null,
    date: r.date ? { start: r.date.start, end: r.date.end, precision: r.date.precision } : null,
    location: r.location ? { name: r.location.name, geonameid: r.location.geonameid, lat: r.location.lat, lon: r.location.lon, precision: r.location.precision, country: r.location.country, admin1: r.location.admin1 } : null,
    actors: (r.actors ?? []).map((a) => `${a.role}:${a.kind}:${a.name}`).sort(),
    fatalities: c(r.fatalities),
    injured: c(r.injured),
    arrested: c(r.arrested),
  };
}

/** A revision snapshot: the fused record without its (large, ever-growing) evidence lists. */
function snapshot(r: EventRecord): string {
  const c = (x: EventRecord['fatalities']) => (x ? { ...x, evidence: [] } : null);
  return JSON.stringify({ ...r, evidence: [], fatalities: c(r.fatalities), injured: c(r.injured), arrested: c(r.arrested) });
}

function describeChange(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const parts: string[] = [];
  const show = (k: string, v: unknown): string => {
    if (v === null || v === undefined) return 'none';
    if (k === 'fatalities' || k === 'injured' || k === 'arrested') { const c = v as { best: number; low: number; high: number }; return c.low === c.high ? `${c.best}` : `${c.best} (${c.low}-${c.high})`; }
    if (k === 'date') { const d = v as { start: string; end: string; precision: string }; return d.start === d.end ? d.start : `${d.start}..${d.end} (${d.precision})`; }
    if (k === 'location') { const l = v as { name: string; precision: number }; return `${l.name} (precision ${l.precision})`; }
    if (k === 'actors') return `${(v as string[]).length} actors`;
    return String(v);
  };
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) parts.push(`${k} ${show(k, before[k])} -> ${show(k, after[k])}`);
  }
  return parts.join(', ');
}

/** The article sentences around a record's evidence (what dedup compares as text). */
function mentionContext(text: string, r: EventRecord): string | null {
  const spans = [...(r.evidence ?? []), ...(r.fatalities?.evidence ?? []), ...(r.injured?.evidence ?? [])];
  const ctx = evidenceContext(text, spans);
  return ctx || null;
}

function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) throw new StoreInputError('q has no searchable words', 'q');
  return words.slice(0, 20).map((w) => `"${w}"`).join(' ');
}

const SORT_SQL: Record<string, { expr: string; dir: 'ASC' | 'DESC' }> = {
  date: { expr: "COALESCE(date_start, '9999-12-31')", dir: 'ASC' },
  '-date': { expr: "COALESCE(date_start, '0000-01-01')", dir: 'DESC' },
  fatalities: { expr: 'COALESCE(fatalities, 1000000000000)', dir: 'ASC' },
  '-fatalities': { expr: 'COALESCE(fatalities, -1)', dir: 'DESC' },
  first_reported: { expr: "COALESCE(first_reported, '9999')", dir: 'ASC' },
  '-first_reported': { expr: "COALESCE(first_reported, '')", dir: 'DESC' },
  updated: { expr: 'updated_at', dir: 'ASC' },
  '-updated': { expr: 'updated_at', dir: 'DESC' },
};

function encodeCursor(sort: string, key: unknown, seq: number): string {
  return Buffer.from(JSON.stringify([sort, key, seq])).toString('base64url');
}

function decodeCursor(cursor: string, sort: string): { key: unknown; seq: number } {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new StoreInputError('cursor is not one this server issued', 'cursor');
  }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[2] !== 'number' || (typeof v[1] !== 'string' && typeof v[1] !== 'number')) {
    throw new StoreInputError('cursor is not one this server issued', 'cursor');
  }
  if (v[0] !== sort) throw new StoreInputError(`cursor was issued for sort=${v[0]}, not sort=${sort}`, 'cursor');
  return { key: v[1], seq: v[2] };
}

export class SqliteRepository implements Repository {
  readonly backend = 'sqlite';
  readonly path: string;
  private readonly db: Database.Database;
  private readonly txnDelayMs: number;
  private readonly views = new Map<string, MentionView>();

  private readonly stmts = new Map<string, Database.Statement>();

  /** Prepared statements are cached: preparing costs more than running most of them. */
  private stmt(sql: string): Database.Statement {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.stmts.size > 500) this.stmts.clear();
      this.stmts.set(sql, st);
    }
    return st;
  }

  constructor(opts: SqliteOptions) {
    this.path = opts.path === ':memory:' ? opts.path : resolve(opts.path);
    if (this.path !== ':memory:') mkdirSync(dirname(this.path), { recursive: true });
    this.db = new Database(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${process.env.SYNC_DBG ?? 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.txnDelayMs = opts.txnDelayMs ?? Number(process.env.SITREP_TEST_TXN_DELAY_MS ?? 0);
  }

  // -------------------------------------------------------------------------
  // Schema
  // -------------------------------------------------------------------------

  migrateSync(): number {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((this.stmt('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        if (m.sql) this.db.exec(m.sql);
        m.up?.(this.db);
        this.stmt('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, nowIso());
        this.db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
    const current = (this.stmt('SELECT MAX(version) v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    if (current > SCHEMA_VERSION) throw new Error(`database schema version ${current} is newer than this sitrep (${SCHEMA_VERSION}); upgrade sitrep`);
    return current;
  }

  async migrate(): Promise<number> {
    return this.migrateSync();
  }

  // -------------------------------------------------------------------------
  // Runs
  // -------------------------------------------------------------------------

  async beginRun(command: string, pipelineVersion: string): Promise<RunInfo> {
    const host = hostname();
    // Runs left 'running' by a process of this host that no longer exists were interrupted (killed).
    const stale = this.stmt("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?").all(host) as Array<{ id: number; pid: number | null }>;
    for (const r of stale) {
      let alive = false;
      if (r.pid) { try { process.kill(r.pid, 0); alive = true; } catch { alive = false; } }
      if (!alive) this.stmt("UPDATE runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?) WHERE id = ?").run(nowIso(), r.id);
    }
    const started = nowIso();
    const info = this.stmt("INSERT INTO runs (pipeline_version, command, started_at, status, pid, host) VALUES (?, ?, ?, 'running', ?, ?)").run(pipelineVersion, command, started, process.pid, host);
    return { id: Number(info.lastInsertRowid), pipeline_version: pipelineVersion, command, started_at: started, finished_at: null, status: 'running', added: 0, unchanged: 0, reprocessed: 0, failed: 0 };
  }

  async finishRun(id: number, s: RunSummary, status: RunInfo['status'] = 'finished'): Promise<void> {
    this.stmt('UPDATE runs SET finished_at = ?, status = ?, added = ?, unchanged = ?, reprocessed = ?, failed = ? WHERE id = ?').run(nowIso(), status, s.added, s.unchanged, s.reprocessed, s.failed, id);
  }

  /** Bump a run's counters as articles are saved (so an interrupted run still tells what it did). */
  private countRun(runId: number | null | undefined, status: SaveResult['status']): void {
    if (!runId) return;
    this.stmt(`UPDATE runs SET ${status} = ${status} + 1 WHERE id = ?`).run(runId);
  }

  async countFailure(runId: number | null | undefined): Promise<void> {
    if (runId) this.stmt('UPDATE runs SET failed = failed + 1 WHERE id = ?').run(runId);
  }

  // -------------------------------------------------------------------------
  // Articles
  // -------------------------------------------------------------------------

  private findExisting(url: string | null, hash: string): ArticleRow | null {
    const byHash = this.stmt('SELECT * FROM articles WHERE content_hash = ?').get(hash) as ArticleRow | undefined;
    if (byHash) return byHash;
    if (url) {
      const byUrl = this.stmt('SELECT * FROM articles WHERE url = ?').get(url) as ArticleRow | undefined;
      if (byUrl) return byUrl;
      const alias = this.stmt('SELECT a.* FROM article_aliases x JOIN articles a ON a.id = x.article_id WHERE x.url = ?').get(url) as ArticleRow | undefined;
      if (alias) return alias;
    }
    return null;
  }

  private lookupSync(article: Article, pipelineVersion: string, force = false): Lookup & { row: ArticleRow | null; hash: string } {
    const hash = sha256(article.text);
    const row = this.findExisting(article.url, hash);
    if (!row) return { status: 'new', article_id: null, reason: 'new article', row, hash };
    if (row.content_hash !== hash) return { status: 'reprocess', article_id: row.id, reason: 'text changed at the same url', row, hash };
    if (force) return { status: 'reprocess', article_id: row.id, reason: 'forced re-processing', row, hash };
    if (compareVersions(pipelineVersion, row.pipeline_version) > 0) return { status: 'reprocess', article_id: row.id, reason: `pipeline ${pipelineVersion} is newer than ${row.pipeline_version}`, row, hash };
    return { status: 'unchanged', article_id: row.id, reason: row.url && article.url && row.url !== article.url ? 'same text already stored under another url' : 'already stored', row, hash };
  }

  async lookupArticle(article: Article, pipelineVersion: string, force = false): Promise<Lookup> {
    const { status, article_id, reason } = this.lookupSync(article, pipelineVersion, force);
    return { status, article_id, reason };
  }

  async saveArticle(input: SaveInput): Promise<SaveResult> {
    return this.db.transaction(() => this.saveSync(input)).immediate();
  }

  async saveArticles(inputs: SaveInput[]): Promise<SaveResult[]> {
    return this.db.transaction(() => inputs.map((i) => this.saveSync(i))).immediate();
  }

  private saveSync(input: SaveInput): SaveResult {
    const a = input.article;
    const look = this.lookupSync(a, input.pipelineVersion, input.force);
    const now = nowIso();
    if (input.expectUnchanged && look.status !== 'unchanged') {
      // Another writer changed it since the caller looked: tell the caller to process it after all.
      return { status: 'stale', article_id: look.article_id ?? a.id, mentions: [], events: [], event_ids: [], reason: look.reason };
    }
    if (look.status === 'unchanged') {
      const id = look.row!.id;
      if (a.url && a.url !== look.row!.url) {
        this.stmt('INSERT OR IGNORE INTO article_aliases (url, article_id, source, published, seen_at) VALUES (?, ?, ?, ?, ?)').run(a.url, id, a.source, a.published, now);
      }
      this.countRun(input.runId, 'unchanged');
      const mentions = this.stmt('SELECT m.id mention_id, es.event_id FROM mentions m JOIN event_sources es ON es.mention_id = m.id WHERE m.article_id = ? ORDER BY m.idx').all(id) as Array<{ mention_id: string; event_id: string }>;
      const ids = [...new Set(mentions.map((m) => m.event_id))];
      return { status: 'unchanged', article_id: id, mentions, events: input.returnEvents === false ? [] : this.eventsByIds(ids), event_ids: ids, reason: look.reason };
    }

    const { text, ...rest } = a;
    void text;
    const annotations = input.annotations ? JSON.stringify(input.annotations) : null;
    const touched = new Map<string, string[]>();
    const touch = (eid: string, why: string) => {
      const r = touched.get(eid);
      if (r) { if (!r.includes(why)) r.push(why); } else touched.set(eid, [why]);
    };
    /** Events the article's old mentions belonged to, with their last record (to re-attach to). */
    const previous = new Map<string, EventRecord>();
    let articleId: string;
    let status: SaveResult['status'];

    if (look.status === 'reprocess') {
      const row = look.row!;
      articleId = row.id;
      status = 'reprocessed';
      const why = look.reason === 'text changed at the same url' ? `article ${articleId} updated (new text at the same url)` : `article ${articleId} re-processed with pipeline ${input.pipelineVersion} (was ${row.pipeline_version})`;
      const old = this.stmt('SELECT DISTINCT es.event_id, e.record_json FROM mentions m JOIN event_sources es ON es.mention_id = m.id JOIN events e ON e.id = es.event_id WHERE m.article_id = ?').all(articleId) as Array<{ event_id: string; record_json: string }>;
      for (const o of old) { previous.set(o.event_id, JSON.parse(o.record_json)); touch(o.event_id, why); }
      for (const k of this.views.keys()) if (k.startsWith(`${articleId}:`)) this.views.delete(k);
      this.stmt('DELETE FROM mentions WHERE article_id = ?').run(articleId);
      this.stmt(`UPDATE articles SET url = COALESCE(?, url), content_hash = ?, source = ?, title = ?, published = ?, text = ?, article_json = ?, annotations_json = ?, warnings_json = ?, pipeline_version = ?, run_id = ?, updated_at = ? WHERE id = ?`)
        .run(a.url, look.hash, a.source, a.title, a.published, a.text, JSON.stringify({ ...rest, id: articleId }), annotations, JSON.stringify(input.warnings ?? []), input.pipelineVersion, input.runId ?? null, now, articleId);
    } else {
      status = 'added';
      articleId = a.id;
      if (this.stmt('SELECT 1 FROM articles WHERE id = ?').get(articleId)) articleId = `${a.id}-${look.hash.slice(0, 8)}`;
      this.stmt(`INSERT INTO articles (id, url, content_hash, source, title, published, text, article_json, annotations_json, warnings_json, pipeline_version, run_id, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(articleId, a.url, look.hash, a.source, a.title, a.published, a.text, JSON.stringify({ ...rest, id: articleId }), annotations, JSON.stringify(input.warnings ?? []), input.pipelineVersion, input.runId ?? null, now, now);
    }

    const insMention = this.stmt('INSERT INTO mentions (id, article_id, idx, type, status, day_from, day_to, record_json, context, pipeline_version, run_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insSource = this.stmt('INSERT INTO event_sources (mention_id, event_id, fields_json, score, explain, added_at) VALUES (?, ?, ?, ?, ?, ?)');
    const out: SaveResult['mentions'] = [];
    const label = a.source ?? a.url ?? articleId;
    input.events.forEach((record, idx) => {
      const mid = `${articleId}:${idx}`;
      const context = mentionContext(a.text, record);
      const mention: Mention = { id: mid, article_id: articleId, source: a.source, published: a.published, record, context };
      const days = mentionDaysOf(mention);
      insMention.run(mid, articleId, idx, record.type, record.status ?? 'current', days?.from ?? null, days?.to ?? null, JSON.stringify(record), context, input.pipelineVersion, input.runId ?? null, now);
      const view = prepare(mention);
      this.views.set(mid, view);
      const d = decide(view, this.candidates(view, previous));
      let eid = d.event_id;
      if (eid === null) {
        eid = this.newEventId(mid);
        this.stmt("INSERT INTO events (id, type, subtype, status, record_json, revision, created_at, updated_at) VALUES (?, ?, ?, ?, '{}', 0, ?, ?)").run(eid, record.type, record.subtype ?? '', record.status ?? 'current', now, now);
        touch(eid, `created from a report by ${label}`);
      } else {
        touch(eid, `report added from ${label}`);
      }
      insSource.run(mid, eid, '[]', d.score, d.explain, now);
      for (const other of d.merge) {
        this.stmt('UPDATE event_sources SET event_id = ? WHERE event_id = ?').run(eid, other);
        this.stmt('UPDATE events SET retired = 1, merged_into = ?, updated_at = ? WHERE id = ?').run(eid, now, other);
        this.retire(other, `merged into ${eid}: a report by ${label} links the two`, input.runId ?? null, now);
        touched.delete(other);
        touch(eid, `merged with ${other}`);
      }
      out.push({ mention_id: mid, event_id: eid });
    });

    // Crash-test hook: stall inside the transaction so a kill lands mid-article.
    sleepSync(this.txnDelayMs);

    for (const [eid, why] of touched) this.refuse(eid, why.join('; '), input.runId ?? null, now);
    this.countRun(input.runId, status);
    const ids = [...new Set(out.map((m) => m.event_id))];
    return { status, article_id: articleId, mentions: out, events: input.returnEvents === false ? [] : this.eventsByIds(ids), event_ids: ids, reason: look.reason };
  }

  private newEventId(mentionId: string): string {
    for (let n = 0; ; n++) {
      const id = `ev_${hashId(n ? `${mentionId}#${n}` : mentionId)}`;
      if (!this.stmt('SELECT 1 FROM events WHERE id = ?').get(id)) return id;
    }
  }

  /** Candidate events for a new mention: active events whose day span meets its window, with their members. */
  private candidates(x: MentionView, previous: Map<string, EventRecord>): Cluster[] {
    const win = candidateDays(x);
    const ids = new Set<string>();
    if (win) {
      const mid = (win.from + win.to) / 2;
      const rows = this.stmt('SELECT id FROM events WHERE retired = 0 AND day_lo <= ? AND day_hi >= ? ORDER BY ABS((day_lo + day_hi) / 2.0 - ?) LIMIT 400').all(win.to, win.from, mid) as Array<{ id: string }>;
      for (const r of rows) ids.add(r.id);
    }
    for (const id of previous.keys()) ids.add(id);
    if (!ids.size) return [];
    const rows = this.stmt(`SELECT es.event_id, m.id, m.article_id, m.record_json, m.context, a.source, a.published FROM event_sources es JOIN mentions m ON m.id = es.mention_id JOIN articles a ON a.id = m.article_id WHERE es.event_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...ids])) as Array<{ event_id: string; id: string; article_id: string; record_json: string; context: string | null; source: string | null; published: string | null }>;
    const clusters = new Map<string, Cluster>();
    for (const r of rows) {
      let v = this.views.get(r.id);
      if (!v) {
        v = prepare({ id: r.id, article_id: r.article_id, source: r.source, published: r.published, record: JSON.parse(r.record_json), context: r.context });
        if (this.views.size > 50_000) this.views.clear();
        this.views.set(r.id, v);
      }
      if (!clusters.has(r.event_id)) clusters.set(r.event_id, { id: r.event_id, members: [] });
      clusters.get(r.event_id)!.members.push(v);
    }
    // An event whose only reports are being replaced: compare with what it said before.
    for (const [id, rec] of previous) {
      if (clusters.has(id) || !rec || !rec.type) continue;
      const row = this.stmt('SELECT first_reported FROM events WHERE id = ?').get(id) as { first_reported: string | null } | undefined;
      clusters.set(id, { id, members: [prepare({ id: `${id}#before`, article_id: `${id}#before`, source: null, published: row?.first_reported ?? null, record: rec })] });
    }
    return [...clusters.values()];
  }

  private retire(eid: string, reason: string, runId: number | null, now: string): void {
    const row = this.stmt('SELECT seq, revision, record_json FROM events WHERE id = ?').get(eid) as { seq: number; revision: number; record_json: string } | undefined;
    if (!row) return;
    const rev = row.revision + 1;
    this.stmt('UPDATE events SET retired = 1, revision = ?, sources_count = 0, articles_count = 0, updated_at = ? WHERE id = ?').run(rev, now, eid);
    this.stmt('INSERT INTO event_revisions (event_id, revision, created_at, reason, run_id, record_json) VALUES (?, ?, ?, ?, ?, ?)').run(eid, rev, now, reason, runId, row.record_json === '{}' ? row.record_json : snapshot(JSON.parse(row.record_json) as EventRecord));
    this.stmt('DELETE FROM events_fts WHERE rowid = ?').run(row.seq);
  }

  /** Re-fuse one event from its current members; record a revision when its content changed. */
  private refuse(eid: string, reason: string, runId: number | null, now: string): void {
    const members = this.stmt('SELECT m.id, m.article_id, m.record_json, a.source, a.published FROM event_sources es JOIN mentions m ON m.id = es.mention_id JOIN articles a ON a.id = m.article_id WHERE es.event_id = ? ORDER BY m.id').all(eid) as Array<{ id: string; article_id: string; record_json: string; source: string | null; published: string | null }>;
    const row = this.stmt('SELECT seq, revision, substance_json, retired FROM events WHERE id = ?').get(eid) as { seq: number; revision: number; substance_json: string | null; retired: number } | undefined;
    if (!row) return;
    if (!members.length) {
      if (!row.retired) this.retire(eid, `no report supports it any more: ${reason}`, runId, now);
      return;
    }
    const fused = fuse(members.map((m) => ({ id: m.id, article_id: m.article_id, source: m.source, published: m.published, record: this.views.get(m.id)?.m.record ?? (JSON.parse(m.record_json) as EventRecord) })));
    const r = fused.record;
    const json = JSON.stringify(r);
    const after = substance(r);
    const afterJson = JSON.stringify(after);
    const before = row.revision > 0 && row.substance_json ? (JSON.parse(row.substance_json) as Record<string, unknown>) : null;
    let revision = row.revision;
    if (!before || row.retired) {
      revision++;
      this.stmt('INSERT INTO event_revisions (event_id, revision, created_at, reason, run_id, record_json) VALUES (?, ?, ?, ?, ?, ?)').run(eid, revision, now, reason, runId, snapshot(r));
    } else if (row.substance_json !== afterJson) {
      revision++;
      this.stmt('INSERT INTO event_revisions (event_id, revision, created_at, reason, run_id, record_json) VALUES (?, ?, ?, ?, ?, ?)').run(eid, revision, now, `${reason}: ${describeChange(before, after)}`, runId, snapshot(r));
    }
    const lo = fused.date_lo ? Math.floor(Date.parse(`${fused.date_lo}T00:00:00Z`) / 86_400_000) : null;
    const hi = fused.date_hi ? Math.floor(Date.parse(`${fused.date_hi}T00:00:00Z`) / 86_400_000) : null;
    const actorsText = (r.actors ?? []).map((x) => x.name.toLowerCase()).join('\n');
    this.stmt(`UPDATE events SET type = ?, subtype = ?, status = ?, date_start = ?, date_end = ?, date_precision = ?, day_lo = ?, day_hi = ?,
      country = ?, admin1 = ?, location_name = ?, lat = ?, lon = ?, geo_precision = ?, fatalities = ?, fatalities_low = ?, fatalities_high = ?,
      injured = ?, arrested = ?, actors_text = ?, sources_count = ?, articles_count = ?, first_reported = ?, confidence = ?, record_json = ?,
      substance_json = ?, revision = ?, updated_at = ?, retired = 0, merged_into = NULL WHERE id = ?`).run(
      r.type, r.subtype ?? '', r.status, r.date?.start ?? null, r.date?.end ?? null, r.date?.precision ?? null, lo, hi,
      r.location?.country ?? null, r.location?.admin1 ?? null, r.location?.name ?? null, r.location?.lat ?? null, r.location?.lon ?? null, r.location?.precision ?? null,
      r.fatalities?.best ?? null, r.fatalities?.low ?? null, r.fatalities?.high ?? null, r.injured?.best ?? null, r.arrested?.best ?? null,
      actorsText, fused.sources_count, fused.articles_count, fused.first_reported, r.confidence, json, afterJson, revision, now, eid);
    const upd = this.stmt('UPDATE event_sources SET fields_json = ? WHERE mention_id = ?');
    for (const [mid, fields] of Object.entries(fused.fields)) upd.run(JSON.stringify(fields), mid);
    const body = [r.summary, r.subtype, r.location?.name, ...(r.actors ?? []).map((x) => x.name), ...new Set((r.evidence ?? []).map((e) => e.text)), ...r.outlets].filter(Boolean).join('\n');
    this.stmt('DELETE FROM events_fts WHERE rowid = ?').run(row.seq);
    this.stmt('INSERT INTO events_fts (rowid, body) VALUES (?, ?)').run(row.seq, body);
  }

  // -------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------

  private toApi(row: EventRow): ApiEvent {
    const rec = JSON.parse(row.record_json) as FusedRecord;
    return {
      ...rec,
      id: row.id,
      sources_count: row.sources_count,
      articles_count: row.articles_count,
      first_reported: row.first_reported,
      updated_at: row.updated_at,
      revision: row.revision,
      seq: row.seq,
    };
  }

  private eventsByIds(ids: string[]): ApiEvent[] {
    if (!ids.length) return [];
    const rows = this.stmt('SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as EventRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is EventRow => !!r && r.record_json !== '{}').map((r) => this.toApi(r));
  }

  private where(f: EventFilter): { sql: string; params: unknown[] } {
    const c: string[] = ['retired = 0'];
    const p: unknown[] = [];
    if (f.from) { c.push('date_end >= ?'); p.push(f.from); }
    if (f.to) { c.push('date_start <= ?'); p.push(f.to); }
    if (f.country?.length) { c.push(`country IN (${f.country.map(() => '?').join(', ')})`); p.push(...f.country); }
    if (f.bbox) {
      c.push('lat BETWEEN ? AND ?');
      p.push(f.bbox.south, f.bbox.north);
      if (f.bbox.west <= f.bbox.east) { c.push('lon BETWEEN ? AND ?'); p.push(f.bbox.west, f.bbox.east); }
      else { c.push('(lon >= ? OR lon <= ?)'); p.push(f.bbox.west, f.bbox.east); }
    }
    if (f.type?.length) { c.push(`type IN (${f.type.map(() => '?').join(', ')})`); p.push(...f.type); }
    if (f.subtype?.length) { c.push(`subtype IN (${f.subtype.map(() => '?').join(', ')})`); p.push(...f.subtype); }
    if (f.actor) { c.push("actors_text LIKE ? ESCAPE '\\'"); p.push(`%${f.actor.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`); }
    if (f.status) { c.push('status = ?'); p.push(f.status); }
    if (f.min_fatalities !== undefined) { c.push('fatalities >= ?'); p.push(f.min_fatalities); }
    if (f.q) { c.push('seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)'); p.push(ftsQuery(f.q)); }
    return { sql: c.join(' AND '), params: p };
  }

  async listEvents(filter: EventFilter, page: Page = {}): Promise<EventList> {
    const limit = Math.min(Math.max(page.limit ?? 50, 1), 500);
    const sort = SORT_SQL[filter.sort ?? '-date']!;
    const w = this.where(filter);
    const total = (this.stmt(`SELECT COUNT(*) n FROM events WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
    let sql = w.sql;
    const params = [...w.params];
    if (page.cursor) {
      const cur = decodeCursor(page.cursor, filter.sort ?? '-date');
      const op = sort.dir === 'ASC' ? '>' : '<';
      sql += ` AND (${sort.expr} ${op} ? OR (${sort.expr} = ? AND seq ${op} ?))`;
      params.push(cur.key, cur.key, cur.seq);
    }
    const rows = this.stmt(`SELECT *, ${sort.expr} AS sortkey FROM events WHERE ${sql} ORDER BY ${sort.expr} ${sort.dir}, seq ${sort.dir} LIMIT ?`).all(...params, limit + 1) as EventRow[];
    const more = rows.length > limit;
    const pageRows = rows.slice(0, limit);
    const last = pageRows[pageRows.length - 1];
    return {
      events: pageRows.map((r) => this.toApi(r)),
      next_cursor: more && last ? encodeCursor(filter.sort ?? '-date', last.sortkey, last.seq) : null,
      total,
    };
  }

  async *iterateEvents(filter: EventFilter): AsyncIterable<ApiEvent> {
    const sort = SORT_SQL[filter.sort ?? '-date']!;
    const w = this.where(filter);
    // Page through with the keyset so no statement stays open across awaits (writers are not blocked).
    let cursor: { key: unknown; seq: number } | null = null;
    for (;;) {
      let sql = w.sql;
      const params = [...w.params];
      if (cursor) {
        const op = sort.dir === 'ASC' ? '>' : '<';
        sql += ` AND (${sort.expr} ${op} ? OR (${sort.expr} = ? AND seq ${op} ?))`;
        params.push(cursor.key, cursor.key, cursor.seq);
      }
      const rows = this.stmt(`SELECT *, ${sort.expr} AS sortkey FROM events WHERE ${sql} ORDER BY ${sort.expr} ${sort.dir}, seq ${sort.dir} LIMIT 500`).all(...params) as EventRow[];
      for (const r of rows) yield this.toApi(r);
      if (rows.length < 500) return;
      const last = rows[rows.length - 1]!;
      cursor = { key: last.sortkey, seq: last.seq };
    }
  }

  async getEvent(id: string): Promise<EventDetail | null> {
    let row = this.stmt('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
    // A merged event answers with the event it was merged into.
    for (let hops = 0; row && row.merged_into && hops < 10; hops++) {
      const next = this.stmt('SELECT * FROM events WHERE id = ?').get(row.merged_into) as EventRow | undefined;
      if (!next) break;
      row = next;
    }
    if (!row || row.record_json === '{}') return null;
    const src = this.stmt(`SELECT es.mention_id, es.fields_json, m.article_id, m.record_json, a.title, a.source, a.url, a.published
      FROM event_sources es JOIN mentions m ON m.id = es.mention_id JOIN articles a ON a.id = m.article_id WHERE es.event_id = ? ORDER BY COALESCE(a.published, '9999'), m.id`).all(row.id) as Array<{ mention_id: string; fields_json: string; article_id: string; record_json: string; title: string | null; source: string | null; url: string | null; published: string | null }>;
    const sources: EventSource[] = src.map((s) => ({
      mention_id: s.mention_id,
      article_id: s.article_id,
      article_title: s.title,
      article_source: s.source,
      article_url: s.url,
      published: s.published,
      mention: JSON.parse(s.record_json) as EventRecord,
      fields: JSON.parse(s.fields_json) as string[],
    }));
    const revs = this.stmt('SELECT revision, created_at, reason, record_json FROM event_revisions WHERE event_id = ? ORDER BY revision').all(row.id) as Array<{ revision: number; created_at: string; reason: string; record_json: string }>;
    const revisions: EventRevision[] = revs.map((r) => ({ revision: r.revision, created_at: r.created_at, reason: r.reason, event: JSON.parse(r.record_json) as EventRecord }));
    const merged = this.stmt('SELECT id FROM events WHERE merged_into = ?').all(row.id) as Array<{ id: string }>;
    return { event: { ...this.toApi(row), retired: row.retired === 1, merged_from: merged.map((m) => m.id) }, sources, revisions };
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const row = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) return null;
    const article = { ...(JSON.parse(row.article_json) as Omit<Article, 'text'>), id: row.id, text: row.text } as Article;
    const ms = this.stmt('SELECT m.id, m.record_json, es.event_id FROM mentions m LEFT JOIN event_sources es ON es.mention_id = m.id WHERE m.article_id = ? ORDER BY m.idx').all(id) as Array<{ id: string; record_json: string; event_id: string | null }>;
    const ann: Annotations = row.annotations_json ? JSON.parse(row.annotations_json) : { timexes: [], toponyms: [], entities: [] };
    const aliases = this.stmt('SELECT url, source, published, seen_at FROM article_aliases WHERE article_id = ? ORDER BY seen_at').all(id) as Array<{ url: string; source: string | null; published: string | null; seen_at: string }>;
    return {
      article,
      mentions: ms.map((m) => ({ mention_id: m.id, event_id: m.event_id, record: JSON.parse(m.record_json) as EventRecord })),
      timexes: ann.timexes ?? [],
      toponyms: ann.toponyms ?? [],
      entities: ann.entities ?? [],
      warnings: JSON.parse(row.warnings_json) as string[],
      pipeline_version: row.pipeline_version,
      ingested_at: row.ingested_at,
      updated_at: row.updated_at,
      aliases,
    };
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.stmt(sql).get() as { n: number }).n;
    return {
      articles: n('SELECT COUNT(*) n FROM articles'),
      mentions: n('SELECT COUNT(*) n FROM mentions'),
      events: n('SELECT COUNT(*) n FROM events WHERE retired = 0'),
      revisions: n('SELECT COUNT(*) n FROM event_revisions'),
      runs: n('SELECT COUNT(*) n FROM runs'),
      schema_version: n('SELECT COALESCE(MAX(version), 0) n FROM schema_migrations'),
      backend: this.backend,
      location: this.path,
    };
  }

  async checkConsistency(): Promise<string[]> {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} violations`);
    const q = (label: string, sql: string) => {
      const rows = this.stmt(sql).all() as unknown[];
      if (rows.length) problems.push(`${label}: ${rows.length} (e.g. ${JSON.stringify(rows[0])})`);
    };
    q('mentions without an event', 'SELECT m.id FROM mentions m LEFT JOIN event_sources es ON es.mention_id = m.id WHERE es.mention_id IS NULL');
    q('sources pointing at retired or missing events', 'SELECT es.mention_id, es.event_id FROM event_sources es LEFT JOIN events e ON e.id = es.event_id WHERE e.id IS NULL OR e.retired = 1');
    q('active events without sources', 'SELECT e.id FROM events e WHERE e.retired = 0 AND NOT EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = e.id)');
    q('events never fused', "SELECT id FROM events WHERE record_json = '{}' OR revision < 1");
    q('wrong sources_count/articles_count', `SELECT e.id, e.sources_count, e.articles_count, COUNT(es.mention_id) s, COUNT(DISTINCT m.article_id) a FROM events e JOIN event_sources es ON es.event_id = e.id JOIN mentions m ON m.id = es.mention_id WHERE e.retired = 0 GROUP BY e.id HAVING s != e.sources_count OR a != e.articles_count`);
    q('revision number without its revision row', 'SELECT e.id, e.revision FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_revisions r WHERE r.event_id = e.id AND r.revision = e.revision)');
    q('revision rows after the current revision', 'SELECT r.event_id, r.revision FROM event_revisions r JOIN events e ON e.id = r.event_id WHERE r.revision > e.revision');
    q('full-text rows out of step', `SELECT e.id FROM events e WHERE e.retired = 0 AND NOT EXISTS (SELECT 1 FROM events_fts f WHERE f.rowid = e.seq)
      UNION ALL SELECT f.rowid FROM events_fts f LEFT JOIN events e ON e.seq = f.rowid WHERE e.id IS NULL OR e.retired = 1`);
    q('mention ids not matching their article', "SELECT id FROM mentions WHERE id != article_id || ':' || idx");
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Direct handle for tests and maintenance commands. */
  get raw(): Database.Database {
    return this.db;
  }
}
