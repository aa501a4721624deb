// Schema: ids are unique among orgraph's :Event nodes, which alone carry
// :OrgraphEvent; the constraint's index serves MERGE and lookups by id.
// Other applications' :Event nodes are not constrained.
// Params:  none.
// Columns: none.
CREATE CONSTRAINT orgraph_event_unique_id IF NOT EXISTS
FOR (n:OrgraphEvent) REQUIRE n.id IS UNIQUE
