/** Evaluation suite 'dedup' (placeholder until its issue lands). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'dedup',
  description: 'dedup evaluation (not yet implemented)',
  async run() {
    return { suite: 'dedup', rows: [], skipped: 'not yet implemented' };
  },
};
