/**
 * Evaluation suite 'events' (`npm run eval -- events [--limit N] [--verbose]`).
 *
 * Everything runs end to end from text through createPipeline() (text -> entities -> time -> geo ->
 * events). Sets (all under ctx.dataDir, never copied into the repository):
 *   seed       the Reuters seed article, coded by a person (data/README.md): six events.
 *   acled      events/acled_asia_2015.csv: NOTES in, publication = the day after EVENT_DATE.
 *   rand       events/rand_rdwti_1968_1999.csv: Description in, publication = the day after Date.
 *   case2021   events/case2021_task2_dev.tsv: snippet sub-event types.
 *   wikievents events/wikievents/dev.jsonl: recall of attack/bombing/killing/arrest mentions.
 *   muc4       events/muc4/dev: recall of attack/bombing/kidnapping/arson incidents, deaths.
 *
 * Comparing a note's predicted events with its one gold event: the note's PRIMARY event is the
 * first current, asserted event in text order (by its first trigger); failing that the first
 * asserted event; failing that the note has no prediction (type wrong, fatalities 0, no place, no
 * date). All figures per note use the primary event only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../article/index.js';
import { LEGACY_TYPE_MAP } from '../events/taxonomy.js';
import { currentGazetteer, loadGazetteer, type Gazetteer } from '../geo/index.js';
import { tokenKey } from '../geo/recognize.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import type { EventRecord } from '../types.js';
import type { EvalContext, MetricRow, Suite, SuiteResult } from './types.js';

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c;
    i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function records(text: string): Record<string, string>[] {
  const rows = parseCsv(text);
  const head = rows[0]!.map((h) => h.replace(/^\uFEFF/, '').trim());
  return rows.slice(1).filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const MONTHS: Record<string, number> = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin((bLat - aLat) * r / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin((bLon - aLon) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The primary event of a note (see the header). */
export function primaryEvent(events: EventRecord[]): EventRecord | null {
  const firstAt = (e: EventRecord): number => Math.min(...e.evidence.filter((x) => x.field === 'trigger').map((x) => x.start_char), Infinity);
  const sorted = [...events].sort((a, b) => firstAt(a) - firstAt(b));
  return sorted.find((e) => e.status === 'current' && (e.modality ?? 'asserted') === 'asserted')
    ?? sorted.find((e) => (e.modality ?? 'asserted') === 'asserted') ?? null;
}

function ratio(a: number, b: number): number {
  return b ? +(a / b).toFixed(4) : 0;
}

function clip(s: string, n = 150): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function describe(e: EventRecord | null): string {
  if (!e) return 'no event';
  return `${e.subtype}/${e.status} fat=${e.fatalities?.best ?? '-'} inj=${e.injured?.best ?? '-'} date=${e.date?.start ?? '-'}(${e.date?.basis ?? ''}) loc=${e.location?.name ?? '-'}`;
}

interface Worst { score: number; line: string }

