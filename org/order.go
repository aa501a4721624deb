package org

import (
	"cmp"
	"slices"
)

// The orders below are part of the Store contract: both stores sort with
// them, so their answers compare equal element by element.

// LinkOrder sorts links by when they start and end, then by their ends.
func LinkOrder(a, b Link) int {
	return cmp.Or(
		cmp.Compare(a.Span.FirstDay(), b.Span.FirstDay()),
		cmp.Compare(a.Span.LastDay(), b.Span.LastDay()),
		cmp.Compare(a.Rel, b.Rel),
		cmp.Compare(a.From, b.From),
		cmp.Compare(a.To, b.To),
		cmp.Compare(a.Title, b.Title),
	)
}

// SortLinks sorts links in LinkOrder.
func SortLinks(links []Link) { slices.SortFunc(links, LinkOrder) }

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
