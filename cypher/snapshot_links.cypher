// Snapshot: every relationship between :Orgraph nodes of a type in
// org.Rels (INVOLVES is read back from the events' id lists).
// Params:  none.
// Columns: rel, from, to, title, validFrom, validTo, inferred,
//          sources (list of {document, note, title, published}).
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Orgraph)
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo, r.inferred AS inferred,
  COLLECT {
    UNWIND range(0, size(coalesce(r.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: r.sourceDocs[i]})
    RETURN {document: r.sourceDocs[i], note: r.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
