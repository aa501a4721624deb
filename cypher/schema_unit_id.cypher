// Schema: ids are unique among orgraph's :Unit nodes, which alone carry
// :OrgraphUnit; the constraint's index serves MERGE and lookups by id.
// Other applications' :Unit nodes are not constrained.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_unit_unique_id IF NOT EXISTS
FOR (n:OrgraphUnit) REQUIRE n.id IS UNIQUE
