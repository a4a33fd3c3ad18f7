/**
 * Context lexicons (data) read by the detection, typing, modality and status rules.
 * Word lists are lower-case single tokens unless said otherwise; phrases are matched as token
 * sequences inside a window around the trigger.
 */
import type { Feature } from './triggers.js';

const set = (s: string): Set<string> => new Set(s.split('|').map((x) => x.trim()).filter(Boolean));

/** Context words that add typing features wherever they occur in the sentence. */
export const FEATURE_WORDS: Record<string, Feature> = {
  gun: 'firearm', guns: 'firearm', gunmen: 'firearm', gunman: 'firearm', rifle: 'firearm', rifles: 'firearm', pistol: 'firearm', pistols: 'firearm',
  revolver: 'firearm', bullets: 'firearm', bullet: 'firearm', 'bullet-riddled': 'firearm', firearms: 'firearm', firearm: 'firearm', 'ak-47': 'firearm',
  kalashnikov: 'firearm', 'machine-gun': 'firearm', 'machine-guns': 'firearm', shots: 'firearm', shot: 'firearm', gunshot: 'firearm', gunshots: 'firearm',
  sniper: 'firearm', snipers: 'firearm', 'bullet-injured': 'firearm', firing: 'firearm', fired: 'firearm', weapons: 'firearm', arms: 'firearm',
  bomb: 'explosive', bombs: 'explosive', explosive: 'explosive', explosives: 'explosive', dynamite: 'explosive', tnt: 'explosive', rdx: 'explosive',
  ied: 'remote', ieds: 'remote', landmine: 'landmine', landmines: 'landmine', mine: 'landmine', mines: 'landmine', roadside: 'remote', 'remote-controlled': 'remote', detonator: 'remote',
  grenade: 'grenade', grenades: 'grenade',
  mortar: 'shelling', mortars: 'shelling', artillery: 'shelling', rocket: 'shelling', rockets: 'shelling', missile: 'shelling', missiles: 'shelling', shells: 'shelling', shelling: 'shelling',
  airstrike: 'air', airstrikes: 'air', aircraft: 'air', warplane: 'air', warplanes: 'air', jet: 'air', jets: 'air', drone: 'air', drones: 'air', helicopter: 'air', helicopters: 'air', gunship: 'air', gunships: 'air', 'air-strike': 'air', aerial: 'air', 'air-strikes': 'air',
  chlorine: 'chemical', sarin: 'chemical',
  suicide: 'suicide', 'suicide-bomber': 'suicide', kamikaze: 'suicide', kamikazes: 'suicide',
  knife: 'blade', knives: 'blade', machete: 'blade', machetes: 'blade', axe: 'blade', axes: 'blade', sword: 'blade', swords: 'blade', dagger: 'blade', 'sharp': 'blade', sickle: 'blade', daggers: 'blade',
  sticks: 'blunt', stick: 'blunt', rods: 'blunt', rod: 'blunt', batons: 'blunt', clubs: 'blunt', bamboo: 'blunt', bats: 'blunt', lathis: 'blunt', 'iron': 'blunt',
  stones: 'stones', stone: 'stones', bricks: 'stones', brickbats: 'stones', rocks: 'stones',
  petrol: 'arson', kerosene: 'arson', fire: 'arson', ablaze: 'arson', torched: 'arson', arson: 'arson', blaze: 'arson', flames: 'arson',
  encounter: 'encounter',
};

/**
 * Accident and natural-cause context: a death, injury or blast near one of these is not political
 * violence ("killed in a car crash", "a blast at a factory", "died of a heart attack").
 * Matched as single tokens in the trigger's clause.
 */
export const ACCIDENT_WORDS = set(`accident|accidents|crash|crashed|collision|collided|overturned|capsized|drowned|drowning|electrocuted|electrocution|
lightning|landslide|landslides|mudslide|flood|floods|flooding|earthquake|quake|tremor|avalanche|cyclone|storm|typhoon|hurricane|tornado|heatwave|
stampede|boiler|cylinder|cylinders|factory|factories|mill|furnace|short-circuit|short circuit|leak|leakage|gas-leak|fireworks|firecracker|firecrackers|
firework|illness|disease|cancer|dengue|malaria|cholera|influenza|covid|coronavirus|overdose|suicide-note|derailed|derailment|plunged|skidded|
rammed|truck|lorry|bus-truck|garage|containers|pesticide|pesticides|mishap|tragedy|wildfire|bushfire|transformer|explosives-laden-truck|pressure-cooker|hooch|liquor|poisoning|
food-poisoning|snakebite|rabies|infection|outbreak|epidemic|pandemic|mine-collapse|collapse|collapsed|burns|blaze|inferno|fire-fighters|firefighters|
gas|lpg|coal|colliery|chemicals|refinery|reactor|plant|warehouse|spark|sparked|heart|stroke|natural|hospitalised|ill|sick|cardiac`);

