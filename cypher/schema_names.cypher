// Schema: full-text search over names and aliases for Neo4j Browser users,
// e.g. CALL db.index.fulltext.queryNodes('orgraph_fulltext', 'zhang~').
// orgraph's own search uses the `search` property instead (see search.cypher).
// Params:  none.
// Columns: none.
CREATE FULLTEXT INDEX orgraph_fulltext IF NOT EXISTS
FOR (n:OrgraphPerson|OrgraphUnit) ON EACH [n.name, n.aliases]
