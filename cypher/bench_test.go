package cypher_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// BenchmarkStore loads a synthetic org of each size into Neo4j (the load is
// measured too) and times the store's queries on it.
func BenchmarkStore(b *testing.B) {
	d, db := cyphertest.Driver(b)
	s := cypher.New(d, db)
	ctx := context.Background()
	if err := s.EnsureSchema(ctx); err != nil {
		b.Fatal(err)
	}
	at := org.At(org.MustDate("2015-06"))
	for _, n := range []int{1_000, 10_000} {
		ds := storetest.Synthetic(n)
		b.Run(fmt.Sprintf("Replace/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				// Alternate with an empty dataset so every round writes everything.
				if err := s.Replace(ctx, &org.Dataset{}, nil); err != nil {
					b.Fatal(err)
				}
				if err := s.Replace(ctx, ds, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		leaf := fmt.Sprintf("p%d", n-1)
		queries := map[string]func() error{
			"PersonByName": func() error { _, err := s.PersonByName(ctx, "person 42"); return err },
			"Search":       func() error { _, err := s.Search(ctx, "Persn 42", 10); return err },
			"Links": func() error {
				_, err := s.Links(ctx, org.ReportsTo, org.In, []string{"p0", "p1", "p2", "p3"}, at)
				return err
			},
			"ReportingChain": func() error { _, err := s.ReportingChains(ctx, []string{leaf}, org.MustDate("2020")); return err },
			"Lineage":        func() error { _, err := s.Lineages(ctx, []string{"u0"}); return err },
		}
		for _, name := range []string{"PersonByName", "Search", "Links", "ReportingChain", "Lineage"} {
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := queries[name](); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
