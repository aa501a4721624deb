// A document's page: every event that cites $doc, found through its
// CITED_IN relationship to the document.
// Params:  $doc — a document id.
// Columns: id, date, title, unitIds, personIds,
//          sourceDocs, sourceNotes, sourceTitles, sourcePublished — parallel lists
//          (see README.md).
MATCH (n:OrgraphEvent)-[:CITED_IN]->(:OrgraphDocument {id: $doc})
RETURN n.id AS id, n.date AS date, n.title AS title, n.unitIds AS unitIds, n.personIds AS personIds,
  n.sourceDocs AS sourceDocs, n.sourceNotes AS sourceNotes,
  n.sourceTitles AS sourceTitles, n.sourcePublished AS sourcePublished
