package main

import (
	"os"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// Every orgraph query of the bench must validate against orgraph's schema,
// and every peer query must at least parse (the peer's schema is generated
// by the library at run time), so that a typo fails here rather than as a
// column of errors in RESULTS.md.
func TestQueriesParse(t *testing.T) {
	sdl, err := os.ReadFile("../graph/schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(sdl)})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range questions {
		t.Run(q.Key, func(t *testing.T) {
			if _, errs := gqlparser.LoadQuery(schema, q.Graphql); len(errs) > 0 {
				t.Errorf("orgraph query: %v", errs)
			}
			if q.Peer != "" {
				if _, err := parser.ParseQuery(&ast.Source{Input: q.Peer}); err != nil {
					t.Errorf("peer query: %v", err)
				}
			}
			if q.Peer == "" && q.PeerNote == "" {
				t.Errorf("a question the peer cannot express needs a note saying why")
			}
		})
	}
}

// Every question's raw Cypher files exist, and each declares its
// parameters and its columns, including n, which the answer size sums.
func TestRawCypherFiles(t *testing.T) {
	for _, q := range questions {
		for _, name := range []string{q.RawID, q.RawName} {
			if name == "" {
				continue
			}
			t.Run(name, func(t *testing.T) {
				b, err := cypherFiles.ReadFile("cypher/" + name + ".cypher")
				if err != nil {
					t.Fatal(err)
				}
				text := string(b)
				for _, want := range []string{"// Params:", "// Columns:", " AS n"} {
					if !strings.Contains(text, want) {
						t.Errorf("got no %q in %s.cypher", want, name)
					}
				}
			})
		}
	}
}

func TestMisspell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Person 123", "Perosn 123"},
		{"Dai Shan", "Dai hSan"},
		{"Xuande", "Xuadne"},
		{"ab", "ab"}, // nothing to swap beside the middle
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := misspell(tt.in); got != tt.want {
				t.Errorf("misspell(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
