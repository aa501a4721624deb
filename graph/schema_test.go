package graph_test

import (
	"strings"
	"testing"

	"github.com/orgraph/orgraph/graph"
)

// TestEveryArgumentDescribed reads the executable schema as clients see it
// through introspection: every argument of every field says what it means.
func TestEveryArgumentDescribed(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema()
	args := 0
	for name, typ := range schema.Types {
		if strings.HasPrefix(name, "__") {
			continue
		}
		for _, f := range typ.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue // __type, __schema: the spec's own
			}
			for _, a := range f.Arguments {
				args++
				if strings.TrimSpace(a.Description) == "" {
					t.Errorf("%s.%s(%s) has no description", name, f.Name, a.Name)
				}
			}
		}
	}
	if args < 30 {
		t.Fatalf("found %d arguments; the schema has more", args)
	}
}
