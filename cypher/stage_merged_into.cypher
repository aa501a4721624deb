// Load, staging: creates MERGED_INTO relationships from Unit to Unit between the new
// generation's staging nodes, found through the staging id constraints'
// indexes. The type and labels are static so that Neo4j plans one index
// seek per end; Go has checked that every end exists, and the count lets
// it check again.
// Params:  $rows — one map per relationship: from, to (ids), props.
// Columns: created — the number of relationships created.
UNWIND $rows AS row
MATCH (a:OrgraphStagingUnit {id: row.from})
MATCH (b:OrgraphStagingUnit {id: row.to})
CREATE (a)-[r:MERGED_INTO]->(b)
SET r += row.props
RETURN count(r) AS created
