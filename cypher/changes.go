package cypher

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// The statements of Changes.
var (
	qChangesLinks = load("changes_links")
	qChangesUnits = load("changes_units")
)

// Changes reads the relationships and units that may record a change in
// w, in one read transaction, and makes the changes with the same org
// functions as the in-memory store (org.LinkChanges, org.UnitChanges,
// org.Window.SelectChange), in org.ChangeOrder. The queries have already
// kept only facts between ends known at w.KnownAt.
func (s *Store) Changes(ctx context.Context, w org.Window) ([]org.Change, error) {
	params := window(w, map[string]any{})
	type rows struct{ links, units []*neo4j.Record }
	got, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (rows, error) {
		links, err := run(ctx, tx, qChangesLinks, params)
		if err != nil {
			return rows{}, err
		}
		units, err := run(ctx, tx, qChangesUnits, params)
		return rows{links, units}, err
	})
	if err != nil {
		return nil, err
	}
	links, err := decode(got.links, (*row).link)
	if err != nil {
		return nil, err
	}
	units, err := decode(got.units, func(r *row) org.Unit { return *r.unit() })
	if err != nil {
		return nil, err
	}
	out := []org.Change{}
	keep := func(cs []org.Change) {
		for _, c := range cs {
			if c, ok := w.SelectChange(c); ok {
				out = append(out, c)
			}
		}
	}
	for _, l := range links {
		keep(org.LinkChanges(l))
	}
	for _, u := range units {
		keep(org.UnitChanges(u))
	}
	org.SortChanges(out)
	return out, nil
}
