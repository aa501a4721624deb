package memstore

import (
	"cmp"
	"context"
	"slices"
	"unicode/utf8"

	"github.com/orgraph/orgraph/org"
)

// searchIndex finds the best-scoring names without scoring every name that
// shares a gram with the query: it counts, per key, how many of the query's
// gram occurrences the key holds, and scores keys from the highest
// org.ScoreBound down, skipping any that cannot beat the hits it already
// has. The answer is what scoring every key would give.
type searchIndex struct {
	keys     []searchKey
	nodes    []searchNode
	postings map[string][]posting // gram (two runes, or one) → keys holding it
	maxRunes int                  // the longest key's length
	// scratch keeps a few searches' work arrays: a channel rather than a
	// sync.Pool, which the garbage collector empties, and each refill
	// would cost an array as long as the index.
	scratch chan *scratch
}

// searchKey is one normalized name or alias of a node.
type searchKey struct {
	key   string
	runes int32
	node  int32 // index in nodes
}

// searchNode is what a hit reports about a node.
type searchNode struct {
	id, name, kind string
}

// posting says that a key holds a gram, and how often.
type posting struct {
	key   int32
	count int32
}

func newSearchIndex() *searchIndex {
	return &searchIndex{postings: map[string][]posting{}, scratch: make(chan *scratch, 4)}
}

// add indexes a node's distinct keys.
func (x *searchIndex) add(id, name, kind string, keys []string) {
	node := int32(len(x.nodes))
	x.nodes = append(x.nodes, searchNode{id, name, kind})
	seen := map[string]bool{}
	for _, key := range keys {
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		k := int32(len(x.keys))
		r := []rune(key)
		x.keys = append(x.keys, searchKey{key, int32(len(r)), node})
		x.maxRunes = max(x.maxRunes, len(r))
		// One-rune queries look a key up by its runes, the rest by bigrams.
		grams := map[string]int32{}
		for i := range r {
			grams[string(r[i])] = 1
			if i+1 < len(r) {
				grams[string(r[i:i+2])]++
			}
		}
		for g, n := range grams {
			x.postings[g] = append(x.postings[g], posting{k, n})
		}
	}
}

// scratch holds one search's per-key counts, reused between searches so
// that a search allocates in proportion to the keys it touches.
type scratch struct {
	shared  []int32   // per key: gram occurrences shared with the query
	touched []int32   // keys with shared > 0
	bounds  []float64 // per touched key
	order   []int32   // keys that can score, by bucket
	obounds []float64 // their bounds
	count   []int32
	bmax    []float64         // per bucket: its keys' best bound
	best    map[int32]float64 // node → best score so far
}

// Buckets group keys by shared count and length (clamped), which decide
// their bound; within a bucket every key is still checked on its own.
const (
	bucketRunes  = 64
	bucketShared = 128
)

