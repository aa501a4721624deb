// Load, first transaction, after load_lock.cypher has taken the meta
// node's write lock: takes the load lease for $token unless another load
// holds one that has not expired. A load runs in several transactions and
// renews the lease in each (load_renew.cypher), so that loads run one after
// another; a crashed load's lease expires.
// Params:  $token — this load's random id; $seconds — the lease's length.
// Columns: digest — of the dataset the last load wrote, or null;
//          source — the key of the files it came from, or null;
//          no row when another load holds the lease.
MATCH (m:OrgraphMeta {id: 'orgraph'})
WHERE m.loadToken IS NULL OR m.leaseUntil < datetime()
SET m.loadToken = $token, m.leaseUntil = datetime() + duration({seconds: $seconds})
RETURN m.digest AS digest, m.source AS source
