// Load, staging: creates the new generation's document nodes with the staging
// labels only, which no read query matches, so readers keep seeing the
// current generation until the switch (switch_promote.cypher).
// The properties are named, not set from the row's map, which would make
// Neo4j buffer every row first (see stage_reports_to.cypher); a null one
// is left unset.
// Params:  $rows — one property map per document, id included.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingDocument {
  id: row.id, name: row.name, language: row.language, outlet: row.outlet,
  published: row.published, title: row.title, note: row.note
})
