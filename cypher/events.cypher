// Events that org.Window.SelectEvent keeps: their date range may fall
// within the window [$first, $last] (wholly inside it when $certain), and a
// source published by knownAt had reported them. In no particular order (Go
// sorts them with org.EventOrder and drops the sources published later).
// Params:  $first, $last — the window's first and last day as dates;
//          $certain — only events certainly within the window;
//          $known — the last day of knownAt (date 9999-12-31 for none).
// Columns: id, date, title, unitIds, personIds,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (n:OrgraphEvent)
WHERE n.firstDay <= $last AND $first <= n.lastDay
  AND (NOT $certain OR $first <= n.firstDay AND n.lastDay <= $last)
  AND n.reported <= $known
RETURN n.id AS id, n.date AS date, n.title AS title, n.unitIds AS unitIds, n.personIds AS personIds,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
