package server_test

import (
	"testing"

	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/server"
)

// TestSearchTextCapNeo4j: the long search string that used to keep Neo4j
// busy for 81 s is refused before the store sees it.
func TestSearchTextCapNeo4j(t *testing.T) {
	s, _ := cyphertest.Seeded(t)
	testSearchTextCap(t, server.New(s, quiet))
}
