/**
 * Trigger lexicon (data). Each entry is a lower-case token sequence (hyphenated words are one token)
 * and the class of event word it is. Context rules (what blocks a trigger, what it needs) live in
 * `context.ts`; the engine that matches these is `../detect.ts`.
 *
 * Classes:
 *  kill, injure        outcomes of violence (also counted)
 *  attack              one-sided violence (shooting, stabbing, beating, assault)
 *  clash               two-sided fighting (gun battle, encounter, exchange of fire)
 *  explode             explosions and remote violence (blast, IED, shelling, air strike)
 *  abduct, sexual      abduction, sexual violence
 *  arrest              arrests and detentions (also counted)
 *  protest             demonstrations, strikes, sit-ins, rallies
 *  riot                mobs, rioting, stone pelting, arson by crowds, vandalism
 *  force               intervention against a crowd (tear gas, baton charge)
 *  territory_gov, territory_nsa   territory taken (by the state / by others)
 *  agreement, group, disrupt, base, loot, transfer, threat   strategic developments
 */

export type TriggerClass =
  | 'kill' | 'injure' | 'attack' | 'clash' | 'explode' | 'abduct' | 'sexual' | 'arrest'
  | 'protest' | 'riot' | 'force' | 'territory_gov' | 'territory' | 'agreement' | 'group' | 'disrupt'
  | 'base' | 'loot' | 'transfer' | 'threat';

/** Features a trigger (or a context word) contributes to typing. */
export type Feature =
  | 'firearm' | 'explosive' | 'suicide' | 'air' | 'shelling' | 'grenade' | 'chemical' | 'blade' | 'blunt'
  | 'arson' | 'stones' | 'landmine' | 'remote' | 'crude' | 'incendiary' | 'lethal_force' | 'mob' | 'hostage' | 'encounter';

export interface TriggerEntry {
  phrase: string;
  tokens: string[];
  cls: TriggerClass;
  /** A weak trigger makes an event only with support (a casualty, another trigger, an armed actor). */
  weak: boolean;
  /** Noun (nominal) rather than verb form. */
  nominal: boolean;
  /** Passive/participle form whose subject is the victim ("killed", "wounded", "arrested"). */
  participle: boolean;
  features: Feature[];
}

interface Opts { weak?: boolean; nominal?: boolean; participle?: boolean; f?: Feature[] }

const ENTRIES: TriggerEntry[] = [];
function L(cls: TriggerClass, phrases: string, o: Opts = {}): void {
  for (const p of phrases.split('|')) {
    const phrase = p.trim();
    if (!phrase) continue;
    ENTRIES.push({ phrase, tokens: phrase.split(' '), cls, weak: !!o.weak, nominal: !!o.nominal, participle: !!o.participle, features: o.f ?? [] });
  }
}

// --- outcomes -------------------------------------------------------------------------------
L('kill', 'shot to death|shot dead|machine-gunned to death|killed|slain|murdered|massacred|beheaded|executed|assassinated|lynched|slaughtered|martyred|shot dead|gunned down|hacked to death|stabbed to death|beaten to death|bludgeoned to death|burnt alive|burned alive|burnt to death|burned to death|lost their lives|lost his life|lost her life|lost lives|succumbed|succumbed to his injuries|succumbed to injuries|fatally wounded|fatally shot|fatally injured|fatally stabbed|crushed to death|strangled|strangled to death|done to death|shot and killed|killed on the spot', { participle: true });
L('kill', 'kill|kills|killing|murder|murders|murdering|massacre|massacres|behead|beheads|beheading|assassinate|assassinates|assassination|lynch|lynches|lynching|slaughter|execution|executions|killings', {});
L('kill', 'killing|fatally wounding|fatally injuring', {});
L('kill', 'dead|died|dies|die|dying|death|deaths|bodies|body|death toll|toll|fatalities|casualties', { weak: true, participle: true });
L('injure', 'injured|wounded|hurt|maimed|bullet-injured|critically injured|seriously injured|severely injured|grievously injured|slightly injured|sustained injuries|suffered injuries|received injuries|bullet injuries|splinter injuries|injuries|injury|wounds|wounded people|hospitalised|hospitalized|hospitalized', { participle: true });
L('injure', 'injuring|wounding|injure|injures|wound', {});

