// Schema: :Event ids are unique (the constraint's index also serves MERGE and
// lookups by id).
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_event_id IF NOT EXISTS
FOR (n:Event) REQUIRE n.id IS UNIQUE
