// Load: deletes up to $limit of the :OrgraphKey nodes (each with its one
// KEY_OF relationship) that orgraph before graph model v6 kept, one per
// name of a person or unit. First of the three deletions that Load repeats,
// one transaction each, until they return 0 (then the hidden generations'
// relationships, delete_generation_links.cypher, then their nodes,
// delete_generation.cypher), so that no transaction outgrows memory. Once
// a database has been loaded by this version, there are none.
// Params:  $limit — key nodes per transaction.
// Columns: deleted — the number of key nodes deleted.
MATCH (k:OrgraphKey)
WITH k LIMIT $limit
DETACH DELETE k
RETURN count(k) AS deleted
