package graph_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/orgraph/orgraph/graph"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

// serve is the GraphQL endpoint as the server mounts it, without the
// server's other routes, so these tests need nothing but this package.
func serve(s org.Store, log *slog.Logger) http.Handler {
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: s}}))
	gql.AddTransport(transport.POST{})
	gql.SetErrorPresenter(graph.ErrorPresenter(log))
	gql.SetRecoverFunc(graph.Recover(log))
	return graph.Middleware(s, gql)
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func seedStore(t testing.TB) *memstore.Store {
	t.Helper()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	return memstore.New(ds)
}

// gqlError is one error of a response, with its path.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// askRaw posts a query and returns the raw body and the decoded response.
func askRaw(t testing.TB, h http.Handler, query string) (string, map[string]any, []gqlError) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r struct {
		Data   map[string]any `json:"data"`
		Errors []gqlError     `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("status %d, body %q: %v", rec.Code, rec.Body.String(), err)
	}
	return rec.Body.String(), r.Data, r.Errors
}

// fieldPath renders an error's path without list indexes: "person.roles".
func fieldPath(p []any) string {
	var names []string
	for _, x := range p {
		if s, ok := x.(string); ok {
			names = append(names, s)
		}
	}
	return strings.Join(names, ".")
}
