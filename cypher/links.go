package cypher

import (
	"cmp"
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// window turns w into the parameters of the filters (org.Window.Select in
// Cypher, on the dates the load wrote; see links_out.cypher): $first and
// $last, the window's first and last days as dates; $certain; $timeless,
// for which a fact holds certainly only when its span is fully known; and
// $known, the last day of w.KnownAt, which a fact's or node's `reported`
// date must not pass (9999-12-31 when w.KnownAt is zero, so that
// everything passes).
func window(w org.Window, params map[string]any) map[string]any {
	params["first"] = date(w.FirstDay())
	params["last"] = date(w.LastDay())
	params["certain"] = w.Certain
	params["timeless"] = w.Timeless()
	params["known"] = date(w.KnownAt.LastDay())
	return params
}

// Events returns the events w selects (org.Window.SelectEvent), in
// org.EventOrder, each with only the sources published by w.KnownAt.
func (s *Store) Events(ctx context.Context, w org.Window) ([]org.Event, error) {
	recs, err := s.read(ctx, qEvents, window(w, map[string]any{}))
	if err != nil {
		return nil, err
	}
	events, err := decode(recs, func(r *row) org.Event {
		e := r.event()
		e.Sources = known(e.Sources, w.KnownAt)
		return e
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(events, org.EventOrder)
	return events, nil
}

// known keeps the sources published by knownAt. The queries have already
// kept only facts with at least one; which ones is decided here, by the
// same org function as the in-memory store.
func known(srcs []org.Source, knownAt org.Date) []org.Source {
	srcs, _ = org.KnownSources(srcs, knownAt)
	return srcs
}

// Links returns, for each id, its links of type rel in direction dir that
// w selects (org.Window.Select) and whose ends were both known at
// w.KnownAt, in org.LinkOrder: one query for all ids, grouped here.
func (s *Store) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	if len(ids) == 0 || !slices.Contains(org.Rels, rel) {
		// Only orgraph's own types: the type is a parameter, but a
		// caller should not be able to read other relationships through it.
		return group[org.Link](ids, nil), nil
	}
	if ls, ok := s.scopeOf(ctx).linksOf(rel, dir, ids, w); ok {
		return ls, nil
	}
	q, end := qLinksOut, func(l org.Link) string { return l.From }
	if dir == org.In {
		q, end = qLinksIn, func(l org.Link) string { return l.To }
	}
	recs, err := s.read(ctx, q, window(w, map[string]any{"rel": string(rel), "ids": ids}))
	if err != nil {
		return nil, err
	}
	if err := s.scopeOf(ctx).keep(recs, farEndIsUnit(rel, dir)); err != nil {
		return nil, err
	}
	rows, err := linksInDatasetOrder(recs, func(_ *row, l org.Link) string { return end(l) }, w.KnownAt)
	if err != nil {
		return nil, err
	}
	return sorted(group(ids, rows)), nil
}

// linksInDatasetOrder decodes the rows of a links query (their packed
// `link` column), each keyed by
// key, with only the sources published by knownAt, in the order of the
// dataset (the `seq` the load wrote). org.SortLinks then orders links that
// org.LinkOrder ties (the same days, types and ends, e.g. spans "../2018"
// and unknown) exactly as a store that sorts the dataset's own order does.
func linksInDatasetOrder(recs []*neo4j.Record, key func(*row, org.Link) string, knownAt org.Date) ([]keyed[org.Link], error) {
	type seqRow struct {
		keyed[org.Link]
		seq int
	}
	rows, err := decode(recs, func(r *row) seqRow {
		var u unpacker
		sl := u.link(r.value("link"))
		if r.err == nil {
			r.err = u.err
		}
		sl.l.Sources = known(sl.l.Sources, knownAt)
		return seqRow{keyed[org.Link]{key(r, sl.l), sl.l}, sl.seq}
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(a, b seqRow) int { return cmp.Compare(a.seq, b.seq) })
	out := make([]keyed[org.Link], len(rows))
	for i, r := range rows {
		out[i] = r.keyed
	}
	return out, nil
}

// keyed is one answer row of a batched query: which input id it answers.
type keyed[T any] struct {
	id string
	v  T
}

// group hands each id its rows' values, in the order of ids; an id with no
// rows gets an empty, non-nil slice.
func group[T any](ids []string, rows []keyed[T]) [][]T {
	byID := map[string][]T{}
	for _, r := range rows {
		byID[r.id] = append(byID[r.id], r.v)
	}
	out := make([][]T, len(ids))
	for i, id := range ids {
		// Each id gets its own copy: ids may repeat, and callers may append.
		out[i] = append([]T{}, byID[id]...)
	}
	return out
}

// ReportingChains returns each person's managers upward in w, nearest
// first, in one query (see reporting_chain.cypher), or none when ctx's
// scope holds them all.
func (s *Store) ReportingChains(ctx context.Context, ids []string, w org.Window) ([][]string, error) {
	if out, ok := s.scopeOf(ctx).chainsOf(ids, w); ok {
		return out, nil
	}
	byID, err := s.chains(ctx, ids, "", w)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(ids))
	for i, id := range ids {
		out[i] = append([]string{}, byID[id]...)
	}
	return out, nil
}

// chains runs reporting_chain.cypher for ids and, unless key is "", for
// the person found by key: each one's chain by id.
func (s *Store) chains(ctx context.Context, ids []string, key string, w org.Window) (map[string][]string, error) {
	recs, err := s.read(ctx, qReportingChain, window(w, map[string]any{"ids": ids, "key": orNil(key)}))
	if err != nil {
		return nil, err
	}
	if err := s.scopeOf(ctx).keepList(recs, "nodes"); err != nil {
		return nil, err
	}
	rows, err := decode(recs, func(r *row) keyed[[]string] { return keyed[[]string]{r.str("id"), r.strs("chain")} })
	if err != nil {
		return nil, err
	}
	byID := map[string][]string{}
	for _, r := range rows {
		if _, ok := byID[r.id]; !ok {
			byID[r.id] = r.v
		}
	}
	return byID, nil
}

// Lineages returns, for each unit, every lineage link reachable from it
// through lineage links in either direction, in org.LinkOrder, in one query
// (see lineage.cypher), using only the links and units known at knownAt;
// or none when ctx's scope holds them all.
func (s *Store) Lineages(ctx context.Context, ids []string, knownAt org.Date) ([][]org.Link, error) {
	if out, ok := s.scopeOf(ctx).lineagesOf(ids, knownAt); ok {
		return out, nil
	}
	byID, err := s.lineages(ctx, ids, "", knownAt)
	if err != nil {
		return nil, err
	}
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		out[i] = append([]org.Link{}, byID[id]...)
	}
	return out, nil
}

// lineages runs lineage.cypher for ids and, unless key is "", for the unit
// found by key: each one's lineage by id, in org.LinkOrder.
func (s *Store) lineages(ctx context.Context, ids []string, key string, knownAt org.Date) (map[string][]org.Link, error) {
	recs, err := s.read(ctx, qLineage, map[string]any{"ids": ids, "key": orNil(key), "known": date(knownAt.LastDay())})
	if err != nil {
		return nil, err
	}
	if err := s.scopeOf(ctx).keepColumns(recs, true, "fromNode", "toNode"); err != nil {
		return nil, err
	}
	rows, err := linksInDatasetOrder(recs, func(r *row, _ org.Link) string { return r.str("of") }, knownAt)
	if err != nil {
		return nil, err
	}
	byID := map[string][]org.Link{}
	for _, r := range rows {
		byID[r.id] = append(byID[r.id], r.v)
	}
	for _, ls := range byID {
		org.SortLinks(ls)
	}
	return byID, nil
}

// orNil is s, or nil (Cypher's null) when s is "".
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sorted puts each list of links in org.LinkOrder.
func sorted(lists [][]org.Link) [][]org.Link {
	for _, ls := range lists {
		org.SortLinks(ls)
	}
	return lists
}
