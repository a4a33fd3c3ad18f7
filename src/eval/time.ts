/** Evaluation suite 'time' (placeholder until its issue lands). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'time',
  description: 'time evaluation (not yet implemented)',
  async run() {
    return { suite: 'time', rows: [], skipped: 'not yet implemented' };
  },
};
