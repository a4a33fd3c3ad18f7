/**
 * Incremental clustering: each new mention joins the best-matching existing event, starts a new one, or
 * (when it matches two events that are compatible with each other) joins them into one. The store runs
 * exactly this against candidate events read from the database; the evaluation runs it in memory.
 */
import { compare, linked, type Comparison } from './similarity.js';
import { mentionDays, prepare, type Mention, type MentionView } from './mention.js';
import { DAY_SLACK, UNDATED_BACKGROUND_LOOKBACK_DAYS, UNDATED_LOOKBACK_DAYS } from './rules.js';

export interface Cluster {
  id: string;
  members: MentionView[];
}

export interface Link {
  score: number;
  veto: string | null;
  /** The member the mention matched best, with the comparison. */
  best: { member: MentionView; comparison: Comparison } | null;
}

export interface Decision {
  /** The event the mention joins, or null for a new event. */
  event_id: string | null;
  score: number;
  /** Other events to fold into `event_id` (the mention bridges them). */
  merge: string[];
  /** Why: the best comparison's parts, or the veto that kept it apart. */
  explain: string;
}

/**
 * How strongly a mention belongs to a cluster. One close report is enough (reports of one event are
 * worded differently), but not against the cluster: the mention must not share an article with a member,
 * most members must not rule it out (different day, place, type), and members whose actors, counts or
 * subtype contradict it must not outnumber those it matches.
 */
export function linkToCluster(x: MentionView, c: Cluster): Link {
  let best: Link['best'] = null;
  let vetoes = 0;
  let matches = 0;
  let contradictions = 0;
  let lastVeto: string | null = null;
  for (const m of c.members) {
    if (m.m.article_id === x.m.article_id) return { score: 0, veto: 'same article', best: null };
    const cmp = compare(x, m);
    if (cmp.veto) { vetoes++; lastVeto = cmp.veto; continue; }
    if (cmp.content < 0) contradictions++;
    if (!linked(cmp)) continue;
    matches++;
    if (!best || cmp.score > best.comparison.score) best = { member: m, comparison: cmp };
  }
  if (vetoes * 2 > c.members.length) return { score: 0, veto: lastVeto ?? 'most members rule it out', best: null };
  if (!best) return { score: 0, veto: 'no member close enough', best: null };
  if (contradictions > matches) return { score: 0, veto: `contradicts ${contradictions} of ${c.members.length} reports`, best: null };
  return { score: best.comparison.score, veto: null, best };
}

/**
 * Can two clusters be one event? They were kept apart once, so the bar is higher than for one mention:
 * no shared article, few vetoes, and at least twice as many matching as contradicting pairs.
 */
export function clustersCompatible(a: Cluster, b: Cluster): boolean {
  let pairs = 0;
  let vetoes = 0;
  let matches = 0;
  let contradictions = 0;
  for (const x of a.members) {
    for (const y of b.members) {
      if (x.m.article_id === y.m.article_id) return false;
      const c = compare(x, y);
      pairs++;
      if (c.veto) { vetoes++; continue; }
      if (c.content < 0) contradictions++;
      if (linked(c)) matches++;
    }
  }
  return pairs > 0 && vetoes * 2 <= pairs && matches > 0 && contradictions * 2 <= matches;
}

function explainCmp(c: Comparison): string {
  return Object.entries(c.parts).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' ');
}

export function decide(x: MentionView, candidates: Cluster[]): Decision {
  const links = candidates.map((c) => ({ c, link: linkToCluster(x, c) })).filter((l) => !l.link.veto);
  if (!links.length) return { event_id: null, score: 0, merge: [], explain: 'no event above threshold' };
  links.sort((p, q) => q.link.score - p.link.score || (p.c.id < q.c.id ? -1 : 1));
  const head = links[0]!;
  const merge: string[] = [];
  const joined: Cluster = { id: head.c.id, members: [...head.c.members, x] };
  for (const other of links.slice(1)) {
    if (clustersCompatible(joined, other.c)) {
      merge.push(other.c.id);
      joined.members.push(...other.c.members);
    }
  }
  return { event_id: head.c.id, score: head.link.score, merge, explain: explainCmp(head.link.best!.comparison) };
}

/** Inclusive day window in which an event must have a member date for it to be a candidate for `x`. */
export function candidateDays(x: MentionView): { from: number; to: number } | null {
  if (x.date) return { from: x.date.start - DAY_SLACK, to: x.date.end + DAY_SLACK };
  if (x.pub === null) return null;
  const pubDay = Math.floor(x.pub / 86_400_000);
  const back = x.background ? UNDATED_BACKGROUND_LOOKBACK_DAYS : UNDATED_LOOKBACK_DAYS;
  return { from: pubDay - back, to: pubDay + DAY_SLACK };
}


/** In-memory clustering (evaluation, tests, a single batch): mentions are added in the order given. */
export class Deduper {
  readonly clusters = new Map<string, Cluster>();
  readonly assignment = new Map<string, string>();
  readonly decisions = new Map<string, Decision>();
  private seq = 0;

  add(m: Mention): string {
    const x = prepare(m);
    const win = candidateDays(x);
    const candidates: Cluster[] = [];
    if (win) {
      for (const c of this.clusters.values()) {
        if (c.members.some((y) => { const d = mentionDays(y); return d !== null && d.from <= win.to && d.to >= win.from; })) candidates.push(c);
      }
    }
    const d = decide(x, candidates);
    this.decisions.set(m.id, d);
    let id = d.event_id;
    if (id === null) {
      id = `c${++this.seq}`;
      this.clusters.set(id, { id, members: [x] });
    } else {
      const c = this.clusters.get(id)!;
      c.members.push(x);
      for (const o of d.merge) {
        const oc = this.clusters.get(o)!;
        c.members.push(...oc.members);
        for (const y of oc.members) this.assignment.set(y.m.id, id);
        this.clusters.delete(o);
      }
    }
    this.assignment.set(m.id, id);
    return id;
  }
}

/** Sort mentions the way an ingest sees them: by publication time (unknown last), then id. */
export function byPublication(a: Mention, b: Mention): number {
  const pa = a.published ? Date.parse(a.published) : Infinity;
  const pb = b.published ? Date.parse(b.published) : Infinity;
  return pa - pb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Cluster a batch of mentions; returns groups of mention ids. */
export function clusterMentions(mentions: Mention[], order: 'publication' | 'given' = 'publication'): string[][] {
  const list = order === 'publication' ? [...mentions].sort(byPublication) : mentions;
  const d = new Deduper();
  for (const m of list) d.add(m);
  return [...d.clusters.values()].map((c) => c.members.map((v) => v.m.id));
}
