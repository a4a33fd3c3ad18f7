/**
 * `sitrep ner FILE...`: names in each article as JSON Lines
 *   {"id", "entities": [{start_char, end_char, text, type}]}
 * (offsets into the article text: title, blank line, body). `--details` adds descriptive actor
 * chunks, coreference links, attributions and hedges.
 * `sitrep ner --conll FILE`: reads a CoNLL file (token in column 1, blank lines between sentences)
 * and writes it back with the predicted IOB2 tag appended as the last column (CoNLL types PER, ORG,
 * LOC, MISC; `--types rich` writes sitrep's GPE, NORP, GROUP as well).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { readInputs } from '../../article/index.js';
import { analyzeText, findAttributions, findHedges } from '../../text/index.js';
import { extractNumbers } from '../../text/numbers.js';
import { addDatelinePlace, findChunks, findEntities, linkAttributionSources, loadModel, resolveCoreference, toConllType } from '../../entities/index.js';
import { conllDocument, entitySpansByToken } from '../../entities/conll-doc.js';
import { spansToIob2 } from '../../entities/conll.js';
import type { Article, Doc } from '../../types.js';
import { flushStdout, writeLine } from '../io.js';

/** Text and entities stages over one article. */
export function nerDoc(article: Article): Doc {
  const { sentences, tokens } = analyzeText(article.text, article.paragraphs, article.title_span);
  const doc: Doc = { article, text: article.text, sentences, tokens, numbers: [], entities: [], attributions: [], timexes: [], toponyms: [], events: [], warnings: [] };
  doc.numbers = extractNumbers(doc.text, tokens);
  doc.attributions = findAttributions(doc.text, sentences, tokens);
  doc.hedges = findHedges(doc.text, tokens);
  doc.entities = addDatelinePlace(findEntities(doc.text, sentences, tokens), article);
  doc.chunks = findChunks(doc.text, sentences, tokens, doc.entities, doc.numbers);
  doc.corefs = resolveCoreference(doc);
  linkAttributionSources(doc.attributions, doc.corefs);
  return doc;
}

/**
 * Tag a CoNLL file's content: every token line gets the predicted IOB2 tag as a new last column;
 * blank lines and -DOCSTART- lines are kept (a -DOCSTART- line gets "O").
 */
export function tagConll(content: string, rich = false): string {
  const lines = content.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  // documents split at -DOCSTART-, sentences at blank lines
  let doc: Array<{ tokens: string[]; lines: string[] }> = [];
  let cur: { tokens: string[]; lines: string[] } = { tokens: [], lines: [] };
  const flushDoc = (): void => {
    if (cur.tokens.length) { doc.push(cur); cur = { tokens: [], lines: [] }; }
    if (!doc.length) return;
    const { text, tokens, sentences } = conllDocument(doc);
    const byToken = entitySpansByToken(tokens, sentences);
    const spans = doc.map(() => [] as Array<{ start: number; end: number; type: string }>);
    for (const e of findEntities(text, sentences, tokens)) {
      const r = byToken(e.start_char, e.end_char);
      if (r) spans[r.sentence]!.push({ start: r.start, end: r.end, type: rich ? e.type : toConllType(e.type) });
    }
    doc.forEach((s, i) => {
      const tags = spansToIob2(spans[i]!, s.tokens.length);
      s.lines.forEach((l, k) => out.push(l + (l.includes('\t') ? '\t' : ' ') + tags[k]));
      out.push('');
    });
    doc = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      if (cur.tokens.length) { doc.push(cur); cur = { tokens: [], lines: [] }; }
      continue;
    }
    if (t.startsWith('-DOCSTART-')) {
      flushDoc();
      out.push(line + (line.includes('\t') ? '\t' : ' ') + 'O', '');
      continue;
    }
    cur.tokens.push(t.split(/\s+/)[0]!);
    cur.lines.push(line);
  }
  flushDoc();
  return out.join('\n') + (out.length ? '\n' : '');
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('find names (PER, ORG, GPE, LOC, NORP, GROUP, MISC) and write JSON Lines, or tag a CoNLL file')
    .argument('<inputs...>', 'article files or directories (- for stdin); with --conll, CoNLL files')
    .option('--conll', 'read CoNLL column files and write them back with the predicted IOB2 tag appended')
    .addOption(new Option('--types <set>', 'tag set for --conll output').choices(['conll', 'rich']).default('conll'))
    .option('--details', 'also print descriptive actor chunks, coreference links, attributions and hedges')
    .addHelpText('after', `
Output: one JSON object per input article, in input order:
  {"id", "entities": [{"start_char", "end_char", "text", "type"}]}
  or {"id", "error": {...}} for an input that could not be read.
With --conll: the file's lines with one more column (IOB2 tag), blank lines between sentences kept.
Exit code: 0 all inputs succeeded, 2 some failed, 1 usage error.`)
    .action(async (inputs: string[], o: { conll?: boolean; types: 'conll' | 'rich'; details?: boolean }) => {
      let errors = 0;
      let docs = 0;
      loadModel();
      if (o.conll) {
        for (const path of inputs) {
          let content: string;
          try {
            content = readFileSync(path === '-' ? 0 : path, 'utf8');
          } catch (err) {
            errors++;
            process.stderr.write(`sitrep ner: cannot read ${path}: ${(err as Error).message}\n`);
            continue;
          }
          docs++;
          await writeLine(tagConll(content, o.types === 'rich').replace(/\n$/, ''));
        }
      } else {
        for (const r of readInputs(inputs)) {
          if (!r.ok) {
            errors++;
            await writeLine(JSON.stringify(r.error));
            continue;
          }
          docs++;
          const d = nerDoc(r.article);
          const rec: Record<string, unknown> = {
            id: r.article.id,
            entities: d.entities.map((e) => ({ start_char: e.start_char, end_char: e.end_char, text: e.text, type: e.type })),
          };
          if (o.details) Object.assign(rec, { chunks: d.chunks, corefs: d.corefs, attributions: d.attributions, hedges: d.hedges });
          await writeLine(JSON.stringify(rec));
        }
      }
      await flushStdout();
      process.stderr.write(`sitrep ner: ${docs} document(s), ${errors} error(s)\n`);
      process.exitCode = errors ? 2 : 0;
    });
}
