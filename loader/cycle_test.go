package loader

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// TestCyclesAgainstOracle compares the cycle check with a brute force one
// on random small histories at year and month precision: for every month,
// it keeps the links in force and peels nodes without incoming links
// (Kahn's topological sort); a cycle is left exactly when peeling gets
// stuck. Every reported cycle must also hold on the day it names.
func TestCyclesAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	nodes := []string{"a", "b", "c", "d", "e"}
	date := func() org.Date {
		switch rng.IntN(3) {
		case 0:
			return org.Date{}
		case 1:
			return org.Date{Year: 2001 + rng.IntN(3)}
		}
		return org.Date{Year: 2001 + rng.IntN(3), Month: 1 + rng.IntN(12)}
	}
	onDay := regexp.MustCompile(`on (\d{4})-(\d{2})-(\d{2}): `)
	for run := range 5000 {
		var links []located
		for i := range 1 + rng.IntN(9) {
			from, to := nodes[rng.IntN(len(nodes))], nodes[rng.IntN(len(nodes))]
			span := spanOf(date(), date())
			if from == to || span.LastDay() < span.FirstDay() {
				continue
			}
			links = append(links, located{org.Link{Rel: org.PartOf, From: from, To: to, Span: span}, "f", i + 1})
		}
		want := cyclicIn(links, 20000101) // before any known date: only unknown starts hold
		for y := 2001; y <= 2004; y++ {
			for m := 1; m <= 12; m++ {
				want = want || cyclicIn(links, y*10000+m*100+1)
			}
		}
		c := &checker{}
		c.cycles("part_of", links)
		if got := len(c.probs) > 0; got != want {
			t.Fatalf("run %d: links %+v\ngot problems %v, want a cycle: %v", run, links, c.probs, want)
		}
		for _, p := range c.probs {
			m := onDay.FindStringSubmatch(p.Msg)
			if m == nil {
				if !cyclicIn(links, 20000101) {
					t.Fatalf("run %d: links %+v\n%s: no cycle holds before every known date", run, links, p)
				}
				continue
			}
			if day := atoi(m[1])*10000 + atoi(m[2])*100 + atoi(m[3]); !cyclicIn(links, day) {
				t.Fatalf("run %d: links %+v\n%s: no cycle holds that day", run, links, p)
			}
		}
	}
}

// spanOf is the span of a fact stated from one date to another.
func spanOf(from, to org.Date) org.Span { return org.Span{From: from.Range(), To: to.Range()} }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
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

// BenchmarkCycles measures the cycle check alone. forest is an org chart's
// shape: 2,500 units moving between parents, 10k links, no cycle. ring is
// its worst case: one strongly connected ring whose links never all hold at
// once, so every first day must be probed over the whole ring.
func BenchmarkCycles(b *testing.B) {
	var forest []located
	for i := 1; i <= 2_500; i++ {
		for s := range 4 {
			span := spanOf(org.Date{Year: 2000 + 2*s}, org.Date{Year: 2001 + 2*s})
			forest = append(forest, located{org.Link{From: fmt.Sprint(i), To: fmt.Sprint(i * (s + 1) / 5), Span: span}, "f", i})
		}
	}
	const n = 1_000
	ring := make([]located, n)
	for k := range ring {
		span := spanOf(org.Date{Year: 2000 + k}, org.Date{Year: 2000 + k + n - 2})
		ring[k] = located{org.Link{From: fmt.Sprint(k), To: fmt.Sprint((k + 1) % n), Span: span}, "f", k + 1}
	}
	for _, bb := range []struct {
		name  string
		links []located
	}{{"forest=10k", forest}, {"ring=1k", ring}} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				c := &checker{}
				c.cycles("part_of", bb.links)
				if len(c.probs) != 0 {
					b.Fatal(c.probs)
				}
			}
		})
	}
}
