// Raw Cypher for bench question (g), search: Lucene fuzzy matching (each
// word followed by ~) over orgraph's orgraph_entity_names full-text index,
// best first; it holds hidden load generations too, hence the label check.
// Params:  $lucene — the Lucene query; $first — how many hits.
// Columns: name, score; n — this row's share of the answer size.
CALL db.index.fulltext.queryNodes('orgraph_entity_names', $lucene) YIELD node, score
WHERE node:Orgraph
RETURN node.name AS name, score, 1 AS n
ORDER BY score DESC
LIMIT $first
