package cypher

import (
	"context"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// window turns w into the $first and $last parameters of the time filters:
// a fact may hold within w when firstDay <= $last and $first <= lastDay.
func window(w org.Window, params map[string]any) map[string]any {
	params["first"] = w.FirstDay()
	params["last"] = w.LastDay()
	return params
}

// Events returns the events whose date overlaps w, in org.EventOrder.
func (s *Store) Events(ctx context.Context, w org.Window) ([]org.Event, error) {
	recs, err := s.read(ctx, "events", window(w, map[string]any{}))
	if err != nil {
		return nil, err
	}
	events, err := decode(recs, (*row).event)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(events, org.EventOrder)
	return events, nil
}

// Links returns, for each id, its links of type rel in direction dir that
// overlap w, in org.LinkOrder: one query for all ids, grouped here.
func (s *Store) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	out := make([][]org.Link, len(ids))
	for i := range out {
		out[i] = []org.Link{}
	}
	if len(ids) == 0 || !slices.Contains(org.Rels, rel) {
		// Only orgraph's own types: the type is a parameter, but a
		// caller should not be able to read other relationships through it.
		return out, nil
	}
	q, end := "links_out", func(l org.Link) string { return l.From }
	if dir == org.In {
		q, end = "links_in", func(l org.Link) string { return l.To }
	}
	recs, err := s.read(ctx, q, window(w, map[string]any{"rel": string(rel), "ids": ids}))
	if err != nil {
		return nil, err
	}
	links, err := decode(recs, (*row).link)
	if err != nil {
		return nil, err
	}
	org.SortLinks(links)
	byID := map[string][]org.Link{}
	for _, l := range links {
		byID[end(l)] = append(byID[end(l)], l)
	}
	for i, id := range ids {
		// Each id gets its own copy: ids may repeat, and callers may append.
		out[i] = append(out[i], byID[id]...)
	}
	return out, nil
}

// ReportingChain returns the ids of a person's managers upward as of at,
// nearest first, in one query (see reporting_chain.cypher).
func (s *Store) ReportingChain(ctx context.Context, personID string, at org.Date) ([]string, error) {
	recs, err := s.read(ctx, "reporting_chain", window(org.At(at), map[string]any{"id": personID}))
	if err != nil {
		return nil, err
	}
	chains, err := decode(recs, func(r *row) []string { return r.strs("chain") })
	if err != nil {
		return nil, err
	}
	if len(chains) == 0 || chains[0] == nil {
		return []string{}, nil
	}
	return chains[0], nil
}

// Lineage returns every lineage link reachable from a unit through lineage
// links in either direction, in org.LinkOrder, in one query (see lineage.cypher).
func (s *Store) Lineage(ctx context.Context, unitID string) ([]org.Link, error) {
	recs, err := s.read(ctx, "lineage", map[string]any{"id": unitID})
	if err != nil {
		return nil, err
	}
	links, err := decode(recs, (*row).link)
	if err != nil {
		return nil, err
	}
	org.SortLinks(links)
	return links, nil
}
