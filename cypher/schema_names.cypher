// Schema: full-text search over names and aliases for Neo4j Browser users,
// e.g. CALL db.index.fulltext.queryNodes('orgraph_key_names', 'zhang~'),
// then (key)-[:KEY_OF]->(n) to the person or unit. It covers the
// :OrgraphKey nodes' `names` (the spellings of each key), not the people
// and units themselves: a load's switch relabels every person and unit,
// and keeping a full-text index on them up to date in that one
// transaction outgrew Neo4j's default memory at 100k people, while a load
// creates key nodes with their final label and never relabels them.
// orgraph's own search does not use it.
// Params:  none.
// Columns: none.
CREATE FULLTEXT INDEX orgraph_key_names IF NOT EXISTS
FOR (k:OrgraphKey) ON EACH [k.names]
