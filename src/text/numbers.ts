/**
 * Number mentions: digits and words, bounds and ranges, and what is not a count.
 * Placeholder until issue 3/6 fill it: finds nothing.
 */
import type { NumberMention, Token } from '../types.js';

export function extractNumbers(_text: string, _tokens: Token[]): NumberMention[] {
  return [];
}
