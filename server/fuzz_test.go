package server_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/server"
)

// fuzzQueries seed both GraphQL fuzz targets: the README's questions and a
// few that hit the limits and the error paths.
var fuzzQueries = []string{
	`{ person(name: "Dai Shan") { directReports(from: "2022-02") { person { name aliases } validFrom sources { document title note } } } }`,
	`{ unit(name: "聚划算") { mergedInto { target { name } date sources { document note } } lineage { kind unit { name } target { name } date } } }`,
	`{ person(name: "Xuan De") { reportingChain(at: "2022-03") { name } } }`,
	`{ unit(name: "Tmall") { children(at: "2018-06") { name heads(at: "2018-06") { person { name } title } } } }`,
	`{ person(name: "Chiang fan") { roles { title unit { name } validFrom validTo } } }`,
	`{ search(text: "Jiang Fna", first: 3) { name kind score } }`,
	`{ events(from: "2017", to: "2019") { date title units { name } } }`,
	`query Q($n: String!, $at: Date) { person(name: $n) { managers(at: $at) { manager { name } } } }`,
	`{ person(name: "x") { reportingChain(at: "+201") { name } } }`,
	`{ search(text: "", first: -1) { name } }`,
	`{ a: __typename b: __typename ...F } fragment F on Query { __typename }`,
	`{ __schema { types { name } } }`,
	`{ person(name: "Dai Shan") { directReports { person { managers { manager { directReports { person { name } } } } } } } }`,
	`{{{{{{{{{{`,
	// Names gqlparser would quote back in full (refused over 100 bytes).
	"{ " + strings.Repeat("unknownField", 60) + " }",
	"{ __typename } " + strings.Repeat("trailingName", 60),
}

// fuzzHandler is the whole HTTP surface over the built-in dataset in memory.
func fuzzHandler(f *testing.F) http.Handler {
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		f.Fatal(err)
	}
	return server.New(memstore.New(ds), slog.New(slog.DiscardHandler))
}

// FuzzGraphQLBody posts any bytes to /graphql. Whatever they are, the server
// must answer without a 5xx (none is documented for /graphql: bad requests
// are 4xx and GraphQL errors), in JSON, and without an INTERNAL error, which
// would mean a resolver panicked or failed in a way no client caused.
func FuzzGraphQLBody(f *testing.F) {
	h := fuzzHandler(f)
	for _, q := range fuzzQueries {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"n": "Dai Shan", "at": "2022"}})
		f.Add(body)
	}
	f.Add([]byte(`{"query": "{ __typename }", "variables": [1]}`))
	f.Add([]byte(`{"query": 7}`))
	f.Add([]byte(`[{"query": "{ __typename }"}]`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, body []byte) {
		checkAnswer(t, h, string(body))
	})
}

// FuzzGraphQLQuery fuzzes the query text and the variables inside a well
// formed request, so the fuzzer spends its time in GraphQL parsing,
// validation, the limits and the resolvers rather than in JSON syntax.
func FuzzGraphQLQuery(f *testing.F) {
	h := fuzzHandler(f)
	for _, q := range fuzzQueries {
		f.Add(q, `{"n": "Dai Shan", "at": "2022-03"}`)
	}
	f.Add(`query($t: String!) { search(text: $t) { name } }`, `{"t": 5}`)
	f.Fuzz(func(t *testing.T, query, variables string) {
		req := map[string]any{"query": query}
		var vars any
		if json.Unmarshal([]byte(variables), &vars) == nil {
			req["variables"] = vars
		}
		body, err := json.Marshal(req)
		if err != nil {
			t.Skip("not representable as JSON")
		}
		checkAnswer(t, h, string(body))
	})
}

// checkAnswer posts body to /graphql and checks the answer's invariants.
func checkAnswer(t *testing.T, h http.Handler, body string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code >= 500 {
		t.Fatalf("POST %q: status %d %s", body, rec.Code, rec.Body)
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("POST %q: status %d, body is not JSON (%v): %q", body, rec.Code, err, rec.Body)
	}
	if resp.Data == nil && len(resp.Errors) == 0 {
		t.Fatalf("POST %q: status %d, neither data nor errors: %s", body, rec.Code, rec.Body)
	}
	// A refused request is answered with our messages, never an echo: each
	// at most a clipped quote of it in a bounded envelope. A short document
	// can break several rules at once, so the bound is per error. (Data may
	// legitimately be larger than the query that asked for it.)
	if string(resp.Data) == "" || string(resp.Data) == "null" {
		if rec.Body.Len() > len(body)+1024*max(len(resp.Errors), 1) {
			t.Fatalf("POST %q: status %d, answer of %d bytes with %d errors to a request of %d: %.2000s",
				body, rec.Code, rec.Body.Len(), len(resp.Errors), len(body), rec.Body)
		}
	}
	for _, e := range resp.Errors {
		// Clipped quotes, or String arguments within TextRunes (200).
		if n := utf8.RuneCountInString(e.Message); n > 512 {
			t.Fatalf("POST %q: status %d, error message of %d characters: %.2000s", body, rec.Code, n, e.Message)
		}
		if e.Message == "" || e.Extensions["code"] == "INTERNAL" {
			t.Fatalf("POST %q: status %d, error %+v", body, rec.Code, e)
		}
	}
}
