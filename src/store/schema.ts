/**
 * SQLite schema, as an ordered list of migrations. Each runs once, in its own transaction, and is
 * recorded in schema_migrations (and PRAGMA user_version). Never edit a released migration: add one.
 * The schema is documented in docs/architecture.md (store section).
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /** SQL to run, or a function for changes that depend on what is there. */
  sql?: string;
  up?: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema: articles, mentions, events, event_sources, revisions, runs, full-text index',
    sql: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  pipeline_version TEXT NOT NULL,
  command TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
  pid INTEGER,
  host TEXT,
  added INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  reprocessed INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  source TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  article_json TEXT NOT NULL,
  annotations_json TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]',
  pipeline_version TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE article_aliases (
  url TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source TEXT,
  published TEXT,
  seen_at TEXT NOT NULL
);
CREATE INDEX article_aliases_article ON article_aliases(article_id);

CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  day_from INTEGER,
  day_to INTEGER,
  record_json TEXT NOT NULL,
  context TEXT,
  pipeline_version TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  created_at TEXT NOT NULL,
  UNIQUE (article_id, idx)
);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  subtype TEXT NOT NULL,
  status TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  day_lo INTEGER,
  day_hi INTEGER,
  country TEXT,
  admin1 TEXT,
  location_name TEXT,
  lat REAL,
  lon REAL,
  geo_precision INTEGER,
  fatalities INTEGER,
  fatalities_low INTEGER,
  fatalities_high INTEGER,
  injured INTEGER,
  arrested INTEGER,
  actors_text TEXT NOT NULL DEFAULT '',
  sources_count INTEGER NOT NULL DEFAULT 0,
  articles_count INTEGER NOT NULL DEFAULT 0,
  first_reported TEXT,
  confidence REAL,
  record_json TEXT NOT NULL,
  substance_json TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  merged_into TEXT,
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
CREATE INDEX events_days ON events(retired, day_lo, day_hi);
CREATE INDEX events_date ON events(retired, date_start);
CREATE INDEX events_country ON events(country);
CREATE INDEX events_latlon ON events(lat, lon);
CREATE INDEX events_fatalities ON events(fatalities);
CREATE INDEX events_first_reported ON events(first_reported);
CREATE INDEX events_updated ON events(updated_at);

CREATE TABLE event_sources (
  mention_id TEXT PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL REFERENCES events(id),
  fields_json TEXT NOT NULL DEFAULT '[]',
  score REAL,
  explain TEXT,
  added_at TEXT NOT NULL
);
CREATE INDEX event_sources_event ON event_sources(event_id);

-- One row per change of substance of a canonical event; record_json is the fused record at that revision
-- without its evidence lists (the evidence stays with the sources).
CREATE TABLE event_revisions (
  event_id TEXT NOT NULL REFERENCES events(id),
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  record_json TEXT NOT NULL,
  PRIMARY KEY (event_id, revision)
);

-- Full text of each active event (summary, evidence, actors, place, outlets); rowid = events.seq.
-- Contentless: only the index is kept (the text is in events.record_json).
CREATE VIRTUAL TABLE events_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'bring databases made by pre-release builds of version 1 to the version 1 shape (mentions.context, events.substance_json, contentless full-text index keyed by events.seq)',
    up(db) {
      const cols = (t: string) => new Set((db.pragma(`table_info(${t})`) as Array<{ name: string }>).map((c) => c.name));
      if (!cols('mentions').has('context')) db.exec('ALTER TABLE mentions ADD COLUMN context TEXT');
      if (!cols('events').has('substance_json')) db.exec('ALTER TABLE events ADD COLUMN substance_json TEXT');
      const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").get() as { sql: string } | undefined;
      if (!fts || /event_id/.test(fts.sql) || !/contentless_delete/.test(fts.sql)) {
        db.exec(`DROP TABLE IF EXISTS events_fts;
          CREATE VIRTUAL TABLE events_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
        const ins = db.prepare('INSERT INTO events_fts (rowid, body) VALUES (?, ?)');
        for (const e of db.prepare("SELECT seq, record_json FROM events WHERE retired = 0 AND record_json != '{}'").all() as Array<{ seq: number; record_json: string }>) {
          const r = JSON.parse(e.record_json) as { summary?: string; subtype?: string; location?: { name?: string } | null; actors?: Array<{ name: string }>; evidence?: Array<{ text: string }>; outlets?: string[] };
          const body = [r.summary, r.subtype, r.location?.name, ...(r.actors ?? []).map((x) => x.name), ...new Set((r.evidence ?? []).map((x) => x.text)), ...(r.outlets ?? [])].filter(Boolean).join('\n');
          ins.run(e.seq, body);
        }
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
