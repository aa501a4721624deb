package storetest

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

func (o oracle) Documents(_ context.Context, knownAt org.Date) ([]org.Document, error) {
	return org.KnownDocuments(o.ds.Documents, knownAt), nil
}

// Cited scans every fact and entity for the document.
func (o oracle) Cited(ctx context.Context, doc string, knownAt org.Date) (org.Citations, error) {
	var c org.Citations
	published := false
	for _, d := range org.KnownDocuments(o.ds.Documents, knownAt) {
		published = published || d.ID == doc
	}
	if !published {
		return c, nil
	}
	for _, l := range o.ds.Links {
		if org.Cites(l.Sources, doc) && o.known(ctx, l, knownAt) {
			l.Sources, _ = org.KnownSources(l.Sources, knownAt)
			c.Links = append(c.Links, l)
		}
	}
	for _, e := range o.ds.Events {
		if org.Cites(e.Sources, doc) {
			e.Sources, _ = org.KnownSources(e.Sources, knownAt)
			c.Events = append(c.Events, e)
		}
	}
	for _, p := range o.ds.People {
		if org.Cites(p.Sources, doc) {
			c.PersonIDs = append(c.PersonIDs, p.ID)
		}
	}
	for _, u := range o.ds.Units {
		if org.Cites(u.Sources, doc) {
			c.UnitIDs = append(c.UnitIDs, u.ID)
		}
	}
	c.Sort()
	return c, nil
}
