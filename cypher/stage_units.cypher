// Load, staging: creates the new generation's unit nodes with the staging
// labels only, which no read query matches, so readers keep seeing the
// current generation until the switch (switch_promote.cypher). Each gets
// one :OrgraphKey node per normalized name, for lookups by name, already
// with the visible label: a lookup only finds a key's unit through a
// visible label, so the switch need not relabel the keys.
// Params:  $rows — one map per unit: props (property map, id included), keys.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingUnit)
SET n += row.props
FOREACH (key IN row.keys |
  CREATE (:OrgraphKey {key: key})-[:KEY_OF]->(n))
