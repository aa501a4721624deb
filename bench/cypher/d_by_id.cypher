// Raw Cypher for bench question (d), direct reports of direct reports at a date, finding the person by id.
// Params:  $id — the node id; $first, $last — the window's first and last day, "yyyy-mm-dd" strings
//          (the Neo4j GraphQL Library's Date scalar takes the same).
// Columns: name, reports (names); n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH (x)<-[r:REPORTS_TO]-(p:Person:Orgraph)
WHERE r.startMin <= date($last) AND date($first) <= r.endMax
WITH p, COLLECT {
  MATCH (p)<-[r2:REPORTS_TO]-(q:Person:Orgraph)
  WHERE r2.startMin <= date($last) AND date($first) <= r2.endMax
  RETURN q.name
} AS reports
RETURN p.name AS name, reports, 1 + size(reports) AS n
