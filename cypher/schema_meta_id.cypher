// Schema: one :OrgraphMeta node per id. Loads MERGE the node with id
// 'orgraph' first thing in their transaction (load_lock.cypher): the
// constraint makes concurrent MERGEs wait for each other instead of
// creating two nodes, so loads queue.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_meta_id IF NOT EXISTS
FOR (n:OrgraphMeta) REQUIRE n.id IS UNIQUE
