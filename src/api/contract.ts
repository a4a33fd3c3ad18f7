/**
 * HTTP API contract shared by the server (src/api) and the web UI (src/web).
 * JSON shapes of every route. The server may add fields; it must not remove these.
 */
import type { Article, EventRecord, Timex, Toponym, Entity } from '../types.js';

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
