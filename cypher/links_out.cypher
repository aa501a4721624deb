// Relationships of type $rel that start at one of $ids and may hold at some
// time within [$first, $last], in no particular order (Go sorts them).
// Params:  $rel — a relationship type; $ids — start node ids;
//          $first, $last — the window's first and last day as yyyymmdd.
// Columns: rel, from, to, title, validFrom, validTo, inferred,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (a:Orgraph)-[r:$($rel)]->(b:Orgraph)
WHERE a.id IN $ids AND r.firstDay <= $last AND $first <= r.lastDay
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo, r.inferred AS inferred,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished
