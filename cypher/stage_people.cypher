// Load, staging: creates the new generation's person nodes, each with one key
// node per normalized name (for lookups by name), with the staging labels
// only, which no read query matches, so readers keep seeing the current
// generation until the switch (switch_promote.cypher).
// Params:  $rows — one map per person: props (property map, id included), keys.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingPerson)
SET n = row.props
WITH n, row
UNWIND row.keys AS key
CREATE (:OrgraphStaging:OrgraphStagingKey {key: key})-[:KEY_OF]->(n)
