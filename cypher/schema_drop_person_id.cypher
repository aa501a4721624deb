// Schema: drops the uniqueness constraint that orgraph before version 2 put
// on every :Person node's id, which stopped other applications from having
// :Person nodes with the ids orgraph uses (see schema_person_id.cypher).
// Params:  none.
// Columns: none.
DROP CONSTRAINT orgraph_person_id IF EXISTS
