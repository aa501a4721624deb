// Schema: serves search.cypher's CONTAINS on the normalized names of
// orgraph's :Person nodes.
// Params:  none.
// Columns: none.
CREATE TEXT INDEX orgraph_person_text IF NOT EXISTS
FOR (n:OrgraphPerson) ON (n.search)
