/**
 * Counts: how many were killed, injured, arrested or abducted according to one outcome word, read
 * from its victim noun phrase ("Five suspected militants and two security officers were killed",
 * "killing seven people, including five members of security forces", "the arrest of 18 people",
 * "no one was hurt", "left 3 dead", "the death toll rose to 12").
 *
 * Rules for vague quantities (documented in docs/architecture.md): "several"/"many" -> 10, "a few" -> 3,
 * "dozens" -> 12, "scores" -> 20, "hundreds" -> 100, "thousands" -> 1000 (ACLED's conservative
 * convention for fatalities, applied to every count); the mention's own low/high are kept.
 */
import type { NumberMention } from '../types.js';
import type { Mention } from './detect.js';
import { AUX_WORDS, PERPETRATOR_NOUNS, PERSON_NOUNS } from './lexicon/context.js';
import type { ESent, ETok } from './tokens.js';
import { TRIGGER_INDEX } from './lexicon/triggers.js';

/** Outcome words that start another clause inside a victim phrase ("... and the wounding of 20 others"). */
const OUTCOME_WORDS = new Set([...TRIGGER_INDEX.values()].flat().filter((e) => e.cls === 'kill' || e.cls === 'injure' || e.cls === 'arrest' || e.cls === 'abduct').map((e) => e.tokens[0]!));

export interface CountGroup {
  value: number;
  low: number;
  high: number;
  who: string;
  subset: boolean;
  perpetrator: boolean;
}

export interface CountCand {
  field: 'fatalities' | 'injured' | 'arrested' | 'kidnapped';
  total: number;
  low: number;
  high: number;
  groups: CountGroup[];
  /** Zero stated explicitly ("no one was hurt"). */
  zero: boolean;
  /** Includes the perpetrator(s) ("killing himself", "the bomber was killed"). */
  perpetrators: boolean;
  /** Evidence span: the noun phrase and the outcome word. */
  s: number;
  e: number;
  sent: number;
  /** Token span of the victim phrase (for role assignment). */
  npFrom: number;
  npTo: number;
  /** "more", "another": adds to earlier figures instead of restating them. */
  additive: boolean;
  /** "the death toll rose to": replaces earlier figures. */
  update: boolean;
}

const VAGUE_CONVENTION: Record<string, number> = {
  several: 10, many: 10, 'a few': 3, few: 3, dozens: 12, scores: 20, hundreds: 100, thousands: 1000, 'tens of thousands': 10000,
  'hundreds of thousands': 100000, 'a handful': 3, 'a number': 10, millions: 1000000,
};

const FIELD_OF: Record<string, CountCand['field'] | undefined> = { kill: 'fatalities', injure: 'injured', arrest: 'arrested', abduct: 'kidnapped' };

