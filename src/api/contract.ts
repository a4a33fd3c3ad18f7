/**
 * HTTP API contract shared by the server (src/api) and the web UI (src/web).
 * JSON shapes of every route. The server may add fields; it must not remove these.
 */
import type { Article, EventRecord, Timex, Toponym, Entity } from '../types.js';
import type { CountClaim } from '../dedup/fuse.js';

export type { CountClaim };

/** A canonical (merged) event as served. All EventRecord fields plus identity and provenance. */
export interface ApiEvent extends EventRecord {
  id: string;
  /** Number of mentions (event records from articles) merged into this event. */
  sources_count: number;
  articles_count: number;
  /** Earliest publication time among its articles (ISO). */
  first_reported: string | null;
  updated_at: string;
  revision: number;
  /** Numeric row id (stable; used for ACLED-style event_id_cnty in exports). */
  seq?: number;
  /** Every count each source gave, with who said it: fatalities/injured/arrested -> claims. */
  count_claims?: Record<'fatalities' | 'injured' | 'arrested', CountClaim[]>;
  /** Distinct outlets that reported the event. */
  outlets?: string[];
  /** Only on GET /api/events/{id}: true when no report supports the event any more (its revisions remain). */
  retired?: boolean;
  /** Only on GET /api/events/{id}: ids of events that were merged into this one (they redirect here). */
  merged_from?: string[];
}

/** GET /api/events?from=YYYY-MM-DD&to=&country=KZ&bbox=w,s,e,n&type=&subtype=&actor=&status=&min_fatalities=&q=&sort=date|-date|fatalities|-fatalities&limit=&cursor= */
export interface EventList {
  events: ApiEvent[];
  next_cursor: string | null;
  total: number;
}

export interface EventSource {
  mention_id: string;
  article_id: string;
  article_title: string | null;
  article_source: string | null;
  article_url: string | null;
  published: string | null;
  /** The event record as extracted from that article (with evidence offsets into that article's text). */
  mention: EventRecord;
  /** Which canonical fields this mention contributed ("fatalities", "location", ...). */
  fields: string[];
}

export interface EventRevision {
  revision: number;
  created_at: string;
  reason: string;
  event: EventRecord;
}

/** GET /api/events/{id} */
export interface EventDetail {
  event: ApiEvent;
  sources: EventSource[];
  revisions: EventRevision[];
}

/** GET /api/articles/{id} */
export interface ArticleDetail {
  article: Article;
  mentions: Array<{ mention_id: string; event_id: string | null; record: EventRecord }>;
  timexes: Timex[];
  toponyms: Toponym[];
  entities: Entity[];
  warnings?: string[];
  /** Pipeline version that produced the mentions. */
  pipeline_version?: string;
  ingested_at?: string;
  updated_at?: string;
  /** Other urls that carried the same text (syndicated copies); they add no mentions. */
  aliases?: Array<{ url: string; source: string | null; published: string | null; seen_at: string }>;
}

/** POST /api/articles (one article object or an array; fields as JSON input: id?, url?, title?, text|html, published?, source?) */
export interface IngestResponse {
  results: Array<
    | { id: string; status: 'added' | 'unchanged' | 'reprocessed'; events: ApiEvent[]; mentions: EventRecord[]; warnings: string[] }
    | { id: string | null; status: 'error'; error: { message: string; field?: string | null } }
  >;
}

/** Every 4xx/5xx body. */
export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}
