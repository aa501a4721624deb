package cypher_test

import (
	"context"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// setup returns a Store on the test database holding fixture().
func setup(t *testing.T) (*cypher.Store, context.Context) {
	t.Helper()
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	if err := s.Replace(ctx, fixture(), nil); err != nil {
		t.Fatalf("Replace(fixture): %v", err)
	}
	return s, ctx
}
