// Events whose date may fall within the window [$first, $last], in no
// particular order (Go sorts them with org.EventOrder).
// Params:  $first, $last — the window's first and last day as yyyymmdd.
// Columns: id, date, title, unitIds, personIds, sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (n:OrgraphEvent)
WHERE n.firstDay <= $last AND $first <= n.lastDay
RETURN n.id AS id, n.date AS date, n.title AS title, n.unitIds AS unitIds, n.personIds AS personIds,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