const LEFT_STOP = new Set(`in|at|on|near|by|with|from|during|after|before|when|while|as|that|who|which|said|told|since|because|but|where|amid|despite|following|
;|:|if|than|leaving|left|killing|injuring|wounding|into|across|to|for|outside|inside|under|over|through|against|via|whereas|although|though|until|once|also|then|and then|says|say|added|reported|
claimed|stated|confirmed|hours|minutes|days|this|it|there|here|they|he|she|we|i|you`.split(/\|\s*/));
const RIGHT_STOP = new Set(`in|at|on|near|during|with|after|before|when|while|as|by|from|inside|outside|.|;|:|who|which|that|said|says|told|since|because|but|
where|amid|despite|following|into|across|to|for|under|over|through|against|via|late|early|last|yesterday|today|overnight|earlier|later|on|around|reportedly|allegedly|
according|—|–|-|if|hours|days`.split(/\|\s*/));
const NP_START = new Set(`a|an|the|his|her|their|its|our|two|three|four|five|six|seven|eight|nine|ten|at|more|about|nearly|around|some|several|dozens|scores|hundreds|
thousands|many|all|both|one|no|only|another|over|up|as|almost|approximately|roughly|an|himself|herself|themselves|least|eleven|twelve|fifteen|twenty|thirty|forty|
fifty|hundred|sixteen|seventeen|eighteen|nineteen|thirteen|fourteen`.split(/\|\s*/));
/** Speech verbs that end a victim phrase ("police said two were killed"). */
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'reported', 'stated', 'confirmed', 'announced', 'according', 'claimed', 'alleged', 'noted', 'explained']);
const QUOTES = new Set(["'", '"', '“', '”', '‘', '’', '`']);
const SUBSET = new Set(['including', 'among', 'includes', 'included', 'of whom', 'incl']);
const SINGULAR_DET = new Set(['a', 'an', 'one', 'the', 'his', 'her', 'their', 'its', 'another', 'this', 'that']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets', 'getting']);
const ACTIVE_OBJ_START = NP_START;

interface NumSpan { from: number; to: number; n: NumberMention }

/** Number mentions of kind count mapped onto token indices of the sentence. */
export function numberSpans(sent: ESent, numbers: NumberMention[]): NumSpan[] {
  const out: NumSpan[] = [];
  const toks = sent.toks;
  for (const n of numbers) {
    if (n.end_char <= sent.start || n.start_char >= sent.end) continue;
    if (n.kind !== 'count') continue;
    let from = -1;
    let to = -1;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.e > n.start_char && t.s < n.end_char) { if (from < 0) from = k; to = k + 1; }
    }
    if (from >= 0) out.push({ from, to, n });
  }
  return out;
}

function isSingularPerson(lo: string): boolean {
  return PERSON_NOUNS.has(lo) && !/(?:s|men|people|children|police|personnel|staff|youth|militia|crew|family)$/.test(lo) || lo === 'policeman' || lo === 'gunman' || lo === 'man' || lo === 'woman' || lo === 'boss' || lo === 'headman' || lo === 'chairman' || lo === 'businessman' || lo === 'serviceman' || lo === 'fisherman' || lo === 'tribesman';
}

function valueOf(n: NumberMention, acled: boolean): { value: number; low: number; high: number } {
  if (n.qualifier === 'vague' && acled) {
    const key = n.text.toLowerCase().replace(/\s+/g, ' ');
    const v = VAGUE_CONVENTION[key] ?? n.value;
    return { value: v, low: n.low ?? v, high: n.high ?? v };
  }
  const low = n.low ?? n.value;
  const high = n.high ?? n.value;
  return { value: n.value, low, high };
}

