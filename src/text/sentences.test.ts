import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, isHardWrapped } from './sentences.js';
import { analyzeText } from './index.js';

/** Sentences of one paragraph of text. */
function split(text: string): string[] {
  const r = splitSentences(text, [{ start_char: 0, end_char: text.length }]);
  return r.sentences.map((s) => text.slice(s.start_char, s.end_char));
}

// [input, expected sentences]
const CASES: Array<[string, string[]]> = [
  // abbreviations and titles
  ['Gen. Ivanov said the operation was over. Police left the area.', ['Gen. Ivanov said the operation was over.', 'Police left the area.']],
  ['Lt. Col. Marat Bekov and Sgt. Ali Omarov were wounded.', ['Lt. Col. Marat Bekov and Sgt. Ali Omarov were wounded.']],
  ['Mr. Smith met Dr. Jones at St. Mary\'s hospital.', ["Mr. Smith met Dr. Jones at St. Mary's hospital."]],
  ['The U.S. embassy in Almaty issued a warning on Sunday.', ['The U.S. embassy in Almaty issued a warning on Sunday.']],
  ['The attack was condemned by the U.S. The Kremlin said nothing.', ['The attack was condemned by the U.S.', 'The Kremlin said nothing.']],
  ['Sanctions were imposed by the U.N. Security Council last year.', ['Sanctions were imposed by the U.N. Security Council last year.']],
  ['He worked for Acme Inc. and later for Globex Corp. in Texas.', ['He worked for Acme Inc. and later for Globex Corp. in Texas.']],
  ['Shares of Acme Inc. fell. The company declined to comment.', ['Shares of Acme Inc. fell.', 'The company declined to comment.']],
  ['Officials include Sen. John Kerry and Rep. Nancy Pelosi.', ['Officials include Sen. John Kerry and Rep. Nancy Pelosi.']],
  ['The bomb exploded near No. 5 school in the city centre.', ['The bomb exploded near No. 5 school in the city centre.']],
  ['He said no. Then he left.', ['He said no.', 'Then he left.']],
  // dates and times
  ['The attack took place on Dec. 3 in the western town of Atyrau.', ['The attack took place on Dec. 3 in the western town of Atyrau.']],
  ['Voting ends Sept. 30. Results are due in Oct. and will be published.', ['Voting ends Sept. 30.', 'Results are due in Oct. and will be published.']],
  ['The blast occurred at 5 p.m. local time on Friday.', ['The blast occurred at 5 p.m. local time on Friday.']],
  ['The blast occurred at 5 p.m. Police arrived an hour later.', ['The blast occurred at 5 p.m.', 'Police arrived an hour later.']],
  ['Curfew starts at 10 a.m. Monday and lasts a week.', ['Curfew starts at 10 a.m. Monday and lasts a week.']],
  ['The ceasefire began on Jan. 1, 2012. It collapsed within days.', ['The ceasefire began on Jan. 1, 2012.', 'It collapsed within days.']],
  // initials
  ['President George W. Bush visited Kabul on Thursday.', ['President George W. Bush visited Kabul on Thursday.']],
  ['The report by J. R. Smith was published on Monday.', ['The report by J. R. Smith was published on Monday.']],
  // numbers
  ['Prices rose 3.5 percent. Inflation hit 8.2 percent in May.', ['Prices rose 3.5 percent.', 'Inflation hit 8.2 percent in May.']],
  ['The death toll rose to 1,200. Rescue work continues.', ['The death toll rose to 1,200.', 'Rescue work continues.']],
  ['They were killed in May. In June, more fighting broke out.', ['They were killed in May.', 'In June, more fighting broke out.']],
  ['2011 was the worst year. 2012 was calmer.', ['2011 was the worst year.', '2012 was calmer.']],
  // quotes
  ['"We will fight until the end," a local man said in the video.', ['"We will fight until the end," a local man said in the video.']],
  ['"Why?" he asked. "Because we must."', ['"Why?" he asked.', '"Because we must."']],
  ['He said: "It is over." Then he hung up.', ['He said: "It is over."', 'Then he hung up.']],
  ['“We have no information,” the ministry said. “The investigation continues.”', ['“We have no information,” the ministry said.', '“The investigation continues.”']],
  ['"They are terrorists!" shouted one man.', ['"They are terrorists!" shouted one man.']],
  ['The spokesman called it "a cowardly act." Nobody was arrested.', ['The spokesman called it "a cowardly act."', 'Nobody was arrested.']],
  ['Police said the men (all armed) fled. A search is under way.', ['Police said the men (all armed) fled.', 'A search is under way.']],
  ['The group said (in a statement posted online.) It gave no details.', ['The group said (in a statement posted online.)', 'It gave no details.']],
  // datelines
  ['ALMATY (Reuters) - Five suspected militants were killed in western Kazakhstan. Two officers were wounded.', ['ALMATY (Reuters) - Five suspected militants were killed in western Kazakhstan.', 'Two officers were wounded.']],
  ['KABUL, Dec. 3 (Reuters) - A suicide bomber struck a market. At least 12 people died.', ['KABUL, Dec. 3 (Reuters) - A suicide bomber struck a market.', 'At least 12 people died.']],
  ['ALMATY, Kazakhstan (AP) — Police killed two gunmen on Tuesday.', ['ALMATY, Kazakhstan (AP) — Police killed two gunmen on Tuesday.']],
  // ellipsis, exclamation
  ['The shooting lasted hours... Residents hid in basements.', ['The shooting lasted hours...', 'Residents hid in basements.']],
  ['They waited ... and waited.', ['They waited ... and waited.']],
  ['Enough! We want peace.', ['Enough!', 'We want peace.']],
  // headlines and lists inside a paragraph (line per item)
  ['Kazakh police kill five militants\nThe shootout lasted two hours.', ['Kazakh police kill five militants', 'The shootout lasted two hours.']],
  ['Casualties:\n- five militants killed\n- two officers wounded', ['Casualties:', '- five militants killed', '- two officers wounded']],
  ['The demands were:\n1. release of prisoners\n2. withdrawal of troops', ['The demands were:', '1. release of prisoners', '2. withdrawal of troops']],
  ['• Five killed in Atyrau\n• Two wounded in Aktobe', ['• Five killed in Atyrau', '• Two wounded in Aktobe']],
  // hard-wrapped wire text: line breaks are spaces
  [
    'The interior ministry said that the five men, who had been under surveillance\nfor several months, opened fire on officers who tried to detain them near\nthe village of Shubarshi in the Aktobe region on Tuesday.',
    ['The interior ministry said that the five men, who had been under surveillance\nfor several months, opened fire on officers who tried to detain them near\nthe village of Shubarshi in the Aktobe region on Tuesday.'],
  ],
  [
    'The interior ministry said that five men, who had been under surveillance for\nseveral months, opened fire on officers. Two officers were wounded in the\nexchange and taken to hospital in Aktobe, the ministry said on Wednesday.',
    ['The interior ministry said that five men, who had been under surveillance for\nseveral months, opened fire on officers.', 'Two officers were wounded in the\nexchange and taken to hospital in Aktobe, the ministry said on Wednesday.'],
  ],
  // sentence openers after a full stop
  ['The ministry said it would investigate. "We will find them," it added.', ['The ministry said it would investigate.', '"We will find them," it added.']],
  ['Casualties were high. (The figures could not be verified.)', ['Casualties were high.', '(The figures could not be verified.)']],
  ['Fighting resumed in Donetsk. e.g. near the airport.', ['Fighting resumed in Donetsk. e.g. near the airport.']],
  ['Visit www.example.com for details. The site was blocked.', ['Visit www.example.com for details.', 'The site was blocked.']],
  ['He is a U.S.-trained officer.', ['He is a U.S.-trained officer.']],
];

