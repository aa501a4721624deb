// Load, staging: creates the new generation's event nodes with the staging
// labels only, which no read query matches, so readers keep seeing the
// current generation until the switch (switch_promote.cypher).
// The properties are named, not set from the row's map, which would make
// Neo4j buffer every row first (see stage_reports_to.cypher); a null one
// is left unset.
// Params:  $rows — one property map per event, id included.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingEvent {
  id: row.id, name: row.name, date: row.date, title: row.title,
  firstDay: row.firstDay, lastDay: row.lastDay, unitIds: row.unitIds,
  personIds: row.personIds, sourceDocs: row.sourceDocs,
  sourceNotes: row.sourceNotes, sourceTitles: row.sourceTitles,
  sourcePublished: row.sourcePublished, reported: row.reported
})
