/**
 * Trigger detection: lexicon matches in a sentence, then refiners that read the context to keep,
 * retype or drop each one ("a blast at a factory" is an accident, "attacked the budget" is
 * figurative, "March 5" is a month, "strike" is a labour strike or an air strike).
 */
import { TRIGGER_INDEX, type Feature, type TriggerClass, type TriggerEntry } from './lexicon/triggers.js';
import {
  ACCIDENT_WORDS, FEATURE_WORDS, FIGURATIVE_WORDS, LABOUR_STRIKE_WORDS, MILITARY_STRIKE_WORDS, MONTH_CONTEXT_BEFORE, PERSON_NOUNS,
  PHYSICAL_WORDS, STRONG_ACCIDENT, VIOLENCE_CONTEXT,
} from './lexicon/context.js';
import type { ESent, ETok } from './tokens.js';

export interface Mention {
  sent: ESent;
  /** Token range [i, j) in the sentence. */
  i: number;
  j: number;
  s: number;
  e: number;
  text: string;
  cls: TriggerClass;
  weak: boolean;
  participle: boolean;
  nominal: boolean;
  features: Set<Feature>;
  /** Phrase of the lexicon entry. */
  phrase: string;
}

const PLACE_OBJ = new Set(`town|towns|village|villages|city|cities|area|areas|district|districts|territory|territories|post|posts|base|bases|checkpoint|checkpoints|hill|hills|
positions|position|control|region|airport|camp|camps|outpost|outposts|headquarters|neighbourhood|neighborhood|province|bridge|road|highway|villages|locality|
suburb|strongholds|stronghold|held|parts|part|oilfield|oilfields|dam|crossing|border|island|valley|mountain|ridge|front|compound|garrison|airbase|port|palace`.split(/\|\s*/));
const WEAPON_OBJ = new Set(`ammunitions|kalashnikovs|machine-guns|weapons|weapon|arms|ammunition|ammo|explosives|explosive|bombs|bomb|grenades|grenade|rifles|rifle|pistols|pistol|guns|gun|cartridges|rounds|
detonators|detonator|ieds|ied|mines|mine|landmines|cache|caches|magazines|bullets|gelatin|gelatine|sticks|materials|material|launcher|launchers|mortar|mortars|shells|rockets|
device|devices|ak-47|ak-47s|kalashnikov|kalashnikovs|dynamite|tnt|rdx|fuse|fuses|suicide|vest|vests|missiles|drones|drugs|heroin|yaba|contraband|firearms|revolver|revolvers`.split(/\|\s*/));
const PROPERTY_OBJ = new Set('houses|house|homes|home|shops|shop|vehicles|vehicle|cars|car|buses|bus|trucks|truck|property|properties|buildings|building|offices|office|stores|store|market|huts|hut|crops|school|schools|temple|mosque|church|motorcycles|motorbikes|bikes|police station|booth|booths|equipment|tower|towers'.split('|'));

