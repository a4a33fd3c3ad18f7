/**
 * ACLED vocabulary as data: human-readable event and sub-event type names, actor-type (inter) codes,
 * disorder types, and regions, so an ACLED-style CSV can be read by existing ACLED tooling.
 */
import worldCountries, { type Country } from 'world-countries';
import type { ActorKind, EventType } from '../types.js';
import { EVENT_TYPES } from '../events/taxonomy.js';

/** ACLED's human-readable event type names (one source of truth: the taxonomy). */
export const ACLED_EVENT_TYPE: Record<EventType, string> = EVENT_TYPES;

/** Sub-event types by normalised key (lower case, non-alphanumerics as "_"). */
export const ACLED_SUB_EVENT_TYPE: Record<string, string> = {
  armed_clash: 'Armed clash',
  government_regains_territory: 'Government regains territory',
  non_state_actor_overtakes_territory: 'Non-state actor overtakes territory',
  chemical_weapon: 'Chemical weapon',
  air_drone_strike: 'Air/drone strike',
  suicide_bomb: 'Suicide bomb',
  shelling_artillery_missile: 'Shelling/artillery/missile attack',
  shelling_artillery_missile_attack: 'Shelling/artillery/missile attack',
  remote_explosive: 'Remote explosive/landmine/IED',
  remote_explosive_landmine_ied: 'Remote explosive/landmine/IED',
  landmine: 'Remote explosive/landmine/IED',
  ied: 'Remote explosive/landmine/IED',
  grenade: 'Grenade',
  sexual_violence: 'Sexual violence',
  attack: 'Attack',
  abduction: 'Abduction/forced disappearance',
  abduction_forced_disappearance: 'Abduction/forced disappearance',
  peaceful_protest: 'Peaceful protest',
  protest_with_intervention: 'Protest with intervention',
  excessive_force: 'Excessive force against protesters',
  excessive_force_against_protesters: 'Excessive force against protesters',
  violent_demonstration: 'Violent demonstration',
  mob_violence: 'Mob violence',
  agreement: 'Agreement',
  arrests: 'Arrests',
  arrest: 'Arrests',
  change_to_group_activity: 'Change to group/activity',
  disrupted_weapons_use: 'Disrupted weapons use',
  headquarters_or_base_established: 'Headquarters or base established',
  looting_property_destruction: 'Looting/property destruction',
  non_violent_transfer_of_territory: 'Non-violent transfer of territory',
  other: 'Other',
};

/** ACLED actor-type codes (inter1/inter2). Unidentified armed groups are coded as political militias. */
export const ACLED_INTER: Record<ActorKind, number> = {
  state_forces: 1,
  rebel_group: 2,
  political_militia: 3,
  identity_militia: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external_forces: 8,
  unidentified_armed_group: 3,
};

/** ACLED's generic actor names for kinds that are usually described, not named ("Civilians (Mali)"). */
export const ACLED_GENERIC_ACTOR: Partial<Record<ActorKind, string>> = {
  civilians: 'Civilians',
  protesters: 'Protesters',
  rioters: 'Rioters',
  unidentified_armed_group: 'Unidentified Armed Group',
};

export function subEventTypeName(subtype: string | null | undefined): string {
  if (!subtype) return '';
  const key = subtype.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (ACLED_SUB_EVENT_TYPE[key]) return ACLED_SUB_EVENT_TYPE[key]!;
  const words = subtype.replace(/[_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function disorderType(type: EventType, subtype: string): string {
  if (type === 'protests') return 'Demonstrations';
  if (type === 'riots') return /mob/.test(subtype) ? 'Political violence' : 'Demonstrations';
  if (type === 'strategic_developments') return 'Strategic developments';
  return 'Political violence';
}

/** GeoNames / UN M49 subregions -> ACLED regions. */
const SUBREGION_TO_ACLED: Record<string, string> = {
  'Western Africa': 'Western Africa',
  'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa',
  'Northern Africa': 'Northern Africa',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Western Asia': 'Middle East',
  'Central Asia': 'Caucasus and Central Asia',
  'Central America': 'Central America',
  'South America': 'South America',
  Caribbean: 'Caribbean',
  'North America': 'North America',
  'Northern America': 'North America',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};
const CAUCASUS = new Set(['AM', 'AZ', 'GE']);
const MIDDLE_EAST_EXTRA = new Set(['IR']);

export interface CountryInfo {
  name: string;
  iso3: string;
  /** ISO 3166-1 numeric code (ACLED's "iso" column). */
  numeric: number | null;
  region: string;
}

// The package is CommonJS: under NodeNext its default import may arrive wrapped.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];
const BY_CCA2 = new Map<string, CountryInfo>();
for (const c of countries) {
  let region = SUBREGION_TO_ACLED[c.subregion] ?? (c.region === 'Europe' ? 'Europe' : c.region === 'Antarctic' ? 'Antarctica' : c.region);
  if (CAUCASUS.has(c.cca2)) region = 'Caucasus and Central Asia';
  if (MIDDLE_EAST_EXTRA.has(c.cca2)) region = 'Middle East';
  if (c.cca2 === 'MX') region = 'Central America';
  BY_CCA2.set(c.cca2, { name: c.name.common, iso3: c.cca3, numeric: c.ccn3 ? Number(c.ccn3) : null, region });
}

export function countryInfo(cca2: string | null | undefined): CountryInfo | null {
  return cca2 ? BY_CCA2.get(cca2.toUpperCase()) ?? null : null;
}
