/**
 * One table per parser: what each finds on its own (span as written), and what it must leave alone.
 * Resolution is covered by time.test.ts; these pin down recognition.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, PARSERS } from './engine.js';

const TABLES: Record<string, { hits: Array<[string, string]>; misses: string[] }> = {
  'iso-date': { hits: [['Dated 2011-12-03 in the file.', '2011-12-03'], ['At 2011-12-03T18:30:00Z.', '2011-12-03T18:30:00Z']], misses: ['Call 2011-12-45 now.', 'Code A2011-12-03.'] },
  'numeric-date': { hits: [['On 12/04/2011 police came.', '12/04/2011'], ['Filed 11/02/89.', '11/02/89']], misses: ['He won 2/3 of seats.', 'Ratio 13/13/2011.'] },
  'month-day': { hits: [['On Dec. 3 rebels came.', 'Dec. 3'], ['It was October 31, 2011.', 'October 31, 2011'], ['Saturday, April 25 was calm.', 'Saturday, April 25'], ['From March 3-5 it rained.', 'March 3'], ['From March 3-5 it rained.', '5']], misses: ['They may 5 times try.', 'In May 10% fell.'] },
  'day-month': { hits: [['On 3 December 2011 it began.', '3 December 2011'], ['By the 4th of July.', 'the 4th of July']], misses: ['We got 3 may be more.'] },
  'month-year': { hits: [['In December 2011 the war began.', 'December 2011'], ['In June last year.', 'June last year']], misses: ['The march 2011 protesters.'] },
  month: { hits: [['It happened in May.', 'May'], ['Since last April.', 'last April'], ['In mid-November.', 'November']], misses: ['Officials May resign.', 'They will march on.'] },
  year: { hits: [['Since 2009 it grew.', '2009'], ['In fiscal 1989 it fell.', 'fiscal 1989'], ['In mid-1996 it split.', '1996']], misses: ['Some 1,200 fled.', 'AK-47 rifles.', 'Flight 1549 landed.', 'About 2000 people marched.', 'It cost $2010.', 'A plan called Vision 2030 launched.'] },
  'short-year': { hits: [['In \'89 it fell.', '\'89']], misses: ['He said \'89 people.'] },
  decade: { hits: [['In the 1990s.', 'the 1990s'], ['Back in the \'80s.', 'the \'80s'], ['During the eighties.', 'the eighties']], misses: ['A man in his eighties.'] },
  century: { hits: [['In the 20th century.', 'the 20th century']], misses: ['A century-old bridge.'] },
  'spoken-year': { hits: [['In nineteen ninety-six it began.', 'nineteen ninety-six'], ['By the year two thousand.', 'the year two thousand']], misses: ['Two thousand people came.'] },
  weekday: { hits: [['On Saturday night.', 'Saturday night'], ['Last Friday.', 'Last Friday'], ['The previous Monday.', 'The previous Monday']], misses: ['The Sunday Times said.', 'On Bloody Sunday in 1972.'] },
  'relative-day': { hits: [['He left yesterday afternoon.', 'yesterday afternoon'], ['Since the day before yesterday.', 'the day before yesterday'], ['Talks resume on the morning of tomorrow.', 'tomorrow']], misses: ['Read USA Today daily.', 'He spoke of the soldiers of tomorrow.', 'Schools must train the people of tomorrow.'] },
  'part-of-day': { hits: [['Shots this morning.', 'this morning'], ['Fires overnight in the city.', 'overnight']], misses: ['An overnight stay.', 'It did not happen overnight.'] },
  'relative-unit': { hits: [['Seen last month.', 'last month'], ['Rose earlier this year.', 'earlier this year'], ['In the previous week.', 'the previous week']], misses: ['On the "This Week" talk show.'] },
  'the-unit': { hits: [['Over the weekend, police came.', 'the weekend'], ['For the year ended June 30.', 'the year']], misses: ['The day of the week.'] },
  ago: { hits: [['Two weeks ago, rebels came.', 'Two weeks ago'], ['A year earlier, sales fell.', 'A year earlier'], ['Then, a week or so ago, the envoy left.', 'a week or so ago']], misses: ['Two days before the vote.'] },
  'ref-day': { hits: [['The next day, troops left.', 'The next day'], ['On the day before, it rained.', 'the day before']], misses: [] },
  quarter: { hits: [['In the third quarter of 1990.', 'the third quarter of 1990'], ['Third-quarter profit.', 'Third-quarter'], ['The first half of 2011.', 'The first half of 2011']], misses: ['The first half of the match.'] },
  'reporting-period': { hits: [['In the year-ago quarter.', 'the year-ago quarter'], ['Results for the latest period.', 'the latest period']], misses: ['A quarter-century low.'] },
  season: { hits: [['This summer was hot.', 'This summer'], ['In the winter of 1994.', 'the winter of 1994']], misses: ['Prices fall in value.', 'The fall of the city.'] },
  'clock-ampm': { hits: [['At 10:30 a.m. it blew up.', '10:30 a.m.'], ['By 5pm EST.', '5pm EST']], misses: ['Page 13am.', 'I am here.'] },
  'clock-24h': { hits: [['At 1400 GMT troops moved.', '1400 GMT'], ['Around 21:30 shots rang out.', '21:30']], misses: ['It grew 3.17 billion.', 'Up 14.30 points.'] },
  'clock-named': { hits: [['Until almost midnight.', 'midnight'], ['At six o\'clock.', 'six o\'clock']], misses: [] },
  duration: { hits: [['For three days.', 'three days'], ['For the past two years.', 'the past two years'], ['In 2 1/2 years.', '2 1/2 years'], ['The siege lasted a year and a half.', 'a year and a half'], ['Over the next two years or so, it grew.', 'the next two years or so'], ['Peace may come in a year or two.', 'a year or two']], misses: ['A 34-year-old man.', 'She is 25 years old.', 'About three-quarters of it.', 'The war costs $2 billion a year.', 'The route adds 700 seats a week.', 'There are four flights a week.', 'Jobs grew by 358,000 a month.'] },
  'duration-adjective': { hits: [['A two-year term.', 'two-year']], misses: ['A 34-year-old man.'] },
  'duration-bare': { hits: [['It lasted for years.', 'years'], ['Over the years, the camp grew.', 'the years']], misses: ['Years later.', 'Over the years of war, the camp grew.', 'For the years ahead.'] },
  set: { hits: [['Every week, patrols come.', 'Every week'], ['Twice a month.', 'Twice a month'], ['Prices rise daily.', 'daily']], misses: ['The daily Kommersant.', 'Exports rose 8.5% annually.', 'The mine yields 10,000 tonnes annually.'] },
  fuzzy: { hits: [['It recently grew.', 'recently'], ['In recent years it grew.', 'recent years'], ['It will soon end.', 'soon'], ['In the near future.', 'the near future'], ['In past years it grew.', 'past years'], ['In recent weeks and months it grew.', 'recent weeks and months']], misses: ['As soon as he came.', 'The future of Iraq.', 'A now-defunct group.'] },
  'in-the-unit': { hits: [['It rose later in the day.', 'later in the day']], misses: [] },
  'year-end': { hits: [['Done by year-end.', 'year-end'], ['By the end of the month.', 'the end of the month']], misses: [] },
  'year-ago-adjective': { hits: [['Compared with year-earlier profit.', 'year-earlier']], misses: ['In the year-ago quarter.'] },
  'in-the-part': { hits: [['Trading rose in the morning.', 'the morning'], ['By mid-afternoon it fell.', 'mid-afternoon'], ['They left at dawn.', 'dawn'], ['In the morning the troops left.', 'the morning']], misses: ['The morning paper.', 'Police released tapes from the night the ferry sank.'] },
  'q-notation': { hits: [['Sales in Q3 2011 fell.', 'Q3 2011']], misses: ['The q3 file.'] },
  'ordinal-day': { hits: [["It's the second day of the strike.", 'the second day'], ['Sunday was the third straight day of protests.', 'the third straight day'], ['Today marks the 10th day of the siege.', 'the 10th day']], misses: ['On the second day of the talks, they left.'] },
  'elliptical-last': { hits: [['Fighting was heavier this year than last.', 'last'], ['Aid will be twice as high this year as last, officials said.', 'last']], misses: ['This year was worse than last year.', 'This year the army was the last to leave.'] },
  'two-quarters': { hits: [['Losses will go on through the first two quarters of 1990.', 'the first two quarters of 1990'], ['Sales grew in the last two quarters of last year.', 'the last two quarters of last year']], misses: ['Sales grew in the last two quarters.'] },
  current: { hits: [['Prices reflect current market conditions.', 'current'], ['He entered his current post in April.', 'current'], ['Shares were bought at the then-current price.', 'then-current']], misses: ['The current account deficit grew.', 'The current year was calm.', 'The current is strong here.'] },
  holiday: { hits: [['On Christmas Day.', 'Christmas Day'], ['On New Year\'s Eve.', 'New Year\'s Eve']], misses: ['A christmas tree.'] },
};

for (const [name, t] of Object.entries(TABLES)) {
  const p = PARSERS.find((x) => x.name === name);
  test(`parser ${name}`, () => {
    assert.ok(p, `no parser ${name}`);
    for (const [text, want] of t.hits) {
      const got: string[] = parse(text, [p!]).map((c) => text.slice(c.start, c.end));
      assert.ok(got.includes(want), `${name}: "${want}" not found in "${text}" (got ${JSON.stringify(got)})`);
    }
    for (const text of t.misses) {
      const got: string[] = parse(text, [p!]).map((c) => text.slice(c.start, c.end));
      assert.deepEqual(got, [], `${name}: unexpected ${JSON.stringify(got)} in "${text}"`);
    }
  });
}

test('every parser has a table', () => {
  const missing = PARSERS.map((p) => p.name).filter((n) => !TABLES[n]);
  assert.deepEqual(missing, []);
});
