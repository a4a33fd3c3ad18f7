import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTimeML, decodeEntities } from './timeml.js';

// A TimeML document written for this test (not from any corpus).
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-12-04" temporalFunction="false" functionInDocument="CREATION_TIME">12/04/2011</TIMEX3></DCT>
<TEXT>
Police &amp; troops <EVENT eid="e1" class="OCCURRENCE">raided</EVENT> the camp <TIMEX3 tid="t1" type="DATE" value="2011-12-03">late <SIGNAL sid="s1">on</SIGNAL> Saturday</TIMEX3>, &quot;officials&quot; said.
The siege lasted <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="2011" />
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
</TimeML>`;

test('reads the DCT, the plain text of <TEXT> with entities decoded, and gold offsets', () => {
  const d = readTimeML(DOC);
  assert.equal(d.docid, 'TEST001');
  assert.equal(d.dct, '2011-12-04');
  assert.ok(d.text.startsWith('\nPolice & troops raided the camp late on Saturday, "officials" said.'));
  assert.equal(d.gold.length, 2, 'an empty (non-consuming) TIMEX3 is not a gold span');
  for (const g of d.gold) assert.equal(d.text.slice(g.start_char, g.end_char), g.text);
  assert.deepEqual(d.gold.map((g) => [g.text, g.type, g.value]), [['late on Saturday', 'DATE', '2011-12-03'], ['three hours', 'DURATION', 'PT3H']]);
});

test('documents without DCT or TEXT give null and empty text', () => {
  const d = readTimeML('<TimeML><DOCID>x</DOCID></TimeML>');
  assert.equal(d.dct, null);
  assert.equal(d.text, '');
  assert.deepEqual(d.gold, []);
});

test('entity decoding: named, decimal and hex', () => {
  assert.equal(decodeEntities('a &lt;b&gt; &#38; &#x41; &apos;c&apos; &bogus;'), "a <b> & A 'c' &bogus;");
});
