// Schema: serves search.cypher's CONTAINS on the normalized names of
// orgraph's :Unit nodes.
// Params:  none.
// Columns: none.
CREATE TEXT INDEX orgraph_unit_text IF NOT EXISTS
FOR (n:OrgraphUnit) ON (n.search)
