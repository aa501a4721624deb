// Waits until every index is online, so that no system is measured while
// Neo4j still populates one, and until the eventually consistent full-text
// index orgraph_entity_names, which search (g) reads, holds every commit.
// Params:  none.
// Columns: none.
CALL db.awaitIndexes(600)
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
