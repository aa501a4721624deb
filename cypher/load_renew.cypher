// Load, first statement of each later transaction, after load_lock.cypher
// has taken the meta node's write lock: extends the lease if this load
// still holds it. No row means another load took it over (this one was
// too slow): the load must stop, as the other one deletes its staging.
// Params:  $token — this load's id; $seconds — the lease's length.
// Columns: token — $token.
MATCH (m:OrgraphMeta {id: 'orgraph'})
WHERE m.loadToken = $token
SET m.leaseUntil = datetime() + duration({seconds: $seconds})
RETURN m.loadToken AS token
