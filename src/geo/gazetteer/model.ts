/**
 * The in-memory gazetteer: places in column arrays plus a hashed index from folded name keys
 * (see ../fold.ts) to place numbers, sorted by prior importance. Built by ./build.ts, cached as
 * one JSON file by ./cache.ts.
 */

/** What a record stands for; decides its rank against same-name records. */
export const Kind = {
  country: 0,
  admin1: 1,
  admin2: 2,
  place: 3,
  region: 4,
  continent: 5,
  other: 6,
} as const;
export type KindCode = (typeof Kind)[keyof typeof Kind];

export interface GazetteerMeta {
  format: number;
  built: string;
  sources: string[];
  /** User-supplied GeoNames files merged in (kept so a rebuild can redo them). */
  extra_files: string[];
}

/** A read-only column of strings: a plain array, one big string with offsets, or a dictionary. */
export interface StringColumn {
  readonly length: number;
  get(i: number): string;
  equals(i: number, s: string): boolean;
}

export class ArrayColumn implements StringColumn {
  constructor(readonly values: string[]) {}
  get length(): number {
    return this.values.length;
  }
  get(i: number): string {
    return this.values[i]!;
  }
  equals(i: number, s: string): boolean {
    return this.values[i] === s;
  }
}

/** Values joined by "\n" in one string; starts[i] is where value i begins (starts[n] = blob length + 1). */
export class BlobColumn implements StringColumn {
  constructor(readonly blob: string, readonly starts: Int32Array) {}
  get length(): number {
    return this.starts.length - 1;
  }
  get(i: number): string {
    return this.blob.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }
  equals(i: number, s: string): boolean {
    const a = this.starts[i]!;
    if (this.starts[i + 1]! - 1 - a !== s.length) return false;
    const b = this.blob;
    for (let k = 0; k < s.length; k++) if (b.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
    return true;
  }
}

/** Few distinct values: a dictionary and one code per row. */
export class DictColumn implements StringColumn {
  constructor(readonly dict: string[], readonly codes: Int32Array) {}
  get length(): number {
    return this.codes.length;
  }
  get(i: number): string {
    return this.dict[this.codes[i]!]!;
  }
  equals(i: number, s: string): boolean {
    return this.dict[this.codes[i]!] === s;
  }
}

export type Strings = string[] | StringColumn;

export function column(x: Strings): StringColumn {
  return Array.isArray(x) ? new ArrayColumn(x) : x;
}

/** All values of a column as an array. */
export function columnValues(x: Strings): string[] {
  if (Array.isArray(x)) return x;
  const out: string[] = [];
  for (let i = 0; i < x.length; i++) out.push(x.get(i));
  return out;
}

/** The gazetteer's tables (what the cache file holds). Column arrays, one entry per place. */
export interface GazetteerData {
  meta: GazetteerMeta;
  id: Int32Array;
  name: Strings;
  lat: Float64Array;
  lon: Float64Array;
  kind: Uint8Array;
  fcode: Strings;
  cc: Strings;
  a1: Strings;
  a2: Strings;
  pop: Float64Array;
  /** Prior importance used to order postings. */
  prior: Float32Array;
  /** Folded name keys; postings of keys[k] are posts[postStart[k] .. postStart[k+1]). */
  keys: Strings;
  postStart: Int32Array;
  /** Place numbers, best first; a secondary name (bare county name, demoted admin unit) is stored as -(i+1). */
  posts: Int32Array;
  /** Open-addressing hash table over `keys` (FNV-1a, linear probing, -1 = empty; size a power of two). */
  keyTable: Int32Array;
  /** Folded demonym/adjective -> name of the place it refers to ("kazak" -> "Kazakhstan"). */
  demonymKeys: string[];
  demonymTargets: string[];
}

export interface Place {
  idx: number;
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  kind: KindCode;
  feature_code: string;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  population: number;
  prior: number;
}

const EMPTY = new Int32Array(0);

export class Gazetteer {
  readonly meta: GazetteerMeta;
  readonly size: number;
  private readonly d: GazetteerData;
  private readonly mask: number;
  private readonly demonymMap: Map<string, string>;
  private readonly demonymStarts = new Set<string>();
  private readonly countryByCc = new Map<string, number>();
  private readonly admin1ByCode = new Map<string, number>();

  private readonly nameC: StringColumn;
  private readonly keysC: StringColumn;
  private readonly fcodeC: StringColumn;
  private readonly ccC: StringColumn;
  private readonly a1C: StringColumn;
  private readonly a2C: StringColumn;

