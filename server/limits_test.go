package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest/questions"
)

// answer is a decoded /graphql response with its HTTP status and size.
type answer struct {
	status int
	size   int
	raw    string
	questions.Response
}

// postBody POSTs body to /graphql as JSON.
func postBody(h http.Handler, body io.Reader, contentLength int64) answer {
	req := httptest.NewRequest(http.MethodPost, "/graphql", body)
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = contentLength
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	a := answer{status: rec.Code, size: rec.Body.Len()}
	a.raw = rec.Body.String()
	if len(a.raw) > 500 {
		a.raw = a.raw[:500] + "…"
	}
	json.Unmarshal(rec.Body.Bytes(), &a.Response)
	return a
}

// ask POSTs one query with variables.
func ask(h http.Handler, query string, vars map[string]any) answer {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return postBody(h, bytes.NewReader(b), int64(len(b)))
}

// code is the first error's extensions.code, or "" without errors.
func (a answer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

func (a answer) message() string {
	if len(a.Errors) == 0 {
		return ""
	}
	return a.Errors[0].Message
}

// stillAnswers checks that a normal query answers after an attack, from
// the documents: 岱山 is Dai Shan's 花名.
func stillAnswers(t *testing.T, h http.Handler) {
	t.Helper()
	r := questions.Ask(t, h, `{ person(name: "岱山") { name } }`)
	if got := questions.Pluck(r.Data, "person.name"); len(got) != 1 || got[0] != "Dai Shan" || len(r.Errors) > 0 {
		t.Errorf("after the probe: got %q %+v, want Dai Shan", got, r.Errors)
	}
}

// nest builds a selection nested n levels deep: { a { a { … } } }.
func nest(n int) string {
	return strings.Repeat("{a", n) + strings.Repeat("}", n)
}

// doubling builds fragments that each spread the next one twice, so the
// expanded query has 2^levels fields although the text grows linearly.
func doubling(levels int) string {
	var b strings.Builder
	b.WriteString(`{ person(name: "Dai Shan") { ...F0 } }`)
	for i := range levels {
		fmt.Fprintf(&b, "\nfragment F%d on Person { managers { manager { ...F%d } } directReports { person { ...F%d } } }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "\nfragment F%d on Person { name }", levels)
	return b.String()
}

// branching asks, levels times over, for each person's managers and direct
// reports: every level multiplies the answer by the people's fan-out.
func branching(levels int) string {
	q := "name"
	for range levels {
		q = fmt.Sprintf("name managers { manager { %s } } directReports { person { %s } }", q, q)
	}
	return `{ person(name: "Dai Shan") { ` + q + ` } }`
}

func TestQueryShapeLimits(t *testing.T) {
	tests := []struct {
		name   string
		limits server.Limits
		query  string
		// wantCode and wantMsg are the first error's code and a part of its
		// message; the text a client sent is never echoed.
		wantCode, wantMsg string
	}{
		// Used to overflow the parser's stack and kill the process.
		{"600,000 nested selections", server.Limits{BodyBytes: 8 << 20}, nest(600_000), "GRAPHQL_PARSE_FAILED", "exceeded token limit of 5000"},
		{"nesting past the depth limit", server.Limits{}, nest(13), server.LimitExceeded, "nested 13 levels deep; the limit is 12"},
		{"nesting within the depth limit reaches validation", server.Limits{}, nest(12), "GRAPHQL_VALIDATION_FAILED", `Cannot query field "a"`},
		// 2^40 fields from a 3 KB document: used to take minutes in the complexity walk.
		{"fragment doubling", server.Limits{}, doubling(40), server.LimitExceeded, "nested 82 levels deep"},
		{"fragment doubling past a raised depth limit", server.Limits{Depth: 1000}, doubling(40), server.LimitExceeded, "more than 2000 fields once its fragments are expanded"},
		// Each level multiplies by the lists' fan-out: lists count as 5 items each, not 1.
		{"list fan-out", server.Limits{}, branching(5), server.LimitExceeded, "the limit is 200000 (lists count as their `first` argument, or 5 items)"},
		{"search first counts as its size", server.Limits{}, `{ search(text: "Dai", first: 300000) { name } }`, server.LimitExceeded, "the limit is 200000"},
		// A connection's `first` sizes its edges: 100 people with 5 roles
		// each and their units is about 1,100 objects, not 1 + 5 × 11.
		{"a connection's first counts for its edges", server.Limits{Complexity: 1000},
			`{ people(first: 100) { edges { node { roles { unit { name } } } } } }`, server.LimitExceeded, "the limit is 1000"},
		// Used to take 26 CPU-seconds in gqlparser's overlapping-fields rule.
		{"10,000 repeated fields", server.Limits{}, "{" + strings.Repeat(" __typename", 10_000) + " }", "GRAPHQL_PARSE_FAILED", "exceeded token limit"},
		{"10,000 repeated fields past a raised token limit", server.Limits{Tokens: 50_000}, "{" + strings.Repeat(" __typename", 10_000) + " }",
			server.LimitExceeded, `field "__typename" appears more than 20 times in one selection set`},
		{"repeats through inline fragments", server.Limits{}, "{" + strings.Repeat(" ... on Query { __typename }", 21) + " }",
			server.LimitExceeded, `field "__typename" appears more than 20 times`},
		// gqlparser compares every pair of fragments spread in one selection set.
		{"550 fragments spread side by side", server.Limits{}, sideBySide(550), server.LimitExceeded,
			`field "__typename" appears more than 20 times in one selection set, fragments included`},
		{"31 aliases", server.Limits{}, "{" + aliases(31) + " }", server.LimitExceeded, "document has 31 aliases; the limit is 30"},
		{"11 operations", server.Limits{}, operations(11), server.LimitExceeded, "document has 11 operations; the limit is 10"},
		{"introspection off", server.Limits{NoIntrospection: true}, `{ __schema { types { name } } }`, "GRAPHQL_VALIDATION_FAILED", "introspection is disabled"},
	}
	store := seedStore(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := server.New(store, quiet, server.WithLimits(tt.limits))
			a := ask(h, tt.query, nil)
			if a.code() != tt.wantCode || !strings.Contains(a.message(), tt.wantMsg) {
				t.Errorf("got status %d, code %q, message %q; want code %q with %q", a.status, a.code(), a.message(), tt.wantCode, tt.wantMsg)
			}
			if a.Data != nil {
				t.Errorf("got data %v, want none: nothing should have run", a.Data)
			}
			if a.size > 2000 {
				t.Errorf("answer is %d bytes, want a short error: %s", a.size, a.raw)
			}
			stillAnswers(t, h)
		})
	}
}

// sideBySide spreads n fragments, each asking for __typename, in one
// selection set.
func sideBySide(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " ...F%d", i)
	}
	b.WriteString(" }")
	for i := range n {
		fmt.Fprintf(&b, "\nfragment F%d on Query { __typename }", i)
	}
	return b.String()
}

