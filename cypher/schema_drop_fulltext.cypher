// Schema: drops the full-text index that orgraph before version 4 kept on
// the :OrgraphPerson and :OrgraphUnit nodes, which the switch relabels (see
// schema_names.cypher for the one on the key nodes that replaces it).
// Params:  none.
// Columns: none.
DROP INDEX orgraph_fulltext IF EXISTS
