// Schema: drops the full-text index on :OrgraphKey nodes' names that
// orgraph before graph model v6 kept; orgraph_entity_names replaced it.
// Params:  none.
// Columns: none.
DROP INDEX orgraph_key_names IF EXISTS
