package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/server"
)

// endless yields n bytes of '{' without ever holding them, and counts what
// was read from it.
type endless struct{ left, read int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.left == 0 {
		return 0, io.EOF
	}
	n := int64(len(p))
	n = min(n, e.left)
	for i := range p[:n] {
		p[i] = '{'
	}
	e.left -= n
	e.read += n
	return int(n), nil
}

func TestBodyLimits(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name string
		size int64
		// declared is the Content-Length sent; -1 streams without one.
		declared   int64
		wantStatus int
		wantCode   string
		wantMsg    string
	}{
		{"200 MB declared", 200 * mb, 200 * mb, 413, server.LimitExceeded, "larger than the limit of 1048576 bytes"},
		{"200 MB streamed", 200 * mb, -1, 413, server.LimitExceeded, "larger than the limit of 1048576 bytes"},
		// 50 MB of invalid JSON used to be echoed back in the error.
		{"50 MB invalid JSON", 50 * mb, -1, 413, server.LimitExceeded, "larger than the limit"},
		{"invalid JSON under the limit", mb / 2, -1, 400, server.BadRequest, "not a JSON object of GraphQL parameters"},
	}
	h := server.New(seedStore(t), quiet)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := &endless{left: tt.size}
			a := postBody(h, body, tt.declared)
			if a.status != tt.wantStatus || a.code() != tt.wantCode || !strings.Contains(a.message(), tt.wantMsg) {
				t.Errorf("got %d %q %q, want %d %q containing %q", a.status, a.code(), a.message(), tt.wantStatus, tt.wantCode, tt.wantMsg)
			}
			if a.size > 1000 || strings.Contains(a.raw, "{{{{") {
				t.Errorf("answer of %d bytes echoes the body: %s", a.size, a.raw)
			}
			if body.read > 2*mb {
				t.Errorf("read %d bytes of the body, want at most the limit and a buffer", body.read)
			}
			stillAnswers(t, h)
		})
	}
}

