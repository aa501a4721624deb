// Schema: drops the uniqueness constraint that orgraph before version 2 put
// on every :Unit node's id, which stopped other applications from having
// :Unit nodes with the ids orgraph uses (see schema_unit_id.cypher).
// Params:  none.
// Columns: none.
DROP CONSTRAINT orgraph_unit_id IF EXISTS
