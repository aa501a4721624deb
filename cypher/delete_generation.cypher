// Load: deletes up to $limit nodes of a generation that is not visible —
// a staging one that a failed or abandoned load left, or the retired one
// after a switch — with their key nodes and relationships. Load repeats
// it, one transaction each, until it returns 0, so memory stays bounded.
// Params:  $limit — nodes per transaction.
// Columns: deleted — the number of nodes deleted, keys not counted.
MATCH (n)
WHERE n:OrgraphStaging OR n:OrgraphRetired
WITH n LIMIT $limit
OPTIONAL MATCH (k:OrgraphKey)-[:KEY_OF]->(n)
DETACH DELETE k, n
RETURN count(DISTINCT n) AS deleted
