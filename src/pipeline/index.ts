/**
 * The pipeline: an ordered list of named components, each `Doc -> Doc` (spaCy style).
 * Every stage keeps a pure entry function in its own folder; the component here only
 * adapts it to the shared Doc. Components can be switched off and timed one by one.
 */
import type { Article, ArticleRecord, Doc } from '../types.js';
import { textComponent } from '../text/index.js';
import { entitiesComponent } from '../entities/index.js';
import { timeComponent } from '../time/index.js';
import { geoComponent } from '../geo/index.js';
import { eventsComponent } from '../events/index.js';

export interface Component {
  name: string;
  /** One-time set-up (load a gazetteer, a model). */
  init?(): Promise<void> | void;
  apply(doc: Doc): void;
}

export interface PipelineOptions {
  /** Names of components to leave out. */
  disable?: string[];
  /** Collect per-component timings (ms) in `timings`. */
  time?: boolean;
}

export interface Pipeline {
  components: Component[];
  timings: Record<string, number>;
  process(article: Article): ArticleRecord;
  analyze(article: Article): Doc;
}

export const DEFAULT_COMPONENTS: Component[] = [
  textComponent,
  entitiesComponent,
  timeComponent,
  geoComponent,
  eventsComponent,
];

export function newDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    sentences: [],
    tokens: [],
    numbers: [],
    entities: [],
    attributions: [],
    timexes: [],
    toponyms: [],
    events: [],
    warnings: [],
  };
}

export async function createPipeline(opts: PipelineOptions = {}, components: Component[] = DEFAULT_COMPONENTS): Promise<Pipeline> {
  const disabled = new Set(opts.disable ?? []);
  const active = components.filter((c) => !disabled.has(c.name));
  for (const c of active) await c.init?.();
  const timings: Record<string, number> = {};
  const analyze = (article: Article): Doc => {
    const doc = newDoc(article);
    if (!article.published) doc.warnings.push('no publication time: relative dates are left unresolved');
    for (const c of active) {
      if (opts.time) {
        const t0 = performance.now();
        c.apply(doc);
        timings[c.name] = (timings[c.name] ?? 0) + performance.now() - t0;
      } else {
        c.apply(doc);
      }
    }
    return doc;
  };
  return {
    components: active,
    timings,
    analyze,
    process(article: Article): ArticleRecord {
      const doc = analyze(article);
      return { id: article.id, article, events: doc.events, warnings: doc.warnings };
    },
  };
}
