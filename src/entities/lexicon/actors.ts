/**
 * Descriptive actors: head nouns (singular and plural) with their category, the modifiers a
 * chunk may carry before its head, and the words that open it. Lower-case.
 */
import type { Chunk } from '../../types.js';

type Category = Chunk['category'];

/** [singular, plural, category] */
const HEADS: Array<[string, string, Category]> = [
  // perpetrators
  ['gunman', 'gunmen', 'perpetrator'], ['militant', 'militants', 'perpetrator'], ['attacker', 'attackers', 'perpetrator'],
  ['assailant', 'assailants', 'perpetrator'], ['insurgent', 'insurgents', 'perpetrator'], ['rebel', 'rebels', 'perpetrator'],
  ['fighter', 'fighters', 'perpetrator'], ['extremist', 'extremists', 'perpetrator'], ['terrorist', 'terrorists', 'perpetrator'],
  ['jihadist', 'jihadists', 'perpetrator'], ['jihadi', 'jihadis', 'perpetrator'], ['bomber', 'bombers', 'perpetrator'],
  ['kidnapper', 'kidnappers', 'perpetrator'], ['hijacker', 'hijackers', 'perpetrator'], ['raider', 'raiders', 'perpetrator'],
  ['bandit', 'bandits', 'perpetrator'], ['gangster', 'gangsters', 'perpetrator'], ['robber', 'robbers', 'perpetrator'],
  ['suspect', 'suspects', 'perpetrator'], ['perpetrator', 'perpetrators', 'perpetrator'], ['separatist', 'separatists', 'perpetrator'],
  ['guerrilla', 'guerrillas', 'perpetrator'], ['mujahid', 'mujahideen', 'perpetrator'], ['sniper', 'snipers', 'perpetrator'],
  ['shooter', 'shooters', 'perpetrator'], ['killer', 'killers', 'perpetrator'], ['rioter', 'rioters', 'perpetrator'],
  ['looter', 'looters', 'perpetrator'], ['arsonist', 'arsonists', 'perpetrator'], ['radical', 'radicals', 'perpetrator'],
  ['criminal', 'criminals', 'perpetrator'], ['thug', 'thugs', 'perpetrator'], ['intruder', 'intruders', 'perpetrator'],
  // state forces
  ['soldier', 'soldiers', 'force'], ['troop', 'troops', 'force'], ['policeman', 'policemen', 'force'],
  ['policewoman', 'policewomen', 'force'], ['officer', 'officers', 'force'], ['serviceman', 'servicemen', 'force'],
  ['guard', 'guards', 'force'], ['commando', 'commandos', 'force'], ['paratrooper', 'paratroopers', 'force'],
  ['marine', 'marines', 'force'], ['gendarme', 'gendarmes', 'force'], ['agent', 'agents', 'force'],
  ['trooper', 'troopers', 'force'], ['sergeant', 'sergeants', 'force'], ['lieutenant', 'lieutenants', 'force'],
  ['captain', 'captains', 'force'], ['colonel', 'colonels', 'force'], ['general', 'generals', 'force'],
  ['conscript', 'conscripts', 'force'], ['recruit', 'recruits', 'force'], ['cadet', 'cadets', 'force'],
  ['peacekeeper', 'peacekeepers', 'force'], ['ranger', 'rangers', 'force'], ['militiaman', 'militiamen', 'force'],
  ['force', 'forces', 'force'], ['police', 'police', 'force'], ['personnel', 'personnel', 'force'],
  ['army', 'armies', 'force'], ['military', 'militaries', 'force'], ['patrol', 'patrols', 'force'],
  // groups
  ['group', 'groups', 'group'], ['militia', 'militias', 'group'], ['cell', 'cells', 'group'], ['faction', 'factions', 'group'],
  ['organisation', 'organisations', 'group'], ['organization', 'organizations', 'group'], ['network', 'networks', 'group'],
  ['movement', 'movements', 'group'], ['gang', 'gangs', 'group'], ['mob', 'mobs', 'group'], ['crowd', 'crowds', 'group'],
  ['band', 'bands', 'group'], ['unit', 'units', 'group'], ['squad', 'squads', 'group'],
  ['protester', 'protesters', 'group'], ['protestor', 'protestors', 'group'], ['demonstrator', 'demonstrators', 'group'],
  // civilians and people
  ['civilian', 'civilians', 'civilian'], ['resident', 'residents', 'civilian'], ['villager', 'villagers', 'civilian'],
  ['passer-by', 'passers-by', 'civilian'], ['bystander', 'bystanders', 'civilian'], ['child', 'children', 'civilian'],
  ['worker', 'workers', 'civilian'], ['pilgrim', 'pilgrims', 'civilian'], ['worshipper', 'worshippers', 'civilian'],
  ['worshiper', 'worshipers', 'civilian'], ['student', 'students', 'civilian'], ['farmer', 'farmers', 'civilian'],
  ['shopper', 'shoppers', 'civilian'], ['tourist', 'tourists', 'civilian'], ['journalist', 'journalists', 'civilian'],
  ['teacher', 'teachers', 'civilian'], ['doctor', 'doctors', 'civilian'], ['nurse', 'nurses', 'civilian'],
  ['passenger', 'passengers', 'civilian'], ['driver', 'drivers', 'civilian'], ['hostage', 'hostages', 'civilian'],
  ['victim', 'victims', 'civilian'], ['prisoner', 'prisoners', 'civilian'], ['inmate', 'inmates', 'civilian'],
  ['refugee', 'refugees', 'civilian'], ['migrant', 'migrants', 'civilian'], ['family', 'families', 'civilian'],
  ['relative', 'relatives', 'civilian'], ['shepherd', 'shepherds', 'civilian'], ['trader', 'traders', 'civilian'],
  ['official', 'officials', 'person'], ['man', 'men', 'person'], ['woman', 'women', 'person'], ['person', 'people', 'person'],
  ['boy', 'boys', 'person'], ['girl', 'girls', 'person'], ['individual', 'individuals', 'person'], ['youth', 'youths', 'person'],
  ['teenager', 'teenagers', 'person'], ['member', 'members', 'person'], ['leader', 'leaders', 'person'],
  ['spokesman', 'spokesmen', 'person'], ['spokeswoman', 'spokeswomen', 'person'], ['witness', 'witnesses', 'person'],
  ['mother', 'mothers', 'person'], ['father', 'fathers', 'person'], ['son', 'sons', 'person'], ['daughter', 'daughters', 'person'],
  ['wife', 'wives', 'person'], ['husband', 'husbands', 'person'], ['brother', 'brothers', 'person'], ['sister', 'sisters', 'person'],
  ['citizen', 'citizens', 'civilian'], ['national', 'nationals', 'civilian'], ['local', 'locals', 'civilian'],
];

