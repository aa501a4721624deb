// Schema: looks up any :Orgraph node by id, for the queries that do not
// know a node's kind (links of a given type, relationship endpoints).
// Params:  none.
// Columns: none.
CREATE INDEX orgraph_id IF NOT EXISTS
FOR (n:Orgraph) ON (n.id)