function worstBlock(title: string, ws: Worst[]): string {
  const top = ws.sort((a, b) => b.score - a.score).slice(0, 20);
  return `\n### ${title}: ${top.length} worst errors\n${top.map((w, i) => `${String(i + 1).padStart(2)}. ${w.line}`).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// seed
// ---------------------------------------------------------------------------------------------

interface SeedGold {
  what: string;
  types: string[];
  status: 'current' | 'background';
  date: string;
  precision: string;
  lat: number;
  lon: number;
  fatalities: number;
}

/** The person-coded events of data/README.md; Burunday/Boraldai and Almaty, Taraz, Aktobe, Atyrau coordinates from GeoNames. */
const SEED_GOLD: SeedGold[] = [
  { what: 'Boraldai shootout', types: ['battles'], status: 'current', date: '2011-12-03', precision: 'day', lat: 43.3578, lon: 76.8587, fatalities: 7 },
  { what: 'two policemen murdered in Almaty', types: ['battles', 'violence_against_civilians'], status: 'background', date: '2011-11', precision: 'month', lat: 43.25, lon: 76.9167, fatalities: 2 },
  { what: 'Taraz attack', types: ['battles', 'violence_against_civilians'], status: 'background', date: '2011-11', precision: 'month', lat: 42.9, lon: 71.3667, fatalities: 7 },
  { what: 'Aktobe suicide bombing', types: ['explosions_remote_violence'], status: 'background', date: '2011-05', precision: 'month', lat: 50.2797, lon: 57.2072, fatalities: 1 },
  { what: 'arrest of 18 in Atyrau', types: ['strategic_developments'], status: 'background', date: '2011-08', precision: 'month', lat: 47.1167, lon: 51.8833, fatalities: 0 },
  { what: 'two blasts in Atyrau', types: ['explosions_remote_violence'], status: 'background', date: '2011-10-31', precision: 'day', lat: 47.1167, lon: 51.8833, fatalities: 1 },
];

async function runSeed(p: Pipeline, dataDir: string, rows: MetricRow[], details: string[]): Promise<void> {
  const path = join(dataDir, 'seed', 'reuters-2011-12-04-kazakhstan.txt');
  if (!existsSync(path)) return;
  const { readInputs } = await import('../article/index.js');
  let events: EventRecord[] = [];
  for (const r of readInputs([path])) if (r.ok) events = p.process(r.article).events;
  const used = new Set<EventRecord>();
  let found = 0;
  const checks = { type: 0, status: 0, date: 0, place: 0, fatalities: 0 };
  const lines: string[] = [];
  for (const g of SEED_GOLD) {
    const dist = (e: EventRecord): number => e.location ? km(e.location.lat, e.location.lon, g.lat, g.lon) : Infinity;
    const cands = events.filter((e) => !used.has(e) && (e.modality ?? 'asserted') === 'asserted' && dist(e) <= 25 && e.date && e.date.start.startsWith(g.date.slice(0, 7)));
    const e = cands.sort((a, b) => Number(g.types.includes(b.type)) - Number(g.types.includes(a.type)))[0] ?? null;
    if (!e) { lines.push(`MISSING ${g.what}`); continue; }
    used.add(e);
    found++;
    const ok = {
      type: g.types.includes(e.type),
      status: e.status === g.status,
      date: e.date!.precision === g.precision && e.date!.start.startsWith(g.date),
      place: dist(e) <= 25,
      fatalities: (e.fatalities?.best ?? 0) === g.fatalities,
    };
    for (const k of Object.keys(ok) as (keyof typeof ok)[]) if (ok[k]) checks[k]++;
    const bad = Object.entries(ok).filter(([, v]) => !v).map(([k]) => k);
    lines.push(`${bad.length ? 'WRONG ' + bad.join(',') : 'ok'}  ${g.what}: ${describe(e)}`);
  }
  const extras = events.filter((e) => !used.has(e) && (e.modality ?? 'asserted') === 'asserted' && e.type !== 'strategic_developments');
  for (const e of extras) lines.push(`EXTRA ${describe(e)} — ${e.summary}`);
  const n = SEED_GOLD.length;
  rows.push({ dataset: 'seed', metric: 'events_found', value: ratio(found, n), bar: 1, n });
  for (const k of Object.keys(checks) as (keyof typeof checks)[]) rows.push({ dataset: 'seed', metric: `${k}_correct`, value: ratio(checks[k], n), bar: 1, n });
  rows.push({ dataset: 'seed', metric: 'extra_events', value: extras.length, bar: 1, higherIsBetter: false, n: events.length });
  details.push(`\n### seed\n${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// ACLED 2015
// ---------------------------------------------------------------------------------------------

function acledDate(s: string): string | null {
  const m = /^(\d{1,2})-([A-Za-z]+)-(\d{4})$/.exec(s.trim());
  if (!m) return null;
  return isoDay(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 1, Number(m[1]));
}

/**
 * Whether any gazetteer record within `radius` km of (lat, lon) is named by a capitalised sequence of
 * one to three words of `text` (its own name or an alternate name, folded as the geo stage folds):
 * the most any resolver could do with this gazetteer on this text.
 */
export function gazetteerReaches(g: Gazetteer, text: string, lat: number, lon: number, radius = 25): boolean {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/[.'’-]+$/, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const parts: string[] = [];
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      parts.push(tokenKey(words[i + n]!));
      const ki = g.keyIndex(parts.join(' '));
      if (ki < 0) break;
      for (const c of g.postings(ki)) {
        const at = c < 0 ? -c - 1 : c;
        if (km(g.lat(at), g.lon(at), lat, lon) <= radius) return true;
      }
    }
  }
  return false;
}

