/**
 * geo stage (placeholder until its issue lands): adds nothing to the Doc.
 */
import type { Component } from '../pipeline/index.js';

export const geoComponent: Component = {
  name: 'geo',
  apply() {
    /* not yet implemented */
  },
};
