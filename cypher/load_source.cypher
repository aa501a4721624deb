// Load, before anything else when loading from files: what the last load
// recorded of the files it wrote (see load_set_digest.cypher), so that an
// unchanged dataset needs no parsing. No row before the first load.
// Params:  none.
// Columns: source — the recorded key, or null.
MATCH (m:OrgraphMeta {id: 'orgraph'})
RETURN m.source AS source
