// A document's page: every relationship that cites $doc, between ends that
// a source published by knownAt had reported. Relationships keep their
// citations as property lists (a relationship cannot point at a document),
// so this scans them all; a document page is rare next to the other
// questions.
// Params:  $doc — a document id; $known — the last day of knownAt, a date
//          (9999-12-31 for none).
// Columns: rel, from, to, title, validFrom, validTo, startMin, startMax,
//          endMin, endMax, inferred, seq,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Orgraph)
WHERE $doc IN r.sourceDocs AND a.reported <= $known AND b.reported <= $known
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo,
  r.startMin AS startMin, r.startMax AS startMax, r.endMin AS endMin, r.endMax AS endMax,
  r.inferred AS inferred, r.seq AS seq,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished
