package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest/questions"
)

// exchange sends one request to h and decodes the GraphQL answer.
func exchange(t *testing.T, h http.Handler, method, target, accept, body string) (*httptest.ResponseRecorder, questions.Response) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r questions.Response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("%s %s: body %q is not JSON: %v", method, target, rec.Body.String(), err)
	}
	return rec, r
}

// The GraphQL-over-HTTP specification: the answer's media type follows
// Accept; with application/graphql-response+json a request error (parse,
// validation, limit) is a 400, with application/json every well-formed
// request is a 200.
func TestGraphQLOverHTTP(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	const (
		gqlJSON   = "application/graphql-response+json"
		plainJSON = "application/json"
	)
	ok := `{"query":"{ person(name: \"戴珊\") { name } }"}`
	invalid := `{"query":"{ person(name: \"戴珊\") { salary } }"}`
	unparsable := `{"query":"{ person(name: "}`
	tooDeep := `{"query":"{ person(name: \"x\") { managers { manager { managers { manager { managers { manager { managers { manager { managers { manager { managers { manager { name } } } } } } } } } } } } } }"}`
	tests := []struct {
		name, accept, body string
		wantStatus         int
		wantType, wantCode string
	}{
		{"answer, graphql-response+json", gqlJSON, ok, 200, gqlJSON, ""},
		{"answer, json", plainJSON, ok, 200, plainJSON, ""},
		{"answer, no Accept means json", "", ok, 200, plainJSON, ""},
		{"answer, any type means json", "*/*", ok, 200, plainJSON, ""},
		{"answer, preferred first", gqlJSON + ", " + plainJSON + ";q=0.9", ok, 200, gqlJSON, ""},
		{"validation error, graphql-response+json", gqlJSON, invalid, 400, gqlJSON, "GRAPHQL_VALIDATION_FAILED"},
		{"validation error, json", plainJSON, invalid, 200, plainJSON, "GRAPHQL_VALIDATION_FAILED"},
		{"parse error, graphql-response+json", gqlJSON, unparsable, 400, gqlJSON, "GRAPHQL_PARSE_FAILED"},
		{"parse error, json", plainJSON, unparsable, 200, plainJSON, "GRAPHQL_PARSE_FAILED"},
		{"limit, graphql-response+json", gqlJSON, tooDeep, 400, gqlJSON, server.LimitExceeded},
		{"limit, json", plainJSON, tooDeep, 200, plainJSON, server.LimitExceeded},
		// Not a GraphQL request at all: 400 whatever was asked for.
		{"batch, graphql-response+json", gqlJSON, `[` + ok + `,` + ok + `]`, 400, gqlJSON, server.BadRequest},
		{"batch, json", plainJSON, `[` + ok + `]`, 400, plainJSON, server.BadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, r := exchange(t, h, http.MethodPost, "/graphql", tt.accept, tt.body)
			if rec.Code != tt.wantStatus {
				t.Errorf("got status %d, want %d (%s)", rec.Code, tt.wantStatus, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, tt.wantType) {
				t.Errorf("got Content-Type %q, want %s", got, tt.wantType)
			}
			var code string
			if len(r.Errors) > 0 {
				code, _ = r.Errors[0].Extensions["code"].(string)
				if r.Errors[0].Message == "" {
					t.Errorf("error without a message: %s", rec.Body)
				}
			}
			if code != tt.wantCode {
				t.Errorf("got extensions.code %q, want %q (%s)", code, tt.wantCode, rec.Body)
			}
			if tt.wantCode == "" && len(questions.Pluck(r.Data, "person.name")) != 1 {
				t.Errorf("got no person in %s", rec.Body)
			}
		})
	}
}

func sha(s string) string {
	b := sha256.Sum256([]byte(s))
	return hex.EncodeToString(b[:])
}

// apqBody is a POST body with the persistedQuery extension, and the query
// itself unless it is "".
func apqBody(query, hash string) string {
	p := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
	if query != "" {
		p["query"] = query
	}
	b, _ := json.Marshal(p)
	return string(b)
}

