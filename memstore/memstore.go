// Package memstore is the embedded org.Store: the whole dataset in memory,
// indexed by alias, by search gram, by relationship and by time, so that
// `orgraph serve` answers instantly with nothing but the binary.
package memstore

import (
	"context"
	"slices"
	"sort"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/search"
)

// Store is an immutable, indexed copy of a dataset; safe for concurrent use.
type Store struct {
	people  map[string]*org.Person
	units   map[string]*org.Unit
	byKey   map[string]map[string]string // "person" or "unit" → normalized alias → id
	search  *search.Index                // normalized aliases by gram
	links   linkIndex
	events  []org.Event // in EventOrder
	lastDay []int       // running max of events' last days, for Events
	// peopleList and unitList are in list order (org.CursorOrder).
	peopleList, unitList list
	docs                 []org.Document
	docByID              map[string]org.Document
	cited                map[string]*citations // document id → what cites it
	changes              changeIndex
}

var _ org.Store = (*Store)(nil)

// New indexes a validated dataset. The dataset must not change afterwards.
func New(ds *org.Dataset) *Store {
	in := &interner{seen: map[string]string{}}
	ds = compact(ds, in)
	s := &Store{
		people: map[string]*org.Person{}, units: map[string]*org.Unit{},
		byKey: map[string]map[string]string{"person": {}, "unit": {}},
	}
	// The normalized names are worked out once, for the search index, the
	// lookup by name and the lists alike.
	entries := make([]search.Entry, 0, len(ds.People)+len(ds.Units))
	for i := range ds.People {
		p := &ds.People[i]
		s.people[p.ID] = p
		entries = append(entries, s.index(in, "person", p.ID, p.Name, p.Aliases, p.Sources))
	}
	for i := range ds.Units {
		u := &ds.Units[i]
		s.units[u.ID] = u
		entries = append(entries, s.index(in, "unit", u.ID, u.Name, u.Aliases, u.Sources))
	}
	s.peopleList, s.unitList = newList(entries[:len(ds.People)]), newList(entries[len(ds.People):])
	s.search = search.New(entries)
	links, linkAt := newLinkIndex(ds.Links)
	s.links = links
	s.changes = newChangeIndex(ds, links.all, linkAt, ds.Units)
	s.events = slices.SortedStableFunc(slices.Values(ds.Events), org.EventOrder)
	s.docs, s.docByID, s.cited = ds.Documents, map[string]org.Document{}, newCitations(ds, s.links.all, s.events)
	for _, d := range ds.Documents {
		s.docByID[d.ID] = d
	}
	last := org.MinDay
	for _, e := range s.events {
		last = max(last, e.Date.LastDay())
		s.lastDay = append(s.lastDay, last)
	}
	return s
}

// index indexes a person's or unit's names by key, and returns its search entry.
func (s *Store) index(in *interner, kind, id, name string, aliases []string, srcs []org.Source) search.Entry {
	keys := make([]string, 0, 1+len(aliases))
	for _, a := range append([]string{name}, aliases...) {
		key := in.of(org.Normalize(a))
		keys = append(keys, key)
		s.byKey[kind][key] = id
	}
	return search.Entry{ID: id, Name: name, Kind: kind, Keys: keys, Reported: search.Reported(srcs)}
}

// Ready reports whether a dataset is loaded.
func (s *Store) Ready(context.Context) error {
	if len(s.people)+len(s.units) == 0 {
		return org.Errorf(org.Unavailable, "no data loaded")
	}
	return nil
}

// PersonByName resolves any alias of a person.
func (s *Store) PersonByName(_ context.Context, name string, knownAt org.Date) (*org.Person, error) {
	return org.KnownPerson(s.people[s.byKey["person"][org.Normalize(name)]], knownAt), nil
}

// UnitByName resolves any alias of a unit.
func (s *Store) UnitByName(_ context.Context, name string, knownAt org.Date) (*org.Unit, error) {
	return org.KnownUnit(s.units[s.byKey["unit"][org.Normalize(name)]], knownAt), nil
}

// People returns people by id, nil where unknown.
func (s *Store) People(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	return lookup(ctx, s.people, ids, knownAt, org.KnownPerson)
}

// Units returns units by id, nil where unknown.
func (s *Store) Units(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Unit, error) {
	return lookup(ctx, s.units, ids, knownAt, org.KnownUnit)
}

func lookup[T any](ctx context.Context, m map[string]*T, ids []string, knownAt org.Date, known func(*T, org.Date) *T) ([]*T, error) {
	out := make([]*T, len(ids))
	for i, id := range ids {
		if err := check(ctx, i); err != nil {
			return nil, err
		}
		out[i] = known(m[id], knownAt)
	}
	return out, nil
}

