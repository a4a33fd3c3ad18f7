import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, EventRecord } from '../types.js';
import { prepare, sitesOf, actorKey, type Mention } from './mention.js';
import { actorFeature, compare, countRelation, dateFeature, kindFeature, placeFeature, sameActor, siteFeature, typeFeature, linked } from './similarity.js';
import { Deduper, clusterMentions } from './cluster.js';
import { fuse } from './fuse.js';

type Loc = NonNullable<EventRecord['location']>;
const PLACES: Record<string, Loc> = {
  mogadishu: { name: 'Mogadishu', geonameid: 53654, lat: 2.03711, lon: 45.34375, country: 'SO', admin1: '02', precision: 1, text: 'Mogadishu', start_char: 0, end_char: 0 },
  celaya: { name: 'Celaya', geonameid: 4014875, lat: 20.52353, lon: -100.8157, country: 'MX', admin1: '11', precision: 1, text: 'Celaya', start_char: 0, end_char: 0 },
  irapuato: { name: 'Irapuato', geonameid: 4004330, lat: 20.67675, lon: -101.35628, country: 'MX', admin1: '11', precision: 1, text: 'Irapuato', start_char: 0, end_char: 0 },
  guanajuato: { name: 'Guanajuato', geonameid: null, lat: 21.0, lon: -101.0, country: 'MX', admin1: '11', precision: 3, text: 'Guanajuato', start_char: 0, end_char: 0 },
  jalisco: { name: 'Jalisco', geonameid: null, lat: 20.6, lon: -103.3, country: 'MX', admin1: '14', precision: 3, text: 'Jalisco', start_char: 0, end_char: 0 },
  mexico: { name: 'Mexico', geonameid: null, lat: 23.0, lon: -102.0, country: 'MX', admin1: null, precision: 3, text: 'Mexico', start_char: 0, end_char: 0 },
  nogales: { name: 'Nogales', geonameid: null, lat: 31.34, lon: -110.94, country: 'US', admin1: 'AZ', precision: 1, text: 'Nogales', start_char: 0, end_char: 0 },
  nogalesMx: { name: 'Heroica Nogales', geonameid: null, lat: 31.33, lon: -110.94, country: 'MX', admin1: '26', precision: 1, text: 'Nogales', start_char: 0, end_char: 0 },
};

let seq = 0;
interface Spec {
  type?: EventRecord['type'];
  subtype?: string;
  status?: 'current' | 'background';
  date?: string | [string, string, 'day' | 'week' | 'month' | 'year'] | null;
  place?: keyof typeof PLACES | null;
  actors?: Array<[string, Actor['kind'], Actor['role']]>;
  killed?: number | [number, string[]];
  injured?: number;
  text?: string;
  published?: string | null;
  article?: string;
  source?: string;
}

function m(s: Spec): Mention {
  seq++;
  const id = s.article ?? `art${seq}`;
  const date = s.date === null || s.date === undefined ? null : typeof s.date === 'string' ? { start: s.date, end: s.date, precision: 'day' as const } : { start: s.date[0], end: s.date[1], precision: s.date[2] };
  const text = s.text ?? 'An incident was reported.';
  const count = (v: number | [number, string[]] | undefined) => {
    if (v === undefined) return null;
    const [n, who] = typeof v === 'number' ? [v, []] : v;
    return { best: n, low: n, high: n, breakdown: who.map((w) => ({ who: w, count: n })), attribution: null, evidence: [] };
  };
  const record: EventRecord = {
    type: s.type ?? 'explosions_remote_violence',
    subtype: s.subtype ?? 'remote_explosive',
    status: s.status ?? 'current',
    date: date ? { ...date, text: '', start_char: 0, end_char: 0 } : null,
    location: s.place ? { ...PLACES[s.place]! } : null,
    actors: (s.actors ?? []).map(([name, kind, role]) => ({ name, kind, role, start_char: 0, end_char: 0 })),
    fatalities: count(s.killed),
    injured: count(s.injured),
    arrested: null,
    evidence: [{ field: 'event', text, start_char: 0, end_char: text.length }],
    confidence: 0.7,
    summary: text,
  };
  return { id: `${id}:${seq}`, article_id: id, source: s.source ?? null, published: s.published === undefined ? '2023-03-05T12:00:00Z' : s.published, record };
}
const v = (s: Spec) => prepare(m(s));

