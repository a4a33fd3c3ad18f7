/**
 * The news table: expressions in news sentences (written for these tests) with publication times
 * across year boundaries, weekdays and month ends. Each row: publication time, sentence, the
 * expression as written, and the expected TIMEX3 value (plus type/interval/mod where it matters).
 * It covers every time expression of the seed article (Almaty, 4 Dec 2011) in sentences of our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimexes, timeComponent } from './index.js';
import { articleFromText } from '../article/index.js';
import { newDoc } from '../pipeline/index.js';
import type { Timex } from '../types.js';

interface Row {
  anchor: string | null;
  text: string;
  expr: string;
  value: string;
  type?: Timex['type'];
  start?: string | null;
  end?: string | null;
  precision?: Timex['precision'];
  mod?: string | null;
}

const SUN = '2011-12-04T06:08:00+00:00'; // Sunday, the seed article's publication time
const WED = '2011-12-07T10:00:00Z'; // Wednesday
const NEWYEAR = '2012-01-02T09:00:00Z'; // Monday after New Year
const NYE = '2011-12-31T18:00:00Z'; // Saturday, last day of the year
const LEAP = '2012-03-01T08:00:00Z'; // Thursday after 29 February
const OCT = '2011-10-20T12:00:00Z'; // Thursday in October

const ROWS: Row[] = [
  // --- every expression of the seed article, in our own sentences (publication: Sunday 4 Dec 2011)
  { anchor: SUN, text: 'Posted: Dec 04, 2011 6:08 AM', expr: 'Dec 04, 2011 6:08 AM', value: '2011-12-04T06:08', type: 'TIME' },
  { anchor: SUN, text: 'Three soldiers died in an ambush, the army said on Sunday.', expr: 'Sunday', value: '2011-12-04' },
  { anchor: SUN, text: 'Rebels shelled the airport late on Saturday after talks failed.', expr: 'late on Saturday', value: '2011-12-03', mod: 'END', start: '2011-12-03', end: '2011-12-03' },
  { anchor: SUN, text: 'Bombings have shaken the capital repeatedly this year.', expr: 'this year', value: '2011', start: '2011-01-01', end: '2011-12-31', precision: 'year' },
  { anchor: SUN, text: 'The province had not seen such unrest until this year.', expr: 'this year', value: '2011' },
  { anchor: SUN, text: 'Two guards were shot dead at the depot last month, police said.', expr: 'last month', value: '2011-11', start: '2011-11-01', end: '2011-11-30', precision: 'month' },
  { anchor: SUN, text: 'Last month, a car bomb killed four people near the port.', expr: 'Last month', value: '2011-11' },
  { anchor: SUN, text: 'The standoff at the school went on for a few hours.', expr: 'a few hours', value: 'PTXH', type: 'DURATION', start: null, end: null },
  { anchor: SUN, text: 'Troops surrounded the farm late on Saturday. The shooting continued until almost midnight.', expr: 'almost midnight', value: '2011-12-03T24:00', type: 'TIME', mod: 'LESS_THAN' },
  { anchor: SUN, text: '"We have been waiting outside for more than an hour," a driver said.', expr: 'more than an hour', value: 'PT1H', type: 'DURATION', mod: 'MORE_THAN' },
  { anchor: SUN, text: 'The general has run the security service for more than two decades.', expr: 'more than two decades', value: 'P20Y', type: 'DURATION' },
  { anchor: SUN, text: 'The minister said last week that the raids were criminal acts.', expr: 'last week', value: '2011-W47', start: '2011-11-21', end: '2011-11-27', precision: 'week' },
  { anchor: SUN, text: 'A man blew himself up outside a police station in May.', expr: 'May', value: '2011-05' },
  { anchor: SUN, text: 'Police arrested 12 people in the port city in August.', expr: 'August', value: '2011-08' },
  { anchor: SUN, text: 'Parliament passed a new security law in October.', expr: 'October', value: '2011-10' },
  { anchor: SUN, text: 'A group claimed two blasts in the oil town on October 31.', expr: 'October 31', value: '2011-10-31', start: '2011-10-31', end: '2011-10-31', precision: 'day' },

  // --- the issue's examples
  { anchor: SUN, text: 'Protesters gathered outside the ministry earlier this year.', expr: 'earlier this year', value: '2011', start: '2011-01-01', end: '2011-12-04' },
  { anchor: SUN, text: 'The village was attacked two weeks ago.', expr: 'two weeks ago', value: '2011-W46', precision: 'week' },
  { anchor: SUN, text: 'Artillery fire hit the suburbs overnight, residents said.', expr: 'overnight', value: '2011-12-03TNI', type: 'TIME' },
  { anchor: SUN, text: 'The convoy was ambushed on Dec. 3 near the border.', expr: 'Dec. 3', value: '2011-12-03' },
  { anchor: '2011-12-08T09:00:00Z', text: 'Militants stormed the prison on Tuesday. The previous day, guards had reported threats.', expr: 'The previous day', value: '2011-12-05' },
  { anchor: SUN, text: 'The militia has controlled the valley since 2009.', expr: '2009', value: '2009', start: '2009-01-01', end: '2009-12-31' },
  { anchor: '2011-04-10T09:00:00Z', text: 'Clashes took place between March 3 and 5 in the north.', expr: 'March 3', value: '2011-03-03' },
  { anchor: '2011-04-10T09:00:00Z', text: 'Clashes took place between March 3 and 5 in the north.', expr: '5', value: '2011-03-05' },
  { anchor: SUN, text: 'Kidnappings have recently become more common.', expr: 'recently', value: 'PAST_REF', start: null, end: null },
  { anchor: SUN, text: 'Such attacks have grown in recent years.', expr: 'recent years', value: 'PAST_REF', precision: 'year' },
  { anchor: '2012-01-15T09:00:00Z', text: 'The governor was killed in December.', expr: 'December', value: '2011-12' },
  { anchor: '2011-12-15T09:00:00Z', text: 'The rebels seized the town in May.', expr: 'May', value: '2011-05' },
  { anchor: '2011-10-12T09:00:00Z', text: 'Officials say the vote will be held in January.', expr: 'January', value: '2012-01' },
  { anchor: '2011-10-12T09:00:00Z', text: 'The army took the city in January.', expr: 'January', value: '2011-01' },

  // --- across the year boundary
  { anchor: NEWYEAR, text: 'Gunmen opened fire on a bus on Friday.', expr: 'Friday', value: '2011-12-30' },
  { anchor: NEWYEAR, text: 'The army shelled rebel positions last week.', expr: 'last week', value: '2011-W52' },
  { anchor: NEWYEAR, text: 'Two blasts hit the capital on Dec. 28.', expr: 'Dec. 28', value: '2011-12-28' },
  { anchor: NEWYEAR, text: 'More than 300 people died in the fighting last year.', expr: 'last year', value: '2011' },
  { anchor: NEWYEAR, text: 'The army lost control of the province in the fourth quarter.', expr: 'the fourth quarter', value: '2011-Q4' },
  { anchor: NEWYEAR, text: 'The bodies were found two days ago.', expr: 'two days ago', value: '2011-12-31' },
  { anchor: NEWYEAR, text: 'A grenade was thrown into a crowd on New Year\'s Eve.', expr: 'New Year\'s Eve', value: '2011-12-31' },
  { anchor: NEWYEAR, text: 'Police said the attack happened yesterday.', expr: 'yesterday', value: '2012-01-01' },
  { anchor: NEWYEAR, text: 'Talks are due to resume next month.', expr: 'next month', value: '2012-02' },
  { anchor: NYE, text: 'Leaders will meet tomorrow to sign the truce.', expr: 'tomorrow', value: '2012-01-01' },
  { anchor: NYE, text: 'Elections are expected next year.', expr: 'next year', value: '2012' },
  { anchor: NYE, text: 'The trial will open on Jan. 3 in the capital.', expr: 'Jan. 3', value: '2012-01-03' },
  { anchor: NYE, text: 'Monitors will arrive next week.', expr: 'next week', value: '2012-W01' },

  // --- month ends and leap years
  { anchor: LEAP, text: 'A roadside bomb killed two soldiers yesterday.', expr: 'yesterday', value: '2012-02-29' },
  { anchor: LEAP, text: 'The ceasefire collapsed last month.', expr: 'last month', value: '2012-02', end: '2012-02-29' },
  { anchor: '2011-03-31T12:00:00Z', text: 'The siege began a month ago.', expr: 'a month ago', value: '2011-02' },
  { anchor: '2011-01-31T12:00:00Z', text: 'Fighting resumed on Jan. 30 after a lull.', expr: 'Jan. 30', value: '2011-01-30' },

  // --- weekdays around a Wednesday
  { anchor: WED, text: 'Troops withdrew from the town on Monday.', expr: 'Monday', value: '2011-12-05' },
  { anchor: WED, text: 'The opposition called a strike on Wednesday.', expr: 'Wednesday', value: '2011-12-07' },
  { anchor: WED, text: 'The militants freed two hostages on Thursday.', expr: 'Thursday', value: '2011-12-01' },
  { anchor: WED, text: 'The envoys will meet on Thursday in Geneva.', expr: 'Thursday', value: '2011-12-08' },
  { anchor: WED, text: 'The council will vote next Tuesday.', expr: 'next Tuesday', value: '2011-12-13' },
  { anchor: WED, text: 'A suicide bomber struck last Friday.', expr: 'last Friday', value: '2011-12-02' },
  { anchor: WED, text: 'Rioters burned cars on Saturday night.', expr: 'Saturday night', value: '2011-12-03TNI', type: 'TIME' },
  { anchor: WED, text: 'Shots were heard this morning near the palace.', expr: 'this morning', value: '2011-12-07TMO', type: 'TIME' },
  { anchor: WED, text: 'Looters struck again last night.', expr: 'last night', value: '2011-12-06TNI', type: 'TIME' },
  { anchor: WED, text: 'A curfew takes effect tonight.', expr: 'tonight', value: '2011-12-07TNI', type: 'TIME' },
  { anchor: WED, text: 'The blast occurred on Monday at 10:30 a.m. near the market.', expr: 'Monday at 10:30 a.m.', value: '2011-12-05T10:30', type: 'TIME' },
  { anchor: SUN, text: 'Gunmen attacked the post in the early hours of Saturday.', expr: 'the early hours of Saturday', value: '2011-12-03', mod: 'START' },
  { anchor: WED, text: 'Troops moved in at dawn on Monday.', expr: 'dawn on Monday', value: '2011-12-05TMO', type: 'TIME' },
  { anchor: SUN, text: 'The shelling started on the night of Dec. 2, residents said.', expr: 'the night of Dec. 2', value: '2011-12-02TNI', type: 'TIME' },
  { anchor: SUN, text: 'Police said the raid began the day before yesterday.', expr: 'the day before yesterday', value: '2011-12-02' },

  // --- years, decades, quarters, seasons
  { anchor: SUN, text: 'The war of the 1990s left 200,000 dead.', expr: 'the 1990s', value: '199', precision: 'decade' },
  { anchor: SUN, text: 'The movement began in the mid-1990s.', expr: 'the mid-1990s', value: '199', mod: 'MID' },
  { anchor: SUN, text: 'It was the bloodiest conflict of the 20th century.', expr: 'the 20th century', value: '19' },
  { anchor: OCT, text: 'Attacks fell in the third quarter, the ministry said.', expr: 'the third quarter', value: '2011-Q3', start: '2011-07-01', end: '2011-09-30', precision: 'quarter' },
  { anchor: OCT, text: 'Third-quarter casualty figures were released on Monday.', expr: 'Third-quarter', value: '2011-Q3' },
  { anchor: OCT, text: 'The agency recorded 40 incidents in the first half of 2011.', expr: 'the first half of 2011', value: '2011-H1' },
  { anchor: SUN, text: 'The drought last summer forced thousands to flee.', expr: 'last summer', value: '2011-SU' },
  { anchor: SUN, text: 'The talks collapsed on December 3, 2011, in Vienna.', expr: 'December 3, 2011', value: '2011-12-03' },
  { anchor: SUN, text: 'A report dated 2011-11-30 listed the victims.', expr: '2011-11-30', value: '2011-11-30' },

  { anchor: OCT, text: 'The deal should close by year-end.', expr: 'year-end', value: '2011', mod: 'END', start: '2011-12-01', end: '2011-12-31' },

  // --- durations and sets
  { anchor: SUN, text: 'The hostages were held for three days.', expr: 'three days', value: 'P3D', type: 'DURATION' },
  { anchor: SUN, text: 'He was given a two-year sentence.', expr: 'two-year', value: 'P2Y', type: 'DURATION' },
  { anchor: SUN, text: 'The camp has existed for 2 1/2 years.', expr: '2 1/2 years', value: 'P2Y6M', type: 'DURATION' },
  { anchor: SUN, text: 'The gunfight lasted half an hour.', expr: 'half an hour', value: 'PT30M', type: 'DURATION' },
  { anchor: SUN, text: 'Patrols pass the checkpoint every week.', expr: 'every week', value: 'P1W', type: 'SET' },
  { anchor: SUN, text: 'Families visit the prison each Thursday.', expr: 'each Thursday', value: 'XXXX-WXX-4', type: 'SET' },
  { anchor: SUN, text: 'Aid convoys cross the border twice a week.', expr: 'twice a week', value: 'P1W', type: 'SET' },
  { anchor: SUN, text: 'Officials expect results in the coming weeks.', expr: 'the coming weeks', value: 'PXW', type: 'DURATION' },
  { anchor: SUN, text: 'Officials expect calm in the coming years.', expr: 'the coming years', value: 'FUTURE_REF', type: 'DATE' },
  { anchor: SUN, text: 'Attacks have risen in recent months.', expr: 'recent months', value: 'PXM', type: 'DURATION' },
  { anchor: SUN, text: 'The bonds will be repaid in five years.', expr: 'five years', value: '2016', type: 'DATE' },
  { anchor: SUN, text: 'The truce held for five years.', expr: 'five years', value: 'P5Y', type: 'DURATION' },
  { anchor: SUN, text: 'Officials are now investigating the blast.', expr: 'now', value: 'PRESENT_REF' },

  // --- reporting periods in results stories
  { anchor: OCT, text: 'Profit rose 20% in the third quarter. After a flat second quarter, sales recovered. Charges taken in the year-earlier period hurt the comparison.', expr: 'the year-earlier period', value: '2010-Q3' },
  { anchor: OCT, text: 'In the quarter ended July 31, sales fell.', expr: 'the quarter', value: '2011-Q2' },
  { anchor: SUN, text: 'Profit fell last year. The year-earlier results were restated.', expr: 'year-earlier', value: '2010' },
  { anchor: OCT, text: 'Net income rose in the third quarter. For the first nine months, profit was $5 million, compared with $4 million a year earlier.', expr: 'a year earlier', value: '2010' },
  { anchor: OCT, text: 'Net income rose in the third quarter to $5 million from $4 million a year earlier.', expr: 'a year earlier', value: '2010-Q3' },
  { anchor: OCT, text: 'Losses will continue through the first two quarters of 2012.', expr: 'the first two quarters of 2012', value: '2012-H1' },
  { anchor: SUN, text: 'The harvest was smaller this year than last.', expr: 'last', value: '2010' },

  // --- deadlines, next month and tense cues
  { anchor: WED, text: 'Forty countries had filed reports by Tuesday, officials said.', expr: 'Tuesday', value: '2011-12-06' },
  { anchor: WED, text: 'The army extended the curfew until Monday.', expr: 'Monday', value: '2011-12-12' },
  { anchor: OCT, text: 'The fund had bought 2 million shares through Sept. 29.', expr: 'Sept. 29', value: '2011-09-29' },
  { anchor: OCT, text: 'Sales were flat this year through August.', expr: 'August', value: '2011-08' },
  { anchor: OCT, text: 'The bank extended the loans through January.', expr: 'January', value: '2012-01' },
  { anchor: OCT, text: 'Suppliers were told of a 10% cut in supplies in November.', expr: 'November', value: '2011-11' },
  { anchor: OCT, text: 'The dividend will be paid on a still unspecified date in January.', expr: 'January', value: '2012-01' },
  { anchor: WED, text: "It's the second day of a strike by dockers.", expr: 'the second day', value: '2011-12-07' },
  { anchor: WED, text: 'A week or so ago, the envoy left the capital.', expr: 'A week or so ago', value: '2011-W48' },

  // --- vague and approximate expressions
  { anchor: SUN, text: 'Officials blamed current market conditions.', expr: 'current', value: 'PRESENT_REF', start: null },
  { anchor: SUN, text: 'Such raids were rare in past years.', expr: 'past years', value: 'PAST_REF' },
  { anchor: SUN, text: 'Many families in recent weeks and months have fled.', expr: 'recent weeks and months', value: 'PAST_REF', type: 'DATE' },
  { anchor: SUN, text: 'She hopes the country will one day join the union.', expr: 'one day', value: 'FUTURE_REF', type: 'DATE' },
  { anchor: SUN, text: 'Peace may come in a year or two.', expr: 'a year or two', value: 'FUTURE_REF', type: 'DATE' },
  { anchor: SUN, text: 'Over the next two years or so, the force will grow.', expr: 'the next two years or so', value: 'P2Y', type: 'DURATION' },
  { anchor: SUN, text: 'Over the years, the camp has grown into a town.', expr: 'the years', value: 'PXY', type: 'DURATION' },
  { anchor: SUN, text: 'The gunfight lasted a minute and a half.', expr: 'a minute and a half', value: 'PT1M30S', type: 'DURATION' },
  { anchor: SUN, text: 'Prices fell to levels last seen in the winter of nineteen ninety-four.', expr: 'the winter of nineteen ninety-four', value: '1994-WI' },

  // --- no publication time: relative expressions stay unresolved
  { anchor: null, text: 'A bomb exploded on October 31 in the city.', expr: 'October 31', value: 'XXXX-10-31', start: null, end: null, precision: 'day' },
  { anchor: null, text: 'Police said the attack happened yesterday.', expr: 'yesterday', value: 'XXXX-XX-XX', start: null, end: null },
  { anchor: null, text: 'Rebels attacked on Saturday.', expr: 'Saturday', value: 'XXXX-WXX-6', start: null },
  { anchor: null, text: 'The militia was founded in 2009.', expr: '2009', value: '2009', start: '2009-01-01', end: '2009-12-31' },
];

function find(timexes: Timex[], expr: string): Timex | undefined {
  return timexes.find((t) => t.text === expr);
}

test('news table has at least 60 rows', () => {
  assert.ok(ROWS.length >= 60, `only ${ROWS.length} rows`);
});

for (const row of ROWS) {
  test(`${row.anchor?.slice(0, 10) ?? 'no anchor'}: "${row.expr}" in "${row.text}"`, () => {
    const ts = extractTimexes(row.text, row.anchor);
    const t = find(ts, row.expr);
    assert.ok(t, `"${row.expr}" not found; got ${JSON.stringify(ts.map((x) => x.text))}`);
    assert.equal(row.text.slice(t.start_char, t.end_char), t.text);
    assert.equal(t.value, row.value);
    if (row.type) assert.equal(t.type, row.type);
    if (row.start !== undefined) assert.equal(t.start, row.start);
    if (row.end !== undefined) assert.equal(t.end, row.end);
    if (row.precision !== undefined) assert.equal(t.precision, row.precision);
    if (row.mod !== undefined) assert.equal(t.mod ?? null, row.mod);
  });
}

const NOT_TIME: Array<[string, string]> = [
  ['a count with a thousands comma', 'Some 1,200 people fled the fighting.'],
  ['a rifle model', 'The gunmen carried AK-47 rifles and grenades.'],
  ['a flight number', 'Flight 1549 landed safely.'],
  ['a resolution number', 'The council passed Resolution 1973 on Libya.'],
  ['a count of people', 'About 2000 protesters marched to the square.'],
  ['money', 'The ransom was $2010 in cash.'],
  ['an age', 'The attack was led by a 34-year-old man.'],
  ['an age in words', 'The victim was 25 years old.'],
  ['a modal verb', 'The rebels may attack again.'],
  ['a newspaper name', 'The Sunday Times reported the raid.'],
  ['"tomorrow" as the future in general', 'He spoke about the leaders of tomorrow.'],
  ['a rate per year (a unit of measure)', 'The army spends $2 billion a year on fuel, and output grows 3% annually.'],
  ['a night named by a relative clause', 'Police released tapes from the night the ferry sank.'],
  ['"current" as a noun or a term of accounting', 'The current account deficit grew, and the current is strong here.'],
];

for (const [what, text] of NOT_TIME) {
  test(`not a time expression: ${what}`, () => {
    const ts = extractTimexes(text, SUN);
    assert.deepEqual(ts.map((t) => t.text), [], `unexpected ${JSON.stringify(ts.map((t) => `${t.text}=${t.value}`))}`);
  });
}

test('ranges carry the interval of both ends', () => {
  const ts = extractTimexes('Fighting raged from March 3 to 5, witnesses said.', '2011-04-10T09:00:00Z');
  const a = find(ts, 'March 3')!;
  const b = find(ts, '5')!;
  assert.deepEqual(a.range, { start: '2011-03-03', end: '2011-03-05' });
  assert.deepEqual(b.range, a.range);
});

test('offsets are into the article text (title included) and the component fills doc.timexes', () => {
  const article = articleFromText('Rebels attacked the base on Saturday.', { title: 'Base attacked', published: SUN });
  const doc = newDoc(article);
  timeComponent.apply(doc);
  const t = doc.timexes.find((x) => x.text === 'Saturday')!;
  assert.equal(doc.text.slice(t.start_char, t.end_char), 'Saturday');
  assert.equal(t.value, '2011-12-03');
});

test('without a publication time the component leaves relative dates unresolved', () => {
  const article = articleFromText('Rebels attacked the base last month.', {});
  const doc = newDoc(article);
  timeComponent.apply(doc);
  assert.equal(doc.timexes[0]!.value, 'XXXX-XX');
  assert.equal(doc.timexes[0]!.start, null);
});

test('output is sorted and spans never overlap', () => {
  const text = 'On Saturday, December 3, 2011, at 10 p.m., troops who had arrived two weeks ago in the 1990s-era base fired for three hours; last year and this year were calm.';
  const ts = extractTimexes(text, SUN);
  for (let i = 1; i < ts.length; i++) assert.ok(ts[i]!.start_char >= ts[i - 1]!.end_char, `${ts[i - 1]!.text} overlaps ${ts[i]!.text}`);
});