func TestBadRequestsAreNotEchoed(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	gql := func(query, operationName string) string {
		b, err := json.Marshal(map[string]any{"query": query, "operationName": operationName})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// long is what a client sends that must not come back: 200 KB, so an
	// echo cannot hide under the size bound below.
	long := "SECRET" + strings.Repeat("a", 200_000)
	tests := []struct {
		name, method, contentType, body string
		wantStatus                      int
		wantMsg                         string
	}{
		{"batch", "POST", "application/json", `[{"query":"{ __typename }"},{"query":"SECRET"}]`, 400, "batched requests"},
		{"wrong types", "POST", "application/json", `{"query": ["SECRET"]}`, 400, "not a JSON object of GraphQL parameters"},
		{"truncated", "POST", "application/json", `{"query": "SECRET`, 400, "not a JSON object"},
		{"form post", "POST", "application/x-www-form-urlencoded", `query=SECRET`, 415, "Content-Type: application/json"},
		{"text post", "POST", "text/plain", `{"query":"SECRET"}`, 415, "Content-Type: application/json"},
		// gqlparser quotes the token it did not expect.
		{"long name in a syntax error", "POST", "application/json", gql("{ __typename } "+long, ""), 200, "Unexpected Name"},
		{"long unknown field", "POST", "application/json", gql("{ "+long+" }", ""), 200, "a field name is 200006 bytes long"},
		{"long unknown argument", "POST", "application/json", gql(`{ person(`+long+`: "x") { name } }`, ""), 200, "an argument name is"},
		{"long unknown fragment", "POST", "application/json", gql(`{ ...`+long+` }`, ""), 200, "a fragment name is"},
		{"long unknown variable", "POST", "application/json", gql(`{ person(name: $`+long+`) { name } }`, ""), 200, "a variable name is"},
		{"long unknown type", "POST", "application/json", gql(`query($n: `+long+`) { __typename }`, ""), 200, "a type name is"},
		{"long operationName", "POST", "application/json", gql(`query Q { __typename }`, long), 200, "operationName is 200006 bytes long"},
		{"long search text", "POST", "application/json", gql(`{ search(text: "`+long+`") { name } }`, ""), 200, "argument text of search is 200006 characters long"},
		// A string where an Int belongs: gqlparser quotes the value.
		{"long string for an Int", "POST", "application/json", gql(`{ search(text: "x", first: "`+long[:30_000]+`") { name } }`, ""), 200, "Int"},
		{"long unknown field over GET", "GET", "", "", 200, "a field name is 30006 bytes long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, "/graphql", strings.NewReader(tt.body))
			if tt.method == "GET" {
				req = httptest.NewRequest(tt.method, "/graphql?query="+url.QueryEscape("{ "+long[:30_006]+" }"), nil)
			} else {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got := rec.Body.String()
			if rec.Code != tt.wantStatus || !strings.Contains(got, tt.wantMsg) {
				t.Errorf("got %d %.2000s, want %d with %q", rec.Code, got, tt.wantStatus, tt.wantMsg)
			}
			// The message may name the start of what was sent, never all of it.
			if strings.Contains(got, "SECRET\"") || strings.Contains(got, "SECRET`") || len(got) > 1000 {
				t.Errorf("answer of %d bytes echoes the request: %.2000s", len(got), got)
			}
			stillAnswers(t, h)
		})
	}
}

// serveReal runs the handler on a loopback listener with l's timeouts.
func serveReal(t *testing.T, h http.Handler, l server.Limits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := server.NewHTTPServer(h, l)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// readAll reads what the server sends until it closes the connection; the
// deadline only keeps a broken server from hanging the test.
func readAll(t *testing.T, c net.Conn) string {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server held the connection open: read %q", b)
	}
	return string(b)
}

func TestSlowClientsAreDropped(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	addr := serveReal(t, h, server.Limits{ReadHeaderTimeout: 200 * time.Millisecond, ReadTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond})
	dial := func() net.Conn {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}

	t.Run("slow body", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":")
		got := readAll(t, c)
		// Either a 400 naming the unread body, or a plain close.
		if got != "" && !strings.Contains(got, "request body could not be read") {
			t.Errorf("got %q, want the connection closed or a 400", got)
		}
	})
	t.Run("slow headers", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n")
		if got := readAll(t, c); strings.Contains(got, "200 OK") {
			t.Errorf("got %q, want the connection closed without an answer", got)
		}
	})
	t.Run("idle keep-alive", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("first request: %v %v", resp, err)
		}
		io.ReadAll(resp.Body) // then stay idle: the server must hang up
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		if _, err := c.Read(make([]byte, 1)); err != io.EOF {
			t.Errorf("idle connection: read error %v, want EOF from the server closing it", err)
		}
	})
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("a normal client after the slow ones: %v %v", resp, err)
	}
	resp.Body.Close()
}

// stuck is a store whose lookups wait for their context, as a hung Neo4j
// would; it reports whether the request's deadline reached it.
type stuck struct {
	org.Store
	sawDeadline chan error
}

func (s stuck) PersonByName(ctx context.Context, _ string, _ org.Date) (*org.Person, error) {
	<-ctx.Done()
	s.sawDeadline <- ctx.Err()
	return nil, org.Wrap(ctx.Err(), org.Unavailable, "store timed out")
}

func TestRequestDeadlineReachesStore(t *testing.T) {
	s := stuck{Store: seedStore(t), sawDeadline: make(chan error, 1)}
	h := server.New(s, quiet, server.WithLimits(server.Limits{Timeout: 50 * time.Millisecond}))
	a := ask(h, `{ person(name: "Dai Shan") { name } }`, nil)
	if err := <-s.sawDeadline; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("store saw %v, want the request's deadline", err)
	}
	if a.code() != "UNAVAILABLE" {
		t.Errorf("got %q %q, want UNAVAILABLE", a.code(), a.message())
	}
}

