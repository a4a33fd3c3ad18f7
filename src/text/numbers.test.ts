import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from './numbers.js';

/**
 * Table: [sentence, expected mentions as "surface|kind|value|qualifier[|low|high]"].
 * Every number mention the sentence holds is listed, so a spurious extra mention fails too.
 */
const CASES: [string, string[]][] = [
  // digits and separators
  ['Police arrested 18 people in Atyrau.', ['18|count|18|exact']],
  ['More than 2,500 people marched.', ['More than 2,500|count|2500|at_least|2500|']],
  ['The rally drew 1,200,000 supporters.', ['1,200,000|count|1200000|exact']],
  ['An estimated 3.5 million people fled.', ['An estimated 3.5 million|count|3500000|approx']],
  ['Officials said 2 lakh people joined.', ['2 lakh|count|200000|exact']],
  // words
  ['Five suspected militants were killed.', ['Five|count|5|exact']],
  ['Twenty-three people were wounded.', ['Twenty-three|count|23|exact']],
  ['twenty three bodies were found', ['twenty three|count|23|exact']],
  ['One hundred and five houses burned.', ['One hundred and five|count|105|exact']],
  ['a dozen police officers were hurt', ['a dozen|count|12|exact']],
  ['two dozen villagers fled', ['two dozen|count|24|exact']],
  ['half a dozen rockets landed', ['half a dozen|count|6|approx']],
  ['a hundred students rallied', ['a hundred|count|100|exact']],
  ['three thousand workers went on strike', ['three thousand|count|3000|exact']],
  ['THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED', ['THREE|count|3|exact', 'SEVEN|count|7|exact']],
  ['Five militants and two officers were killed.', ['Five|count|5|exact', 'two|count|2|exact']],
  ['a couple of shops were looted', ['a couple|count|2|approx']],
  // vague quantities
  ['hundreds of people protested', ['hundreds|count|200|vague|200|999']],
  ['Dozens were injured.', ['Dozens|count|24|vague|24|99']],
  ['tens of thousands of protesters', ['tens of thousands|count|20000|vague|20000|99999']],
  ['several people were hurt', ['several|count|3|vague|3|9']],
  ['scores of homes were torched', ['scores|count|40|vague|40|199']],
  ['thousands of farmers marched', ['thousands|count|2000|vague|2000|9999']],
  ['a few protesters remained', ['a few|count|2|vague|2|5']],
  // bounds
  ['at least 12 people died', ['at least 12|count|12|at_least|12|']],
  ['more than 100 were arrested', ['more than 100|count|100|at_least|100|']],
  ['up to 40 people may have died', ['up to 40|count|40|at_most||40']],
  ['nearly 40 were hurt', ['nearly 40|count|40|approx']],
  ['about 50 peasants were kidnapped', ['about 50|count|50|approx']],
  ['as many as 30 soldiers', ['as many as 30|count|30|at_most||30']],
  ['over 200 families fled', ['over 200|count|200|at_least|200|']],
  ['some 300 demonstrators gathered', ['some 300|count|300|approx']],
  ['fewer than 10 people', ['fewer than 10|count|10|at_most||10']],
  ['at least eleven people died', ['at least eleven|count|11|at_least|11|']],
  // ranges
  ['between 5 and 7 people were killed', ['between 5 and 7|count|5|range|5|7']],
  ['four or five gunmen opened fire', ['four or five|count|4|range|4|5']],
  ['10 to 15 policemen were hurt', ['10 to 15|count|10|range|10|15']],
  ['About 4-5 bombs were exploded', ['About 4-5|count|4|range|4|5']],
  ['between twenty and thirty houses', ['between twenty and thirty|count|20|range|20|30']],
  // ordinals
  ['It was the third attack this month.', ['third|ordinal|3']],
  ['the 2nd battalion', ['2nd|ordinal|2']],
  ['on the 4th day of their hunger strike', ['4th|ordinal|4']],
  // ages
  ['a 34-year-old man killed seven people', ['34|age|34', 'seven|count|7|exact']],
  ['the victim, aged 19, died', ['19|age|19']],
  ['a 60 year old woman', ['60|age|60']],
  ['Khumlo Abi Anal (40), the chairman', ['40|age|40']],
  ['Ahmed Khan, 45, was shot dead', ['45|age|45']],
  ['a 25 years old man', ['25|age|25']],
  // times
  ['around 10:30 pm on Thursday', ['10:30|time|10']],
  ['at 6 a.m. local time', ['6|time|6']],
  ['at 0600 GMT', ['0600|time|600']],
  ['at 9 o\'clock', ['9|time|9']],
  // dates and years
  ['on Dec 4, 2011', ['4|date|4', '2011|year|2011']],
  ['on 31 October', ['31|date|31']],
  ['October 31', ['31|date|31']],
  ['the blasts (13/02) in Dhaka', ['13/02|date|13']],
  ['on 2011-12-04 at dawn', ['2011-12-04|date|2011']],
  ['in 1998 the group split', ['1998|year|1998']],
  ['since 2004, more than 2,000 people died', ['2004|year|2004', 'more than 2,000|count|2000|at_least|2000|']],
  ['the 1990s insurgency', ['1990s|year|1990']],
  ['on the 5th of May', ['5th|date|5']],
  // identifiers and measures
  ['armed with AK-47 rifles', ['47|identifier|47']],
  ['on Highway 1 near the town', ['1|identifier|1']],
  ['an M-16 rifle was seized', ['16|identifier|16']],
  ['Section 144 was imposed', ['144|identifier|144']],
  ['in Mirpur 1 and Farmgate', ['1|identifier|1']],
  ['100 kg of explosives', ['100|measure|100']],
  ['15 km north of the city', ['15|measure|15']],
  ['fifteen 9-mm machine-gun slugs', ['fifteen|count|15|exact', '9|measure|9']],
  ['the siege lasted three days', ['three|measure|3']],
  ['for two hours', ['two|measure|2']],
  // money and percent
  ['causing $21,000 in damages', ['21,000|money|21000']],
  ['Rs 500 each', ['500|money|500']],
  ['turnout was 60 percent', ['60|percent|60']],
  ['a 5% rise', ['5|percent|5']],
  // not numbers
  ['no one was hurt in the attack', []],
  ['they blamed one another', []],
  ['someone threw a stone', []],
  ['one of the attackers was killed', ['one|count|1|exact']],
  ['A 10-member team', ['10|count|10|exact']],
];

function fmt(m: ReturnType<typeof extractNumbers>[number]): string {
  const base = `${m.text}|${m.kind}|${m.value}`;
  if (m.kind !== 'count') return base;
  if (m.qualifier === 'exact' || m.qualifier === 'approx') return `${base}|${m.qualifier}`;
  return `${base}|${m.qualifier}|${m.low ?? ''}|${m.high ?? ''}`;
}

test('number table has at least 60 cases', () => {
  assert.ok(CASES.length >= 60, `only ${CASES.length} cases`);
});

for (const [sentence, expected] of CASES) {
  test(`numbers: ${sentence}`, () => {
    const got = extractNumbers(sentence, []);
    for (const m of got) assert.equal(sentence.slice(m.start_char, m.end_char), m.text);
    assert.deepEqual(got.map(fmt), expected);
  });
}

test('offsets hold inside a longer text', () => {
  const text = 'Title here\n\nAt least 12 people died and 40 were wounded.';
  const got = extractNumbers(text, []);
  assert.equal(got.length, 2);
  assert.equal(text.slice(got[0]!.start_char, got[0]!.end_char), 'At least 12');
  assert.equal(got[1]!.value, 40);
});