/** Protest words that are events on their own; the rest of the protest class needs support. */
const STRONG_PROTEST = new Set(`protest|protests|protested|protesting|protesters|protestors|protester|protestor|demonstration|demonstrations|demonstrating|demonstrators|
demonstrator|rally|rallies|rallied|sit-in|sit-ins|hunger strike|hunger-strike|hartal|hartals|bandh|bandhs|dharna|dharnas|gherao|gheraoed|picketed|picketing|
human chain|agitation|agitations|agitating|took to the streets|general strike|on strike|torch rally|mass rally|candlelight march|candle march|chakka jam|rail roko|
rasta roko|road blockade|road blockades|fast unto death|procession|processions|hunger strikes|abstained from work|ceased work|work abstention|pen-down|black flags|black badges|wheel-jam|long march|effigy|effigies|sloganeering`.split(/\|\s*/));
const BASE_OBJECTS = new Set('base|bases|camp|camps|post|posts|outpost|outposts|headquarters|checkpoint|checkpoints|positions|position|points|point|garrison|barracks|airbase|airstrip|station|stations'.split('|'));
const GATHER_SUPPORT = new Set(['demanding', 'demand', 'demands', 'protest', 'protesting', 'against', 'slogans', 'shouting', 'chanting', 'placards', 'banners', 'condemn', 'condemning', 'denounce', 'denouncing', 'rally', 'sit-in', 'oppose', 'opposing']);
const WEAPON_TEST = new Set(['spacex', 'space', 'satellite', 'satellites', 'orbit', 'orbital', 'nasa', 'booster', 'spacecraft', 'payload', 'liftoff', 'lift-off', 'test', 'tests', 'tested', 'testing', 'test-fired', 'test-fire', 'test-launch', 'launches', 'drill', 'drills', 'exercise', 'exercises', 'program', 'programme', 'development', 'arsenal', 'capability', 'capabilities', 'sanctions']);
const CASUALTY_WORDS = new Set(['killed', 'dead', 'died', 'injured', 'wounded', 'casualties', 'killing', 'hit', 'struck', 'targeting', 'targeted', 'destroyed', 'damaged']);
const SHELL_WORDS = new Set(['rockets', 'rocket', 'shells', 'shell', 'mortars', 'mortar', 'missiles', 'missile', 'artillery', 'projectiles', 'grad', 'katyusha', 'rounds']);
const BOMB_EFFECT = new Set(['damaged', 'damage', 'wrecked', 'destroyed', 'caused', 'causing', 'ripped', 'rocked', 'shattered', 'tore', 'blew', 'target', 'targeted', 'struck', 'hit', 'killed', 'injured', 'wounded', 'went', 'exploded', 'detonated', 'burst']);
const BOMB_FOUND = new Set(['found', 'discovered', 'defused', 'disarmed', 'dismantled', 'deactivated', 'removed', 'recovered', 'seized', 'failed']);
const SHELLING_CONTEXT = new Set(['fired', 'firing', 'fire', 'hit', 'hits', 'struck', 'landed', 'landing', 'exploded', 'attack', 'attacks', 'attacked', 'killed', 'killing', 'injured', 'wounded', 'damaged', 'destroyed', 'barrage', 'barrages', 'launched', 'shelled', 'shelling', 'pounded', 'targeted', 'targeting', 'rained', 'lobbed', 'impact', 'strike', 'strikes', 'salvo', 'hitting']);
const BUSINESS_WORDS = new Set(['estimates', 'expectations', 'forecast', 'forecasts', 'analysts', 'profit', 'profits', 'earnings', 'revenue', 'sales', 'shares', 'market', 'index', 'record', 'odds', 'rivals', 'competition', 'team', 'champion', 'opponent']);
const PROTEST_SUPPORT = new Set(`owners|operators|transporters|wildcat|indefinite|entered|demanding|demand|demands|against|protest|protesters|protestors|slogans|placards|banners|activists|supporters|workers|students|rally|
demonstrators|union|unions|teachers|lawyers|traders|farmers|employees|residents|villagers|members|opposition|party|condemning|denouncing|memorandum|justice|release|
withdrawal|hike|rights|staged|held|organised|organized|took|out|called|observed|enforced|led|joined|participated|thousands|hundreds|dozens|people`.split(/\|\s*/));
const RIOT_STRONG = new Set('outbreak of violence|outbreaks of violence|street violence|violence erupted|violence broke out|violence flared|sporadic violence|aggressive demonstrations|aggressive demonstration|aggressive protests|turned violent|violent protest|violent protests|violent demonstration|violent demonstrations|riot|riots|rioting|rioted|rioters|mob|mobs|lynch mob|set alight|ablaze|alight|afire|vandalised|vandalized|vandalism|ransacked|ransacking|torched|torching|set ablaze|set on fire|set fire|set afire|arson|pelted|pelting|stone pelting|stone-pelting|pelted stones|hurled stones|threw stones|stone throwing|stone-throwing|brickbats|hurled bricks|went on the rampage|rampage|rampaged|went berserk|violence erupted|communal violence|communal clash|communal clashes|sectarian violence'.split('|'));
const ARMED_WORDS = new Set(`police|policemen|policeman|troops|soldiers|soldier|army|military|forces|militants|militant|rebels|rebel|insurgents|insurgent|gunmen|gunman|
terrorists|terrorist|maoists|naxals|taliban|guerrillas|fighters|security|personnel|jawans|commandos|rangers|militia|militiamen|assailants|attackers|jets|aircraft|
warplanes|drone|drones|artillery|army's|isis|extremists|separatists|infiltrators|subversives|cadres|paramilitary|bsf|crpf|rab`.split(/\|\s*/));

