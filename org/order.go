package org

import (
	"cmp"
	"slices"
)

// The orders below are part of the Store contract: both stores sort with
// them, so their answers compare equal element by element.

// LinkOrder sorts links by when they start and end, then by their ends.
// It compares field after field only while they are equal: cmp.Or would
// work out every comparison first, and sorts call this millions of times.
func LinkOrder(a, b Link) int {
	if c := cmp.Compare(a.Span.FirstDay(), b.Span.FirstDay()); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Span.LastDay(), b.Span.LastDay()); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Rel, b.Rel), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Title, b.Title))
}

// SortLinks sorts links in LinkOrder.
func SortLinks(links []Link) { slices.SortFunc(links, LinkOrder) }

// SortChanges sorts changes in ChangeOrder, stably: changes that compare
// equal keep their order. Sorting the structs with ChangeOrder directly
// took seconds at 100,000 people, as each comparison copies two large
// structs and works out four days; here the days are worked out once per
// change, and ChangeOrder runs only on changes with the same days.
func SortChanges(changes []Change) {
	type key struct{ first, last, i int }
	keys := make([]key, len(changes))
	for i, c := range changes {
		keys[i] = key{c.Date.FirstDay(), c.Date.LastDay(), i}
	}
	slices.SortFunc(keys, func(a, b key) int {
		// Not cmp.Or, which would run ChangeOrder on every comparison.
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		if c := cmp.Compare(a.last, b.last); c != 0 {
			return c
		}
		if c := ChangeOrder(changes[a.i], changes[b.i]); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	sorted := make([]Change, len(changes))
	for i, k := range keys {
		sorted[i] = changes[k.i]
	}
	copy(changes, sorted)
}

// EventOrder sorts events oldest first, then by id.
func EventOrder(a, b Event) int {
	return cmp.Or(
		cmp.Compare(a.Date.FirstDay(), b.Date.FirstDay()),
		cmp.Compare(a.Date.LastDay(), b.Date.LastDay()),
		cmp.Compare(a.ID, b.ID),
	)
}

// Preferred picks, among links selected for window w, the one to follow
// when the API wants a single answer (a unit's parent, the next manager in a
// reporting chain): one that holds there CERTAINLY before one that only
// POSSIBLY does; then the one that may have started latest (after lifespan
// clipping), as the most recent arrangement; then the one that may last
// longest; then the smallest target id. It returns false for no links.
func Preferred(links []Link, w Window) (Link, bool) {
	if len(links) == 0 {
		return Link{}, false
	}
	certain := func(l Link) int {
		if w.Holds(l) == Certainly {
			return 0
		}
		return 1
	}
	return slices.MinFunc(links, func(a, b Link) int {
		return cmp.Or(
			cmp.Compare(certain(a), certain(b)),
			-cmp.Compare(a.Bounds.StartMin, b.Bounds.StartMin),
			-cmp.Compare(a.Bounds.EndMax, b.Bounds.EndMax),
			cmp.Compare(a.To, b.To),
		)
	}), true
}
