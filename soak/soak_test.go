package main

import (
	"testing"
	"time"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/seeds"
)

// TestShortSoak runs the soak briefly on the memory store: every answer of
// the mix must be the expected one and nothing may leak. make soak runs it
// for a minute with 64 clients.
func TestShortSoak(t *testing.T) {
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	r := soak(t.Context(), memstore.New(ds), 4, time.Second)
	if !r.clean() {
		t.Errorf("got %s; want every answer as expected and no leak", r)
	}
	for _, req := range mix {
		if r.answered[req.name] == 0 {
			t.Errorf("got no answer to %q in %d requests, want at least one of each request", req.name, r.requests)
		}
	}
}
