// Load, staging: creates the new generation's unit nodes with the staging
// labels and :OrgraphKeyed, as stage_people.cypher does for people.
// The properties are named, not set from the row's map, which would make
// Neo4j buffer every row first (see stage_reports_to.cypher); a null one
// is left unset.
// Params:  $rows — one property map per unit, id included.
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingUnit:OrgraphKeyed {
  id: row.id, name: row.name, kind: row.kind, aliases: row.aliases,
  keys: row.keys, founded: row.founded, dissolved: row.dissolved,
  existsFrom: row.existsFrom, existsTo: row.existsTo,
  sourceDocs: row.sourceDocs, sourceNotes: row.sourceNotes,
  sourceTitles: row.sourceTitles, sourcePublished: row.sourcePublished,
  reported: row.reported, packed: row.packed
})
