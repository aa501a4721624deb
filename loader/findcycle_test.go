package loader

import (
	"fmt"
	"runtime/debug"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// upOf builds findCycle's input from "from>to" pairs.
func upOf(edges ...string) map[string][]located {
	up := map[string][]located{}
	for _, e := range edges {
		var from, to string
		fmt.Sscanf(e, "%1s>%1s", &from, &to)
		up[from] = append(up[from], located{Link: org.Link{From: from, To: to}})
	}
	return up
}

func cycleString(cycle []located) string {
	if cycle == nil {
		return "none"
	}
	s := cycle[0].From
	for _, l := range cycle {
		s += ">" + l.To
	}
	return s
}

func TestFindCycle(t *testing.T) {
	tests := []struct {
		name string
		up   map[string][]located
		want string
	}{
		{"empty", upOf(), "none"},
		{"chain", upOf("a>b", "b>c"), "none"},
		{"diamond", upOf("a>b", "a>c", "b>d", "c>d"), "none"},
		{"self loop", upOf("a>a"), "a>a"},
		{"ring", upOf("a>b", "b>c", "c>a"), "a>b>c>a"},
		{"ring behind a tail", upOf("a>b", "b>c", "c>d", "d>b"), "b>c>d>b"},
		{"ring after a dead end", upOf("a>d", "a>b", "b>a"), "a>b>a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cycleString(findCycle(tt.up)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestFindCycleOnALongRing finds a ring of 200,000 units with the stack
// limited to 8 MB, which a search recursing once per unit (some hundred
// bytes a frame) would overflow.
func TestFindCycleOnALongRing(t *testing.T) {
	const n = 200_000
	name := func(i int) string { return fmt.Sprintf("u%06d", i%n) }
	up := make(map[string][]located, n)
	for i := range n {
		up[name(i)] = []located{{Link: org.Link{From: name(i), To: name(i + 1)}}}
	}
	defer debug.SetMaxStack(debug.SetMaxStack(8 << 20))
	cycle := findCycle(up)
	if len(cycle) != n {
		t.Fatalf("got a cycle of %d links, want %d", len(cycle), n)
	}
	for i, l := range cycle {
		if l.From != name(i) || l.To != name(i+1) {
			t.Fatalf("got link %d %s → %s, want %s → %s", i, l.From, l.To, name(i), name(i+1))
		}
	}
}
