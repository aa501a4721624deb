package synth_test

import (
	"fmt"
	"testing"

	"github.com/orgraph/orgraph/synth"
)

// BenchmarkGenerate builds whole datasets in memory. A million people are
// measured through orgraph gen instead (see README.md): in memory that
// dataset takes gigabytes, on disk it streams.
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := synth.Generate(synth.Options{People: n, Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWrite streams datasets to files, as orgraph gen does.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := synth.Write(b.Context(), b.TempDir(), synth.Options{People: n, Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
