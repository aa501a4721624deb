package loader

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// located is a link with the place it was written, for cycle reports.
type located struct {
	org.Link
	file string
	line int
}

// cycles reports every cycle of links that all hold at one time, as
// "<what> cycle in force at the same time on DAY: a → b → a".
//
// If a set of spans overlaps at all, it overlaps on the latest of their
// first days, so checking the graph in force on each first day finds every
// cycle. Doing that for the whole graph would cost links² (69 s for 10k
// PART_OF links), so it is done only inside the strongly connected
// components of the graph of all links whatever their time: a cycle at any
// one time is a cycle of that graph too. An org chart is a forest, so there
// are no such components and the check is linear; a component of k links
// costs k² at worst (k first days, each a walk over the component).
func (c *checker) cycles(what string, links []located) {
	reported := map[string]bool{}
	for _, comp := range components(links) {
		days := make([]int, len(comp))
		for i, l := range comp {
			days[i] = l.Span.FirstDay()
		}
		slices.Sort(days)
		for _, day := range slices.Compact(days) {
			up := map[string][]located{}
			for _, l := range comp {
				if l.Span.FirstDay() <= day && day <= l.Span.LastDay() {
					up[l.From] = append(up[l.From], l)
				}
			}
			cycle := findCycle(up)
			if cycle == nil {
				continue
			}
			names := []string{cycle[0].From}
			for _, l := range cycle {
				names = append(names, l.To)
			}
			key := strings.Join(slices.Sorted(slices.Values(names[1:])), ",")
			if !reported[key] {
				reported[key] = true
				c.add(cycle[0].file, cycle[0].line, "%s cycle in force at the same time on %s: %s", what, dayString(day), strings.Join(names, " → "))
			}
		}
	}
}

// components returns the links inside each strongly connected component of
// more than one node, in the order of the links' first appearance. It is
// Tarjan's algorithm without recursion, so a chain of a million units
// cannot overflow the stack.
func components(links []located) [][]located {
	out := map[string][]int{} // node → indexes of links leaving it
	var nodes []string
	for i, l := range links {
		if _, ok := out[l.From]; !ok {
			nodes = append(nodes, l.From)
		}
		out[l.From] = append(out[l.From], i)
	}
	index := map[string]int{} // order of discovery, from 1
	low := map[string]int{}
	comp := map[string]int{} // node → component number, once assigned
	var stack []string
	onStack := map[string]bool{}
	type frame struct {
		node string
		next int // next outgoing link to look at
	}
	n := 0
	for _, root := range nodes {
		if index[root] != 0 {
			continue
		}
		n++
		index[root], low[root] = n, n
		stack, onStack[root] = append(stack, root), true
		call := []frame{{node: root}}
		for len(call) > 0 {
			f := &call[len(call)-1]
			if f.next < len(out[f.node]) {
				to := links[out[f.node][f.next]].To
				f.next++
				switch {
				case index[to] == 0:
					n++
					index[to], low[to] = n, n
					stack, onStack[to] = append(stack, to), true
					call = append(call, frame{node: to})
				case onStack[to]:
					low[f.node] = min(low[f.node], index[to])
				}
				continue
			}
			v := f.node
			call = call[:len(call)-1]
			if len(call) > 0 {
				parent := call[len(call)-1].node
				low[parent] = min(low[parent], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = index[v]
					if w == v {
						break
					}
				}
			}
		}
	}
	byComp := map[int][]located{}
	var order []int
	for _, l := range links {
		k, ok := comp[l.To]
		if !ok || comp[l.From] != k {
			continue // l.To has no outgoing link, or l joins two components
		}
		if _, seen := byComp[k]; !seen {
			order = append(order, k)
		}
		byComp[k] = append(byComp[k], l)
	}
	res := make([][]located, len(order))
	for i, k := range order {
		res[i] = byComp[k]
	}
	return res
}

// findCycle returns the links of one cycle in a graph given as node →
// outgoing links, or nil. It recurses at most as deep as the component it
// is given is large.
func findCycle(up map[string][]located) []located {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []located
	var visit func(string) []located
	visit = func(n string) []located {
		state[n] = onPath
		for _, l := range up[n] {
			path = append(path, l)
			switch state[l.To] {
			case onPath:
				i := slices.IndexFunc(path, func(p located) bool { return p.From == l.To })
				return slices.Clone(path[i:])
			case unseen:
				if c := visit(l.To); c != nil {
					return c
				}
			}
			path = path[:len(path)-1]
		}
		state[n] = done
		return nil
	}
	for _, n := range slices.Sorted(maps.Keys(up)) {
		if state[n] == unseen {
			if c := visit(n); c != nil {
				return c
			}
		}
	}
	return nil
}

func dayString(day int) string {
	if day == org.MinDay {
		return "an unknown start"
	}
	return fmt.Sprintf("%04d-%02d-%02d", day/10000, day/100%100, day%100)
}
