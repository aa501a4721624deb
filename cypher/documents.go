package cypher

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// The statements of Cited.
var (
	qCitedLinks    = load("cited_links")
	qCitedEvents   = load("cited_events")
	qCitedEntities = load("cited_entities")
)

// Documents reads every document and keeps those published by knownAt,
// with the same org function as the in-memory store.
func (s *Store) Documents(ctx context.Context, knownAt org.Date) ([]org.Document, error) {
	recs, err := s.read(ctx, qSnapshotDocuments, nil)
	if err != nil {
		return nil, err
	}
	docs, err := decode(recs, (*row).document)
	if err != nil {
		return nil, err
	}
	return org.KnownDocuments(docs, knownAt), nil
}

// Cited reads what cites doc in one read transaction.
func (s *Store) Cited(ctx context.Context, doc string, knownAt org.Date) (org.Citations, error) {
	docs, err := s.Documents(ctx, knownAt)
	if err != nil || !slices.ContainsFunc(docs, func(d org.Document) bool { return d.ID == doc }) {
		return org.Citations{}, err
	}
	params := map[string]any{"doc": doc, "known": date(knownAt.LastDay())}
	res, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([3][]*neo4j.Record, error) {
		var out [3][]*neo4j.Record
		for i, q := range []statement{qCitedLinks, qCitedEvents, qCitedEntities} {
			var err error
			if out[i], err = run(ctx, tx, q, params); err != nil {
				return out, err
			}
		}
		return out, nil
	})
	if err != nil {
		return org.Citations{}, err
	}
	var c org.Citations
	links, err := linksInDatasetOrder(res[0], func(*row, org.Link) string { return "" }, knownAt)
	if err != nil {
		return c, err
	}
	for _, l := range links {
		c.Links = append(c.Links, l.v)
	}
	if c.Events, err = decode(res[1], (*row).event); err != nil {
		return c, err
	}
	if len(res[2]) != 1 {
		return c, org.Wrap(fmt.Errorf("cited_entities: %d rows, want 1", len(res[2])), org.Internal, "unexpected data in neo4j")
	}
	r := &row{rec: res[2][0]}
	c.PersonIDs, c.UnitIDs = r.strs("people"), r.strs("units")
	if r.err != nil {
		return c, org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
	}
	for i := range c.Events {
		c.Events[i].Sources = known(c.Events[i].Sources, knownAt)
	}
	c.Sort()
	return c, nil
}
