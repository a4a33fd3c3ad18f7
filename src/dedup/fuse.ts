/**
 * Fuse the mentions of one event into its canonical record: the most precise date and place, the union
 * of actors, counts with best/low/high across sources and who said what, the type most reports give,
 * and a record of which mention contributed which field.
 */
import type { Actor, Count, EventDate, EventLocation, EventRecord, Evidence } from '../types.js';
import { dayToIso, mentionDaysOf, normName, type Mention } from './mention.js';

export interface CountClaim {
  mention_id: string;
  article_id: string;
  /** Outlet that published the article. */
  source: string | null;
  /** Who the article says gave the figure ("police"), when attributed. */
  attribution: string | null;
  best: number;
  low: number;
  high: number;
  published: string | null;
}

/** Evidence of a canonical event: offsets are into the text of `article_id`. */
export interface SourcedEvidence extends Evidence {
  article_id: string;
  mention_id: string;
}

export type CountField = 'fatalities' | 'injured' | 'arrested';

export interface FusedRecord extends EventRecord {
  count_claims: Record<CountField, CountClaim[]>;
  /** Distinct outlets that reported the event. */
  outlets: string[];
}

export interface Fused {
  record: FusedRecord;
  /** Mention id -> canonical fields it contributed. */
  fields: Record<string, string[]>;
  sources_count: number;
  articles_count: number;
  first_reported: string | null;
  /** Inclusive ISO day span covered by member dates (or publication look-back), for candidate look-up. */
  date_lo: string | null;
  date_hi: string | null;
}

const DATE_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Reports within this long of the latest one count as simultaneous when choosing the best figure. */
const COUNT_WINDOW_MS = 3 * 3_600_000;

function pubMs(m: Mention): number {
  const t = m.published ? Date.parse(m.published) : NaN;
  return Number.isFinite(t) ? t : Infinity;
}