async function runAcled(p: Pipeline, ctx: EvalContext, rows: MetricRow[], details: string[]): Promise<void> {
  const path = join(ctx.dataDir, 'events', 'acled_asia_2015.csv');
  if (!existsSync(path)) return;
  let recs = records(readFileSync(path, 'utf8'));
  if (ctx.limit) recs = recs.slice(0, ctx.limit);
  const g = currentGazetteer() ?? await loadGazetteer();
  let locCeiling = 0;
  let precN = 0, precOk = 0;
  let n = 0, typeOk = 0, fatOk = 0, locOk = 0, locOracle = 0, dateN = 0, dateOk = 0, dateTextN = 0, dateTextOk = 0, none = 0;
  const byType = new Map<string, [number, number]>();
  const bins = Array.from({ length: 5 }, () => [0, 0]);
  const worst: Worst[] = [];
  for (const r of recs) {
    const day = acledDate(r.EVENT_DATE ?? '');
    if (!day || !r.NOTES) continue;
    n++;
    const doc = p.analyze(articleFromText(r.NOTES, { published: `${addDays(day, 1)}T12:00:00Z`, id: r.EVENT_ID_CNTY }));
    const events = doc.events;
    const e = primaryEvent(events);
    if (!e) none++;
    const okTypes = LEGACY_TYPE_MAP[r.EVENT_TYPE ?? ''] ?? [];
    const tOk = !!e && okTypes.includes(e.type);
    const goldFat = Number(r.FATALITIES) || 0;
    const predFat = e?.fatalities?.best ?? 0;
    const fOk = predFat === goldFat;
    const lat = Number(r.LATITUDE);
    const lon = Number(r.LONGITUDE);
    const dist = e?.location ? km(e.location.lat, e.location.lon, lat, lon) : Infinity;
    const lOk = dist <= 25;
    // upper bound set by the geo stage: some place it found in the note lies within 25 km
    if (doc.toponyms.some((t) => km(t.lat, t.lon, lat, lon) <= 25)) locOracle++;
    // upper bound set by the gazetteer: some record named in the note lies within 25 km
    if (gazetteerReaches(g, r.NOTES, lat, lon)) locCeiling++;
    // ACLED's geo-precision (1 town, 2 near it or part of a region, 3 region) of notes whose place is right
    if (lOk && e?.location) { precN++; if (String(e.location.precision) === r.GEO_PRECISION) precOk++; }
    let dOk = true;
    if (r.TIME_PRECISION === '1') {
      dateN++;
      dOk = !!e?.date && e.date.start === day;
      if (dOk) dateOk++;
      if (e?.date?.basis === 'text') { dateTextN++; if (dOk) dateTextOk++; }
    }
    if (tOk) typeOk++;
    if (fOk) fatOk++;
    if (lOk) locOk++;
    const bt = byType.get(r.EVENT_TYPE!) ?? [0, 0];
    bt[0]++;
    if (tOk) bt[1]++;
    byType.set(r.EVENT_TYPE!, bt);
    if (e) { const b = Math.min(4, Math.floor(e.confidence * 5)); bins[b]![0]++; if (tOk) bins[b]![1]++; }
    const score = (tOk ? 0 : 3) + Math.min(5, Math.abs(predFat - goldFat)) + (lOk ? 0 : 1) + (dOk ? 0 : 1);
    if (score >= 2) worst.push({ score, line: `${r.EVENT_ID_CNTY} gold ${r.EVENT_TYPE} fat=${goldFat} ${r.LOCATION} ${day} | pred ${describe(e)} (${dist === Infinity ? '-' : dist.toFixed(0)} km)\n      ${clip(r.NOTES)}` });
  }
  rows.push({ dataset: 'acled-asia-2015', metric: 'type_acc', value: ratio(typeOk, n), bar: 0.8, n });
  rows.push({ dataset: 'acled-asia-2015', metric: 'fatalities_exact', value: ratio(fatOk, n), bar: 0.9, n });
  rows.push({ dataset: 'acled-asia-2015', metric: 'loc_acc@25km', value: ratio(locOk, n), bar: 0.7, n });
  rows.push({ dataset: 'acled-asia-2015', metric: 'loc_any_toponym@25km', value: ratio(locOracle, n), n });
  rows.push({ dataset: 'acled-asia-2015', metric: 'loc_gazetteer_ceiling@25km', value: ratio(locCeiling, n), n, gate: false });
  rows.push({ dataset: 'acled-asia-2015', metric: 'geo_precision_exact(place right)', value: ratio(precOk, precN), n: precN });
  rows.push({ dataset: 'acled-asia-2015', metric: 'date_exact(prec=1)', value: ratio(dateOk, dateN), bar: 0.9, n: dateN });
  rows.push({ dataset: 'acled-asia-2015', metric: 'date_exact(text-dated)', value: ratio(dateTextOk, dateTextN), n: dateTextN });
  rows.push({ dataset: 'acled-asia-2015', metric: 'no_event_rate', value: ratio(none, n), higherIsBetter: false, n });
  const per = [...byType].sort((a, b) => b[1][0] - a[1][0]).map(([t, [c, ok]]) => `  ${t.padEnd(44)} ${ok}/${c} = ${ratio(ok, c).toFixed(3)}`).join('\n');
  const cal = bins.map(([c, ok], i) => `  confidence ${(i / 5).toFixed(1)}-${((i + 1) / 5).toFixed(1)}: ${c} events, type correct ${ratio(ok!, c!).toFixed(3)}`).join('\n');
  details.push(`\n### acled-asia-2015 type accuracy by gold type\n${per}\n### acled-asia-2015 calibration (type correct by confidence)\n${cal}\n`);
  details.push(worstBlock('acled-asia-2015', worst));
}