// word sets used by the refiners below
const STRONG_VIOLENCE_WORDS = new Set(['landmine', 'landmines', 'mine', 'ied', 'bomb', 'bomber', 'militants', 'gunmen', 'attack', 'ied', 'grenade', 'shot', 'terrorists', 'explosive', 'explosives', 'sabotaged', 'sabotage', 'hijacked', 'hijackers', 'shot', 'gunfire', 'rebels', 'insurgents']);
const HIT_BY_WORDS = new Set(['bomb', 'bullet', 'bullets', 'shell', 'shells', 'rocket', 'rockets', 'mortar', 'missile', 'grenade', 'explosive', 'ied', 'stone', 'stones', 'sticks', 'rods', 'drone', 'airstrike', 'mine', 'landmine']);
const NON_PROTEST_RALLY = new Set(['shares', 'stocks', 'stock', 'market', 'markets', 'index', 'prices', 'rupee', 'dollar', 'currency', 'team', 'points', 'percent', 'oil', 'bonds', 'behind', 'around', 'election', 'campaign', 'poll']);
const MARCHING_TROOPS = new Set(['troops', 'soldiers', 'army', 'forces', 'militants', 'fighters', 'band', 'parade']);
const BLOCKED_OBJECTS = new Set(['road', 'roads', 'highway', 'highways', 'traffic', 'street', 'streets', 'rail', 'railway', 'tracks', 'track', 'entrance', 'gate', 'gates', 'route', 'trains', 'train', 'vehicles', 'vehicular', 'movement', 'bridge', 'intersection', 'crossing', 'junction', 'square', 'roadway']);
const OBSERVED_OBJECTS = new Set(['hartal', 'bandh', 'strike', 'shutdown', 'black', 'protest', 'fast', 'day', 'dharna']);
const BURNT_PROTEST_OBJECTS = new Set(['effigy', 'effigies', 'tyres', 'tires', 'copies', 'flags', 'flag', 'posters']);
const THROWN_OBJECTS = new Set(['stones', 'bricks', 'brickbats', 'stone', 'rocks', 'bottles', 'shoes', 'eggs', 'chairs', 'ink']);
const SECURITY_AGENTS = new Set(['police', 'security', 'forces', 'army', 'agencies', 'officials', 'personnel', 'rab', 'detectives']);
const HIJACK_OBJECTS = new Set(['passengers', 'crew', 'plane', 'aircraft', 'airliner', 'flight', 'hostages']);
const CROWD_WORDS = new Set(['protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'rally', 'protest', 'mob', 'demonstration', 'agitators', 'activists', 'sit-in', 'students', 'workers', 'picketers']);
const AGREEMENT_CONTEXT = new Set(['ceasefire', 'truce', 'peace', 'rebels', 'militants', 'insurgents', 'armed', 'government', 'hostilities', 'fighting', 'withdraw', 'withdrawal', 'disarm', 'disarmament', 'surrender', 'prisoners', 'army', 'forces', 'groups', 'factions', 'talks']);
const NON_ARMED_BODIES = new Set(['party', 'cabinet', 'committee', 'company', 'government']);
const TRANSFER_CONTEXT = new Set(['troops', 'forces', 'army', 'militants', 'rebels', 'fighters', 'control', 'territory', 'town', 'area', 'positions']);
const BODY_FOUND_WORDS = new Set(['found', 'recovered', 'discovered', 'dumped', 'bullet-riddled', 'mutilated', 'beheaded', 'riddled', 'lying', 'fished']);
const JUDICIAL_WORDS = new Set(['court', 'sentence', 'judicial', 'hanging', 'prison']);
const TOLL_WORDS = new Set(['death', 'rose', 'climbed', 'reached', 'stood', 'mounted', 'heavy', 'civilian', 'dead']);

function windowHas(toks: ETok[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) if (words.has(toks[k]!.lo)) return true;
  return false;
}

function countIn(toks: ETok[], from: number, to: number, words: Set<string>): number {
  let n = 0;
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) if (words.has(toks[k]!.lo)) n++;
  return n;
}

/** Kind of the object in the few tokens after a verb: place, weapon, person, property or null. */
function objectKind(sent: ESent, j: number): 'place' | 'weapon' | 'person' | 'property' | null {
  const toks = sent.toks;
  for (let k = j; k < Math.min(toks.length, j + 7); k++) {
    const w = toks[k]!;
    if (w.lo === '.' || w.lo === ';' || w.lo === 'by' && k > j && toks[k + 1]?.lo !== 'force') break;
    if (WEAPON_OBJ.has(w.lo)) return 'weapon';
    if (PLACE_OBJ.has(w.lo)) return 'place';
    if (PROPERTY_OBJ.has(w.lo)) return 'property';
    if (PERSON_NOUNS.has(w.lo) && !['control', 'head'].includes(w.lo)) return 'person';
  }
  return null;
}

/** Subject noun kind in the few tokens before a passive participle ("weapons were seized"). */
function subjectKind(sent: ESent, i: number): 'place' | 'weapon' | 'person' | 'property' | null {
  const toks = sent.toks;
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const w = toks[k]!;
    if (WEAPON_OBJ.has(w.lo)) return 'weapon';
    if (PLACE_OBJ.has(w.lo)) return 'place';
    if (PROPERTY_OBJ.has(w.lo)) return 'property';
    if (PERSON_NOUNS.has(w.lo)) return 'person';
  }
  return null;
}

