// Replace, first statement of its transaction: writes the :OrgraphMeta
// node, whose write lock the transaction then holds until it ends, so that
// concurrent loads run one after the other and each reads what the previous
// one committed. Returns the digest of the dataset the last load wrote.
// Params:  none.
// Columns: digest — a hex SHA-256 (see digest in replace.go), or null.
MERGE (m:OrgraphMeta {id: 'orgraph'})
SET m.lockedAt = datetime()
RETURN m.digest AS digest