describe('features', () => {
  test('type: same, compatible pair, incompatible', () => {
    assert.equal(typeFeature(v({}), v({})).points, 1.5);
    assert.equal(typeFeature(v({ subtype: 'suicide_bomb' }), v({})).points, 1);
    assert.equal(typeFeature(v({ type: 'battles', subtype: 'armed_clash' }), v({})).veto, undefined);
    assert.match(typeFeature(v({ type: 'protests', subtype: 'peaceful_protest' }), v({})).veto!, /protests/);
    assert.ok(typeFeature(v({ type: 'strategic_developments', subtype: 'arrests' }), v({ type: 'violence_against_civilians', subtype: 'attack' })).veto);
  });

  test('subtype families: a car bomb is not a mortar attack; an abduction is not a clash', () => {
    assert.equal(kindFeature(v({ subtype: 'suicide_bomb' }), v({ subtype: 'remote_explosive' })).points, 0);
    assert.equal(kindFeature(v({ subtype: 'remote_explosive' }), v({ subtype: 'shelling_artillery_missile' })).points, -1.5);
    assert.equal(kindFeature(v({ type: 'battles', subtype: 'armed_clash' }), v({ subtype: 'suicide_bomb' })).points, -0.5);
    assert.equal(kindFeature(v({ type: 'battles', subtype: 'armed_clash' }), v({ type: 'violence_against_civilians', subtype: 'abduction' })).points, -2);
    assert.equal(kindFeature(v({ subtype: 'some_new_subtype' }), v({ subtype: 'shelling_artillery_missile' })).points, 0);
  });

  const dateCases: Array<[string, Spec['date'], Spec['date'], number | 'veto']> = [
    ['same day', '2023-03-05', '2023-03-05', 2],
    ['next day (overnight, time zones)', '2023-03-05', '2023-03-06', 1],
    ['two days apart', '2023-03-05', '2023-03-07', 'veto'],
    ['day inside a week', '2023-03-05', ['2023-02-27', '2023-03-05', 'week'], 0.6],
    ['day inside a month', '2023-03-05', ['2023-03-01', '2023-03-31', 'month'], 0.2],
    ['day outside a month', '2023-03-05', ['2023-01-01', '2023-01-31', 'month'], 'veto'],
  ];
  for (const [name, a, b, want] of dateCases) {
    test(`date: ${name}`, () => {
      const r = dateFeature(v({ date: a }), v({ date: b }));
      if (want === 'veto') assert.ok(r.veto, JSON.stringify(r));
      else { assert.equal(r.veto, undefined); assert.equal(r.points, want); }
    });
  }

  test('date: an undated report must come after the event, within the look-back', () => {
    assert.equal(dateFeature(v({ date: null, published: '2023-03-06T08:00:00Z' }), v({ date: '2023-03-05' })).veto, undefined);
    assert.ok(dateFeature(v({ date: null, published: '2023-03-01T08:00:00Z' }), v({ date: '2023-03-05' })).veto, 'reported before it happened');
    assert.ok(dateFeature(v({ date: null, published: '2023-06-01T08:00:00Z' }), v({ date: '2023-03-05' })).veto, 'three months later, not background');
    assert.equal(dateFeature(v({ date: null, status: 'background', published: '2023-06-01T08:00:00Z' }), v({ date: '2023-03-05' })).veto, undefined);
    assert.ok(dateFeature(v({ date: null, published: null }), v({ date: '2023-03-05' })).veto, 'cannot be placed in time');
  });

  const placeCases: Array<[string, Spec['place'], Spec['place'], number | 'veto']> = [
    ['same town', 'mogadishu', 'mogadishu', 2],
    ['towns 58 km apart', 'celaya', 'irapuato', 'veto'],
    ['town inside its region', 'celaya', 'guanajuato', 0.5],
    ['town outside the region named', 'celaya', 'jalisco', 'veto'],
    ['town inside its country', 'irapuato', 'mexico', 0.5],
    ['across a border, 3 km', 'nogales', 'nogalesMx', 2],
    ['other country', 'celaya', 'mogadishu', 'veto'],
  ];
  for (const [name, a, b, want] of placeCases) {
    test(`place: ${name}`, () => {
      const r = placeFeature(v({ place: a }), v({ place: b }));
      if (want === 'veto') assert.ok(r.veto, JSON.stringify(r));
      else { assert.equal(r.veto, undefined); assert.equal(r.points, want); }
    });
  }

  test('actor names: acronyms, transliterations, short forms, descriptors', () => {
    const same = (a: string, b: string) => sameActor(actorKey(a, 'rebel_group'), actorKey(b, 'rebel_group'));
    assert.ok(same('ISWAP', 'Islamic State West Africa Province'));
    assert.ok(same('TTP', 'Tehreek-e-Taliban Pakistan'));
    assert.ok(same('al-Shabab', 'al Shabaab'));
    assert.ok(same('Ambazonian separatists', 'Amba fighters'));
    assert.ok(same('RSF', 'Rapid Support Forces'));
    assert.ok(!same('Boko Haram', 'ISWAP'));
    assert.ok(!same('Islamic State', 'Islamic Jihad'));
    assert.equal(actorKey('gunmen', 'unidentified_armed_group').named, false);
    assert.equal(actorKey('Boko Haram', 'rebel_group').named, true);
  });

  test('actors: different named groups in a battle, different perpetrators of a bombing', () => {
    const battle = (a: string) => v({ type: 'battles', subtype: 'armed_clash', actors: [[a, 'rebel_group', 'actor1'], ['soldiers', 'state_forces', 'actor2']] });
    assert.equal(actorFeature(battle('Boko Haram'), battle('ISWAP')).points, -3);
    assert.equal(actorFeature(battle('ISWAP'), battle('Islamic State West Africa Province')).points, 1.5);
    assert.equal(actorFeature(battle('insurgents'), battle('ISWAP')).points, 0.5, 'shared kinds only');
    // One side named in each report of a battle says nothing.
    assert.equal(actorFeature(v({ type: 'battles', subtype: 'armed_clash', actors: [['army', 'state_forces', 'actor2']] }), v({ type: 'battles', subtype: 'armed_clash', actors: [['jihadists', 'rebel_group', 'actor1']] })).points, 0);
    // Shelling by the RSF vs an army air strike on the RSF.
    const market = v({ actors: [['RSF', 'political_militia', 'actor1'], ['civilians', 'civilians', 'actor2']] });
    const raid = v({ actors: [['Sudanese Armed Forces', 'state_forces', 'actor1'], ['Rapid Support Forces', 'political_militia', 'actor2']] });
    assert.equal(actorFeature(market, raid).points, -3);
    assert.equal(actorFeature(market, v({})).points, 0, 'unattributed report');
  });

  const countCases: Array<[string, number | [number, string[]], string, number | [number, string[]], string, string]> = [
    ['same figure', 5, '10:00', 5, '11:00', 'agree'],
    ['close figures at the same time', 9, '12:00', 15, '12:30', 'close'],
    ['rising toll', 17, '09:00', 100, '23:00', 'rising'],
    ['falling toll', 100, '09:00', 17, '23:00', 'conflict'],
    ['different at the same time', 2, '12:00', 25, '12:00', 'conflict'],
    ['too steep a rise', 2, '08:00', 21, '20:00', 'conflict'],
    ['different people counted', [2, ['gendarmes']], '10:00', [4, ['separatist fighters']], '11:00', 'conflict'],
  ];
  for (const [name, a, ta, b, tb, want] of countCases) {
    test(`counts: ${name}`, () => {
      const x = v({ killed: a, published: `2023-03-05T${ta}:00Z` });
      const y = v({ killed: b, published: `2023-03-05T${tb}:00Z` });
      assert.equal(countRelation(x.fatalities, y.fatalities, x.pub, y.pub), want);
    });
  }

  test('sites named in the evidence', () => {
    assert.deepEqual([...sitesOf('A car bomb exploded outside the Villa Rose hotel')].sort(), ['hotel', 'vehicle']);
    assert.deepEqual([...sitesOf('Mortar shells landed inside the airport compound')], ['airport']);
    assert.deepEqual([...sitesOf('Shelling hit a crowded market')], ['market']);
    assert.equal(siteFeature(v({ text: 'a bomb at the market' }), v({ text: 'shells hit the mosque' })).points, -1.5);
    assert.equal(siteFeature(v({ text: 'a bomb at the market' }), v({ text: 'explosion in the bazaar' })).points, 0.5);
    assert.equal(siteFeature(v({ text: 'a bomb at the market' }), v({ text: 'an explosion' })).points, 0);
  });
});

