package storetest

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// oracle answers every Store question by scanning the whole dataset: slow,
// obviously right, and written straight from the Store contract, so the
// real stores are checked against it rather than against each other.
type oracle struct{ ds *org.Dataset }

var _ org.Store = oracle{}

func (o oracle) Ready(context.Context) error { return nil }

func (o oracle) PersonByName(_ context.Context, name string) (*org.Person, error) {
	for i, p := range o.ds.People {
		if slices.Contains(keys(p.Name, p.Aliases), org.Normalize(name)) {
			return &o.ds.People[i], nil
		}
	}
	return nil, nil
}

func (o oracle) UnitByName(_ context.Context, name string) (*org.Unit, error) {
	for i, u := range o.ds.Units {
		if slices.Contains(keys(u.Name, u.Aliases), org.Normalize(name)) {
			return &o.ds.Units[i], nil
		}
	}
	return nil, nil
}

func keys(name string, aliases []string) []string {
	var out []string
	for _, a := range append([]string{name}, aliases...) {
		out = append(out, org.Normalize(a))
	}
	return out
}

func (o oracle) People(_ context.Context, ids []string) ([]*org.Person, error) {
	return byID(o.ds.People, ids, func(p org.Person) string { return p.ID }), nil
}

func (o oracle) Units(_ context.Context, ids []string) ([]*org.Unit, error) {
	return byID(o.ds.Units, ids, func(u org.Unit) string { return u.ID }), nil
}

func byID[T any](all []T, ids []string, id func(T) string) []*T {
	out := make([]*T, len(ids))
	for i, want := range ids {
		for j := range all {
			if id(all[j]) == want {
				out[i] = &all[j]
			}
		}
	}
	return out
}

func (o oracle) Search(_ context.Context, text string, first int) ([]org.SearchHit, error) {
	q := org.Normalize(text)
	hits := []org.SearchHit{}
	for _, p := range o.ds.People {
		if s := org.BestScore(q, append([]string{p.Name}, p.Aliases...)); s > 0 {
			hits = append(hits, org.SearchHit{ID: p.ID, Name: p.Name, Kind: "person", Score: s})
		}
	}
	for _, u := range o.ds.Units {
		if s := org.BestScore(q, append([]string{u.Name}, u.Aliases...)); s > 0 {
			hits = append(hits, org.SearchHit{ID: u.ID, Name: u.Name, Kind: "unit", Score: s})
		}
	}
	return org.RankHits(hits, first), nil
}

func (o oracle) Events(_ context.Context, w org.Window) ([]org.Event, error) {
	out := []org.Event{}
	for _, e := range o.ds.Events {
		if w.Overlaps(org.Span{From: e.Date, To: e.Date}) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, org.EventOrder)
	return out, nil
}

func (o oracle) Links(_ context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		out[i] = []org.Link{}
		for _, l := range o.ds.Links {
			end := l.From
			if dir == org.In {
				end = l.To
			}
			if l.Rel == rel && end == id && w.Overlaps(l.Span) {
				out[i] = append(out[i], l)
			}
		}
		org.SortLinks(out[i])
	}
	return out, nil
}

func (o oracle) ReportingChains(ctx context.Context, ids []string, at org.Date) ([][]string, error) {
	return each(ids, func(id string) []string { return o.chain(ctx, id, at) }), nil
}

func (o oracle) Lineages(_ context.Context, ids []string) ([][]org.Link, error) {
	return each(ids, o.lineage), nil
}

func each[T any](ids []string, f func(string) T) []T {
	out := make([]T, len(ids))
	for i, id := range ids {
		out[i] = f(id)
	}
	return out
}

func (o oracle) chain(ctx context.Context, personID string, at org.Date) []string {
	chain := []string{}
	for cur := personID; ; {
		ls, _ := o.Links(ctx, org.ReportsTo, org.Out, []string{cur}, org.At(at))
		l, ok := org.Preferred(ls[0])
		if !ok || l.To == personID || slices.Contains(chain, l.To) {
			return chain
		}
		chain = append(chain, l.To)
		cur = l.To
	}
}

func (o oracle) lineage(unitID string) []org.Link {
	reached := map[string]bool{unitID: true}
	for grew := true; grew; {
		grew = false
		for _, l := range o.ds.Links {
			if l.Rel.IsLineage() && reached[l.From] != reached[l.To] {
				reached[l.From], reached[l.To], grew = true, true, true
			}
		}
	}
	out := []org.Link{}
	for _, l := range o.ds.Links {
		if l.Rel.IsLineage() && reached[l.From] {
			out = append(out, l)
		}
	}
	org.SortLinks(out)
	return out
}
