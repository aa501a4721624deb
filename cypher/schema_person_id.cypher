// Schema: ids are unique among orgraph's :Person nodes, which alone carry
// :OrgraphPerson; the constraint's index serves MERGE and lookups by id.
// Other applications' :Person nodes are not constrained.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_person_unique_id IF NOT EXISTS
FOR (n:OrgraphPerson) REQUIRE n.id IS UNIQUE
