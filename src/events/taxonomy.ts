/**
 * Event taxonomy (data): ACLED's 6 event types and 25 sub-event types, each with its PLOVER
 * {category, mode} so that users of either family can read the records, plus the legacy (2016)
 * ACLED types the evaluation maps from.
 */
import type { EventType } from '../types.js';

export interface SubtypeInfo {
  slug: string;
  type: EventType;
  /** ACLED's own name for the sub-event type. */
  label: string;
  plover: { category: string; mode: string | null };
  /** Verb phrase used in summaries ("clashed with", "attacked"). */
  verb: string;
}

export const EVENT_TYPES: Record<EventType, string> = {
  battles: 'Battles',
  explosions_remote_violence: 'Explosions/Remote violence',
  violence_against_civilians: 'Violence against civilians',
  protests: 'Protests',
  riots: 'Riots',
  strategic_developments: 'Strategic developments',
};

const S = (slug: string, type: EventType, label: string, category: string, mode: string | null, verb: string): SubtypeInfo => ({ slug, type, label, plover: { category, mode }, verb });

export const SUBTYPES: SubtypeInfo[] = [
  // Battles
  S('armed_clash', 'battles', 'Armed clash', 'FIGHT', 'small-arms', 'clashed with'),
  S('government_regains_territory', 'battles', 'Government regains territory', 'FIGHT', 'occupy', 'regained territory from'),
  S('non_state_actor_overtakes_territory', 'battles', 'Non-state actor overtakes territory', 'FIGHT', 'occupy', 'took territory from'),
  // Explosions/Remote violence
  S('chemical_weapon', 'explosions_remote_violence', 'Chemical weapon', 'FIGHT', 'WMD', 'used chemical weapons against'),
  S('air_drone_strike', 'explosions_remote_violence', 'Air/drone strike', 'FIGHT', 'aerial', 'carried out an air strike on'),
  S('suicide_bomb', 'explosions_remote_violence', 'Suicide bomb', 'ASSAULT', 'suicide-attack', 'carried out a suicide bombing against'),
  S('shelling_artillery_missile_attack', 'explosions_remote_violence', 'Shelling/artillery/missile attack', 'FIGHT', 'artillery', 'shelled'),
  S('remote_explosive_landmine_ied', 'explosions_remote_violence', 'Remote explosive/landmine/IED', 'ASSAULT', 'bombing', 'set off an explosive against'),
  S('grenade', 'explosions_remote_violence', 'Grenade', 'ASSAULT', 'bombing', 'threw a grenade at'),
  // Violence against civilians
  S('sexual_violence', 'violence_against_civilians', 'Sexual violence', 'ASSAULT', 'sexual', 'sexually assaulted'),
  S('attack', 'violence_against_civilians', 'Attack', 'ASSAULT', 'beat', 'attacked'),
  S('abduction_forced_disappearance', 'violence_against_civilians', 'Abduction/forced disappearance', 'ASSAULT', 'abduct', 'abducted'),
  // Protests
  S('peaceful_protest', 'protests', 'Peaceful protest', 'PROTEST', 'demonstrate', 'demonstrated'),
  S('protest_with_intervention', 'protests', 'Protest with intervention', 'PROTEST', 'demonstrate', 'demonstrated'),
  S('excessive_force_against_protesters', 'protests', 'Excessive force against protesters', 'ASSAULT', 'firearms', 'used force against'),
  // Riots
  S('violent_demonstration', 'riots', 'Violent demonstration', 'PROTEST', 'riot', 'rioted'),
  S('mob_violence', 'riots', 'Mob violence', 'PROTEST', 'riot', 'attacked'),
  // Strategic developments
  S('agreement', 'strategic_developments', 'Agreement', 'AGREE', null, 'reached an agreement with'),
  S('arrests', 'strategic_developments', 'Arrests', 'COERCE', 'arrest', 'arrested'),
  S('change_to_group_activity', 'strategic_developments', 'Change to group/activity', 'CHANGE', null, 'changed activity'),
  S('disrupted_weapons_use', 'strategic_developments', 'Disrupted weapons use', 'COERCE', 'seize', 'seized weapons from'),
  S('headquarters_or_base_established', 'strategic_developments', 'Headquarters or base established', 'MOBILIZE', null, 'established a base'),
  S('looting_property_destruction', 'strategic_developments', 'Looting/property destruction', 'COERCE', 'seize', 'looted or destroyed property of'),
  S('non_violent_transfer_of_territory', 'strategic_developments', 'Non-violent transfer of territory', 'RETREAT', null, 'took over territory from'),
  S('other', 'strategic_developments', 'Other', 'THREATEN', null, 'threatened'),
];

export const SUBTYPE_BY_SLUG: Map<string, SubtypeInfo> = new Map(SUBTYPES.map((s) => [s.slug, s]));

/** Legacy (2016 codebook) ACLED event types -> the types that count as correct for them. */
export const LEGACY_TYPE_MAP: Record<string, EventType[]> = {
  'Battle-No change of territory': ['battles'],
  'Battle-Government regains territory': ['battles'],
  'Battle-Non-state actor overtakes territory': ['battles'],
  'Remote violence': ['explosions_remote_violence'],
  'Violence against civilians': ['violence_against_civilians'],
  'Violence Against Civilians': ['violence_against_civilians'],
  'Riots/Protests': ['protests', 'riots'],
  'Strategic development': ['strategic_developments'],
  'Non-violent transfer of territory': ['strategic_developments'],
};

/** PLOVER mode for threats and other modalities (THREATEN is PLOVER's own category). */
export function ploverFor(slug: string, modality: string | undefined): { category: string; mode: string | null } {
  if (modality === 'threatened') return { category: 'THREATEN', mode: null };
  return SUBTYPE_BY_SLUG.get(slug)?.plover ?? { category: 'OTHER', mode: null };
}
