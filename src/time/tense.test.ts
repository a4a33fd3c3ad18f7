import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseTense } from './tense.js';

const TABLE: Array<[string, string, 'future' | 'past' | 'near' | null]> = [
  ['The envoys will meet on Thursday in Geneva.', 'Thursday', 'future'],
  ['The vote is scheduled for January.', 'January', 'future'],
  ['Talks are expected to resume in March.', 'March', 'future'],
  ['The summit will be held in May.', 'May', 'future'],
  ['The payment would be made in February.', 'February', 'future'],
  ['Rebels attacked the town on Thursday.', 'Thursday', 'past'],
  ['Police said the blast occurred on Friday.', 'Friday', 'past'],
  ['He said on Monday that he will resign.', 'Monday', 'past'],
  ['The offer had been scheduled to expire on Friday.', 'Friday', 'past'],
  ['On Friday, the council will vote on the plan.', 'Friday', 'future'],
  ['In May, gunmen killed two guards.', 'May', 'past'],
  ['A statement on Monday.', 'Monday', null],
  ['Rebels must leave the town by Friday.', 'Friday', 'future'],
  ['The council will meet until Friday.', 'Friday', 'future'],
  ['Forty countries had filed reports by Tuesday.', 'Tuesday', 'near'],
  ['Police said the curfew was extended until Monday.', 'Monday', 'near'],
  ['Police said the curfew stays in force until Monday.', 'Monday', 'future'],
  ['The dividend will be paid on an unspecified date in May.', 'May', 'future'],
  ['Gunmen unveiled their demands in May.', 'May', 'past'],
];

for (const [sentence, expr, want] of TABLE) {
  test(`tense of "${expr}" in "${sentence}"`, () => {
    const s = sentence.indexOf(expr);
    assert.equal(clauseTense(sentence, s, s + expr.length), want);
  });
}

test('the cue must be in the same sentence', () => {
  const text = 'The ministers will meet soon. Gunmen attacked a bus on Friday.';
  const s = text.indexOf('Friday');
  assert.equal(clauseTense(text, s, s + 6), 'past');
});