  constructor(d: GazetteerData) {
    this.d = d;
    this.nameC = column(d.name);
    this.keysC = column(d.keys);
    this.fcodeC = column(d.fcode);
    this.ccC = column(d.cc);
    this.a1C = column(d.a1);
    this.a2C = column(d.a2);
    this.meta = d.meta;
    this.size = d.id.length;
    this.mask = d.keyTable.length - 1;
    this.demonymMap = new Map();
    for (let k = 0; k < d.demonymKeys.length; k++) {
      const key = d.demonymKeys[k]!;
      this.demonymMap.set(key, d.demonymTargets[k]!);
      const sp = key.indexOf(' ');
      this.demonymStarts.add(sp < 0 ? key : key.slice(0, sp));
      if (sp < 0) this.demonymStarts.add(`${key}s`);
    }
    for (let i = 0; i < this.size; i++) {
      const k = d.kind[i];
      if (k === Kind.country && !this.countryByCc.has(this.ccC.get(i))) this.countryByCc.set(this.ccC.get(i), i);
      else if (k === Kind.admin1 && this.a1C.get(i)) {
        const code = `${this.ccC.get(i)}.${this.a1C.get(i)}`;
        const prev = this.admin1ByCode.get(code);
        if (prev === undefined || d.prior[prev]! < d.prior[i]!) this.admin1ByCode.set(code, i);
      }
    }
  }

  /** Place numbers for a folded key, best prior first (empty when unknown). */
  lookup(key: string): Int32Array {
    const k = this.keyIndex(key);
    if (k < 0) return EMPTY;
    return this.d.posts.subarray(this.d.postStart[k]!, this.d.postStart[k + 1]!);
  }

  /** Index of a key (a name or a word prefix of one), or -1. */
  keyIndex(key: string): number {
    const table = this.d.keyTable;
    const keys = this.keysC;
    let h = fnv1a(key) & this.mask;
    for (;;) {
      const k = table[h]!;
      if (k < 0) return -1;
      if (keys.equals(k, key)) return k;
      h = (h + 1) & this.mask;
    }
  }

  /** Postings of a key index (see keyIndex). */
  postings(k: number): Int32Array {
    return this.d.posts.subarray(this.d.postStart[k]!, this.d.postStart[k + 1]!);
  }

  has(key: string): boolean {
    return this.keyIndex(key) >= 0;
  }

  /** Name of the place a folded demonym or adjective refers to ("kazak" -> "Kazakhstan"), or undefined. */
  demonym(key: string): string | undefined {
    return this.demonymMap.get(key);
  }

  /** Could a demonym (or its plural) start with this folded word? */
  mayStartDemonym(word: string): boolean {
    return this.demonymStarts.has(word);
  }

  get keyCount(): number {
    return this.keysC.length;
  }

  country(cc: string): number | undefined {
    return this.countryByCc.get(cc);
  }

  admin1(cc: string, a1: string): number | undefined {
    return this.admin1ByCode.get(`${cc}.${a1}`);
  }

  kind(i: number): KindCode {
    return this.d.kind[i] as KindCode;
  }
  lat(i: number): number {
    return this.d.lat[i]!;
  }
  lon(i: number): number {
    return this.d.lon[i]!;
  }
  cc(i: number): string {
    return this.ccC.get(i);
  }
  a1(i: number): string {
    return this.a1C.get(i);
  }
  a2(i: number): string {
    return this.a2C.get(i);
  }
  pop(i: number): number {
    return this.d.pop[i]!;
  }
  prior(i: number): number {
    return this.d.prior[i]!;
  }
  fcode(i: number): string {
    return this.fcodeC.get(i);
  }
  name(i: number): string {
    return this.nameC.get(i);
  }
  geonameid(i: number): number | null {
    const v = this.d.id[i]!;
    return v > 0 ? v : null;
  }

  place(i: number): Place {
    const d = this.d;
    return {
      idx: i,
      geonameid: this.geonameid(i),
      name: this.name(i),
      lat: d.lat[i]!,
      lon: d.lon[i]!,
      kind: d.kind[i] as KindCode,
      feature_code: this.fcode(i),
      country: this.cc(i) || null,
      admin1: this.a1(i) || null,
      admin2: this.a2(i) || null,
      population: d.pop[i]!,
      prior: d.prior[i]!,
    };
  }

  /** Name of the admin-1 unit a place lies in ("Louisiana"), else its code. */
  admin1Name(i: number): string | null {
    const hit = this.a1NameCache.get(i);
    if (hit !== undefined) return hit;
    const v = this.computeAdmin1Name(i);
    if (this.a1NameCache.size > 100_000) this.a1NameCache.clear();
    this.a1NameCache.set(i, v);
    return v;
  }

  private readonly a1NameCache = new Map<number, string | null>();

  private computeAdmin1Name(i: number): string | null {
    const cc = this.cc(i);
    const a1 = this.a1(i);
    if (!cc || !a1) return null;
    if (this.d.kind[i] === Kind.admin1) return this.name(i);
    const j = this.admin1ByCode.get(`${cc}.${a1}`);
    return j === undefined ? a1 : this.name(j);
  }
}

/** 32-bit FNV-1a over UTF-16 code units (the key table's hash). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Build the open-addressing table for a key list (load factor <= 0.5). */
export function buildKeyTable(keys: string[]): Int32Array {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < keys.length; k++) {
    let h = fnv1a(keys[k]!) & mask;
    while (table[h]! >= 0) h = (h + 1) & mask;
    table[h] = k;
  }
  return table;
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const R = 6371.0088;
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}
