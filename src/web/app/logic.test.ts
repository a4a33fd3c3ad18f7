import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, type Mark } from './highlight.js';
import { parseState, stateToQuery, apiQuery, DEFAULT_STATE, serverFiltersDiffer } from './state.js';
import { gridCluster } from './cluster.js';
import { binEvents, weekStart } from './bins.js';
import { dayNum, dayIso, inDateRange, sortEvents, type Slim } from './data.js';
import { safeHref } from './dom.js';

test('segment: cuts at every boundary, overlapping marks cover the overlap', () => {
  const a: Mark = { start: 2, end: 6, cls: 'a' };
  const b: Mark = { start: 4, end: 8, cls: 'b' };
  const segs = segment(10, [a, b]);
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.marks.map((m) => m.cls).join('+')]),
    [
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ],
  );
});

test('segment: nested and identical spans, invalid spans dropped', () => {
  const outer: Mark = { start: 0, end: 10, cls: 'o' };
  const inner: Mark = { start: 3, end: 5, cls: 'i' };
  const twin: Mark = { start: 3, end: 5, cls: 't' };
  const bad1: Mark = { start: 8, end: 20, cls: 'x' };
  const bad2: Mark = { start: 5, end: 5, cls: 'y' };
  const bad3: Mark = { start: -1, end: 2, cls: 'z' };
  const segs = segment(10, [outer, inner, twin, bad1, bad2, bad3]);
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.marks.map((m) => m.cls).join('+')]),
    [
      [0, 3, 'o'],
      [3, 5, 'o+i+t'],
      [5, 10, 'o'],
    ],
  );
  // Segments tile the text exactly.
  assert.equal(segs.reduce((n, s) => n + s.end - s.start, 0), 10);
});

test('segment: adjacent spans stay separate, empty text gives no segments', () => {
  const segs = segment(6, [{ start: 0, end: 3, cls: 'a' }, { start: 3, end: 6, cls: 'a' }]);
  assert.equal(segs.length, 2);
  assert.deepEqual(segment(0, []), []);
});

test('state: URL round trip keeps every filter and drops defaults', () => {
  const q = '?from=2024-01-01&to=2024-02-01&country=kz&type=battles&subtype=Armed+clash&actor=police&status=current&min_fatalities=03&q=bomb+blast&sort=fatalities&page=3&bin=week&map=10.5,20,4&inview=1';
  const s = parseState(q);
  assert.equal(s.country, 'KZ');
  assert.equal(s.min_fatalities, '3');
  assert.equal(s.subtype, 'Armed clash');
  assert.equal(s.page, 3);
  assert.equal(s.bin, 'week');
  assert.equal(s.inview, true);
  assert.deepEqual(parseState(stateToQuery(s)), s);
  assert.equal(stateToQuery(DEFAULT_STATE), '');
});

test('state: invalid values fall back to defaults', () => {
  const s = parseState('?from=yesterday&to=2024-13&country=Kazakhstan&status=maybe&min_fatalities=-2&page=0&bin=year&map=x&sort=date;drop');
  assert.deepEqual(s, DEFAULT_STATE);
});

test('state: API query carries only the chosen filter keys', () => {
  const s = parseState('?from=2024-01-01&country=KZ&q=a%26b');
  assert.equal(apiQuery(s, ['country', 'q'], { limit: '10' }), 'country=KZ&q=a%26b&limit=10');
  assert.equal(serverFiltersDiffer(s, { ...s, from: '2023-01-01' }), false);
  assert.equal(serverFiltersDiffer(s, { ...s, country: 'AF' }), true);
});

