package server

import (
	"context"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
)

// Automatic persisted queries: a client sends a query's SHA-256 alone and
// the whole query only when the server answers PERSISTED_QUERY_NOT_FOUND.
// The cache holds at most apqEntries queries of at most apqQueryBytes each,
// so it never holds more than 32 MB however many distinct queries arrive.
const (
	apqEntries    = 1000
	apqQueryBytes = 32 << 10
)

// apqCache is gqlgen's LRU cache that declines queries over apqQueryBytes:
// such a query is still answered, a client just sends it whole every time.
type apqCache struct{ lru *lru.LRU[string] }

var _ graphql.Cache[string] = apqCache{}

func newAPQCache() apqCache { return apqCache{lru: lru.New[string](apqEntries)} }

func (c apqCache) Get(ctx context.Context, hash string) (string, bool) { return c.lru.Get(ctx, hash) }

func (c apqCache) Add(ctx context.Context, hash, query string) {
	if len(query) <= apqQueryBytes {
		c.lru.Add(ctx, hash, query)
	}
}

// corsHeaders are the request headers a cross-origin front end may send:
// what Apollo Client and urql send by default (client name and version,
// the preflight and operation-name headers), plus Authorization for a
// proxy in front of orgraph.
const corsHeaders = "Content-Type, Accept, Authorization, apollographql-client-name, apollographql-client-version, " +
	"apollo-require-preflight, x-apollo-operation-name"

// legacyJSONStatus applies the GraphQL-over-HTTP rule for clients that ask
// for application/json: every well-formed request is answered 200, request
// errors (parse, validation, limits) included, since such clients read the
// body rather than the status. gqlgen answers those 422; with
// application/graphql-response+json it already answers 400, as the
// specification asks.
func legacyJSONStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(legacyJSONWriter{w}, r)
	})
}

type legacyJSONWriter struct{ http.ResponseWriter }

func (w legacyJSONWriter) WriteHeader(status int) {
	if status == http.StatusUnprocessableEntity {
		if mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type")); mt == "application/json" {
			status = http.StatusOK
		}
	}
	w.ResponseWriter.WriteHeader(status)
}

// Unwrap lets http.ResponseController reach the connection underneath.
func (w legacyJSONWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
