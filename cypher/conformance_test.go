package cypher_test

import (
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
	"github.com/orgraph/orgraph/storetest/questions"
)

// replaced returns a Store on the test database; each call of the function
// it returns makes the database hold exactly ds, with Replace.
func replaced(t *testing.T) func(t testing.TB, ds *org.Dataset) org.Store {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	return func(t testing.TB, ds *org.Dataset) org.Store {
		if err := s.Replace(t.Context(), ds, nil); err != nil {
			t.Fatalf("Replace: %v", err)
		}
		return s
	}
}

// TestConformance runs the suite every store passes on a real Neo4j: the
// contract's cases, then the oracle comparison on the built-in dataset and
// on random histories, each loaded with Replace.
func TestConformance(t *testing.T) {
	storetest.Run(t, replaced(t), questions.Seeds(t))
}

// TestQuestions asks the document questions of Neo4j holding the built-in
// dataset, through the HTTP API.
func TestQuestions(t *testing.T) {
	questions.RunStore(t, replaced(t)(t, questions.Seeds(t)))
}
