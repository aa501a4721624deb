// Schema: drops the text index on :OrgraphUnit(search) that served search
// by CONTAINS until search moved to an in-memory index (package search):
// it costs every load's switch an index update per relabelled node.
// Params:  none.
// Columns: none.
DROP INDEX orgraph_unit_text IF EXISTS
