// Load: deletes up to $limit key nodes (each with its one KEY_OF) of the
// nodes of a generation that is not visible — a staging one that a failed
// or abandoned load left, or the retired one after a switch. First of the
// three deletions that Load repeats, one transaction each, until they
// return 0: keys, then relationships (delete_generation_links.cypher),
// then the nodes (delete_generation.cypher). Each bounds what one
// transaction deletes, relationships included, so memory stays bounded
// even for a document that thousands of facts cite.
// Params:  $limit — key nodes per transaction.
// Columns: deleted — the number of key nodes deleted.
MATCH (n)<-[:KEY_OF]-(k:OrgraphKey)
WHERE n:OrgraphStaging OR n:OrgraphRetired
WITH k LIMIT $limit
DETACH DELETE k
RETURN count(k) AS deleted
