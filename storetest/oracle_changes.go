package storetest

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// Changes scans every link and unit of the dataset, keeping what
// Window.SelectChange selects between units and people known at w.KnownAt.
func (o oracle) Changes(_ context.Context, w org.Window) ([]org.Change, error) {
	var all []org.Change
	for _, l := range o.ds.Links {
		all = append(all, org.LinkChanges(l)...)
	}
	for _, u := range o.ds.Units {
		all = append(all, org.UnitChanges(u)...)
	}
	out := []org.Change{}
	for _, c := range all {
		c, ok := w.SelectChange(c)
		if !ok {
			continue
		}
		known := true
		for _, id := range c.UnitIDs {
			u := byID(o.ds.Units, []string{id}, func(u org.Unit) string { return u.ID })[0]
			known = known && org.KnownUnit(u, w.KnownAt) != nil
		}
		for _, id := range c.PersonIDs {
			p := byID(o.ds.People, []string{id}, func(p org.Person) string { return p.ID })[0]
			known = known && org.KnownPerson(p, w.KnownAt) != nil
		}
		if known {
			out = append(out, c)
		}
	}
	org.SortChanges(out)
	return out, nil
}
