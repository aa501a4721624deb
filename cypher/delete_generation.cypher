// Load: deletes up to $limit nodes of a generation that is not visible —
// a staging one that a failed or abandoned load left, or the retired one
// after a switch — with their relationships. Load repeats it, one
// transaction each, until it returns 0, so memory stays bounded.
// Params:  $limit — nodes per transaction.
// Columns: deleted — the number of nodes deleted.
MATCH (n)
WHERE n:OrgraphStaging OR n:OrgraphRetired
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
