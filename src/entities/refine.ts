/**
 * The rule layer over the statistical recogniser: CoNLL types (PER, ORG, LOC, MISC) become sitrep's
 * richer ones, and names the model missed are added from word lists and cues.
 *  - LOC -> GPE for countries, cities and other political units; LOC stays for regions and natural
 *    or built places ("Central Asia", "Syr Darya River", "Tahrir Square").
 *  - MISC -> NORP for nationalities, religions, ethnic and political groups ("Kazakh", "Islamist").
 *  - ORG -> GROUP for armed or militant groups: known names, name words ("Jund", "Brigades",
 *    "Liberation Army") or cues ("a group calling itself X", "X claimed responsibility").
 * Types map back to CoNLL with toConllType (GPE->LOC, NORP->MISC, GROUP->ORG).
 */
import type { EntityType } from '../types.js';
import { bigCityNames, countryGazetteer } from './gazetteer.js';
import {
  ARMED_GROUP_NAMES, ARMED_NAME_PATTERNS, ARMED_NAME_WORDS, GEO_FEATURE_WORDS, GROUP_CUE_AFTER, GROUP_CUE_BEFORE,
  NORP_WORDS, PERSON_TITLES, PLATFORMS, REGION_NAMES,
} from './lexicon/types.js';
import { tokenize } from '../text/tokenize.js';

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export function toConllType(t: EntityType): ConllType {
  switch (t) {
    case 'GPE': case 'LOC': return 'LOC';
    case 'NORP': case 'MISC': return 'MISC';
    case 'GROUP': case 'ORG': return 'ORG';
    default: return 'PER';
  }
}

/** A name over tokens [start, end) of one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  score?: number;
}

interface Lists {
  norp: Set<string>;
  groups: Map<string, string[][]>;
  /** Cues before a name, by their last word. */
  cuesBeforeByLast: Map<string, string[][]>;
  cuesAfter: string[][];
}

let lists: Lists | null = null;
function getLists(): Lists {
  if (lists) return lists;
  const norp = new Set<string>();
  for (const w of NORP_WORDS) {
    norp.add(w);
    norp.add(w.endsWith('s') ? w : w + 's');
  }
  const groups = new Map<string, string[][]>();
  for (const name of ARMED_GROUP_NAMES) {
    const toks = tokenize(name).map((t) => t.text);
    const k = toks[0]!.toLowerCase();
    const l = groups.get(k) ?? [];
    l.push(toks);
    l.sort((a, b) => b.length - a.length);
    groups.set(k, l);
  }
  const split = (p: string): string[] => p.split(' ');
  const cuesBeforeByLast = new Map<string, string[][]>();
  for (const c of GROUP_CUE_BEFORE.map(split)) {
    const last = c[c.length - 1]!;
    cuesBeforeByLast.set(last, [...(cuesBeforeByLast.get(last) ?? []), c]);
  }
  lists = { norp, groups, cuesBeforeByLast, cuesAfter: GROUP_CUE_AFTER.map(split) };
  return lists;
}

/** "KAZAKH" -> "Kazakh" (headlines in capitals); other words unchanged. */
function titleCased(w: string): string {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w[0] + w.slice(1).toLowerCase() : w;
}

const norpMemo = new Map<string, boolean>();
function isNorpWord(w: string): boolean {
  let v = norpMemo.get(w);
  if (v === undefined) {
    const t = titleCased(w);
    v = getLists().norp.has(t) || isDemonym(t);
    if (norpMemo.size > 50_000) norpMemo.clear();
    norpMemo.set(w, v);
  }
  return v;
}

function isDemonym(w: string): boolean {
  return !!countryGazetteer().typesOf(titleCased(w))?.has('demonym');
}

/** Does `phrase` end at lows[i - 1]? (`lows`: the sentence's words in lower case) */
function endsWithAt(lows: string[], i: number, phrase: string[]): boolean {
  const n = phrase.length;
  if (i - n < 0) return false;
  for (let k = 0; k < n; k++) if (lows[i - n + k] !== phrase[k]) return false;
  return true;
}

/** Does a group cue ("a group calling itself") end right before words[i]? */
function cueBefore(lows: string[], i: number): boolean {
  if (i === 0) return false;
  const list = getLists().cuesBeforeByLast.get(lows[i - 1]!);
  return !!list && list.some((c) => endsWithAt(lows, i, c));
}

function startsAt(lows: string[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > lows.length) return false;
  for (let k = 0; k < phrase.length; k++) if (lows[i + k] !== phrase[k]) return false;
  return true;
}

const CONNECTORS = new Set(['al', 'al-', 'el', 'ul', 'e', 'i', 'de', 'of', 'the', 'for', 'bin', 'ibn', 'wal', 'wa', 'fi', 'bilad', "'s"]);
const isCap = (w: string): boolean => /^[\p{Lu}\p{Lt}]/u.test(w) || /^(?:al|el|ul|ad|ash|as|at|an|ar|az)-\p{Lu}/u.test(w);

/** The capitalised name starting at words[i] ("Katibat al-Furqan"), as an end index, or i when none. */
function nameRunFrom(words: string[], i: number): number {
  let j = i;
  if (words[j] === '"' || words[j] === '“') j++;
  const start = j;
  while (j < words.length && (isCap(words[j]!) || (j > start && CONNECTORS.has(words[j]!.toLowerCase()) && j + 1 < words.length && isCap(words[j + 1]!)))) j++;
  return j > start ? j : i;
}

