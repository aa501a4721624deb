package synth

import "math/rand/v2"

// The reporting tree is a tree of positions, fixed for the whole history:
// people move between positions, leave and are replaced, but the shape stays,
// so depth and fan-out hold at every date by construction.
const (
	minFanOut = 3
	maxFanOut = 12
	minDepth  = 6
	maxDepth  = 10
)

// tree holds positions in breadth-first order: position 0 is the CEO's, and
// the children of a position have consecutive numbers.
type tree struct {
	parent  []int32 // -1 for the root
	first   []int32 // the first child
	kids    []uint8 // how many children
	level   []uint8
	byLevel [][]int32
}

// depthFor picks the deepest level for n positions: log base 6 of n
// (rounded up) plus two, kept within 6–10, so larger organisations are
// deeper. The tree's arithmetic is all in integers, so that the same seed
// shapes the same tree on every machine.
func depthFor(n int) int {
	d := 0
	for p := 1; p < n; p *= 6 {
		d++
	}
	return min(maxDepth, max(minDepth, d+2))
}

// share is n to the power (k-1)/k, that is n over its k-th root: the
// subtree size that lets a budget of n last k more levels. The root is taken
// of n times scale^k, as large as fits, so that it keeps a few binary digits.
func share(n, k int) int {
	const big = 1 << 62
	scale := 1
	for pow(scale*2, k, big/n) <= big/n {
		scale *= 2
	}
	return n * scale / root(n*pow(scale, k, big), k)
}

// root is the largest g with g to the power k at most n.
func root(n, k int) int {
	lo, hi := 1, 1<<(62/k+1)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if pow(mid, k, n) <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// pow is g to the power k, or limit+1 once that exceeds limit.
func pow(g, k, limit int) int {
	p := 1
	for range k {
		if p > limit/g {
			return limit + 1
		}
		p *= g
	}
	return p
}

// capacity[r] is the most positions a subtree can hold with r levels below
// its top while every manager has at most maxFanOut reports.
var capacity = func() [maxDepth + 1]int {
	var c [maxDepth + 1]int
	c[0] = 1
	for r := 1; r <= maxDepth; r++ {
		c[r] = 1 + maxFanOut*c[r-1]
	}
	return c
}()

// minBudget is the fewest positions whose subtree reaches h levels down:
// a manager with one manager and two individual contributors per level.
func minBudget(h int) int { return 3*h + 1 }

// buildTree shapes n positions. Each manager splits its subtree's budget
// between a few individual contributors and some manager children, sized so
// that the budget runs out near the deepest level; random weights make the
// fan-out irregular. One "spine" child per level is given enough budget to
// reach minDepth, so the tree is never too shallow.
func buildTree(r *rand.Rand, n int) *tree {
	depth := depthFor(n)
	t := &tree{
		parent: make([]int32, n), first: make([]int32, n), kids: make([]uint8, n),
		level: make([]uint8, n), byLevel: make([][]int32, depth+1),
	}
	type node struct{ budget, need int }
	queue := make([]node, 0, n)
	need := 0
	if n >= minBudget(minDepth) {
		need = minDepth
	}
	queue = append(queue, node{n, need})
	t.parent[0] = -1
	next := int32(1)
	for q := int32(0); int(q) < len(queue); q++ {
		nd, lvl := queue[q], int(t.level[q])
		t.byLevel[lvl] = append(t.byLevel[lvl], q)
		sizes := split(r, nd.budget, depth-lvl, nd.need)
		t.first[q], t.kids[q] = next, uint8(len(sizes))
		for i, size := range sizes {
			t.parent[next], t.level[next] = q, uint8(lvl+1)
			childNeed := 0
			if i == 0 && nd.need > 1 {
				childNeed = nd.need - 1
			}
			queue = append(queue, node{size, childNeed})
			next++
		}
	}
	return t
}

// split divides budget-1 positions among a manager's direct reports, given
// rest levels below it, and returns each report's subtree size (1 for an
// individual contributor). When need > 1 the first report's subtree must be
// able to reach need-1 more levels.
func split(r *rand.Rand, budget, rest, need int) []int {
	below := budget - 1
	if below == 0 {
		return nil
	}
	if rest <= 1 || (below <= maxFanOut && need <= 1) {
		return ones(below) // all individual contributors; fewer than 3 only in tiny orgs
	}
	// The share each manager child should get so the budget lasts rest levels.
	target := max(1, share(below, rest)*(60+r.IntN(101))/100)
	limit := capacity[rest-1]
	spine := 0
	if need > 1 {
		spine = minBudget(need-1) - 4 // what the first child needs beyond the minimum of 4
	}
	leaves, lo, hi := r.IntN(6), 1, 1
	for ; ; leaves-- {
		leaves = max(0, min(leaves, below-4-spine))
		pool := below - leaves
		lo = max(1, (pool+limit-1)/limit)
		hi = max(1, min(maxFanOut-leaves, (pool-spine)/4))
		if lo <= hi || leaves == 0 {
			break
		}
	}
	managers := min(hi, max(lo, (below-leaves+target/2)/target))
	if extra := minFanOut - managers - leaves; extra > 0 && below-leaves-extra >= 4*managers+spine {
		leaves += extra // top up with individual contributors
	}
	sizes := make([]int, managers, managers+leaves)
	weights := make([]int, managers)
	sum := 0
	for i := range weights {
		weights[i] = 30 + r.IntN(100)
		sum += weights[i]
	}
	spare := below - leaves - 4*managers - spine
	sizes[0] = spine
	given := 0
	for i := range sizes {
		share := spare * weights[i] / sum
		sizes[i] += 4 + share
		given += share
	}
	sizes[0] += spare - given
	// Keep each child within what fits below it, passing the excess on.
	carry := 0
	for i := range sizes {
		if sizes[i] > limit {
			carry += sizes[i] - limit
			sizes[i] = limit
		}
	}
	for i := 0; carry > 0 && i < len(sizes); i++ {
		add := min(carry, limit-sizes[i])
		sizes[i] += add
		carry -= add
	}
	return append(sizes, ones(leaves)...)
}

func ones(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	return out
}
