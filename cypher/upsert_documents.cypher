// Replace, step 2: creates or updates :Document nodes by id; SET = drops the
// properties a row leaves out (null), so the node equals its row.
// Params:  $rows — one property map per document, id included.
// Columns: none.
UNWIND $rows AS row
MERGE (n:Document:Orgraph {id: row.id})
SET n = row
