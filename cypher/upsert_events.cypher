// Replace: creates or updates orgraph's :Event nodes by id; SET = drops the
// properties a row leaves out (null), so the node equals its row.
// Params:  $rows — one property map per event, id included.
// Columns: none.
UNWIND $rows AS row
MERGE (n:Event:Orgraph:OrgraphEvent {id: row.id})
SET n = row
