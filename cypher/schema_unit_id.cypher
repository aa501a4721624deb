// Schema: :Unit ids are unique (the constraint's index also serves MERGE and
// lookups by id).
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_unit_id IF NOT EXISTS
FOR (n:Unit) REQUIRE n.id IS UNIQUE
