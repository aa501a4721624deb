// Every MERGED_INTO, SPLIT_FROM and RENAMED_TO relationship reachable from
// a unit through such relationships in either direction: find the units
// connected to it (a pruning breadth-first search, thanks to DISTINCT), then
// each one's outgoing lineage relationships, so each is returned once.
// Only relationships and units that a source published by knownAt had
// reported count, for the walk as for the answer (org.Window.Select).
// Params:  $ids — the units' ids; $key — a normalized name (or null, which
//          finds nothing: the query "" matches no key): also the unit
//          entity_by_key.cypher finds by it, so that this can run
//          alongside that lookup;
//          $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: of — the id in $ids (or the unit found by $key) whose lineage
//          this row is; link — the relationship's packed property (see
//          packed.go); fromNode, toNode — the packed properties of the
//          units at its ends, which a request's later Units call then need
//          not read again.
UNWIND $ids + COLLECT {
  CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + coalesce($key, '') + '"') YIELD node AS n
  WITH n WHERE n:OrgraphUnit RETURN n.id AS id ORDER BY id LIMIT 1
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
RETURN of, r.packed AS link, a.packed AS fromNode, b.packed AS toNode
