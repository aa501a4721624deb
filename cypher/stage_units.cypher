// Load, staging: creates the new generation's unit nodes with the staging
// labels only, which no read query matches, so readers keep seeing the
// current generation until the switch (switch_promote.cypher). Each gets
// one :OrgraphKey node per normalized name, for lookups by name, already
// with the visible label: a lookup only finds a key's unit through a
// visible label, so the switch need not relabel the keys. A key node also
// holds the spellings that normalize to it, for the full-text index
// orgraph_key_names (schema_names.cypher).
// The properties are named, not set from the row's map, which would make
// Neo4j buffer every row first (see stage_reports_to.cypher); a null one
// is left unset.
// Params:  $rows — one map per unit: props (property map, id included),
//          keys, names (names[i]: the spellings of keys[i]).
// Columns: none.
UNWIND $rows AS row
CREATE (n:OrgraphStaging:OrgraphStagingUnit {
  id: row.props.id, name: row.props.name, kind: row.props.kind,
  aliases: row.props.aliases, keys: row.props.keys,
  founded: row.props.founded, dissolved: row.props.dissolved,
  existsFrom: row.props.existsFrom, existsTo: row.props.existsTo,
  sourceDocs: row.props.sourceDocs, sourceNotes: row.props.sourceNotes,
  sourceTitles: row.props.sourceTitles,
  sourcePublished: row.props.sourcePublished, reported: row.props.reported,
  packed: row.props.packed
})
FOREACH (i IN range(0, size(row.keys) - 1) |
  CREATE (:OrgraphKey {key: row.keys[i], names: row.names[i]})-[:KEY_OF]->(n))