/** Words that make an accident reading certain even when a weapon-ish word is present. */
export const STRONG_ACCIDENT = set('tsunami|volcanic|eruption|propane|boiler|accidents|crash|collision|collided|overturned|capsized|drowned|electrocuted|lightning|landslide|earthquake|stampede|boiler|cylinder|derailed|mishap|illness|disease|cancer|overdose|plunged|skidded|firecracker|firecrackers|fireworks|leak|leakage|colliery|hooch');

/** Violence context that overrides weak accident words ("a bomb blast at the factory gate"). */
export const VIOLENCE_CONTEXT = set(`forces|troops|army|military|soldiers|chlorine|sarin|bomb|bombs|bomber|bombers|militant|militants|terrorist|terrorists|insurgent|insurgents|rebels|rebel|attack|attacked|attackers|gunmen|gunman|
explosive|explosives|ied|grenade|grenades|suicide|assailants|miscreants|extremists|maoists|naxals|taliban|jihadists|planted|claimed|responsibility|sabotage|
improvised|detonated|shot|shooting|gunfire|murder|murdered|police|soldiers|troops|army|mob|protesters|clash|clashes|clashed`);

/**
 * Non-physical context: an "attack", "battle", "fight", "clash" or "strike" near one of these and no
 * physical cue is figurative ("the opposition attacked the budget", "a legal battle", "fight against
 * corruption", "heart attack").
 */
export const FIGURATIVE_WORDS = set(`budget|policy|policies|bill|bills|law|decision|remarks|remark|statement|statements|speech|comments|comment|criticism|criticised|criticized|
verbally|verbal|rhetoric|tweet|tweets|twitter|facebook|media|press|editorial|article|op-ed|legal|court|courts|lawsuit|election|elections|electoral|campaign|poll|polls|
vote|votes|votes|debate|debates|parliament|assembly|corruption|poverty|inflation|unemployment|disease|cancer|drugs|pollution|climate|hunger|illiteracy|
heart|panic|asthma|cyber|cyberattack|cyberattacks|hacking|hackers|malware|ransomware|phishing|freedom|democracy|rights|reputation|character|personal|
accused|allegations|allegation|blamed|slammed|lashed|targets|target|tax|taxes|market|markets|prices|price|shares|stocks|stock|index|rupee|dollar|currency|
team|match|matches|wickets|wicket|goals|goal|tournament|cup|final|semi-final|innings|runs|league|championship|game|games|players|player|
strategy|strategies|plan|plans|proposal|proposals|reform|reforms|government's|ministry's|words|idea|ideas|opposition's|column|report|reports|virus`);

/** Physical cues that keep a trigger literal despite figurative words nearby. */
export const PHYSICAL_WORDS = set(`protesters|protestors|demonstrators|rioters|crowd|crowds|mob|killed|dead|died|injured|wounded|hurt|bomb|bombs|gun|guns|gunmen|rifle|rifles|shot|shots|fired|firing|bullets|grenade|explosive|
knife|knives|sticks|rods|stones|police|soldiers|troops|militants|rebels|insurgents|army|forces|villagers|village|house|houses|home|homes|vehicle|vehicles|car|bus|
convoy|checkpoint|post|camp|station|office|shop|shops|market|mosque|temple|church|school|hospital|residence|motorcycle|motorbike|hostages|abducted`);

/** Labour-strike context vs air-strike context for "strike(s)". */
export const LABOUR_STRIKE_WORDS = set(`owners|operators|wildcat|entered|workers|employees|staff|teachers|doctors|nurses|transporters|lawyers|unions|union|traders|drivers|students|farmers|called|observed|
indefinite|general|token|hunger|pen-down|went|go|going|on|strikers|wage|wages|pay|salary|salaries|demands|demanding|demand|shutdown|hartal|bandh|continued|day-long|day|
transport|nationwide|statewide|sit-down|sympathy`);
export const MILITARY_STRIKE_WORDS = set(`air|airstrike|drone|missile|missiles|military|jets|warplanes|aircraft|targets|positions|hideouts|hideout|militants|bases|
precision|retaliatory|coalition|surgical|strategic|pre-emptive|preemptive|carried|conducted|launched|killing|killed|bombing|nato|israeli|us-led|russian|syrian|saudi-led`);

/** Time nouns that make a capitalised "March" (and "May") a month. */
export const MONTH_CONTEXT_BEFORE = set('in|on|since|until|till|last|early|late|mid|of|by|from|during|next|this|before|after|between|through|to|and|end');

/** Reporting verbs: a date right after one dates the report, not the event ("prosecutors said on Sunday"). */
export const REPORTING_VERBS = set(`said|says|say|told|tells|announced|announces|reported|reports|added|adds|stated|states|confirmed|confirms|claimed|claims|
disclosed|revealed|informed|alleged|alleges|noted|explained|quoted|according|tweeted|wrote|briefed|insisted|denied|admitted|acknowledged|declared|mentioned|
warned|urged|demanded|asserted|stressed|complained|recalled|testified|estimated|believed|feared|suspected|indicated|showed|revealed|described`);

/** Modality cues read in the few tokens before a trigger (same clause). Phrases allowed. */
export const NEGATION_BEFORE = [
  'no', 'not', 'never', 'without', "didn't", "did n't", 'did not', 'was not', 'were not', 'has not', 'have not', 'had not', 'denied', 'deny', 'denies',
  'ruled out', 'free of', 'nor', 'neither', 'no sign of', 'no reports of', 'no report of', 'averted', 'avoided',
];
export const NEGATION_AFTER = ['passed off peacefully', 'was averted', 'were averted', 'did not take place', 'was called off', 'was cancelled', 'was canceled', 'were called off', 'was postponed', 'was deferred', 'was withdrawn'];
export const PLANNED_BEFORE = [
  'plan to', 'plans to', 'planned to', 'planning to', 'planned', 'planning', 'will', 'would hold', 'to hold', 'to stage', 'to launch', 'to organise', 'to organize',
  'to carry out', 'intend to', 'intends to', 'intended to', 'scheduled', 'set to', 'going to', 'preparing to', 'prepare to', 'call for', 'called for', 'calls for',
  'calling for', 'announced', 'announce', 'threatened to', 'vowed to', 'vows to', 'plotting', 'plotted', 'plot to', 'conspiracy to', 'conspiring to', 'suspicion of planning',
  'to observe', 'urged', 'appealed', 'decided to', 'to protest', 'upcoming', 'proposed', 'tomorrow', 'next week', 'would be', 'would stage', 'would launch',
  'shall', 'to go on', 'to launch an', 'to start', 'to begin', 'will be', 'to be held', 'to be observed', 'to intensify', 'to continue',
];
export const FOILED_BEFORE = ['foiled', 'thwarted', 'prevented', 'averted', 'failed', 'failed to', 'attempted', 'attempt to', 'attempt', 'bid to', 'tried to', 'trying to', 'aborted', 'botched', 'foil', 'thwart', 'prevent'];
export const THREAT_BEFORE = ['threatened', 'threatening', 'threatens', 'threat of', 'threats of', 'threatened to', 'warned of', 'warning of', 'vowed to', 'vowed', 'ultimatum', 'warned that', 'warned'];
export const HYPOTHETICAL_BEFORE = [
  'if', 'could', 'might', 'may', 'would', 'should', 'feared', 'fear', 'fears', 'fearing', 'possible', 'possibility of', 'risk of', 'danger of', 'likely', 'unless', 'in case of',
  'to avoid', 'to avert', 'to prevent', 'to stop', 'to curb', 'to check', 'to contain', 'to deter', 'against any', 'any', 'potential', 'prevent', 'avoid', 'wanted to', 'in the event of',
];

/** Background cues: an earlier event cited as context. Phrases matched in the trigger's clause. */
export const BACKGROUND_CUES = [
  'last month', 'last year', 'last week', 'earlier this year', 'earlier this month', 'earlier in the year', 'previous', 'previously', 'in the past', 'ago', 'since',
  'anniversary', 'earlier', 'had been', 'had killed', 'had attacked', 'had carried out', 'a year after', 'months after', 'years after', 'in the wake of', 'following the',
  'guilty of', 'found guilty', 'pleaded guilty', 'pleads guilty', 'testify', 'testified', 'responsible for', 'accused of', 'charged with', 'convicted of', 'convicted', 'sentenced', 'trial', 'involved in', 'suspected of', 'blamed for', 'linked to', 'wanted for',
  'in connection with', 'mastermind', 'masterminded', 'commemorate', 'commemorating', 'memorial', 'remember', 'recalled', 'last', 'compensation', 'probe', 'inquiry',
  'investigation into', 'verdict', 'acquitted', 'hanged for', 'case of', 'in the case', 'over the killing', 'over the murder', 'over the death', 'against the killing',
  'against the murder', 'against the death', 'against the attack', 'protesting the', 'to protest the', 'demanding justice', 'demanding arrest', 'condemning the', 'condemned the',
];

/** Cues that mark an event as the current one despite words above ("the latest in a series"). */
export const CURRENT_CUES = ['latest', 'on going', 'ongoing', 'continuing', 'continued', 'today', 'tonight', 'this morning', 'this evening', 'yesterday', 'last night'];

/** Generic plurals: "a series of attacks", "a string of blasts" name a class of events, not one. */
export const GENERIC_BEFORE = [
  'a series of', 'series of', 'a string of', 'string of', 'a spate of', 'spate of', 'a wave of', 'wave of', 'a number of', 'several', 'other', 'many', 'numerous',
  'frequent', 'repeated', 'such', 'any', 'acts of', 'all', 'more', 'recent', 'past', 'previous', 'similar', 'these', 'those', 'fresh', 'outbursts of', 'incidents of',
  'cases of', 'rise in', 'increase in', 'surge in', 'escalation of', 'history of', 'campaign of', 'kinds of', 'types of', 'forms of', 'threat of', 'fear of',
];

/** Locative cues before a place name, with the ACLED precision they imply for a town (1 = in it, 2 = near it). */
export const LOCATIVE_BEFORE: Record<string, 1 | 2> = {
  in: 1, at: 1, on: 1, inside: 1, from: 1, into: 1, across: 2, near: 2, outside: 2, 'outskirts of': 2, 'on the outskirts of': 2, 'close to': 2, 'north of': 2, 'south of': 2,
  'east of': 2, 'west of': 2, 'northeast of': 2, 'northwest of': 2, 'southeast of': 2, 'southwest of': 2, 'north-east of': 2, 'north-west of': 2, 'south-east of': 2,
  'south-west of': 2, 'km from': 2, 'kilometres from': 2, 'kilometers from': 2, 'miles from': 2, 'off': 2, 'around': 2, 'nearby': 2, 'vicinity of': 2, 'outside of': 2,
  'village of': 1, 'town of': 1, 'city of': 1, 'district of': 1, 'province of': 1, 'area of': 1, 'areas of': 2, 'parts of': 2, 'part of': 2, 'region of': 1, 'state of': 1,
  'suburb of': 2, 'neighbourhood of': 1, 'neighborhood of': 1, 'township': 1, 'upazila': 1,
};

