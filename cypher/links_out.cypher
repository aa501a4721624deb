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
// Columns: rel, from, to, title, validFrom, validTo, startMin, startMax,
//          endMin, endMax, inferred, seq,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md);
//          node — the end not in $ids, a map with the columns of people.cypher or
//          units.cypher, which a request's later People or Units call then
//          need not read again.
MATCH (a:Orgraph)-[r:$($rel)]->(b:Orgraph)
WHERE a.id IN $ids
  AND r.startMin <= $last AND $first <= r.endMax
  AND (NOT $certain OR CASE WHEN $timeless THEN r.spanKnown
    ELSE r.startMax <= $first AND $last <= r.endMin END)
  AND r.reported <= $known AND a.reported <= $known AND b.reported <= $known
RETURN type(r) AS rel, a.id AS from, b.id AS to, r.title AS title,
  r.validFrom AS validFrom, r.validTo AS validTo,
  r.startMin AS startMin, r.startMax AS startMax, r.endMin AS endMin, r.endMax AS endMax,
  r.inferred AS inferred, r.seq AS seq,
  r.sourceDocs AS sourceDocs, r.sourceNotes AS sourceNotes,
  r.sourceTitles AS sourceTitles, r.sourcePublished AS sourcePublished,
  b {.id, .name, .kind, .aliases, .founded, .dissolved, .existsFrom, .existsTo,
    .sourceDocs, .sourceNotes, .sourceTitles, .sourcePublished} AS node
