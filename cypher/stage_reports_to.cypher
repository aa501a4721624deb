// Load, staging: creates REPORTS_TO relationships from Person to Person between the new
// generation's staging nodes, found through the staging id indexes. The
// type and labels are static so that Neo4j plans one index seek per end;
// the properties are named rather than set from the row's map (SET r +=
// row.props), which would make Neo4j buffer every row first (an Eager
// operator: a map could hold any property, the seeks' id included). Go
// has checked that every end exists, and the count lets it check again.
// Params:  $rows — one map per relationship: from, to (ids), props (the properties
//          below; a null one is left unset).
// Columns: created — the number of relationships created.
UNWIND $rows AS row
MATCH (a:OrgraphStagingPerson {id: row.from})
MATCH (b:OrgraphStagingPerson {id: row.to})
CREATE (a)-[r:REPORTS_TO {
  validFrom: row.props.validFrom, validTo: row.props.validTo,
  startMin: row.props.startMin, startMax: row.props.startMax,
  endMin: row.props.endMin, endMax: row.props.endMax,
  spanKnown: row.props.spanKnown, inferred: row.props.inferred,
  seq: row.props.seq, sourceDocs: row.props.sourceDocs,
  sourceNotes: row.props.sourceNotes, sourceTitles: row.props.sourceTitles,
  sourcePublished: row.props.sourcePublished, reported: row.props.reported,
  packed: row.props.packed
}]->(b)
RETURN count(r) AS created
