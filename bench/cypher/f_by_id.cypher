// Raw Cypher for bench question (f), a unit's lineage (every merge, split and rename reachable), finding the unit by id.
// Params:  $id — the node id; no others.
// Columns: kind, unit, target, day; n — this row's share of the answer size.
MATCH (x:Unit:Orgraph {id: $id})
MATCH (x)-[:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(a:Unit:Orgraph)
WITH DISTINCT a
MATCH (a)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Unit:Orgraph)
RETURN type(r) AS kind, a.name AS unit, b.name AS target, r.startMin AS day, 1 AS n
