/**
 * Datelines at the start of a body: "BISHKEK (Reuters) -", "KABUL, Dec 3 (Reuters) -",
 * "BEIRUT, Lebanon (AP) —", "LONDON —", "Bishkek, Kyrgyzstan, Dec. 4 (AFP) –".
 */
import type { Dateline } from '../types.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const CAPS_PLACE = "[A-Z][A-Z'’.\\-]*(?:[ /][A-Z][A-Z'’.\\-]*){0,4}";
const MIXED_PLACE = "[A-Z][a-z'’.\\-]+(?:[ \\-][A-Z][a-z'’.\\-]+){0,3}";
const REGION = "(?:,\\s*[A-Z][A-Za-z.'’\\-]+(?:\\s[A-Z][A-Za-z.'’\\-]+){0,3})?";
const DATE = `(?:,\\s*(${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?))?`;
const AGENCY = "(?:\\s*\\(([A-Za-z][A-Za-z .&'’\\-]{0,40})\\))?";
const DASH = '\\s*(?:-{1,2}|–|—|:)\\s+';

// All-caps place: agency optional. Mixed-case place: agency required (else "Police said - ..." would match).
const CAPS_RE = new RegExp(`^(${CAPS_PLACE})(${REGION})${DATE}${AGENCY}${DASH}`);
const MIXED_RE = new RegExp(`^(${MIXED_PLACE})(${REGION})${DATE}\\s*\\(([A-Za-z][A-Za-z .&'’\\-]{0,40})\\)${DASH}`);
// Reuters feeds often drop the agency and dash: "WASHINGTON The U.S. Coast Guard ...". Accept only a
// caps place of 5+ letters or several words, followed by a capitalised word.
const BARE_RE = new RegExp(`^(${CAPS_PLACE})(${REGION})(?=\\s+[A-Z][a-z])`);

export function findDateline(body: string, offset = 0): Dateline | null {
  const head = body.slice(0, 200);
  let m = CAPS_RE.exec(head);
  let agencyIdx = 4;
  if (!m) {
    m = MIXED_RE.exec(head);
    agencyIdx = 4;
  }
  let bare = false;
  if (!m) {
    m = BARE_RE.exec(head);
    bare = true;
    if (m && !(m[1]!.replace(/[^A-Z]/g, '').length >= 5 || /\s/.test(m[1]!))) return null;
  }
  if (!m) return null;
  const place = m[1]!;
  // A caps "place" must contain a real word of 3+ letters and not be a lone acronym with no agency (e.g. "UPDATE -").
  if (!/[A-Za-z]{3,}/.test(place)) return null;
  if (/^(UPDATE|CORRECTED|REFILE|EXCLUSIVE|ANALYSIS|BREAKING|FACTBOX|WRAPUP|INSIGHT|RPT|URGENT|FLASH|NOTE|PHOTOS?|VIDEO|WATCH|OPINION|EDITORIAL)\b/.test(place)) return null;
  const text = m[0].trimEnd();
  const placeStart = offset;
  return {
    text,
    start_char: offset,
    end_char: offset + text.length,
    place,
    place_start_char: placeStart,
    place_end_char: placeStart + place.length,
    agency: bare ? null : m[agencyIdx]?.trim() || null,
    date_text: bare ? null : m[3]?.trim() || null,
  };
}
