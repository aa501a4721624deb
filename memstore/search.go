package memstore

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// Search ranks the people and units known at knownAt by their best name
// (package search, which the Neo4j store answers from too, so the two
// rank alike).
func (s *Store) Search(ctx context.Context, text string, first int, knownAt org.Date) ([]org.SearchHit, error) {
	return s.search.Search(ctx, text, first, knownAt)
}
