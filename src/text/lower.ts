/**
 * The texts of a document's tokens in lower case, made once per token array and shared by the
 * stages that look tokens up in lower-case word lists (attribution, hedges, chunks, coreference):
 * each used to lower-case every token again, a string allocation per capitalised token each time.
 */
import type { Token } from '../types.js';

const memo = new WeakMap<readonly Token[], string[]>();

/** lowerTokens(tokens)[i] === tokens[i].text.toLowerCase(); the token array must not change afterwards. */
export function lowerTokens(tokens: readonly Token[]): string[] {
  let low = memo.get(tokens);
  if (!low || low.length !== tokens.length) {
    low = tokens.map((t) => t.text.toLowerCase());
    memo.set(tokens, low);
  }
  return low;
}