function armedName(words: string[], s: TokenSpan): boolean {
  const text = words.slice(s.start, s.end).join(' ');
  for (let k = s.start; k < s.end; k++) {
    const w = words[k]!.toLowerCase();
    if (ARMED_NAME_WORDS.has(w) || ARMED_NAME_WORDS.has(w.replace(/^(al|el|ul)-/, ''))) return true;
  }
  return ARMED_NAME_PATTERNS.some((re) => re.test(text));
}

function refineOne(words: string[], lows: string[], s: TokenSpan): EntityType {
  const L = getLists();
  const name = words.slice(s.start, s.end);
  const text = name.join(' ');
  const low = text.toLowerCase();
  const g = L.groups.get(name[0]!.toLowerCase());
  if (g?.some((p) => p.length === name.length && p.every((x, k) => x.toLowerCase() === name[k]!.toLowerCase()))) return 'GROUP';
  if (name.length === 1 && PLATFORMS.has(name[0]!)) return 'ORG';
  switch (s.type) {
    case 'LOC': {
      // "Central Asian", "Sub-Saharan African": an adjective of people, not a place
      if (isNorpWord(name[name.length - 1]!) && !countryGazetteer().typesOf(text)?.has('country')) return 'NORP';
      if (REGION_NAMES.has(low) || REGION_NAMES.has(low.replace(/^the /, ''))) return 'LOC';
      const types = countryGazetteer().typesOf(text);
      if (types?.has('country') || types?.has('city')) return 'GPE';
      if (types?.has('region')) return 'LOC';
      if (name.length > 1 && GEO_FEATURE_WORDS.has(name[name.length - 1]!.toLowerCase())) return 'LOC';
      return 'GPE';
    }
    case 'MISC':
      if (name.length === 1 && isNorpWord(name[0]!)) return 'NORP';
      if (name.length === 2 && isNorpWord(name[0]!) && isNorpWord(name[1]!)) return 'NORP'; // "Sunni Muslims"
      return 'MISC';
    case 'ORG':
      if (armedName(words, s)) return 'GROUP';
      if (cueBefore(lows, s.start)) return 'GROUP';
      if (L.cuesAfter.some((c) => startsAt(lows, s.end, c))) return 'GROUP';
      return 'ORG';
    case 'PER':
      if (name.length === 1 && isNorpWord(name[0]!)) return 'NORP'; // "Muslim" read as a name
      // "Police in Bishkek said": a lone word that names a big city or a country, with no title
      // before it, is the place (a full name nearby turns it back: see propagatePersonNames)
      if (name.length === 1 && !(s.start > 0 && PERSON_TITLES.has(lows[s.start - 1]!))) {
        const types = countryGazetteer().typesOf(text);
        if (types?.has('country') || bigCityNames().has(text)) return 'GPE';
      }
      return 'PER';
    default:
      return s.type;
  }
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Refine the types of one sentence's names and add the ones found by rules.
 * `words`: the sentence's tokens as written; `spans`: the recogniser's names (CoNLL types);
 * `opts.lows`: the words in lower case, when the caller has them.
 */
export function refineSentence(words: string[], spans: TokenSpan[], opts: { titleCase?: boolean; lows?: string[] } = {}): TokenSpan[] {
  const L = getLists();
  const lows = opts.lows ?? words.map((w) => w.toLowerCase());
  const out: TokenSpan[] = spans.map((s) => ({ ...s, type: refineOne(words, lows, s) }));
  const add = (s: TokenSpan, replace: boolean): void => {
    const clash = out.filter((o) => overlaps(o, s));
    if (clash.length && !replace) return;
    for (const c of clash) out.splice(out.indexOf(c), 1);
    out.push(s);
  };
  for (let i = 0; i < words.length; i++) {
    // "a group calling itself Katibat al-Furqan"
    if (i > 0 && cueBefore(lows, i)) {
      const j = nameRunFrom(words, i);
      if (j > i) {
        const start = words[i] === '"' || words[i] === '“' ? i + 1 : i;
        const inside = out.filter((o) => overlaps(o, { start, end: j, type: 'GROUP' }));
        // keep a longer recognised name that already covers the run
        if (!inside.some((o) => o.start <= start && o.end >= j && o.type === 'GROUP')) add({ start, end: j, type: 'GROUP', score: 0.9 }, true);
      }
    }
    // known armed groups the model missed
    const g = L.groups.get(lows[i]!);
    if (g) {
      for (const p of g) {
        if (i + p.length > words.length) continue;
        let ok = true;
        for (let k = 0; k < p.length && ok; k++) {
          const w = words[i + k]!;
          ok = w === p[k] || w === p[k]!.toUpperCase() || (w.toLowerCase() === p[k]!.toLowerCase() && /^\p{Lu}/u.test(w));
        }
        if (ok) { add({ start: i, end: i + p.length, type: 'GROUP', score: 0.9 }, false); break; }
      }
    }
    // nationalities and religious or political groups the model left out ("Islamist militants")
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    // (in a title-case headline every word is capitalised: only demonyms count there)
    // (the cheap test first: most capitalised words are inside a name already)
    if (((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(w))) && !out.some((o) => o.start <= i && o.end > i) && (opts.titleCase ? isDemonym(w) : isNorpWord(w))) add({ start: i, end: i + 1, type: 'NORP', score: 0.8 }, false);
  }
  return out.sort((a, b) => a.start - b.start);
}
