package server_test

import (
	"testing"

	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest"
)

// BenchmarkGraphQL times whole requests through the handler on the
// built-in dataset in memory: parsing, resolvers, dataloaders, encoding.
func BenchmarkGraphQL(b *testing.B) {
	h := server.New(seedStore(b), quiet)
	queries := map[string]string{
		"person":  `{ person(name: "戴珊") { name directReports(at: "2022-02") { person { name roles(at: "2022-02") { title unit { name } } } sources { document note } } } }`,
		"lineage": `{ unit(name: "聚划算") { lineage { kind unit { name } target { name } date sources { document } } } }`,
		"chart":   `{ unit(name: "Tmall") { children(at: "2018-06") { name heads(at: "2018-06") { person { name } } children(at: "2018-06") { name } } } }`,
		"search":  `{ search(text: "Jiang Fna", first: 10) { name kind score } }`,
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := storetest.Ask(b, h, q); len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}
