// Load, staging: creates INVOLVES relationships from Event to Person between the new
// generation's staging nodes, found through the staging id indexes. The type and labels are static so that Neo4j plans one index
// seek per end; Go has checked that every end exists, and the count lets
// it check again.
// Params:  $rows — one map per relationship: from, to (ids); INVOLVES has
//          no properties.
// Columns: created — the number of relationships created.
UNWIND $rows AS row
MATCH (a:OrgraphStagingEvent {id: row.from})
MATCH (b:OrgraphStagingPerson {id: row.to})
CREATE (a)-[r:INVOLVES]->(b)
RETURN count(r) AS created
