/** Evaluation suite 'ner' (placeholder until its issue lands). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'ner',
  description: 'ner evaluation (not yet implemented)',
  async run() {
    return { suite: 'ner', rows: [], skipped: 'not yet implemented' };
  },
};
