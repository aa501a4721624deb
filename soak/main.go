// Command soak runs orgraph's HTTP server on loopback and keeps it busy
// with many clients sending a mix of the explorer's questions and of
// requests that limits must refuse, then reports errors, latency
// percentiles, and heap and goroutines before and after. It runs on the
// in-memory store, and also on Neo4j when NEO4J_URI is set (it replaces
// that database's orgraph data with the built-in dataset first, as the
// tests do). It stops by itself; `make soak` runs it. Exit status 1 means
// an unexpected answer or a leak.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

func main() {
	clients := flag.Int("clients", 64, "concurrent clients")
	duration := flag.Duration("duration", 60*time.Second, "how long each store is soaked")
	flag.Parse()
	ok := true
	for _, s := range stores() {
		if s.err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", s.name, s.err)
			ok = false
			continue
		}
		r := soak(context.Background(), s.store, *clients, *duration)
		fmt.Printf("%s: %s\n", s.name, r)
		ok = ok && r.clean()
		s.close()
	}
	if !ok {
		os.Exit(1)
	}
}

type namedStore struct {
	name  string
	store org.Store
	close func()
	err   error
}

// stores returns the memory store, and Neo4j's when NEO4J_URI is set.
func stores() []namedStore {
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		return []namedStore{{name: "dataset", err: err}}
	}
	out := []namedStore{{name: "memory", store: memstore.New(ds), close: func() {}}}
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return out
	}
	// The same variables and defaults as the tests' (cypher/cyphertest).
	db := env("NEO4J_DATABASE", "neo4j")
	ctx := context.Background()
	d, err := cypher.Open(ctx, cypher.Config{URI: uri, User: env("NEO4J_USER", "neo4j"), Password: env("NEO4J_PASSWORD", "orgraph-dev"), Database: db})
	if err != nil {
		return append(out, namedStore{name: "neo4j", err: err})
	}
	s := cypher.New(d, db)
	if err := s.Replace(ctx, ds, nil); err != nil {
		d.Close(ctx)
		return append(out, namedStore{name: "neo4j", err: err})
	}
	return append(out, namedStore{name: "neo4j", store: s, close: func() { closeDriver(d) }})
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func closeDriver(d neo4j.DriverWithContext) { d.Close(context.Background()) }

// quiet drops the access log: 64 clients would flood the terminal.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))
