package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	tests := []struct {
		name, path, wantType, wantBody string
	}{
		{"root is the page", "/", "text/html", `<script type="module" src="app.js">`},
		{"deep link is the page", "/?person=Dai%20Shan&at=2022-02", "text/html", `id="at-slider"`},
		{"modules are JavaScript", "/app.js", "text/javascript", "navigate("},
		{"stylesheet", "/style.css", "text/css", "Noto Sans CJK SC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			body, _ := io.ReadAll(rec.Result().Body)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: got status %d, want 200", tt.path, rec.Code)
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
