// Schema: serves search.cypher's CONTAINS on the normalized names of :Units.
// Params:  none.
// Columns: none.
CREATE TEXT INDEX orgraph_unit_search IF NOT EXISTS
FOR (n:Unit) ON (n.search)
