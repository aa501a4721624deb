// Everything Search's in-memory index holds: every visible person and
// unit with its normalized names and the day it was first reported.
// Params:  none.
// Columns: id, name, kind ("person" or "unit"), keys (normalized names),
//          reported (the first day a citing source may have been published).
MATCH (n:OrgraphPerson)
RETURN n.id AS id, n.name AS name, 'person' AS kind, n.keys AS keys, n.reported AS reported
UNION ALL
MATCH (n:OrgraphUnit)
RETURN n.id AS id, n.name AS name, 'unit' AS kind, n.keys AS keys, n.reported AS reported
