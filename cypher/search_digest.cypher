// Which dataset is loaded: Search reads it before every search and
// rebuilds its in-memory index (search_entries.cypher) when it changed.
// One seek on the :OrgraphMeta id constraint's index.
// Params:  none.
// Columns: digest — the last load's digest; no row when nothing was loaded.
MATCH (m:OrgraphMeta {id: 'orgraph'})
RETURN m.digest AS digest
