// Schema: :Document ids are unique (the constraint's index also serves MERGE and
// lookups by id).
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_document_id IF NOT EXISTS
FOR (n:Document) REQUIRE n.id IS UNIQUE
