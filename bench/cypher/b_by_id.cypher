// Raw Cypher for bench question (b), roles and managers three levels up at a date, finding the person by id.
// Params:  $id — the node id; $first, $last — the window's first and last day, "yyyy-mm-dd" strings
//          (the Neo4j GraphQL Library's Date scalar takes the same).
// Columns: depth, name, roles (list of {title, unit}); n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH path = (x)-[rs:REPORTS_TO*0..3]->(m:Person:Orgraph)
WHERE all(r IN rs WHERE r.startMin <= date($last) AND date($first) <= r.endMax)
WITH length(path) AS depth, m
WITH depth, m.name AS name, COLLECT {
  MATCH (m)-[h:HEADS]->(u:Unit:Orgraph)
  WHERE h.startMin <= date($last) AND date($first) <= h.endMax
  RETURN {title: h.title, unit: u.name}
} AS roles
RETURN depth, name, roles, CASE WHEN depth > 0 THEN 1 ELSE 0 END + size(roles) AS n
