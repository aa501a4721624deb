// Snapshot: every document.
// Params:  none.
// Columns: id, language, outlet, published, title, note.
MATCH (d:OrgraphDocument)
RETURN d.id AS id, d.language AS language, d.outlet AS outlet,
  d.published AS published, d.title AS title, d.note AS note
