/**
 * Actors: the sides of an event, found from the actor lexicon, well-known group names, named-entity
 * spans and cues ("a group calling itself X", "claimed by X", "X militants"), each with a lexical kind;
 * roles come from where the actor stands relative to the trigger (agent of an active verb, victim of
 * a passive one, "by X", "between X and Y", "clashed with X", "attack on X").
 */
import type { Entity } from '../types.js';
import { ACTOR_INDEX, KNOWN_GROUPS, type LexKind } from './lexicon/actors.js';
import { REPORTING_VERBS } from './lexicon/context.js';
import type { ESent, ETok } from './tokens.js';

export interface ActorMention {
  name: string;
  kind: LexKind;
  /** Token range in the sentence. */
  i: number;
  j: number;
  s: number;
  e: number;
  sent: number;
  named: boolean;
  /** Claimed responsibility ("claimed by X", "X claimed responsibility"). */
  claim: boolean;
  /** Source of a statement ("prosecutors said"): not a side. */
  source: boolean;
}

const CONNECT = new Set(['of', 'the', 'al', 'de', 'del', 'for', 'and', 'e', 'ul', 'el', 'la', 'i', 'y', 'al-']);
const NOT_NAME = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'police', 'on', 'president', 'prime', 'minister', 'he', 'she', 'they', 'it', 'but', 'after', 'when', 'meanwhile', 'however', 'also', 'last', 'this', 'local', 'security']);

/** Capitalised run starting at i (allowing "of the", "al-" joiners), as [i, j). */
function capRun(toks: ETok[], i: number): number {
  let j = i;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.cap && /\p{L}/u.test(t.t)) { j++; continue; }
    if (CONNECT.has(t.lo) && j > i && toks[j + 1]?.cap) { j++; continue; }
    break;
  }
  // do not end on a joiner
  while (j > i && CONNECT.has(toks[j - 1]!.lo)) j--;
  return j;
}

/** Capitalised run ending right before token j (exclusive), as the start index. */
function capRunBefore(toks: ETok[], j: number): number {
  let i = j;
  while (i > 0) {
    const t = toks[i - 1]!;
    if (t.cap && /\p{L}/u.test(t.t) && !(i - 1 === 0 && NOT_NAME.has(t.lo))) { i--; continue; }
    if (CONNECT.has(t.lo) && i < j && toks[i - 2]?.cap) { i--; continue; }
    break;
  }
  while (i < j && CONNECT.has(toks[i]!.lo)) i++;
  return i;
}

