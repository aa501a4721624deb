package graph_test

import (
	"fmt"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/storetest"
	"github.com/orgraph/orgraph/storetest/questions"
)

// TestStatementsPerRequest counts the Cypher statements that nested
// GraphQL requests cost on Neo4j, over the synthetic org (a four-way
// reporting tree where every fact holds in 2018, one unit per ten people
// and a four-way tree of units, each unit headed by ten people), for
// entities whose answers differ in size: the count follows from the
// query's shape (one statement for the name, which brings the links four
// levels of the query ask for, then one per reporting chain or lineage)
// and must not grow with the answer.
func TestStatementsPerRequest(t *testing.T) {
	d, db := cyphertest.Driver(t)
	if err := cypher.New(d, db).Replace(t.Context(), storetest.Synthetic(1_000), nil); err != nil {
		t.Fatalf("loading the synthetic org: %v", err)
	}
	ran := &cyphertest.Log{}
	h := serve(cypher.New(cyphertest.Watch(d, ran.Add), db), quiet)
	tests := []struct {
		name, query string
		size        string            // a path of the answer, whose size differs by entity
		sizes       map[string]string // entity → how many values size holds
		want        int
	}{{
		name:  "reports of reports",
		query: `{ person(name: %q) { directReports(at: "2018") { person { name directReports(at: "2018") { person { name } } } } } }`,
		size:  "person.directReports[].person.directReports[].person.name",
		// Person 0's reports are 1–4, theirs 5–20; Person 62's are
		// 249–252, and only 997–999 of theirs exist; Person 100's
		// (401–404) have none.
		sizes: map[string]string{"Person 0": "16", "Person 62": "3", "Person 100": "0"},
		want:  1, // the name with its reports and theirs
	}, {
		name: "reports of reports with their roles",
		query: `{ person(name: %q) { directReports(at: "2018") { person { name roles(at: "2018") { title unit { name } }
			directReports(at: "2018") { person { name roles(at: "2018") { title unit { name } } } } } } } }`,
		size:  "person.directReports[].person.directReports[].person.roles[].unit.name",
		sizes: map[string]string{"Person 0": "16", "Person 62": "3"},
		want:  1, // the name with four levels of links
	}, {
		name:  "reporting chain",
		query: `{ person(name: %q) { name reportingChain(at: "2018") { name } } }`,
		size:  "person.reportingChain[].name",
		// Person 999 → 249 → 62 → 15 → 3 → 0; Person 5 → 1 → 0.
		sizes: map[string]string{"Person 999": "5", "Person 5": "2"},
		want:  2, // the name; the chain with its people
	}, {
		name:  "a unit's children with their heads",
		query: `{ unit(name: %q) { children(at: "2018") { name heads(at: "2018") { title person { name } } } } }`,
		size:  "unit.children[].heads[].person.name",
		// Unit 0's children are units 1–4, Unit 24's 97–99; ten heads each.
		sizes: map[string]string{"Unit 0": "40", "Unit 24": "30"},
		want:  1, // the name with its children and their heads
	}}
	for _, tt := range tests {
		for entity, size := range tt.sizes {
			t.Run(tt.name+"/"+entity, func(t *testing.T) {
				ran.Take()
				r := questions.Ask(t, h, fmt.Sprintf(tt.query, entity))
				if len(r.Errors) > 0 {
					t.Fatal(r.Errors)
				}
				if got := fmt.Sprint(len(questions.Pluck(r.Data, tt.size))); got != size {
					t.Fatalf("%s holds %s values, want %s", tt.size, got, size)
				}
				stmts := ran.Take()
				txs := map[int64]bool{}
				for _, s := range stmts {
					txs[s.Tx] = true
				}
				if len(stmts) != tt.want {
					t.Errorf("%d statements, want %d", len(stmts), tt.want)
				}
				t.Logf("%d statements in %d transactions", len(stmts), len(txs))
			})
		}
	}
}
