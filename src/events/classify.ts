/**
 * Typing: an ordered decision list (first rule that fires wins) from what an event's mentions say
 * (trigger classes, weapon features, who did what to whom) to an ACLED sub-event type. The rules
 * follow ACLED's codebook: attacks on armed agents are battles, violence by a crowd at a
 * demonstration is a violent demonstration, arrests at a protest are an intervention, and so on.
 */
import type { EventType } from '../types.js';
import type { Feature, TriggerClass } from './lexicon/triggers.js';
import type { LexKind } from './lexicon/actors.js';
import { SUBTYPE_BY_SLUG } from './taxonomy.js';

export interface TypingInput {
  /** Trigger classes with their number of strong mentions (weak ones count 0.5). */
  classes: Map<TriggerClass, number>;
  features: Set<Feature>;
  /** Kinds of the agents (who acted) and targets (who was acted on). */
  agents: LexKind[];
  targets: LexKind[];
  fatalities: number;
  injured: number;
  /** Class of the event's head trigger: its first strong, non-outcome mention. */
  head: TriggerClass | null;
  /** A crowd was stopped, dispersed or blocked by the authorities ("police foiled the procession"). */
  intervention: boolean;
}

const ARMED: LexKind[] = ['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'external_forces', 'unidentified_armed_group'];
const has = (x: TypingInput, c: TriggerClass): boolean => (x.classes.get(c) ?? 0) > 0;
const hasF = (x: TypingInput, f: Feature): boolean => x.features.has(f);
const armedAgent = (x: TypingInput): boolean => x.agents.some((k) => ARMED.includes(k as never));
const armedTarget = (x: TypingInput): boolean => x.targets.some((k) => k === 'state_forces' || k === 'rebel_group' || k === 'external_forces' || k === 'political_militia' || k === 'identity_militia');
const stateAgent = (x: TypingInput): boolean => x.agents.includes('state_forces') || x.agents.includes('external_forces');
const crowdAgent = (x: TypingInput): boolean => x.agents.some((k) => k === 'crowd' || k === 'rioters' || k === 'protesters');
const partySides = (x: TypingInput): boolean => [...x.agents, ...x.targets].some((k) => k === 'party' || k === 'political_militia') && !x.agents.concat(x.targets).some((k) => k === 'state_forces' || k === 'rebel_group' || k === 'external_forces');
const sides = (x: TypingInput): LexKind[] => x.agents.concat(x.targets);
const civilSide = (k: LexKind): boolean => k === 'party' || k === 'crowd' || k === 'person' || k === 'protesters' || k === 'rioters' || k === 'civilians';
/** Explosions type the event when they are its head, or when nothing else (a clash, a protest) is. */
const explosionLed = (x: TypingInput): boolean => has(x, 'explode') && (x.head === 'explode' || x.head === null || x.head === 'kill' || x.head === 'injure' || !(has(x, 'clash') || has(x, 'protest') || has(x, 'riot')));
const violent = (x: TypingInput): boolean => has(x, 'kill') || has(x, 'injure') || has(x, 'attack') || has(x, 'clash') || has(x, 'explode');

interface Rule { slug: string; when: (x: TypingInput) => boolean; why: string }

/** The decision list (data): read top to bottom. */
export const TYPING_RULES: Rule[] = [
  { slug: 'sexual_violence', why: 'rape or sexual assault', when: (x) => has(x, 'sexual') },
  { slug: 'chemical_weapon', why: 'chemical agent used', when: (x) => hasF(x, 'chemical') && (has(x, 'explode') || has(x, 'attack') || has(x, 'clash') || x.fatalities + x.injured > 0) && (x.head === 'explode' || has(x, 'explode') && !has(x, 'abduct')) },
  { slug: 'disrupted_weapons_use', why: 'explosive defused, weapons seized, attack foiled', when: (x) => has(x, 'disrupt') && !(has(x, 'kill') || has(x, 'injure') || has(x, 'clash')) && !(has(x, 'explode') && (hasF(x, 'air') || hasF(x, 'shelling'))) },
  // demonstrations first: violence around a protest types the protest
  { slug: 'excessive_force_against_protesters', why: 'protesters killed, shot or beaten by state forces', when: (x) => has(x, 'protest') && (x.fatalities > 0 && (stateAgent(x) || has(x, 'force') || !has(x, 'riot') && !has(x, 'clash')) || hasF(x, 'lethal_force') || stateAgent(x) && has(x, 'attack') && !has(x, 'riot') && !has(x, 'clash') && !has(x, 'force')) },
  { slug: 'violent_demonstration', why: 'protesters used violence (stones, arson, vandalism, clashes)', when: (x) => has(x, 'protest') && (has(x, 'riot') || has(x, 'clash') || has(x, 'attack') && !stateAgent(x) || has(x, 'explode') && hasF(x, 'crude')) },
  { slug: 'protest_with_intervention', why: 'protest met with force, dispersal or arrests', when: (x) => has(x, 'protest') && (x.intervention || has(x, 'force') || has(x, 'arrest') || stateAgent(x) && (has(x, 'attack') || has(x, 'injure'))) },
  { slug: 'peaceful_protest', why: 'demonstration without violence', when: (x) => has(x, 'protest') && !(has(x, 'kill') || has(x, 'explode') && !hasF(x, 'crude')) },
  // remote violence
  // gunfights and encounters are battles whoever the sides are
  { slug: 'armed_clash', why: 'gunfight, shootout or encounter', when: (x) => x.head === 'clash' && hasF(x, 'encounter') },
  // clashes between rival groups (party factions, villagers) with casualties or weapons: their militias fought
  { slug: 'armed_clash', why: 'rival groups fought with weapons or casualties', when: (x) => x.head === 'clash' && sides(x).length > 0 && sides(x).every((k) => civilSide(k)) && !sides(x).some((k) => k === 'crowd' || k === 'protesters') && (x.fatalities + x.injured > 0 || hasF(x, 'firearm') || hasF(x, 'blade')) },
  { slug: 'mob_violence', why: 'rival party supporters or groups clashed', when: (x) => (x.head === 'clash' || x.head === 'attack' || x.head === 'riot' || x.head === null) && (has(x, 'clash') || has(x, 'attack') || has(x, 'riot')) && sides(x).length > 0 && sides(x).every((k) => civilSide(k) && k !== 'person') && sides(x).some((k) => k === 'party') && !hasF(x, 'air') && !hasF(x, 'shelling') },
  { slug: 'violent_demonstration', why: 'activists or a crowd clashed with the police', when: (x) => (x.head === 'clash' || x.head === 'riot') && sides(x).some((k) => k === 'party' || k === 'crowd' || k === 'protesters' || k === 'rioters') && sides(x).includes('state_forces') && !sides(x).some((k) => k === 'rebel_group' || k === 'unidentified_armed_group') },
  // petrol bombs (incendiaries are not explosive weapons): an attack when they hurt people, else rioting; crude bombs are rioting
  { slug: 'attack', why: 'petrol-bomb attack that hurt people', when: (x) => x.head === 'explode' && hasF(x, 'incendiary') && x.fatalities + x.injured > 0 && !stateAgent(x) && !x.targets.includes('state_forces') },
  { slug: 'violent_demonstration', why: 'crude or petrol bombs thrown during a protest or by activists', when: (x) => x.head === 'explode' && hasF(x, 'crude') && (has(x, 'protest') || crowdAgent(x) || partySides(x)) },
  { slug: 'mob_violence', why: 'crude or petrol bombs thrown', when: (x) => x.head === 'explode' && hasF(x, 'crude') && !hasF(x, 'remote') && !hasF(x, 'grenade') && !hasF(x, 'suicide') },
  { slug: 'air_drone_strike', why: 'aircraft or drone', when: (x) => has(x, 'explode') && hasF(x, 'air') && (explosionLed(x) || x.head === 'attack') },
  { slug: 'suicide_bomb', why: 'suicide attack', when: (x) => has(x, 'explode') && hasF(x, 'suicide') && explosionLed(x) },
  { slug: 'violent_demonstration', why: 'crude bombs or petrol bombs thrown by a crowd', when: (x) => has(x, 'explode') && hasF(x, 'crude') && (has(x, 'riot') || crowdAgent(x) || partySides(x)) },
  { slug: 'shelling_artillery_missile_attack', why: 'shells, mortars, rockets, missiles', when: (x) => explosionLed(x) && hasF(x, 'shelling') && !hasF(x, 'remote') && !hasF(x, 'grenade') },
  { slug: 'grenade', why: 'grenade', when: (x) => explosionLed(x) && hasF(x, 'grenade') && !hasF(x, 'remote') },
  { slug: 'remote_explosive_landmine_ied', why: 'bomb, IED, landmine, explosion', when: (x) => explosionLed(x) && (x.classes.get('explode') ?? 0) >= 1 },
  // abduction
  { slug: 'abduction_forced_disappearance', why: 'abducted or kidnapped', when: (x) => has(x, 'abduct') && x.fatalities === 0 && !has(x, 'clash') },
  // territory
  { slug: 'government_regains_territory', why: 'state forces retook an area', when: (x) => has(x, 'territory_gov') && !crowdAgent(x) && !x.agents.some((k) => k === 'rebel_group' || k === 'political_militia' || k === 'identity_militia') },
  { slug: 'non_state_actor_overtakes_territory', why: 'armed group retook an area', when: (x) => has(x, 'territory_gov') && x.agents.some((k) => k === 'rebel_group' || k === 'political_militia' || k === 'identity_militia') },
  { slug: 'government_regains_territory', why: 'state forces took an area', when: (x) => has(x, 'territory') && stateAgent(x) },
  { slug: 'non_state_actor_overtakes_territory', why: 'armed group took an area', when: (x) => has(x, 'territory') && !stateAgent(x) && (violent(x) || x.agents.some((k) => k === 'rebel_group' || k === 'political_militia' || k === 'identity_militia')) },
  { slug: 'government_regains_territory', why: 'state forces took an area', when: (x) => has(x, 'territory') && stateAgent(x) && violent(x) },
  // riots and mobs: arson and vandalism without casualties are riots whoever did them
  { slug: 'mob_violence', why: 'arson or vandalism by a crowd or unidentified people', when: (x) => has(x, 'riot') && !has(x, 'kill') && !hasF(x, 'firearm') && !(x.head === 'explode') && !stateAgent(x) && !x.agents.some((k) => k === 'rebel_group') },
  { slug: 'mob_violence', why: 'mob, lynching, rioting, communal clash', when: (x) => has(x, 'riot') && (violent(x) || (x.classes.get('riot') ?? 0) >= 1) && !armedAgent(x) || (has(x, 'clash') || has(x, 'attack')) && partySides(x) && !hasF(x, 'firearm') && !hasF(x, 'explosive') || (has(x, 'attack') || has(x, 'kill')) && crowdAgent(x) },
  // fighting between armed sides
  { slug: 'armed_clash', why: 'two armed sides fought', when: (x) => has(x, 'clash') && (armedAgent(x) || armedTarget(x) || hasF(x, 'firearm') || x.fatalities > 0 || hasF(x, 'encounter')) },
  { slug: 'armed_clash', why: 'armed agents attacked or were killed by armed agents', when: (x) => (has(x, 'attack') || has(x, 'kill') || has(x, 'injure')) && armedTarget(x) && (armedAgent(x) || x.agents.length === 0) && !x.targets.some((k) => k === 'person' || k === 'civilians') },
  { slug: 'armed_clash', why: 'state forces killed or fought militants', when: (x) => (has(x, 'kill') || has(x, 'attack')) && stateAgent(x) && x.targets.some((k) => k === 'rebel_group' || k === 'unidentified_armed_group') },
  { slug: 'mob_violence', why: 'unarmed groups fought', when: (x) => has(x, 'clash') && !armedAgent(x) && !armedTarget(x) },
  // one-sided violence
  { slug: 'attack', why: 'violence against unarmed people', when: (x) => has(x, 'attack') || has(x, 'kill') || has(x, 'injure') || has(x, 'abduct') },
  { slug: 'looting_property_destruction', why: 'property looted or destroyed', when: (x) => has(x, 'loot') || has(x, 'riot') },
  { slug: 'arrests', why: 'arrests or detentions', when: (x) => has(x, 'arrest') },
  { slug: 'agreement', why: 'ceasefire or peace deal', when: (x) => has(x, 'agreement') },
  { slug: 'change_to_group_activity', why: 'surrender, defection, formation, deployment', when: (x) => has(x, 'group') },
  { slug: 'headquarters_or_base_established', why: 'base established', when: (x) => has(x, 'base') },
  { slug: 'non_violent_transfer_of_territory', why: 'territory handed over without fighting', when: (x) => has(x, 'transfer') || has(x, 'territory') || has(x, 'territory_gov') },
  { slug: 'armed_clash', why: 'fighting', when: (x) => has(x, 'clash') },
  { slug: 'remote_explosive_landmine_ied', why: 'explosion', when: (x) => has(x, 'explode') },
  { slug: 'other', why: 'threat or other development', when: () => true },
];

export function classify(x: TypingInput): { type: EventType; subtype: string; why: string } {
  for (const r of TYPING_RULES) {
    if (r.when(x)) return { type: SUBTYPE_BY_SLUG.get(r.slug)!.type, subtype: r.slug, why: r.why };
  }
  return { type: 'strategic_developments', subtype: 'other', why: 'default' };
}
