package memstore

import (
	"context"
	"sort"

	"github.com/orgraph/orgraph/org"
)

// changeIndex holds every change of the dataset in org.ChangeOrder (first
// possible day first) with the running maximum of their last possible
// days, so that a window is found by binary search, as events are.
//
// A change is kept as the position of the link or unit that records it,
// and worked out again when a window selects it. As values, with lists of
// their own for their units and people, the changes were half a million
// small objects and three million pointers at 100,000 people: most of
// what the garbage collector marked on every cycle while requests waited
// (issue 7). Positions hold no pointers, so it never scans them.
type changeIndex struct {
	links   []org.Link // the store's links, in org.LinkOrder
	units   []org.Unit
	at      []changeAt // in org.ChangeOrder
	first   []int      // each change's first possible day
	lastDay []int      // running max of the changes' last possible days
}

// changeAt is change number n of org.LinkChanges of links[of], or, when of
// is negative, of org.UnitChanges of units[-1-of].
type changeAt struct{ of, n int32 }

// newChangeIndex indexes the changes of the dataset's links, given in the
// dataset's order with linkAt, their positions in links, and of its units.
// The changes are put in org.SortChanges' order, ties in the dataset's.
func newChangeIndex(ds *org.Dataset, links []org.Link, linkAt []int32, units []org.Unit) changeIndex {
	x := changeIndex{links: links, units: units}
	var all []org.Change
	for i, l := range ds.Links {
		for n, c := range org.LinkChanges(l) {
			all = append(all, c)
			x.at = append(x.at, changeAt{linkAt[i], int32(n)})
		}
	}
	for i, u := range units {
		for n, c := range org.UnitChanges(u) {
			all = append(all, c)
			x.at = append(x.at, changeAt{int32(-1 - i), int32(n)})
		}
	}
	// As org.SortChanges sorts.
	keys := org.ByDays(all, func(c org.Change) (int, int) { return c.Date.FirstDay(), c.Date.LastDay() }, org.ChangeOrder)
	at := x.at
	x.at, x.first, x.lastDay = make([]changeAt, len(keys)), make([]int, len(keys)), make([]int, len(keys))
	last := org.MinDay
	for i, k := range keys {
		x.at[i], x.first[i] = at[k.I], k.First
		last = max(last, k.Last)
		x.lastDay[i] = last
	}
	return x
}

// change works out the change at a.
func (x changeIndex) change(a changeAt) org.Change {
	if a.of < 0 {
		return org.UnitChanges(x.units[-1-a.of])[a.n]
	}
	return org.LinkChanges(x.links[a.of])[a.n]
}

// Changes keeps, of the changes that may lie in w, those w selects between
// units and people known at w.KnownAt.
func (s *Store) Changes(ctx context.Context, w org.Window) ([]org.Change, error) {
	x := s.changes
	end := sort.Search(len(x.at), func(i int) bool { return x.first[i] > w.LastDay() })
	start := sort.SearchInts(x.lastDay[:end], w.FirstDay())
	out := []org.Change{}
	for i, a := range x.at[start:end] {
		if err := check(ctx, i); err != nil {
			return nil, err
		}
		if c, ok := w.SelectChange(x.change(a)); ok && s.knownAll(c, w.KnownAt) {
			out = append(out, c)
		}
	}
	if !w.KnownAt.IsZero() {
		// Fewer sources can reorder changes that tie up to their sources.
		org.SortChanges(out)
	}
	return out, nil
}

// knownAll reports whether every unit and person of c was known at knownAt.
func (s *Store) knownAll(c org.Change, knownAt org.Date) bool {
	for _, id := range c.UnitIDs {
		if org.KnownUnit(s.units[id], knownAt) == nil {
			return false
		}
	}
	for _, id := range c.PersonIDs {
		if org.KnownPerson(s.people[id], knownAt) == nil {
			return false
		}
	}
	return true
}
