/** Cues of reported speech and the words that bound a source phrase. Lower-case. */

/** Verbs whose subject is the source ("prosecutors said", "it said", "police told Reuters"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces', 'reported', 'reports',
  'claimed', 'claims', 'confirmed', 'confirms', 'denied', 'denies', 'warned', 'warns', 'noted', 'notes', 'explained',
  'insisted', 'alleged', 'wrote', 'writes', 'tweeted', 'posted', 'declared', 'estimated', 'acknowledged', 'admitted',
  'asserted', 'disclosed', 'revealed', 'recounted', 'recalled', 'described', 'commented', 'replied', 'responded',
  'stressed', 'emphasised', 'emphasized', 'indicated', 'suggested', 'argued', 'complained', 'urged', 'quoted', 'cited',
  'accused', 'blamed', 'asked', 'predicted', 'testified', 'informed', 'briefed',
]);

/** Cues followed by the source ("according to the interior ministry", "citing a police source"). */
export const SOURCE_AFTER_CUES = [['according', 'to'], ['citing'], ['quoting'], ['as', 'cited', 'by'], ['as', 'reported', 'by']];

/** Words that end a source phrase read leftwards from the verb. */
export const SOURCE_STOP_LEFT = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'when', 'after', 'before', 'as', 'while', 'because', 'if',
  'since', 'although', 'though', 'where', 'than', 'said', 'says', 'told', 'so', 'then', 'once', 'until', 'unless',
  'what', 'how', 'why', 'whether',
]);

/** Words at the right edge of a leftwards source that are not part of it ("officials have said"). */
export const SOURCE_TRIM_RIGHT = new Set([
  'also', 'later', 'earlier', 'previously', 'separately', 'initially', 'first', 'further', 'again', 'then', 'had', 'has',
  'have', 'would', 'will', 'was', 'were', 'is', 'are', 'had', 'could', 'did', 'does', 'do', 'repeatedly', 'reportedly',
  'publicly', 'privately', 'officially', 'told', 'yesterday', 'today', 'tonight', 'late', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'on', 'last', 'night', 'week', 'month', 'year', 'this', 'morning',
  'afternoon', 'evening', 'not', "n't", 'never', 'only',
]);

/** Words that end a source phrase read rightwards ("said Ivan Petrov, a spokesman"). */
export const SOURCE_STOP_RIGHT = new Set(['on', 'in', 'that', 'at', 'during', 'after', 'before', 'late', 'earlier', 'yesterday', 'today', 'when', 'as', 'while', 'adding', 'and', 'but', 'who']);

/** Channel phrases kept in the attribution span after the verb ("said in a statement"). */
export const CHANNEL_AFTER = [
  ['in', 'a', 'statement'], ['in', 'the', 'statement'], ['in', 'a', 'video'], ['in', 'the', 'video'], ['in', 'an', 'interview'],
  ['in', 'a', 'post'], ['in', 'a', 'message'], ['in', 'a', 'report'], ['in', 'a', 'letter'], ['in', 'a', 'press', 'release'],
  ['in', 'a', 'written', 'statement'], ['in', 'a', 'televised', 'address'], ['in', 'a', 'briefing'], ['on', 'its', 'website'],
  ['on', 'his', 'website'], ['on', 'twitter'], ['on', 'telegram'], ['on', 'facebook'], ['on', 'x'], ['on', 'television'],
  ['on', 'state', 'television'], ['to', 'reporters'], ['to', 'journalists'], ['reporters'], ['journalists'],
];

/** Sources that are pronouns (resolved by the entities stage's coreference). */
export const PRONOUN_SOURCES = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