// ---------------------------------------------------------------------------------------------
// RAND
// ---------------------------------------------------------------------------------------------

async function runRand(p: Pipeline, ctx: EvalContext, rows: MetricRow[], details: string[]): Promise<void> {
  const path = join(ctx.dataDir, 'events', 'rand_rdwti_1968_1999.csv');
  if (!existsSync(path)) return;
  let recs = records(readFileSync(path, 'utf8'));
  if (ctx.limit) recs = recs.slice(0, ctx.limit);
  let n = 0, fatOk = 0, injOk = 0, locN = 0, locOk = 0;
  const geocache = new Map<string, { lat: number; lon: number } | null>();
  const geocode = (city: string, country: string): { lat: number; lon: number } | null => {
    const key = `${city}|${country}`;
    if (!geocache.has(key)) {
      const doc = p.analyze(articleFromText(`${city}, ${country}`, {}));
      const t = doc.toponyms.find((x) => x.text.toLowerCase() === city.toLowerCase()) ?? null;
      geocache.set(key, t ? { lat: t.lat, lon: t.lon } : null);
    }
    return geocache.get(key)!;
  };
  const worst: Worst[] = [];
  for (const r of recs) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.Date ?? '') || !r.Description) continue;
    n++;
    const events = p.process(articleFromText(r.Description, { published: `${addDays(r.Date!, 1)}T12:00:00Z` })).events;
    const e = primaryEvent(events);
    const gf = Number(r.Fatalities) || 0;
    const gi = Number(r.Injuries) || 0;
    const pf = e?.fatalities?.best ?? 0;
    const pi = e?.injured?.best ?? 0;
    if (pf === gf) fatOk++;
    if (pi === gi) injOk++;
    let lOk = true;
    const city = (r.City ?? '').trim();
    if (city && r.Description.toLowerCase().includes(city.toLowerCase())) {
      locN++;
      const loc = e?.location;
      lOk = false;
      if (loc) {
        const nm = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
        if (nm(loc.name) === nm(city) || nm(loc.text) === nm(city)) lOk = true;
        else {
          const g = geocode(city, r.Country ?? '');
          if (g && km(g.lat, g.lon, loc.lat, loc.lon) <= 25) lOk = true;
        }
      }
      if (lOk) locOk++;
    }
    const score = Math.min(5, Math.abs(pf - gf)) + Math.min(5, Math.abs(pi - gi)) + (lOk ? 0 : 1);
    if (score >= 1) worst.push({ score, line: `${r.Date} ${city} gold fat=${gf} inj=${gi} | pred ${describe(e)}\n      ${clip(r.Description)}` });
  }
  rows.push({ dataset: 'rand-1968-1999', metric: 'fatalities_exact', value: ratio(fatOk, n), bar: 0.88, n });
  rows.push({ dataset: 'rand-1968-1999', metric: 'injuries_exact', value: ratio(injOk, n), bar: 0.85, n });
  rows.push({ dataset: 'rand-1968-1999', metric: 'loc_name_or_25km', value: ratio(locOk, locN), bar: 0.8, n: locN });
  details.push(worstBlock('rand-1968-1999', worst));
}

