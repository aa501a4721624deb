package memstore

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// compact copies a dataset with every repeated string shared: ids, which
// each link, event and source spells out again, source notes, which repeat
// a handful of phrases, and documents' titles. The values are equal, so
// answers are too; what changes is the number of objects the garbage
// collector must mark on every cycle while the server runs. At 100,000
// people each fact and its sources came from the YAML decoder as a
// separate string apiece, millions in all (issue 7: collections marking
// them ran for seconds on two cores, and requests meanwhile waited).
// The copy leaves the caller's dataset untouched.
func compact(ds *org.Dataset) *org.Dataset {
	in := interner{}
	out := &org.Dataset{
		Documents: ds.Documents,
		People:    slices.Clone(ds.People),
		Units:     slices.Clone(ds.Units),
		Links:     slices.Clone(ds.Links),
		Events:    slices.Clone(ds.Events),
	}
	for _, d := range ds.Documents {
		in.of(d.ID)
		in.of(d.Title)
	}
	for i := range out.People {
		p := &out.People[i]
		p.ID, p.Sources = in.of(p.ID), in.sources(p.Sources)
	}
	for i := range out.Units {
		u := &out.Units[i]
		u.ID, u.Kind, u.Sources = in.of(u.ID), in.of(u.Kind), in.sources(u.Sources)
	}
	for i := range out.Links {
		l := &out.Links[i]
		l.Rel = org.Rel(in.of(string(l.Rel)))
		l.From, l.To, l.Title = in.of(l.From), in.of(l.To), in.of(l.Title)
		l.Sources = in.sources(l.Sources)
	}
	for i := range out.Events {
		e := &out.Events[i]
		e.ID, e.Title = in.of(e.ID), in.of(e.Title)
		e.UnitIDs, e.PersonIDs = in.all(e.UnitIDs), in.all(e.PersonIDs)
		e.Sources = in.sources(e.Sources)
	}
	return out
}

// interner hands out one copy of each distinct string.
type interner map[string]string

func (in interner) of(s string) string {
	if c, ok := in[s]; ok {
		return c
	}
	in[s] = s
	return s
}

// all interns a copy of ss (nil stays nil).
func (in interner) all(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = in.of(s)
	}
	return out
}

// sources interns a copy of srcs (nil stays nil).
func (in interner) sources(srcs []org.Source) []org.Source {
	if srcs == nil {
		return nil
	}
	out := make([]org.Source, len(srcs))
	for i, s := range srcs {
		s.Document, s.Title, s.Note = in.of(s.Document), in.of(s.Title), in.of(s.Note)
		out[i] = s
	}
	return out
}
