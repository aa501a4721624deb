package search_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/search"
	"github.com/orgraph/orgraph/synth"
)

// BenchmarkSearch searches `orgraph gen --people N --seed 1` for people's
// names, every second one misspelt by swapping two letters (as make bench's
// question g does), ten hits each, as known now and as known in 2015, and
// sixteen at once.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		ds, err := synth.Generate(synth.Options{People: n, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		x := search.New(entries(ds))
		rng := rand.New(rand.NewPCG(1, 2))
		var texts []string
		for i := range 500 {
			name := ds.People[rng.IntN(len(ds.People))].Name
			if i%2 == 1 {
				name = swap(name)
			}
			texts = append(texts, name)
		}
		for _, knownAt := range []org.Date{{}, {Year: 2015}} {
			b.Run(fmt.Sprintf("%d/knownAt=%v", n, knownAt), func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					if _, err := x.Search(context.Background(), texts[i%len(texts)], 10, knownAt); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
		// 16 searches at once on 2 cores, as make bench's concurrency 16.
		b.Run(fmt.Sprintf("%d/parallel", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetParallelism(max(1, 16/runtime.GOMAXPROCS(0)))
			var next atomic.Int64
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := next.Add(1)
					if _, err := x.Search(context.Background(), texts[i%int64(len(texts))], 10, org.Date{}); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkNew builds the index of 100k people, as the Neo4j store does on
// its first search after a load.
func BenchmarkNew(b *testing.B) {
	ds, err := synth.Generate(synth.Options{People: 100_000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	es := entries(ds)
	b.ReportAllocs()
	for b.Loop() {
		search.New(es)
	}
}

// swap exchanges two neighbouring letters near the middle of a name.
func swap(s string) string {
	r := []rune(s)
	for i := len(r) / 2; i+1 < len(r); i++ {
		if r[i] != r[i+1] && r[i] != ' ' && r[i+1] != ' ' {
			r[i], r[i+1] = r[i+1], r[i]
			return string(r)
		}
	}
	return s
}
