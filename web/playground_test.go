package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPlayground(t *testing.T) {
	tests := []struct {
		name, path string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{"the page", "/playground", 200, "text/html", `<script src="/playground/playground.js">`},
		{"the page with a query", "/playground?query=%7B__typename%7D", 200, "text/html", `id="graphiql"`},
		{"the page with a slash", "/playground/", 200, "text/html", `id="graphiql"`},
		{"the bundle", "/playground/playground.js", 200, "text/javascript", "graphiql"},
		{"the stylesheet", "/playground/playground.css", 200, "text/css", ".graphiql-container"},
		{"licence notices", "/playground/playground.js.LEGAL.txt", 200, "text/plain", "MIT"},
		{"no directory listing", "/playground/.", 404, "text/plain", "not found"},
		{"unknown file", "/playground/nope.js", 404, "text/plain", "not found"},
		{"no escape", "/playground/../embed.go", 404, "text/plain", "not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			Playground().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			body, _ := io.ReadAll(rec.Result().Body)
			if rec.Code != tt.wantStatus {
				t.Fatalf("GET %s: got status %d, want %d", tt.path, rec.Code, tt.wantStatus)
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, tt.wantType) {
				t.Errorf("GET %s: got Content-Type %q, want %s", tt.path, got, tt.wantType)
			}
			if !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("GET %s: body lacks %q", tt.path, tt.wantBody)
			}
		})
	}
}

// The bundle carries an ETag, so a browser revalidates it with a 304.
func TestPlaygroundRevalidates(t *testing.T) {
	h := Playground()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/playground/playground.js", nil))
	tag := rec.Header().Get("ETag")
	if rec.Code != http.StatusOK || tag == "" {
		t.Fatalf("got %d with ETag %q, want 200 with an ETag", rec.Code, tag)
	}
	req := httptest.NewRequest(http.MethodGet, "/playground/playground.js", nil)
	req.Header.Set("If-None-Match", tag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("revalidation got %d with %d bytes, want 304 and no body", rec.Code, rec.Body.Len())
	}
}
