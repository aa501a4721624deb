package loader

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// TestCyclesAgainstOracle compares the cycle check with a brute force one
// on random small histories: for every year, it keeps the links in force
// and peels nodes without incoming links (Kahn's topological sort); a
// cycle is left exactly when peeling gets stuck.
func TestCyclesAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	nodes := []string{"a", "b", "c", "d", "e"}
	for run := range 2000 {
		var links []located
		for i := range 1 + rng.IntN(8) {
			from, to := nodes[rng.IntN(len(nodes))], nodes[rng.IntN(len(nodes))]
			if from == to {
				continue
			}
			var span org.Span
			if y := rng.IntN(6); y > 0 {
				span.From = org.Date{Year: 2000 + y}
			}
			if y := rng.IntN(6); y > 0 && 2000+y >= span.From.Year {
				span.To = org.Date{Year: 2000 + y}
			}
			links = append(links, located{org.Link{Rel: org.PartOf, From: from, To: to, Span: span}, "f", i + 1})
		}
		want := false
		for year := 1999; year <= 2006; year++ {
			want = want || cyclicIn(links, year*10000+101)
		}
		c := &checker{}
		c.cycles("part_of", links)
		if got := len(c.probs) > 0; got != want {
			t.Fatalf("run %d: links %+v\ngot problems %v, want a cycle: %v", run, links, c.probs, want)
		}
	}
}

// cyclicIn reports whether the links in force on day form a cycle.
func cyclicIn(links []located, day int) bool {
	in := map[string]int{}
	out := map[string][]string{}
	left := map[string]bool{}
	for _, l := range links {
		if l.Span.FirstDay() <= day && day <= l.Span.LastDay() {
			in[l.To]++
			out[l.From] = append(out[l.From], l.To)
			left[l.From], left[l.To] = true, true
		}
	}
	var ready []string
	for n := range left {
		if in[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[len(ready)-1]
		ready = ready[:len(ready)-1]
		delete(left, n)
		for _, m := range out[n] {
			if in[m]--; in[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return len(left) > 0
}

// TestCyclesOnALongChain checks that a chain far deeper than any org chart
// is neither reported nor too deep for the stack, and that closing it is.
func TestCyclesOnALongChain(t *testing.T) {
	const n = 20_000
	links := make([]located, n)
	for i := range links {
		links[i] = located{org.Link{From: fmt.Sprint(i), To: fmt.Sprint(i + 1)}, "f", i + 1}
	}
	c := &checker{}
	c.cycles("part_of", links)
	if len(c.probs) != 0 {
		t.Fatalf("got %v, want no problem", c.probs)
	}
	links = append(links, located{org.Link{From: fmt.Sprint(n), To: "0"}, "f", n + 1})
	c.cycles("part_of", links)
	if len(c.probs) != 1 {
		t.Fatalf("got %d problems, want 1", len(c.probs))
	}
}
