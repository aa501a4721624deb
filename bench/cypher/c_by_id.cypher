// Raw Cypher for bench question (c), a unit's children with their heads at a date, finding the unit by id.
// Params:  $id — the node id; $first, $last — the window as yyyymmdd days.
// Columns: name, heads (list of {person, title}); n — this row's share of the answer size.
MATCH (x:Unit:Orgraph {id: $id})
MATCH (x)<-[r:PART_OF]-(c:Unit:Orgraph)
WHERE r.startMin <= $last AND $first <= r.endMax
WITH c, COLLECT {
  MATCH (c)<-[h:HEADS]-(p:Person:Orgraph)
  WHERE h.startMin <= $last AND $first <= h.endMax
  RETURN {person: p.name, title: h.title}
} AS heads
RETURN c.name AS name, heads, 1 + size(heads) AS n