// knownEnds reports whether both ends of l were known at knownAt: a fact
// is shown only between entities the same sources had named.
func (s *Store) knownEnds(l org.Link, knownAt org.Date) bool {
	if knownAt.IsZero() {
		return true
	}
	from, to := s.units[l.From] != nil && org.KnownUnit(s.units[l.From], knownAt) != nil, s.units[l.To] != nil && org.KnownUnit(s.units[l.To], knownAt) != nil
	switch l.Rel {
	case org.ReportsTo:
		from, to = org.KnownPerson(s.people[l.From], knownAt) != nil, org.KnownPerson(s.people[l.To], knownAt) != nil
	case org.Heads:
		from = org.KnownPerson(s.people[l.From], knownAt) != nil
	}
	return from && to
}

// check returns the context's error, as an org.Error, on every 256th step
// of a loop (and the first): a request whose client has gone or whose
// deadline has passed stops working, at a cost too small to measure.
func check(ctx context.Context, step int) error {
	if step%256 != 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return cancelled(err)
	}
	return nil
}

// cancelled reports a request that stopped before its answer was ready.
func cancelled(err error) error {
	return org.Wrap(err, org.Unavailable, "the request was cancelled or ran out of time")
}

// Events finds the events overlapping w by binary search on the sorted list.
func (s *Store) Events(ctx context.Context, w org.Window) ([]org.Event, error) {
	// Events sorted by first day: those starting after the window are out;
	// of the rest, a prefix whose running max last day is before the window is out too.
	end := sort.Search(len(s.events), func(i int) bool { return s.events[i].Date.FirstDay() > w.LastDay() })
	start := sort.SearchInts(s.lastDay[:end], w.FirstDay())
	out := []org.Event{}
	for i, e := range s.events[start:end] {
		if err := check(ctx, i); err != nil {
			return nil, err
		}
		if e, ok := w.SelectEvent(e); ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// Links filters each node's adjacency list by time.
func (s *Store) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		if err := check(ctx, i); err != nil {
			return nil, err
		}
		out[i] = s.selected(s.links.of(rel, dir, id), w)
	}
	return out, nil
}

// selected keeps the links at positions pos that w selects between ends
// known at w.KnownAt.
func (s *Store) selected(pos []int32, w org.Window) []org.Link {
	out := []org.Link{}
	for _, i := range pos {
		if l, ok := w.Select(s.links.all[i]); ok && s.knownEnds(l, w.KnownAt) {
			out = append(out, l)
		}
	}
	return out
}

// ReportingChains follows each person's preferred reporting line upward.
func (s *Store) ReportingChains(ctx context.Context, ids []string, w org.Window) ([][]string, error) {
	out := make([][]string, len(ids))
	for i, id := range ids {
		chain, err := s.chain(ctx, id, w)
		if err != nil {
			return nil, err
		}
		out[i] = chain
	}
	return out, nil
}

func (s *Store) chain(ctx context.Context, personID string, w org.Window) ([]string, error) {
	chain := []string{}
	seen := map[string]bool{personID: true}
	for cur := personID; ; {
		if err := check(ctx, len(chain)); err != nil {
			return nil, err
		}
		l, ok := org.Preferred(s.selected(s.links.of(org.ReportsTo, org.Out, cur), w), w)
		if !ok || seen[l.To] {
			return chain, nil
		}
		seen[l.To] = true
		chain = append(chain, l.To)
		cur = l.To
	}
}

// Lineages walks lineage links both ways from each unit.
func (s *Store) Lineages(ctx context.Context, ids []string, knownAt org.Date) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		lineage, err := s.lineage(ctx, id, org.Window{KnownAt: knownAt})
		if err != nil {
			return nil, err
		}
		out[i] = lineage
	}
	return out, nil
}

// lineage collects the outgoing lineage links of every unit reached from
// unitID: every reachable link is an outgoing link of exactly one reached
// unit, so each is collected once.
func (s *Store) lineage(ctx context.Context, unitID string, known org.Window) ([]org.Link, error) {
	out := []org.Link{}
	seen := map[string]bool{unitID: true}
	for step, queue := 0, []string{unitID}; len(queue) > 0; step, queue = step+1, queue[1:] {
		if err := check(ctx, step); err != nil {
			return nil, err
		}
		for _, rel := range org.LineageRels {
			out = append(out, s.selected(s.links.of(rel, org.Out, queue[0]), known)...)
			for _, dir := range []org.Direction{org.Out, org.In} {
				for _, l := range s.selected(s.links.of(rel, dir, queue[0]), known) {
					next := l.To
					if dir == org.In {
						next = l.From
					}
					if !seen[next] {
						seen[next] = true
						queue = append(queue, next)
					}
				}
			}
		}
	}
	org.SortLinks(out)
	return out, nil
}

// InMemory marks the store as answering from memory: the GraphQL layer
// calls it directly rather than batching its calls (see graph.Middleware).
func (*Store) InMemory() {}