/** Count groups inside the token span [from, to) of a victim phrase. */
export function groupsIn(sent: ESent, from: number, to: number, nums: NumSpan[], acled = true): { groups: CountGroup[]; zero: boolean; bare: boolean } {
  const toks = sent.toks;
  const groups: CountGroup[] = [];
  let subset = false;
  let zero = false;
  let bare = false;
  let k = from;
  while (k < to) {
    const t = toks[k]!;
    if (SUBSET.has(t.lo) || t.lo === 'of' && (toks[k + 1]?.lo === 'whom' || toks[k + 1]?.lo === 'them' && groups.length > 0)) subset = true;
    if (t.lo === 'no' && (toks[k + 1]?.lo === 'one' || PERSON_NOUNS.has(toks[k + 1]?.lo ?? '') || toks[k + 1]?.lo === 'casualties' || toks[k + 1]?.lo === 'injuries')) { zero = true; k++; continue; }
    if (t.lo === 'nobody' || t.lo === 'none' || t.lo === 'noone') { zero = true; k++; continue; }
    const ns = nums.find((x) => x.from <= k && k < x.to);
    if (ns) {
      // head noun within the next four tokens ("five suspected militants", "4 Border Patrol Police")
      let head = -1;
      for (let h = ns.to; h < Math.min(to, ns.to + 5); h++) {
        const lo = toks[h]!.lo;
        if (nums.some((x) => x.from === h) || lo === 'and' || lo === ',' || SUBSET.has(lo)) break;
        if (PERSON_NOUNS.has(lo) || PERPETRATOR_NOUNS.has(lo)) { head = h; if (!PERSON_NOUNS.has(toks[h + 1]?.lo ?? '') || toks[h + 1]?.lo === 'of') break; }
      }
      // "Seven killed", "one of them", "seven others", "One Israeli was killed" (a short unknown noun closing the phrase)
      const tailEnd = (() => { let q = ns.to; while (q < to && q - ns.to < 2 && /^[\p{L}'-]+$/u.test(toks[q]!.t) && !['and', 'of', 'in', 'at', 'on'].includes(toks[q]!.lo)) q++; return q; })();
      const atEnd = ns.to >= to || toks[ns.to]?.lo === 'of' || toks[ns.to]?.lo === 'others' || toks[ns.to]?.lo === ',' || tailEnd >= to && tailEnd > ns.to;
      const ordinalLike = false;
      if ((head >= 0 || atEnd) && !ordinalLike) {
        const v = valueOf(ns.n, acled);
        const hEnd = head >= 0 ? head : ns.to - 1;
        let whoEnd = head;
        // "five members of security forces": the head's own "of" phrase names the group
        if (head >= 0 && toks[head + 1]?.lo === 'of') {
          let q = head + 2;
          while (q < to && q - head <= 5 && !/^[,.;:()]$/.test(toks[q]!.lo) && !SUBSET.has(toks[q]!.lo) && toks[q]!.lo !== 'and') q++;
          if (q > head + 2) whoEnd = q - 1;
        }
        const who = head >= 0 ? toks.slice(ns.to, whoEnd + 1).map((x) => x.t).join(' ') : (toks[ns.to]?.lo === 'of' ? toks.slice(ns.to, Math.min(to, ns.to + 4)).map((x) => x.t).join(' ') : 'people');
        groups.push({ value: v.value, low: v.low, high: v.high, who, subset, perpetrator: head >= 0 && PERPETRATOR_NOUNS.has(toks[head]!.lo) });
        k = Math.max(whoEnd + 1, hEnd + 1, ns.to);
        continue;
      }
    }
    // singular persons: "a policeman", "the suspected bomber", "the third", "himself"
    if (t.lo === 'himself' || t.lo === 'herself') {
      groups.push({ value: 1, low: 1, high: 1, who: t.t, subset, perpetrator: true });
      k++;
      continue;
    }
    if (SINGULAR_DET.has(t.lo)) {
      let found = -1;
      for (let h = k + 1; h < Math.min(to, k + 6); h++) {
        const lo = toks[h]!.lo;
        if (lo === 'and' || lo === ',' || nums.some((x) => x.from === h) || SINGULAR_DET.has(lo)) break;
        if (PERSON_NOUNS.has(lo) || PERPETRATOR_NOUNS.has(lo)) {
          if (isSingularPerson(lo) && !(PERSON_NOUNS.has(toks[h + 1]?.lo ?? '') && !isSingularPerson(toks[h + 1]!.lo) && toks[h + 1]!.lo !== 'of')) { found = h; }
          else if (!isSingularPerson(lo)) { bare = true; found = -2; }
          if (found !== -1) break;
        }
        if (['third', 'second', 'fourth', 'fifth', 'latter', 'former', 'deceased', 'victim', 'driver', 'owner', 'latter'].includes(lo)) { found = h; break; }
      }
      if (found >= 0 && !(t.lo === 'the' && toks[found]!.lo === 'dead')) {
        // "one of the attackers": a group of one
        groups.push({ value: 1, low: 1, high: 1, who: toks.slice(k + 1, found + 1).map((x) => x.t).join(' '), subset, perpetrator: PERPETRATOR_NOUNS.has(toks[found]!.lo) });
        k = found + 1;
        continue;
      }
    }
    if (PERSON_NOUNS.has(t.lo) && !isSingularPerson(t.lo)) bare = true;
    k++;
  }
  return { groups, zero, bare };
}

/** The victim phrase of an outcome mention: token span [from, to) and whether it lies to the left. */
function victimSpan(m: Mention, nums: NumSpan[]): { from: number; to: number; left: boolean } | null {
  const toks = m.sent.toks;
  const lo = m.phrase;
  const next = toks[m.j]?.lo ?? '';
  const prev = toks[m.i - 1]?.lo ?? '';
  // nominals with "of": "the murder of two policemen", "the arrest of 18 people", "deaths of 5"
  if (next === 'of' && /^(?:murder|murders|killing|killings|deaths?|massacre|assassination|arrest|arrests|detention|abduction|kidnapping|kidnappings|lynching|execution|beheading|injuries)$/.test(lo)) {
    return scanRight(toks, m.j + 1, nums);
  }
  // death toll: "the death toll rose to 12", "toll of 5"
  if (lo === 'death toll' || lo === 'toll') {
    for (let k = m.j; k < Math.min(toks.length, m.j + 6); k++) {
      const ns = nums.find((x) => x.from === k);
      if (ns) return { from: k, to: ns.to, left: false };
    }
    return null;
  }
  const nextIsNum = nums.some((x) => x.from === m.j);
  const gerund = /ing$/.test(lo.split(' ')[0]!) && !/^(?:killing|injuring|wounding|arresting)s$/.test(lo);
  const activeVerb = gerund || /^(?:kill|kills|murder|murders|behead|lynch|slaughter|assassinate|injure|injures|wound|abduct|abducts|kidnap|kidnaps|arrest|nab|detain|rape|raped|hijack|execute)$/.test(lo);
  const participle = !gerund && (m.participle || /ed$/.test(lo));
  if (activeVerb && !PASSIVE_AUX.has(prev) && !(participle && !ACTIVE_OBJ_START.has(next) && !/^\d/.test(next) && !nextIsNum)) {
    if (ACTIVE_OBJ_START.has(next) || /^\d/.test(next) || nextIsNum || PERSON_NOUNS.has(next) || toks[m.j]?.cap || QUOTES.has(next)) return scanRight(toks, m.j, nums);
    return null;
  }
  if (participle) {
    // active use: "militants killed seven people", "police arrested 18", "fatally wounding two"
    const aux = PASSIVE_AUX.has(prev) || AUX_WORDS.has(prev) && PASSIVE_AUX.has(toks[m.i - 2]?.lo ?? '');
    if (!aux && (ACTIVE_OBJ_START.has(next) || /^\d/.test(next) || nextIsNum || (toks[m.j]?.cap && !['In', 'At', 'On', 'Near'].includes(toks[m.j]!.t))) && !['dead', 'died', 'dies', 'casualties', 'fatalities', 'deaths', 'death', 'injuries'].includes(lo)) {
      const r = scanRight(toks, m.j, nums);
      if (r && r.to > r.from) return r;
    }
    return scanLeft(toks, m.i, nums);
  }
  // nouns like "deaths", "injuries", "casualties" preceded by a number: "5 deaths", "no injuries"
  return scanLeft(toks, m.i, nums);
}

function scanLeft(toks: ETok[], i: number, nums: NumSpan[]): { from: number; to: number; left: boolean } | null {
  let k = i - 1;
  while (k >= 0 && (AUX_WORDS.has(toks[k]!.lo) && toks[k]!.lo !== 'left' || QUOTES.has(toks[k]!.lo))) k--;
  // "left 3 dead" / "leaving 4 injured" keep the number before the participle
  const end = k + 1;
  let depth = 0;
  while (k >= 0) {
    const t = toks[k]!;
    if (t.lo === ')') { depth++; k--; continue; }
    if (t.lo === '(') { if (depth > 0) { depth--; k--; continue; } break; }
    if (depth > 0) { k--; continue; }
    if (QUOTES.has(t.lo)) { k--; continue; }
    const inNum = nums.find((x) => x.from <= k && k < x.to);
    if (inNum) { k = inNum.from - 1; continue; }
    if (LEFT_STOP.has(t.lo) || SPEECH.has(t.lo) && k < end - 1) break;
    if (t.lo === ',' && k > 0 && (LEFT_STOP.has(toks[k - 1]!.lo) || toks[k - 1]!.cap === false && /(?:ed|ing)$/.test(toks[k - 1]!.lo) && !PERSON_NOUNS.has(toks[k - 1]!.lo))) break;
    k--;
    if (end - k > 18) break;
  }
  if (end - (k + 1) <= 0) return null;
  return { from: k + 1, to: end, left: true };
}

function scanRight(toks: ETok[], j: number, nums: NumSpan[]): { from: number; to: number; left: boolean } | null {
  let k = j;
  while (k < toks.length) {
    const t = toks[k]!;
    if (QUOTES.has(t.lo)) { k++; continue; }
    const inNum = nums.find((x) => x.from <= k && k < x.to);
    if (inNum) { k = inNum.to; continue; }
    if (RIGHT_STOP.has(t.lo) && !(t.lo === 'at' && toks[k + 1]?.lo === 'least') && !(t.lo === 'to' && /^\d/.test(toks[k + 1]?.lo ?? '') && k > j)) break;
    // a list goes on after a comma: "including ...", numbers, "his wife", or a name (mixed-case text)
    if (t.lo === ',' && !['including', 'among', 'mostly', 'most', 'all', 'both', 'one', 'two', 'three', 'his', 'her', 'their'].includes(toks[k + 1]?.lo ?? '') && !/^\d/.test(toks[k + 1]?.lo ?? '') && !(toks[j]?.cap && toks[k + 1]?.cap)) break;
    if (t.lo === 'and' && !(NP_START.has(toks[k + 1]?.lo ?? '') || /^\d/.test(toks[k + 1]?.lo ?? '') || PERSON_NOUNS.has(toks[k + 1]?.lo ?? ''))) break;
    if (t.lo === 'and' && /(?:ing|ed)$/.test(toks[k + 1]?.lo ?? '') && !PERSON_NOUNS.has(toks[k + 1]!.lo)) break;
    if (t.lo === 'and' && (OUTCOME_WORDS.has(toks[k + 1]?.lo ?? '') || OUTCOME_WORDS.has(toks[k + 2]?.lo ?? '') && !PERSON_NOUNS.has(toks[k + 2]!.lo))) break;
    k++;
    if (k - j > 18) break;
  }
  if (k <= j) return null;
  return { from: j, to: k, left: false };
}

/** Count candidate for one outcome mention, or null when the text gives no figure. */
export function countMention(m: Mention, nums: NumSpan[]): CountCand | null {
  const field = FIELD_OF[m.cls];
  if (!field) return null;
  const toks = m.sent.toks;
  const prev = toks[m.i - 1]?.lo ?? '';
  const prev2 = toks[m.i - 2]?.lo ?? '';
  const base = { field, sent: m.sent.index, additive: false, update: false, perpetrators: false } as const;
  // explicit zero: "no casualties", "no injuries", "without casualties", "not injured"
  if ((prev === 'no' || prev === 'without' || prev === 'any' && (prev2 === 'without' || prev2 === 'no' || prev2 === 'not') || prev === 'not' && m.participle) && !/^(?:killing|injuring)$/.test(m.phrase)) {
    const c: CountCand = { ...base, total: 0, low: 0, high: 0, groups: [], zero: true, s: toks[Math.max(0, m.i - 1)]!.s, e: m.e, npFrom: m.i, npTo: m.i };
    return c;
  }
  // "Two of the wounded were in critical condition": part of a count given elsewhere, not a count
  if (prev === 'the' && prev2 === 'of' && nums.some((n) => n.to === m.i - 2)) return null;
  const span = victimSpan(m, nums);
  if (!span) return null;
  const acled = field === 'fatalities';
  let { groups, zero } = groupsIn(m.sent, span.from, span.to, nums, acled);
  if (!groups.length && !zero) {
    // a named person or a titled one: "killed John Gordon Mein", "killing Colonel Paul Bloomquist"
    if (!span.left && !m.sent.upper && toks[span.from]?.cap && !toks.slice(span.from, span.to).some((t) => PERSON_NOUNS.has(t.lo) && !isSingularPerson(t.lo))) {
      // "killing Bhat, his wife and Noor-ud-Din Gujri": one per listed name or singular person
      let n = 0;
      let segHasPerson = false;
      for (let k = span.from; k <= span.to; k++) {
        const t = toks[k];
        if (k === span.to || t!.lo === ',' || t!.lo === 'and') { if (segHasPerson) n++; segHasPerson = false; continue; }
        if (t!.cap || isSingularPerson(t!.lo)) segHasPerson = true;
      }
      n = Math.max(1, n);
      groups = [{ value: n, low: n, high: n, who: toks.slice(span.from, Math.min(span.to, span.from + 6)).map((t) => t.t).join(' '), subset: false, perpetrator: false }];
    } else if (span.left) {
      // the sentence's subject when a relative clause sits between it and the verb ("Five workers who were ... were murdered")
      let k = 0;
      while (k < m.i && !['who', 'which', 'that', ','].includes(toks[k]!.lo)) k++;
      if (k < m.i && k > 0) ({ groups } = groupsIn(m.sent, 0, k, nums, acled));
      // "X was killed": a singular passive names one victim
      const aux = toks.slice(Math.max(0, m.i - 3), m.i).map((t) => t.lo);
      if (!groups.length && aux.includes('was') && !aux.includes('were') && (m.cls === 'kill' || m.cls === 'injure' || m.cls === 'abduct' || m.cls === 'arrest')) {
        groups = [{ value: 1, low: 1, high: 1, who: 'one person', subset: false, perpetrator: false }];
      }
    }
  }
  const s = Math.min(toks[span.from]!.s, m.s);
  const e = Math.max(toks[span.to - 1]!.e, m.e);
  let additive = false;
  for (let k = span.from; k < span.to; k++) if (['more', 'another', 'additional', 'further', 'separately'].includes(toks[k]!.lo)) additive = true;
  const update = m.phrase === 'death toll' || m.phrase === 'toll' || toks.slice(Math.max(0, m.i - 3), m.j + 3).some((t) => ['rose', 'risen', 'climbed', 'reached', 'increased', 'mounted', 'jumped'].includes(t.lo));
  if (zero && !groups.length) return { ...base, total: 0, low: 0, high: 0, groups: [], zero: true, s, e, npFrom: span.from, npTo: span.to, additive, update };
  if (!groups.length) return null;
  const main = groups.filter((g) => !g.subset);
  const sub = groups.filter((g) => g.subset);
  const counted = main.length ? main : sub;
  const total = counted.reduce((a, g) => a + g.value, 0);
  const low = counted.reduce((a, g) => a + g.low, 0);
  const high = counted.reduce((a, g) => a + g.high, 0);
  // breakdown: the listed groups; a subset ("including five members of security forces") plus the rest
  let breakdown = counted;
  if (main.length && sub.length) {
    const subTotal = sub.reduce((a, g) => a + g.value, 0);
    breakdown = subTotal < total ? [...sub, { value: total - subTotal, low: total - subTotal, high: total - subTotal, who: 'others', subset: true, perpetrator: false }] : sub;
  }
  return {
    ...base, total, low, high, groups: breakdown, zero: false, s, e, npFrom: span.from, npTo: span.to, additive, update,
    perpetrators: groups.some((g) => g.perpetrator),
  };
}
