package server_test

import (
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/server"
)

// TestSearchTextCapNeo4j: the long search string that used to keep Neo4j
// busy for 81 s is refused before the store sees it.
func TestSearchTextCapNeo4j(t *testing.T) {
	d, db := cyphertest.Driver(t)
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	s := cypher.New(d, db)
	if err := s.Replace(t.Context(), ds, nil); err != nil {
		t.Fatal(err)
	}
	testSearchTextCap(t, server.New(s, quiet))
}
