/**
 * The storage interface. The pipeline, the CLI and the HTTP API talk only to this; SQLite
 * (src/store/sqlite.ts) is the default backend and a PostgreSQL one can implement the same methods
 * (every method is async for that reason; the SQLite backend answers synchronously inside).
 *
 * Contract a backend must keep:
 * - `saveArticle` is atomic: the article row, its annotations, its mentions, their assignment to canonical
 *   events, the re-fused events and their revisions are written in one transaction, or not at all.
 * - The same article (same text, or same url with the same text) saved twice adds nothing; a newer
 *   pipeline version (or changed text at the same url) replaces that article's mentions and re-merges
 *   the events they touched, recording a revision for every canonical event whose content changed.
 * - Deduplication uses `decide` / `fuse` from src/dedup so every backend merges the same way.
 */
import type { Article, Entity, EventRecord, Timex, Toponym } from '../types.js';
import type { ApiEvent, ArticleDetail, EventDetail, EventList } from '../api/contract.js';
import type { EventFilter } from './filters.js';

export interface Annotations {
  timexes: Timex[];
  toponyms: Toponym[];
  entities: Entity[];
}

export type SaveStatus = 'added' | 'unchanged' | 'reprocessed';

/** What saving an article would do, decided before running the pipeline (so unchanged input costs nothing). */
export interface Lookup {
  status: 'new' | 'unchanged' | 'reprocess';
  /** The stored article id when the article is already stored. */
  article_id: string | null;
  reason: string;
}

export interface SaveInput {
  article: Article;
  events: EventRecord[];
  warnings: string[];
  annotations?: Annotations | null;
  pipelineVersion: string;
  runId?: number | null;
  /** Re-process even when the stored pipeline version is the same. */
  force?: boolean;
  /** Return the touched events in full (default true; ingest loops that need only ids pass false). */
  returnEvents?: boolean;
  /**
   * The caller found the article unchanged and ran no pipeline (`events` is empty): if it is no longer
   * unchanged, write nothing and answer status "stale".
   */
  expectUnchanged?: boolean;
}

export interface SaveResult {
  /** "stale" only for expectUnchanged inputs that turned out to need processing (nothing was written). */
  status: SaveStatus | 'stale';
  /** The stored article id (it can differ from article.id when that id was taken by another article). */
  article_id: string;
  /** Mention ids in record order, and the canonical event each joined. */
  mentions: Array<{ mention_id: string; event_id: string }>;
  /** Canonical events touched by this save (as they are after it); empty when returnEvents was false. */
  events: ApiEvent[];
  /** Ids of the canonical events the article's mentions belong to. */
  event_ids: string[];
  reason: string;
}

export interface RunSummary {
  added: number;
  unchanged: number;
  reprocessed: number;
  failed: number;
}

export interface RunInfo extends RunSummary {
  id: number;
  pipeline_version: string;
  command: string;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'finished' | 'interrupted' | 'failed';
}

export interface StoreStats {
  articles: number;
  mentions: number;
  events: number;
  revisions: number;
  runs: number;
  schema_version: number;
  backend: string;
  location: string;
}

export interface Page {
  limit?: number;
  cursor?: string | null;
}

export interface Repository {
  readonly backend: string;
  /** Create or upgrade the schema (idempotent). */
  migrate(): Promise<number>;
  beginRun(command: string, pipelineVersion: string): Promise<RunInfo>;
  finishRun(id: number, summary: RunSummary, status?: RunInfo['status']): Promise<void>;
  /** Count an input that failed (unreadable, or the pipeline threw) against a run. */
  countFailure(runId: number | null | undefined): Promise<void>;
  lookupArticle(article: Article, pipelineVersion: string, force?: boolean): Promise<Lookup>;
  saveArticle(input: SaveInput): Promise<SaveResult>;
  /**
   * Save several articles in one transaction (bulk ingest: far fewer page writes than one commit per
   * article). All or none are stored; results are in input order.
   */
  saveArticles(inputs: SaveInput[]): Promise<SaveResult[]>;
  listEvents(filter: EventFilter, page?: Page): Promise<EventList>;
  /** Every event matching the filter, in the filter's sort order (for exports). */
  iterateEvents(filter: EventFilter): AsyncIterable<ApiEvent>;
  getEvent(id: string): Promise<EventDetail | null>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  stats(): Promise<StoreStats>;
  /** Invariants a consistent store keeps; returns the violations found (empty when consistent). */
  checkConsistency(): Promise<string[]>;
  close(): Promise<void>;
}
