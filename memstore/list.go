package memstore

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// listed is one person or unit in list order, with its normalized names.
type listed struct {
	at   org.Cursor
	keys []string
}

// newList orders entities for ListPeople and ListUnits.
func newList[T any](all map[string]*T, names func(*T) (string, string, []string)) []listed {
	out := make([]listed, 0, len(all))
	for _, e := range all {
		id, name, aliases := names(e)
		out = append(out, listed{at: org.Cursor{Name: name, ID: id}, keys: org.Keys(name, aliases)})
	}
	slices.SortFunc(out, func(a, b listed) int { return org.CursorOrder(a.at, b.at) })
	return out
}

// ListPeople walks the people in list order: a page needs the total, so
// every entry is tested whatever the page.
func (s *Store) ListPeople(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return list(ctx, s.peopleList, q, func(id string) bool { return org.KnownPerson(s.people[id], q.KnownAt) != nil })
}

// ListUnits walks the units in list order.
func (s *Store) ListUnits(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return list(ctx, s.unitList, q, func(id string) bool { return org.KnownUnit(s.units[id], q.KnownAt) != nil })
}

func list(ctx context.Context, all []listed, q org.ListQuery, known func(string) bool) (org.ListPage, error) {
	var match []org.Cursor
	for i, e := range all {
		if err := check(ctx, i); err != nil {
			return org.ListPage{}, err
		}
		if q.Matches(e.keys) && known(e.at.ID) {
			match = append(match, e.at)
		}
	}
	return q.Page(match), nil
}
