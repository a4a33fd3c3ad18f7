/**
 * `npm run eval [-- SUITE... --gate --data DIR --limit N --json --update-floors]`
 * Runs the evaluation suites against ../shared/data, prints one table, and with --gate exits 1
 * when a gated figure falls below its floor in src/eval/floors.json (last accepted figure minus
 * a tolerance). `--update-floors` rewrites the floors from this run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUITES } from './suites.js';
import { floorKey, type MetricRow, type SuiteResult } from './types.js';

const FLOORS_PATH = new URL('./floors.json', import.meta.url);
/**
 * Tolerance under the last accepted figure: for ratios 0.01, or two items' worth on small sets
 * (2/n), whichever is larger; 5% for other figures.
 */
export function floorFor(row: MetricRow): number {
  const v = row.value;
  const higher = row.higherIsBetter !== false;
  const tol = row.n ? Math.max(0.01, 2 / row.n) : 0.01;
  if (v >= 0 && v <= 1) return higher ? Math.max(0, +(v - tol).toFixed(4)) : +(v + tol).toFixed(4);
  return higher ? +(v * 0.95).toFixed(4) : +(v * 1.05).toFixed(4);
}

interface Args { suites: string[]; gate: boolean; dataDir: string; limit?: number; json: boolean; update: boolean; verbose: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { suites: [], gate: false, dataDir: resolve(process.cwd(), '../shared/data'), json: false, update: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--gate') a.gate = true;
    else if (x === '--json') a.json = true;
    else if (x === '--update-floors') a.update = true;
    else if (x === '--verbose' || x === '-v') a.verbose = true;
    else if (x === '--data') a.dataDir = resolve(argv[++i] ?? '');
    else if (x === '--limit') a.limit = Number(argv[++i]);
    else if (x === '--help' || x === '-h') {
      console.log(`usage: npm run eval -- [${SUITES.map((s) => s.name).join('|')}]... [--gate] [--data DIR] [--limit N] [--json] [--update-floors]`);
      for (const s of SUITES) console.log(`  ${s.name.padEnd(8)} ${s.description}`);
      process.exit(0);
    } else if (x.startsWith('-')) { console.error(`unknown option ${x}`); process.exit(1); }
    else a.suites.push(x);
  }
  return a;
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const unknown = args.suites.filter((s) => !SUITES.some((x) => x.name === s));
  if (unknown.length) { console.error(`unknown suite(s): ${unknown.join(', ')}`); process.exit(1); }
  const chosen = args.suites.length ? SUITES.filter((s) => args.suites.includes(s.name)) : SUITES;
  if (!existsSync(args.dataDir)) console.error(`note: evaluation data not found at ${args.dataDir}; suites will be skipped`);
  const floors: Record<string, number> = existsSync(FLOORS_PATH) ? JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) : {};
  const results: SuiteResult[] = [];
  for (const s of chosen) {
    const t0 = performance.now();
    let r: SuiteResult;
    try {
      r = await s.run({ dataDir: args.dataDir, limit: args.limit, verbose: args.verbose });
    } catch (err) {
      r = { suite: s.name, rows: [], skipped: `crashed: ${(err as Error).stack ?? err}` };
    }
    results.push(r);
    if (!args.json) console.error(`[eval] ${s.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const failures: string[] = [];
  const lines: string[] = [];
  const header = ['suite', 'dataset', 'system', 'metric', 'value', 'bar', 'floor', 'n', 'status'];
  const table: string[][] = [];
  for (const r of results) {
    if (r.skipped) { table.push([r.suite, '-', '-', '-', '-', '-', '-', '-', `skipped: ${r.skipped.split('\n')[0]}`]); continue; }
    for (const row of r.rows) {
      const key = floorKey(r.suite, row);
      const floor = row.system || row.gate === false ? undefined : floors[key];
      const higher = row.higherIsBetter !== false;
      let status = '';
      if (row.bar !== undefined) status = (higher ? row.value >= row.bar : row.value <= row.bar) ? 'meets bar' : 'BELOW BAR';
      if (floor !== undefined && (higher ? row.value < floor : row.value > floor)) {
        status = 'REGRESSED';
        failures.push(`${key}: ${fmt(row.value)} vs floor ${fmt(floor)}`);
      }
      table.push([r.suite, row.dataset, row.system ?? 'sitrep', row.metric, fmt(row.value), row.bar === undefined ? '' : fmt(row.bar), floor === undefined ? '' : fmt(floor), row.n === undefined ? '' : String(row.n), status]);
    }
    if (r.details && !args.json) lines.push(`\n== ${r.suite} ==\n${r.details.trimEnd()}`);
  }
  if (args.json) {
    console.log(JSON.stringify({ results, failures }, null, 2));
  } else {
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    if (args.verbose) for (const l of lines) console.log(l);
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of table) console.log(line(r));
  }
  if (args.update) {
    const next = { ...floors };
    for (const r of results) for (const row of r.rows) if (!row.system && row.gate !== false && !r.skipped) next[floorKey(r.suite, row)] = floorFor(row);
    writeFileSync(FLOORS_PATH, JSON.stringify(Object.fromEntries(Object.entries(next).sort()), null, 2) + '\n');
    console.error(`[eval] floors written to ${FLOORS_PATH.pathname}`);
  }
  if (args.gate) {
    if (failures.length) {
      console.error(`\nGATE FAILED: ${failures.length} figure(s) below floor:\n  ${failures.join('\n  ')}`);
      process.exit(1);
    }
    console.error('\ngate passed: no figure below its floor');
  }
}

main();
