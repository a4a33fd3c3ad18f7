/**
 * Dedup rules as data: which event types may describe the same event, how far apart two places may be
 * given their precision, how many points each kind of agreement is worth, and the words that carry no
 * signal when comparing evidence text. The engine (similarity.ts) only applies these tables.
 */
import type { ActorKind, EventType } from '../types.js';

/**
 * Pairs of different types that outlets (or extractors) use for the same incident, with the points the
 * pair earns (same type earns POINTS.sameType). Any pair not listed is incompatible: never merged.
 */
export const TYPE_PAIRS: Record<string, number> = {
  'battles|explosions_remote_violence': 0, // "clashes" vs "shelling" of the same fight
  'battles|violence_against_civilians': 0, // "attack on a village" vs "clash with vigilantes"
  'explosions_remote_violence|violence_against_civilians': 0, // "bomb in a market" coded either way
  'protests|riots': 0, // a protest that turned violent
  'riots|violence_against_civilians': 0, // mob violence
  'protests|violence_against_civilians': 0, // security forces shooting protesters, coded either way
  'battles|riots': 0, // armed communal or gang clashes, coded either way
};

export function typePairKey(a: EventType, b: EventType): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Radius (km) a place of each precision stands for: 1 = the town itself, 2 = near it / a district, 3 = a region. */
export const PLACE_RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 15, 2: 40, 3: 300 };
/** Two places closer than this are the same spot whatever their names. */
export const SAME_SPOT_KM = 3;
/** Across a national border only places this close can be the same event (geocoding slack at borders). */
export const CROSS_BORDER_KM = 25;

/** Days of slack between two day-precision dates (time zones, "overnight", "late on Tuesday"). */
export const DAY_SLACK = 1;
/** A mention without a date: its event happened at most this many days before publication. */
export const UNDATED_LOOKBACK_DAYS = 30;
/** A background mention ("last year's bombing") without a date reaches back this far. */
export const UNDATED_BACKGROUND_LOOKBACK_DAYS = 400;

/** Points for each kind of agreement (and penalties for disagreement). A link needs LINK_THRESHOLD. */
export const POINTS = {
  sameType: 1.0,
  sameSubtype: 0.5,
  sameDay: 2.0,
  adjacentDay: 1.0,
  overlapWeek: 0.6,
  overlapMonth: 0.2,
  overlapYear: 0,
  bothUndatedClosePublished: 0.3,
  sameSpot: 2.0,
  /** Scaled by 1 - distance/threshold for two town-level (precision 1-2) places. */
  nearPlace: 1.5,
  /** A region-level place (precision 3) that contains the other. */
  samePlaceRegion: 0.5,
  sharedNamedActor: 1.5,
  sharedActorKind: 0.5,
  namedActorConflict: -3.0,
  countAgree: 1.0,
  countAgreeZero: 0.2,
  countClose: 0.5,
  countRising: 0,
  fatalitiesConflict: -2.5,
  injuredConflict: -1.0,
  /** Multiplied by the weighted Dice coefficient of the content words of the two mentions' evidence and summary. */
  text: 4.0,
  /** Two compatible but different types ("battles" vs "explosions") need more content to merge. */
  typeMismatch: -0.5,
  /** Two subtypes from different families ("car bomb" vs "mortar shelling"). */
  subtypeConflict: -1.5,
  /** One-sided events (explosions, violence against civilians) whose perpetrators are of different kinds or named groups. */
  perpetratorConflict: -3.0,
  /** Both reports name the kind of site hit (a market, a mosque, a checkpoint): the same kind, or none in common. */
  sameSite: 0.5,
  siteConflict: -1.5,
};

/**
 * Two mentions describe the same event when their total reaches LINK_THRESHOLD and the content part
 * (actors, counts, evidence text, subtype: everything but type, day and place) reaches CONTENT_MIN:
 * same town and same day never win over actors, counts or subtypes that say otherwise.
 */
