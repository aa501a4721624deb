// Snapshot: every relationship between :Orgraph nodes of a type in
// org.Rels (INVOLVES is read back from the events' id lists).
// Params:  none.
// Columns: rel, from, to, title, validFrom, validTo, startMin, startMax,
//          endMin, endMax, inferred,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Orgraph)
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo,
  r.startMin AS startMin, r.startMax AS startMax, r.endMin AS endMin, r.endMax AS endMax,
  r.inferred AS inferred,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished
