// A document's page: the ids of the people and of the units whose own
// sources cite $doc.
// Params:  $doc — a document id.
// Columns: people, units — lists of ids.
OPTIONAL MATCH (p:OrgraphPerson) WHERE $doc IN p.sourceDocs
WITH collect(p.id) AS people
OPTIONAL MATCH (u:OrgraphUnit) WHERE $doc IN u.sourceDocs
RETURN people, collect(u.id) AS units
