// Snapshot: every person.
// Params:  none.
// Columns: id, name, aliases, sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (n:OrgraphPerson)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
