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
// "<what> cycle in force at the same time on DAY: a → b → a", DAY being the
// first day all of its links hold.
//
// Checking the graph in force on every first day would cost links² (69 s
// for 10k PART_OF links). Instead, a cycle at any one time is a cycle of
// the graph of all links whatever their time, so only the strongly
// connected components of that graph can hold one; an org chart is a
// forest, has none, and costs one linear pass. A component is then split
// in time at the median of the days its links start or end, and each half
// is checked again with only the links that overlap it, until a component
// is left whose links all hold throughout its period: that is a cycle.
// Splitting drops links that do not overlap a half, which breaks most
// components within a few rounds (a ring of 1,000 links that never all
// hold at once takes milliseconds).
func (c *checker) cycles(what string, links []located) {
	reported := map[string]bool{}
	var check func(links []located, lo, hi int)
	check = func(links []located, lo, hi int) {
		for _, comp := range components(links) {
			var cuts []int // days inside (lo, hi] on which a link starts or stops holding
			for _, l := range comp {
				if f := l.Span.FirstDay(); f > lo && f <= hi {
					cuts = append(cuts, f)
				}
				// A day number after the last one: not a date, but it orders
				// like "the next day", which is all a cut needs.
				if e := l.Span.LastDay(); e >= lo && e < hi {
					cuts = append(cuts, e+1)
				}
			}
			if len(cuts) > 0 {
				slices.Sort(cuts)
				cuts = slices.Compact(cuts)
				mid := cuts[len(cuts)/2]
				check(overlapping(comp, lo, mid-1), lo, mid-1)
				check(overlapping(comp, mid, hi), mid, hi)
				continue
			}
			up := map[string][]located{}
			for _, l := range comp {
				up[l.From] = append(up[l.From], l)
			}
			c.report(what, findCycle(up), reported)
		}
	}
	check(links, org.MinDay, org.MaxDay)
}

// overlapping is the links that may hold on some day from lo to hi.
func overlapping(links []located, lo, hi int) []located {
	var out []located
	for _, l := range links {
		if l.Span.FirstDay() <= hi && lo <= l.Span.LastDay() {
			out = append(out, l)
		}
	}
	return out
}

// report adds one problem per cycle, however many periods it was found in.
func (c *checker) report(what string, cycle []located, reported map[string]bool) {
	if cycle == nil {
		return
	}
	names := []string{cycle[0].From}
	day := org.MinDay
	for _, l := range cycle {
		names = append(names, l.To)
		day = max(day, l.Span.FirstDay())
	}
	key := strings.Join(slices.Sorted(slices.Values(names[1:])), ",")
	if !reported[key] {
		reported[key] = true
		c.add(cycle[0].file, cycle[0].line, "%s cycle in force at the same time on %s: %s", what, dayString(day), strings.Join(names, " → "))
	}
}

// components returns the links inside each strongly connected component of
// more than one node, in the order of the links' first appearance. It is
// Tarjan's algorithm without recursion, so a chain of a million units
// cannot overflow the stack. Nodes are numbered first and the graph kept
// in flat slices: with a map per node property, an org chart of 100,000
// people took a second to find it has no component at all.
func components(links []located) [][]located {
	num := make(map[string]int32, len(links))
	number := func(id string) int32 {
		n, ok := num[id]
		if !ok {
			n = int32(len(num))
			num[id] = n
		}
		return n
	}
	from, to := make([]int32, len(links)), make([]int32, len(links))
	for i, l := range links {
		from[i], to[i] = number(l.From), number(l.To)
	}
	nodes := len(num)
	// The links leaving node v are out[first[v]:first[v+1]], in link order.
	first := make([]int32, nodes+1)
	for _, f := range from {
		first[f+1]++
	}
	for v := range nodes {
		first[v+1] += first[v]
	}
	out, fill := make([]int32, len(links)), slices.Clone(first[:nodes])
	for i, f := range from {
		out[fill[f]] = to[i]
		fill[f]++
	}
	index := make([]int32, nodes) // order of discovery, from 1; 0 until found
	low := make([]int32, nodes)
	comp := make([]int32, nodes) // component number (its root's index), 0 until assigned
	onStack := make([]bool, nodes)
	var stack []int32
	type frame struct {
		node int32
		next int32 // next outgoing link to look at
	}
	var n int32
	visit := func(v int32) {
		n++
		index[v], low[v] = n, n
		stack, onStack[v] = append(stack, v), true
	}
	for _, root := range from {
		if index[root] != 0 {
			continue
		}
		visit(root)
		call := []frame{{node: root, next: first[root]}}
		for len(call) > 0 {
			f := &call[len(call)-1]
			if f.next < first[f.node+1] {
				w := out[f.next]
				f.next++
				switch {
				case index[w] == 0:
					visit(w)
					call = append(call, frame{node: w, next: first[w]})
				case onStack[w]:
					low[f.node] = min(low[f.node], index[w])
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
	byComp := map[int32][]located{}
	var order []int32
	for i, l := range links {
		k := comp[to[i]]
		if k == 0 || comp[from[i]] != k {
			continue // l joins two components
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
// outgoing links, or nil. It is a depth-first search without recursion, like
// components, so a component of a million units cannot overflow the stack.
func findCycle(up map[string][]located) []located {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	type frame struct {
		node string
		next int // next outgoing link to look at
	}
	var path []located // path[k] leads from call[k] to call[k+1]
	for _, root := range slices.Sorted(maps.Keys(up)) {
		if state[root] != unseen {
			continue
		}
		state[root] = onPath
		call := []frame{{node: root}}
		for len(call) > 0 {
			f := &call[len(call)-1]
			if f.next == len(up[f.node]) {
				state[f.node] = done
				call = call[:len(call)-1]
				if len(call) > 0 {
					path = path[:len(path)-1]
				}
				continue
			}
			l := up[f.node][f.next]
			f.next++
			switch state[l.To] {
			case onPath:
				path = append(path, l)
				i := slices.IndexFunc(path, func(p located) bool { return p.From == l.To })
				return slices.Clone(path[i:])
			case unseen:
				path = append(path, l)
				state[l.To] = onPath
				call = append(call, frame{node: l.To})
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
