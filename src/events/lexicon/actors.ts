/**
 * Actor lexicon (data): head nouns and phrases that name a side in an event, with the actor kind of
 * record format v1 they suggest. The event type refines some kinds (a crowd is `protesters` at a
 * protest and `rioters` in a riot; villagers are `civilians` as victims).
 */
import type { ActorKind } from '../../types.js';

/** Kind suggested by a head noun; 'crowd' and 'group' are resolved by the event's type. */
export type LexKind = ActorKind | 'crowd' | 'party' | 'person';

const E: [string, LexKind][] = [];
function K(kind: LexKind, words: string): void {
  for (const w of words.split('|')) if (w.trim()) E.push([w.trim(), kind]);
}

K('state_forces', `police|policemen|policeman|policewoman|policewomen|police officer|police officers|police personnel|cops|cop|constable|constables|head constable|
security forces|security force|security personnel|security officers|security officer|security men|security guards|troops|soldiers|soldier|army|military|armed forces|
paramilitary|paramilitaries|paramilitary forces|government forces|government troops|regime forces|pro-government forces|state forces|law enforcers|law enforcement|
law-enforcement|law enforcement agencies|law-enforcement bodies|rangers|frontier corps|border guards|border police|border security force|bsf|crpf|cisf|itbp|ssb|rab|bgb|
rapid action battalion|assam rifles|rashtriya rifles|jawans|jawan|commandos|commando|special forces|gendarmes|gendarmerie|national guard|marines|navy|naval forces|
air force|coast guard|counter-terrorism department|ctd|levies|khasadars|fc|police force|police forces|armed police|armed police force|apf|task force|sepoys|sepoy|
personnel|patrol|officers|officer|investigators|agents|intelligence agents|tatmadaw|military forces|defence forces|defense forces|prison guards|guards|forest guards|
home guards|village defence|prosecutors|authorities|government|administration|ministry|interior ministry|prosecutor|prosecutor-general's office`);
K('rebel_group', `militants|militant|rebels|rebel|insurgents|insurgent|guerrillas|guerrilla|guerillas|maoists|maoist|naxals|naxal|naxalites|naxalite|separatists|separatist|
extremists|extremist|jihadists|jihadist|jihadis|jihadi|terrorists|terrorist|islamists|islamist|taliban|fighters|subversives|subversive|infiltrators|infiltrator|
cadres|cadre|ultras|ultra|insurgent group|militant group|terrorist group|rebel group|armed group|outfit|mujahideen|mujahedeen|red rebels`);
K('political_militia', `militia|militias|militiamen|vigilantes|vigilante|goons|thugs|hooligans|cadres of|party cadres|party activists|party men|party workers|student wing|youth wing|
loyalists|pro-government militia|armed supporters|henchmen|musclemen|death squad|death squads`);
K('identity_militia', `tribesmen|tribal militia|clan militia|clansmen|ethnic militia|communal groups|armed villagers|village militia|herders|herdsmen|self-defence group|self-defense group`);
K('crowd', `protesters|protester|protestors|protestor|demonstrators|demonstrator|marchers|strikers|agitators|picketers|pickets|crowd|crowds|mob|mobs|rioters|rioter|
angry mob|irate mob|irate locals|angry locals|irate villagers|angry villagers|irate residents|angry residents|agitating|activists|activist`);
K('unidentified_armed_group', `gunmen|gunman|assailants|assailant|attackers|attacker|unidentified gunmen|unidentified men|unknown gunmen|unknown men|armed men|masked men|
miscreants|miscreant|bomber|bombers|suicide bomber|suicide bombers|hitmen|hitman|robbers|robber|dacoits|dacoit|criminals|criminal|kidnappers|kidnapper|abductors|
unidentified persons|unidentified assailants|unidentified people|unidentified armed men|armed assailants|suspects|suspect|killers|killer|murderers|perpetrators|
shooters|shooter|snipers|sniper|armed gang|gang|gangs|gangsters|smugglers|pirates|hijackers|hijacker|unknown assailants|unknown persons|assassins|assassin`);
K('external_forces', `foreign troops|foreign forces|nato|nato forces|isaf|coalition|coalition forces|us-led coalition|us forces|u.s. forces|american troops|us troops|
peacekeepers|un peacekeepers|peacekeeping forces|international forces|russian forces|turkish forces|israeli forces|indian forces|pakistani forces|saudi-led coalition|
african union|amisom|us military|u.s. military|us drone|cia`);
K('party', `supporters|supporter|workers|members|followers|leaders|leader|students|student|youths|youth|villagers|locals|residents|group|groups|faction|factions|factions of|
party|supporters of|two groups|rival groups|rival factions|rivals|rival|camps`);
K('person', `civilians|civilian|people|persons|person|man|men|woman|women|child|children|boy|boys|girl|girls|villager|resident|farmer|farmers|trader|traders|businessman|
businessmen|shopkeeper|shopkeepers|teacher|teachers|doctor|doctors|journalist|journalists|reporter|driver|drivers|passengers|passenger|pilgrims|worshippers|devotees|
tourists|family|families|headman|official|officials|councillor|chairman|lawmaker|mla|mp|politician|priest|monk|monks|nun|nuns|refugees|migrants|labourers|labourer|
workers|worker|employees|employee|staff|engineers|engineer|contractor|peasants|peasant|fishermen|fisherman|herders|elders|pedestrians|bystanders|minister|mayor|
lawyer|lawyers|judge|student|students|youths|youth|women|teenager|teenagers|wife|husband|son|daughter|brother|father|mother|relatives|couple|muslims|hindus|
christians|dalits|villagers|residents|locals|individuals|guests|customers|voters|candidate|candidates|activist|activists|leader|leaders|member|members|victims|victim`);

