// Find people and units by any spelling with the full-text index over
// names and aliases; "~" allows a misspelling.
CALL db.index.fulltext.queryNodes('orgraph_fulltext', 'Chiang~ OR 聚划算')
YIELD node, score
RETURN node.name AS name, CASE WHEN node:Person THEN 'Person' ELSE 'Unit' END AS kind, score
ORDER BY score DESC
LIMIT 5;
