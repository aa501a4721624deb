// Schema: serves search.cypher's CONTAINS on the normalized names of :Persons.
// Params:  none.
// Columns: none.
CREATE TEXT INDEX orgraph_person_search IF NOT EXISTS
FOR (n:Person) ON (n.search)