export interface HeadInfo { category: Category; plural: boolean; lemma: string }

export const HEAD_NOUNS = new Map<string, HeadInfo>();
for (const [sg, pl, category] of HEADS) {
  HEAD_NOUNS.set(pl, { category, plural: true, lemma: sg });
  // "police", "personnel" are plural only
  if (sg !== pl) HEAD_NOUNS.set(sg, { category, plural: false, lemma: sg });
}
HEAD_NOUNS.set('police', { category: 'force', plural: true, lemma: 'police' });
HEAD_NOUNS.set('personnel', { category: 'force', plural: true, lemma: 'personnel' });

/** Heads that name a woman or a girl (for "she"). */
export const FEMALE_HEADS = new Set(['woman', 'girl', 'mother', 'daughter', 'wife', 'sister', 'policewoman', 'spokeswoman']);

/** Words that may stand between the opener and the head. */
export const MODIFIERS = new Set([
  'suspected', 'alleged', 'armed', 'heavily', 'heavily-armed', 'unidentified', 'unknown', 'masked', 'hooded', 'local', 'foreign',
  'security', 'police', 'army', 'military', 'government', 'pro-government', 'anti-government', 'rebel', 'militant',
  'islamist', 'islamic', 'jihadist', 'extremist', 'radical', 'suicide', 'young', 'elderly', 'old', 'wounded', 'injured',
  'dead', 'unarmed', 'off-duty', 'plainclothes', 'plain-clothes', 'senior', 'junior', 'former', 'other', 'more', 'fellow',
  'border', 'traffic', 'riot', 'special', 'federal', 'national', 'regional', 'municipal', 'state', 'interior', 'ministry',
  'defence', 'defense', 'intelligence', 'secret', 'private', 'prison', 'female', 'male', 'teenage', 'innocent', 'ordinary',
  'angry', 'violent', 'peaceful', 'opposition', 'separatist', 'insurgent', 'tribal', 'ethnic', 'religious', 'muslim',
  'christian', 'sunni', 'shia', 'shiite', 'kurdish', 'arab', 'terrorist', 'criminal', 'drug', 'knife-wielding',
  'gun-toting', 'machete-wielding', 'axe-wielding', 'masked', 'uniformed', 'detained', 'arrested', 'captured',
  'kidnapped', 'abducted', 'missing', 'killed', 'slain', 'fleeing', 'retreating', 'attacking', 'besieged', 'trapped',
  'top', 'high-ranking', 'low-ranking', 'ranking', 'commanding', 'counter-terrorism', 'anti-terrorism', 'counterterrorism',
  'customs', 'emergency', 'rescue', 'health', 'medical', 'hospital', 'school', 'university', 'local', 'bank', 'oil',
  'construction', 'aid', 'un', 'u.n.', 'nato', 'coalition', 'allied', 'enemy', 'hostile', 'turkish', 'russian',
]);

/** Words that open a chunk. Values: the count they give (null: no count). */
export const OPENERS = new Map<string, number | null>([
  ['a', 1], ['an', 1], ['one', 1], ['the', null], ['this', null], ['that', null], ['these', null], ['those', null],
  ['some', null], ['several', null], ['many', null], ['few', null], ['numerous', null], ['various', null],
  ['another', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['dozen', 12], ['dozens', null], ['hundreds', null], ['thousands', null], ['scores', null], ['his', null], ['her', null],
  ['their', null], ['its', null], ['both', 2], ['all', null], ['no', 0],
]);

/** Words before an opener that belong to the count ("at least five", "more than 20"). */
export const COUNT_PREFIXES = [
  ['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['about'], ['around'],
  ['nearly'], ['almost'], ['some'], ['roughly'], ['approximately'], ['over'], ['under'], ['only'], ['just'], ['another'],
];
