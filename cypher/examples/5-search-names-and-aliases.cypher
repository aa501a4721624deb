// Find people and units by any spelling with the full-text index over the
// names and aliases kept on their key nodes; "~" allows a misspelling.
CALL db.index.fulltext.queryNodes('orgraph_key_names', 'Chiang~ OR 聚划算')
YIELD node AS key, score
MATCH (key)-[:KEY_OF]->(n)
WHERE n:OrgraphPerson OR n:OrgraphUnit
WITH n, max(score) AS score
RETURN n.name AS name, CASE WHEN n:Person THEN 'Person' ELSE 'Unit' END AS kind, score
ORDER BY score DESC
LIMIT 5;
