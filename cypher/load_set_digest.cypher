// Load, last statement of the switch (or alone, when the data was already
// stored): records what the transaction's data is, so that the next load
// of the same dataset can tell without reading it back; the key of the
// files it came from, if any (load_source.cypher), so that the next load
// of the same files can tell without even parsing them.
// Params:  $digest — the dataset's digest; $source — the files' key, or
//          null.
// Columns: none.
MATCH (m:OrgraphMeta {id: 'orgraph'})
SET m.digest = $digest, m.source = $source
REMOVE m.maxKeyLength
