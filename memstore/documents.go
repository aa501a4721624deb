package memstore

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// newCitations indexes what each document supports, so that a document
// page costs what it lists.
func newCitations(ds *org.Dataset) map[string]*org.Citations {
	out := map[string]*org.Citations{}
	at := func(srcs []org.Source, add func(*org.Citations)) {
		seen := map[string]bool{}
		for _, s := range srcs {
			if seen[s.Document] {
				continue // cited twice by one fact: listed once
			}
			seen[s.Document] = true
			if out[s.Document] == nil {
				out[s.Document] = &org.Citations{}
			}
			add(out[s.Document])
		}
	}
	for _, l := range ds.Links {
		at(l.Sources, func(c *org.Citations) { c.Links = append(c.Links, l) })
	}
	for _, e := range ds.Events {
		at(e.Sources, func(c *org.Citations) { c.Events = append(c.Events, e) })
	}
	for _, p := range ds.People {
		at(p.Sources, func(c *org.Citations) { c.PersonIDs = append(c.PersonIDs, p.ID) })
	}
	for _, u := range ds.Units {
		at(u.Sources, func(c *org.Citations) { c.UnitIDs = append(c.UnitIDs, u.ID) })
	}
	for _, c := range out {
		c.Sort()
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
	for i, l := range all.Links {
		if err := check(ctx, i); err != nil {
			return out, err
		}
		if s.knownEnds(l, knownAt) {
			l.Sources, _ = org.KnownSources(l.Sources, knownAt)
			out.Links = append(out.Links, l)
		}
	}
	for _, e := range all.Events {
		e.Sources, _ = org.KnownSources(e.Sources, knownAt)
		out.Events = append(out.Events, e)
	}
	out.PersonIDs, out.UnitIDs = all.PersonIDs, all.UnitIDs
	return out, nil
}
