/**
 * `sitrep geoparse FILE...`: toponyms of each article as JSON Lines
 *   {"id", "toponyms": [{start_char, end_char, text, geonameid, name, lat, lon, country, admin1, feature_code, score}]}
 * Offsets are into the article text (title, blank line, body). Runs the text and NER stages first
 * (their sentences and entities help); without a usable NER model it runs on the text alone.
 */
import type { Command } from 'commander';
import { readInputs } from '../../article/index.js';
import { geoComponent } from '../../geo/index.js';
import { createPipeline, newDoc, type Pipeline } from '../../pipeline/index.js';
import type { Toponym } from '../../types.js';
import { flushStdout, writeLine } from '../io.js';

/** The JSON shape printed per toponym. */
export function toponymJson(t: Toponym): Record<string, unknown> {
  const o: Record<string, unknown> = {
    start_char: t.start_char,
    end_char: t.end_char,
    text: t.text,
    geonameid: t.geonameid,
    name: t.name,
    lat: t.lat,
    lon: t.lon,
    country: t.country,
    admin1: t.admin1,
    feature_code: t.feature_code,
    score: t.score,
  };
  if (t.demonym) o.demonym = true;
  return o;
}

async function geoPipeline(): Promise<Pipeline> {
  try {
    return await createPipeline({ disable: ['time', 'events'] });
  } catch (err) {
    process.stderr.write(`sitrep geoparse: NER stage unavailable (${(err as Error).message.split('\n')[0]}); running without entities\n`);
    return createPipeline({ disable: ['entities', 'time', 'events'] });
  }
}

export function register(program: Command): void {
  program
    .command('geoparse')
    .description('find and resolve place names (GeoNames-based gazetteer) and write JSON Lines')
    .argument('<inputs...>', 'article files or directories (- for stdin)')
    .option('--no-demonyms', 'leave out demonyms and adjectives ("Kazakh", "Afghan"), printed by default with "demonym": true')
    .addHelpText('after', `
Output: one JSON object per input article, in input order:
  {"id", "toponyms": [{"start_char", "end_char", "text", "geonameid", "name", "lat", "lon", "country",
   "admin1", "feature_code", "score"}]}
  or {"id", "error": {...}} for an input that could not be read.
The gazetteer is built from npm packages on first use and cached (see \`sitrep gazetteer\`).
Exit code: 0 all inputs succeeded, 2 some failed, 1 usage error.`)
    .action(async (inputs: string[], o: { demonyms?: boolean }) => {
      const pipe = await geoPipeline();
      let errors = 0;
      let docs = 0;
      for (const r of readInputs(inputs, {})) {
        if (!r.ok) {
          errors++;
          await writeLine(JSON.stringify(r.error));
          continue;
        }
        docs++;
        let toponyms: Toponym[];
        try {
          toponyms = pipe.analyze(r.article).toponyms;
        } catch {
          // an upstream stage failed on this article: geoparse the bare text
          const doc = newDoc(r.article);
          geoComponent.apply(doc);
          toponyms = doc.toponyms;
        }
        if (o.demonyms === false) toponyms = toponyms.filter((t) => !t.demonym);
        await writeLine(JSON.stringify({ id: r.article.id, toponyms: toponyms.map(toponymJson) }));
      }
      await flushStdout();
      process.stderr.write(`sitrep geoparse: ${docs} document(s), ${errors} error(s)\n`);
      process.exitCode = errors ? 2 : 0;
    });
}
