// Xuande's reporting chain as of March 2022, nearest manager first: the
// longest path of REPORTS_TO facts that may all hold in that month.
// Any alias works in place of 'Xuande' (Xuan De): see example 1.
WITH 'Xuande' AS name
WITH reduce(k = '', c IN split(toLower(name), '') | k + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE '' END) AS key
CALL db.index.fulltext.queryNodes('orgraph_keys', '"' + key + '"') YIELD node AS p
MATCH (p:Person:Orgraph)
MATCH path = (p)-[:REPORTS_TO*1..]->(:Person:Orgraph)
WHERE all(r IN relationships(path) WHERE r.startMin <= date('2022-03-31') AND r.endMax >= date('2022-03-01'))
RETURN [n IN tail(nodes(path)) | n.name] AS chain
ORDER BY length(path) DESC
LIMIT 1;
