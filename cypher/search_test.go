package cypher_test

import (
	"reflect"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
)

// TestSearchFollowsLoads checks that the search index each Store keeps in
// memory follows the loads, its own and another server's: two Stores on one
// Neo4j both search, then one of them loads a dataset in which Alice is
// renamed, and both must answer from the new names at once.
func TestSearchFollowsLoads(t *testing.T) {
	loader, ctx := setup(t)
	d, db := cyphertest.Driver(t)
	other := cypher.New(d, db) // another `orgraph serve` on the same database
	alice := func(name string) []org.SearchHit {
		return []org.SearchHit{{ID: "alice", Name: name, Kind: "person", Score: 1}}
	}
	renamed := fixture()
	renamed.People[0].Name, renamed.People[0].Aliases = "Alicia Chen", nil

	steps := []struct {
		name string
		load *org.Dataset // nil: no load before searching
		text string
		want []org.SearchHit
	}{
		{"before", nil, "Alice Wang", alice("Alice Wang")},
		{"alias before", nil, "艾丽丝", alice("Alice Wang")},
		{"new name after the load", renamed, "Alicia Chen", alice("Alicia Chen")},
		{"old alias after the load", nil, "艾丽丝", []org.SearchHit{}},
		{"back", fixture(), "艾丽丝", alice("Alice Wang")},
	}
	for _, st := range steps {
		if st.load != nil {
			if err := loader.Replace(ctx, st.load, nil); err != nil {
				t.Fatalf("Replace: %v", err)
			}
		}
		for name, s := range map[string]*cypher.Store{"loading server": loader, "other server": other} {
			t.Run(st.name+"/"+name, func(t *testing.T) {
				got, err := s.Search(ctx, st.text, 1, org.Date{})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, st.want) {
					t.Errorf("Search(%q) got %+v, want %+v", st.text, got, st.want)
				}
			})
		}
	}
}