// --- one-sided violence -----------------------------------------------------------------------
L('attack', 'attack|attacks|attacked|attacking|assault|assaulted|assaults|assaulting|ambush|ambushed|ambushes|ambushing|stormed|storming|raid|raided|raids|raiding|targeted|targeting|hit', { weak: true });
L('attack', 'armed attack|armed attacks|machine-gunned|machinegunned|strafed|opened fire|open fire|fired at|fired on|fired upon|fired into|fired shots|fired indiscriminately|firing|gunfire|shooting|shootings|shot|shot at|shoots|sprayed bullets|pumped bullets|indiscriminate firing|random firing|fired|fired several rounds|fired bullets', { f: ['firearm'] });
L('attack', 'stabbed|stabbing|hacked|hacking|knifed|slashed|machete attack|axed|chopped', { f: ['blade'] });
L('attack', 'beat|beaten|beating|beat up|beaten up|thrashed|thrashing|manhandled|roughed up|tortured|torture|flogged|whipped|clubbed|battered|lathi-charged|lathi charged|bashed', { f: ['blunt'] });
L('attack', 'acid attack|threw acid|acid', { f: [] , weak: true});
L('attack', 'set upon|pounced on|swooped on', {});

// --- two-sided violence -----------------------------------------------------------------------
L('clash', 'scuffle|scuffles|scuffled|jostled|jostling|melee|brawl|brawls|fistfight|clash|clashes|clashed|clashing|gunfight|gunfights|gun-fight|gun fight|gun battle|gun-battle|gunbattle|shootout|shoot-out|shootouts|firefight|fire-fight|exchange of fire|exchanged fire|exchanging fire|exchange fire|exchanges of fire|crossfire|cross-fire|cross-border firing|skirmish|skirmishes|pitched battle|heavy fighting|fierce fighting|fighting|fought|fight|battled|battles|battle|encounter|encounters|counter-attack|counterattack|offensive|hostilities|engaged|retaliated|returned fire|repulsed|armed confrontation|confrontation|infiltration bid|combat|warfare|war', { weak: true });
L('clash', 'gunfight|gunfights|gun-fight|gun fight|gun battle|gun-battle|gunbattle|shootout|shoot-out|shootouts|firefight|fire-fight|exchange of fire|exchanged fire|exchanging fire|exchange fire|exchanges of fire|crossfire|cross-fire|pitched battle|heavy fighting|fierce fighting|cross-border firing|returned fire|encounter|encounters', { f: ['firearm', 'encounter'] });

// --- explosions and remote violence -------------------------------------------------------------
L('explode', 'blast|blasts|explosion|explosions|exploded|explodes|exploding|detonated|detonation|went off|goes off|blew up|blown up|blow up|bombing|bombings|bombed|bomb attack|bomb attacks|bomb blast|bomb blasts|bomb explosion|blasted', { f: ['explosive'] });
L('explode', 'suicide bomb|suicide bombs|suicide-bomb|suicide bomb attack|suicide blasts|kamikaze|kamikazes|blew himself up|blew herself up|blew themselves up|blow himself up|suicide bomber|suicide bombers|suicide bombing|suicide bombings|suicide attack|suicide attacks|suicide attacker|suicide car bomb|suicide blast|suicide vest|explosive vest|self-immolation attack', { f: ['explosive', 'suicide'] });
L('explode', 'ied|ieds|improvised explosive device|improvised explosive devices|roadside bomb|roadside bombs|car bomb|car bombs|car-bomb|landmine|landmines|land mine|land mines|mine blast|remote-controlled bomb|remote controlled bomb|pressure bomb|pressure-cooker bomb|magnetic bomb|sticky bomb|booby trap|booby-trapped|parcel bomb|letter bomb|time bomb|pipe bomb|explosive device|explosive devices', { f: ['explosive', 'remote'] });
L('explode', 'bomb|bombs', { weak: true, f: ['explosive'] });
L('explode', 'thrown at|thrown into|hurled at|hurled into|lobbed at|lobbed into|tossed at|tossed into|planted|placed', { weak: true });
L('explode', 'grenade attack|grenade attacks|grenade blast|grenade explosion|lobbed a grenade|hurled a grenade|threw a grenade|hurled grenades|lobbed grenades|threw grenades|grenade was hurled|grenade was lobbed|grenades|grenade', { f: ['grenade'] });
L('explode', 'crude bomb|crude bombs|cocktail|cocktails|hand bomb|hand bombs|hand-made bomb|hand-made bombs|handmade bomb|handmade bombs|country-made bomb|country-made bombs|sound bomb|sound bombs', { f: ['crude'] });
L('explode', 'firebombing|firebombings|fire-bombed|fire-bombing|petrol bomb|petrol bombs|petrol-bomb|petrol-bombs|molotov cocktail|molotov cocktails|firebomb|firebombs|firebombed|fire bomb|fire bombs|incendiary device|incendiary bomb', { f: ['incendiary', 'crude'] });
L('explode', 'air strike|air strikes|airstrike|airstrikes|air-strike|air-strikes|air raid|air raids|drone strike|drone strikes|drone attack|drone attacks|aerial bombardment|aerial bombardments|air bombardment|air bombardments|aerial attack|aerial attacks|bombarded from the air|barrel bomb|barrel bombs|warplanes|fighter jets|jets bombed|helicopter gunships|airstrikes|air attack|air attacks|bombing raid|bombing raids|bombing runs|air-dropped|dropped bombs', { f: ['air', 'explosive'] });
L('explode', 'shelling|shelled|shells|shell|mortar|mortars|mortar shells|mortar attack|artillery|artillery fire|rocket|rockets|rocket attack|rocket attacks|rocket-propelled grenade|rpg|missile|missiles|missile attack|missile strike|missile strikes|bombardment|bombarded|pounded|cross-border shelling|katyusha|projectiles|projectile|rounds', { f: ['shelling'], weak: true });
L('explode', 'chemical attack|chemical attacks|chemical weapons|chemical weapon|chlorine gas|chlorine|sarin|mustard gas|nerve agent|nerve gas|toxic gas|poison gas|poisonous gas|toxic chemicals|gas attack|gas attacks', { f: ['chemical'] });

