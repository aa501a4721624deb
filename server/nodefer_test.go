package server_test

import (
	"strings"
	"testing"

	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest/questions"
)

// A deferred fragment used to come back null with "hasNext": true and
// never arrive, as orgraph answers in one response; now it is refused by
// name, and a fragment that @defer(if: false) leaves in place is answered.
func TestDeferIsRefused(t *testing.T) {
	const frag = ` fragment N on Person { name }`
	tests := []struct {
		name    string
		query   string
		vars    map[string]any
		refused bool
	}{
		{"inline fragment", `{ person(name: "岱山") { ... @defer { name } } }`, nil, true},
		{"fragment spread", `{ person(name: "岱山") { ...N @defer } }` + frag, nil, true},
		{"inside a named fragment", `{ person(name: "岱山") { ...M } } fragment M on Person { ... @defer(label: "x") { name } }`, nil, true},
		{"if a variable that is true", `query($d: Boolean!) { person(name: "岱山") { ...N @defer(if: $d) } }` + frag, map[string]any{"d": true}, true},
		{"if false", `{ person(name: "岱山") { ... @defer(if: false) { name } } }`, nil, false},
		{"if a variable that is false", `query($d: Boolean!) { person(name: "岱山") { ...N @defer(if: $d) } }` + frag, map[string]any{"d": false}, false},
	}
	h := server.New(seedStore(t), quiet)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ask(h, tt.query, tt.vars)
			if !tt.refused {
				if got := questions.Pluck(a.Data, "person.name"); len(a.Errors) > 0 || len(got) != 1 || got[0] != "Dai Shan" {
					t.Fatalf("got %s, want Dai Shan's name", a.raw)
				}
				return
			}
			if a.code() != "GRAPHQL_VALIDATION_FAILED" || !strings.Contains(a.message(), "@defer is not supported") || a.Data != nil {
				t.Errorf("got status %d, %s; want @defer refused by name, without data", a.status, a.raw)
			}
			if strings.Contains(a.raw, "hasNext") {
				t.Errorf("got %s, which promises a part that never comes", a.raw)
			}
			stillAnswers(t, h)
		})
	}
}
