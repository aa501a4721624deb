package org

import (
	"cmp"
	"slices"
)

// Citations are everything one document supports: the links and events
// that cite it, and the people and units whose own sources do.
type Citations struct {
	Links     []Link  // in LinkOrder
	Events    []Event // in EventOrder
	PersonIDs []string
	UnitIDs   []string // both sorted
}

// Cites reports whether doc is among srcs.
func Cites(srcs []Source, doc string) bool {
	return slices.ContainsFunc(srcs, func(s Source) bool { return s.Document == doc })
}

// KnownDocuments keeps the documents published by knownAt (PublishedBy),
// sorted by id.
func KnownDocuments(docs []Document, knownAt Date) []Document {
	out := []Document{}
	for _, d := range docs {
		if PublishedBy(d.Published, knownAt) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b Document) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Sort puts c in its documented order.
func (c *Citations) Sort() {
	SortLinks(c.Links)
	slices.SortFunc(c.Events, EventOrder)
	slices.Sort(c.PersonIDs)
	slices.Sort(c.UnitIDs)
}
