package cypher

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schema lists EnsureSchema's statements in the order they run; the last
// one migrates data, not schema (see migrate_legacy_nodes.cypher). The drops
// come first: they remove what earlier versions of orgraph created on
// labels that other applications use too (:Person, :Unit, :Document,
// :Event), so that their nodes with the same ids can coexist with orgraph's.
var schema = []statement{
	load("schema_drop_person_id"),
	load("schema_drop_unit_id"),
	load("schema_drop_document_id"),
	load("schema_drop_event_id"),
	load("schema_drop_person_search"),
	load("schema_drop_unit_search"),
	load("schema_drop_person_text"),
	load("schema_drop_unit_text"),
	load("schema_drop_names"),
	load("schema_drop_fulltext"),
	load("schema_drop_key"),
	load("schema_drop_key_names"),
	load("schema_person_id"),
	load("schema_unit_id"),
	load("schema_document_id"),
	load("schema_event_id"),
	load("schema_meta_id"),
	load("schema_staging_person_id"),
	load("schema_staging_unit_id"),
	load("schema_staging_event_id"),
	load("schema_staging_document_id"),
	load("schema_orgraph_id"),
	load("schema_keys"),
	load("schema_entity_names"),
	load("migrate_legacy_nodes"),
}

// EnsureSchema creates orgraph's constraints and indexes, those that do not
// exist yet, drops those of earlier versions, and sets aside the nodes that
// earlier versions wrote. Each statement runs in a transaction of its own,
// as Neo4j does not allow schema and data changes in one transaction.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, q := range schema {
		_, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
			return run(ctx, tx, q, nil)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
