/**
 * Structural validation of output records (record format v1): field names, enumerations, ranges,
 * and that every offset points into article.text with the text it claims. Used by tests and by
 * `sitrep extract --validate`.
 */
import type { ArticleRecord, EventRecord, OutputRecord, Count } from '../types.js';

export const EVENT_TYPES = ['battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots', 'strategic_developments'] as const;
export const ACTOR_KINDS = ['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'rioters', 'protesters', 'civilians', 'external_forces', 'unidentified_armed_group'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateRecord(rec: OutputRecord): string[] {
  const p: string[] = [];
  if (typeof rec.id !== 'string' || !rec.id) p.push('id: missing');
  if ('error' in rec) {
    const e = rec.error;
    if (!e || typeof e.message !== 'string' || !e.message) p.push('error.message: missing');
    if (typeof e?.file !== 'string') p.push('error.file: missing');
    if (e && e.line !== null && !(Number.isInteger(e.line) && e.line > 0)) p.push('error.line: must be null or a positive integer');
    if (typeof e?.reason !== 'string') p.push('error.reason: missing');
    return p;
  }
  const r = rec as ArticleRecord;
  const text = r.article?.text;
  if (typeof text !== 'string') return [...p, 'article.text: missing'];
  if (!Array.isArray(r.events)) p.push('events: not an array');
  if (!Array.isArray(r.warnings)) p.push('warnings: not an array');
  const span = (where: string, s: { start_char: number; end_char: number; text?: string } | null | undefined) => {
    if (!s) return;
    if (!Number.isInteger(s.start_char) || !Number.isInteger(s.end_char) || s.start_char < 0 || s.end_char > text.length || s.start_char > s.end_char) {
      p.push(`${where}: bad offsets ${s.start_char}..${s.end_char} (text length ${text.length})`);
      return;
    }
    if (typeof s.text === 'string' && text.slice(s.start_char, s.end_char) !== s.text) p.push(`${where}: text "${s.text}" != article text "${text.slice(s.start_char, s.end_char)}"`);
  };
  if (r.article.title_span) span('article.title_span', { ...r.article.title_span, text: r.article.title ?? undefined });
  if (r.article.dateline) span('article.dateline', r.article.dateline);
  r.article.paragraphs?.forEach((s, i) => span(`article.paragraphs[${i}]`, s));
  if (r.article.published !== null && isNaN(Date.parse(r.article.published))) p.push('article.published: not ISO 8601');
  (r.events ?? []).forEach((ev, i) => p.push(...validateEvent(ev, text).map((m) => `events[${i}].${m}`)));
  return p;
}

function validateCount(c: Count | null, where: string, text: string, out: string[]) {
  if (c === null || c === undefined) return;
  for (const k of ['best', 'low', 'high'] as const) if (!Number.isFinite(c[k]) || c[k] < 0) out.push(`${where}.${k}: must be a non-negative number`);
  if (c.low > c.best || c.best > c.high) out.push(`${where}: low <= best <= high violated (${c.low}, ${c.best}, ${c.high})`);
  if (!Array.isArray(c.breakdown)) out.push(`${where}.breakdown: not an array`);
  if (!Array.isArray(c.evidence) || !c.evidence.length) out.push(`${where}.evidence: missing`);
  else c.evidence.forEach((e, j) => checkSpan(`${where}.evidence[${j}]`, e, text, out));
}

function checkSpan(where: string, s: { start_char: number; end_char: number; text?: string }, text: string, out: string[]) {
  if (!Number.isInteger(s.start_char) || !Number.isInteger(s.end_char) || s.start_char < 0 || s.end_char > text.length || s.start_char > s.end_char) {
    out.push(`${where}: bad offsets ${s.start_char}..${s.end_char}`);
    return;
  }
  if (typeof s.text === 'string' && text.slice(s.start_char, s.end_char) !== s.text) out.push(`${where}: text "${s.text}" does not match the article text at its offsets`);
}

export function validateEvent(ev: EventRecord, text: string): string[] {
  const out: string[] = [];
  if (!EVENT_TYPES.includes(ev.type as (typeof EVENT_TYPES)[number])) out.push(`type: "${ev.type}" is not an ACLED type`);
  if (typeof ev.subtype !== 'string' || !/^[a-z0-9_]+$/.test(ev.subtype)) out.push(`subtype: "${ev.subtype}" is not a snake_case slug`);
  if (ev.status !== 'current' && ev.status !== 'background') out.push(`status: "${ev.status}"`);
  if (ev.date) {
    if (!ISO_DATE.test(ev.date.start) || !ISO_DATE.test(ev.date.end) || ev.date.start > ev.date.end) out.push(`date: bad interval ${ev.date.start}..${ev.date.end}`);
    if (!['day', 'week', 'month', 'year'].includes(ev.date.precision)) out.push(`date.precision: "${ev.date.precision}"`);
    checkSpan('date', ev.date, text, out);
  }
  if (ev.location) {
    const l = ev.location;
    if (!(l.lat >= -90 && l.lat <= 90 && l.lon >= -180 && l.lon <= 180)) out.push(`location: bad coordinates ${l.lat},${l.lon}`);
    if (![1, 2, 3].includes(l.precision)) out.push(`location.precision: ${l.precision}`);
    if (l.country !== null && !/^[A-Z]{2}$/.test(l.country)) out.push(`location.country: "${l.country}" is not ISO 3166-1 alpha-2`);
    checkSpan('location', l, text, out);
  }
  if (!Array.isArray(ev.actors)) out.push('actors: not an array');
  else ev.actors.forEach((a, j) => {
    if (!ACTOR_KINDS.includes(a.kind as (typeof ACTOR_KINDS)[number])) out.push(`actors[${j}].kind: "${a.kind}"`);
    if (!['actor1', 'actor2', 'associated'].includes(a.role)) out.push(`actors[${j}].role: "${a.role}"`);
    checkSpan(`actors[${j}]`, a, text, out);
  });
  validateCount(ev.fatalities, 'fatalities', text, out);
  validateCount(ev.injured, 'injured', text, out);
  validateCount(ev.arrested, 'arrested', text, out);
  if (!Array.isArray(ev.evidence) || !ev.evidence.length) out.push('evidence: missing');
  else ev.evidence.forEach((e, j) => checkSpan(`evidence[${j}]`, e, text, out));
  if (!(ev.confidence >= 0 && ev.confidence <= 1)) out.push(`confidence: ${ev.confidence} not in 0..1`);
  if (typeof ev.summary !== 'string' || !ev.summary) out.push('summary: missing');
  return out;
}
