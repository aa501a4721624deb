// The units with the given ids, those that exist, in no particular order.
// Params:  $ids — unit ids.
// Columns: id, name, kind, aliases, founded, dissolved, existsFrom,
//          existsTo (the lifespan org.Derive worked out),
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
UNWIND $ids AS id
MATCH (n:OrgraphUnit {id: id})
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