test('gridCluster: nearby points group, far points stay apart, every point in exactly one cluster', () => {
  const xs = [10, 12, 15, 200, 39, 41];
  const ys = [10, 11, 14, 200, 60, 60];
  const cl = gridCluster(xs, ys, [0, 1, 2, 3, 4, 5], 40);
  const all = cl.flatMap((c) => c.members).sort();
  assert.deepEqual(all, [0, 1, 2, 3, 4, 5]);
  const far = cl.find((c) => c.members.includes(3))!;
  assert.deepEqual(far.members, [3]);
  // 39 and 41 straddle a grid line but are 2px apart: merged.
  const c4 = cl.find((c) => c.members.includes(4))!;
  assert.ok(c4.members.includes(5));
  const c0 = cl.find((c) => c.members.includes(0))!;
  assert.ok(c0.members.includes(1) && c0.members.includes(2));
});

test('binEvents: day bins cover the span, counts by type, weeks start on Monday', () => {
  const ev = [
    { d0: dayNum('2024-03-04'), type: 'battles' },
    { d0: dayNum('2024-03-04'), type: 'riots' },
    { d0: dayNum('2024-03-06'), type: 'battles' },
    { d0: NaN, type: 'riots' },
  ];
  const b = binEvents(ev, 'day');
  assert.equal(b.bins.length, 3);
  assert.equal(b.bins[0].total, 2);
  assert.equal(b.bins[1].total, 0);
  assert.equal(b.bins[2].counts.get('battles'), 1);
  assert.equal(b.max, 2);
  assert.equal(b.undated, 1);
  assert.equal(dayIso(weekStart(dayNum('2024-03-06'))), '2024-03-04'); // Wednesday -> Monday
  assert.equal(dayIso(weekStart(dayNum('2024-03-04'))), '2024-03-04');
  const w = binEvents(ev, 'week');
  assert.equal(w.bins.length, 1);
  assert.equal(w.bins[0].total, 3);
  assert.equal(binEvents(ev).unit, 'day');
  assert.equal(binEvents([{ d0: 0, type: 'a' }, { d0: 400, type: 'a' }]).unit, 'week');
});

function ev(id: string, start: string | null, end: string | null, fatalities = 0): Slim {
  return {
    id, type: 'battles', subtype: '', status: 'current', start, end, d0: dayNum(start), d1: dayNum(end ?? start), datePrecision: 'day',
    hasLoc: true, lat: 0, lon: 0, precision: 1, place: id, country: 'KZ', admin1: '', fatalities, injured: 0, summary: '', actors: '', sources: 1, articles: 1,
  };
}

test('inDateRange: interval overlap, undated events only without a range', () => {
  const list = [ev('a', '2024-01-01', '2024-01-31'), ev('b', '2024-02-10', '2024-02-10'), ev('c', null, null)];
  assert.deepEqual(inDateRange(list, '2024-01-15', '2024-01-20').map((e) => e.id), ['a']);
  assert.deepEqual(inDateRange(list, '2024-02-01', '').map((e) => e.id), ['b']);
  assert.deepEqual(inDateRange(list, '', '').map((e) => e.id), ['a', 'b', 'c']);
});

test('sortEvents: ascending/descending, ties by id, undated last when descending', () => {
  const list = [ev('b', '2024-01-02', null, 5), ev('a', '2024-01-02', null, 1), ev('c', null, null, 9)];
  assert.deepEqual(sortEvents(list, '-date').map((e) => e.id), ['a', 'b', 'c']);
  assert.deepEqual(sortEvents(list, 'date').map((e) => e.id), ['c', 'a', 'b']);
  assert.deepEqual(sortEvents(list, '-fatalities').map((e) => e.id), ['c', 'b', 'a']);
});

test('safeHref: no javascript: or protocol-relative links', () => {
  assert.equal(safeHref('javascript:alert(1)'), '#');
  assert.equal(safeHref(' JavaScript:alert(1)'), '#');
  assert.equal(safeHref('//evil.example/x'), '#');
  assert.equal(safeHref('data:text/html,x'), '#');
  assert.equal(safeHref('https://news.example/a'), 'https://news.example/a');
  assert.equal(safeHref('/event/1'), '/event/1');
});
