// EnsureSchema, data step: orgraph before version 2 kept only sourceDocs
// and sourceNotes on relationships, and its nodes lack the :Orgraph<Kind>
// labels. Until the next load replaces them, such relationships are still
// read through :Orgraph; give them the title and date lists (unknown: "")
// so they decode. Writes nothing once every relationship has them.
// Params:  none.
// Columns: none.
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(:Orgraph)
WHERE NOT a:OrgraphPerson AND NOT a:OrgraphUnit AND r.sourceTitles IS NULL
SET r.sourceTitles = [d IN coalesce(r.sourceDocs, []) | ''],
  r.sourcePublished = [d IN coalesce(r.sourceDocs, []) | ''],
  r.sourceDocs = coalesce(r.sourceDocs, []),
  r.sourceNotes = coalesce(r.sourceNotes, [])
