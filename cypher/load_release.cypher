// Load, last: gives the lease up, if this load still holds it, so the next
// load need not wait for it to expire.
// Params:  $token — this load's id.
// Columns: none.
MATCH (m:OrgraphMeta {id: 'orgraph'})
WHERE m.loadToken = $token
REMOVE m.loadToken, m.leaseUntil
