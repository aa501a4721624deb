// Events whose date may fall within the window [$first, $last], in no
// particular order (Go sorts them with org.EventOrder).
// Params:  $first, $last — the window's first and last day as yyyymmdd.
// Columns: id, date, title, unitIds, personIds, sources (list of {document, note, title, published}).
MATCH (e:Event:Orgraph)
WHERE e.firstDay <= $last AND $first <= e.lastDay
RETURN e.id AS id, e.date AS date, e.title AS title, e.unitIds AS unitIds, e.personIds AS personIds,
  COLLECT {
    UNWIND range(0, size(coalesce(e.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: e.sourceDocs[i]})
    RETURN {document: e.sourceDocs[i], note: e.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
