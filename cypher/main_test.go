package cypher_test

import (
	"context"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
)

// setup returns a Store on the test database holding fixture().
func setup(t *testing.T) (*cypher.Store, context.Context) {
	t.Helper()
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	if err := s.Replace(ctx, fixture(), nil); err != nil {
		t.Fatalf("Replace(fixture): %v", err)
	}
	return s, ctx
}

// emptied returns a Store on the test database with no orgraph data, and
// a counter (load_test.go) on that database for tests that also run Cypher.
func emptied(t *testing.T) (*cypher.Store, func(q string) int64) {
	t.Helper()
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	if err := s.Replace(t.Context(), &org.Dataset{}, nil); err != nil {
		t.Fatal(err)
	}
	return s, counter(t, d, db)
}
