// Replace, last statement: records what the transaction's data is, so that
// the next load of the same dataset can tell without reading it back, and
// the longest normalized name, which bounds search (see search_limit.cypher).
// Params:  $digest — the dataset's digest; $maxKeyLength — in runes.
// Columns: none.
MATCH (m:OrgraphMeta {id: 'orgraph'})
SET m.digest = $digest, m.maxKeyLength = $maxKeyLength
