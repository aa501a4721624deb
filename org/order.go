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
// structs and works out four days; ByDays works the days out once per
// change, and runs ChangeOrder only on changes with the same days.
func SortChanges(changes []Change) {
	keys := ByDays(changes, func(c Change) (int, int) { return c.Date.FirstDay(), c.Date.LastDay() }, ChangeOrder)
	sorted := make([]Change, len(changes))
	for i, k := range keys {
		sorted[i] = changes[k.I]
	}
	copy(changes, sorted)
}

// DayKey is one item's first and last possible days and its position.
type DayKey struct{ First, Last, I int }

// ByDays sorts the items' positions by first possible day, then last,
// then order, then position (LinkOrder's and ChangeOrder's sort, stable),
// with each item's days worked out once.
func ByDays[T any](items []T, days func(T) (int, int), order func(a, b T) int) []DayKey {
	keys := make([]DayKey, len(items))
	for i, it := range items {
		first, last := days(it)
		keys[i] = DayKey{first, last, i}
	}
	slices.SortFunc(keys, func(a, b DayKey) int {
		// Not cmp.Or, which works out every argument, order included,
		// before it picks the first that is not 0.
		if c := cmp.Compare(a.First, b.First); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Last, b.Last); c != 0 {
			return c
		}
		if c := order(items[a.I], items[b.I]); c != 0 {
			return c
		}
		return cmp.Compare(a.I, b.I)
	})
	return keys
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
