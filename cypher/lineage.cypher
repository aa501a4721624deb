// Every MERGED_INTO, SPLIT_FROM and RENAMED_TO relationship reachable from
// a unit through such relationships in either direction: find the units
// connected to it (a pruning breadth-first search, thanks to DISTINCT), then
// each one's outgoing lineage relationships, so each is returned once.
// Params:  $ids — the units' ids.
// Columns: of — the id in $ids whose lineage this row is; rel, from, to,
//          title, validFrom, validTo, inferred,
//          sources (list of {document, note, title, published}).
UNWIND $ids AS of
CALL (of) {
  MATCH (:Unit:Orgraph {id: of})-[:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(a:Unit:Orgraph)
  WITH DISTINCT a
  MATCH (a)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Unit:Orgraph)
  RETURN a, r, b
}
RETURN of, type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo, r.inferred AS inferred,
  COLLECT {
    UNWIND range(0, size(coalesce(r.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: r.sourceDocs[i]})
    RETURN {document: r.sourceDocs[i], note: r.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
