package cypher_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// TestMain checks, after a full run against Neo4j, that the tests ran every
// query file: an unexercised file is an untested one.
func TestMain(m *testing.M) {
	code := m.Run()
	all := flag.Lookup("test.run").Value.String() == "" && flag.Lookup("test.skip").Value.String() == ""
	if code == 0 && all && os.Getenv("NEO4J_URI") != "" {
		if got, want := cypher.QueriesRan(), cypher.QueryNames(); !slices.Equal(got, want) {
			fmt.Printf("query files run:\n  %v\nwant every embedded file:\n  %v\n", got, want)
			code = 1
		}
	}
	os.Exit(code)
}

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
