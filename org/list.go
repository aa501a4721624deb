package org

import (
	"cmp"
	"strings"
)

// Cursor is a position in the list of people or of units, ordered by name
// and then id: the entry it names and the ones before it are behind.
type Cursor struct {
	Name, ID string
}

// CursorOrder is the order of the lists: by name, then id.
func CursorOrder(a, b Cursor) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
}

// ListQuery asks for one page of people or units: those known at KnownAt
// with a name or alias whose normalized form (Normalize) starts with
// Normalize(Prefix), ordered by CursorOrder, the First of them after After
// (from the start when After.ID is "").
type ListQuery struct {
	Prefix  string
	After   Cursor
	First   int
	KnownAt Date
}

// ListPage is one page: its entries, how many the query matches in all,
// and whether more follow the page.
type ListPage struct {
	Items   []Cursor
	Total   int
	HasNext bool
}

// Matches reports whether an entity with the normalized names keys matches
// the query's prefix.
func (q ListQuery) Matches(keys []string) bool {
	p := Normalize(q.Prefix)
	for _, k := range keys {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return p == ""
}

// Keys are the normalized forms of a name and its aliases, as the lists
// and lookups by name match them.
func Keys(name string, aliases []string) []string {
	out := []string{Normalize(name)}
	for _, a := range aliases {
		out = append(out, Normalize(a))
	}
	return out
}

// Page cuts the page q asks for out of every matching entry, in CursorOrder.
func (q ListQuery) Page(all []Cursor) ListPage {
	page := ListPage{Total: len(all), Items: []Cursor{}}
	for _, c := range all {
		if q.After.ID != "" && CursorOrder(c, q.After) <= 0 {
			continue
		}
		if len(page.Items) == q.First {
			page.HasNext = true
			break
		}
		page.Items = append(page.Items, c)
	}
	return page
}
