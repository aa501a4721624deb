// Package server assembles orgraph's HTTP surface from the contract: the
// GraphQL endpoint, GraphQL Playground, health checks and the explorer UI,
// each behind the limits, security headers and access log that keep one
// request from taking the server down.
package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/orgraph/orgraph/graph"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/web"
)

// readyTimeout bounds /readyz, so a hung store reads as not ready rather
// than hanging the orchestrator's probe.
const readyTimeout = 3 * time.Second

// Option configures New.
type Option func(*options)

type options struct {
	corsOrigins []string
	limits      Limits
}

// WithCORS lets front-end apps served from these origins ("*" for any) call
// /graphql from the browser. Without it only same-origin pages can.
func WithCORS(origins ...string) Option {
	return func(o *options) { o.corsOrigins = append(o.corsOrigins, origins...) }
}

// WithLimits replaces DefaultLimits; zero fields keep their default.
func WithLimits(l Limits) Option {
	return func(o *options) { o.limits = l }
}

// New returns the handler for every path of the contract.
func New(store org.Store, log *slog.Logger, opts ...Option) http.Handler {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	l := o.limits.withDefaults()

	cache := lru.New[*ast.QueryDocument](1000)
	gql := handler.New(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: store}}))
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(cache)
	gql.SetParserTokenLimit(l.Tokens)
	if !l.NoIntrospection {
		gql.Use(extension.Introspection{})
	}
	// Before the shape check, so a query taken from the cache by its hash
	// is measured like one sent in full.
	gql.Use(extension.AutomaticPersistedQuery{Cache: newAPQCache()})
	gql.Use(shapeCheck{limits: l, seen: func(ctx context.Context, q string) bool { _, ok := cache.Get(ctx, q); return ok }})
	gql.Use(costCheck{limits: l})
	gql.Use(noDefer{})
	gql.AroundOperations(noteOperation)
	gql.SetErrorPresenter(graph.ErrorPresenter(log))
	gql.SetRecoverFunc(graph.Recover(log))

	api := withTimeout(l.Timeout, requestBody(l.BodyBytes, graph.Middleware(store, legacyJSONStatus(gql))))
	api = sameOrigin(o.corsOrigins, api)
	mux := http.NewServeMux()
	// Method patterns answer 405 with an Allow header for anything else;
	// GET patterns also serve HEAD (see graphqlMethods for /graphql).
	methods := []string{"GET", "POST"}
	if len(o.corsOrigins) > 0 {
		methods = append(methods, "OPTIONS")
	}
	for _, m := range methods {
		mux.Handle(m+" /graphql", secure(apiCSP, cors(o.corsOrigins, api)))
	}
	// GraphiQL, built into the binary: the page and its files under /playground/.
	pg := secure(playgroundCSP, web.Playground())
	mux.Handle("GET /playground", pg)
	mux.Handle("GET /playground/", pg)
	// The Neo4j Browser guide (:play http://HOST/guide) and its style sheet.
	guide := secure(apiCSP, web.Guide())
	for _, p := range []string{"GET /guide", "GET /guide/", "OPTIONS /guide", "OPTIONS /guide/"} {
		mux.Handle(p, guide)
	}
	mux.Handle("GET /healthz", secure(apiCSP, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})))
	mux.Handle("GET /readyz", secure(apiCSP, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		if err := store.Ready(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": org.ErrorMessage(err)})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})))
	mux.Handle("GET /", secure(explorerCSP, web.Handler()))
	refuse := secure(apiCSP, cors(o.corsOrigins, methodNotAllowed(methods)))
	return accessLog(log, graphqlMethods(methods, refuse, mux))
}

// NewHTTPServer returns an http.Server for h with l's connection timeouts,
// so slow clients and idle connections cannot hold the server's resources.
func NewHTTPServer(h http.Handler, l Limits) *http.Server {
	l = l.withDefaults()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		// GET queries travel in the URL; the explorer and Playground POST.
		MaxHeaderBytes: 64 << 10,
	}
}

// cors answers every preflight (OPTIONS) request itself, granting it only
// to allowed origins, and marks responses for allowed origins. Once origins
// are configured every answer depends on Origin, so every answer says so
// (Vary), lest a cache hand one origin's answer to another.
func cors(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		origin := r.Header.Get("Origin")
		allowed := origin != "" && (slices.Contains(origins, "*") || slices.Contains(origins, origin))
		if allowed {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		if r.Method != http.MethodOptions {
			next.ServeHTTP(w, r)
			return
		}
		if allowed {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", corsHeaders)
			h.Set("Access-Control-Max-Age", "600")
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// graphqlMethods hands a request for /graphql by any method but these to
// refuse. The mux would serve HEAD with the GET pattern, and gqlgen has no
// transport for it (it answered 400).
func graphqlMethods(methods []string, refuse, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/graphql" && !slices.Contains(methods, r.Method) {
			refuse.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// methodNotAllowed answers 405 naming the allowed methods.
func methodNotAllowed(methods []string) http.Handler {
	allow := strings.Join(slices.Sorted(slices.Values(methods)), ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		graphqlError(w, r, http.StatusMethodNotAllowed, BadRequest, "/graphql answers "+allow+" only")
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
