package cypher_test

import (
	"testing"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// TestReplaceLarge replaces 50,000 people with 50,000 whose every fact
// cites another note, so that every node and relationship is rewritten.
// Replacing a dataset of this size once failed at Neo4j's transaction
// memory limit: it must fit the heap scripts/neo4j.sh gives Neo4j (1 GB)
// and leave exactly the second dataset.
func TestReplaceLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 50,000 people twice")
	}
	s, ctx := setup(t)
	const people = 50_000
	first := storetest.Synthetic(people)
	if err := s.Replace(ctx, first, nil); err != nil {
		t.Fatalf("first Replace of %d people: %v", people, err)
	}
	second := storetest.Synthetic(people)
	revised := []org.Source{{Document: "doc", Title: "Synthetic", Note: "revised"}}
	for i := range second.Links {
		second.Links[i].Sources = revised
	}
	for i := range second.People {
		second.People[i].Sources = revised
	}
	if err := s.Replace(ctx, second, nil); err != nil {
		t.Fatalf("Replace of %d people with %d others: %v", people, people, err)
	}
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	if want := sorted(second); !equalDatasets(got, want) {
		t.Errorf("after the replacement: %d people, %d links; want the second dataset's %d and %d, as written",
			len(got.People), len(got.Links), len(want.People), len(want.Links))
	}
}
