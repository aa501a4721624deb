package memstore

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// linkIndex holds every link once, in org.LinkOrder, and each node's links
// of each type and direction as positions in that slice. Nodes are the
// link ends, numbered by id; a person and a unit that shared an id would
// share a number harmlessly, as each end of a relationship type is always
// a person or always a unit. Positions are
// int32s in flat arrays, which hold no pointers: the garbage collector
// never scans them, and at 100,000 people the copies of the links they
// replace (two per link, one per direction, and one per citing document)
// were most of what every collection had to mark (issue 7).
type linkIndex struct {
	all  []org.Link
	node map[string]int32
	adj  [2][]adjacency // [Out|In][position of the rel in org.Rels]
}

// adjacency is one relationship type's links in one direction: node n's
// are all[at[off[n]:off[n+1]]], ascending, so in org.LinkOrder.
type adjacency struct{ off, at []int32 }

// newLinkIndex sorts a copy of links and indexes it.
func newLinkIndex(links []org.Link) linkIndex {
	x := linkIndex{all: slices.Clone(links), node: map[string]int32{}}
	// Stable, so that links equal in LinkOrder keep the dataset's order.
	slices.SortStableFunc(x.all, org.LinkOrder)
	for _, l := range x.all {
		for _, id := range [2]string{l.From, l.To} {
			if _, ok := x.node[id]; !ok {
				x.node[id] = int32(len(x.node))
			}
		}
	}
	nodes := len(x.node)
	for dir := range x.adj {
		x.adj[dir] = make([]adjacency, len(org.Rels))
		for r, rel := range org.Rels {
			// Counting sort by node: count, prefix sums, then place the
			// positions in ascending order.
			a := adjacency{off: make([]int32, nodes+1)}
			for _, l := range x.all {
				if l.Rel == rel {
					a.off[x.node[end(l, org.Direction(dir))]+1]++
				}
			}
			for n := range nodes {
				a.off[n+1] += a.off[n]
			}
			a.at = make([]int32, a.off[nodes])
			next := slices.Clone(a.off[:nodes])
			for i, l := range x.all {
				if l.Rel == rel {
					n := x.node[end(l, org.Direction(dir))]
					a.at[next[n]] = int32(i)
					next[n]++
				}
			}
			x.adj[dir][r] = a
		}
	}
	return x
}

// end is the node a link is indexed under in direction dir.
func end(l org.Link, dir org.Direction) string {
	if dir == org.In {
		return l.To
	}
	return l.From
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
