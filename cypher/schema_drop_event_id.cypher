// Schema: drops the uniqueness constraint that orgraph before version 2 put
// on every :Event node's id, which stopped other applications from having
// :Event nodes with the ids orgraph uses (see schema_event_id.cypher).
// Params:  none.
// Columns: none.
DROP CONSTRAINT orgraph_event_id IF EXISTS
