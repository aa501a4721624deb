package cypher

import (
	"context"
	"fmt"

	"github.com/orgraph/orgraph/org"
)

// The statements of ListPeople and ListUnits.
var (
	qListPeople = load("list_people")
	qListUnits  = load("list_units")
)

// ListPeople returns one page of the people q asks for, in one query.
func (s *Store) ListPeople(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return s.list(ctx, qListPeople, q)
}

// ListUnits returns one page of the units q asks for, in one query.
func (s *Store) ListUnits(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return s.list(ctx, qListUnits, q)
}

// list runs a list query; it returns up to First + 1 entries, and the extra
// one says that more follow, so org.ListQuery.Page cuts the same page as
// the in-memory store.
func (s *Store) list(ctx context.Context, stmt statement, q org.ListQuery) (org.ListPage, error) {
	recs, err := s.read(ctx, stmt, map[string]any{
		"prefix": org.Normalize(q.Prefix), "after": q.After.ID != "",
		"afterName": q.After.Name, "afterId": q.After.ID,
		"first": q.First, "known": date(q.KnownAt.LastDay()),
	})
	if err != nil {
		return org.ListPage{}, err
	}
	if len(recs) != 1 {
		return org.ListPage{}, org.Wrap(fmt.Errorf("%s: %d rows, want 1", stmt.name, len(recs)), org.Internal, "unexpected data in neo4j")
	}
	r := &row{rec: recs[0]}
	total := r.integer("total")
	var items []org.Cursor
	for _, v := range r.list("page") {
		m, ok := v.(map[string]any)
		name, _ := m["name"].(string)
		id, _ := m["id"].(string)
		if !ok || id == "" {
			return org.ListPage{}, org.Wrap(fmt.Errorf("%s: page entry %T", stmt.name, v), org.Internal, "unexpected data in neo4j")
		}
		items = append(items, org.Cursor{Name: name, ID: id})
	}
	if r.err != nil {
		return org.ListPage{}, org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
	}
	page := q.Page(items)
	page.Total = total
	return page, nil
}
