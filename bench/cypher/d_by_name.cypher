// Raw Cypher for bench question (d), direct reports of direct reports at a date, finding the person by name.
// Params:  $key — a normalized name (org.Normalize), matched against the
//          keys property orgraph writes (every alias, normalized); $first, $last — the window as yyyymmdd days.
// Columns: name, reports (names); n — this row's share of the answer size.
MATCH (x:Person:Orgraph)
WHERE $key IN x.keys
WITH x LIMIT 1
MATCH (x)<-[r:REPORTS_TO]-(p:Person:Orgraph)
WHERE r.startMin <= $last AND $first <= r.endMax
WITH p, COLLECT {
  MATCH (p)<-[r2:REPORTS_TO]-(q:Person:Orgraph)
  WHERE r2.startMin <= $last AND $first <= r2.endMax
  RETURN q.name
} AS reports
RETURN p.name AS name, reports, 1 + size(reports) AS n
