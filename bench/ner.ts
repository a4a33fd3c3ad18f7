/**
 * Text and names benchmark: `node --import tsx bench/ner.ts [--articles N] [--conll PATH]`.
 *
 * Generates news-like articles (~600 words, made-up names so the word-form cache sees new words)
 * and times, on one core (process CPU time, so other load on the machine matters less):
 *  - text: sentences, tokens, numbers, attributions, hedges (the text component);
 *  - entities: names (model + rules) with findEntities;
 *  - chunks+coref: descriptive actors and coreference.
 * With --conll PATH it also times findEntities over that CoNLL file's tokens.
 * The bar: >= 150,000 tokens/s per core for the recogniser; entities well under 1.5 ms
 * for a 600-word article.
 */
import { readFileSync } from 'node:fs';
import { articleFromText } from '../src/article/index.js';
import { textComponent } from '../src/text/index.js';
import { findChunks, findEntities, loadModel, resolveCoreference } from '../src/entities/index.js';
import { parseConll } from '../src/entities/conll.js';
import { conllDocument } from '../src/entities/conll-doc.js';
import type { Doc } from '../src/types.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

let seed = 7;
function rand(): number {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 4294967296;
}
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const SYL = ['ka', 'za', 'nur', 'bek', 'ta', 'al', 'ma', 'ty', 'ser', 'ik', 'as', 'tan', 'ol', 'dar', 'mir', 'khan', 'ov', 'ev', 'ra', 'lin'];
function name(): string {
  let w = '';
  const n = 2 + Math.floor(rand() * 2);
  for (let i = 0; i < n; i++) w += pick(SYL);
  return w[0]!.toUpperCase() + w.slice(1);
}

const TEMPLATES = [
  (p: string, q: string, c: string) => `${c} (Reuters) - Five suspected militants were killed and two security officers wounded in a shootout near the town of ${q} on Tuesday, the prosecutor-general's office said in a statement.`,
  (p: string, q: string) => `A group calling itself Jund al-${p} claimed responsibility for the attack in ${q}, according to the interior ministry.`,
  (p: string) => `"We will fight until the end," a local man said in a video posted online. "They are our brothers." Gen. ${p} ${name()}ov, head of the National Security Committee, told reporters that the gunmen had fled.`,
  (p: string, q: string) => `He said a 34-year-old man was detained in ${q} and that at least 12 people, including three children, were taken to hospital.`,
  (p: string, q: string) => `The U.S. embassy in ${q} urged its citizens to avoid the area until Dec. 10. The group has said it is fighting the Kazakh government.`,
  (p: string) => `Police said they were searching for the attackers, who escaped in a white car. ${p} ${name()}, a spokesman for the regional police department, said the men were armed with AK-47 rifles.`,
  (p: string, q: string) => `Kazakhstan, Central Asia's largest economy, has seen a rise in Islamist militancy since 2011, with bombings in ${q} and Atyrau and a shootout in Almaty that killed 10 people.`,
  (p: string) => `The ministry said ${p} ${name()} had allegedly recruited fighters for the group in Syria and Iraq, but the claim could not be independently verified.`,
];

function article(): string {
  const paras: string[] = [];
  let words = 0;
  while (words < 600) {
    const t = pick(TEMPLATES)(name(), name(), name().toUpperCase());
    paras.push(t);
    words += t.split(/\s+/).length;
  }
  return paras.join('\n\n');
}

function cpuMs(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

function newDoc(body: string): Doc {
  const a = articleFromText(body, { title: 'Gunmen kill five in western Kazakhstan' });
  return { article: a, text: a.text, sentences: [], tokens: [], numbers: [], entities: [], attributions: [], timexes: [], toponyms: [], events: [], warnings: [] };
}

function main(): void {
  const n = Number(arg('--articles') ?? 300);
  const t0 = performance.now();
  const model = loadModel();
  const loadMs = performance.now() - t0;
  const bodies = Array.from({ length: n }, article);
  // each stage over all articles in turn (one CPU-time reading per stage)
  const run = (): { text: number; entities: number; rest: number; tokens: number; words: number } => {
    const docs = bodies.map(newDoc);
    const text = cpuMs(() => { for (const d of docs) textComponent.apply(d); });
    const entities = cpuMs(() => { for (const d of docs) d.entities = findEntities(d.text, d.sentences, d.tokens, model); });
    const rest = cpuMs(() => { for (const d of docs) { d.chunks = findChunks(d.text, d.sentences, d.tokens, d.entities, d.numbers); d.corefs = resolveCoreference(d); } });
    let tokens = 0, words = 0;
    for (const d of docs) tokens += d.tokens.length;
    for (const b of bodies) words += b.split(/\s+/).length;
    return { text, entities, rest, tokens, words };
  };
  run(); // warm-up (JIT)
  const r = run();
  const perSec = (ms: number): number => Math.round((r.tokens / ms) * 1000);
  const out: Record<string, unknown> = {
    bench: 'ner',
    articles: n,
    words_per_article: Math.round(r.words / n),
    tokens: r.tokens,
    model_load_ms: Math.round(loadMs),
    text_tokens_per_cpu_s: perSec(r.text),
    entities_tokens_per_cpu_s: perSec(r.entities),
    chunks_coref_tokens_per_cpu_s: perSec(r.rest),
    text_ms_per_article: +(r.text / n).toFixed(3),
    entities_ms_per_article: +(r.entities / n).toFixed(3),
    chunks_coref_ms_per_article: +(r.rest / n).toFixed(3),
    bar: { entities_tokens_per_cpu_s: 150000, entities_ms_per_600_words: 1.5 },
  };
  const conll = arg('--conll');
  if (conll) {
    const { text, tokens, sentences } = conllDocument(parseConll(readFileSync(conll, 'utf8')));
    findEntities(text, sentences, tokens, model);
    const ms = cpuMs(() => findEntities(text, sentences, tokens, model));
    out.conll_tokens = tokens.length;
    out.conll_entities_tokens_per_cpu_s = Math.round((tokens.length / ms) * 1000);
  }
  console.log(JSON.stringify(out));
}

main();
