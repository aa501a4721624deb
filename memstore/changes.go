package memstore

import (
	"context"
	"sort"

	"github.com/orgraph/orgraph/org"
)

// changeIndex holds every change of the dataset in org.ChangeOrder (first
// possible day first) with the running maximum of their last possible
// days, so that a window is found by binary search, as events are.
type changeIndex struct {
	all     []org.Change
	lastDay []int
}

func newChangeIndex(ds *org.Dataset) changeIndex {
	var x changeIndex
	for _, l := range ds.Links {
		x.all = append(x.all, org.LinkChanges(l)...)
	}
	for _, u := range ds.Units {
		x.all = append(x.all, org.UnitChanges(u)...)
	}
	org.SortChanges(x.all)
	last := org.MinDay
	for _, c := range x.all {
		last = max(last, c.Date.LastDay())
		x.lastDay = append(x.lastDay, last)
	}
	return x
}

// Changes keeps, of the changes that may lie in w, those w selects between
// units and people known at w.KnownAt.
func (s *Store) Changes(ctx context.Context, w org.Window) ([]org.Change, error) {
	x := s.changes
	end := sort.Search(len(x.all), func(i int) bool { return x.all[i].Date.FirstDay() > w.LastDay() })
	start := sort.SearchInts(x.lastDay[:end], w.FirstDay())
	out := []org.Change{}
	for i, c := range x.all[start:end] {
		if err := check(ctx, i); err != nil {
			return nil, err
		}
		if c, ok := w.SelectChange(c); ok && s.knownAll(c, w.KnownAt) {
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
