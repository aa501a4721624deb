// What changed: every relationship that may record a change in
// [$first, $last] (org.LinkChanges: a stated start dated startMin..startMax,
// a stated end dated endMin..endMax, a lineage edge dated by its validFrom,
// whose bounds are its date's) and that a source published by knownAt had
// reported, between ends reported by then. Go makes the changes and applies
// org.Window.SelectChange, which decides; this only narrows the rows.
// Params:  $first, $last — the window's first and last day as dates;
//          $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: rel, from, to, title, validFrom, validTo, startMin, startMax,
//          endMin, endMax, inferred,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (a:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(b:Orgraph)
WHERE ((r.validFrom IS NOT NULL AND r.startMin <= $last AND $first <= r.startMax)
    OR (r.validTo IS NOT NULL AND r.endMin <= $last AND $first <= r.endMax))
  AND r.reported <= $known AND a.reported <= $known AND b.reported <= $known
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo,
  r.startMin AS startMin, r.startMax AS startMax, r.endMin AS endMin, r.endMax AS endMax,
  r.inferred AS inferred,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished
