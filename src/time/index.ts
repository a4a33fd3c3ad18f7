/**
 * time stage (placeholder until its issue lands): adds nothing to the Doc.
 */
import type { Component } from '../pipeline/index.js';

export const timeComponent: Component = {
  name: 'time',
  apply() {
    /* not yet implemented */
  },
};
