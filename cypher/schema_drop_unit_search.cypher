// Schema: drops the text index that orgraph before version 2 kept on every
// :Unit node's search property.
// Params:  none.
// Columns: none.
DROP INDEX orgraph_unit_search IF EXISTS
