package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/orgraph/orgraph/graph"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// serveCached is serve with the parsed-query cache the server uses.
func serveCached(s org.Store) http.Handler {
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: s}}))
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](100))
	gql.SetErrorPresenter(graph.ErrorPresenter(quiet))
	return graph.Middleware(s, gql)
}

// BenchmarkRequests times whole GraphQL requests on the embedded store, from
// the HTTP body to the encoded answer, over synthetic orgs (a four-way
// reporting tree, one unit per ten people), asking about a different entity
// each time. The name comes in a variable, as front ends send it, so the
// parsed query is cached as the server caches it. Besides ns/op it reports
// the median and the 99th percentile.
func BenchmarkRequests(b *testing.B) {
	questions := []struct{ name, query, entity string }{
		{"direct-reports", `query($n: String!) { person(name: $n) { directReports(at: "2018-06") { person { name } validFrom validTo sources { document } } } }`, "Person %d"},
		{"roles-managers-3", `query($n: String!) { person(name: $n) { name roles(at: "2018-06") { title unit { name } }
			managers(at: "2018-06") { manager { name roles(at: "2018-06") { title unit { name } }
			managers(at: "2018-06") { manager { name roles(at: "2018-06") { title unit { name } }
			managers(at: "2018-06") { manager { name roles(at: "2018-06") { title unit { name } } } } } } } } } }`, "Person %d"},
		{"children-heads", `query($n: String!) { unit(name: $n) { name children(at: "2018-06") { name heads(at: "2018-06") { title person { name } } } } }`, "Unit %d"},
		{"reports-of-reports", `query($n: String!) { person(name: $n) { directReports(at: "2018-06") { person { name directReports(at: "2018-06") { person { name } } } } } }`, "Person %d"},
		{"reporting-chain", `query($n: String!) { person(name: $n) { reportingChain(at: "2018-06") { name } } }`, "Person %d"},
		{"lineage", `query($n: String!) { unit(name: $n) { lineage { kind unit { name } target { name } date } } }`, "Unit %d"},
		{"search", `query($n: String!) { search(text: $n, first: 10) { id name kind score } }`, "Persn %d"},
	}
	for _, n := range []int{10_000, 100_000} {
		h := serveCached(memstore.New(storetest.Synthetic(n)))
		for _, q := range questions {
			b.Run(fmt.Sprintf("%s/%d", q.name, n), func(b *testing.B) {
				b.ReportAllocs()
				var took []time.Duration
				i := 0
				for b.Loop() {
					// Entities near the top of the trees, where answers are
					// largest, and a different one each time.
					body, _ := json.Marshal(map[string]any{"query": q.query, "variables": map[string]string{"n": fmt.Sprintf(q.entity, 1+i%(n/50))}})
					i++
					start := time.Now()
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
						b.Fatalf("%d %s", rec.Code, rec.Body)
					}
					took = append(took, time.Since(start))
				}
				slices.Sort(took)
				b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
				b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
			})
		}
	}
}
