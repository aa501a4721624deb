// The full-text index over names and aliases that the peer's and raw
// Cypher's fuzzy search use; orgraph's schema creates the same one, so this
// is a no-op unless a future orgraph drops it.
// Params:  none.
// Columns: none.
CREATE FULLTEXT INDEX orgraph_names IF NOT EXISTS
FOR (n:Person|Unit) ON EACH [n.name, n.aliases]
