// A document's page: every relationship that cites $doc, between ends that
// a source published by knownAt had reported. Relationships keep their
// citations as property lists (a relationship cannot point at a document),
// so this scans them all; a document page is rare next to the other
// questions.
// Params:  $doc — a document id; $known — the last day of knownAt, a date
//          (9999-12-31 for none).
// Columns: link — the relationship's packed property (see packed.go).
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Orgraph)
WHERE $doc IN r.sourceDocs AND a.reported <= $known AND b.reported <= $known
RETURN r.packed AS link