/** Person nouns: heads that make a number a count of people ("five militants", "two dozen villagers"). */
export const PERSON_NOUNS = set(`people|persons|person|civilians|civilian|man|men|woman|women|child|children|boy|boys|girl|girls|kid|kids|baby|babies|infant|infants|
person|individual|individuals|others|other|one|ones|victims|victim|passengers|passenger|pilgrims|worshippers|worshipers|devotees|tourists|residents|resident|villagers|villager|
locals|local|farmers|farmer|workers|worker|labourers|labourer|laborers|students|student|teachers|teacher|doctors|doctor|nurses|journalists|journalist|reporters|reporter|
traders|trader|shopkeepers|shopkeeper|businessmen|businessman|drivers|driver|family|families|relatives|members|member|supporters|supporter|activists|activist|leaders|leader|
officials|official|officers|officer|policemen|policeman|police|policewomen|cops|cop|constables|constable|soldiers|soldier|troops|troopers|trooper|personnel|jawans|jawan|
guards|guard|commandos|commando|paramilitaries|paramilitary|rangers|militiamen|militia|militias|fighters|fighter|militants|militant|rebels|rebel|insurgents|insurgent|
guerrillas|guerrilla|terrorists|terrorist|extremists|extremist|jihadists|jihadist|maoists|maoist|naxals|naxal|naxalites|naxalite|cadres|cadre|gunmen|gunman|attackers|attacker|
assailants|assailant|bombers|bomber|suspects|suspect|criminals|criminal|robbers|robber|dacoits|dacoit|smugglers|smuggler|miscreants|miscreant|protesters|protester|protestors|
demonstrators|demonstrator|rioters|rioter|youths|youth|persons|staff|employees|employee|engineers|engineer|contractors|contractor|monks|monk|priests|priest|clerics|cleric|
imams|imam|scholars|judges|judge|lawyers|lawyer|politicians|politician|councillors|councillor|lawmakers|lawmaker|mps|mlas|ministers|minister|chairman|headman|chief|
sepoys|sepoy|subversives|subversive|peasants|peasant|refugees|refugee|migrants|migrant|prisoners|prisoner|inmates|inmate|detainees|hostages|hostage|crew|crewmen|sailors|
seamen|fishermen|fisherman|herders|herder|tribesmen|tribesman|tribals|elders|elder|pedestrians|bystanders|bystander|shoppers|diplomats|diplomat|nationals|national|
foreigners|foreigner|citizens|citizen|muslims|hindus|christians|buddhists|sikhs|dalits|shias|sunnis|infiltrators|infiltrator|intruders|comrades|colleagues|relatives|sons|son|
daughters|daughter|wife|husband|brother|brothers|sister|sisters|father|mother|parents|couple|friends|friend|guests|spectators|mourners|pupils|teenagers|teenager|boy|
agents|agent|inspector|inspectors|sub-inspector|head|deputy|commander|commanders|colonel|major|captain|lieutenant|sergeant|general|mayor|governor|legislator|
corporal|constabulary|security|bodyguard|bodyguards|jawans|ranger|marines|marine|servicemen|serviceman|airmen|lawmen|vigilantes|goons|thugs|
ambassador|ambassadors|consul|consuls|attache|attaches|envoy|envoys|secretary|commissioner|president|premier|senator|senators|congressman|industrialist|industrialists|
executive|executives|manager|managers|director|directors|nurse|bishop|pastor|missionary|missionaries|tourist|watchman|watchmen|pilot|pilots|co-pilot|prosecutor|
magistrate|magistrates|occupants|occupant|worshipper|clergyman|rabbi|sheikh|chief|chieftain|landlord|landlords|contractor|guardsman|guardsmen|conscript|conscripts|
recruits|recruit|cadet|cadets|gendarme|gendarmes|policeman's|admiral|general's|aide|aides|adviser|advisers|advisor|advisors|consultant|consultants|technician|
technicians|businesswoman|businesspeople|expatriates|expatriate|hostage|teen|teens|toddler|toddlers|infant|baby|sons|villager|elderly|persons|individual|people's|cleaners|
vendors|vendor|hawkers|hawker|labourer|farmhands|herdsman|herdsmen|shepherd|shepherds|fishermen|miners|miner|porter|porters|truckers|trucker|motorist|motorists|cyclist|
militiaman|paratrooper|paratroopers|soldiers'|rebels'|fighters'|bandit|bandits|gangster|gangsters|prisoner's|informer|informers|collaborator|collaborators`);

/** Determiners and light words allowed inside a victim noun phrase. */
export const NP_LIGHT = set(`a|an|the|his|her|their|its|our|my|your|this|that|these|those|another|other|two|three|all|both|some|several|many|more|at|least|about|nearly|
almost|around|over|than|up|to|only|also|including|and|,|of|whom|them|suspected|alleged|unidentified|unknown|armed|innocent|local|young|old|elderly|senior|junior|
top|retired|off-duty|on-duty|security|police|army|military|paramilitary|border|frontier|government|rebel|militant|civilian|party|student|female|male|foreign|pakistani|indian|afghan`);

/** Auxiliaries and adverbs between a victim noun phrase and its participle ("were reportedly killed"). */
export const AUX_WORDS = set(`was|were|is|are|be|been|being|has|have|had|got|get|gets|getting|reportedly|allegedly|also|all|later|critically|seriously|severely|badly|grievously|
fatally|instantly|immediately|mortally|slightly|lightly|both|apparently|either|each|then|subsequently|eventually|reported|believed|feared|said|confirmed|were|left|
been|being|presumably|possibly|likely|probably|just|only|so|far|thus|were`);

/** Words that make a count of perpetrators ("the bomber", "himself"). */
export const PERPETRATOR_NOUNS = set('bomber|bombers|attacker|attackers|assailant|assailants|gunman|gunmen|militant|militants|terrorist|terrorists|himself|herself|themselves|perpetrator|perpetrators|hijacker|hijackers|insurgents|insurgent|rebels|rebel|suicide');

/** Clause boundary words (a victim phrase does not run past these). */
export const CLAUSE_BREAK = set(`when|while|after|before|as|because|since|but|though|although|who|which|where|whereas|until|unless|if|said|says|told|adding|added|
according|that|than|so|yet|whom|whose|during|following|amid|despite|;|:|(|)|"|“|”|and|—|–`);

/** Update cues: a later, higher figure replaces an earlier one ("the death toll rose to 12"). */
export const UPDATE_CUES = set('rose|risen|rises|climbed|climbs|reached|increased|mounted|jumped|soared|stood|stands|toll|now|later|subsequently');

/** Additive cues: a second count adds to the first ("two more bodies", "another policeman"). */
export const ADDITIVE_CUES = set('more|another|additional|further|also|other|separate|second|third');
