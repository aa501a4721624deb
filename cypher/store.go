// Package cypher is orgraph's Neo4j Store. Its statements live in the
// embedded *.cypher files, one per file and parameters only; README.md
// describes the graph model for people who browse it in Neo4j Browser.
package cypher

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// Store answers org.Store questions from a Neo4j database. Every call runs
// in a managed transaction of the right access mode, so the driver routes
// it correctly on clusters and Aura and retries what is safe to retry.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	search   *searchCache // see search.go
}

var _ org.Store = (*Store)(nil)

// New returns a Store on driver's database ("" for the server's default).
// The caller owns the driver and closes it.
func New(driver neo4j.DriverWithContext, database string) *Store {
	return &Store{driver: driver, database: database, search: newSearchCache()}
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode})
}

// readTx runs work in one read transaction.
func readTx[T any](ctx context.Context, s *Store, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, work)
	return v, wrap(err)
}

// writeTx runs work in one write transaction: all of it or none of it.
func writeTx[T any](ctx context.Context, s *Store, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteWrite(ctx, sess, work)
	return v, wrap(err)
}

// run runs a statement inside tx and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, q statement, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q.text, params)
	if err == nil {
		var recs []*neo4j.Record
		if recs, err = res.Collect(ctx); err == nil {
			return recs, nil
		}
	}
	return nil, runError(err)
}

// runError is a failed statement's error, with Neo4j's memory limit said
// as what it is.
func runError(err error) error {
	if code, ok := memoryLimit(err); ok {
		return memoryError(code)
	}
	return err
}

// read runs one statement in its own read transaction.
func (s *Store) read(ctx context.Context, q statement, params map[string]any) ([]*neo4j.Record, error) {
	return readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		return run(ctx, tx, q, params)
	})
}

// Ready reports whether Neo4j answers and holds orgraph data in the graph
// model this version reads: data an earlier version wrote lacks what the
// queries filter on (the time bounds, reported days), so serving it would
// answer wrongly, not fail.
func (s *Store) Ready(ctx context.Context) error {
	recs, err := s.read(ctx, qReady, map[string]any{"model": digestVersion})
	if err != nil {
		if org.ErrorCode(err) == org.Unavailable {
			return err
		}
		// Whatever else went wrong, the store cannot serve.
		return org.Wrap(err, org.Unavailable, "neo4j is unavailable: query failed")
	}
	if len(recs) == 0 {
		return org.Errorf(org.Unavailable, "no orgraph data loaded; run orgraph load")
	}
	if current, _ := recs[0].Get("current"); current != true {
		return org.Errorf(org.Unavailable, "the orgraph data was written by an earlier version of orgraph; run orgraph load")
	}
	return nil
}
