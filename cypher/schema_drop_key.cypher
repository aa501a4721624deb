// Schema: drops the range index on :OrgraphKey(key) that orgraph before
// graph model v6 kept, one key node per name; orgraph_keys replaced it.
// Params:  none.
// Columns: none.
DROP INDEX orgraph_key IF EXISTS
