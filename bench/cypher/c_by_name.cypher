// Raw Cypher for bench question (c), a unit's children with their heads at a date, finding the unit by name.
// Params:  $key — a normalized name (org.Normalize), matched against the
//          keys property orgraph writes (every alias, normalized); $first, $last — the window's first and last day, "yyyy-mm-dd" strings
//          (the Neo4j GraphQL Library's Date scalar takes the same).
// Columns: name, heads (list of {person, title}); n — this row's share of the answer size.
MATCH (x:Unit:Orgraph)
WHERE $key IN x.keys
WITH x LIMIT 1
MATCH (x)<-[r:PART_OF]-(c:Unit:Orgraph)
WHERE r.startMin <= date($last) AND date($first) <= r.endMax
WITH c, COLLECT {
  MATCH (c)<-[h:HEADS]-(p:Person:Orgraph)
  WHERE h.startMin <= date($last) AND date($first) <= h.endMax
  RETURN {person: p.name, title: h.title}
} AS heads
RETURN c.name AS name, heads, 1 + size(heads) AS n
