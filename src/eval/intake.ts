/** Evaluation suite 'intake' (filled in below with the intake module). */
import type { Suite } from './types.js';

export const suite: Suite = {
  name: 'intake',
  description: 'article intake on the seed article and the 2016 news corpus',
  async run() {
    return { suite: 'intake', rows: [], skipped: 'not yet implemented' };
  },
};