// Automatic persisted queries as Apollo Client and urql run them: the hash
// alone first, the query with its hash when the server does not know it,
// then the hash alone again, by POST or by GET.
func TestAutomaticPersistedQueries(t *testing.T) {
	h := server.New(seedStore(t), quiet)
	query := `{ person(name: "Xuan De") { name } }`
	big := `{ person(name: "Xuan De") { name } } # ` + strings.Repeat("x", 40<<10)
	deep := `{ person(name: "Xuan De") ` + strings.Repeat(`{ managers { manager `, 8) + `{ name }` + strings.Repeat(` } }`, 8) + ` }`
	getURL := func(hash string) string {
		ext, _ := json.Marshal(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}})
		return "/graphql?extensions=" + url.QueryEscape(string(ext))
	}
	steps := []struct {
		name, method, target, body string
		wantCode                   string
	}{
		{"unknown hash", "POST", "/graphql", apqBody("", sha(query)), "PERSISTED_QUERY_NOT_FOUND"},
		{"unknown hash by GET", "GET", getURL(sha(query)), "", "PERSISTED_QUERY_NOT_FOUND"},
		{"query with its hash", "POST", "/graphql", apqBody(query, sha(query)), ""},
		{"known hash", "POST", "/graphql", apqBody("", sha(query)), ""},
		{"known hash by GET", "GET", getURL(sha(query)), "", ""},
		{"query with a wrong hash", "POST", "/graphql", apqBody(query, sha("something else")), ""},
		// Over 32 KB a query is answered but not kept: the cache stays small.
		{"large query with its hash", "POST", "/graphql", apqBody(big, sha(big)), ""},
		{"large query's hash", "POST", "/graphql", apqBody("", sha(big)), "PERSISTED_QUERY_NOT_FOUND"},
		// A query over a limit is refused whether it comes whole or by its hash.
		{"deep query with its hash", "POST", "/graphql", apqBody(deep, sha(deep)), server.LimitExceeded},
		{"deep query's hash", "POST", "/graphql", apqBody("", sha(deep)), server.LimitExceeded},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			rec, r := exchange(t, h, s.method, s.target, "application/graphql-response+json", s.body)
			var code string
			if len(r.Errors) > 0 {
				code, _ = r.Errors[0].Extensions["code"].(string)
			}
			switch {
			case s.name == "query with a wrong hash":
				if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "hash does not match") {
					t.Errorf("got %d %s, want the hash mismatch refused", rec.Code, rec.Body)
				}
			case code != s.wantCode:
				t.Errorf("got %d %s, want code %q", rec.Code, rec.Body, s.wantCode)
			case s.wantCode == "" && strings.Join(questions.Pluck(r.Data, "person.name"), "") == "":
				t.Errorf("got %d %s, want Xuan De's name", rec.Code, rec.Body)
			}
		})
	}
}

// A front end on another origin may send the headers Apollo Client and
// urql send; other origins are still refused.
func TestCORSForClientLibraries(t *testing.T) {
	h := server.New(seedStore(t), quiet, server.WithCORS("https://app.example"))
	req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
	req.Header.Set("Origin", "https://app.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "apollographql-client-name,apollographql-client-version,content-type")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	allowed := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers"))
	for _, want := range []string{"content-type", "accept", "apollographql-client-name", "apollographql-client-version",
		"apollo-require-preflight", "x-apollo-operation-name"} {
		if !strings.Contains(allowed, want) {
			t.Errorf("Access-Control-Allow-Headers %q lacks %s", allowed, want)
		}
	}
	for _, tt := range []struct {
		origin     string
		wantStatus int
	}{{"https://app.example", 200}, {"https://evil.example", 403}} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", tt.origin)
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		req.Header.Set("apollographql-client-name", "web")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.wantStatus {
			t.Errorf("POST from %s: got %d, want %d", tt.origin, rec.Code, tt.wantStatus)
		}
	}
}
