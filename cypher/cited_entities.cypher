// A document's page: the ids of the people and of the units whose own
// sources cite $doc, found through their CITED_IN relationships to it (an
// index seek on the document, then its few relationships, not a scan).
// Params:  $doc — a document id.
// Columns: people, units — lists of ids.
OPTIONAL MATCH (d:OrgraphDocument {id: $doc})
OPTIONAL MATCH (p:OrgraphPerson)-[:CITED_IN]->(d)
WITH d, collect(p.id) AS people
OPTIONAL MATCH (u:OrgraphUnit)-[:CITED_IN]->(d)
RETURN people, collect(u.id) AS units
