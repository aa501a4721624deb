package cypher

import (
	"cmp"
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// Snapshot reads all orgraph data back as a Dataset, in one read
// transaction so that it is consistent, for the loader to compare with the
// dataset it is about to write. Documents, people, units and events are in
// id order, links in org.LinkOrder. Sources carry the Title and Published of
// their documents, as every answer of the Store does.
func (s *Store) Snapshot(ctx context.Context) (*org.Dataset, error) {
	return readTx(ctx, s, func(tx neo4j.ManagedTransaction) (*org.Dataset, error) {
		return snapshot(ctx, tx)
	})
}

// snapshot is Snapshot inside tx, which Load also uses under its lock.
func snapshot(ctx context.Context, tx neo4j.ManagedTransaction) (*org.Dataset, error) {
	// Each statement's records are decoded as they arrive: at 100k people
	// the whole graph's records, held at once, cost gigabytes.
	var ds org.Dataset
	var err error
	if ds.Documents, err = stream(ctx, tx, qSnapshotDocuments, nil, (*row).document); err != nil {
		return nil, err
	}
	if ds.People, err = stream(ctx, tx, qSnapshotPeople, nil, func(r *row) org.Person { return *r.person() }); err != nil {
		return nil, err
	}
	if ds.Units, err = stream(ctx, tx, qSnapshotUnits, nil, func(r *row) org.Unit { return *r.unit() }); err != nil {
		return nil, err
	}
	if ds.Events, err = stream(ctx, tx, qEvents, window(org.Window{}, map[string]any{}), (*row).event); err != nil {
		return nil, err
	}
	if ds.Links, err = stream(ctx, tx, qSnapshotLinks, nil, (*row).link); err != nil {
		return nil, err
	}
	slices.SortFunc(ds.Documents, func(a, b org.Document) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(ds.People, func(a, b org.Person) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(ds.Units, func(a, b org.Unit) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(ds.Events, func(a, b org.Event) int { return cmp.Compare(a.ID, b.ID) })
	org.SortLinks(ds.Links)
	return &ds, nil
}
