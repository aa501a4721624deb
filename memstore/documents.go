package memstore

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// citations is what cites one document: links and events as positions in
// Store.links.all and Store.events, ascending, so in their order; the
// positions hold no pointers for the garbage collector to follow, where
// copies of the facts were a fifth of the store at 100,000 people.
type citations struct {
	links, events      []int32
	personIDs, unitIDs []string // sorted
}

// newCitations indexes what each document supports, so that a document
// page costs what it lists. links and events are the store's, sorted.
func newCitations(ds *org.Dataset, links []org.Link, events []org.Event) map[string]*citations {
	out := map[string]*citations{}
	at := func(srcs []org.Source, add func(*citations)) {
		for i, s := range srcs {
			if slices.ContainsFunc(srcs[:i], func(t org.Source) bool { return t.Document == s.Document }) {
				continue // cited twice by one fact: listed once
			}
			if out[s.Document] == nil {
				out[s.Document] = &citations{}
			}
			add(out[s.Document])
		}
	}
	for i, l := range links {
		at(l.Sources, func(c *citations) { c.links = append(c.links, int32(i)) })
	}
	for i, e := range events {
		at(e.Sources, func(c *citations) { c.events = append(c.events, int32(i)) })
	}
	for _, p := range ds.People {
		at(p.Sources, func(c *citations) { c.personIDs = append(c.personIDs, p.ID) })
	}
	for _, u := range ds.Units {
		at(u.Sources, func(c *citations) { c.unitIDs = append(c.unitIDs, u.ID) })
	}
	for _, c := range out {
		slices.Sort(c.personIDs)
		slices.Sort(c.unitIDs)
	}
	return out
}

// Documents lists the documents published by knownAt.
func (s *Store) Documents(_ context.Context, knownAt org.Date) ([]org.Document, error) {
	return org.KnownDocuments(s.docs, knownAt), nil
}

// Cited filters the document's index entry as known at knownAt.
func (s *Store) Cited(ctx context.Context, doc string, knownAt org.Date) (org.Citations, error) {
	var out org.Citations
	d, ok := s.docByID[doc]
	all := s.cited[doc]
	if !ok || all == nil || !org.PublishedBy(d.Published, knownAt) {
		return out, nil
	}
	for i, at := range all.links {
		if err := check(ctx, i); err != nil {
			return out, err
		}
		if l := s.links.all[at]; s.knownEnds(l, knownAt) {
			l.Sources, _ = org.KnownSources(l.Sources, knownAt)
			out.Links = append(out.Links, l)
		}
	}
	for _, at := range all.events {
		e := s.events[at]
		e.Sources, _ = org.KnownSources(e.Sources, knownAt)
		out.Events = append(out.Events, e)
	}
	out.PersonIDs, out.UnitIDs = all.personIDs, all.unitIDs
	return out, nil
}
