// Package memstore is the embedded org.Store: the whole dataset in memory,
// indexed by alias, by search gram, by relationship and by time, so that
// `orgraph serve` answers instantly with nothing but the binary.
package memstore

import (
	"context"
	"slices"
	"sort"

	"github.com/orgraph/orgraph/org"
)

// Store is an immutable, indexed copy of a dataset; safe for concurrent use.
type Store struct {
	people  map[string]*org.Person
	units   map[string]*org.Unit
	byKey   map[string]string                    // "person:"/"unit:" + normalized alias → id
	grams   map[string][]string                  // search gram → ids of nodes whose aliases contain it
	keys    map[string][]string                  // id → normalized name and aliases, for scoring
	links   [2]map[org.Rel]map[string][]org.Link // [Out|In] rel → node id → links in LinkOrder
	events  []org.Event                          // in EventOrder
	lastDay []int                                // running max of events' last days, for Events
}

var _ org.Store = (*Store)(nil)

// New indexes a validated dataset. The dataset must not change afterwards.
func New(ds *org.Dataset) *Store {
	s := &Store{
		people: map[string]*org.Person{}, units: map[string]*org.Unit{},
		byKey: map[string]string{}, grams: map[string][]string{}, keys: map[string][]string{},
		links: [2]map[org.Rel]map[string][]org.Link{{}, {}},
	}
	for i := range ds.People {
		p := &ds.People[i]
		s.people[p.ID] = p
		s.index("person", p.ID, p.Name, p.Aliases)
	}
	for i := range ds.Units {
		u := &ds.Units[i]
		s.units[u.ID] = u
		s.index("unit", u.ID, u.Name, u.Aliases)
	}
	for _, l := range ds.Links {
		for dir, id := range [2]string{org.Out: l.From, org.In: l.To} {
			byRel := s.links[dir]
			if byRel[l.Rel] == nil {
				byRel[l.Rel] = map[string][]org.Link{}
			}
			byRel[l.Rel][id] = append(byRel[l.Rel][id], l)
		}
	}
	for _, byRel := range s.links {
		for _, byID := range byRel {
			for _, ls := range byID {
				org.SortLinks(ls)
			}
		}
	}
	s.events = slices.SortedFunc(slices.Values(ds.Events), org.EventOrder)
	last := org.MinDay
	for _, e := range s.events {
		last = max(last, e.Date.LastDay())
		s.lastDay = append(s.lastDay, last)
	}
	return s
}

func (s *Store) index(kind, id, name string, aliases []string) {
	seen := map[string]bool{}
	for _, a := range append([]string{name}, aliases...) {
		key := org.Normalize(a)
		s.keys[id] = append(s.keys[id], key)
		s.byKey[kind+":"+key] = id
		r := []rune(key)
		for i := range r {
			// Single runes serve one-rune queries; pairs serve the rest (see org.Grams).
			for _, g := range []string{string(r[i]), string(r[i:min(i+2, len(r))])} {
				if !seen[g] {
					seen[g] = true
					s.grams[g] = append(s.grams[g], id)
				}
			}
		}
	}
}

// Ready reports whether a dataset is loaded.
func (s *Store) Ready(context.Context) error {
	if len(s.people)+len(s.units) == 0 {
		return org.Errorf(org.Unavailable, "no data loaded")
	}
	return nil
}

// PersonByName resolves any alias of a person.
func (s *Store) PersonByName(_ context.Context, name string) (*org.Person, error) {
	return s.people[s.byKey["person:"+org.Normalize(name)]], nil
}

// UnitByName resolves any alias of a unit.
func (s *Store) UnitByName(_ context.Context, name string) (*org.Unit, error) {
	return s.units[s.byKey["unit:"+org.Normalize(name)]], nil
}

// People returns people by id, nil where unknown.
func (s *Store) People(_ context.Context, ids []string) ([]*org.Person, error) {
	return lookup(s.people, ids), nil
}

// Units returns units by id, nil where unknown.
func (s *Store) Units(_ context.Context, ids []string) ([]*org.Unit, error) {
	return lookup(s.units, ids), nil
}

func lookup[T any](m map[string]*T, ids []string) []*T {
	out := make([]*T, len(ids))
	for i, id := range ids {
		out[i] = m[id]
	}
	return out
}

// Search scores only the nodes that share a gram with the query.
func (s *Store) Search(_ context.Context, text string, first int) ([]org.SearchHit, error) {
	q := org.Normalize(text)
	seen := map[string]bool{}
	hits := []org.SearchHit{}
	for _, g := range org.Grams(q) {
		for _, id := range s.grams[g] {
			if seen[id] {
				continue
			}
			seen[id] = true
			score := org.BestKeyScore(q, s.keys[id])
			if score == 0 {
				continue
			}
			h := org.SearchHit{ID: id, Score: score, Kind: "unit"}
			if p, ok := s.people[id]; ok {
				h.Name, h.Kind = p.Name, "person"
			} else {
				h.Name = s.units[id].Name
			}
			hits = append(hits, h)
		}
	}
	return org.RankHits(hits, first), nil
}

// Events finds the events overlapping w by binary search on the sorted list.
func (s *Store) Events(_ context.Context, w org.Window) ([]org.Event, error) {
	// Events sorted by first day: those starting after the window are out;
	// of the rest, a prefix whose running max last day is before the window is out too.
	end := sort.Search(len(s.events), func(i int) bool { return s.events[i].Date.FirstDay() > w.LastDay() })
	start := sort.SearchInts(s.lastDay[:end], w.FirstDay())
	out := []org.Event{}
	for _, e := range s.events[start:end] {
		if e.Date.LastDay() >= w.FirstDay() {
			out = append(out, e)
		}
	}
	return out, nil
}

// Links filters each node's adjacency list by time.
func (s *Store) Links(_ context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		out[i] = s.overlapping(s.links[dir][rel][id], w)
	}
	return out, nil
}

func (s *Store) overlapping(ls []org.Link, w org.Window) []org.Link {
	out := []org.Link{}
	for _, l := range ls {
		if w.Overlaps(l.Span) {
			out = append(out, l)
		}
	}
	return out
}

// ReportingChains follows each person's preferred reporting line upward.
func (s *Store) ReportingChains(_ context.Context, ids []string, at org.Date) ([][]string, error) {
	out := make([][]string, len(ids))
	for i, id := range ids {
		out[i] = s.chain(id, at)
	}
	return out, nil
}

func (s *Store) chain(personID string, at org.Date) []string {
	chain := []string{}
	seen := map[string]bool{personID: true}
	for cur := personID; ; {
		l, ok := org.Preferred(s.overlapping(s.links[org.Out][org.ReportsTo][cur], org.At(at)))
		if !ok || seen[l.To] {
			return chain
		}
		seen[l.To] = true
		chain = append(chain, l.To)
		cur = l.To
	}
}

// Lineages walks lineage links both ways from each unit.
func (s *Store) Lineages(_ context.Context, ids []string) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		out[i] = s.lineage(id)
	}
	return out, nil
}

// lineage collects the outgoing lineage links of every unit reached from
// unitID: every reachable link is an outgoing link of exactly one reached
// unit, so each is collected once.
func (s *Store) lineage(unitID string) []org.Link {
	out := []org.Link{}
	seen := map[string]bool{unitID: true}
	for queue := []string{unitID}; len(queue) > 0; queue = queue[1:] {
		for _, rel := range org.LineageRels {
			out = append(out, s.links[org.Out][rel][queue[0]]...)
			for _, dir := range []org.Direction{org.Out, org.In} {
				for _, l := range s.links[dir][rel][queue[0]] {
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
	return out
}
