/**
 * Events stage: every political-violence event in an analysed article, as record format v1.
 * Entry: `extractEvents(doc)`; `eventsComponent` fills `doc.events` in the pipeline.
 * Taxonomy and lexicons are data (taxonomy.ts, lexicon/); the engine is detect -> counts/actors/
 * modality/attach -> classify -> merge (extract.ts).
 */
import type { Component } from '../pipeline/index.js';
import { extractEvents } from './extract.js';

export { extractEvents } from './extract.js';
export { SUBTYPES, SUBTYPE_BY_SLUG, EVENT_TYPES, LEGACY_TYPE_MAP } from './taxonomy.js';

export const eventsComponent: Component = {
  name: 'events',
  apply(doc) {
    doc.events = extractEvents(doc);
  },
};
