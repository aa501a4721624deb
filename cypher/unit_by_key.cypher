// The unit one of whose normalized names (org.Normalize of the name or an
// alias) is $key, found through the orgraph_key index; no row when none
// is, the smallest id when several are.
// Params:  $key — a normalized name.
// Columns: id, name, kind, aliases, founded, dissolved, existsFrom,
//          existsTo (the lifespan org.Derive worked out),
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (:OrgraphKey {key: $key})-[:KEY_OF]->(n:OrgraphUnit)
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
ORDER BY id
LIMIT 1