// ---------------------------------------------------------------------------------------------
// CASE 2021 task 2
// ---------------------------------------------------------------------------------------------

/** CASE 2021 fine-grained labels derived from ACLED sub-event types -> our slugs. */
export const CASE_LABELS: Record<string, string> = {
  ARMED_CLASH: 'armed_clash', GOV_REGAINS_TERIT: 'government_regains_territory', NON_STATE_ACTOR_OVERTAKES_TER: 'non_state_actor_overtakes_territory',
  ART_MISS_ATTACK: 'shelling_artillery_missile_attack', AIR_STRIKE: 'air_drone_strike', SUIC_BOMB: 'suicide_bomb', REM_EXPLOS: 'remote_explosive_landmine_ied',
  GRENADE: 'grenade', CHEM_WEAP: 'chemical_weapon', SEX_VIOL: 'sexual_violence', ATTACK: 'attack', ABDUCT_DISSAP: 'abduction_forced_disappearance',
  PEACE_PROTEST: 'peaceful_protest', PROTEST_WITH_INTER: 'protest_with_intervention', FORCE_AGAINST_PROTEST: 'excessive_force_against_protesters',
  VIOL_DEMONSTR: 'violent_demonstration', MOB_VIOL: 'mob_violence', AGREEMENT: 'agreement', ARREST: 'arrests', CHANGE_TO_GROUP_ACT: 'change_to_group_activity',
  DISR_WEAP: 'disrupted_weapons_use', HQ_ESTABLISHED: 'headquarters_or_base_established', NON_VIOL_TERRIT_TRANSFER: 'non_violent_transfer_of_territory',
  PROPERTY_DISTRUCT: 'looting_property_destruction',
};
/** CASE labels outside ACLED's political-violence taxonomy: the right answer is no event. */
const CASE_NON_EVENTS = new Set(['MAN_MADE_DISASTER', 'NATURAL_DISASTER', 'ORG_CRIME']);