func (x *searchIndex) search(ctx context.Context, text string, first int) ([]org.SearchHit, error) {
	q := org.Normalize(text)
	qLen := utf8.RuneCountInString(q)
	hits := []org.SearchHit{}
	if qLen == 0 || first <= 0 || x.maxRunes < org.MinKeyRunes(qLen) {
		return hits, nil
	}
	var sc *scratch
	select {
	case sc = <-x.scratch:
	default:
		sc = &scratch{shared: make([]int32, len(x.keys)), best: map[int32]float64{}}
	}
	defer func() {
		for _, k := range sc.touched {
			sc.shared[k] = 0
		}
		sc.touched, sc.bounds, sc.order, sc.obounds = sc.touched[:0], sc.bounds[:0], sc.order[:0], sc.obounds[:0]
		clear(sc.best)
		select {
		case x.scratch <- sc:
		default: // enough kept for the searches that run at once
		}
	}()

	grams := org.GramCounts(q)
	for g, n := range grams {
		if err := ctx.Err(); err != nil {
			return nil, cancelled(err)
		}
		for _, p := range x.postings[g] {
			if sc.shared[p.key] == 0 {
				sc.touched = append(sc.touched, p.key)
			}
			sc.shared[p.key] += min(int32(n), p.count)
		}
	}

	// Counting sort of the keys that can score at all into buckets.
	nb := bucketShared * bucketRunes
	sc.count = slices.Grow(sc.count[:0], nb+1)[:nb+1]
	clear(sc.count)
	sc.bmax = slices.Grow(sc.bmax[:0], nb)[:nb]
	clear(sc.bmax)
	bucket := func(k int32) int {
		return int(min(sc.shared[k], bucketShared-1))*bucketRunes + int(min(x.keys[k].runes, bucketRunes-1))
	}
	bound := func(k int32) float64 { return org.ScoreBound(qLen, int(sc.shared[k]), int(x.keys[k].runes)) }
	var ids []int // buckets with keys
	for _, k := range sc.touched {
		b := bound(k)
		sc.bounds = append(sc.bounds, b)
		if b > 0 {
			id := bucket(k)
			if sc.count[id+1] == 0 {
				ids = append(ids, id)
			}
			sc.count[id+1]++
			sc.bmax[id] = max(sc.bmax[id], b)
		}
	}
	for i := 1; i <= nb; i++ {
		sc.count[i] += sc.count[i-1]
	}
	sc.order = slices.Grow(sc.order[:0], int(sc.count[nb]))[:sc.count[nb]]
	sc.obounds = slices.Grow(sc.obounds[:0], int(sc.count[nb]))[:sc.count[nb]]
	for i, k := range sc.touched {
		if b := sc.bounds[i]; b > 0 {
			id := bucket(k)
			sc.order[sc.count[id]], sc.obounds[sc.count[id]] = k, b
			sc.count[id]++
		}
	}
	slices.SortFunc(ids, func(a, b int) int { return cmp.Or(-cmp.Compare(sc.bmax[a], sc.bmax[b]), cmp.Compare(a, b)) })

	// top holds the first nodes with the best scores so far; the worst of
	// them is the mark that a key's bound must reach to be worth scoring.
	top := topNodes{k: first, info: x.nodes, pos: map[int32]int{}}
	for _, id := range ids {
		if sc.bmax[id] < top.floor() {
			break
		}
		end := sc.count[id] // after placing, count[id] is the bucket's end
		start := int32(0)
		if id > 0 {
			start = sc.count[id-1]
		}
		for i, k := range sc.order[start:end] {
			if i%1024 == 1023 {
				if err := ctx.Err(); err != nil {
					return nil, cancelled(err)
				}
			}
			b := sc.obounds[int(start)+i]
			node := x.keys[k].node
			if sc.best[node] >= b || !top.admits(node, b) {
				continue
			}
			if s := org.Score(q, x.keys[k].key); s > sc.best[node] {
				sc.best[node] = s
				top.raise(node, s)
			}
		}
	}
	// The heap holds the answer: every node scored but not in it ranks after them.
	for i, node := range top.nodes {
		n := x.nodes[node]
		hits = append(hits, org.SearchHit{ID: n.id, Name: n.name, Kind: n.kind, Score: top.scores[i]})
	}
	return org.RankHits(hits, first), nil
}

// topNodes is a heap of the k best nodes so far in org.RankHits order
// (score, then name, then id), the worst of them on top.
type topNodes struct {
	k      int
	info   []searchNode
	nodes  []int32
	scores []float64
	pos    map[int32]int // node → index in nodes
}

// worse reports whether node a scoring sa ranks after node b scoring sb.
func (h *topNodes) worse(a int32, sa float64, b int32, sb float64) bool {
	if sa != sb {
		return sa < sb
	}
	if x, y := h.info[a], h.info[b]; x.name != y.name {
		return x.name > y.name
	}
	return h.info[a].id > h.info[b].id
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
