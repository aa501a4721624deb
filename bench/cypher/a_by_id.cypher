// Raw Cypher for bench question (a), a manager's direct reports at a date, finding the person by id.
// Params:  $id — the node id; $first, $last — the window as yyyymmdd days.
// Columns: name, firstDay, lastDay; n — this row's share of the answer size.
MATCH (x:Person:Orgraph {id: $id})
MATCH (x)<-[r:REPORTS_TO]-(p:Person:Orgraph)
WHERE r.firstDay <= $last AND $first <= r.lastDay
RETURN p.name AS name, r.firstDay AS firstDay, r.lastDay AS lastDay, 1 AS n
