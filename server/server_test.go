package server_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest/questions"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func seedStore(t testing.TB) *memstore.Store {
	t.Helper()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	return memstore.New(ds)
}

func get(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

func TestRoutes(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	tests := []struct {
		path   string
		status int
		body   string
	}{
		{"/healthz", 200, `"ok"`},
		{"/readyz", 200, `"ready"`},
		{"/playground", 200, `<script src="/playground/playground.js">`},
		{"/playground/playground.js", 200, "graphiql"},
		{"/", 200, "<html"},
		{"/graphql?query=" + strings.ReplaceAll(`{ person(name: "岱山") { name } }`, " ", "%20"), 200, `"Dai Shan"`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := get(h, tt.path)
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("GET %s = %d %q, want %d containing %q", tt.path, rec.Code, rec.Body.String(), tt.status, tt.body)
			}
		})
	}
}

// down is a store whose backend is unreachable.
type down struct{ org.Store }

func (down) Ready(context.Context) error {
	return org.Errorf(org.Unavailable, "neo4j is unavailable")
}

func (down) PersonByName(context.Context, string, org.Date) (*org.Person, error) {
	return nil, org.Wrap(io.ErrUnexpectedEOF, org.Unavailable, "neo4j is unavailable")
}

func TestUnavailableStore(t *testing.T) {
	h := server.New(down{}, quiet)
	if rec := get(h, "/readyz"); rec.Code != 503 || !strings.Contains(rec.Body.String(), "neo4j is unavailable") {
		t.Errorf("readyz = %d %q, want 503 with the reason", rec.Code, rec.Body.String())
	}
	if rec := get(h, "/healthz"); rec.Code != 200 {
		t.Errorf("healthz = %d, want 200 while the process runs", rec.Code)
	}
	r := questions.Ask(t, h, `{ person(name: "Dai Shan") { name } }`)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAVAILABLE" || strings.Contains(r.Errors[0].Message, "EOF") {
		t.Errorf("got %+v, want one UNAVAILABLE error without driver details", r.Errors)
	}
}

func TestKeepsServingAfterBadInput(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	for _, q := range []string{
		`{ person(name: "Dai Shan") { roles(at: "2022-1") { title } } }`,
		`{ person(name: "Dai Shan") { roles(at: 2022) { title } } }`,
		`{ nosuchfield }`,
		`{ person(name: `,
	} {
		if r := questions.Ask(t, h, q); len(r.Errors) == 0 {
			t.Errorf("%s: got no error", q)
		}
	}
	r := questions.Ask(t, h, `{ person(name: "Dai Shan") { name } }`)
	if got := questions.Pluck(r.Data, "person.name"); len(got) != 1 || got[0] != "Dai Shan" {
		t.Errorf("after bad queries got %q, %+v", got, r.Errors)
	}
}

// counting wraps a store and counts its batched calls.
type counting struct {
	org.Store
	links, chains, lineages atomic.Int32
}

func (c *counting) ReportingChains(ctx context.Context, ids []string, w org.Window) ([][]string, error) {
	c.chains.Add(1)
	return c.Store.ReportingChains(ctx, ids, w)
}

func (c *counting) Lineages(ctx context.Context, ids []string, knownAt org.Date) ([][]org.Link, error) {
	c.lineages.Add(1)
	return c.Store.Lineages(ctx, ids, knownAt)
}

func (c *counting) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	c.links.Add(1)
	return c.Store.Links(ctx, rel, dir, ids, w)
}

func TestDataloadersBatch(t *testing.T) {
	c := &counting{Store: seedStore(t)}
	h := server.New(c, quiet)
	// One call for Dai Shan's reports, then one for all five reports' roles.
	r := questions.Ask(t, h, `{ person(name: "Dai Shan") { directReports(at: "2022-02") { person { roles(at: "2022-02") { title } } } } }`)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if got := c.links.Load(); got != 2 {
		t.Errorf("store Links calls = %d, want 2 (one per level)", got)
	}

	// Every unit of the 2017 Tmall reorganisation, each with its lineage,
	// and every direct report's chain: one call each.
	r = questions.Ask(t, h, `{
		unit(name: "Tmall") { children(at: "2018") { lineage { kind } } }
		person(name: "Dai Shan") { directReports(at: "2022-02") { person { reportingChain(at: "2022-02") { name } } } } }`)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if c.lineages.Load() != 1 || c.chains.Load() != 1 {
		t.Errorf("Lineages calls = %d, ReportingChains calls = %d; want 1 each", c.lineages.Load(), c.chains.Load())
	}
}

func TestCORS(t *testing.T) {
	app := []server.Option{server.WithCORS("https://app.example")}
	tests := []struct {
		name, method, origin string
		opts                 []server.Option
		wantStatus           int
		wantOrigin, wantVary string
	}{
		{"off by default", "OPTIONS", "https://app.example", nil, 405, "", ""},
		{"listed origin", "OPTIONS", "https://app.example", app, 204, "https://app.example", "Origin"},
		// Preflights from elsewhere used to reach gqlgen and get 400.
		{"other origin", "OPTIONS", "https://evil.example", app, 204, "", "Origin"},
		{"no origin", "OPTIONS", "", app, 204, "", "Origin"},
		{"any origin", "OPTIONS", "https://app.example", []server.Option{server.WithCORS("*")}, 204, "https://app.example", "Origin"},
		{"GET from the listed origin", "GET", "https://app.example", app, 200, "https://app.example", "Origin"},
		// A cache must not hand this answer to the listed origin, nor the reverse.
		{"GET from another origin", "GET", "", app, 200, "", "Origin"},
		{"GET without CORS", "GET", "", nil, 200, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := server.New(seedStore(t), quiet, tt.opts...)
			req := httptest.NewRequest(tt.method, "/graphql?query=%7B__typename%7D", nil)
			if tt.origin != "" {
				req.Header.Set("Origin", tt.origin)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got := struct {
				status       int
				origin, vary string
			}{rec.Code, rec.Header().Get("Access-Control-Allow-Origin"), rec.Header().Get("Vary")}
			want := struct {
				status       int
				origin, vary string
			}{tt.wantStatus, tt.wantOrigin, tt.wantVary}
			if got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
			if tt.wantOrigin == "" && rec.Header().Get("Access-Control-Allow-Methods") != "" {
				t.Errorf("Access-Control-Allow-Methods = %q for an origin that is not allowed", rec.Header().Get("Access-Control-Allow-Methods"))
			}
		})
	}
}
