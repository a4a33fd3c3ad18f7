/**
 * Geoparser behaviour on news-style sentences written for these tests. Uses the default gazetteer
 * (built from the npm packages on first use, then cached).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../article/index.js';
import { newDoc } from '../pipeline/index.js';
import type { Toponym } from '../types.js';
import { detectDateline, geoComponent, geoparseText, loadGazetteer, type Gazetteer } from './index.js';
import { listPeers } from './resolve.js';

let g: Gazetteer;
before(async () => {
  g = await loadGazetteer();
});

function parse(text: string): Toponym[] {
  return geoparseText(g, text);
}
function find(ts: Toponym[], mention: string): Toponym | undefined {
  return ts.find((t) => t.text === mention);
}

// [text, mention, expected country, expected name or geonameid, expected feature code prefix]
const RESOLVE: [string, string, string, string | number, string?][] = [
  ['Security forces killed five militants in a clash in Boraldai outside Almaty on Saturday.', 'Boraldai', 'KZ', 1524958, 'PPL'],
  ['Two policemen were shot dead in Almaty last month.', 'Almaty', 'KZ', 'Almaty', 'PPLA'],
  ['The Laurel County Sheriff\'s Office said the driver was arrested near London, Ky.', 'Laurel County', 'US', 'Laurel County', 'ADM2'],
  ['The Laurel County Sheriff\'s Office said the driver was arrested near London, Ky.', 'London', 'US', 'London', 'PPL'],
  ['A woman from Alexandria, La., was charged with arson.', 'Alexandria', 'US', 'Alexandria', 'PPL'],
  ['Taliban fighters attacked a checkpoint in Helmand province overnight.', 'Helmand', 'AF', 'Hilmand', 'ADM1'],
  ['The Kabul-based ministry said three soldiers died.', 'Kabul', 'AF', 'Kabul', 'PPLC'],
  ['Protesters gathered in Paris, Texas, on Friday.', 'Paris', 'US', 'Paris', 'PPL'],
  ['Thousands marched in Paris against the pension reform.', 'Paris', 'FR', 'Paris', 'PPLC'],
  ['Officials in Tbilisi, Georgia, denied the report.', 'Georgia', 'GE', 'Georgia', 'PCL'],
  ['The storm hit Atlanta and Savannah before leaving Georgia.', 'Georgia', 'US', 'Georgia', 'ADM1'],
  ['Mexico said its army had retaken the town.', 'Mexico', 'MX', 'Mexico', 'PCL'],
  ['Violence spread across the Middle East and Central Asia.', 'Middle East', '', 'Middle East', 'RGN'],
  ['Fighting continued near Deir ez-Zor and al-Raqqa, Syria.', 'Deir ez-Zor', 'SY', 'Deir ez-Zor', 'PPLA'],
  ['Officials in the U.S. and Canada agreed.', 'U.S.', 'US', 'United States', 'PCL'],
  // a cue before the name makes a state of a name that is also its largest city
  ['The governor of New York said the state would hire more nurses.', 'New York', 'US', 'New York', 'ADM1'],
  ['He grew up on a dairy farm in upstate New York.', 'New York', 'US', 'New York', 'ADM1'],
  ['Flights from New York to Chicago were cancelled.', 'New York', 'US', 'New York City', 'PPL'],
  // islands and conflict regions from the hand-written entries, not same-name villages abroad
  ['Troops clashed with militants on Mindanao on Sunday.', 'Mindanao', 'PH', 'Mindanao', 'RGN'],
  ['Floods hit Java and Sumatra after days of rain.', 'Java', 'ID', 'Java', 'RGN'],
  ['Shelling resumed across the Donbas overnight.', 'Donbas', 'UA', 'Donbas', 'RGN'],
  // a coordinated list of states keeps each member a state, even where a town of that name lies in a listed state
  ['The storms moved through Alabama, Florida, New York and Vermont on Tuesday.', 'Florida', 'US', 'Florida', 'ADM1'],
  ['Voters in Iowa, Oklahoma, Pennsylvania and Utah went to the polls.', 'Oklahoma', 'US', 'Oklahoma', 'ADM1'],
  // a list of places is not "Town, State": Washington stays the capital, not a town in New York state
  ['The crown prince stopped in Washington, New York and Boston before flying home.', 'Washington', 'US', 'Washington', 'PPLC'],
  ['Delegations from Washington, New York, Chicago and Denver attended.', 'Washington', 'US', 'Washington', 'PPLC'],
  // other US states read in the text make "Georgia" the state (sibling admin-1 units)
  ['National Guard units from Florida, Louisiana, Alaska and Georgia were sent to help.', 'Georgia', 'US', 'Georgia', 'ADM1'],
];

test('resolves toponyms with document context', () => {
  for (const [text, mention, cc, want, fcode] of RESOLVE) {
    const t = find(parse(text), mention);
    assert.ok(t, `${mention} not found in: ${text}`);
    assert.equal(t.country ?? '', cc, `${mention}: country ${t.country}`);
    if (typeof want === 'number') assert.equal(t.geonameid, want, `${mention}: id`);
    else assert.equal(t.name, want, `${mention}: name`);
    if (fcode) assert.ok(t.feature_code?.startsWith(fcode), `${mention}: feature code ${t.feature_code}`);
    assert.equal(text.slice(t.start_char, t.end_char), t.text);
    assert.ok(t.score > 0 && t.score <= 1);
  }
});

// [text, mention that must NOT be a toponym]
const REJECT: [string, string][] = [
  ['Police said the suspect fled on foot.', 'Police'],
  ['Gov. Jordan signed the bill on Tuesday.', 'Jordan'],
  ['Chiquita Raquel Henry, 19, was arrested. Henry was held on bond.', 'Henry'],
  ["I'm not going back, the witness said.", "I'm"],
  ['The attack happened in May, officials said.', 'May'],
  ['The University of Kentucky closed its campus.', 'University'],
  ['Sen. Smith met Wal-Mart executives at the White House.', 'Wal'],
  ['Sen. Smith met Wal-Mart executives at the White House.', 'White House'],
];

test('avoids false toponyms', () => {
  for (const [text, mention] of REJECT) {
    const ts = parse(text);
    assert.equal(find(ts, mention), undefined, `${mention} wrongly taken as a place in: ${text}`);
  }
  // the place inside the organisation name is still found
  assert.ok(find(parse('The University of Kentucky closed its campus.'), 'Kentucky'));
});

test('demonyms map to their country and are flagged', () => {
  const ts = parse('Kazakh and Afghan officials met Russian diplomats.');
  const kz = find(ts, 'Kazakh');
  assert.equal(kz?.country, 'KZ');
  assert.equal(kz?.demonym, true);
  assert.equal(find(ts, 'Afghan')?.country, 'AF');
  assert.equal(find(ts, 'Russian')?.country, 'RU');
  // plural demonyms name people, not places
  assert.equal(find(parse('Afghans queued at the border.'), 'Afghans'), undefined);
});

test('abbreviations keep their final period', () => {
  const ts = parse('He moved from Charleston, W.Va., to the U.S. capital.');
  assert.ok(find(ts, 'W.Va.'), JSON.stringify(ts.map((t) => t.text)));
  assert.equal(find(ts, 'W.Va.')?.admin1, 'West Virginia');
  assert.ok(find(ts, 'U.S.'));
});

test('dateline place is found and anchors the document', () => {
  const text = 'ALMATY, Dec 3 (Reuters) - Five militants were killed in Boraldai.';
  const dl = detectDateline(text);
  assert.equal(dl?.place, 'ALMATY');
  const ts = parse(text);
  assert.equal(find(ts, 'ALMATY')?.country, 'KZ');
});

test('pipeline component fills doc.toponyms', async () => {
  await geoComponent.init?.();
  const doc = newDoc(articleFromText('Two blasts hit Atyrau on October 31.', { title: 'Blasts in western Kazakhstan' }));
  geoComponent.apply(doc);
  const names = doc.toponyms.map((t) => t.text);
  assert.deepEqual(names, ['Kazakhstan', 'Atyrau']);
  for (const t of doc.toponyms) assert.equal(doc.text.slice(t.start_char, t.end_char), t.text);
});

test('listPeers links comma/and lists and leaves "Town, State" pairs alone', () => {
  const text = 'Rain fell on Leeds, York and Hull. Dover, Kent, stayed dry.';
  const at = (w: string, q: number | null = null) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, text: w, qualifies: q } as unknown as Parameters<typeof listPeers>[0][number];
  };
  const ms = [at('Leeds'), at('York'), at('Hull'), at('Dover'), at('Kent', 3)];
  const peers = listPeers(ms, text);
  assert.deepEqual(peers[0], [1, 2]);
  assert.deepEqual(peers[2], [0, 1]);
  // a sentence break ends the list, and "Dover, Kent" is a town and its qualifier, not a list
  assert.deepEqual(peers[3], []);
  assert.deepEqual(peers[4], []);
});

test('a small town abroad with no support abstains in a text whose places lie in one country', () => {
  // "Sadar" and "Mansa" have namesakes abroad that outrank nothing here but the empty reading
  const a = parse('Violence erupted in Sylhet and Comilla on Monday, and a bus was torched in Sadar later that night.');
  assert.deepEqual(a.map((t) => t.country), ['BD', 'BD']);
  const b = parse('Activists blocked roads in Karachi and Hyderabad, and a rally was held in Mansa.');
  assert.ok(!find(b, 'Mansa'), 'Mansa (a Zambian town) should abstain in a text about Pakistan');
  // a country named in passing does not make the text's own town foreign
  const c = parse('Residents of Itahari rallied on Sunday against the border blockade imposed by India.');
  assert.equal(find(c, 'Itahari')?.country, 'NP');
});

test('"the State of the Union" is not a place cue', () => {
  const ts = parse('The president gave his last State of the Union address on Tuesday.');
  assert.ok(!find(ts, 'Union'), JSON.stringify(ts.map((t) => [t.text, t.name, t.country])));
});
