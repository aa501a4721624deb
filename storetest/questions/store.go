package questions

import (
	"log/slog"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/server"
)

// Seeds is the built-in dataset, parsed and validated as `orgraph serve`
// does; it fails the test when the dataset does not validate.
func Seeds(t testing.TB) *org.Dataset {
	t.Helper()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// RunStore asks every question of a store that holds the built-in dataset,
// through the same HTTP handler `orgraph serve` uses.
func RunStore(t *testing.T, s org.Store) {
	Run(t, server.New(s, slog.New(slog.DiscardHandler)))
}