function mk(sent: ESent, i: number, j: number, e: TriggerEntry, cls: TriggerClass, feats: Feature[]): Mention {
  const toks = sent.toks;
  return {
    sent, i, j, s: toks[i]!.s, e: toks[j - 1]!.e, text: '', cls, weak: e.weak, participle: e.participle, nominal: e.nominal,
    features: new Set(feats), phrase: e.phrase,
  };
}

/** All lexicon matches in a sentence (longest match first, no overlaps). */
function matchLexicon(sent: ESent): { i: number; j: number; entries: TriggerEntry[] }[] {
  const toks = sent.toks;
  const out: { i: number; j: number; entries: TriggerEntry[] }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cands = TRIGGER_INDEX.get(toks[i]!.lo);
    if (!cands) continue;
    let best: TriggerEntry[] = [];
    let bestLen = 0;
    for (const e of cands) {
      const n = e.tokens.length;
      if (n < bestLen) break;
      let ok = i + n <= toks.length;
      for (let k = 1; ok && k < n; k++) if (toks[i + k]!.lo !== e.tokens[k]) ok = false;
      if (!ok) continue;
      if (n > bestLen) { best = [e]; bestLen = n; } else best.push(e);
    }
    if (bestLen) {
      out.push({ i, j: i + bestLen, entries: best });
      i += bestLen - 1;
    }
  }
  return out;
}