func aliases(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d: __typename", i)
	}
	return b.String()
}

func operations(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "query Q%d { __typename }\n", i)
	}
	return b.String()
}

// TestLimitsLetRealQueriesThrough runs the explorer's own queries, read
// from the embedded UI, and GraphiQL's introspection: the limits must not
// refuse what the product itself sends.
func TestLimitsLetRealQueriesThrough(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	queries := explorerQueries(t, h)
	if len(queries) < 3 {
		t.Fatalf("found %d explorer queries, want the person, unit and chart queries at least", len(queries))
	}
	queries["introspection"] = introspection
	queries["four levels of reports"] = branching(4)
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			a := ask(h, q, map[string]any{"name": "Tmall", "at": "2018-06", "text": "Dai Shan"})
			for _, e := range a.Errors {
				if c, _ := e.Extensions["code"].(string); c == server.LimitExceeded || c == "GRAPHQL_PARSE_FAILED" || c == "GRAPHQL_VALIDATION_FAILED" {
					t.Errorf("refused: %s (%s)", e.Message, c)
				}
			}
		})
	}
}

// explorerQueries extracts the QUERY constants of the explorer's modules,
// expanding ${NODE}-style substitutions from constants in the same module.
func explorerQueries(t *testing.T, h http.Handler) map[string]string {
	t.Helper()
	consts := regexp.MustCompile("(?s)const ([A-Z]+) = `(.*?)`;")
	subst := regexp.MustCompile(`\$\{([A-Z]+)\}`)
	out := map[string]string{}
	for _, file := range []string{"person.js", "unit.js", "chart.js", "search.js", "app.js"} {
		src := get(h, "/"+file).Body.String()
		defs := map[string]string{}
		for _, m := range consts.FindAllStringSubmatch(src, -1) {
			defs[m[1]] = m[2]
		}
		if q, ok := defs["QUERY"]; ok {
			out[file] = subst.ReplaceAllStringFunc(q, func(s string) string { return defs[s[2:len(s)-1]] })
		}
	}
	return out
}

// introspection is the shape of GraphiQL's schema query.
const introspection = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

func TestSearchTextCap(t *testing.T) {
	testSearchTextCap(t, server.New(seedStore(t), quiet))
}

// testSearchTextCap sends a 300 KB search string (it used to run 81 s on
// Neo4j, one lookup per two-letter gram) as a variable and inline.
func testSearchTextCap(t *testing.T, h http.Handler) {
	text := strings.Repeat("戴珊xy", 300_000/len("戴珊xy"))
	for name, a := range map[string]answer{
		"variable": ask(h, `query S($text: String!) { search(text: $text) { name } }`, map[string]any{"text": text}),
		"inline":   ask(h, fmt.Sprintf(`{ search(text: %q) { name } }`, text), nil),
	} {
		t.Run(name, func(t *testing.T) {
			want := fmt.Sprintf("argument text of search is %d characters long; the limit is 200", len([]rune(text)))
			if a.code() != "INVALID" || a.message() != want {
				t.Errorf("got %d %q %q, want INVALID %q", a.status, a.code(), a.message(), want)
			}
			if a.size > 1000 {
				t.Errorf("answer is %d bytes, want a short error without the text", a.size)
			}
		})
	}
	r := ask(h, `{ search(text: "Jiang Fan", first: 1) { name } }`, nil)
	if got := questions.Pluck(r.Data, "search[].name"); len(got) != 1 || got[0] != "Jiang Fan" {
		t.Errorf("a normal search after the long one: got %q %+v, want Jiang Fan", got, r.Errors)
	}
}
