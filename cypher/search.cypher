// Search candidates: people and units whose `search` property (their
// normalized names joined with "|") contains any of the query's grams
// (org.Grams), among those a source published by knownAt had reported.
// Go ranks them with org.BestKeyScore and org.RankHits; the TEXT indexes on
// `search` serve the CONTAINS.
// Params:  $grams — the grams of the normalized query;
//          $known — the last day of knownAt (99999999 for none).
// Columns: id, name, kind ("person" or "unit"), keys (normalized names).
UNWIND $grams AS gram
CALL (gram) {
  MATCH (n:OrgraphPerson)
  WHERE n.search CONTAINS gram AND n.reported <= $known
  RETURN n, 'person' AS kind
  UNION
  MATCH (n:OrgraphUnit)
  WHERE n.search CONTAINS gram AND n.reported <= $known
  RETURN n, 'unit' AS kind
}
WITH DISTINCT n, kind
RETURN n.id AS id, n.name AS name, kind, n.keys AS keys