/** Multi-token lexicon, keyed by first token, longest first. */
export const ACTOR_INDEX: Map<string, { tokens: string[]; kind: LexKind }[]> = (() => {
  const m = new Map<string, { tokens: string[]; kind: LexKind }[]>();
  for (const [p, kind] of E) {
    const tokens = p.split(/\s+/);
    const arr = m.get(tokens[0]!) ?? [];
    if (!arr.some((x) => x.tokens.join(' ') === tokens.join(' '))) arr.push({ tokens, kind });
    m.set(tokens[0]!, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
})();

/**
 * Well-known armed and political organisations, as general knowledge: name (lower case) -> kind.
 * Not exhaustive; unknown groups are found from cues ("a group calling itself X", "X militants").
 */
export const KNOWN_GROUPS: Record<string, ActorKind> = {
  taliban: 'rebel_group', 'islamic state': 'rebel_group', isis: 'rebel_group', isil: 'rebel_group', daesh: 'rebel_group', 'al-qaeda': 'rebel_group',
  'al qaeda': 'rebel_group', 'al-qaida': 'rebel_group', 'al-shabaab': 'rebel_group', 'al shabaab': 'rebel_group', 'boko haram': 'rebel_group', hezbollah: 'rebel_group',
  hamas: 'rebel_group', pkk: 'rebel_group', eta: 'rebel_group', ira: 'rebel_group', farc: 'rebel_group', eln: 'rebel_group', fmln: 'rebel_group', ltte: 'rebel_group',
  'lashkar-e-taiba': 'rebel_group', 'lashkar-e-toiba': 'rebel_group', let: 'rebel_group', 'jaish-e-mohammed': 'rebel_group', jem: 'rebel_group', 'hizbul mujahideen': 'rebel_group',
  ttp: 'rebel_group', 'tehreek-e-taliban pakistan': 'rebel_group', ulfa: 'rebel_group', nscn: 'rebel_group', 'nscn-k': 'rebel_group', kia: 'rebel_group', mndaa: 'rebel_group',
  tnla: 'rebel_group', 'arakan army': 'rebel_group', bla: 'rebel_group', 'baloch liberation army': 'rebel_group', 'cpi (maoist)': 'rebel_group', 'shining path': 'rebel_group',
  'sendero luminoso': 'rebel_group', 'abu sayyaf': 'rebel_group', milf: 'rebel_group', npa: 'rebel_group', "new people's army": 'rebel_group', 'houthis': 'rebel_group',
  houthi: 'rebel_group', 'jabhat al-nusra': 'rebel_group', 'nusra front': 'rebel_group', 'free syrian army': 'rebel_group', fsa: 'rebel_group', 'hayat tahrir al-sham': 'rebel_group',
  hts: 'rebel_group', aqap: 'rebel_group', aqim: 'rebel_group', 'lashkar-e-jhangvi': 'rebel_group', 'jamaat-ul-ahrar': 'rebel_group',
  'jamaatul mujahideen bangladesh': 'rebel_group', jmb: 'rebel_group', 'ansar al-islam': 'rebel_group', 'm-19': 'rebel_group', tupamaros: 'rebel_group', 'red brigades': 'rebel_group',
  '17 november': 'rebel_group', 'grapo': 'rebel_group', 'dhkp-c': 'rebel_group', 'hizbul': 'rebel_group', 'al-aqsa martyrs brigades': 'rebel_group', 'islamic jihad': 'rebel_group',
  'hashd al-shaabi': 'political_militia', 'popular mobilisation forces': 'political_militia', 'janjaweed': 'identity_militia', 'anti-balaka': 'identity_militia',
  'awami league': 'political_militia', 'chhatra league': 'political_militia', bcl: 'political_militia', 'jubo league': 'political_militia', bnp: 'political_militia',
  'jamaat-e-islami': 'political_militia', 'islami chhatra shibir': 'political_militia', shibir: 'political_militia', 'chhatra dal': 'political_militia',
  'bajrang dal': 'political_militia', rss: 'political_militia', 'shiv sena': 'political_militia', mqm: 'political_militia', 'sipah-e-sahaba': 'political_militia',
  'ku klux klan': 'identity_militia', 'jewish defense league': 'political_militia', jdl: 'political_militia',
};
