// Relationships of type $rel that start at one of $ids and may hold at some
// time within [$first, $last], in no particular order (Go sorts them).
// Params:  $rel — a relationship type; $ids — start node ids;
//          $first, $last — the window's first and last day as yyyymmdd.
// Columns: rel, from, to, title, validFrom, validTo, inferred,
//          sources (list of {document, note, title, published}).
MATCH (a:Orgraph)-[r:$($rel)]->(b:Orgraph)
WHERE a.id IN $ids AND r.firstDay <= $last AND $first <= r.lastDay
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo, r.inferred AS inferred,
  COLLECT {
    UNWIND range(0, size(coalesce(r.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: r.sourceDocs[i]})
    RETURN {document: r.sourceDocs[i], note: r.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
