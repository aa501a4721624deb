package storetest

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

func (o oracle) ListPeople(_ context.Context, q org.ListQuery) (org.ListPage, error) {
	var all []org.Cursor
	for i, p := range o.ds.People {
		if q.Matches(org.Keys(p.Name, p.Aliases)) && org.KnownPerson(&o.ds.People[i], q.KnownAt) != nil {
			all = append(all, org.Cursor{Name: p.Name, ID: p.ID})
		}
	}
	slices.SortFunc(all, org.CursorOrder)
	return q.Page(all), nil
}

func (o oracle) ListUnits(_ context.Context, q org.ListQuery) (org.ListPage, error) {
	var all []org.Cursor
	for i, u := range o.ds.Units {
		if q.Matches(org.Keys(u.Name, u.Aliases)) && org.KnownUnit(&o.ds.Units[i], q.KnownAt) != nil {
			all = append(all, org.Cursor{Name: u.Name, ID: u.ID})
		}
	}
	slices.SortFunc(all, org.CursorOrder)
	return q.Page(all), nil
}
