// Package cyphertest connects tests to the real Neo4j that `make test`
// starts, so every package whose tests need Neo4j finds it the same way.
package cyphertest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

// hint says how to get a Neo4j for the tests.
const hint = "NEO4J_URI is not set: make test starts Neo4j"

// Driver returns a driver for the Neo4j named by NEO4J_URI (with NEO4J_USER,
// default neo4j; NEO4J_PASSWORD, default orgraph-dev; NEO4J_DATABASE,
// default neo4j) and the database to use; it is closed when t ends.
// Without NEO4J_URI the test is skipped, or fails when CI is set, since a
// Neo4j test that silently skips in CI tests nothing.
//
// The first call in a test binary also runs EnsureSchema.
//
// Tests that use it overwrite the database's orgraph data. Test binaries
// of different packages run in parallel, so the first call in a binary
// also takes a machine-wide lock that it holds until the binary exits:
// one package at a time uses the database.
func Driver(t testing.TB) (neo4j.DriverWithContext, string) {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal(hint)
		}
		t.Skip(hint)
	}
	lockOnce.Do(lock)
	if lockErr != nil {
		t.Fatalf("locking the test database: %v", lockErr)
	}
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "orgraph-dev"), ""))
	if err != nil {
		t.Fatalf("neo4j driver for %s: %v", uri, err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("cannot reach Neo4j at %s (scripts/neo4j.sh start): %v", uri, err)
	}
	db := env("NEO4J_DATABASE", "neo4j")
	// As `orgraph load` does before writing: lookups by name need the
	// orgraph_keys index, and tests write with Replace, which does not.
	schemaOnce.Do(func() { schemaErr = cypher.New(d, db).EnsureSchema(context.Background()) })
	if schemaErr != nil {
		t.Fatalf("creating orgraph's schema: %v", schemaErr)
	}
	return d, db
}

// Seeded is Driver with the built-in dataset (seeds) loaded: the Store that
// holds it and the database's name, for tests that serve it.
func Seeded(t testing.TB) (*cypher.Store, string) {
	t.Helper()
	d, db := Driver(t)
	s := cypher.New(d, db)
	if err := s.Replace(t.Context(), Seeds(t), nil); err != nil {
		t.Fatalf("loading the built-in dataset: %v", err)
	}
	return s, db
}

// Seeds parses the built-in dataset, which the Neo4j tests load, reload and
// edit in many ways.
func Seeds(t testing.TB) *org.Dataset {
	t.Helper()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

var (
	schemaOnce sync.Once
	schemaErr  error

	lockOnce sync.Once
	lockErr  error
	// lockFile holds the lock; kept referenced so that its finalizer never
	// closes it. The kernel releases the lock when the process exits.
	lockFile *os.File
)

func lock() {
	lockFile, lockErr = os.OpenFile(filepath.Join(os.TempDir(), "orgraph-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if lockErr == nil {
		lockErr = syscall.Flock(int(lockFile.Fd()), syscall.LOCK_EX)
	}
}
