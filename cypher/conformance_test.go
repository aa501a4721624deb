package cypher_test

import (
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// TestConformance runs the suite every store passes on a real Neo4j: the
// document questions through the HTTP API and the oracle comparison on
// random histories, each loaded with Replace.
func TestConformance(t *testing.T) {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	if err := s.EnsureSchema(t.Context()); err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, func(t testing.TB, ds *org.Dataset) org.Store {
		if err := s.Replace(t.Context(), ds, nil); err != nil {
			t.Fatalf("Replace: %v", err)
		}
		return s
	})
}
