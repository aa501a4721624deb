package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/server"
)

// TestGuideRoute checks that orgraph serve answers Neo4j Browser's fetch of
// the guide and its style sheet: the Browser runs on Neo4j's HTTP port, a
// different origin, so each answer must allow any origin to read it.
func TestGuideRoute(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	tests := []struct {
		name, path string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{"the guide", "/guide", 200, "text/html", `<article class="guide">`},
		{"the guide with a slash", "/guide/", 200, "text/html", `<pre class="code runnable">`},
		{"the style sheet", "/guide/orgraph.grass", 200, "text/plain", "node.Person {"},
		{"unknown file", "/guide/nope.html", 404, "text/plain", "not found"},
		{"only the guide by its route", "/guide/orgraph.html", 404, "text/plain", "not found"},
	}
	t.Run("preflight", func(t *testing.T) {
		// What Chromium sends before Neo4j Browser's fetch of the guide,
		// whose Cache-Control and Pragma headers are not CORS-safelisted.
		req := httptest.NewRequest(http.MethodOptions, "/guide", nil)
		req.Header.Set("Origin", "http://127.0.0.1:7474")
		req.Header.Set("Access-Control-Request-Method", "GET")
		req.Header.Set("Access-Control-Request-Headers", "cache-control,pragma")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNoContent {
			t.Fatalf("got status %d, want 204", rec.Code)
		}
		for k, want := range map[string]string{"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET"} {
			if got := rec.Header().Get(k); got != want {
				t.Errorf("got %s %q, want %q", k, got, want)
			}
		}
		allowed := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers"))
		for _, want := range []string{"cache-control", "pragma"} {
			if !strings.Contains(allowed, want) {
				t.Errorf("got Access-Control-Allow-Headers %q, want it to allow %s", allowed, want)
			}
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.path, nil)
			req.Header.Set("Origin", "http://127.0.0.1:7474")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("GET %s: got status %d, want %d", tt.path, rec.Code, tt.wantStatus)
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, tt.wantType) {
				t.Errorf("GET %s: got Content-Type %q, want %s", tt.path, got, tt.wantType)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("GET %s: got body starting %.200q, want it to contain %q", tt.path, rec.Body.String(), tt.wantBody)
			}
			if tt.wantStatus == 200 {
				if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
					t.Errorf("GET %s: got Access-Control-Allow-Origin %q, want *", tt.path, got)
				}
			}
		})
	}
}
