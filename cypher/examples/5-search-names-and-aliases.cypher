// Find people and units by any spelling with the full-text index over
// their names and aliases; "~" allows a misspelling. The index holds hidden
// generations too, hence the label check.
CALL db.index.fulltext.queryNodes('orgraph_entity_names', 'Chiang~ OR 聚划算')
YIELD node AS n, score
WHERE n:Orgraph
RETURN n.name AS name, CASE WHEN n:Person THEN 'Person' ELSE 'Unit' END AS kind, score
ORDER BY score DESC
LIMIT 5;
