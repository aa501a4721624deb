// Relationships of type $rel that start at one of $ids and that
// org.Window.Select keeps: they may hold at some time within [$first, $last]
// (their lifespan-clipped start and end bounds, written by the load, say
// so), certainly when $certain, and a source published by knownAt had
// reported them and both their ends. In no particular order (Go sorts them
// and drops the sources published later).
// Params:  $rel — a relationship type; $ids — start node ids;
//          $first, $last — the window's first and last day as dates;
//          $certain — only facts that certainly hold throughout it;
//          $timeless — the window has no bounds (then "certainly" means
//          the span is fully known, spanKnown);
//          $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: link — the relationship's packed property (see packed.go);
//          node — the packed property of the end not in $ids, which a
//          request's later People or Units call then need not read again.
MATCH (a:Orgraph)-[r:$($rel)]->(b:Orgraph)
WHERE a.id IN $ids
  AND r.startMin <= $last AND $first <= r.endMax
  AND (NOT $certain OR CASE WHEN $timeless THEN r.spanKnown
    ELSE r.startMax <= $first AND $last <= r.endMin END)
  AND r.reported <= $known AND a.reported <= $known AND b.reported <= $known
RETURN r.packed AS link, b.packed AS node
