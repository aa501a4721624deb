// Schema: full-text search over names and aliases for Neo4j Browser users,
// e.g. CALL db.index.fulltext.queryNodes('orgraph_entity_names', 'zhang~')
// YIELD node WHERE node:Orgraph (hidden generations carry the label too).
// On :OrgraphKeyed for the reason schema_keys.cypher gives. orgraph's own
// search does not use it, so it is eventually consistent: Neo4j updates it
// in the background, just after each commit, rather than within it, which
// took a first load of 100k people from 118 s to 84 s in one measured
// pair of runs (without the index at all: 100 s; runs vary by ±10 s).
// A search in Browser just after a load may miss what it wrote.
// Params:  none.
// Columns: none.
CREATE FULLTEXT INDEX orgraph_entity_names IF NOT EXISTS
FOR (n:OrgraphKeyed) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}