export const LINK_THRESHOLD = 3.5;
export const CONTENT_MIN = 0;

/**
 * Subtype families. Reports of one event may disagree inside a family ("suicide bomb" vs "remote
 * explosive") or across the compatible family pairs below (a siege reported as a clash by one outlet and as
 * a car bomb by another); any other pair of known families is a different event ("car bomb" vs "mortars",
 * "abduction" vs "clash"). Unknown subtypes are not judged.
 */
export const SUBTYPE_FAMILIES: Record<string, string> = {
  armed_clash: 'fighting', government_regains_territory: 'fighting', non_state_actor_overtakes_territory: 'fighting',
  suicide_bomb: 'ground_explosive', remote_explosive: 'ground_explosive', remote_explosive_landmine_ied: 'ground_explosive', grenade: 'ground_explosive',
  shelling_artillery_missile: 'standoff', shelling_artillery_missile_attack: 'standoff', air_drone_strike: 'standoff', chemical_weapon: 'standoff',
  attack: 'attack',
  abduction: 'abduction', abduction_forced_disappearance: 'abduction',
  sexual_violence: 'sexual_violence',
  peaceful_protest: 'protest', protest_with_intervention: 'protest', excessive_force: 'protest', excessive_force_against_protesters: 'protest', violent_demonstration: 'protest',
  mob_violence: 'mob',
};
export const FAMILY_PAIRS: ReadonlySet<string> = new Set([
  'fighting|ground_explosive', 'fighting|standoff', 'attack|fighting', 'attack|ground_explosive', 'attack|standoff', 'mob|protest', 'attack|mob',
]);

/** Words of event vocabulary that any two violent events share: they count for little in text similarity. */
export const GENERIC_EVENT_WORDS: ReadonlySet<string> = new Set(
  `kill dead death die died toll attack attacker wound injur hurt bomb bomber explosion explod blast fire shot shoot gunfire
  clash fight fighter violence violent strike struck hit target victim casualty casualtie civilian police security force
  army military soldier troop militant gunmen armed group protest protester demonstrator demonstration march rally riot
  town city village district province region state capital area country border central north south east west northern
  southern eastern western local government authority official spokesman`
    .split(/\s+/)
    .filter(Boolean),
);
/** Weight of a generic event word in the text similarity (others weigh 1). */
export const GENERIC_WORD_WEIGHT = 0.25;

/** Descriptor words stripped from actor names before comparing them ("Ambazonian separatists" -> "ambazonian"). */
export const ACTOR_DESCRIPTORS: ReadonlySet<string> = new Set(
  `fighters fighter militants militant rebels rebel separatists separatist insurgents insurgent jihadists jihadist gunmen
  members member forces force troops soldiers army militia militiamen group faction cell commanders commander units unit
  dissidents dissident terrorists terrorist elements`
    .split(/\s+/)
    .filter(Boolean),
);

/** Counts agree when their ranges overlap; are "close" when max <= CLOSE_RATIO * min + CLOSE_ABS. */
export const COUNT_CLOSE_RATIO = 2;
export const COUNT_CLOSE_ABS = 2;
/** A later report may raise a toll up to this factor (plus RISING_ABS) before it counts as a different event. */
export const COUNT_RISING_RATIO = 6;
export const COUNT_RISING_ABS = 4;
/** Two reports less than this many hours apart are "the same time" (no rising toll between them). */
export const SAME_TIME_HOURS = 3;

/** Actor kinds that say nothing about who did it. */
export const NEUTRAL_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['civilians', 'unidentified_armed_group']);
/** Kinds whose named groups must agree (two different named armed groups are two different events). */
export const GROUP_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['rebel_group', 'political_militia', 'identity_militia', 'external_forces']);

