package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestServeLimitFlags checks that serve hands its limit settings, from
// flags and from the environment, to the server.
func TestServeLimitFlags(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("ORGRAPH_MAX_TEXT", "5")
	base := startServe(t, "--introspection=false", "--max-depth", "3")
	for q, want := range map[string]string{
		`{ __schema { types { name } } }`:                           "introspection is disabled",
		`{ search(text: "Dai Shan") { name } }`:                     "argument text of search is 8 characters long; the limit is 5",
		`{ person(name: "Dai") { managers { manager { name } } } }`: "nested 4 levels deep; the limit is 3",
		`{ person(name: "岱山") { name } }`:                           `"Dai Shan"`,
	} {
		// The status of a refused query is the transport's business
		// (GraphQL over HTTP); the message says which limit.
		resp, err := http.Get(base + "/graphql?query=" + url.QueryEscape(q))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: got %d %s, want %q", q, resp.StatusCode, b, want)
		}
	}
}
