/**
 * events stage (placeholder until its issue lands): adds nothing to the Doc.
 */
import type { Component } from '../pipeline/index.js';

export const eventsComponent: Component = {
  name: 'events',
  apply() {
    /* not yet implemented */
  },
};
