package cypher_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// benchSizes are the synthetic org sizes benchmarked: 10,000 people, or
// ORGRAPH_BENCH_PEOPLE (comma-separated, e.g. 10000,100000).
func benchSizes(b *testing.B) []int {
	env := os.Getenv("ORGRAPH_BENCH_PEOPLE")
	if env == "" {
		return []int{10_000}
	}
	var sizes []int
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 2 {
			b.Fatalf("ORGRAPH_BENCH_PEOPLE=%q: want sizes of at least 2", env)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// BenchmarkStore loads a synthetic org of each size into Neo4j and times a
// first load (reported as relationships per second), a no-op reload through
// loader.Sync, and the store's queries on it.
func BenchmarkStore(b *testing.B) {
	d, db := cyphertest.Driver(b)
	s := cypher.New(d, db)
	ctx := context.Background()
	at := org.At(org.MustDate("2015-06"))
	// The same window with every filter of issue 8 on.
	certainKnown := at
	certainKnown.Certain, certainKnown.KnownAt = true, org.MustDate("2020")
	for _, n := range benchSizes(b) {
		ds := storetest.Synthetic(n)
		b.Run(fmt.Sprintf("Replace/%d", n), func(b *testing.B) {
			for b.Loop() {
				// Empty the database first so that every round is a first load.
				b.StopTimer()
				if err := s.Replace(ctx, &org.Dataset{}, nil); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := s.Replace(ctx, ds, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(ds.Links))*float64(b.N)/b.Elapsed().Seconds(), "rels/s")
		})
		b.Run(fmt.Sprintf("NoopSync/%d", n), func(b *testing.B) {
			if _, err := loader.Sync(ctx, s, ds, false, io.Discard); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				changes, err := loader.Sync(ctx, s, ds, false, io.Discard)
				if err != nil || len(changes) != 0 {
					b.Fatalf("no-op reload: %d changes, %v", len(changes), err)
				}
			}
		})
		leaf := fmt.Sprintf("p%d", n-1)
		queries := []struct {
			name string
			call func() error
		}{
			{"PersonByName", func() error { _, err := s.PersonByName(ctx, "person 42", org.Date{}); return err }},
			{"PersonByAlias", func() error { _, err := s.PersonByName(ctx, "P42x", org.Date{}); return err }},
			{"Search", func() error { _, err := s.Search(ctx, "Persn 42", 10, org.Date{}); return err }},
			{"SearchLongText", func() error {
				_, err := s.Search(ctx, strings.Repeat("zhang yong ", 30_000), 10, org.Date{})
				return err
			}},
			{"Links", func() error {
				_, err := s.Links(ctx, org.ReportsTo, org.In, []string{"p0", "p1", "p2", "p3"}, at)
				return err
			}},
			{"LinksCertainKnownAt", func() error {
				_, err := s.Links(ctx, org.ReportsTo, org.In, []string{"p0", "p1", "p2", "p3"}, certainKnown)
				return err
			}},
			{"ReportingChains", func() error {
				_, err := s.ReportingChains(ctx, []string{leaf}, org.At(org.MustDate("2020")))
				return err
			}},
			{"ReportingChainsCertainKnownAt", func() error {
				_, err := s.ReportingChains(ctx, []string{leaf}, certainKnown)
				return err
			}},
			{"Lineages", func() error { _, err := s.Lineages(ctx, []string{"u0"}, org.Date{}); return err }},
		}
		for _, q := range queries {
			b.Run(fmt.Sprintf("%s/%d", q.name, n), func(b *testing.B) {
				for b.Loop() {
					if err := q.call(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
