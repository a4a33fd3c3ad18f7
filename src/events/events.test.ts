import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, eventsOf, makeDoc } from './testkit.js';
import { findDateline } from '../article/index.js';
import { extractEvents } from './extract.js';
import { EVENT_TYPES, SUBTYPES } from './taxonomy.js';
import { classify } from './classify.js';
import type { EventRecord } from '../types.js';

const PUB = '2024-03-10T09:00:00Z';

function only(events: EventRecord[], type?: string): EventRecord {
  const xs = asserted(events).filter((e) => !type || e.type === type);
  assert.equal(xs.length, 1, `expected one ${type ?? ''} event, got ${asserted(events).map((e) => `${e.subtype}/${e.status}`).join(', ')}`);
  return xs[0]!;
}

// ---------------------------------------------------------------------------------------------
// taxonomy
// ---------------------------------------------------------------------------------------------

test('taxonomy: 6 ACLED types, 25 sub-event types, each with a PLOVER category', () => {
  assert.equal(Object.keys(EVENT_TYPES).length, 6);
  assert.equal(SUBTYPES.length, 25);
  assert.equal(new Set(SUBTYPES.map((s) => s.slug)).size, 25);
  for (const s of SUBTYPES) {
    assert.ok(s.type in EVENT_TYPES, s.slug);
    assert.match(s.plover.category, /^[A-Z]+$/);
  }
  const counts: Record<string, number> = {};
  for (const s of SUBTYPES) counts[s.type] = (counts[s.type] ?? 0) + 1;
  assert.deepEqual(counts, { battles: 3, explosions_remote_violence: 6, violence_against_civilians: 3, protests: 3, riots: 2, strategic_developments: 8 });
});

test('typing decision list: attacks on armed agents are battles, on civilians attacks', () => {
  const base = { features: new Set<never>(), fatalities: 2, injured: 0, head: 'attack' as const, intervention: false };
  assert.equal(classify({ ...base, classes: new Map([['attack', 1], ['kill', 1]]), agents: ['rebel_group'], targets: ['state_forces'] }).subtype, 'armed_clash');
  assert.equal(classify({ ...base, classes: new Map([['attack', 1], ['kill', 1]]), agents: ['unidentified_armed_group'], targets: ['person'] }).subtype, 'attack');
  assert.equal(classify({ ...base, classes: new Map([['arrest', 1]]), agents: ['state_forces'], targets: ['person'], head: 'arrest', fatalities: 0 }).subtype, 'arrests');
});

// ---------------------------------------------------------------------------------------------
// a multi-event article: headline and lead merged, counts reconciled, background events kept apart
// ---------------------------------------------------------------------------------------------

const RIVERTON_TITLE = 'Nine killed in gun battle near Riverton';
const RIVERTON = `RIVERTON (Wire) - Six suspected rebels and three police officers were killed in a gun battle near the northern city of Riverton, police said on Sunday.

The rebels attacked a checkpoint in the village of Eastbrook outside Riverton late on Saturday, police said. The fighting lasted for two hours.

Last month, gunmen shot dead two teachers in the town of Millford, and in January a roadside bomb wounded four soldiers near Stonebridge.

No one was hurt when a second device exploded harmlessly at a bus stop in Riverton on Sunday morning, officials said.`;

function riverton() {
  return eventsOf(RIVERTON, {
    title: RIVERTON_TITLE,
    published: PUB,
    timexes: [
      { text: 'Sunday', start: '2024-03-10', precision: 'day' },
      { text: 'late on Saturday', start: '2024-03-09', precision: 'day' },
      { text: 'Last month', start: '2024-02-01', end: '2024-02-29', precision: 'month' },
      { text: 'January', start: '2024-01-01', end: '2024-01-31', precision: 'month' },
      { text: 'Sunday morning', start: '2024-03-10', precision: 'day' },
    ],
    places: [
      { text: 'Riverton', lat: 10, lon: 20, feature_code: 'PPLA', nth: 0 },
      { text: 'RIVERTON', name: 'Riverton', lat: 10, lon: 20, feature_code: 'PPLA' },
      { text: 'Riverton', lat: 10, lon: 20, feature_code: 'PPLA', nth: 1 },
      { text: 'Eastbrook', lat: 10.05, lon: 20.05 },
      { text: 'Riverton', lat: 10, lon: 20, feature_code: 'PPLA', nth: 2 },
      { text: 'Millford', lat: 11, lon: 21 },
      { text: 'Stonebridge', lat: 12, lon: 22 },
      { text: 'Riverton', lat: 10, lon: 20, feature_code: 'PPLA', nth: 3 },
    ],
  });
}

