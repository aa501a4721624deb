// Find people and units by any spelling with the full-text index over
// names and aliases; "~" allows a misspelling.
CALL db.index.fulltext.queryNodes('orgraph_names', 'Chiang~ OR 聚划算')
YIELD node, score
RETURN node.name AS name, [l IN labels(node) WHERE l <> 'Orgraph'][0] AS kind, score
ORDER BY score DESC
LIMIT 5;
