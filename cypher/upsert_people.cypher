// Replace, step 2: creates or updates :Person nodes by id; SET = drops the
// properties a row leaves out (null), so the node equals its row.
// Params:  $rows — one property map per person, id included.
// Columns: none.
UNWIND $rows AS row
MERGE (n:Person:Orgraph {id: row.id})
SET n = row