/** Resolve one lexicon match into zero or one mention, reading its context. */
function refine(sent: ESent, i: number, j: number, entries: TriggerEntry[]): Mention | null {
  const toks = sent.toks;
  const lo = entries[0]!.phrase;
  const prev = toks[i - 1]?.lo ?? '';
  const prev2 = toks[i - 2]?.lo ?? '';
  const next = toks[j]?.lo ?? '';
  const classes = new Set(entries.map((e) => e.cls));
  const feats: Feature[] = [];
  for (const e of entries) feats.push(...e.features);
  const pick = (cls: TriggerClass): Mention => {
    const e = entries.find((x) => x.cls === cls) ?? entries[0]!;
    const m = mk(sent, i, j, e, cls, feats);
    // a phrase listed both weak and strong counts as strong
    m.weak = entries.filter((x) => x.cls === cls).every((x) => x.weak);
    m.participle = entries.some((x) => x.cls === cls && x.participle);
    return m;
  };
  const winFrom = i - 10;
  const winTo = j + 10;

  // months and modal verbs: "March 5", "in March", "MAY"
  if (lo === 'march' || lo === 'marches' && false) {
    const t = toks[i]!;
    if ((t.cap || sent.upper) && (MONTH_CONTEXT_BEFORE.has(prev) || /^\d/.test(next) || /^\d/.test(prev) || i === 0 && /^\d/.test(next))) return null;
    if (t.cap && !sent.upper && i > 0) return null;
  }

  // strikes: labour strike vs air/missile strike
  if (lo === 'strike' || lo === 'strikes') {
    if (['air', 'drone', 'missile', 'aerial', 'rocket', 'military', 'surgical', 'artillery', 'precision', 'retaliatory', 'coalition', 'us', 'israeli', 'russian'].includes(prev)) {
      return { ...pick('protest'), cls: 'explode', features: new Set<Feature>(['air', 'explosive']), weak: false };
    }
    const lab = countIn(toks, i - 6, j + 6, LABOUR_STRIKE_WORDS);
    const mil = countIn(toks, i - 6, j + 6, MILITARY_STRIKE_WORDS) + (next === 'on' || next === 'against' ? 1 : 0);
    if (mil > lab) return { ...pick('protest'), cls: 'explode', features: new Set<Feature>(['air', 'explosive']), weak: false };
    if (lab === 0) return null;
    return { ...pick('protest'), weak: false };
  }

  // accidents and natural causes
  if ((classes.has('kill') || classes.has('injure') || classes.has('explode')) && !entries.some((e) => e.features.includes('chemical'))) {
    const strong = windowHas(toks, i - 8, j + 10, STRONG_ACCIDENT);
    const weakAcc = windowHas(toks, i - 6, j + 8, ACCIDENT_WORDS);
    if (strong && !windowHas(toks, i - 12, j + 12, STRONG_VIOLENCE_WORDS)) return null;
    if (weakAcc && !windowHas(toks, 0, toks.length, VIOLENCE_CONTEXT)) return null;
  }

  // "an explosive was thrown at", "a bomb planted at": only with an explosive or incendiary nearby
  if (['thrown at', 'thrown into', 'hurled at', 'hurled into', 'lobbed at', 'lobbed into', 'tossed at', 'tossed into', 'planted', 'placed'].includes(lo)) {
    const near = toks.slice(Math.max(0, i - 8), Math.min(toks.length, j + 6)).map((t) => t.lo);
    const f = near.some((w) => /^(?:bombs?|explosives?|grenades?|dynamite|device|devices|ieds?|mines?|landmines?)$/.test(w)) ? 'explosive' : near.some((w) => /^(?:molotov|firebombs?|petrol|incendiary|cocktails?)$/.test(w)) ? 'incendiary' : null;
    if (!f) return null;
    const m = pick('explode');
    m.features = new Set<Feature>(f === 'explosive' ? ['explosive'] : ['incendiary', 'crude']);
    if (lo === 'planted' || lo === 'placed') { m.weak = true; return m; }
    m.weak = false;
    return m;
  }

  // a bare "bomb" is an explosion when it did something ("a bomb wrecked the booth", "the target of a bomb"),
  // a disrupted weapon when it was found or defused, else nothing
  if (lo === 'bomb' || lo === 'bombs') {
    if (windowHas(toks, i - 4, j + 5, BOMB_FOUND)) { const m = pick('explode'); m.cls = 'disrupt'; m.weak = false; return m; }
    if (!windowHas(toks, i - 4, j + 5, BOMB_EFFECT)) return null;
    const m = pick('explode');
    m.weak = false;
    return m;
  }

  // weapons tests and drills are not attacks ("missile tests", "test-fired a rocket")
  if (classes.has('explode') && windowHas(toks, i - 6, j + 6, WEAPON_TEST) && !windowHas(toks, 0, toks.length, CASUALTY_WORDS)) return null;

  // shells, rockets, missiles are attacks only when fired, landing or hitting something
  if (classes.has('explode') && entries.every((e) => e.weak && e.features.includes('shelling')) && !windowHas(toks, i - 8, j + 8, SHELLING_CONTEXT)) return null;
  // "beat" is violence with a person ("beat him", "beat up", "beaten to death"), not "beat estimates"
  if ((lo === 'beat' || lo === 'beating' || lo === 'beaten') && !(PERSON_NOUNS.has(next) || ['him', 'her', 'them', 'up', 'to', 'a', 'the', 'two', 'three', 'several'].includes(next) && !windowHas(toks, j, j + 4, BUSINESS_WORDS) || ['was', 'were', 'been'].includes(prev)) ) return null;
  // "killing the deal", "kill the bill": a thing, not a person, is the object
  if ((lo === 'kill' || lo === 'kills' || lo === 'killing') && ['the', 'a', 'an', 'it', 'this', 'that', 'off', 'its', 'their', 'his', 'her', 'our'].includes(next) && !windowHas(toks, j, j + 4, PERSON_NOUNS) && !windowHas(toks, i - 8, j + 8, VIOLENCE_CONTEXT)) return null;

  // figurative attacks, battles, fights, clashes ("heart attack", "legal battle", "attacked the budget")
  if (classes.has('attack') || classes.has('clash')) {
    if (['heart', 'panic', 'asthma', 'cyber', 'verbal', 'legal', 'court', 'political', 'electoral', 'election', 'personal', 'scathing', 'blistering', 'stinging', 'bitter', 'war', 'trade', 'price', 'custody', 'uphill'].includes(prev)) return null;
    if ((lo === 'fight' || lo === 'fighting' || lo === 'battle' || lo === 'battled' || lo === 'fought') && ['against', 'for', 'over'].includes(next) && !windowHas(toks, i - 6, j + 8, ARMED_WORDS)) return null;
    if (lo === 'hit' && !windowHas(toks, i - 4, j + 6, HIT_BY_WORDS)) return null;
    if (lo === 'targeted' || lo === 'targeting') { if (!windowHas(toks, i - 8, j + 8, ARMED_WORDS)) return null; }
    const fig = windowHas(toks, i - 6, j + 6, FIGURATIVE_WORDS);
    if (fig && !windowHas(toks, winFrom, winTo, PHYSICAL_WORDS)) return null;
    if (lo === 'engaged' && !['in', 'with'].includes(next)) return null;
    if (lo === 'engaged' && !windowHas(toks, i - 6, j + 8, ARMED_WORDS)) return null;
  }
  // "fired rockets", "rockets fired from": the firing is the shelling
  if (classes.has('attack') && (lo === 'fired' || lo === 'firing') && windowHas(toks, i - 3, j + 4, SHELL_WORDS)) {
    const m = pick('attack');
    m.cls = 'explode';
    m.features = new Set<Feature>(['shelling']);
    return m;
  }
  if (classes.has('attack') && (lo === 'shot' || lo === 'fired' || lo === 'shooting' || lo === 'shoots')) {
    if (lo === 'fired' && !['at', 'on', 'upon', 'into', 'in', 'shots', 'bullets', 'rounds', 'indiscriminately', 'several', 'multiple', 'randomly', 'back', 'from'].includes(next) && !windowHas(toks, i - 5, j + 5, ARMED_WORDS)) return null;
    if (lo === 'fired' && (next === 'in' && toks[j + 2]?.lo === 'air' || next === 'into' && toks[j + 2]?.lo === 'air')) return pick('attack');
    if (lo === 'shooting' && ['film', 'video', 'photo', 'movie'].includes(next)) return null;
  }

  // vandalism and arson are riots (typed later by who did them), not looting
  if (classes.has('riot') && classes.has('loot') && !['looted', 'looting', 'plundered', 'destroyed', 'demolished', 'damaged'].includes(lo)) classes.delete('loot');
  if ((lo === 'ablaze' || lo === 'alight' || lo === 'afire') && !sent.toks.slice(Math.max(0, i - 7), i).some((t) => t.lo === 'set' || t.lo === 'sets' || t.lo === 'setting')) return null;

  // arrests: ambiguous verbs need a person; "captured" is territory with a place object
  if (lo === 'stormed' || lo === 'entered') {
    const obj = objectKind(sent, j);
    if (lo === 'entered' && obj !== 'place') return null;
    if (lo === 'entered' && !windowHas(toks, i - 6, j + 6, ARMED_WORDS)) return null;
    if (lo === 'stormed') return pick('attack');
  }
  if (classes.has('territory') || classes.has('disrupt') || classes.has('loot') || classes.has('arrest') && (lo === 'captured' || lo === 'held' || lo === 'caught' || lo === 'picked up' || lo === 'booked' || lo === 'netted')) {
    const passive = ['was', 'were', 'been', 'being', 'be', 'is', 'are'].includes(prev) || ['was', 'were', 'been'].includes(prev2);
    const obj = passive ? subjectKind(sent, i) : objectKind(sent, j) ?? subjectKind(sent, i);
    if (classes.has('territory') && obj === 'place') return pick('territory');
    if ((lo === 'seized' || lo === 'captured') && obj === 'person' && !passive) {
      const m = pick('territory');
      m.cls = windowHas(toks, i - 6, i, SECURITY_AGENTS) ? 'arrest' : 'abduct';
      m.participle = true;
      m.weak = false;
      return m;
    }
    if (classes.has('disrupt') && obj === 'weapon') return pick('disrupt');
    if (classes.has('arrest') && obj === 'person') {
      if (lo === 'held' && !passive && !['in', 'under'].includes(next)) return null;
      return pick('arrest');
    }
    if (classes.has('loot') && (obj === 'property' || lo === 'looted' || lo === 'looting' || lo === 'plundered' || lo === 'extorted' || lo === 'extortion')) return pick('loot');
    if (classes.has('kill') && (lo === 'body' || lo === 'bodies')) return pick('kill');
    if (classes.has('disrupt') && ['defused', 'defuse', 'defusing', 'bomb disposal', 'bomb squad', 'failed to explode', 'did not explode', 'foiled', 'thwarted', 'diffused', 'arms cache', 'weapons cache', 'defusal'].includes(lo)) return pick('disrupt');
    if (classes.has('disrupt') && ['stash', 'cache', 'caches', 'haul'].includes(lo) && windowHas(toks, j, j + 4, WEAPON_OBJ)) return pick('disrupt');
    if (classes.has('territory_gov') && obj === 'place') return pick('territory_gov');
    if (classes.size === 1 || [...classes].every((c) => c === 'territory' || c === 'disrupt' || c === 'loot' || c === 'arrest' || c === 'transfer')) {
      if (classes.has('arrest') && lo !== 'captured' && lo !== 'held' && lo !== 'caught' && lo !== 'booked' && lo !== 'netted' && lo !== 'picked up') return pick('arrest');
      if (classes.has('transfer')) return pick('transfer');
      return null;
    }
  }
  if (classes.has('territory_gov')) {
    const obj = objectKind(sent, j) ?? subjectKind(sent, i);
    if (obj !== 'place' && !/control|ground|regained/.test(lo) && !windowHas(toks, i - 4, j + 6, PLACE_OBJ)) return null;
    if (!windowHas(toks, i - 10, j + 10, ARMED_WORDS) && !windowHas(toks, i - 10, j + 10, PLACE_OBJ)) return null;
    return pick('territory_gov');
  }

  // protests
  if (classes.has('protest')) {
    if (lo === 'protest' && ['lodged', 'lodge', 'registered', 'filed', 'diplomatic', 'formal'].includes(prev)) return null;
    if (lo === 'protest' && prev === 'in' && ['resigned', 'quit', 'resign'].includes(prev2)) return null;
    if ((lo === 'demonstrated' || lo === 'demonstrate') && ['that', 'how', 'its', 'his', 'her', 'their', 'the', 'a', 'an', 'strong', 'great', 'clear', 'what', 'why'].includes(next)) return null;
    if ((lo === 'demonstration' || lo === 'demonstrations') && next === 'of') return null;
    if (lo === 'procession' && ['funeral', 'religious', 'wedding', 'bridal', 'puja', 'immersion', 'tazia', 'muharram'].includes(prev)) return null;
    if ((lo === 'shutdown' || lo === 'shut down') && ['government', 'internet', 'plant', 'factory', 'reactor', 'partial'].includes(prev)) return null;
    if ((lo === 'rally' || lo === 'rallied' || lo === 'rallies') && windowHas(toks, i - 5, j + 5, NON_PROTEST_RALLY)) return null;
    if (lo === 'march' || lo === 'marched' || lo === 'marches' || lo === 'marching') {
      if (windowHas(toks, i - 4, j + 4, MARCHING_TROOPS)) return null;
    }
    if (lo === 'blocked' && !windowHas(toks, j, j + 5, BLOCKED_OBJECTS)) return null;
    if (lo === 'blocked' && !windowHas(toks, i - 6, i, new Set(['police', 'authorities', 'troops', 'army', 'forces', 'landslide', 'snow', 'court']))) { const m = pick('protest'); m.weak = false; return m; }
    if ((lo === 'sat on' || lo === 'sat in' || lo === 'squatted') && !windowHas(toks, i - 8, j + 12, PROTEST_SUPPORT)) return null;
    if ((lo === 'gathered' || lo === 'assembled') && !windowHas(toks, i - 8, j + 12, GATHER_SUPPORT)) return null;
    if (lo === 'observed' && !windowHas(toks, j, j + 4, OBSERVED_OBJECTS)) return null;
    const strong = STRONG_PROTEST.has(lo) || ['jail bharo', 'court arrest', 'courted arrest', 'protest march', 'silent march', 'relay hunger strike', 'gheraoing', 'sit-down'].includes(lo) || (['gathered', 'assembled', 'squatted', 'sat on', 'sat in'].includes(lo));
    if (!strong && !windowHas(toks, i - 10, j + 10, PROTEST_SUPPORT)) return null;
    const m = pick('protest');
    m.weak = !strong;
    return m;
  }

  if (classes.has('riot')) {
    if ((lo === 'burnt' || lo === 'burned' || lo === 'burning') && windowHas(toks, i - 4, j + 4, BURNT_PROTEST_OBJECTS) ) return { ...pick('riot'), cls: 'protest', weak: false };
    if ((lo === 'hurled' || lo === 'threw' || lo === 'hurling' || lo === 'throwing') && !windowHas(toks, j, j + 4, THROWN_OBJECTS)) return null;
    if (lo === 'hurled' || lo === 'threw' || lo === 'hurling' || lo === 'throwing') { const m = pick('riot'); m.weak = false; m.features.add('stones'); return m; }
    if ((lo === 'burnt' || lo === 'burned' || lo === 'burning' || lo === 'smashed') && !windowHas(toks, j, j + 5, PROPERTY_OBJ) && objectKind(sent, j) !== 'property' && subjectKind(sent, i) !== 'property') return null;
    if (lo === 'burnt' || lo === 'burned' || lo === 'burning' || lo === 'smashed') { const m = pick('riot'); m.weak = false; m.features.add('arson'); return m; }
    if (lo === 'mob' || lo === 'mobs') {
      // "mob" as a noun needs violence nearby to be a riot ("a mob gathered" is a crowd)
      const m = pick('riot');
      m.weak = true;
      return m;
    }
    const m = pick('riot');
    m.weak = !RIOT_STRONG.has(lo);
    if (['torched', 'torching', 'set ablaze', 'set on fire', 'set fire', 'set afire', 'arson'].includes(lo)) m.features.add('arson');
    if (['pelted', 'pelting', 'stone pelting', 'stone-pelting', 'pelted stones', 'hurled stones', 'threw stones', 'stone throwing', 'stone-throwing', 'brickbats', 'hurled bricks', 'hurled', 'threw'].includes(lo)) m.features.add('stones');
    return m;
  }

  if (classes.has('abduct')) {
    if (lo === 'disappeared' || lo === 'went missing' || lo === 'picked up' || lo === 'hostage' || lo === 'hostages') {
      const m = pick('abduct');
      m.weak = true;
      if (lo === 'picked up' && windowHas(toks, i - 5, j + 5, SECURITY_AGENTS)) return { ...m, cls: 'arrest', weak: false };
      return m;
    }
    if (lo === 'hijacked' || lo === 'hijacking' || lo === 'hijack') {
      const obj = objectKind(sent, j);
      if (obj === 'property' && !windowHas(toks, i - 6, j + 8, HIJACK_OBJECTS)) return null;
    }
    return pick('abduct');
  }

  if (classes.has('force')) {
    if (['live rounds', 'live ammunition', 'live bullets', 'live fire', 'excessive force', 'violently suppressed', 'violently suppress', 'brutally suppressed', 'brutal crackdown', 'deadly crackdown'].includes(lo)) {
      const m = pick('force');
      m.features.add('lethal_force');
      return m;
    }
    if (lo === 'crackdown' || lo === 'evicted' || lo === 'broke up' || lo === 'dispersed' || lo === 'disperse' || lo === 'dispersing' || lo === 'suppressed' || lo === 'suppress' || lo === 'halted' || lo === 'drag them' || lo === 'dragged') {
      if (!windowHas(toks, i - 10, j + 10, CROWD_WORDS)) return null;
    }
    return pick('force');
  }
  if (classes.has('agreement')) {
    if (lo === 'agreed' || lo === 'agreement' || lo === 'accord' || lo === 'pact' || lo === 'mou' || lo === 'memorandum of understanding') {
      if (!windowHas(toks, i - 10, j + 10, AGREEMENT_CONTEXT)) return null;
    }
    return pick('agreement');
  }
  if (classes.has('group')) {
    if (!windowHas(toks, i - 8, j + 8, ARMED_WORDS) || windowHas(toks, i - 3, j + 3, NON_ARMED_BODIES)) return null;
    return pick('group');
  }
  if (classes.has('base')) {
    // "set up a new military base", "established observation posts": a base noun right after, and armed actors near
    if (!windowHas(toks, j, j + 7, BASE_OBJECTS) || !windowHas(toks, i - 10, j + 10, ARMED_WORDS) && !windowHas(toks, j, j + 5, new Set(['military']))) return null;
    return pick('base');
  }
  if (classes.has('transfer')) {
    if (!windowHas(toks, i - 8, j + 8, TRANSFER_CONTEXT)) return null;
    return pick('transfer');
  }
  if (classes.has('threat')) return pick('threat');
  if (classes.has('disrupt')) return null;
  if (classes.has('loot')) return null;
  if (classes.has('territory')) return null;

  // the remaining classes keep their first reading
  const cls = entries[0]!.cls;
  const m = pick(cls);
  if (cls === 'kill' && (lo === 'body' || lo === 'bodies')) {
    if (!windowHas(toks, i - 6, j + 8, BODY_FOUND_WORDS)) return null;
  }
  if (cls === 'kill' && (lo === 'death' || lo === 'deaths') && ['sentence', 'sentenced', 'penalty', 'anniversary', 'threats', 'threat', 'row', 'certificate', 'warrant'].some((w) => w === next || w === prev)) return null;
  if (cls === 'kill' && lo === 'execution' && windowHas(toks, i - 4, j + 4, JUDICIAL_WORDS)) return null;
  if (cls === 'kill' && (lo === 'toll' || lo === 'casualties') && !windowHas(toks, i - 3, j + 5, TOLL_WORDS)) { if (lo === 'toll') return null; }
  return m;
}