/** Known group names indexed by their first token, longest first. */
const GROUP_INDEX: Map<string, { tokens: string[]; kind: LexKind }[]> = (() => {
  const m = new Map<string, { tokens: string[]; kind: LexKind }[]>();
  for (const [name, kind] of Object.entries(KNOWN_GROUPS)) {
    const tokens = name.split(' ');
    const arr = m.get(tokens[0]!) ?? [];
    arr.push({ tokens, kind });
    m.set(tokens[0]!, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
})();

/** The longest-listed phrase of `index` starting at token i (first match in the index's order). */
function phraseAt(index: typeof ACTOR_INDEX, toks: ETok[], i: number): { j: number; kind: LexKind } | null {
  const cands = toks[i] ? index.get(toks[i]!.lo) : undefined;
  if (!cands) return null;
  for (const c of cands) {
    let ok = i + c.tokens.length <= toks.length;
    for (let k = 1; ok && k < c.tokens.length; k++) if (toks[i + k]!.lo !== c.tokens[k]) ok = false;
    if (ok) return { j: i + c.tokens.length, kind: c.kind };
  }
  return null;
}

const knownGroupAt = (toks: ETok[], i: number) => phraseAt(GROUP_INDEX, toks, i);
const lexAt = (toks: ETok[], i: number) => phraseAt(ACTOR_INDEX, toks, i);

const ARMED_HEADS = new Set(['militants', 'militant', 'rebels', 'rebel', 'fighters', 'guerrillas', 'insurgents', 'separatists', 'extremists', 'jihadists', 'terrorists', 'cadres', 'militiamen', 'militia', 'gunmen', 'members', 'activists', 'supporters', 'workers', 'forces', 'troops', 'soldiers', 'police']);

export function actorMentions(sent: ESent, text: string, entities: Entity[]): ActorMention[] {
  const toks = sent.toks;
  const out: ActorMention[] = [];
  const push = (i: number, j: number, kind: LexKind, named: boolean, claim = false): void => {
    if (j <= i) return;
    const s = toks[i]!.s;
    const e = toks[j - 1]!.e;
    if (out.some((a) => a.s < e && s < a.e)) return;
    out.push({ name: text.slice(s, e), kind, i, j, s, e, sent: sent.index, named, claim, source: false });
  };
  // cue: "a group calling itself X", "known as X", "claimed by X", "X claimed responsibility"
  for (let k = 0; k < toks.length; k++) {
    const lo = toks[k]!.lo;
    if ((lo === 'itself' && toks[k - 1]?.lo === 'calling') || (lo === 'as' && toks[k - 1]?.lo === 'known') || (lo === 'by' && (toks[k - 1]?.lo === 'claimed' || toks[k - 1]?.lo === 'blamed'))) {
      let a = k + 1;
      if (toks[a]?.lo === 'the') a++;
      const kg = knownGroupAt(toks, a);
      const j = kg ? kg.j : capRun(toks, a);
      if (j > a) push(a, j, kg?.kind ?? 'rebel_group', true, toks[k - 1]?.lo === 'claimed' || toks[k - 1]?.lo === 'blamed');
    }
    if ((lo === 'claimed' || lo === 'claiming' || lo === 'claims') && ['responsibility', 'credit'].includes(toks[k + 1]?.lo ?? '') || lo === 'claimed' && toks[k + 1]?.lo === 'the' && toks[k + 2]?.lo === 'attack') {
      // claimant before the verb: "Katibat al-Furqan claimed responsibility", or earlier subject "a group calling itself X ... claiming"
      const b = capRunBefore(toks, k);
      const existing = b < k ? out.find((x) => x.s < toks[k - 1]!.e && toks[b]!.s < x.e) : undefined;
      if (existing) existing.claim = true;
      else if (b < k && toks[b]!.cap) push(b, k, knownGroupAt(toks, b)?.kind ?? 'rebel_group', true, true);
      else { const prior = out.find((x) => x.named && x.i < k); if (prior) prior.claim = true; }
    }
  }
  for (let k = 0; k < toks.length; k++) {
    if (out.some((a) => a.i <= k && k < a.j)) continue;
    // an alias in parentheses right after a named actor: "Katibat al-Furqan (the Furqan Brigade)"
    if (toks[k]!.lo === '(' && out.some((a) => a.named && a.j === k)) {
      let c = k + 1;
      while (c < toks.length && toks[c]!.lo !== ')' && c - k < 10) c++;
      k = c;
      continue;
    }
    const kg = knownGroupAt(toks, k);
    if (kg) {
      // "Taliban militants": take the generic head too
      let j = kg.j;
      const lx = j < toks.length ? lexAt(toks, j) : null;
      if (lx && ARMED_HEADS.has(toks[j]!.lo)) j = lx.j;
      push(k, j, kg.kind, true);
      k = j - 1;
      continue;
    }
    const lx = lexAt(toks, k);
    if (lx) {
      // modifiers: "Baloch separatists", "Indian military", "suspected militants", "security officers"
      let i = k;
      const b = capRunBefore(toks, k);
      const named = b < k && !(b === 0 && NOT_NAME.has(toks[0]!.lo));
      if (named) i = b;
      else if (['suspected', 'alleged', 'armed', 'unidentified', 'unknown', 'masked', 'rival', 'local', 'angry', 'irate', 'suicide', 'government', 'security', 'opposition', 'ruling'].includes(toks[k - 1]?.lo ?? '')) i = k - 1;
      // "members of the X", "activists of X": the named group is the actor
      let j = lx.j;
      if (['members', 'activists', 'supporters', 'workers', 'cadres', 'leaders', 'militants', 'fighters', 'followers', 'personnel', 'officers'].includes(toks[j - 1]!.lo) && toks[j]?.lo === 'of') {
        let a = j + 1;
        if (toks[a]?.lo === 'the') a++;
        const kg2 = knownGroupAt(toks, a);
        const r = kg2 ? kg2.j : capRun(toks, a);
        if (r > a) { push(i, r, kg2?.kind ?? lx.kind, true); k = r - 1; continue; }
        const lx2 = a < toks.length ? lexAt(toks, a) : null;
        if (lx2 && lx2.kind !== 'person' && lx2.kind !== 'party') { push(i, lx2.j, lx2.kind, false); k = lx2.j - 1; continue; }
      }
      push(i, j, lx.kind, named);
      k = j - 1;
    }
  }
  // organisations from the entity stage next to an armed head noun are named groups
  for (const en of entities) {
    if (en.start_char < sent.start || en.end_char > sent.end) continue;
    if (en.type !== 'ORG' && en.type !== 'GROUP') continue;
    const key = en.text.toLowerCase();
    if (KNOWN_GROUPS[key] && !out.some((a) => a.s < en.end_char && en.start_char < a.e)) {
      const i = toks.findIndex((t) => t.s >= en.start_char);
      let j = i;
      while (j < toks.length && toks[j]!.e <= en.end_char) j++;
      if (i >= 0 && j > i) push(i, j, KNOWN_GROUPS[key]!, true);
    }
  }
  // a generic "group" next to a named one is the same actor
  for (let q = out.length - 1; q >= 0; q--) {
    const a = out[q]!;
    if (!a.named && /^(?:a |the )?(?:group|groups|outfit|faction)$/i.test(a.name) && out.some((b) => b.named && Math.abs(b.i - a.j) <= 3)) out.splice(q, 1);
  }
  // sources of statements ("prosecutors said", "according to police") are not sides
  for (const a of out) {
    const nx = toks[a.j]?.lo ?? '';
    const pv = toks[a.i - 1]?.lo ?? '';
    const pv2 = toks[a.i - 2]?.lo ?? '';
    if (REPORTING_VERBS.has(nx) && nx !== 'claimed' || pv === 'to' && pv2 === 'according' || REPORTING_VERBS.has(pv) && ['said', 'told', 'added', 'reported'].includes(pv)) a.source = true;
    if (['told', 'informed', 'quoted', 'cited'].includes(pv)) a.source = true;
  }
  return out.sort((x, y) => x.i - y.i);
}
