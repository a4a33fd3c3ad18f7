/** Evaluation suite 'geo' (placeholder until its issue lands). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'geo',
  description: 'geo evaluation (not yet implemented)',
  async run() {
    return { suite: 'geo', rows: [], skipped: 'not yet implemented' };
  },
};
