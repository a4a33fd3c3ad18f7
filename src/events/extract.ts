/**
 * Event extraction, the stage's entry function: `extractEvents(doc) -> EventRecord[]`.
 *
 *   sentences -> trigger mentions (detect) -> frames (one per event mention in a sentence, with its
 *   counts, actors, date and place) -> events (frames merged within the article: headline, lead and
 *   later mentions of one real event) -> records (type, status, modality, date, place, actors,
 *   counts, evidence, confidence, summary).
 */
import type { Actor, ActorKind, Count, Doc, EventRecord, EventType, Evidence, NumberMention } from '../types.js';
import { extractNumbers } from '../text/numbers.js';
import { actorMentions, type ActorMention } from './actors.js';
import {
  betterPlace, contextPlace, dateFor, inDateline, datesCompatible, eventTimexes, fallbackDate, placeFor, placesCompatible, type DateCand, type PlaceCand,
} from './attach.js';
import { classify, type TypingInput } from './classify.js';
import { countMention, numberSpans, type CountCand } from './counts.js';
import { detectMentions, mayHaveTrigger, sentenceFeatures, type Mention } from './detect.js';
import type { LexKind } from './lexicon/actors.js';
import type { Feature, TriggerClass } from './lexicon/triggers.js';
import { backgroundCue, governingCue, isGeneric, modalityOf, type Modality } from './modality.js';
import { summarize } from './summary.js';
import { ploverFor } from './taxonomy.js';
import { sentencesOf, type ESent } from './tokens.js';

type Family = 'violence' | 'protest' | 'arrest' | 'strategic';
type Role = 'agent' | 'target' | 'side' | 'associated';

interface Frame {
  sent: ESent;
  mentions: Mention[];
  family: Family;
  modality: Modality;
  modalityCue: string | null;
  bgCue: string | null;
  cause: boolean;
  counts: CountCand[];
  actors: { a: ActorMention; role: Role }[];
  date: DateCand | null;
  place: PlaceCand | null;
  features: Set<Feature>;
  strong: boolean;
  supported: boolean;
  outcomeOnly: boolean;
  definite: boolean;
  attribution: string | null;
  intervention: boolean;
  /** The clause announces another event ("retaliated by", "in a separate attack", "meanwhile"): never merged backwards. */
  fresh: boolean;
  /** A cue that makes the mention an earlier event ("accused of", "protest against the killing"). */
  governing: boolean;
}

interface Acc {
  frames: Frame[];
  family: Family;
  modality: Modality;
}

