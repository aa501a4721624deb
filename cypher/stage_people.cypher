// Load, staging: creates the new generation's person nodes with the staging
// labels, which no read query matches, so readers keep seeing the current
// generation until the switch (switch_promote.cypher), and :OrgraphKeyed,
// which no load ever removes: the full-text indexes on names
// (schema_keys.cypher, schema_entity_names.cypher) cover that label, so
// the switch, which only changes the other labels, leaves them untouched.
// The properties are named, not set from the row's map, which would make
// Neo4j buffer every row first (see stage_reports_to.cypher); a null one
// is left unset.
// Params:  $rows — one property map per person, id included.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingPerson:OrgraphKeyed {
  id: row.id, name: row.name, aliases: row.aliases, keys: row.keys,
  sourceDocs: row.sourceDocs, sourceNotes: row.sourceNotes,
  sourceTitles: row.sourceTitles, sourcePublished: row.sourcePublished,
  reported: row.reported, packed: row.packed
})
