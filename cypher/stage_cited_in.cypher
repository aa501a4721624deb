// Load, staging: creates CITED_IN relationships from a person, unit or event
// to a document it cites, between the new generation's staging nodes. An id
// may name both a person and a unit, so each row says its start's label,
// and each branch seeks the start through its own staging id index (the
// labels are static, so Neo4j plans index seeks); the document is found
// through the staging document index. Go has checked that every end exists,
// and the count lets it check again. The
// property is named, not set from a map, which would make Neo4j buffer
// every row first (see stage_reports_to.cypher).
// Params:  $rows — one map per relationship: from, fromLabel ('OrgraphPerson',
//          'OrgraphUnit' or 'OrgraphEvent'), to (a document id), props.
// Columns: created — the number of relationships created.
UNWIND $rows AS row
MATCH (b:OrgraphStagingDocument {id: row.to})
CALL (row) {
  MATCH (a:OrgraphStagingPerson {id: row.from}) WHERE row.fromLabel = 'OrgraphPerson'
  RETURN a
  UNION ALL
  MATCH (a:OrgraphStagingUnit {id: row.from}) WHERE row.fromLabel = 'OrgraphUnit'
  RETURN a
  UNION ALL
  MATCH (a:OrgraphStagingEvent {id: row.from}) WHERE row.fromLabel = 'OrgraphEvent'
  RETURN a
}
CREATE (a)-[r:CITED_IN {notes: row.props.notes}]->(b)
RETURN count(r) AS created
