import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerTokens } from './lower.js';
import { splitSentences } from './sentences.js';

test('lowerTokens: the token texts in lower case, made once per token array', () => {
  const { tokens } = splitSentences('Police in ALMATY said.', []);
  const low = lowerTokens(tokens);
  assert.deepEqual(low, ['police', 'in', 'almaty', 'said', '.']);
  assert.equal(lowerTokens(tokens), low);
  assert.deepEqual(lowerTokens(splitSentences('Two MEN', []).tokens), ['two', 'men']);
});