async function runCase(p: Pipeline, ctx: EvalContext, rows: MetricRow[], details: string[]): Promise<void> {
  const path = join(ctx.dataDir, 'events', 'case2021_task2_dev.tsv');
  if (!existsSync(path)) return;
  let lines = readFileSync(path, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  if (ctx.limit) lines = lines.slice(0, ctx.limit);
  let n = 0, ok = 0, typeOk = 0, nonN = 0, nonOk = 0;
  const { SUBTYPE_BY_SLUG } = await import('../events/taxonomy.js');
  const confusion = new Map<string, number>();
  const worst: Worst[] = [];
  for (const l of lines) {
    const [id, snippet, label] = l.split('\t') as [string, string, string];
    if (!snippet || !label) continue;
    const events = p.process(articleFromText(snippet, { published: '2020-06-15T12:00:00Z' })).events;
    const e = primaryEvent(events);
    const lab = label.trim();
    if (CASE_NON_EVENTS.has(lab)) { nonN++; if (!e) nonOk++; continue; }
    const gold = CASE_LABELS[lab];
    if (!gold) continue;
    n++;
    const hit = e?.subtype === gold;
    if (hit) ok++;
    if (e && e.type === SUBTYPE_BY_SLUG.get(gold)!.type) typeOk++;
    if (!hit) {
      const k = `${gold} -> ${e?.subtype ?? 'none'}`;
      confusion.set(k, (confusion.get(k) ?? 0) + 1);
      worst.push({ score: e ? (e.type === SUBTYPE_BY_SLUG.get(gold)!.type ? 1 : 2) : 3, line: `#${id} gold ${gold} | pred ${e?.subtype ?? 'none'}\n      ${clip(snippet)}` });
    }
  }
  rows.push({ dataset: 'case2021-dev', metric: 'subtype_acc', value: ratio(ok, n), bar: 0.75, n });
  rows.push({ dataset: 'case2021-dev', metric: 'type_acc', value: ratio(typeOk, n), n });
  rows.push({ dataset: 'case2021-dev', metric: 'non_event_rejected', value: ratio(nonOk, nonN), n: nonN });
  const conf = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `  ${v}  ${k}`).join('\n');
  details.push(`\n### case2021-dev most frequent confusions\n${conf}\n`);
  details.push(worstBlock('case2021-dev', worst));
}

// ---------------------------------------------------------------------------------------------
// WikiEvents
// ---------------------------------------------------------------------------------------------

const WIKI_CLASSES: [RegExp, string][] = [
  [/^Conflict\.Attack\.DetonateExplode/, 'bombing'], [/^Conflict\.Attack/, 'attack'], [/^Life\.Die/, 'killing'], [/^Life\.Injure/, 'injury'],
  [/^Justice\.ArrestJailDetain/, 'arrest'], [/^Conflict\.Demonstrate/, 'protest'],
];

async function runWiki(p: Pipeline, ctx: EvalContext, rows: MetricRow[], details: string[]): Promise<void> {
  const path = join(ctx.dataDir, 'events', 'wikievents', 'dev.jsonl');
  if (!existsSync(path)) return;
  const stat = new Map<string, [number, number]>();
  const misses: Worst[] = [];
  let docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  if (ctx.limit) docs = docs.slice(0, ctx.limit);
  for (const line of docs) {
    const d = JSON.parse(line) as { doc_id: string; sentences: [[string, number, number][], string][]; event_mentions: { event_type: string; trigger: { start: number; end: number; text: string; sent_idx: number } }[] };
    // rebuild the text with a paragraph break between sentences (the corpus glues them together)
    let text = '';
    const sentStart: number[] = [];
    const tokOff: [number, number][] = [];
    for (const [toks] of d.sentences) {
      if (text) text += '\n\n';
      const base = toks.length ? toks[0]![1] : 0;
      sentStart.push(text.length);
      const shift = text.length - base;
      let last = base;
      for (const [, s, e] of toks) { tokOff.push([s + shift, e + shift]); last = e; }
      text += (d.sentences[sentStart.length - 1]![1] ?? '').slice(0, last - base);
    }
    const events = p.process(articleFromText(text, { published: null })).events.filter((e) => (e.modality ?? 'asserted') === 'asserted');
    const spans = events.flatMap((e) => e.evidence.filter((x) => x.field === 'trigger'));
    for (const m of d.event_mentions) {
      const cls = WIKI_CLASSES.find(([re]) => re.test(m.event_type))?.[1];
      if (!cls) continue;
      const a = tokOff[m.trigger.start];
      const b = tokOff[m.trigger.end - 1];
      if (!a || !b) continue;
      const st = stat.get(cls) ?? [0, 0];
      st[0]++;
      // recalled when a predicted event's trigger evidence overlaps the gold trigger or lies in its sentence
      const hit = spans.some((x) => x.start_char < b[1] + 1 && a[0] < x.end_char + 1);
      const sentHit = spans.some((x) => Math.abs(x.start_char - a[0]) < 120);
      if (hit || sentHit) st[1]++;
      else misses.push({ score: 1, line: `${d.doc_id} ${cls} "${m.trigger.text}": ${clip(text.slice(Math.max(0, a[0] - 70), b[1] + 70), 170)}` });
      stat.set(cls, st);
    }
  }
  let tot = 0, hit = 0;
  for (const [cls, [c, h]] of stat) { rows.push({ dataset: 'wikievents-dev', metric: `recall_${cls}`, value: ratio(h, c), n: c }); tot += c; hit += h; }
  rows.push({ dataset: 'wikievents-dev', metric: 'recall_all', value: ratio(hit, tot), n: tot });
  details.push(worstBlock('wikievents-dev (missed gold triggers)', misses));
}

