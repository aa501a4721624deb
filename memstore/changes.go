package memstore

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// Changes scans every link and unit once: a change is dated by its own
// bounds, which no index of the store is ordered by.
func (s *Store) Changes(ctx context.Context, w org.Window) ([]org.Change, error) {
	out := []org.Change{}
	keep := func(cs []org.Change) {
		for _, c := range cs {
			if c, ok := w.SelectChange(c); ok && s.knownAll(c, w.KnownAt) {
				out = append(out, c)
			}
		}
	}
	step := 0
	for _, byID := range s.links[org.Out] {
		for _, ls := range byID {
			for _, l := range ls {
				if err := check(ctx, step); err != nil {
					return nil, err
				}
				step++
				keep(org.LinkChanges(l))
			}
		}
	}
	for _, u := range s.units {
		if err := check(ctx, step); err != nil {
			return nil, err
		}
		step++
		keep(org.UnitChanges(*u))
	}
	slices.SortFunc(out, org.ChangeOrder)
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
