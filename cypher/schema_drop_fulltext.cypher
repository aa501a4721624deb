// Schema: drops the full-text index that orgraph before version 4 kept on
// the :OrgraphPerson and :OrgraphUnit nodes, which the switch relabels (see
// schema_entity_names.cypher for the one that replaces it).
// Params:  none.
// Columns: none.
DROP INDEX orgraph_fulltext IF EXISTS
