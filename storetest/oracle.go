package storetest

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// oracle answers every Store question by scanning the whole dataset: slow,
// obviously right, and written straight from the Store contract and org's
// time rules (Window.Select, Preferred, KnownSources), so the real stores
// are checked against it rather than against each other.
type oracle struct{ ds *org.Dataset }

var _ org.Store = oracle{}

func (o oracle) Ready(context.Context) error { return nil }

func (o oracle) PersonByName(_ context.Context, name string, knownAt org.Date) (*org.Person, error) {
	for i, p := range o.ds.People {
		if slices.Contains(keys(p.Name, p.Aliases), org.Normalize(name)) {
			return org.KnownPerson(&o.ds.People[i], knownAt), nil
		}
	}
	return nil, nil
}

func (o oracle) UnitByName(_ context.Context, name string, knownAt org.Date) (*org.Unit, error) {
	for i, u := range o.ds.Units {
		if slices.Contains(keys(u.Name, u.Aliases), org.Normalize(name)) {
			return org.KnownUnit(&o.ds.Units[i], knownAt), nil
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

func (o oracle) People(_ context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	out := byID(o.ds.People, ids, func(p org.Person) string { return p.ID })
	for i := range out {
		out[i] = org.KnownPerson(out[i], knownAt)
	}
	return out, nil
}

func (o oracle) Units(_ context.Context, ids []string, knownAt org.Date) ([]*org.Unit, error) {
	out := byID(o.ds.Units, ids, func(u org.Unit) string { return u.ID })
	for i := range out {
		out[i] = org.KnownUnit(out[i], knownAt)
	}
	return out, nil
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

func (o oracle) Search(_ context.Context, text string, first int, knownAt org.Date) ([]org.SearchHit, error) {
	q := org.Normalize(text)
	hits := []org.SearchHit{}
	for i, p := range o.ds.People {
		if s := org.BestScore(q, append([]string{p.Name}, p.Aliases...)); s > 0 && org.KnownPerson(&o.ds.People[i], knownAt) != nil {
			hits = append(hits, org.SearchHit{ID: p.ID, Name: p.Name, Kind: "person", Score: s})
		}
	}
	for i, u := range o.ds.Units {
		if s := org.BestScore(q, append([]string{u.Name}, u.Aliases...)); s > 0 && org.KnownUnit(&o.ds.Units[i], knownAt) != nil {
			hits = append(hits, org.SearchHit{ID: u.ID, Name: u.Name, Kind: "unit", Score: s})
		}
	}
	return org.RankHits(hits, first), nil
}

func (o oracle) Events(_ context.Context, w org.Window) ([]org.Event, error) {
	out := []org.Event{}
	for _, e := range o.ds.Events {
		if e, ok := w.SelectEvent(e); ok {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, org.EventOrder)
	return out, nil
}

func (o oracle) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		out[i] = []org.Link{}
		for _, l := range o.ds.Links {
			end := l.From
			if dir == org.In {
				end = l.To
			}
			if l.Rel != rel || end != id {
				continue
			}
			if l, ok := w.Select(l); ok && o.known(ctx, l, w.KnownAt) {
				out[i] = append(out[i], l)
			}
		}
		org.SortLinks(out[i])
	}
	return out, nil
}

// known reports whether both ends of l were known at knownAt.
func (o oracle) known(ctx context.Context, l org.Link, knownAt org.Date) bool {
	fromPerson := l.Rel == org.ReportsTo || l.Rel == org.Heads
	toPerson := l.Rel == org.ReportsTo
	ok := func(id string, person bool) bool {
		if person {
			p, _ := o.People(ctx, []string{id}, knownAt)
			return p[0] != nil
		}
		u, _ := o.Units(ctx, []string{id}, knownAt)
		return u[0] != nil
	}
	return ok(l.From, fromPerson) && ok(l.To, toPerson)
}

func (o oracle) ReportingChains(ctx context.Context, ids []string, w org.Window) ([][]string, error) {
	return each(ids, func(id string) []string { return o.chain(ctx, id, w) }), nil
}

func (o oracle) Lineages(ctx context.Context, ids []string, knownAt org.Date) ([][]org.Link, error) {
	return each(ids, func(id string) []org.Link { return o.lineage(ctx, id, knownAt) }), nil
}

func each[T any](ids []string, f func(string) T) []T {
	out := make([]T, len(ids))
	for i, id := range ids {
		out[i] = f(id)
	}
	return out
}

func (o oracle) chain(ctx context.Context, personID string, w org.Window) []string {
	chain := []string{}
	for cur := personID; ; {
		ls, _ := o.Links(ctx, org.ReportsTo, org.Out, []string{cur}, w)
		l, ok := org.Preferred(ls[0], w)
		if !ok || l.To == personID || slices.Contains(chain, l.To) {
			return chain
		}
		chain = append(chain, l.To)
		cur = l.To
	}
}

// lineage grows the set of units reached through known lineage links until
// it stops growing, then lists every known lineage link out of it.
func (o oracle) lineage(ctx context.Context, unitID string, knownAt org.Date) []org.Link {
	var lineage []org.Link
	for _, l := range o.ds.Links {
		if l, ok := (org.Window{KnownAt: knownAt}).Select(l); ok && l.Rel.IsLineage() && o.known(ctx, l, knownAt) {
			lineage = append(lineage, l)
		}
	}
	reached := map[string]bool{unitID: true}
	for grew := true; grew; {
		grew = false
		for _, l := range lineage {
			if reached[l.From] != reached[l.To] {
				reached[l.From], reached[l.To], grew = true, true, true
			}
		}
	}
	out := []org.Link{}
	for _, l := range lineage {
		if reached[l.From] {
			out = append(out, l)
		}
	}
	org.SortLinks(out)
	return out
}
