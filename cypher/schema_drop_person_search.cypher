// Schema: drops the text index that orgraph before version 2 kept on every
// :Person node's search property.
// Params:  none.
// Columns: none.
DROP INDEX orgraph_person_search IF EXISTS
