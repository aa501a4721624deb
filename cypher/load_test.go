package cypher_test

import (
	"fmt"
	"io"
	"sync"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
	"github.com/orgraph/orgraph/storetest"
)

// TestConcurrentLoads runs two loads of different datasets at once, over
// and over, starting from the first dataset. Loads queue on the lock, so
// the database must end up holding exactly one of them: the one that ran
// second. If the first dataset's load reports "nothing to change", it ran
// first (nothing had changed yet), so the other one must have won; if it
// reports changes, it ran second and must have won.
func TestConcurrentLoads(t *testing.T) {
	d, db := cyphertest.Driver(t)
	s := cypher.New(d, db)
	ctx := t.Context()
	seed, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	other := storetest.Synthetic(300)
	for round := range 4 {
		t.Run(fmt.Sprint("round ", round), func(t *testing.T) {
			if _, err := loader.Sync(ctx, s, seed, false, io.Discard); err != nil {
				t.Fatal(err)
			}
			var (
				wg                sync.WaitGroup
				seedChanges       []loader.Change
				seedErr, otherErr error
			)
			wg.Go(func() { seedChanges, seedErr = loader.Sync(ctx, s, seed, false, io.Discard) })
			wg.Go(func() { _, otherErr = loader.Sync(ctx, s, other, false, io.Discard) })
			wg.Wait()
			if seedErr != nil || otherErr != nil {
				t.Fatalf("loads failed: %v; %v", seedErr, otherErr)
			}
			want, wantName := other, "the synthetic dataset (the seeds' load found nothing to change, so it ran first)"
			if len(seedChanges) > 0 {
				want, wantName = seed, "the seeds (their load found changes, so it ran second)"
			}
			got, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if diff := loader.Diff(got, want); len(diff) != 0 {
				t.Errorf("after concurrent loads the database differs from %s in %d facts, e.g. %v", wantName, len(diff), diff[0])
			}
		})
	}
}
