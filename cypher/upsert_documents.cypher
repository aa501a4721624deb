// Replace: creates or updates orgraph's :Document nodes by id; SET = drops the
// properties a row leaves out (null), so the node equals its row.
// Params:  $rows — one property map per document, id included.
// Columns: none.
UNWIND $rows AS row
MERGE (n:Document:Orgraph:OrgraphDocument {id: row.id})
SET n = row