// --- abduction, sexual violence ---------------------------------------------------------------
L('abduct', 'abducted|abduct|abducts|abducting|abduction|abductions|kidnapped|kidnap|kidnaps|kidnapping|kidnappings|taken hostage|held hostage|hostage|hostages|captive|held captive|took captive|taken captive|hijacked|hijacking|hijack|went missing|forcibly disappeared|enforced disappearance|disappeared|seized hostages|whisked away|picked up', { participle: true, f: ['hostage'] });
L('sexual', 'raped|rape|rapes|gang-raped|gangraped|gang raped|gang-rape|gang rape|sexually assaulted|sexual assault|sexually abused|sexual violence|molested|molestation|sexually harassed', { participle: true });

// --- arrests ---------------------------------------------------------------------------------
L('arrest', 'arrested|arrest|arrests|arresting|detained|detain|detains|detaining|detention|detentions|nabbed|apprehended|taken into custody|held|rounded up|picked up|captured|caught|taken into police custody|remanded|jailed|booked|netted|nab|held in custody|placed under arrest', { participle: true });

// --- demonstrations ---------------------------------------------------------------------------
L('protest', 'protest|protests|protested|protesting|protesters|protestors|protester|protestor|demonstration|demonstrations|demonstrated|demonstrating|demonstrators|demonstrator|rally|rallies|rallied|march|marches|marched|marching|sit-in|sit-ins|sit in|strike|strikes|hunger strike|hunger-strike|on strike|general strike|hartal|hartals|bandh|bandhs|dharna|dharnas|gherao|gheraoed|picket|picketed|picketing|pickets|blockade|blockades|blockaded|blocked|human chain|procession|processions|agitation|agitations|agitating|agitated|slogans|sloganeering|effigy|effigies|vigil|vigils|candlelight march|candle march|boycott|boycotted|boycotting|took to the streets|take to the streets|shutdown|shut down|walkout|walk-out|torch rally|mass rally|memorandum|black flags|black badges|abstained from work|ceased work|work abstention|pen-down|chakka jam|rail roko|rasta roko|road blockade|road blockades|road blocks|march-past|long march|demo|demos|wheel-jam|hunger strikes|fast unto death|token strike|observed|gathered|assembled|squatted|sat on|sat in|staged a|jail bharo|court arrest|courted arrest|gheraoing|laid siege|marched to|protest march|silent march|sit-down|relay hunger strike', { weak: true });

