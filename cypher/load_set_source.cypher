// Load, alone in its transaction: records the key of the files a load read
// (see load_source.cypher) when the database already held their data,
// written from other files (e.g. in another order).
// Params:  $source — the files' key.
// Columns: none.
MATCH (m:OrgraphMeta {id: 'orgraph'})
SET m.source = $source
