// Every MERGED_INTO, SPLIT_FROM and RENAMED_TO relationship reachable from
// a unit through such relationships in either direction: find the units
// connected to it (a pruning breadth-first search, thanks to DISTINCT), then
// each one's outgoing lineage relationships, so each is returned once.
// Params:  $ids — the units' ids.
// Columns: of — the id in $ids whose lineage this row is; rel, from, to,
//          title, validFrom, validTo, inferred,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
UNWIND $ids AS of
CALL (of) {
  MATCH (:OrgraphUnit {id: of})-[:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(a:OrgraphUnit)
  WITH DISTINCT a
  MATCH (a)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:OrgraphUnit)
  RETURN a, r, b
}
RETURN of, type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo, r.inferred AS inferred,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished
