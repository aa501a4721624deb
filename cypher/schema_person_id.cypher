// Schema: :Person ids are unique (the constraint's index also serves MERGE and
// lookups by id).
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE
