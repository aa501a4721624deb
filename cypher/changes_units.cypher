// What changed: every unit with a lifespan start or end (org.UnitChanges)
// that a source published by knownAt had reported. Go dates the changes
// from existsFrom/existsTo and applies org.Window.SelectChange.
// Params:  $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: id, name, kind, aliases, founded, dissolved, existsFrom,
//          existsTo, sourceDocs, sourceNotes, sourceTitles,
//          sourcePublished — parallel lists (see README.md).
MATCH (n:OrgraphUnit)
WHERE (n.existsFrom IS NOT NULL OR n.existsTo IS NOT NULL) AND n.reported <= $known
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  n.founded AS founded, n.dissolved AS dissolved, n.existsFrom AS existsFrom, n.existsTo AS existsTo,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
