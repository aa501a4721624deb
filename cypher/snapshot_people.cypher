// Snapshot: every person.
// Params:  none.
// Columns: id, name, aliases, sources (list of {document, note, title, published}).
MATCH (n:Person:Orgraph)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases,
  COLLECT {
    UNWIND range(0, size(coalesce(n.sourceDocs, [])) - 1) AS i
    OPTIONAL MATCH (d:Document:Orgraph {id: n.sourceDocs[i]})
    RETURN {document: n.sourceDocs[i], note: n.sourceNotes[i], title: d.title, published: d.published}
    ORDER BY i
  } AS sources
