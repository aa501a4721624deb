// Schema: drops the full-text index that orgraph before version 2 kept on
// every :Person and :Unit node (see schema_entity_names.cypher).
// Params:  none.
// Columns: none.
DROP INDEX orgraph_names IF EXISTS
