/**
 * `sitrep timex [--published ISO] FILE...`: time expressions of each article as JSON Lines
 *   {"id", "timexes": [{start_char, end_char, text, type, value, start, end, precision, ...}]}
 * Offsets are into the article text (title, blank line, body).
 * `sitrep timex --timeml DIR|FILE...`: the same for TimeML documents, anchored on their DCT;
 * `id` is the file name and offsets count characters of the <TEXT> content with tags removed
 * and entities decoded. Gold TIMEX3 tags in the input are ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { parsePublished, readInputs } from '../../article/index.js';
import { extractTimexes } from '../../time/index.js';
import { readTimeML } from '../../time/timeml.js';
import type { Published, Timex } from '../../types.js';
import { flushStdout, writeLine } from '../io.js';

function parsePublishedFlag(v: string): Published {
  const p = parsePublished(v, 'cli');
  if (!p) throw new InvalidArgumentError(`not a date/time: "${v}" (use ISO 8601, e.g. 2011-12-04T06:08:00Z)`);
  return p;
}

/** The JSON shape printed per expression. */
export function timexJson(t: Timex): Record<string, unknown> {
  const o: Record<string, unknown> = {
    start_char: t.start_char,
    end_char: t.end_char,
    text: t.text,
    type: t.type,
    value: t.value,
    start: t.start,
    end: t.end,
    precision: t.precision,
  };
  if (t.part_of_day) o.part_of_day = t.part_of_day;
  if (t.mod) o.mod = t.mod;
  if (t.fuzzy) o.fuzzy = true;
  if (t.range) o.range = t.range;
  return o;
}

function timemlFiles(paths: string[]): Array<{ path: string; error?: string }> {
  const out: Array<{ path: string; error?: string }> = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      out.push({ path: p, error: `cannot read ${p}: ${(err as Error).message}` });
      continue;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (/\.(tml|xml|timeml)$/i.test(f)) out.push({ path: join(p, f) });
    } else out.push({ path: p });
  }
  return out;
}

export function register(program: Command): void {
  program
    .command('timex')
    .description('find and resolve time expressions (TIMEX3 DATE/TIME/DURATION/SET) and write JSON Lines')
    .argument('<inputs...>', 'article files or directories (- for stdin); with --timeml, TimeML files or directories')
    .option('--published <iso>', 'publication time used as the anchor (overrides what the articles say)', parsePublishedFlag)
    .option('--timeml', 'read TimeML documents: anchor on their DCT, offsets into the <TEXT> content')
    .addHelpText('after', `
Output: one JSON object per input article (or TimeML file), in input order:
  {"id", "timexes": [{"start_char", "end_char", "text", "type", "value", "start", "end", "precision"}]}
  or {"id", "error": {...}} for an input that could not be read.
Without a publication time, relative expressions keep X placeholders ("XXXX-10-31") and start/end null.
Exit code: 0 all inputs succeeded, 2 some failed, 1 usage error.`)
    .action(async (inputs: string[], o: { published?: Published; timeml?: boolean }) => {
      let errors = 0;
      let docs = 0;
      if (o.timeml) {
        for (const f of timemlFiles(inputs)) {
          const id = basename(f.path);
          if (f.error) {
            errors++;
            await writeLine(JSON.stringify({ id, error: { message: f.error, file: f.path, line: null, reason: 'not_found' } }));
            continue;
          }
          let doc;
          try {
            doc = readTimeML(readFileSync(f.path, 'utf8'));
          } catch (err) {
            errors++;
            await writeLine(JSON.stringify({ id, error: { message: (err as Error).message, file: f.path, line: null, reason: 'unreadable' } }));
            continue;
          }
          const anchor = o.published?.iso ?? doc.dct;
          docs++;
          await writeLine(JSON.stringify({ id, timexes: extractTimexes(doc.text, anchor).map(timexJson) }));
        }
      } else {
        for (const r of readInputs(inputs, { published: o.published ?? null })) {
          if (!r.ok) {
            errors++;
            await writeLine(JSON.stringify(r.error));
            continue;
          }
          docs++;
          const a = r.article;
          await writeLine(JSON.stringify({ id: a.id, timexes: extractTimexes(a.text, a.published).map(timexJson) }));
        }
      }
      await flushStdout();
      process.stderr.write(`sitrep timex: ${docs} document(s), ${errors} error(s)\n`);
      process.exitCode = errors ? 2 : 0;
    });
}
