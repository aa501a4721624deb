package memstore

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// linkIndex holds every link once, in org.LinkOrder, and each node's links
// of each type and direction as positions in that slice. Positions are
// int32s in flat arrays, which hold no pointers: the garbage collector
// never scans them, and at 100,000 people the copies of the links they
// replace (two per link, one per direction, and one per citing document)
// were most of what every collection had to mark (issue 7). Nodes are the
// link ends, numbered by id; a person and a unit that shared an id would
// share a number harmlessly, as each end of a relationship type is always
// a person or always a unit.
type linkIndex struct {
	all  []org.Link
	node map[string]int32
	adj  [2][]adjacency // [Out|In][position of the rel in org.Rels]
}

// adjacency is one relationship type's links in one direction: node n's
// are all[at[off[n]:off[n+1]]], ascending, so in org.LinkOrder.
type adjacency struct{ off, at []int32 }

// newLinkIndex sorts a copy of links and indexes it. It also returns
// where each of links went in the copy.
func newLinkIndex(links []org.Link) (linkIndex, []int32) {
	all, at := sorted(links)
	x := linkIndex{all: all, node: map[string]int32{}}
	// Each link's type and end nodes as numbers, worked out once.
	rel := make([]int, len(x.all))
	ends := [2][]int32{make([]int32, len(x.all)), make([]int32, len(x.all))}
	for i, l := range x.all {
		rel[i] = slices.Index(org.Rels, l.Rel)
		for dir, id := range [2]string{org.Out: l.From, org.In: l.To} {
			n, ok := x.node[id]
			if !ok {
				n = int32(len(x.node))
				x.node[id] = n
			}
			ends[dir][i] = n
		}
	}
	nodes := len(x.node)
	for dir := range x.adj {
		x.adj[dir] = make([]adjacency, len(org.Rels))
		for r := range org.Rels {
			// Counting sort by node: count, prefix sums, then place the
			// positions in ascending order.
			a := adjacency{off: make([]int32, nodes+1)}
			for i, n := range ends[dir] {
				if rel[i] == r {
					a.off[n+1]++
				}
			}
			for n := range nodes {
				a.off[n+1] += a.off[n]
			}
			a.at = make([]int32, a.off[nodes])
			next := slices.Clone(a.off[:nodes])
			for i, n := range ends[dir] {
				if rel[i] == r {
					a.at[next[n]] = int32(i)
					next[n]++
				}
			}
			x.adj[dir][r] = a
		}
	}
	return x, at
}

// sorted returns a copy of links in org.LinkOrder, links equal in it in
// the dataset's order, and the position in the copy of each of links. It
// sorts positions, with each link's days worked out once, rather than
// moving the large structs about: sorting 295,000 links stably in place
// took seconds.
func sorted(links []org.Link) ([]org.Link, []int32) {
	out := make([]org.Link, len(links))
	at := make([]int32, len(links))
	for i, k := range org.ByDays(links, func(l org.Link) (int, int) { return l.Span.FirstDay(), l.Span.LastDay() }, org.LinkOrder) {
		out[i] = links[k.I]
		at[k.I] = int32(i)
	}
	return out, at
}

// of returns the positions of node id's links of rel in direction dir.
func (x *linkIndex) of(rel org.Rel, dir org.Direction, id string) []int32 {
	r := slices.Index(org.Rels, rel)
	n, ok := x.node[id]
	if r < 0 || !ok {
		return nil
	}
	a := x.adj[dir][r]
	return a.at[a.off[n]:a.off[n+1]]
}
