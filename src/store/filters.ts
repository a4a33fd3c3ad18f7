/**
 * Event filters shared by `sitrep events`, `sitrep export`, GET /api/events and GET /api/export.
 * One zod schema parses query strings and CLI options alike; its errors name the field at fault.
 */
import { z } from 'zod';

export const EVENT_TYPES = ['battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots', 'strategic_developments'] as const;
export const SORTS = ['date', '-date', 'fatalities', '-fatalities', 'first_reported', '-first_reported', 'updated', '-updated'] as const;
export type Sort = (typeof SORTS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');

/** "a,b" or repeated values -> list of trimmed non-empty strings. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return undefined;
    const arr = Array.isArray(v) ? v : [v];
    return arr.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
  }, z.array(item).min(1).optional());

const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((x) => Number(x.trim()));
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) {
      ctx.addIssue({ code: 'custom', message: 'expected bbox=west,south,east,north (four numbers)' });
      return z.NEVER;
    }
    const [w, s2, e, n] = parts as [number, number, number, number];
    if (w < -180 || w > 180 || e < -180 || e > 180 || s2 < -90 || s2 > 90 || n < -90 || n > 90 || s2 > n) {
      ctx.addIssue({ code: 'custom', message: 'bbox out of range: longitudes -180..180, latitudes -90..90, south <= north' });
      return z.NEVER;
    }
    return { west: w, south: s2, east: e, north: n };
  });

const intFromString = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number().int().min(min).max(max));

export const eventFilterSchema = z
  .object({
    from: isoDay.optional().describe('events whose date range ends on or after this day (YYYY-MM-DD)'),
    to: isoDay.optional().describe('events whose date range starts on or before this day (YYYY-MM-DD)'),
    country: list(z.string().regex(/^[A-Za-z]{2}$/, 'expected ISO 3166-1 alpha-2 country codes').transform((s) => s.toUpperCase())).describe('ISO 3166-1 alpha-2 codes, comma-separated'),
    bbox: bbox.optional().describe('west,south,east,north in degrees (west > east crosses the antimeridian)'),
    type: list(z.enum(EVENT_TYPES)).describe('event types, comma-separated'),
    subtype: list(z.string().min(1).max(80)).describe('subtypes, comma-separated'),
    actor: z.string().trim().min(1).max(200).optional().describe('text contained in an actor name (case-insensitive)'),
    status: z.enum(['current', 'background']).optional(),
    min_fatalities: intFromString(0, 1_000_000_000).optional().describe('best fatality count at least this'),
    q: z.string().trim().min(1).max(500).optional().describe('free text over summaries, evidence, actors and places (all words must occur)'),
    sort: z.enum(SORTS).default('-date'),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });

export type EventFilter = z.output<typeof eventFilterSchema>;

export const pageSchema = z.object({
  limit: intFromString(1, 500).default(50),
  cursor: z.string().max(500).optional(),
});

/** Turn zod issues into a short message and a details list. */
export function describeIssues(err: z.ZodError): { message: string; details: Array<{ field: string; message: string }> } {
  const details = err.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message }));
  return { message: details.map((d) => `${d.field}: ${d.message}`).join('; '), details };
}
