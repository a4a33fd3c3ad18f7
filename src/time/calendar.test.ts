import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bounds, fromDays, isoDate, isoWeek, isoWeekStart, narrow, narrowPoint, shift, timexValue, toDays, weekdayOf, type Point } from './calendar.js';

test('day numbers round-trip across centuries and leap days', () => {
  for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [1900, 3, 1], [2011, 12, 31], [2012, 2, 29], [1899, 12, 31], [2100, 1, 1]] as const) {
    assert.deepEqual(fromDays(toDays(y, m, d)), { y, m, d });
  }
  assert.equal(toDays(1970, 1, 1), 0);
});

test('ISO weekday and week, including weeks that straddle New Year', () => {
  const table: Array<[string, number, number, number]> = [
    // date, weekday, ISO week-year, week
    ['2011-12-04', 7, 2011, 48],
    ['2012-01-01', 7, 2011, 52],
    ['2012-01-02', 1, 2012, 1],
    ['2008-12-29', 1, 2009, 1],
    ['2010-01-03', 7, 2009, 53],
    ['2020-12-31', 4, 2020, 53],
  ];
  for (const [iso, wd, wy, w] of table) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const days = toDays(y, m, d);
    assert.equal(weekdayOf(days), wd, iso);
    assert.deepEqual(isoWeek(days), { year: wy, week: w }, iso);
  }
  assert.equal(isoDate(isoWeekStart(2011, 48)), '2011-11-28');
});

test('TIMEX3 values of each granularity', () => {
  const table: Array<[Point, string]> = [
    [{ gran: 'century', year: 1900 }, '19'],
    [{ gran: 'decade', year: 2010 }, '201'],
    [{ gran: 'year', year: 2011 }, '2011'],
    [{ gran: 'half', year: 2011, half: 2 }, '2011-H2'],
    [{ gran: 'quarter', year: 2011, quarter: 3 }, '2011-Q3'],
    [{ gran: 'season', year: 2011, season: 'SU' }, '2011-SU'],
    [{ gran: 'month', year: 2011, month: 11 }, '2011-11'],
    [{ gran: 'week', year: 2011, week: 48 }, '2011-W48'],
    [{ gran: 'weekend', year: 2011, week: 48 }, '2011-W48-WE'],
    [{ gran: 'day', year: 2011, month: 12, day: 3 }, '2011-12-03'],
    [{ gran: 'pod', year: 2011, month: 12, day: 3, pod: 'NI' }, '2011-12-03TNI'],
    [{ gran: 'time', year: 2011, month: 12, day: 3, hour: 22, minute: 5 }, '2011-12-03T22:05'],
  ];
  for (const [p, v] of table) assert.equal(timexValue(p), v);
  assert.equal(timexValue({ gran: 'day', year: 2011, month: 10, day: 31 }, false), 'XXXX-10-31');
});

test('bounds: quarters, weekends, winter across the year end', () => {
  const b = (p: Point) => { const r = bounds(p); return [isoDate(r.start), isoDate(r.end)]; };
  assert.deepEqual(b({ gran: 'quarter', year: 2011, quarter: 4 }), ['2011-10-01', '2011-12-31']);
  assert.deepEqual(b({ gran: 'weekend', year: 2011, week: 48 }), ['2011-12-03', '2011-12-04']);
  assert.deepEqual(b({ gran: 'season', year: 2011, season: 'WI' }), ['2011-12-01', '2012-02-29']);
  assert.deepEqual(b({ gran: 'month', year: 2012, month: 2 }), ['2012-02-01', '2012-02-29']);
  assert.deepEqual(b({ gran: 'decade', year: 1990 }), ['1990-01-01', '1999-12-31']);
});

test('shift keeps granularity and clamps month ends', () => {
  assert.deepEqual(shift({ gran: 'quarter', year: 2011, quarter: 1 }, 'quarter', -1), { gran: 'quarter', year: 2010, quarter: 4 });
  assert.deepEqual(shift({ gran: 'day', year: 2011, month: 3, day: 31 }, 'month', -1), { gran: 'day', year: 2011, month: 2, day: 28 });
  assert.deepEqual(shift({ gran: 'week', year: 2011, week: 52 }, 'week', 1), { gran: 'week', year: 2012, week: 1 });
  assert.deepEqual(shift({ gran: 'month', year: 2012, month: 1 }, 'month', -1), { gran: 'month', year: 2011, month: 12 });
  assert.deepEqual(shift({ gran: 'day', year: 2012, month: 2, day: 29 }, 'year', -1), { gran: 'day', year: 2011, month: 2, day: 28 });
});

test('narrowPoint: early/mid/late parts of years, months and other spans', () => {
  const r = (p: Point, mod: string) => { const x = narrowPoint(p, mod); return [isoDate(x.start), isoDate(x.end)]; };
  assert.deepEqual(r({ gran: 'year', year: 2011 }, 'END'), ['2011-09-01', '2011-12-31']);
  assert.deepEqual(r({ gran: 'year', year: 2011 }, 'START'), ['2011-01-01', '2011-04-30']);
  assert.deepEqual(r({ gran: 'month', year: 2012, month: 2 }, 'END'), ['2012-02-21', '2012-02-29']);
  assert.deepEqual(r({ gran: 'decade', year: 1990 }, 'MID'), ['1993-05-02', '1996-08-31']);
  assert.deepEqual(narrow(5, 6, 'END'), { start: 5, end: 6 });
});
