/**
 * One ACLED-style sentence built from a record: when, who did what to whom, where, and the toll.
 * "On 9 March 2024, rebels clashed with soldiers in Eastbrook (Northern Province, XX). 9 fatalities
 * (6 rebels, 3 soldiers)."
 */
import type { EventRecord } from '../types.js';
import { SUBTYPE_BY_SLUG } from './taxonomy.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function when(r: EventRecord): string {
  const d = r.date;
  if (!d) return 'On an unknown date';
  const [y, m, day] = d.start.split('-').map(Number) as [number, number, number];
  if (d.precision === 'day') return `${d.basis === 'publication' ? 'On or about' : 'On'} ${day} ${MONTHS[m - 1]} ${y}`;
  if (d.precision === 'week') return `In the week of ${day} ${MONTHS[m - 1]} ${y}`;
  if (d.precision === 'month') return `In ${MONTHS[m - 1]} ${y}`;
  return `In ${y}`;
}

const DEFAULT_ACTOR: Record<string, string> = {
  battles: 'armed actors', explosions_remote_violence: 'unidentified attackers', violence_against_civilians: 'unidentified attackers',
  protests: 'protesters', riots: 'rioters', strategic_developments: 'an actor',
};

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '');
}

export function summarize(r: EventRecord, _text: string): string {
  const a1 = r.actors.find((a) => a.role === 'actor1');
  const a2 = r.actors.find((a) => a.role === 'actor2');
  const info = SUBTYPE_BY_SLUG.get(r.subtype);
  const subj = a1 ? clean(a1.name) : DEFAULT_ACTOR[r.type] ?? 'an actor';
  let verb = info?.verb ?? 'acted against';
  let obj = a2 ? clean(a2.name) : '';
  if (!obj) {
    if (verb.endsWith(' with') || verb.endsWith(' against') || verb.endsWith(' from') || verb.endsWith(' at') || verb.endsWith(' of') || verb.endsWith(' on')) {
      verb = verb.replace(/ (?:with|against|from|at|of|on)$/, '');
    } else if (['attacked', 'abducted', 'arrested', 'shelled', 'sexually assaulted'].includes(verb)) obj = r.subtype === 'arrests' ? 'people' : 'civilians';
  }
  const mod = r.modality && r.modality !== 'asserted' ? ` (${r.modality})` : '';
  const where = r.location ? ` in ${r.location.name}${r.location.country ? ` (${[r.location.admin1, r.location.country].filter(Boolean).join(', ')})` : ''}` : '';
  let s = `${when(r)}, ${subj} ${verb}${obj ? ` ${obj}` : ''}${where}${mod}.`;
  const tolls: string[] = [];
  if (r.fatalities) {
    const br = r.fatalities.breakdown.length ? ` (${r.fatalities.breakdown.map((b) => `${b.count} ${b.who}`).join(', ')})` : '';
    tolls.push(`${r.fatalities.best} ${r.fatalities.best === 1 ? 'fatality' : 'fatalities'}${br}`);
  }
  if (r.injured && r.injured.best > 0) tolls.push(`${r.injured.best} injured`);
  if (r.arrested && r.arrested.best > 0) tolls.push(`${r.arrested.best} arrested`);
  if (tolls.length) s += ` ${tolls.join('; ')}.`;
  if (r.status === 'background') s += ' (Background event cited by the article.)';
  return s.charAt(0).toUpperCase() + s.slice(1);
}
