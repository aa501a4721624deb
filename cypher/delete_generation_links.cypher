// Load: deletes up to $limit relationships of the nodes of a generation
// that is not visible (see delete_legacy_keys.cypher, which runs
// first). A relationship between two such nodes is matched from both ends,
// hence DISTINCT.
// Params:  $limit — relationships per transaction.
// Columns: deleted — the number of relationships deleted.
MATCH (n)-[r]-()
WHERE n:OrgraphStaging OR n:OrgraphRetired
WITH DISTINCT r LIMIT $limit
DELETE r
RETURN count(r) AS deleted
