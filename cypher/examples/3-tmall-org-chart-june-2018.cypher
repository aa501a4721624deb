// Tmall's org chart as of June 2018: every unit below it, with the path
// down from Tmall, using only PART_OF facts that may hold in that month:
// they may start by its last day (startMin) and end after its first (endMax).
// Any alias works in place of 'Tmall' (天猫): see example 1 for the key lookup.
WITH 'Tmall' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS top
MATCH (top:Unit:Orgraph)
MATCH path = (u:Unit:Orgraph)-[:PART_OF*1..]->(top)
WHERE all(r IN relationships(path) WHERE r.startMin <= date('2018-06-30') AND r.endMax >= date('2018-06-01'))
RETURN [n IN reverse(nodes(path)) | n.name] AS branch
ORDER BY branch;
