/** Evaluation suite 'events' (placeholder until its issue lands). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'events',
  description: 'events evaluation (not yet implemented)',
  async run() {
    return { suite: 'events', rows: [], skipped: 'not yet implemented' };
  },
};
