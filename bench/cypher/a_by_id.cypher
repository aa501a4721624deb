// Raw Cypher for bench question (a), a manager's direct reports at a date, finding the person by id.
// Params:  $id — the node id; $first, $last — the window as yyyymmdd days.
// Columns: name, startMin, endMax; n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH (x)<-[r:REPORTS_TO]-(p:Person:Orgraph)
WHERE r.startMin <= $last AND $first <= r.endMax
RETURN p.name AS name, r.startMin AS startMin, r.endMax AS endMax, 1 AS n