// ---------------------------------------------------------------------------------------------
// MUC-4
// ---------------------------------------------------------------------------------------------

interface MucTemplate { id: string; type: string; stage: string; deaths: number | null }

function parseMucKeys(text: string): MucTemplate[] {
  const out: MucTemplate[] = [];
  for (const block of text.split(/\n(?=0\.\s+MESSAGE: ID)/)) {
    const id = /MESSAGE: ID\s+(\S+)/.exec(block)?.[1];
    const type = /INCIDENT: TYPE\s+(\S+)/.exec(block)?.[1];
    const stage = /STAGE OF EXECUTION\s+(\S+)/.exec(block)?.[1] ?? '';
    if (!id || !type || type === '*') continue;
    // deaths: targets whose effect is DEATH, with their numbers
    const num = /HUM TGT: NUMBER\s+([\s\S]*?)\n\d+\./.exec(block)?.[1] ?? '';
    const eff = /HUM TGT: EFFECT OF INCIDENT\s+([\s\S]*?)\n\d+\./.exec(block)?.[1] ?? '';
    let deaths: number | null = null;
    for (const m of eff.matchAll(/DEATH:\s*("[^"]+")/g)) {
      const who = m[1]!;
      const nm = new RegExp(`(\\d+)[^\\n"]*:\\s*${who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(num);
      if (nm) deaths = (deaths ?? 0) + Number(nm[1]);
    }
    out.push({ id: id.replace(/\s.*$/, ''), type, stage, deaths });
  }
  return out;
}

const MUC_MONTHS: Record<string, number> = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };

async function runMuc(p: Pipeline, ctx: EvalContext, rows: MetricRow[], details: string[]): Promise<void> {
  const dir = join(ctx.dataDir, 'events', 'muc4', 'dev');
  if (!existsSync(dir)) return;
  const files = readdirSync(dir);
  const keys = files.filter((f) => f.startsWith('key-')).flatMap((f) => parseMucKeys(readFileSync(join(dir, f), 'latin1')));
  const byDoc = new Map<string, MucTemplate[]>();
  for (const k of keys) byDoc.set(k.id, [...(byDoc.get(k.id) ?? []), k]);
  const docs: { id: string; text: string; published: string | null }[] = [];
  for (const f of files.filter((x) => x.startsWith('dev-muc3'))) {
    const raw = readFileSync(join(dir, f), 'latin1');
    for (const part of raw.split(/\n(?=DEV-MUC3-\d{4})/)) {
      const id = /^(DEV-MUC3-\d{4})/.exec(part.trim())?.[1];
      if (!id) continue;
      const body = part.trim().split('\n').slice(1).join('\n').trim();
      const dm = /,\s*(\d{1,2})\s+([A-Z]{3})\s+(\d{2})\s*(?:\([^)]*\)\s*)?--/.exec(body);
      const published = dm ? `${isoDay(1900 + Number(dm[3]), MUC_MONTHS[dm[2]!] ?? 1, Number(dm[1]))}T12:00:00Z` : null;
      docs.push({ id, text: body, published });
    }
  }
  docs.sort((a, b) => a.id.localeCompare(b.id));
  const chosen = ctx.limit ? docs.slice(0, ctx.limit) : docs;
  const compatible: Record<string, string[]> = {
    ATTACK: ['battles', 'violence_against_civilians', 'explosions_remote_violence', 'riots'],
    BOMBING: ['explosions_remote_violence'],
    KIDNAPPING: ['violence_against_civilians'],
    ARSON: ['riots', 'strategic_developments', 'violence_against_civilians', 'explosions_remote_violence'],
  };
  const stat = new Map<string, [number, number]>();
  let deathN = 0, deathOk = 0;
  const misses: Worst[] = [];
  for (const d of chosen) {
    const gold = (byDoc.get(d.id) ?? []).filter((t) => t.stage === 'ACCOMPLISHED' && compatible[t.type]);
    if (!gold.length) continue;
    const events = p.process(articleFromText(d.text, { published: d.published })).events.filter((e) => (e.modality ?? 'asserted') === 'asserted');
    for (const g of gold) {
      const st = stat.get(g.type) ?? [0, 0];
      st[0]++;
      const hit = events.some((e) => compatible[g.type]!.includes(e.type) && (g.type !== 'KIDNAPPING' || e.subtype === 'abduction_forced_disappearance'));
      if (hit) st[1]++;
      else misses.push({ score: 1, line: `${d.id} ${g.type}: ${clip(d.text, 160)}` });
      stat.set(g.type, st);
      if (g.deaths !== null && g.deaths > 0) {
        deathN++;
        if (events.some((e) => e.fatalities?.best === g.deaths)) deathOk++;
      }
    }
  }
  let tot = 0, hit = 0;
  for (const [t, [c, h]] of stat) { rows.push({ dataset: 'muc4-dev', metric: `recall_${t.toLowerCase()}`, value: ratio(h, c), n: c }); tot += c; hit += h; }
  rows.push({ dataset: 'muc4-dev', metric: 'recall_all', value: ratio(hit, tot), n: tot });
  rows.push({ dataset: 'muc4-dev', metric: 'deaths_found', value: ratio(deathOk, deathN), n: deathN });
  details.push(worstBlock('muc4-dev (missed incidents)', misses));
}

// ---------------------------------------------------------------------------------------------

export const suite: Suite = {
  name: 'events',
  description: 'event extraction end to end: seed article, ACLED 2015 notes, RAND, CASE 2021, WikiEvents, MUC-4',
  async run(ctx: EvalContext): Promise<SuiteResult> {
    if (!existsSync(join(ctx.dataDir, 'events'))) return { suite: 'events', rows: [], skipped: `no events data under ${ctx.dataDir}` };
    const p = await createPipeline();
    const rows: MetricRow[] = [];
    const details: string[] = [];
    const only = (process.env.SITREP_EVENTS_SETS ?? '').split(',').filter(Boolean);
    const want = (s: string): boolean => !only.length || only.includes(s);
    const t0 = performance.now();
    const timing: string[] = [];
    const step = async (name: string, f: () => Promise<void>): Promise<void> => {
      if (!want(name)) return;
      const t = performance.now();
      await f();
      timing.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    await step('seed', () => runSeed(p, ctx.dataDir, rows, details));
    await step('acled', () => runAcled(p, ctx, rows, details));
    await step('rand', () => runRand(p, ctx, rows, details));
    await step('case', () => runCase(p, ctx, rows, details));
    await step('wikievents', () => runWiki(p, ctx, rows, details));
    await step('muc4', () => runMuc(p, ctx, rows, details));
    details.push(`\n(timings: ${timing.join(', ')}; total ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return { suite: 'events', rows, details: details.join('') };
  },
};