test('multi-event article: the headline and the lead are one event with 9 = 6 + 3 dead', () => {
  const { events } = riverton();
  const battle = asserted(events).filter((e) => e.type === 'battles');
  assert.equal(battle.length, 1);
  const e = battle[0]!;
  assert.equal(e.status, 'current');
  assert.equal(e.fatalities?.best, 9);
  assert.deepEqual(e.fatalities?.breakdown.map((b) => b.count), [6, 3]);
  assert.equal(e.fatalities?.attribution, 'police');
});

test('multi-event article: the event date is its own ("late on Saturday"), not the report date', () => {
  const e = riverton().events.find((x) => x.type === 'battles')!;
  assert.equal(e.date?.start, '2024-03-09');
  assert.equal(e.date?.precision, 'day');
  assert.equal(e.date?.text, 'late on Saturday');
});

test('multi-event article: the place is the village, precision 1', () => {
  const e = riverton().events.find((x) => x.type === 'battles')!;
  assert.equal(e.location?.name, 'Eastbrook');
  assert.equal(e.location?.precision, 1);
});

test('multi-event article: background events with their own month dates', () => {
  const { events } = riverton();
  const bg = events.filter((e) => e.status === 'background');
  const teachers = bg.find((e) => e.location?.name === 'Millford');
  assert.ok(teachers, 'Millford killing found');
  assert.equal(teachers.type, 'violence_against_civilians');
  assert.equal(teachers.fatalities?.best, 2);
  assert.equal(teachers.date?.precision, 'month');
  assert.equal(teachers.date?.start, '2024-02-01');
  const bomb = bg.find((e) => e.location?.name === 'Stonebridge');
  assert.ok(bomb, 'Stonebridge bombing found');
  assert.equal(bomb.subtype, 'remote_explosive_landmine_ied');
  assert.equal(bomb.injured?.best, 4);
});

test('multi-event article: "no one was hurt" is an explicit zero, and the blast is its own event', () => {
  const { events } = riverton();
  const blast = events.find((e) => e.type === 'explosions_remote_violence' && e.status === 'current');
  assert.ok(blast);
  assert.equal(blast.injured?.best, 0);
  assert.equal(blast.date?.start, '2024-03-10');
});

test('every evidence span matches the article text', () => {
  const { doc, events } = riverton();
  for (const e of events) {
    assert.ok(e.evidence.length > 0);
    for (const ev of e.evidence) assert.equal(doc.text.slice(ev.start_char, ev.end_char), ev.text, `${e.subtype} ${ev.field}`);
    if (e.location) assert.equal(doc.text.slice(e.location.start_char, e.location.end_char), e.location.text);
    if (e.date && e.date.text) assert.equal(doc.text.slice(e.date.start_char, e.date.end_char), e.date.text);
    for (const a of e.actors) assert.ok(doc.text.slice(a.start_char, a.end_char).length > 0);
    assert.ok(e.summary.length > 10);
    assert.ok(e.confidence > 0 && e.confidence < 1);
  }
});

test('summary reads like an ACLED note', () => {
  const e = riverton().events.find((x) => x.type === 'battles')!;
  assert.match(e.summary, /^On 9 March 2024, .+ in Eastbrook/);
  assert.match(e.summary, /9 fatalities/);
});

// ---------------------------------------------------------------------------------------------
// triggers need context
// ---------------------------------------------------------------------------------------------