func TestMethodsPerRoute(t *testing.T) {
	plain := server.New(seedStore(t), quiet)
	withCORS := server.New(seedStore(t), quiet, server.WithCORS("https://app.example"))
	tests := []struct {
		method, path string
		cors         bool
		wantStatus   int
		wantAllow    string
	}{
		{"PUT", "/", false, 405, "GET, HEAD"},
		{"DELETE", "/healthz", false, 405, "GET, HEAD"},
		{"TRACE", "/healthz", false, 405, "GET, HEAD"},
		{"POST", "/readyz", false, 405, "GET, HEAD"},
		{"PUT", "/playground", false, 405, "GET, HEAD"},
		{"HEAD", "/healthz", false, 200, ""},
		{"GET", "/person.js", false, 200, ""},
		// gqlgen has no transport for HEAD: it used to answer 400.
		{"HEAD", "/graphql", false, 405, "GET, POST"},
		{"DELETE", "/graphql", false, 405, "GET, POST"},
		{"OPTIONS", "/graphql", false, 405, "GET, POST"},
		{"HEAD", "/graphql", true, 405, "GET, OPTIONS, POST"},
		{"PUT", "/graphql", true, 405, "GET, OPTIONS, POST"},
	}
	for _, tt := range tests {
		name := tt.method + " " + tt.path
		h := plain
		if tt.cors {
			h, name = withCORS, name+" with CORS"
		}
		t.Run(name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.wantStatus || rec.Header().Get("Allow") != tt.wantAllow {
				t.Errorf("got %d Allow %q, want %d Allow %q", rec.Code, rec.Header().Get("Allow"), tt.wantStatus, tt.wantAllow)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	for _, path := range []string{"/", "/app.js", "/playground", "/graphql?query=%7B__typename%7D", "/healthz"} {
		t.Run(path, func(t *testing.T) {
			rec := get(h, path)
			for k, want := range map[string]string{
				"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
			} {
				if got := rec.Header().Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("Content-Security-Policy = %q, want frame-ancestors 'none'", csp)
			}
		})
	}
	// The explorer runs only its own modules: no inline or foreign scripts.
	if csp := get(h, "/").Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") {
		t.Errorf("explorer CSP = %q, want script-src 'self' only", csp)
	}
}

func TestCrossSiteRequests(t *testing.T) {
	query := "/graphql?query=%7Bperson(name:%22Dai%20Shan%22)%7Bname%7D%7D"
	tests := []struct {
		name, method, target string
		headers              map[string]string
		opts                 []server.Option
		wantStatus           int
	}{
		{"GET from a non-browser client", "GET", query, nil, nil, 200},
		{"GET typed in the address bar", "GET", query, map[string]string{"Sec-Fetch-Site": "none"}, nil, 200},
		{"GET from the explorer", "GET", query, map[string]string{"Sec-Fetch-Site": "same-origin"}, nil, 200},
		{"GET from another site's page", "GET", query, map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, nil, 403},
		{"GET from an old browser on another site", "GET", query, map[string]string{"Origin": "https://evil.example"}, nil, 403},
		{"POST from another site's page", "POST", "/graphql", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, nil, 403},
		{"POST from a CORS-allowed origin", "POST", "/graphql", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://app.example"},
			[]server.Option{server.WithCORS("https://app.example")}, 200},
		{"POST from the explorer", "POST", "/graphql", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://example.com"}, nil, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := server.New(seedStore(t), quiet, tt.opts...)
			var body io.Reader
			if tt.method == "POST" {
				body = strings.NewReader(`{"query":"{ person(name: \"Dai Shan\") { name } }"}`)
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			req.Header.Set("Content-Type", "application/json")
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.wantStatus {
				t.Errorf("got %d %s, want %d", rec.Code, rec.Body, tt.wantStatus)
			}
			if tt.wantStatus == 200 && !strings.Contains(rec.Body.String(), `"Dai Shan"`) {
				t.Errorf("got %s, want Dai Shan", rec.Body)
			}
		})
	}
}

func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	h := server.New(seedStore(t), log)
	r := ask(h, `query WhoIsDaiShan { person(name: "Dai Shan") { name } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	got := buf.String()
	for _, want := range []string{`"method":"POST"`, `"path":"/graphql"`, `"status":200`, `"operation":"WhoIsDaiShan"`, `"duration":`, fmt.Sprintf(`"bytes":%d`, r.size)} {
		if !strings.Contains(got, want) {
			t.Errorf("access log %s lacks %s", got, want)
		}
	}
	// Probes stay out of the info-level log.
	buf.Reset()
	get(h, "/healthz")
	if buf.Len() != 0 {
		t.Errorf("healthz logged %s at info level, want nothing", buf.String())
	}
}
