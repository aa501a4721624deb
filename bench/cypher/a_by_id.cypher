// Raw Cypher for bench question (a), a manager's direct reports at a date, finding the person by id.
// Params:  $id — the node id; $first, $last — the window's first and last day, "yyyy-mm-dd" strings
//          (the Neo4j GraphQL Library's Date scalar takes the same).
// Columns: name, startMin, endMax; n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH (x)<-[r:REPORTS_TO]-(p:Person:Orgraph)
WHERE r.startMin <= date($last) AND date($first) <= r.endMax
RETURN p.name AS name, r.startMin AS startMin, r.endMax AS endMax, 1 AS n