/** Actor names that describe rather than name: never count as a shared or conflicting named actor. */
export const GENERIC_ACTOR_WORDS: ReadonlySet<string> = new Set([
  'police', 'policemen', 'police officers', 'officers', 'army', 'military', 'troops', 'soldiers', 'security forces', 'forces',
  'government forces', 'government troops', 'state forces', 'militants', 'gunmen', 'unknown gunmen', 'armed men', 'insurgents',
  'rebels', 'jihadists', 'islamists', 'terrorists', 'attackers', 'assailants', 'bandits', 'fighters', 'militia', 'militias',
  'militiamen', 'protesters', 'protestors', 'demonstrators', 'civilians', 'villagers', 'residents', 'students', 'workers',
  'mob', 'rioters', 'youths', 'herders', 'farmers', 'worshippers', 'a man', 'a gunman', 'gunman', 'suicide bomber', 'bomber',
  'unidentified armed group', 'unidentified gunmen', 'security personnel', 'authorities', 'government', 'vigilantes',
]);

/** Words that carry no signal about which event is meant (function words and reporting verbs). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but of in on at to for from by with without as into onto over under after before during since until
  about above below between near among against across through while when where which who whom whose what that this these
  those there here it its it's is are was were be been being has have had having do does did not no nor so than then too
  very can could would should may might must will shall also just only even still yet again more most some any each every
  all both few many much other such own same he she they them their theirs his her hers him we us our you your i me my
  said says say saying told tells according reported reports report reporting added adding stated statement news agency
  officials official spokesman spokeswoman spokesperson local media sources source witnesses witness quoted quoting
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night
  week month year earlier later late early last next day days hours hour minutes
  people person least around approximately nearly almost several one two three four five six seven eight nine ten
  eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
  eighty ninety hundred hundreds thousand thousands dozen dozens scores first second third`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Kinds of site an attack or protest can hit, as words and phrases. Two reports that each name a site and
 * share no kind describe different incidents (a hotel bombing and mortars on the airport the same evening).
 * Plain urban words (square, street, district, office) are left out: reports of one event vary there.
 */
export const SITE_CLASSES: Record<string, string[]> = {
  market: ['market', 'marketplace', 'bazaar', 'souq', 'souk'],
  worship: ['mosque', 'church', 'temple', 'shrine', 'synagogue', 'cathedral', 'chapel', 'mass', 'prayers', 'worshippers'],
  school: ['school', 'university', 'college', 'campus', 'gymnasium', 'gym', 'classroom', 'madrasa', 'students hostel'],
  hospital: ['hospital', 'clinic', 'health centre', 'health center', 'maternity'],
  hotel: ['hotel', 'guesthouse', 'guest house'],
  bar: ['bar', 'nightclub', 'night club', 'cantina', 'restaurant', 'cafe', 'pub'],
  airport: ['airport', 'airfield', 'airstrip', 'air base', 'airbase'],
  military: ['military base', 'army base', 'barracks', 'outpost', 'checkpoint', 'detachment', 'military position', 'army post', 'military post', 'positions', 'base'],
  police: ['police station', 'police headquarters', 'police office', 'police post', 'police compound', 'police lines', 'police chief s office'],
  camp: ['camp', 'displacement site', 'idp site', 'hideout'],
  vehicle: ['car', 'vehicle', 'convoy', 'truck', 'bus', 'minibus', 'patrol vehicle'],
  road: ['highway', 'road', 'roadblock'],
  transport: ['bus station', 'train station', 'railway station', 'railway', 'train', 'bus terminal', 'port'],
  residential: ['apartment', 'apartment block', 'residential building', 'residential area', 'house', 'houses', 'home', 'homes', 'residential neighbourhood'],
  infrastructure: ['power plant', 'energy facility', 'infrastructure facility', 'substation', 'dam', 'pipeline', 'oil facility'],
  government: ['parliament', 'town hall', 'city hall', 'ministry', 'presidential palace', 'governor s office', 'court', 'courthouse'],
  prison: ['prison', 'jail', 'detention centre', 'detention center'],
  field: ['fields', 'farm', 'farmland', 'field'],
};
