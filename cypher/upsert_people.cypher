// Replace: creates or updates orgraph's :Person nodes by id (SET = drops the
// properties a row leaves out, so the node equals its row), and gives each
// one :OrgraphKey node per normalized name, for lookups by name.
// delete_keys.cypher has removed the previous keys.
// Params:  $rows — one map per person: props (property map, id included), keys.
// Columns: none.
UNWIND $rows AS row
MERGE (n:Person:Orgraph:OrgraphPerson {id: row.props.id})
SET n = row.props
WITH n, row
UNWIND row.keys AS key
CREATE (:OrgraphKey {key: key})-[:KEY_OF]->(n)
