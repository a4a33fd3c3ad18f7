/**
 * zod schemas of every request and response body (the shapes of src/api/contract.ts), registered by
 * name: the server validates requests with them, tests validate responses with them, and
 * /openapi.json is generated from them.
 */
import { z } from 'zod';
import { EVENT_TYPES } from '../store/filters.js';

export const registry = z.registry<{ id: string; description?: string }>();
const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  registry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

const span = { start_char: z.number().int(), end_char: z.number().int() };

export const EvidenceSchema = named('Evidence', z.looseObject({ ...span, text: z.string(), field: z.string() }), 'A span of article text supporting a field. On canonical events it also names article_id and mention_id.');

export const CountSchema = named('Count', z.looseObject({
  best: z.number(),
  low: z.number(),
  high: z.number(),
  breakdown: z.array(z.object({ who: z.string(), count: z.number() })),
  attribution: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
}));

export const EventDateSchema = named('EventDate', z.looseObject({ ...span, start: z.string(), end: z.string(), precision: z.enum(['day', 'week', 'month', 'year']), text: z.string() }));

export const EventLocationSchema = named('EventLocation', z.looseObject({
  ...span,
  name: z.string(),
  geonameid: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string(),
}));

export const ActorSchema = named('Actor', z.looseObject({
  ...span,
  name: z.string(),
  kind: z.enum(['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'rioters', 'protesters', 'civilians', 'external_forces', 'unidentified_armed_group']),
  role: z.enum(['actor1', 'actor2', 'associated']),
}));

const eventRecordShape = {
  type: z.enum(EVENT_TYPES),
  subtype: z.string(),
  status: z.enum(['current', 'background']),
  modality: z.enum(['asserted', 'negated', 'planned', 'foiled', 'threatened', 'hypothetical']).optional(),
  date: EventDateSchema.nullable(),
  location: EventLocationSchema.nullable(),
  actors: z.array(ActorSchema),
  fatalities: CountSchema.nullable(),
  injured: CountSchema.nullable(),
  arrested: CountSchema.nullable(),
  evidence: z.array(EvidenceSchema),
  confidence: z.number(),
  summary: z.string(),
};

export const EventRecordSchema = named('EventRecord', z.looseObject(eventRecordShape), 'An event as extracted from one article (record format v1).');

export const CountClaimSchema = named('CountClaim', z.object({
  mention_id: z.string(),
  article_id: z.string(),
  source: z.string().nullable(),
  attribution: z.string().nullable(),
  best: z.number(),
  low: z.number(),
  high: z.number(),
  published: z.string().nullable(),
}), 'One source\'s figure for a count: who published it and whom it attributes it to.');

export const ApiEventSchema = named('ApiEvent', z.looseObject({
  ...eventRecordShape,
  id: z.string(),
  sources_count: z.number().int(),
  articles_count: z.number().int(),
  first_reported: z.string().nullable(),
  updated_at: z.string(),
  revision: z.number().int(),
  seq: z.number().int().optional(),
  count_claims: z.object({ fatalities: z.array(CountClaimSchema), injured: z.array(CountClaimSchema), arrested: z.array(CountClaimSchema) }).optional(),
  outlets: z.array(z.string()).optional(),
  retired: z.boolean().optional(),
  merged_from: z.array(z.string()).optional(),
}), 'A canonical (deduplicated) event: fused fields plus identity and provenance.');

export const EventListSchema = named('EventList', z.object({ events: z.array(ApiEventSchema), next_cursor: z.string().nullable(), total: z.number().int() }));

export const EventSourceSchema = named('EventSource', z.object({
  mention_id: z.string(),
  article_id: z.string(),
  article_title: z.string().nullable(),
  article_source: z.string().nullable(),
  article_url: z.string().nullable(),
  published: z.string().nullable(),
  mention: EventRecordSchema,
  fields: z.array(z.string()),
}));

export const EventRevisionSchema = named('EventRevision', z.object({ revision: z.number().int(), created_at: z.string(), reason: z.string(), event: EventRecordSchema }));

export const EventDetailSchema = named('EventDetail', z.object({ event: ApiEventSchema, sources: z.array(EventSourceSchema), revisions: z.array(EventRevisionSchema) }));

export const ArticleSchema = named('Article', z.looseObject({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  body_start: z.number().int(),
  paragraphs: z.array(z.object(span)),
}), 'A normalised article; all offsets refer to `text`.');

const TimexSchema = named('Timex', z.looseObject({ ...span, text: z.string(), type: z.string(), value: z.string(), start: z.string().nullable(), end: z.string().nullable(), precision: z.string().nullable() }));
const ToponymSchema = named('Toponym', z.looseObject({ ...span, text: z.string(), name: z.string(), geonameid: z.number().nullable(), lat: z.number(), lon: z.number(), country: z.string().nullable() }));
const EntitySchema = named('Entity', z.looseObject({ ...span, text: z.string(), type: z.string() }));

export const ArticleDetailSchema = named('ArticleDetail', z.object({
  article: ArticleSchema,
  mentions: z.array(z.object({ mention_id: z.string(), event_id: z.string().nullable(), record: EventRecordSchema })),
  timexes: z.array(TimexSchema),
  toponyms: z.array(ToponymSchema),
  entities: z.array(EntitySchema),
  warnings: z.array(z.string()).optional(),
  pipeline_version: z.string().optional(),
  ingested_at: z.string().optional(),
  updated_at: z.string().optional(),
  aliases: z.array(z.object({ url: z.string(), source: z.string().nullable(), published: z.string().nullable(), seen_at: z.string() })).optional(),
}));

const str = (max: number) => z.string().max(max);
/** One article as POSTed: the same fields as JSON input. Other fields are accepted and ignored. */
export const ArticleInputSchema = named('ArticleInput', z.looseObject({
  id: z.union([str(500), z.number()]).optional().describe('your id for the article; default: a hash of the url, else of the text'),
  url: str(4000).nullable().optional(),
  title: str(2000).nullable().optional(),
  text: str(10_000_000).nullable().optional().describe('article body (plain text); either text or html is required'),
  html: str(20_000_000).nullable().optional().describe('the article page as HTML; its main text is extracted'),
  published: z.union([str(200), z.number()]).nullable().optional().describe('publication time: ISO 8601, RFC 2822, "Dec 04, 2011 6:08 AM", epoch seconds'),
  source: str(500).nullable().optional().describe('the outlet ("Reuters")'),
  language: str(20).nullable().optional(),
}).refine((a) => (typeof a.text === 'string' && a.text.trim() !== '') || (typeof a.html === 'string' && a.html.trim() !== ''), { message: 'needs a non-empty "text" or "html"', path: ['text'] }));

export const IngestRequestSchema = z.union([ArticleInputSchema, z.array(ArticleInputSchema)]);

export const IngestResponseSchema = named('IngestResponse', z.object({
  results: z.array(z.union([
    z.object({ id: z.string(), status: z.enum(['added', 'unchanged', 'reprocessed']), events: z.array(ApiEventSchema), mentions: z.array(EventRecordSchema), warnings: z.array(z.string()) }).loose(),
    z.object({ id: z.string().nullable(), status: z.literal('error'), error: z.object({ message: z.string(), field: z.string().nullable().optional() }).loose() }),
  ])),
}));

export const ApiErrorSchema = named('ApiError', z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }), 'Body of every 4xx and 5xx answer.');

export const HealthSchema = named('Health', z.object({
  status: z.literal('ok'),
  version: z.string(),
  schema_version: z.number().int(),
  articles: z.number().int(),
  events: z.number().int(),
  mentions: z.number().int(),
  backend: z.string(),
}));
