// Is orgraph data loaded, and in the graph model this version reads? One
// row when any is loaded, none otherwise.
// Params:  $model — the graph model's name (digestVersion in digest.go).
// Columns: id — some :Orgraph node's id; current — whether the last load's
//          digest names $model (false or null: an earlier version wrote it).
MATCH (n:Orgraph)
WITH n.id AS id
LIMIT 1
OPTIONAL MATCH (m:OrgraphMeta {id: 'orgraph'})
RETURN id, m.digest STARTS WITH $model + ':' AS current
