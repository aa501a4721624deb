// Schema: serves entity_by_key.cypher: one
// :OrgraphKey node per normalized name of a person or unit. Neo4j indexes
// no list membership, so the keys are nodes rather than a list property.
// Params:  none.
// Columns: none.
CREATE INDEX orgraph_key IF NOT EXISTS
FOR (k:OrgraphKey) ON (k.key)
