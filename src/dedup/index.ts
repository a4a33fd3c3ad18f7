/**
 * Cross-article deduplication: decide which mentions (event records from single articles) describe the
 * same real-world event, and fuse them into one canonical event that keeps every source.
 * Entry points: `prepare` a mention, `decide` against candidate events, `fuse` an event's members;
 * `Deduper` / `clusterMentions` run the same logic in memory.
 */
export { prepare, evidenceContext, mentionDays, mentionDaysOf, dayNumber, dayToIso, normName, type Mention, type MentionView } from './mention.js';
export { compare, countRelation, haversineKm, type Comparison } from './similarity.js';
export { decide, linkToCluster, clustersCompatible, candidateDays, Deduper, clusterMentions, byPublication, type Cluster, type Decision } from './cluster.js';
export { fuse, type Fused, type FusedRecord, type CountClaim, type SourcedEvidence, type CountField } from './fuse.js';
export { LINK_THRESHOLD } from './rules.js';
