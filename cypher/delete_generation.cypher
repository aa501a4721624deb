// Load: deletes up to $limit nodes of a generation that is not visible, the
// last of three deletions (see delete_legacy_keys.cypher): by now they
// have no relationships left, unless another application linked to them,
// which DETACH takes care of.
// Params:  $limit — nodes per transaction.
// Columns: deleted — the number of nodes deleted.
MATCH (n)
WHERE n:OrgraphStaging OR n:OrgraphRetired
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS deleted
