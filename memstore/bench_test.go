package memstore_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

var sizes = []int{1_000, 10_000, 100_000}

func BenchmarkNew(b *testing.B) {
	for _, n := range sizes {
		ds := storetest.Synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				memstore.New(ds)
			}
		})
	}
}

func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	at := org.At(org.MustDate("2015-06"))
	for _, n := range sizes {
		s := memstore.New(storetest.Synthetic(n))
		leaf := fmt.Sprintf("p%d", n-1)
		b.Run(fmt.Sprintf("PersonByName/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.PersonByName(ctx, "person 42", org.Date{})
			}
		})
		b.Run(fmt.Sprintf("Search/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Search(ctx, "Persn 42", 10, org.Date{})
			}
		})
		b.Run(fmt.Sprintf("Links/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Links(ctx, org.ReportsTo, org.In, []string{"p0", "p1", "p2", "p3"}, at)
			}
		})
		// As known at a date, certain: the sources and both ends are checked
		// too, and search drops the hits not yet reported.
		known := at
		known.Certain, known.KnownAt = true, org.MustDate("2020")
		b.Run(fmt.Sprintf("LinksCertainKnownAt/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Links(ctx, org.ReportsTo, org.In, []string{"p0", "p1", "p2", "p3"}, known)
			}
		})
		b.Run(fmt.Sprintf("SearchKnownAt/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Search(ctx, "Persn 42", 10, known.KnownAt)
			}
		})
		b.Run(fmt.Sprintf("ReportingChain/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.ReportingChains(ctx, []string{leaf}, org.At(org.MustDate("2020")))
			}
		})
		month := org.Window{From: org.MustDate("2015-06"), To: org.MustDate("2015-06")}
		b.Run(fmt.Sprintf("ChangesMonth/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Changes(ctx, month)
			}
		})
		b.Run(fmt.Sprintf("ListPeoplePrefix/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.ListPeople(ctx, org.ListQuery{Prefix: "person 4", First: 20})
			}
		})
		b.Run(fmt.Sprintf("Lineage/%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Lineages(ctx, []string{"u0"}, org.Date{})
			}
		})
	}
}
