// Is any orgraph data loaded? One row when it is, none otherwise.
// Params: none.
// Columns: id — some :Orgraph node's id.
MATCH (n:Orgraph)
RETURN n.id AS id
LIMIT 1
