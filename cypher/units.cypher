// The units with the given ids, those that exist, in no particular order.
// Params:  $ids — unit ids.
// Columns: id, name, kind, aliases, sources (list of {document, note, title, published}).
UNWIND $ids AS id
MATCH (n:Unit:Orgraph {id: id})
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases,
  COLLECT {
    UNWIND range(0, size(coalesce(n.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: n.sourceDocs[i]})
    RETURN {document: n.sourceDocs[i], note: n.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
