// Juhuasuan's lineage: every merge, split and rename reachable from it,
// backwards and forwards in time, oldest first. Any alias works in place
// of 'Juhuasuan' (聚划算): see example 1 for the key lookup.
WITH 'Juhuasuan' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS start
MATCH (start:Unit:Orgraph)
MATCH (start)-[:MERGED_INTO|SPLIT_FROM|RENAMED_TO*0..]-(u:Unit:Orgraph)
WITH collect(DISTINCT u) AS family
UNWIND family AS u
MATCH (u)-[r:MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(target:Unit:Orgraph)
RETURN u.name AS unit, type(r) AS kind, target.name AS target, r.validFrom AS date
ORDER BY r.startMin, unit;