test('sentence splitting table (hard news cases)', () => {
  assert.ok(CASES.length >= 40);
  const failures = CASES.filter(([input, expected]) => JSON.stringify(split(input)) !== JSON.stringify(expected)).map(([input]) => `${input}\n   -> ${JSON.stringify(split(input))}`);
  assert.deepEqual(failures, []);
});

test('sentences respect paragraphs and mark the title', () => {
  const text = 'Gunmen kill five in Kazakhstan\n\nFive people died. Two were hurt.\n\nPolice said more.';
  const paragraphs = [
    { start_char: 0, end_char: 30 },
    { start_char: 32, end_char: 64 },
    { start_char: 66, end_char: 83 },
  ];
  const r = analyzeText(text, paragraphs, { start_char: 0, end_char: 30 });
  assert.deepEqual(r.sentences.map((s) => [text.slice(s.start_char, s.end_char), s.paragraph, s.is_title]), [
    ['Gunmen kill five in Kazakhstan', 0, true],
    ['Five people died.', 1, false],
    ['Two were hurt.', 1, false],
    ['Police said more.', 2, false],
  ]);
  for (const s of r.sentences) {
    const toks = r.tokens.slice(s.token_start, s.token_end);
    assert.ok(toks.every((t) => t.sentence === s.index && text.slice(t.start_char, t.end_char) === t.text));
  }
});

test('a title with two sentences stays one sentence', () => {
  const text = 'Blast kills 5. Police hunt suspects\n\nBody.';
  const r = analyzeText(text, [{ start_char: 0, end_char: 35 }, { start_char: 37, end_char: 42 }], { start_char: 0, end_char: 35 });
  assert.equal(r.sentences.length, 2);
  assert.equal(r.sentences[0]!.is_title, true);
  assert.equal(r.sentences[0]!.end_char, 35);
});

test('hard-wrap detection', () => {
  assert.equal(isHardWrapped('Casualties:\n- five\n- two'), false);
  assert.equal(isHardWrapped('The interior ministry said that the five men, who had been under\nsurveillance for several months, opened fire on officers who tried\nto detain them.'), true);
});
