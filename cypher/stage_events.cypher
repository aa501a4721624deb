// Load, staging: creates the new generation's event nodes with the staging
// labels only, which no read query matches, so readers keep seeing the
// current generation until the switch (switch_promote.cypher).
// Params:  $rows — one property map per event, id included.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingEvent)
SET n += row
