// The length in runes of the longest normalized name the last load wrote:
// no name shorter than half a query's length can match it (org.Score), so
// Search skips a query longer than twice this without looking up its grams.
// Params:  none.
// Columns: maxKeyLength — null when no load recorded it.
OPTIONAL MATCH (m:OrgraphMeta {id: 'orgraph'})
RETURN m.maxKeyLength AS maxKeyLength
