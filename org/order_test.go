package org

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// SortChanges must order exactly as a stable sort by ChangeOrder does. The
// random changes are drawn from few values, so that many tie on their days
// or on everything ChangeOrder compares while still differing (a date
// written two ways, a citation's publication date), which only a stable
// sort puts in one order.
func TestSortChanges(t *testing.T) {
	dates := []string{"2018", "2018-01-01/2018-12-31", "2018-01/2018-12", "2018-06", "2018-06-15", "2018/..", "../2019", "2017/2018-03", ""}
	ids := [][]string{nil, {"a"}, {"b"}, {"a", "b"}, {"b", "a"}}
	sources := [][]Source{nil, {{Document: "d1"}}, {{Document: "d1", Published: MustRange("2020")}}, {{Document: "d1", Note: "n"}}, {{Document: "d2"}, {Document: "d1"}}}
	random := func(rng *rand.Rand) Change {
		c := Change{
			Kind:      ChangeKinds[rng.IntN(3)],
			UnitIDs:   ids[rng.IntN(len(ids))],
			PersonIDs: ids[rng.IntN(len(ids))],
			Title:     []string{"", "CEO"}[rng.IntN(2)],
			Sources:   sources[rng.IntN(len(sources))],
		}
		if d := dates[rng.IntN(len(dates))]; d != "" {
			c.Date = MustRange(d)
		}
		return c
	}
	for _, n := range []int{0, 1, 2, 13, 200, 2000} {
		for seed := range uint64(3) {
			t.Run(fmt.Sprintf("%d changes, seed %d", n, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 7))
				changes := make([]Change, n)
				for i := range changes {
					changes[i] = random(rng)
				}
				got, want := slices.Clone(changes), slices.Clone(changes)
				SortChanges(got)
				slices.SortStableFunc(want, ChangeOrder)
				if !reflect.DeepEqual(got, want) {
					for i := range got {
						if !reflect.DeepEqual(got[i], want[i]) {
							t.Fatalf("at %d got %+v, want %+v", i, got[i], want[i])
						}
					}
				}
			})
		}
	}
}