test('not violence: a car crash, a factory blast, a figurative attack, a legal battle, a heart attack', () => {
  const body = `Three people were killed in a car crash on the highway on Friday.

A blast at a chemical factory injured five workers.

The opposition attacked the budget in parliament.

The mayor lost a long legal battle over the land.

The minister died of a heart attack.`;
  assert.deepEqual(asserted(eventsOf(body).events).map((e) => e.subtype), []);
});

test('a bomb blast at a factory gate is violence', () => {
  const e = only(eventsOf('Suspected militants set off a bomb blast at a factory gate, killing two guards.').events);
  assert.equal(e.type, 'explosions_remote_violence');
  assert.equal(e.fatalities?.best, 2);
});

test('labour strike vs air strike', () => {
  assert.equal(only(eventsOf('Thousands of teachers went on strike on Monday demanding higher pay.').events).subtype, 'peaceful_protest');
  assert.equal(only(eventsOf('An air strike on a rebel position killed 12 fighters.').events).subtype, 'air_drone_strike');
});

test('generic plurals are not events: "the latest in a series of attacks"', () => {
  const { events } = eventsOf('A string of bombings and shootings has shaken the region this year.');
  assert.equal(asserted(events).length, 0);
});

// ---------------------------------------------------------------------------------------------
// modality
// ---------------------------------------------------------------------------------------------

test('planned, threatened, negated and hypothetical events are marked, not asserted', () => {
  const planned = eventsOf('Opposition parties plan to hold a rally in the capital on Friday.').events;
  assert.equal(planned[0]?.modality, 'planned');
  const threat = eventsOf('The group threatened to attack government offices.').events;
  assert.equal(threat[0]?.modality, 'threatened');
  const neg = eventsOf('Police denied that any clash had taken place.').events;
  assert.ok(neg.every((e) => e.modality !== 'asserted'));
  const hypo = eventsOf('Officials deployed extra troops to prevent any attack on the polling stations.').events;
  assert.ok(hypo.filter((e) => e.type !== 'strategic_developments').every((e) => e.modality !== 'asserted'));
});

test('a foiled bomb is a disrupted weapons use', () => {
  const e = only(eventsOf('Police defused a bomb planted near the market on Tuesday.').events);
  assert.equal(e.subtype, 'disrupted_weapons_use');
});

// ---------------------------------------------------------------------------------------------
// counts
// ---------------------------------------------------------------------------------------------

test('counts in words, bounds and vague quantities', () => {
  assert.equal(only(eventsOf('Gunmen killed twenty-three villagers in an overnight raid.').events).fatalities?.best, 23);
  const least = only(eventsOf('At least 12 soldiers were killed in an ambush by rebels.').events).fatalities!;
  assert.equal(least.best, 12);
  assert.equal(least.low, 12);
  assert.equal(only(eventsOf('Two dozen protesters were injured when police fired tear gas at the rally.').events).injured?.best, 24);
  const range = only(eventsOf('Between 5 and 7 people were killed when militants stormed the hotel.').events).fatalities!;
  assert.deepEqual([range.best, range.low, range.high], [5, 5, 7]);
  // ACLED's convention for vague figures: "dozens" -> 12
  assert.equal(only(eventsOf('Dozens of people were killed when jets bombed the market.').events).fatalities?.best, 12);
});

test('a 34-year-old is not a count', () => {
  const e = only(eventsOf('A 34-year-old man was shot dead by unidentified gunmen in the market.').events);
  assert.equal(e.fatalities?.best, 1);
});

test('per-side breakdown and "including" subsets', () => {
  const e = only(eventsOf('The attacker killed seven people, including five members of the security forces, before fleeing.').events);
  assert.equal(e.fatalities?.best, 7);
  assert.deepEqual(e.fatalities?.breakdown.map((b) => [b.who, b.count]), [['members of the security forces', 5], ['others', 2]]);
});

test('conflicting figures from two sources become low/high, best the lower', () => {
  const body = 'Five people were killed when gunmen opened fire on a bus, police said. Hospital officials said eight people were killed in the shooting.';
  const c = only(eventsOf(body).events).fatalities!;
  assert.deepEqual([c.best, c.low, c.high], [5, 5, 8]);
  assert.equal(c.reports?.length, 2);
});

