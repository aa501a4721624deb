// Package questions asks the built-in dataset's document questions through
// the real HTTP handler: every store must answer them the way the source
// documents do. The store-level conformance suite is storetest, which needs
// nothing but org; this package needs the server, the loader and the seeds.
package questions

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// Response is a decoded GraphQL response.
type Response struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Ask posts one GraphQL query to h and decodes the answer.
func Ask(t testing.TB, h http.Handler, query string) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r Response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("status %d, body %q: %v", rec.Code, rec.Body.String(), err)
	}
	return r
}

// Pluck collects the values at a path such as "person.directReports[].person.name"
// where "[]" walks every element of a list; values are rendered as strings
// (null as "<null>") so that answers compare as plain string lists.
func Pluck(v any, path string) []string {
	if path == "" {
		switch x := v.(type) {
		case nil:
			return []string{"<null>"}
		case string:
			return []string{x}
		default:
			return []string{fmt.Sprint(x)}
		}
	}
	head, rest, _ := strings.Cut(path, ".")
	list := strings.HasSuffix(head, "[]")
	m, _ := v.(map[string]any)
	next := m[strings.TrimSuffix(head, "[]")]
	if !list {
		if next == nil && rest != "" {
			return []string{"<null>"}
		}
		return Pluck(next, rest)
	}
	var out []string
	items, _ := next.([]any)
	for _, item := range items {
		out = append(out, Pluck(item, rest)...)
	}
	return out
}

// sorted returns a sorted copy, for comparing answers as sets.
func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
