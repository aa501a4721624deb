package memstore

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/search"
)

// list is the people or the units in list order (org.CursorOrder), and
// every normalized name of them sorted, so that a prefix is a binary search.
type list struct {
	ordered []org.Cursor
	keys    []keyOf // by key, then id
}

type keyOf struct {
	key string
	at  org.Cursor
}

// newList orders the people's or the units' search entries for ListPeople
// and ListUnits, sharing their normalized names.
func newList(entries []search.Entry) list {
	var l list
	for _, e := range entries {
		at := org.Cursor{Name: e.Name, ID: e.ID}
		l.ordered = append(l.ordered, at)
		for _, k := range e.Keys {
			l.keys = append(l.keys, keyOf{k, at})
		}
	}
	slices.SortFunc(l.ordered, org.CursorOrder)
	slices.SortFunc(l.keys, func(a, b keyOf) int { return strings.Compare(a.key, b.key) })
	return l
}

// ListPeople finds the people by prefix in the sorted keys.
func (s *Store) ListPeople(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return s.peopleList.page(ctx, q, func(c org.Cursor) bool { return org.KnownPerson(s.people[c.ID], q.KnownAt) != nil })
}

// ListUnits finds the units by prefix in the sorted keys.
func (s *Store) ListUnits(ctx context.Context, q org.ListQuery) (org.ListPage, error) {
	return s.unitList.page(ctx, q, func(c org.Cursor) bool { return org.KnownUnit(s.units[c.ID], q.KnownAt) != nil })
}

// page needs the total, so every match is tested whatever the page.
func (l list) page(ctx context.Context, q org.ListQuery, known func(org.Cursor) bool) (org.ListPage, error) {
	cands := l.ordered
	if p := org.Normalize(q.Prefix); p != "" {
		// An entity with several matching names is found once per name.
		seen := map[string]bool{}
		cands = nil
		for i := sort.Search(len(l.keys), func(i int) bool { return l.keys[i].key >= p }); i < len(l.keys) && strings.HasPrefix(l.keys[i].key, p); i++ {
			if c := l.keys[i].at; !seen[c.ID] {
				seen[c.ID] = true
				cands = append(cands, c)
			}
		}
		slices.SortFunc(cands, org.CursorOrder)
	}
	if q.KnownAt.IsZero() {
		return q.Page(cands), nil // everything is known
	}
	var match []org.Cursor
	for i, c := range cands {
		if err := check(ctx, i); err != nil {
			return org.ListPage{}, err
		}
		if known(c) {
			match = append(match, c)
		}
	}
	return q.Page(match), nil
}
