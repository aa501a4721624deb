package server_test

import (
	"strings"
	"testing"

	"github.com/orgraph/orgraph/server"
	"github.com/orgraph/orgraph/storetest/questions"
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
				if r := questions.Ask(b, h, q); len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}

// BenchmarkRefusals times how long the limits take to refuse each probe of
// issue 9 (the documents are never cached, since they never validate).
func BenchmarkRefusals(b *testing.B) {
	store := seedStore(b)
	probes := []struct {
		name   string
		limits server.Limits
		query  string
	}{
		{"nesting 600k", server.Limits{BodyBytes: 8 << 20}, nest(600_000)},
		{"fragment doubling 2^40", server.Limits{Depth: 1000}, doubling(40)},
		{"list fan-out", server.Limits{}, branching(5)},
		{"10k repeated fields", server.Limits{Tokens: 50_000}, "{" + strings.Repeat(" __typename", 10_000) + " }"},
	}
	for _, p := range probes {
		h := server.New(store, quiet, server.WithLimits(p.limits))
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if a := ask(h, p.query, nil); len(a.Errors) == 0 {
					b.Fatal("not refused")
				}
			}
		})
	}
}