test('a rising death toll replaces the earlier figure', () => {
  const body = 'Four people were killed in a bomb blast at a market on Monday. The death toll later rose to 11.';
  assert.equal(only(eventsOf(body).events).fatalities?.best, 11);
});

test('arrests and abductions are counted', () => {
  const arr = only(eventsOf('Police arrested 23 people after the clashes in the old city.').events, 'strategic_developments');
  assert.equal(arr.subtype, 'arrests');
  assert.equal(arr.arrested?.best, 23);
  const ab = only(eventsOf('Gunmen abducted two aid workers from their car on Tuesday.').events);
  assert.equal(ab.subtype, 'abduction_forced_disappearance');
  assert.equal((ab.kidnapped as { best: number }).best, 2);
});

test('a suicide bomber who kills only himself is one fatality including the perpetrator', () => {
  const e = only(eventsOf('A man blew himself up at the gates of a police station, killing only himself.').events);
  assert.equal(e.subtype, 'suicide_bomb');
  assert.equal(e.fatalities?.best, 1);
  assert.equal(e.fatalities?.includes_perpetrators, true);
});

// ---------------------------------------------------------------------------------------------
// protests and riots
// ---------------------------------------------------------------------------------------------

test('protest sub-types: peaceful, intervention, violent demonstration, excessive force', () => {
  assert.equal(only(eventsOf('Hundreds of farmers staged a sit-in outside the district office demanding water.').events).subtype, 'peaceful_protest');
  assert.equal(only(eventsOf('Police fired tear gas to disperse students protesting against the fee hike.').events).subtype, 'protest_with_intervention');
  assert.equal(only(eventsOf('Protesters torched two buses and pelted stones at police during the rally.').events).subtype, 'violent_demonstration');
  const ef = only(eventsOf('Three protesters were killed when police opened fire on the demonstration.').events);
  assert.equal(ef.subtype, 'excessive_force_against_protesters');
  assert.equal(ef.fatalities?.best, 3);
});

test('a protest against an earlier killing does not absorb the killing', () => {
  const { events } = eventsOf('Villagers blocked the highway on Monday to protest the killing of a shopkeeper last week.', {
    timexes: [{ text: 'Monday', start: '2024-03-04', precision: 'day' }, { text: 'last week', start: '2024-02-26', end: '2024-03-03', precision: 'week' }],
  });
  const protest = events.find((e) => e.type === 'protests');
  assert.ok(protest);
  assert.equal(protest.fatalities, null);
  const killing = events.find((e) => e.type === 'violence_against_civilians');
  assert.ok(killing);
  assert.equal(killing.status, 'background');
});

test('rival party supporters clashing with sticks is mob violence', () => {
  const e = only(eventsOf('Supporters of two rival parties clashed in the market, hurling stones at each other.').events);
  assert.equal(e.type, 'riots');
});

// ---------------------------------------------------------------------------------------------
// actors
// ---------------------------------------------------------------------------------------------

test('actors with kinds and roles; claims of responsibility are recorded', () => {
  const body = 'A group calling itself the Northern Front claimed responsibility for the bombing of a police post that wounded three officers.';
  const e = only(eventsOf(body).events);
  const claims = e.claims as { name: string }[];
  assert.ok(claims.some((c) => c.name === 'Northern Front'));
  const officers = e.actors.find((a) => /officers/.test(a.name));
  assert.equal(officers?.kind, 'state_forces');
  assert.equal(officers?.role, 'actor2');
});

test('clash between soldiers and rebels: two sides', () => {
  const e = only(eventsOf('Soldiers clashed with Maoist rebels in a forest, killing four rebels.').events);
  assert.equal(e.subtype, 'armed_clash');
  const kinds = new Set(e.actors.map((a) => a.kind));
  assert.ok(kinds.has('state_forces') && kinds.has('rebel_group'));
});

// ---------------------------------------------------------------------------------------------
// date and place rules
// ---------------------------------------------------------------------------------------------

