package memstore_test

import (
	"io"
	"log/slog"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest"
)

func TestQuestions(t *testing.T) {
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	storetest.Questions(t, server.New(memstore.New(ds), slog.New(slog.NewTextHandler(io.Discard, nil))))
}
