package cypher

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EnsureSchema creates orgraph's constraints and indexes, those that do not
// exist yet: every schema_*.cypher file. Each runs in a transaction of its
// own, as Neo4j does not allow schema and data changes in one transaction.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, name := range queryNames() {
		if !strings.HasPrefix(name, "schema_") {
			continue
		}
		_, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
			return run(ctx, tx, name, nil)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