/** Feature words in a sentence (weapons, air, arson...) outside the trigger phrases. */
export function sentenceFeatures(sent: ESent): Set<Feature> {
  const f = new Set<Feature>();
  const toks = sent.toks;
  for (let k = 0; k < toks.length; k++) {
    const x = FEATURE_WORDS[toks[k]!.lo];
    if (!x) continue;
    // a rocket-propelled grenade is a rocket, not a hand grenade
    if (x === 'grenade' && /^rocket/.test(toks[k - 1]?.lo ?? '')) { f.add('shelling'); continue; }
    f.add(x);
  }
  return f;
}

/** Prefilter: whether a sentence holds any word a trigger can start with. */
const FIRST_WORDS_RE = new RegExp(`(?:^|[^A-Za-z0-9])(?:${[...TRIGGER_INDEX.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`, 'i');
export function mayHaveTrigger(sentence: string): boolean {
  return FIRST_WORDS_RE.test(sentence);
}

export function detectMentions(sent: ESent, text: string): Mention[] {
  const out: Mention[] = [];
  for (const { i, j, entries } of matchLexicon(sent)) {
    const m = refine(sent, i, j, entries);
    if (!m) continue;
    m.s = sent.toks[m.i]!.s;
    m.e = sent.toks[m.j - 1]!.e;
    m.text = text.slice(m.s, m.e);
    out.push(m);
  }
  return out;
}
