// Schema: drops the uniqueness constraint that orgraph before version 2 put
// on every :Document node's id, which stopped other applications from having
// :Document nodes with the ids orgraph uses (see schema_document_id.cypher).
// Params:  none.
// Columns: none.
DROP CONSTRAINT orgraph_document_id IF EXISTS
