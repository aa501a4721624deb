// Waits until every index is online, so that no system is measured while
// Neo4j still populates one.
// Params:  none.
// Columns: none.
CALL db.awaitIndexes(600)