// --- riots -----------------------------------------------------------------------------------
L('riot', 'outbreak of violence|outbreaks of violence|street violence|violence erupted|violence broke out|violence flared|sporadic violence|aggressive demonstrations|aggressive demonstration|aggressive protests|turned violent|violent protest|violent protests|violent demonstration|violent demonstrations|riot|riots|rioting|rioted|rioters|mob|mobs|lynch mob|set alight|set ablaze|ablaze|alight|afire|vandalised|vandalized|vandalism|vandalising|vandalizing|ransacked|ransacking|torched|torching|set ablaze|set on fire|set fire|set afire|arson|pelted|pelting|stone pelting|stone-pelting|pelted stones|hurled stones|threw stones|stone throwing|stone-throwing|brickbats|hurled bricks|went on the rampage|rampage|rampaged|went berserk|violence erupted|communal violence|communal clash|communal clashes|sectarian violence|smashed|damaged vehicles|damaged several vehicles|burnt|burned|burning|hurled|threw|hurling|throwing', { weak: true, f: ['mob'] });

// --- force against crowds ----------------------------------------------------------------------
L('force', 'live rounds|live ammunition|live bullets|live fire|excessive force|violently suppressed|violently suppress|violently dispersed|brutally suppressed|brutal crackdown|deadly crackdown|suppressed|suppress|dispersing|halted|drag them|dragged|tear gas|teargas|tear-gas|tear gas shells|tear gas canisters|lathi charge|lathi-charge|lathicharge|lathi-charged|lathi charged|baton charge|baton-charged|baton charged|water cannon|water cannons|rubber bullets|rubber-coated bullets|pellet guns|pellets|dispersed|disperse|cane-charged|cane charged|charged with batons|fired in the air|fired into the air|blank shots|warning shots|plastic bullets|stun grenades|sound grenades|pepper spray|pepper-spray|crackdown|broke up|forcibly removed|evicted', { weak: true });

// --- territory ---------------------------------------------------------------------------------
L('territory_gov', 'recaptured|recapture|retook|retaken|regained control|regained|regain control|liberated|reclaimed|cleared|retake|recapturing|regaining control|restored control|seized back|took back|taken back|won back|drove out|driven out|drove back|pushed back|flushed out|expelled|ousted|was regained|were regained|ground was regained', { weak: true });
L('territory', 'seizing|capturing|overrunning|taking control|captured|seized control|seized|overran|overrun|took control|taken control|took full control|took over|fell to|occupied|gained control|seized the town|seized the village|take control|capture|wrested control|wrested|advanced into|entered|stormed', { weak: true });

// --- strategic developments -------------------------------------------------------------------
L('agreement', 'peace talks|peace process|in exchange for|exchange of prisoners|prisoners exchange|exchange process|ceasefire|cease-fire|truce|peace deal|peace agreement|peace accord|accord|signed an agreement|signed a deal|agreement|agreed|memorandum of understanding|mou|signed a pact|pact|prisoner exchange|prisoner swap|released hostages', { weak: true });
L('group', 'dispatched|redeployed|stationed|reinforcements|sent troops|sent reinforcements|surrendered|surrender|surrenders|laid down arms|laid down their arms|defected|defect|joined|formed|merged|split|disbanded|recruited|recruitment|pledged allegiance|announced the formation|new group|deployed|deployment|reinforced|mobilised|mobilized|withdrew support', { weak: true });
L('disrupt', 'defused|defuse|defusing|bomb disposal|bomb squad|recovered|seized|seizure|confiscated|arms cache|weapons cache|ammunition dump|recovery of|found|unearthed|busted|dismantled|intercepted|averted|foiled|thwarted|failed to explode|did not explode|neutralised|neutralized|diffused|discovered|discovery of|detected|captured|destroyed|stash|cache|caches|haul|recovered from|were found|was found|defusal', { weak: true });
L('base', 'set up|sets up|setting up|established|establish|establishes|establishing|built|opened|constructed|erected|installed', { weak: true });
L('loot', 'looted|looting|loot|plundered|plundering|pillaged|demolished|razed|destroyed|destroying|bulldozed|damaged|burnt down|burned down|torched houses|set fire to houses|vandalised|extorted|extortion|seized property|occupied land|grabbed', { weak: true });
L('transfer', 'withdrew|withdrawal|withdrawn|pulled out|handed over|took over|handover|vacated|retreated', { weak: true });
L('threat', 'threatened|threatens|threaten|threat|threats|warned|warning|vowed|ultimatum|issued a threat|death threats|threatening', { weak: true });

export const TRIGGERS: TriggerEntry[] = ENTRIES;

/** First-token index: token -> entries starting with it, longest phrase first. */
export const TRIGGER_INDEX: Map<string, TriggerEntry[]> = (() => {
  const m = new Map<string, TriggerEntry[]>();
  for (const e of ENTRIES) {
    const k = e.tokens[0]!;
    const arr = m.get(k) ?? [];
    arr.push(e);
    m.set(k, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
})();
