// Every MERGED_INTO, SPLIT_FROM and RENAMED_TO relationship reachable from
// a unit through such relationships in either direction: find the units
// connected to it (a pruning breadth-first search, thanks to DISTINCT), then
// each one's outgoing lineage relationships, so each is returned once.
// Only relationships and units that a source published by knownAt had
// reported count, for the walk as for the answer (org.Window.Select).
// Params:  $ids — the units' ids; $key — a normalized name (or null): also
//          the unit entity_by_key.cypher finds by it, so that this can run
//          alongside that lookup;
//          $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: of — the id in $ids (or the unit found by $key) whose lineage
//          this row is; rel, from, to,
//          title, validFrom, validTo, startMin, startMax, endMin, endMax,
//          inferred, seq,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md);
//          fromNode, toNode — the units at its ends, maps with the columns of
//          units.cypher, which a request's later Units call then need not
//          read again.
UNWIND $ids + COLLECT {
  MATCH (:OrgraphKey {key: $key})-[:KEY_OF]->(n:OrgraphUnit) RETURN n.id AS id ORDER BY id LIMIT 1
} AS of
CALL (of) {
  MATCH p = (:OrgraphUnit {id: of})-[ls:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(a:OrgraphUnit)
  WHERE all(l IN ls WHERE l.reported <= $known)
    AND all(n IN nodes(p) WHERE n.reported <= $known)
  WITH DISTINCT a
  MATCH (a)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:OrgraphUnit)
  WHERE r.reported <= $known AND b.reported <= $known
  RETURN a, r, b
}
RETURN of, type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo,
  r.startMin AS startMin, r.startMax AS startMax, r.endMin AS endMin, r.endMax AS endMax,
  r.inferred AS inferred, r.seq AS seq,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished,
  a {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
    .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished} AS fromNode,
  b {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
    .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished} AS toNode
