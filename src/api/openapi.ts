/**
 * The OpenAPI 3.1 document served at /openapi.json, generated from the zod schemas in schemas.ts
 * (components) plus a table of routes and query parameters.
 */
import { z } from 'zod';
import { VERSION } from '../version.js';
import { EVENT_TYPES, SORTS } from '../store/filters.js';
import { EXPORT_FORMATS } from '../store/export.js';
import { registry } from './schemas.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ApiError') });

/** Query parameters of GET /api/events and GET /api/export. */
export const FILTER_PARAMETERS: Json[] = [
  { name: 'from', in: 'query', description: 'events whose date range ends on or after this day', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', description: 'events whose date range starts on or before this day', schema: { type: 'string', format: 'date' } },
  { name: 'country', in: 'query', description: 'ISO 3166-1 alpha-2 codes, comma-separated', schema: { type: 'string', example: 'KZ,UZ' } },
  { name: 'bbox', in: 'query', description: 'west,south,east,north in degrees (west > east crosses the antimeridian)', schema: { type: 'string', example: '46,40,88,56' } },
  { name: 'type', in: 'query', description: `event types, comma-separated: ${EVENT_TYPES.join(', ')}`, schema: { type: 'string' } },
  { name: 'subtype', in: 'query', description: 'subtypes, comma-separated', schema: { type: 'string' } },
  { name: 'actor', in: 'query', description: 'text contained in an actor name (case-insensitive)', schema: { type: 'string' } },
  { name: 'status', in: 'query', schema: { type: 'string', enum: ['current', 'background'] } },
  { name: 'min_fatalities', in: 'query', description: 'best fatality count at least this', schema: { type: 'integer', minimum: 0 } },
  { name: 'q', in: 'query', description: 'free text over summaries, evidence, actors, places and outlets (every word must occur)', schema: { type: 'string' } },
  { name: 'sort', in: 'query', schema: { type: 'string', enum: [...SORTS], default: '-date' } },
];

const PAGE_PARAMETERS: Json[] = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
  { name: 'cursor', in: 'query', description: 'next_cursor of the previous page (same sort)', schema: { type: 'string' } },
];

function components(): Json {
  const out = z.toJSONSchema(registry, { io: 'output', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as { schemas: Record<string, Json> };
  for (const s of Object.values(out.schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return out.schemas;
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  if (cached) return cached;
  const secured = [{ bearerAuth: [] }];
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: VERSION,
      description: 'Geocoded, time-resolved, deduplicated political-violence events extracted from news articles, with the evidence for every field. Write endpoints need `Authorization: Bearer <token>` when the server was started with a token.',
    },
    paths: {
      '/health': { get: { summary: 'Liveness and store counts', responses: { 200: { description: 'ok', content: json('Health') } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } } },
      '/api/articles': {
        post: {
          summary: 'Ingest one article or a batch: extract events, store them, merge them with known events',
          security: secured,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput'), minItems: 1 }] } } },
          },
          responses: {
            200: { description: 'every article was already stored (status unchanged), or a batch in which no article was added', content: json('IngestResponse') },
            201: { description: 'at least one article was added or re-processed; per-article results (a batch may hold per-article errors)', content: json('IngestResponse') },
            400: error('malformed JSON or an invalid article object'),
            401: error('missing or wrong bearer token'),
            413: error('body over the size limit, or too many articles in one batch'),
            415: error('body is not application/json'),
            422: error('no article in the request could be read (e.g. HTML without article text)'),
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Canonical events matching filters, with cursor pagination',
          parameters: [...FILTER_PARAMETERS, ...PAGE_PARAMETERS],
          responses: { 200: { description: 'a page of events', content: json('EventList') }, 400: error('invalid filter, sort or cursor') },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One canonical event with its sources (each with evidence and the fields it contributed) and its revision history',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'the event', content: json('EventDetail') }, 404: error('no such event') },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article with its mentions, time expressions, places and entities',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'the article', content: json('ArticleDetail') }, 404: error('no such article') },
        },
      },
      '/api/export': {
        get: {
          summary: 'Every event matching the filters as a file (the current view of the UI)',
          parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: [...EXPORT_FORMATS] } }, ...FILTER_PARAMETERS],
          responses: {
            200: {
              description: 'the export (ACLED-style CSV, sitrep CSV, JSON Lines, or GeoJSON)',
              content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } }, 'application/geo+json': { schema: { type: 'object' } } },
            },
            400: error('invalid format or filter'),
          },
        },
      },
    },
    components: {
      schemas: components(),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
  return cached;
}