test('an undated current event gets the publication window, flagged; a background event no date', () => {
  const { events } = eventsOf('Gunmen shot dead a local councillor outside his home.', { published: PUB });
  const e = only(events);
  assert.equal(e.date?.basis, 'publication');
  assert.equal(e.date?.start, '2024-03-09');
  assert.equal(e.date?.end, '2024-03-10');
  assert.equal(e.date?.text, '');
  const noPub = eventsOf('Gunmen shot dead a local councillor outside his home.', { published: null }).events;
  assert.equal(only(noPub).date, null);
});

test('"near" a town is precision 2, a country alone precision 3', () => {
  const near = only(eventsOf('A landmine killed two soldiers near Kolpa.', { places: [{ text: 'Kolpa', lat: 1, lon: 1 }] }).events);
  assert.equal(near.location?.precision, 2);
  const country = only(eventsOf('Rebels ambushed an army convoy in Veridia, killing six soldiers.', { places: [{ text: 'Veridia', lat: 1, lon: 1, feature_code: 'PCLI' }] }).events);
  assert.equal(country.location?.precision, 3);
});

test('a hand-built doc without sentences or numbers still works (fallback splitter)', () => {
  const doc = makeDoc('Police arrested five men. Protesters marched to parliament demanding jobs.');
  doc.numbers = [];
  const evs = asserted(extractEvents(doc));
  assert.deepEqual(evs.map((e) => e.subtype).sort(), ['arrests', 'peaceful_protest']);
});

test('place: an event placed only in a region takes the town of that region named in its paragraph', () => {
  const body = 'A general strike called across Westmark province turned violent on Friday. Strikers threw stones at buses in Harlow, and police fired tear gas.';
  const places = [
    { text: 'Westmark', lat: 30, lon: 40, feature_code: 'ADM1', admin1: '07' },
    { text: 'Harlow', lat: 30.2, lon: 40.1, admin1: '07' },
  ];
  const e = asserted(eventsOf(body, { published: PUB, places }).events)[0]!;
  assert.equal(e.location?.name, 'Harlow');
  // a town of another region does not replace the region
  const other = asserted(eventsOf(body, { published: PUB, places: [places[0]!, { ...places[1]!, admin1: '09' }] }).events)[0]!;
  assert.equal(other.location?.name, 'Westmark');
});

test('date: a time expression inside the trigger span (between "bomb" and "injuring") dates the event', () => {
  const body = 'A bomb hidden in a parked motorcycle exploded in a crowded vegetable and spice market near the main bus station in the old quarter of the southern city of Harlow on Monday evening, killing five people and injuring at least 20, police said.\n\nIn May, a suicide bomber killed two officers at a checkpoint outside the city.';
  const { events } = eventsOf(body, {
    title: 'Bomb kills five at market in Harlow',
    published: '2024-03-11T18:00:00Z',
    timexes: [
      { text: 'Monday evening', start: '2024-03-11', precision: 'day' },
      { text: 'May', start: '2023-05-01', end: '2023-05-31', precision: 'month' },
    ],
    places: [{ text: 'Harlow', lat: 30.2, lon: 40.1, nth: 1 }],
  });
  const current = asserted(events).filter((e) => e.status === 'current');
  assert.equal(current.length, 1, JSON.stringify(asserted(events).map((e) => [e.status, e.date?.start])));
  assert.equal(current[0]!.date?.start, '2024-03-11');
  assert.equal(current[0]!.fatalities?.best, 5);
  // the May bombing stays a separate, background event
  const may = asserted(events).find((e) => e.date?.start === '2023-05-01');
  assert.equal(may?.status, 'background');
  assert.equal(may?.fatalities?.best, 2);
});