describe('compare and cluster', () => {
  test('same town and day are not enough when counts disagree', () => {
    const a = v({ place: 'mogadishu', date: '2023-03-05', killed: 19, published: '2023-03-05T14:00:00Z', text: 'A suicide bomber struck a mosque during prayers, killing 19.' });
    const b = v({ place: 'mogadishu', date: '2023-03-05', killed: 2, published: '2023-03-05T16:00:00Z', text: 'A magnetic bomb attached to a vehicle killed two members of the security forces.' });
    const c = compare(a, b);
    assert.equal(c.veto, null);
    assert.ok(c.score - c.content >= 3.5, 'context alone would pass');
    assert.ok(c.content < 0);
    assert.equal(linked(c), false);
  });

  test('reports of one event with a rising toll form one cluster; a near miss stays apart', () => {
    const hotel = (t: string, killed: number | undefined, text: string, actors: Spec['actors'] = []) => m({ place: 'mogadishu', date: '2023-03-05', killed, published: `2023-03-05T${t}:00Z`, text, actors });
    const ms = [
      hotel('08:00', undefined, 'A huge explosion shook the district near the Villa Rose hotel, witnesses reported casualties.'),
      hotel('12:10', 9, 'A car bomb exploded outside the Villa Rose hotel near the presidential palace, killing at least nine people.'),
      hotel('16:45', 15, 'Al Shabaab claimed a car bomb and gun attack on a hotel that police said killed at least 15 people.', [['al Shabaab', 'rebel_group', 'actor1']]),
      m({ place: 'mogadishu', date: '2023-03-05', subtype: 'shelling_artillery_missile', injured: 2, published: '2023-03-05T18:00:00Z', text: 'Several mortar shells landed inside the airport compound, wounding two; al Shabaab said it fired them.', actors: [['al Shabaab', 'rebel_group', 'actor1']] }),
    ];
    const groups = clusterMentions(ms).map((g) => g.length).sort();
    assert.deepEqual(groups, [1, 3]);
  });

  test('a background mention joins the original event, not the current one of its own article', () => {
    const original = m({ type: 'violence_against_civilians', subtype: 'attack', place: 'celaya', date: '2023-10-07', killed: 10, published: '2023-10-08T10:00:00Z', text: 'Gunmen killed 10 people at a bar in Celaya on Saturday.' });
    const later = [
      m({ article: 'later', type: 'violence_against_civilians', subtype: 'attack', place: 'celaya', date: '2023-11-02', killed: 3, published: '2023-11-03T10:00:00Z', text: 'Gunmen killed three people at a taco stand in Celaya on Thursday.' }),
      m({ article: 'later', type: 'violence_against_civilians', subtype: 'attack', status: 'background', place: 'celaya', date: ['2023-10-01', '2023-10-31', 'month'], killed: 10, published: '2023-11-03T10:00:00Z', text: 'Last month, gunmen killed 10 people at a bar in the city.' }),
    ];
    const d = new Deduper();
    for (const x of [original, ...later]) d.add(x);
    assert.equal(d.assignment.get(later[1]!.id), d.assignment.get(original.id));
    assert.notEqual(d.assignment.get(later[0]!.id), d.assignment.get(original.id));
    assert.equal(d.clusters.size, 2);
  });
});

describe('fuse', () => {
  test('counts, date, place, actors, status, first report and contributed fields', () => {
    const a = m({ source: 'AP', place: 'guanajuato', date: ['2023-10-01', '2023-10-31', 'month'], killed: 8, published: '2023-10-08T06:00:00Z', actors: [['gunmen', 'unidentified_armed_group', 'actor1']] });
    const b = m({ source: 'Reuters', place: 'celaya', date: '2023-10-07', killed: 10, published: '2023-10-08T14:00:00Z', actors: [['Santa Rosa de Lima Cartel', 'political_militia', 'actor1']] });
    const c = m({ source: 'El Universal', place: 'celaya', date: null, killed: 11, published: '2023-10-08T20:00:00Z' });
    const bg = m({ source: 'Proceso', status: 'background', place: 'mexico', date: ['2023-10-01', '2023-10-31', 'month'], killed: 12, published: '2023-10-08T21:00:00Z' });
    const f = fuse([c, bg, a, b]);
    assert.equal(f.record.status, 'current');
    assert.equal(f.record.location?.name, 'Celaya');
    assert.equal(f.record.date?.start, '2023-10-07');
    assert.equal(f.record.date?.precision, 'day');
    // Reports within three hours of the latest (20:00 and 21:00) are split: lower median of 11 and 12.
    assert.equal(f.record.fatalities?.best, 11);
    assert.equal(f.record.fatalities?.low, 8);
    assert.equal(f.record.fatalities?.high, 12);
    assert.deepEqual(f.record.count_claims.fatalities.map((x) => `${x.source}:${x.best}`), ['AP:8', 'Reuters:10', 'El Universal:11', 'Proceso:12']);
    assert.deepEqual(f.record.actors.map((x) => x.name).sort(), ['Santa Rosa de Lima Cartel', 'gunmen']);
    assert.equal(f.first_reported, '2023-10-08T06:00:00Z');
    assert.equal(f.sources_count, 4);
    assert.equal(f.articles_count, 4);
    assert.deepEqual(f.record.outlets, ['AP', 'Reuters', 'El Universal', 'Proceso']);
    assert.ok(f.fields[b.id]!.includes('date'));
    assert.ok(f.fields[c.id]!.includes('fatalities'));
    assert.ok(!f.fields[bg.id]!.includes('location'), 'a background mention never decides the place');
    assert.equal(f.date_lo, '2023-09-08', 'the undated report reaches back 30 days from its publication');
    assert.ok(f.record.confidence > 0.7 && f.record.confidence < 1);
  });
});
