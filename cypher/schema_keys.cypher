// Schema: serves lookups by name (entity_by_key.cypher, list_people.cypher
// and others): a full-text index over the `keys` of people and units, each
// key kept whole (the keyword analyzer), so that the Lucene query "key" is
// one exact term and key* a prefix. Neo4j's range and text indexes hold no
// lists, and a full-text index does, so the keys need no node of their own.
// It covers :OrgraphKeyed, the label every generation's people and units
// carry from staging to deletion: the switch relabels them all, and an
// index on a label it changes would be rewritten in that one transaction.
// Its updates are part of each commit (not eventually consistent), so a
// lookup never misses what a load has switched to.
// Params:  none.
// Columns: none.
CREATE FULLTEXT INDEX orgraph_keys IF NOT EXISTS
FOR (n:OrgraphKeyed) ON EACH [n.keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