test('merging: a paragraph dated months back does not swallow the undated headline event', () => {
  const body = 'A bomb hidden in a parked motorcycle exploded in a crowded market in Harlow, killing five people and injuring at least 20, police said.\n\nIn May, a suicide bomber killed two officers at a checkpoint outside the city.';
  const { events } = eventsOf(body, {
    title: 'Bomb kills five at market in Harlow',
    published: '2024-03-11T18:00:00Z',
    timexes: [{ text: 'May', start: '2023-05-01', end: '2023-05-31', precision: 'month' }],
    places: [{ text: 'Harlow', lat: 30.2, lon: 40.1, nth: 1 }],
  });
  const xs = asserted(events);
  const current = xs.filter((e) => e.status === 'current');
  assert.equal(current.length, 1, JSON.stringify(xs.map((e) => [e.status, e.date?.start, e.fatalities?.best])));
  assert.equal(current[0]!.fatalities?.best, 5);
  assert.equal(xs.find((e) => e.date?.start === '2023-05-01')?.fatalities?.best, 2);
});

test('counts: "two of the wounded" is part of the injured, not a conflicting figure', () => {
  const body = 'Gunmen opened fire on a bus in Harlow on Monday, killing three passengers and wounding 14, police said. Two of the wounded were in critical condition, a hospital official said.';
  const e = only(eventsOf(body, { published: PUB, timexes: [{ text: 'Monday', start: '2024-03-04', precision: 'day' }], places: [{ text: 'Harlow', lat: 30.2, lon: 40.1 }] }).events);
  assert.equal(e.injured?.best, 14);
  assert.equal(e.injured?.low, 14);
  assert.equal(e.fatalities?.best, 3);
});

test('merging: "in connection with the bombing" refers back to the bombing told before, not to a new event', () => {
  const body = 'A bomb exploded at a market in Harlow on Monday, killing five people, police said.\n\nPolice later arrested three suspects in connection with the bombing.';
  const { events } = eventsOf(body, { published: PUB, timexes: [{ text: 'Monday', start: '2024-03-04', precision: 'day' }], places: [{ text: 'Harlow', lat: 30.2, lon: 40.1 }] });
  const violent = asserted(events).filter((e) => e.type === 'explosions_remote_violence');
  assert.equal(violent.length, 1, JSON.stringify(asserted(events).map((e) => [e.subtype, e.status])));
  assert.equal(violent[0]!.fatalities?.best, 5);
});

test('place: neither the dateline town nor a background event\'s town becomes the place of an event told only with its country', () => {
  const body = 'HARLOW (Wire) - Fighters killed twelve soldiers in an ambush on an army convoy in central Westland on Saturday, the army said.\n\nThe ambush was the deadliest in the region since last month, when a roadside bomb killed four peacekeepers near Stonebridge.';
  const doc = makeDoc(body, {
    title: 'Fighters kill 12 soldiers in Westland ambush',
    published: PUB,
    timexes: [{ text: 'Saturday', start: '2024-03-09', precision: 'day' }, { text: 'last month', start: '2024-02-01', end: '2024-02-29', precision: 'month' }],
    places: [
      { text: 'Westland', lat: 15, lon: -5, country: 'WL', feature_code: 'PCLI', nth: 0 },
      { text: 'HARLOW', name: 'Harlow', lat: 12.6, lon: -8, country: 'WL', feature_code: 'PPLC' },
      { text: 'Westland', lat: 15, lon: -5, country: 'WL', feature_code: 'PCLI', nth: 1 },
      { text: 'Stonebridge', lat: 20, lon: 1, country: 'WL' },
    ],
  });
  // the dateline as intake finds it in wire copy (articleFromText takes text as it is)
  const dl = findDateline(body, 0)!;
  const shift = doc.article.body_start;
  doc.article.dateline = { ...dl, start_char: dl.start_char + shift, end_char: dl.end_char + shift, place_start_char: dl.place_start_char! + shift, place_end_char: dl.place_end_char! + shift };
  const events = extractEvents(doc);
  const ambush = asserted(events).find((e) => e.status === 'current' && e.fatalities?.best === 12);
  assert.ok(ambush, JSON.stringify(asserted(events).map((e) => [e.status, e.fatalities?.best, e.location?.name])));
  assert.equal(ambush!.location?.name, 'Westland');
  assert.equal(ambush!.location?.precision, 3);
});
