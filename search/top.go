package search

// topNodes is a heap of the k best nodes so far in org.RankHits order
// (score, then name, then id), the worst of them on top.
type topNodes struct {
	k      int
	rank   []int32 // per node: its place by name, then id (Index.rank)
	nodes  []int32
	scores []float64
	pos    map[int32]int // node → index in nodes
}

// worse reports whether node a scoring sa ranks after node b scoring sb.
func (h *topNodes) worse(a int32, sa float64, b int32, sb float64) bool {
	if sa != sb {
		return sa < sb
	}
	return h.rank[a] > h.rank[b]
}

// floor is the k'th best score so far, or 0 while fewer than k nodes scored.
func (h *topNodes) floor() float64 {
	if len(h.nodes) < h.k {
		return 0
	}
	return h.scores[0]
}

// admits reports whether node, scoring at most bound, could still make the
// k best: a key that can only tie the k'th score loses to it on name.
func (h *topNodes) admits(node int32, bound float64) bool {
	return len(h.nodes) < h.k || !h.worse(node, bound, h.nodes[0], h.scores[0])
}

// raise records that node now scores s, higher than before.
func (h *topNodes) raise(node int32, s float64) {
	if i, ok := h.pos[node]; ok {
		h.scores[i] = s
		h.down(i)
		return
	}
	if len(h.nodes) < h.k {
		h.nodes, h.scores = append(h.nodes, node), append(h.scores, s)
		h.pos[node] = len(h.nodes) - 1
		h.up(len(h.nodes) - 1)
		return
	}
	if !h.worse(h.nodes[0], h.scores[0], node, s) {
		return
	}
	delete(h.pos, h.nodes[0])
	h.nodes[0], h.scores[0] = node, s
	h.pos[node] = 0
	h.down(0)
}

func (h *topNodes) swap(i, j int) {
	h.nodes[i], h.nodes[j] = h.nodes[j], h.nodes[i]
	h.scores[i], h.scores[j] = h.scores[j], h.scores[i]
	h.pos[h.nodes[i]], h.pos[h.nodes[j]] = i, j
}

func (h *topNodes) less(i, j int) bool {
	return h.worse(h.nodes[i], h.scores[i], h.nodes[j], h.scores[j])
}

func (h *topNodes) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			return
		}
		h.swap(i, parent)
		i = parent
	}
}

func (h *topNodes) down(i int) {
	for {
		least := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < len(h.nodes) && h.less(c, least) {
				least = c
			}
		}
		if least == i {
			return
		}
		h.swap(i, least)
		i = least
	}
}
