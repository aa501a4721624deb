// Juhuasuan's lineage: every merge, split and rename reachable from it,
// backwards and forwards in time, oldest first.
MATCH (:Unit:Orgraph {name: 'Juhuasuan'})-[:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(u:Unit:Orgraph)
WITH collect(DISTINCT u) AS family
UNWIND family AS u
MATCH (u)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(target:Unit:Orgraph)
RETURN u.name AS unit, type(r) AS kind, target.name AS target, r.validFrom AS date
ORDER BY r.startMin, unit;
