// Schema: ids are unique among orgraph's :Document nodes, which alone carry
// :OrgraphDocument; the constraint's index serves MERGE and lookups by id.
// Other applications' :Document nodes are not constrained.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_document_unique_id IF NOT EXISTS
FOR (n:OrgraphDocument) REQUIRE n.id IS UNIQUE