const VIOLENCE = new Set<TriggerClass>(['kill', 'injure', 'attack', 'clash', 'explode', 'abduct', 'sexual', 'territory', 'territory_gov', 'riot', 'force', 'loot']);
const OUTCOME = new Set<TriggerClass>(['kill', 'injure']);
const ARMED_KINDS = new Set<LexKind>(['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'external_forces', 'unidentified_armed_group']);
const WEAPON_FEATURES: Feature[] = ['firearm', 'explosive', 'grenade', 'shelling', 'air', 'blade', 'remote', 'landmine', 'chemical', 'suicide'];
const PERP_HEAD = /\b(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|hijackers?)$/i;
/** Cues that a sentence reports a different event from the one before. */
const FRESH_RE = /\b(?:retaliat\w*|in response|responded by|separately|in a separate|in another|another attack|a second attack|meanwhile|elsewhere|in other incidents?|in a similar)\b/i;
const ARREST_CAUSE = new Set(['after', 'following', 'over', 'for', 'connection', 'accused', 'charges', 'involvement', 'involved', 'responsible', 'suspicion', 'suspected']);
const SEGMENT_NEXT = new Set(['and', 'while', 'whereas', 'but', 'meanwhile', 'while']);

/** Start of the phrase a cause mention sits in: back to the connector word ("demanding", "against"). */
function clauseStartOf(sent: ESent, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) if (CAUSE_WORDS.has(sent.toks[k]!.lo)) return k;
  return i;
}

/** Clause segments of a sentence, split at ";" and ", and/while/but" when each side holds an event trigger of its own. */
function segmentsOf(sent: ESent, mentions: Mention[]): { of: (m: Mention) => number; range: (k: number) => [number, number] } {
  const toks = sent.toks;
  const bounds: number[] = [];
  for (let k = 1; k < toks.length - 1; k++) {
    if (toks[k]!.lo === ';' || toks[k]!.lo === ',' && SEGMENT_NEXT.has(toks[k + 1]!.lo)) bounds.push(k);
  }
  const segOf = (i: number): number => bounds.filter((b) => b < i).length;
  const heads = new Set(mentions.filter((m) => !m.weak).map((m) => segOf(m.i)));
  if (heads.size < 2) return { of: () => 0, range: () => [sent.start, sent.end] };
  return {
    of: (m) => segOf(m.i),
    range: (k) => [k === 0 ? sent.start : toks[bounds[k - 1]!]!.e, k >= bounds.length ? sent.end : toks[bounds[k]!]!.s],
  };
}

const CAUSE_PRE = new Set(['outraged', 'angered', 'incensed', 'enraged', 'upset', 'protesting', 'condemning', 'against', 'over', 'mourning', 'denouncing', 'following', 'after']);
const CAUSE_WORDS = new Set(['against', 'over', 'condemning', 'protesting', 'denouncing', 'demanding', 'demand', 'protest', 'after', 'following', 'accusing', 'accused', 'alleging', 'blaming', 'mourning', 'justice']);

function familyOf(c: TriggerClass): Family {
  if (c === 'protest') return 'protest';
  if (c === 'arrest') return 'arrest';
  if (VIOLENCE.has(c)) return 'violence';
  return 'strategic';
}

/** Source of a sentence's statements: the text stage's attribution, else "X said" / "according to X". */
function attributionOf(doc: Doc, sent: ESent): string | null {
  const a = doc.attributions.find((x) => x.sentences.includes(sent.index));
  if (a) return a.source;
  const toks = sent.toks;
  for (let k = 0; k < toks.length; k++) {
    const lo = toks[k]!.lo;
    if (lo === 'according' && toks[k + 1]?.lo === 'to') {
      let j = k + 2;
      while (j < toks.length && ![',', '.', ';', 'the'].includes(toks[j]!.lo) || j === k + 2 && toks[j]?.lo === 'the') j++;
      if (j > k + 2) return doc.text.slice(toks[k + 2]!.s, toks[j - 1]!.e);
    }
    if (lo === 'said' || lo === 'told' || lo === 'says' || lo === 'reported') {
      // ", X said" or ", said X"
      let i = k - 1;
      while (i >= 0 && ![',', '"', '“', '”', '.', ';'].includes(toks[i]!.lo) && k - i <= 6) i--;
      if (i < k - 1 && k - i <= 6 && toks[i]?.lo !== undefined) return doc.text.slice(toks[i + 1]!.s, toks[k - 1]!.e);
      if (lo === 'said' && toks[k + 1] && ![',', '.', 'that', 'on', 'in', 'the'].includes(toks[k + 1]!.lo)) {
        let j = k + 1;
        while (j < toks.length && ![',', '.', ';', 'on', 'in', 'that'].includes(toks[j]!.lo) && j - k <= 5) j++;
        return doc.text.slice(toks[k + 1]!.s, toks[j - 1]!.e);
      }
    }
  }
  return null;
}

/** Roles of the sentence's actors relative to a frame's pivot trigger. */
const ACTOR_BREAK = new Set(['when', 'while', 'but', ';', 'although', 'whereas', 'because', 'though', 'which', 'who', 'after', 'before', 'since', 'until']);

/** Whether an actor stands in the same stretch of the sentence as one of the frame's triggers. */
function nearTrigger(sent: ESent, a: ActorMention, mentions: Mention[]): boolean {
  const toks = sent.toks;
  for (const m of mentions) {
    const [from, to] = a.j <= m.i ? [a.j, m.i] : m.j <= a.i ? [m.j, a.i] : [0, 0];
    if (to - from > 12) continue;
    let broken = false;
    for (let k = from; k < to; k++) if (ACTOR_BREAK.has(toks[k]!.lo)) { broken = true; break; }
    if (!broken) return true;
  }
  return false;
}

function assignRoles(sent: ESent, allActors: ActorMention[], mentions: Mention[], counts: CountCand[]): { a: ActorMention; role: Role }[] {
  const toks = sent.toks;
  const actors = allActors.filter((a) => a.claim || counts.some((c) => c.npFrom <= a.i && a.j <= c.npTo) || nearTrigger(sent, a, mentions));
  const out: { a: ActorMention; role: Role }[] = [];
  let betweenOpen = false;
  // the nearest non-outcome trigger (not a protest noun the actor itself is) decides an actor's role
  const pivots = mentions.filter((m) => !OUTCOME.has(m.cls));
  for (const a of actors) {
    const cands = (pivots.length ? pivots : mentions).filter((m) => !(m.i >= a.i && m.j <= a.j));
    const pool = cands.length ? cands : mentions;
    const pivot = pool.reduce((b, m) => (Math.min(Math.abs(m.i - a.j), Math.abs(a.i - m.j)) < Math.min(Math.abs(b.i - a.j), Math.abs(a.i - b.j)) ? m : b));
    const pPrev = toks[pivot.i - 1]?.lo ?? '';
    const passive = ['was', 'were', 'been', 'being', 'is', 'are', 'got'].includes(pPrev) || ['was', 'were', 'been'].includes(toks[pivot.i - 2]?.lo ?? '');
    if (a.source) continue;
    if (a.claim) { out.push({ a, role: 'associated' }); continue; }
    const prev = toks[a.i - 1]?.lo ?? '';
    const prev2 = toks[a.i - 2]?.lo ?? '';
    let role: Role;
    if (counts.some((c) => c.npFrom <= a.i && a.j <= c.npTo && c.total > 0)) role = PERP_HEAD.test(a.name) ? 'agent' : 'target';
    else if (prev === 'by' || prev2 === 'by' && ['the', 'a', 'an', 'suspected', 'unidentified', 'armed'].includes(prev)) role = 'agent';
    else if (prev === 'between' || prev2 === 'between') { role = 'side'; betweenOpen = true; }
    else if (betweenOpen && (prev === 'and' || prev2 === 'and')) role = 'side';
    else if (['with', 'against', 'on', 'at', 'targeting', 'upon'].includes(prev) || ['with', 'against', 'on', 'at'].includes(prev2) && ['the', 'a', 'an'].includes(prev)) role = pivot.cls === 'clash' ? 'side' : 'target';
    else if (a.j <= pivot.i) role = passive ? 'target' : 'agent';
    else role = passive ? 'agent' : 'target';
    out.push({ a, role });
  }
  return out;
}

function buildFrames(doc: Doc, sent: ESent, numbers: NumberMention[]): Frame[] {
  let mentions = detectMentions(sent, doc.text);
  if (!mentions.length) return [];
  // generic plurals ("a series of attacks") are not events
  let lastGeneric: Mention | null = null;
  mentions = mentions.filter((m) => {
    const g = isGeneric(m, lastGeneric);
    if (g) lastGeneric = m;
    return !g;
  });
  if (!mentions.length) return [];
  const mods = new Map(mentions.map((m) => [m, modalityOf(m)]));
  // a threat whose object is a violent trigger becomes that trigger's modality
  mentions = mentions.filter((m) => !(m.cls === 'threat' && mentions.some((x) => x !== m && x.i > m.i && x.i - m.j <= 6 && VIOLENCE.has(x.cls))));
  // "deployed troops to attack", "mounted attacks": a weak group/agreement word right before a violent trigger is part of it
  mentions = mentions.filter((m) => !((m.cls === 'group' || m.cls === 'base') && m.weak && mentions.some((x) => x !== m && x.i >= m.j && x.i - m.j <= 4 && VIOLENCE.has(x.cls) && !OUTCOME.has(x.cls))));
  // a defused or recovered explosive is one disrupted-weapons event
  if (mentions.some((m) => m.cls === 'disrupt') && !mentions.some((m) => OUTCOME.has(m.cls) && m.participle || m.cls === 'clash' || m.cls === 'attack' && !m.weak || m.cls === 'explode' && (m.features.has('air') || m.features.has('shelling')))) {
    for (const m of mentions) if (m.cls === 'explode' || m.cls === 'attack') m.cls = 'disrupt';
  }
  const protests = mentions.filter((m) => m.cls === 'protest');
  const arrests = mentions.filter((m) => m.cls === 'arrest');
  const isCause = (m: Mention): boolean => {
    if (m.cls === 'protest') return false;
    for (const p of protests) {
      if (p.j <= m.i && sent.toks.slice(p.j, m.i).some((t) => CAUSE_WORDS.has(t.lo))) return true;
      // an earlier event the protesters refer to ("who had lost members last year in a clash")
      if (p.j <= m.i && backgroundCue(m)) return true;
      // "Outraged by the murder of 20 people, lawyers staged a protest"
      if (m.j <= p.i && sent.toks.slice(Math.max(0, m.i - 5), m.i).some((t) => CAUSE_PRE.has(t.lo))) return true;
    }
    // "arrested 23 people after the clashes", "detained over the killing of"
    if (m.cls !== 'arrest') {
      for (const a of arrests) {
        if (a.j <= m.i && m.i - a.j <= 9 && sent.toks.slice(a.j, m.i).some((t) => ARREST_CAUSE.has(t.lo))) return true;
      }
    }
    return false;
  };
  // clauses: "..., and in January a roadside bomb ..." holds a second event
  const seg = segmentsOf(sent, mentions);
  const nums = numberSpans(sent, numbers);
  const actors = actorMentions(sent, doc.text, doc.entities);
  const sFeat = sentenceFeatures(sent);
  const timexes = eventTimexes(doc, sent);
  const attribution = attributionOf(doc, sent);
  // group: (family, modality, cause)
  const groups = new Map<string, Mention[]>();
  const intervened = new Set<Mention>();
  const hasProtest = protests.length > 0;
  const hasViolent = mentions.some((m) => VIOLENCE.has(m.cls) && !OUTCOME.has(m.cls) && !m.weak);
  const causes = new Set(mentions.filter((m) => isCause(m)));
  for (const m of mentions) {
    const cause = causes.has(m);
    let fam = familyOf(m.cls);
    if (!cause && hasProtest && (fam === 'violence' || fam === 'arrest')) fam = 'protest';
    if (!cause && !hasProtest && fam === 'arrest' && hasViolent) fam = 'violence';
    if (fam === 'strategic' && (m.cls === 'loot') && hasViolent) fam = 'violence';
    let mod = mods.get(m)!.modality;
    if (OUTCOME.has(m.cls) && mod === 'negated') mod = 'asserted';
    // "police foiled the procession": the protest happened and was stopped
    if (m.cls === 'protest' && mod === 'foiled') { mod = 'asserted'; intervened.add(m); }
    const key = `${fam}|${mod}|${cause ? 1 : 0}|${seg.of(m)}`;
    const arr = groups.get(key) ?? [];
    arr.push(m);
    groups.set(key, arr);
  }
  // outcomes join the violent (or protest) group of the same modality when there is one
  const frames: Frame[] = [];
  for (const [key, ms] of groups) {
    const [fam, mod, cause, segId] = key.split('|') as [Family, Modality, string, string];
    const [segS, segE] = seg.range(Number(segId));
    // a frame's own anchors: inside its clause segment, and not inside the clause of a cause it refers to
    const causeStart = cause === '1' ? Infinity : Math.min(Infinity, ...mentions.filter((m) => causes.has(m) && m.s > ms[0]!.s).map((m) => sent.toks[clauseStartOf(sent, m.i)]!.s));
    const inSeg = <T extends { start_char: number; end_char: number }>(x: T): boolean => x.start_char >= segS && x.end_char <= segE && x.start_char < causeStart;
    const counts: CountCand[] = [];
    for (const m of ms) {
      const c = countMention(m, nums);
      if (c && !counts.some((x) => x.field === c.field && x.npFrom === c.npFrom && x.npTo === c.npTo)) counts.push(c);
    }
    const features = new Set<Feature>(sFeat);
    for (const m of ms) for (const f of m.features) features.add(f);
    const roles = assignRoles(sent, actors.filter((a) => a.s >= segS && a.e <= segE), ms, counts);
    const s = ms[0]!.s;
    const e = ms[ms.length - 1]!.e;
    // names of actors and sources, and the trigger words themselves ("Molotov cocktails") are not places
    const exclude = [...actors.filter((a) => a.named || a.source).map((a) => ({ s: a.s, e: a.e })), ...mentions.map((m) => ({ s: m.s, e: m.e }))];
    const strong = ms.some((m) => !m.weak);
    const outcomeOnly = ms.every((m) => OUTCOME.has(m.cls) && m.participle);
    const armed = roles.some((r) => ARMED_KINDS.has(r.a.kind));
    const weapon = WEAPON_FEATURES.some((f) => features.has(f));
    const positive = counts.some((c) => c.total > 0);
    const first = ms.find((m) => !OUTCOME.has(m.cls)) ?? ms[0]!;
    const det = sent.toks[first.i - 1]?.lo ?? '';
    const bg = ms.map((m) => backgroundCue(m)).find((x) => x) ?? null;
    frames.push({
      sent, mentions: ms, family: fam, modality: mod, modalityCue: ms.map((m) => mods.get(m)!.cue).find((x) => x) ?? null,
      bgCue: cause === '1' ? bg ?? 'cause of a protest' : bg, cause: cause === '1', counts, actors: roles,
      date: dateFor(doc, sent, s, e, timexes.filter(inSeg)), place: placeFor(doc, { ...sent, start: segS, end: Math.min(segE, causeStart) }, s, e, exclude), features, strong,
      supported: strong && (fam !== 'violence' || ms.some((m) => !m.weak && !OUTCOME.has(m.cls)) || positive || armed || weapon || ms.some((m) => !m.weak && m.cls === 'kill'))
        || (fam === 'violence' && (positive && (armed || weapon || !outcomeOnly) || armed && weapon || (armed || weapon) && ms.some((m) => m.cls === 'clash' || m.cls === 'attack' || m.cls === 'explode')))
        || fam === 'protest' && ms.some((m) => m.cls === 'protest')
        || fam === 'violence' && ms.some((m) => m.cls === 'attack' || m.cls === 'riot') && roles.some((r) => r.a.kind === 'crowd' && r.role === 'agent')
        || ms.some((m) => m.cls === 'territory' || m.cls === 'territory_gov' || m.cls === 'loot' || m.cls === 'riot' && !m.weak)
        // strategic developments and arrests passed the refiners' context checks (an object, a party); threats need more
        || (fam === 'strategic' || fam === 'arrest') && ms.some((m) => m.cls !== 'threat'),
      outcomeOnly, definite: ['the', 'this', 'that', 'same'].includes(det), attribution, intervention: ms.some((m) => intervened.has(m)),
      governing: ms.some((m) => governingCue(m)),
      fresh: FRESH_RE.test(doc.text.slice(sent.start, sent.end)),
    });
  }
  return frames.sort((a, b) => a.mentions[0]!.s - b.mentions[0]!.s);
}

function compatible(E: Acc, F: Frame, strict = false): boolean {
  if (E.modality !== F.modality) return false;
  const famOk = E.family === F.family || F.outcomeOnly && (E.family === 'violence' || E.family === 'protest') || E.frames.every((f) => f.outcomeOnly) && F.family === 'violence';
  if (!famOk) return false;
  const eDate = bestDate(E);
  if (eDate && F.date && !datesCompatible(eDate, F.date)) return false;
  const ePlace = bestPlace(E);
  if (ePlace && F.place && !placesCompatible(ePlace, F.place)) return false;
  const eBg = E.frames.every((f) => f.bgCue);
  if (F.bgCue && !eBg && !(F.date && eDate)) return false;
  if (!F.bgCue && eBg && (F.sent.isTitle || strict)) return false;
  if (E.frames.some((f) => f.cause) !== F.cause && !F.outcomeOnly) return false;
  return true;
}

function bestDate(E: Acc): DateCand | null {
  const order = { day: 0, week: 1, month: 2, year: 3 } as const;
  let best: DateCand | null = null;
  for (const f of E.frames) if (f.date && (!best || order[f.date.precision] < order[best.precision])) best = f.date;
  return best;
}

function bestPlace(E: Acc): PlaceCand | null {
  let best: PlaceCand | null = null;
  for (const f of E.frames) if (f.place && betterPlace(f.place, best)) best = f.place;
  return best;
}

/**
 * Merge frames into events. `pub` (publication day) and `leadIndex` (the first body sentence) guard
 * the headline's event: a frame dated well before publication ("In May, a suicide bomber ...") does not
 * join an undated event told in the title or lead, which is the article's news.
 */
function mergeFrames(frames: Frame[], pub: string | null = null, leadIndex = -1): Acc[] {
  const events: Acc[] = [];
  let lastEvent: Acc | null = null;
  const cutoff = pub ? addDaysIso(pub, -10) : null;
  for (const F of frames) {
    const old = !!cutoff && !!F.date && F.date.end < cutoff;
    // candidates, most recent first
    let target: Acc | null = null;
    // first events whose status agrees with the frame's cues, then any
    for (let pass = 0; pass < 2 && !target; pass++) for (let k = events.length - 1; k >= 0; k--) {
      const E = events[k]!;
      if (!compatible(E, F, pass === 0)) continue;
      if (old && !F.definite && !bestDate(E) && E.frames.some((f) => f.sent.isTitle || f.sent.index === leadIndex)) continue;
      if (F.fresh && !F.outcomeOnly && !E.frames.some((f) => f.sent.index === F.sent.index)) continue;
      const lastF = E.frames[E.frames.length - 1]!;
      const near = F.sent.paragraph === lastF.sent.paragraph || F.sent.index - lastF.sent.index <= 2 || lastF.sent.isTitle || E.frames.some((f) => f.sent.isTitle);
      const sameAnchor = (F.place && bestPlace(E) && placesCompatible(bestPlace(E)!, F.place)) || (F.date && bestDate(E) && datesCompatible(bestDate(E)!, F.date));
      const anchorless = !F.place && !F.date;
      if (F.outcomeOnly || !F.supported) { if (near || sameAnchor && F.definite) { target = E; break; } continue; }
      if (sameAnchor && (F.definite || !!F.place && !!bestPlace(E) && F.place.geonameid === bestPlace(E)!.geonameid && F.place.rank >= 2) || (anchorless && (near || F.definite)) || near && (!bestDate(E) || !F.date) && (!bestPlace(E) || !F.place || sameAnchor)) { target = E; break; }
    }
    if (target) {
      target.frames.push(F);
      lastEvent = target;
      continue;
    }
    // a frame that cannot stand alone only adds to an earlier event
    if (!F.supported) continue;
    // "in connection with the bombing": a definite mention with nothing of its own (no date, place or
    // count) refers back to the latest event of its family already told, not to a new one
    if (F.definite && !F.date && !F.place && !F.counts.some((c) => c.total > 0)) {
      const back = [...events].reverse().find((E) => E.family === F.family && E.modality === F.modality);
      if (back) {
        back.frames.push(F);
        lastEvent = back;
        continue;
      }
    }
    if (F.outcomeOnly && !F.counts.some((c) => c.total > 0) && !F.strong) continue;
    const E: Acc = { frames: [F], family: F.family, modality: F.modality };
    events.push(E);
    lastEvent = E;
  }
  void lastEvent;
  return events;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

function resolveKind(k: LexKind, role: Role, type: EventType): ActorKind {
  if (k === 'crowd') return type === 'riots' ? 'rioters' : type === 'protests' ? 'protesters' : role === 'agent' ? 'rioters' : 'civilians';
  if (k === 'party') {
    if (type === 'protests') return 'protesters';
    if (type === 'riots') return role === 'target' ? 'civilians' : 'rioters';
    if (type === 'battles') return 'political_militia';
    return role === 'agent' ? 'political_militia' : 'civilians';
  }
  if (k === 'person') {
    if (type === 'protests' && role !== 'target') return 'protesters';
    if (type === 'riots' && role === 'agent') return 'rioters';
    return 'civilians';
  }
  return k;
}

function reconcile(field: CountCand['field'], frames: Frame[], text: string): Count | null {
  const cands: { c: CountCand; attribution: string | null }[] = [];
  for (const f of frames) for (const c of f.counts) if (c.field === field) cands.push({ c, attribution: f.attribution });
  if (!cands.length) return null;
  const positive = cands.filter((x) => x.c.total > 0);
  const evidence: Evidence[] = cands.map((x) => ({ field, start_char: x.c.s, end_char: x.c.e, text: text.slice(x.c.s, x.c.e) }));
  if (!positive.length) {
    return { best: 0, low: 0, high: 0, breakdown: [], attribution: cands[0]!.attribution, evidence };
  }
  // figures per sentence: distinct victim phrases in one sentence add up
  const bySent = new Map<number, { total: number; low: number; high: number; c: CountCand[]; attribution: string | null; additive: boolean; update: boolean }>();
  for (const x of positive) {
    const k = x.c.sent;
    const cur = bySent.get(k) ?? { total: 0, low: 0, high: 0, c: [], attribution: x.attribution, additive: false, update: false };
    cur.total += x.c.total;
    cur.low += x.c.low;
    cur.high += x.c.high;
    cur.c.push(x.c);
    cur.additive ||= x.c.additive;
    cur.update ||= x.c.update;
    bySent.set(k, cur);
  }
  const reports = [...bySent.values()];
  let best = 0;
  let extra = 0;
  let chosen = reports[0]!;
  for (const r of reports) {
    if (r.additive && r !== reports[0]) { extra += r.total; continue; }
    if (r.update || r.total > best) { best = r.total; chosen = r; }
    else if (r.total === best && r.c.flatMap((c) => c.groups).length > chosen.c.flatMap((c) => c.groups).length) chosen = r;
  }
  best += extra;
  // low/high: the full figures reported (a smaller figure naming one listed group is a part, not a report)
  const groupsOfBest = chosen.c.flatMap((c) => c.groups);
  const full = reports.filter((r) => !r.additive && !(r.total < best && r.c.every((c) => c.groups.some((g) => groupsOfBest.some((h) => h.value === g.value && h.who.toLowerCase().split(' ').pop() === g.who.toLowerCase().split(' ').pop())))));
  const lows = full.map((r) => r.low + extra);
  const highs = full.map((r) => r.high + extra);
  const low = Math.min(best, ...lows);
  const high = Math.max(best, ...highs);
  // conflicting figures from different sources: keep the lower as best (conservative), unless one is an update
  const sources = new Set(full.map((r) => r.attribution ?? ''));
  if (full.length > 1 && sources.size > 1 && !full.some((r) => r.update) && new Set(full.map((r) => r.total)).size > 1) best = Math.min(...full.map((r) => r.total)) + extra;
  const breakdown = chosen.c.flatMap((c) => c.groups).map((g) => ({ who: g.who, count: g.value }));
  const rec: Count = {
    best, low, high, breakdown: breakdown.length > 1 ? breakdown : [], attribution: chosen.attribution, evidence,
    includes_perpetrators: positive.some((x) => x.c.perpetrators),
  };
  if (new Set(full.map((r) => r.total)).size > 1) {
    rec.reports = full.map((r) => ({ value: r.total, attribution: r.attribution, text: text.slice(r.c[0]!.s, r.c[r.c.length - 1]!.e), start_char: r.c[0]!.s, end_char: r.c[r.c.length - 1]!.e }));
  }
  return rec;
}

function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function toRecord(doc: Doc, E: Acc, isLeadEvent: boolean, sents: ESent[]): EventRecord {
  const text = doc.text;
  const frames = E.frames;
  const mentions = frames.flatMap((f) => f.mentions);
  // typing input
  const classes = new Map<TriggerClass, number>();
  for (const m of mentions) classes.set(m.cls, (classes.get(m.cls) ?? 0) + (m.weak ? 0.5 : 1));
  const features = new Set<Feature>();
  for (const f of frames) for (const x of f.features) features.add(x);
  const agents: LexKind[] = [];
  const targets: LexKind[] = [];
  for (const f of frames) for (const r of f.actors) {
    if (r.role === 'agent') agents.push(r.a.kind);
    else if (r.role === 'target') targets.push(r.a.kind);
    else if (r.role === 'side') (agents.length <= targets.length ? agents : targets).push(r.a.kind);
  }
  const fatalities = reconcile('fatalities', frames, text);
  const injured = reconcile('injured', frames, text);
  const arrested = reconcile('arrested', frames, text);
  const kidnapped = reconcile('kidnapped', frames, text);
  // a suicide bomber who blew himself up is a fatality when the text gives no figure
  let fat = fatalities;
  const selfBlast = mentions.find((m) => /^blew (?:himself|herself|themselves) up$|^blow himself up$/.test(m.phrase));
  if (selfBlast && (!fat || fat.best === 0) && E.modality === 'asserted') {
    fat = { best: 1, low: 1, high: 1, breakdown: [], attribution: null, evidence: [{ field: 'fatalities', start_char: selfBlast.s, end_char: selfBlast.e, text: selfBlast.text }], includes_perpetrators: true };
  }
  const sortedM = [...mentions].sort((a, b) => a.s - b.s);
  const headM = sortedM.find((m) => !m.weak && !OUTCOME.has(m.cls)) ?? sortedM.find((m) => !OUTCOME.has(m.cls)) ?? null;
  const ti: TypingInput = {
    classes, features, agents, targets, fatalities: fat?.best ?? 0, injured: injured?.best ?? 0, head: headM?.cls ?? null,
    intervention: frames.some((f) => f.intervention),
  };
  const { type, subtype, why } = classify(ti);

  // date
  let date: DateCand | null = bestDate(E);
  // place: from the frames that tell the event itself when there are any; a frame cued as background
  // ("the ambush was the deadliest since ... near Tessalit") brings another event's place with it
  const own = E.frames.filter((f) => !f.bgCue);
  let place = own.length && own.length < E.frames.length && own.some((f) => f.place) ? bestPlace({ ...E, frames: own }) : bestPlace(E);
  const pub = doc.article.published?.slice(0, 10) ?? null;
  // status: resolved date, cues, position
  const inTitleOrLead = frames.some((f) => f.sent.isTitle) || isLeadEvent;
  let status: 'current' | 'background' = 'current';
  const allBg = frames.every((f) => f.bgCue);
  if (date && pub) {
    const cutoff = addDaysIso(pub, -10);
    if (date.precision === 'day' || date.precision === 'week' ? date.end < cutoff : date.start < cutoff) status = 'background';
    else if (allBg && (!inTitleOrLead || frames.every((f) => f.governing)) && !(date.precision === 'day' && date.end >= addDaysIso(pub, -3) && !frames.every((f) => f.governing))) status = 'background';
  } else if (allBg && (!frames.some((f) => f.sent.isTitle) || frames.every((f) => f.governing))) status = 'background';
  if (!date && status === 'current') date = fallbackDate(doc);
  if (!place || place.rank <= 1) {
    // the paragraph of the event's first body sentence (a headline is a paragraph of its own)
    const f0 = frames.find((f) => !f.sent.isTitle) ?? frames[0]!;
    const para = sents.filter((x) => x.paragraph === f0.sent.paragraph && !x.isTitle);
    const ctx = para.length ? contextPlace(doc, para, f0.sent.start, place?.country ?? null, place?.rank === 1 ? place.admin1 : null) : null;
    if (ctx) place = ctx;
  }
  if (!place && status === 'current') place = fallbackPlace(doc);

  // actors
  const actors: Actor[] = [];
  const claims: { name: string; start_char: number; end_char: number }[] = [];
  const seen = new Set<string>();
  let sideCount = 0;
  for (const f of frames) for (const r of f.actors) {
    const key = r.a.name.toLowerCase();
    if (r.a.claim) claims.push({ name: r.a.name, start_char: r.a.s, end_char: r.a.e });
    if (seen.has(key)) continue;
    seen.add(key);
    let role: Actor['role'] = r.role === 'agent' ? 'actor1' : r.role === 'target' ? 'actor2' : r.role === 'side' ? (sideCount++ === 0 ? 'actor1' : 'actor2') : 'associated';
    if (r.role === 'associated' && !frames.some((g) => g.actors.some((x) => x.role === 'agent'))) role = 'actor1';
    actors.push({ name: r.a.name, kind: resolveKind(r.a.kind, r.role, type), role, start_char: r.a.s, end_char: r.a.e });
  }
  // battles: victims on two armed sides are the two sides ("five militants and two officers were killed")
  if (type === 'battles') {
    const t = actors.filter((a) => a.role === 'actor2');
    const kinds = [...new Set(t.map((a) => a.kind))].filter((k) => k !== 'civilians');
    if (kinds.length >= 2) {
      const first = t.find((a) => a.kind === kinds[0])!;
      const state = first.kind === 'state_forces';
      for (const a of actors) if (a.role === 'actor1' && (a.kind === 'state_forces') !== state) a.role = 'associated';
      first.role = 'actor1';
    } else if (!actors.some((a) => a.role === 'actor1') && t.length >= 2) t[0]!.role = 'actor1';
  }

  // evidence
  const evidence: Evidence[] = [];
  for (const m of mentions) evidence.push({ field: 'trigger', start_char: m.s, end_char: m.e, text: m.text });
  if (date && date.basis !== 'publication') evidence.push({ field: 'date', start_char: date.start_char, end_char: date.end_char, text: date.text });
  if (place) evidence.push({ field: 'location', start_char: place.start_char, end_char: place.end_char, text: place.text });
  for (const a of actors) evidence.push({ field: `actor:${a.role}`, start_char: a.start_char, end_char: a.end_char, text: text.slice(a.start_char, a.end_char) });
  for (const c of [fat, injured, arrested, kidnapped]) if (c) evidence.push(...c.evidence);
  const modCue = frames.map((f) => f.modalityCue).find((x) => x);
  const bgCue = frames.map((f) => f.bgCue).find((x) => x);

  // confidence: additive evidence score (see docs/architecture.md)
  let conf = 0.3;
  if (mentions.some((m) => !m.weak)) conf += 0.15;
  if (frames.length > 1) conf += 0.1;
  if (date?.basis === 'text') conf += 0.1;
  if (place && frames.some((f) => f.place)) conf += 0.1;
  if (actors.length) conf += 0.05;
  if (fat || injured || arrested) conf += 0.05;
  if (inTitleOrLead) conf += 0.1;
  if (why === 'default' || subtype === 'other') conf -= 0.15;
  if (E.modality !== 'asserted') conf -= 0.1;
  conf = Math.max(0.05, Math.min(0.97, conf));

  const rec: EventRecord = {
    type, subtype, status, modality: E.modality,
    date: date ? { start: date.start, end: date.end, precision: date.precision, text: date.text, start_char: date.start_char, end_char: date.end_char, basis: date.basis } : null,
    location: place ? { name: place.name, geonameid: place.geonameid, lat: place.lat, lon: place.lon, country: place.country, admin1: place.admin1, precision: place.precision, text: place.text, start_char: place.start_char, end_char: place.end_char } : null,
    actors,
    fatalities: fat,
    injured,
    arrested,
    evidence,
    confidence: +conf.toFixed(2),
    summary: '',
    kidnapped,
    plover: ploverFor(subtype, E.modality),
    claims,
    typing: why,
    cues: { modality: modCue ?? null, background: bgCue ?? null },
  };
  rec.summary = summarize(rec, text);
  return rec;
}

/** Place for a current event whose sentences name none: the dateline, else the article's most specific place, earliest. */
function fallbackPlace(doc: Doc): PlaceCand | null {
  const usable = doc.toponyms.filter((t) => !(t as { demonym?: boolean }).demonym);
  const dt = usable.find((x) => inDateline(doc, x));
  if (dt) return { name: dt.name, geonameid: dt.geonameid, lat: dt.lat, lon: dt.lon, country: dt.country, admin1: dt.admin1, precision: 2, text: dt.text, start_char: dt.start_char, end_char: dt.end_char, dist: 0, rank: 2, feature_code: dt.feature_code, cued: false };
  let best: PlaceCand | null = null;
  for (const t of usable) {
    const fc = t.feature_code ?? '';
    const rank = fc.startsWith('PPL') ? 3 : fc === 'ADM2' || fc === 'ADM3' ? 2 : fc === 'ADM1' ? 1 : 0;
    const cand: PlaceCand = { name: t.name, geonameid: t.geonameid, lat: t.lat, lon: t.lon, country: t.country, admin1: t.admin1, precision: rank === 3 ? 2 : 3, text: t.text, start_char: t.start_char, end_char: t.end_char, dist: t.start_char, rank, feature_code: t.feature_code, cued: false };
    if (!best || rank > best.rank) best = cand;
  }
  return best;
}

export function extractEvents(doc: Doc): EventRecord[] {
  const sents = sentencesOf(doc, mayHaveTrigger);
  // sentence spans only (no tokens) for the paragraph-level place search
  const all: ESent[] = doc.sentences.length
    ? doc.sentences.map((x) => ({ index: x.index, start: x.start_char, end: x.end_char, paragraph: x.paragraph, isTitle: x.is_title, toks: [], upper: false }))
    : sents;
  const numbers = doc.numbers.length ? doc.numbers : extractNumbers(doc.text, doc.tokens);
  const frames: Frame[] = [];
  for (const s of sents) frames.push(...buildFrames(doc, s, numbers));
  const firstBody = doc.sentences.length ? doc.sentences.find((s) => !s.is_title && s.start_char >= doc.article.body_start) : sents.find((s) => !s.isTitle && s.start >= doc.article.body_start);
  const leadIndex = firstBody ? ('index' in firstBody ? firstBody.index : -1) : -1;
  const events = mergeFrames(frames, doc.article.published?.slice(0, 10) ?? null, leadIndex);
  return events.map((E) => toRecord(doc, E, E.frames.some((f) => f.sent.index === leadIndex), all));
}