/** Mentions in report order: earliest published first (unknown last), then id. */
function ordered(ms: Mention[]): Mention[] {
  return [...ms].sort((a, b) => pubMs(a) - pubMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Pick the most common key among candidates (ties: earliest in the given order). */
function vote<T>(items: T[], key: (t: T) => string, weight: (t: T) => number = () => 1): T | null {
  const tally = new Map<string, { n: number; first: T; idx: number }>();
  items.forEach((t, idx) => {
    const k = key(t);
    const e = tally.get(k);
    if (e) e.n += weight(t);
    else tally.set(k, { n: weight(t), first: t, idx });
  });
  let best: { n: number; first: T; idx: number } | null = null;
  for (const e of tally.values()) if (!best || e.n > best.n || (e.n === best.n && e.idx < best.idx)) best = e;
  return best ? best.first : null;
}

function sourced(ev: Evidence[] | undefined, m: Mention): SourcedEvidence[] {
  return (ev ?? []).map((e) => ({ ...e, article_id: m.article_id, mention_id: m.id }));
}

function fuseCount(field: CountField, ms: Mention[], contrib: (m: Mention, f: string) => void): { count: Count | null; claims: CountClaim[] } {
  const claims: CountClaim[] = [];
  const byId = new Map<string, Mention>();
  for (const m of ms) {
    const c = m.record[field] as Count | null | undefined;
    if (!c || typeof c.best !== 'number' || !Number.isFinite(c.best)) continue;
    byId.set(m.id, m);
    claims.push({
      mention_id: m.id,
      article_id: m.article_id,
      source: m.source,
      attribution: c.attribution ?? null,
      best: c.best,
      low: Number.isFinite(c.low) ? Math.min(c.low, c.best) : c.best,
      high: Number.isFinite(c.high) ? Math.max(c.high, c.best) : c.best,
      published: m.published,
    });
  }
  if (!claims.length) return { count: null, claims };
  // Best: the latest report's figure (tolls rise as news comes in); reports within three hours of the
  // latest count as simultaneous, and when they disagree the lower median of them is taken.
  const times = claims.map((c) => (c.published ? Date.parse(c.published) : NaN));
  const known = times.filter((t) => Number.isFinite(t));
  const last = known.length ? Math.max(...known) : NaN;
  const recent = claims.filter((_, i) => !Number.isFinite(last) || !Number.isFinite(times[i]!) || times[i]! >= last - COUNT_WINDOW_MS);
  const sorted = [...recent].sort((a, b) => a.best - b.best || (a.mention_id < b.mention_id ? -1 : 1));
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const m = byId.get(chosen.mention_id)!;
  const src = m.record[field] as Count;
  contrib(m, field);
  return {
    count: {
      best: chosen.best,
      low: Math.min(...claims.map((c) => c.low)),
      high: Math.max(...claims.map((c) => c.high)),
      breakdown: src.breakdown ?? [],
      attribution: src.attribution ?? null,
      evidence: sourced(src.evidence, m),
    },
    claims,
  };
}

export function fuse(members: Mention[]): Fused {
  if (!members.length) throw new Error('fuse: no members');
  const ms = ordered(members);
  const fields: Record<string, string[]> = Object.fromEntries(ms.map((m) => [m.id, [] as string[]]));
  const contrib = (m: Mention, f: string) => { if (!fields[m.id]!.includes(f)) fields[m.id]!.push(f); };
  // Current reports decide type, date and place; background mentions only when there is nothing else.
  const current = ms.filter((m) => m.record.status !== 'background');
  const lead = current.length ? current : ms;

  const typeM = vote(lead, (m) => m.record.type, (m) => 1 + (m.record.confidence ?? 0))!;
  contrib(typeM, 'type');
  const subM = vote(lead.filter((m) => m.record.type === typeM.record.type), (m) => m.record.subtype ?? '', (m) => 1 + (m.record.confidence ?? 0))!;
  contrib(subM, 'subtype');

  let date: EventDate | null = null;
  const dated = lead.filter((m) => m.record.date?.start);
  const datedAny = dated.length ? dated : ms.filter((m) => m.record.date?.start);
  if (datedAny.length) {
    const top = Math.min(...datedAny.map((m) => DATE_RANK[m.record.date!.precision] ?? 3));
    const dm = vote(datedAny.filter((m) => (DATE_RANK[m.record.date!.precision] ?? 3) === top), (m) => `${m.record.date!.start}/${m.record.date!.end}`)!;
    date = { ...dm.record.date! };
    contrib(dm, 'date');
  }

  let location: EventLocation | null = null;
  const placed = lead.filter((m) => m.record.location);
  const placedAny = placed.length ? placed : ms.filter((m) => m.record.location);
  if (placedAny.length) {
    const top = Math.min(...placedAny.map((m) => m.record.location!.precision ?? 3));
    const lm = vote(placedAny.filter((m) => (m.record.location!.precision ?? 3) === top), (m) => {
      const l = m.record.location!;
      return l.geonameid !== null && l.geonameid !== undefined ? `g${l.geonameid}` : `${normName(l.name)}@${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;
    })!;
    location = { ...lm.record.location! };
    contrib(lm, 'location');
  }

  // Actors: union by name; role and kind by majority; first report's surface form and offsets.
  const groups = new Map<string, Array<{ a: Actor; m: Mention }>>();
  for (const m of ms) {
    for (const a of m.record.actors ?? []) {
      if (!a?.name) continue;
      const k = normName(a.name);
      const g = groups.get(k);
      if (g) g.push({ a, m });
      else groups.set(k, [{ a, m }]);
    }
  }
  const actors: Array<Actor & { article_id: string; mention_id: string; reports: number }> = [];
  for (const g of groups.values()) {
    const first = g[0]!;
    const role = vote(g, (x) => x.a.role)!.a.role;
    const kind = vote(g, (x) => x.a.kind)!.a.kind;
    actors.push({ ...first.a, role, kind, article_id: first.m.article_id, mention_id: first.m.id, reports: g.length });
    contrib(first.m, 'actors');
  }
  const roleOrder: Record<string, number> = { actor1: 0, actor2: 1, associated: 2 };
  actors.sort((a, b) => (roleOrder[a.role] ?? 3) - (roleOrder[b.role] ?? 3) || b.reports - a.reports);

  const fat = fuseCount('fatalities', ms, contrib);
  const inj = fuseCount('injured', ms, contrib);
  const arr = fuseCount('arrested', ms, contrib);

  const summaryM = [...lead].sort((a, b) => (b.record.confidence ?? 0) - (a.record.confidence ?? 0))[0]!;
  contrib(summaryM, 'summary');
  const modM = vote(lead, (m) => m.record.modality ?? 'asserted');
  if (modM?.record.modality) contrib(modM, 'modality');

  const articles = new Set(ms.map((m) => m.article_id));
  // Independent reports raise confidence: 1 - prod(1 - c) over articles (each article's best record).
  const perArticle = new Map<string, number>();
  for (const m of ms) perArticle.set(m.article_id, Math.max(perArticle.get(m.article_id) ?? 0, m.record.confidence ?? 0));
  let miss = 1;
  for (const c of perArticle.values()) miss *= 1 - Math.min(Math.max(c, 0), 1);
  const confidence = Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000;

  const evidence: SourcedEvidence[] = [];
  for (const m of ms) evidence.push(...sourced(m.record.evidence, m));

  const outlets = [...new Set(ms.map((m) => m.source).filter((s): s is string => !!s))];
  const pubs = ms.map((m) => m.published).filter((p): p is string => !!p && Number.isFinite(Date.parse(p)));
  const first_reported = pubs.length ? pubs.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;

  let lo = Infinity;
  let hi = -Infinity;
  for (const m of ms) {
    const d = mentionDaysOf(m);
    if (d) { lo = Math.min(lo, d.from); hi = Math.max(hi, d.to); }
  }

  const record: FusedRecord = {
    type: typeM.record.type,
    subtype: subM.record.subtype,
    status: current.length ? 'current' : 'background',
    ...(modM?.record.modality ? { modality: modM.record.modality } : {}),
    date,
    location,
    actors,
    fatalities: fat.count,
    injured: inj.count,
    arrested: arr.count,
    evidence,
    confidence,
    summary: summaryM.record.summary,
    count_claims: { fatalities: fat.claims, injured: inj.claims, arrested: arr.claims },
    outlets,
  };
  return {
    record,
    fields,
    sources_count: ms.length,
    articles_count: articles.size,
    first_reported,
    date_lo: Number.isFinite(lo) ? dayToIso(lo) : null,
    date_hi: Number.isFinite(hi) ? dayToIso(hi) : null,
  };
}
