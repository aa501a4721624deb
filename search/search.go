package search

import (
	"cmp"
	"context"
	"math/bits"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// scratch holds one search's per-key counts, reused between searches so
// that a search allocates in proportion to the keys it touches.
type scratch struct {
	shared  []int32     // per key: gram occurrences shared with the query so far
	touched []int32     // keys with shared > 0
	order   []int32     // keys that can score, by bucket
	count   []int32     // per bucket: where its keys start in order, then end
	ids     []int       // buckets with keys
	cand    []candidate // keys that may make the hits
	best    []float64   // per node: its best score so far
	nodes   []int32     // nodes with best > 0
}

// candidate is a key that may make the hits, and its bucket: the keys
// holding as many occurrences and as long, which share a bound, so that
// the bucket is the key's index in query.bounds.
type candidate struct {
	key, bucket int32
}

// query is one search's normalized text and what bounds its scores.
type query struct {
	match *org.Matcher
	runes int
	sig   uint64 // sigOf the text
	known int    // the last day of knownAt: entries reported later are no hits
	total int    // the query's gram occurrences (org.GramCounts)
	// bounds[s*(maxRunes+1)+l] is org.ScoreBound(runes, s, l), looked up
	// rather than computed for every key a search touches.
	bounds   []float64
	maxRunes int
	// reach[s] is the best bound of a key holding s of the gram
	// occurrences, whatever its length: most keys a search touches hold
	// too few to matter, which this tells without reading the key.
	reach []float64
}

func (q *query) bound(shared, keyRunes int) float64 {
	return q.bounds[q.bucket(shared, keyRunes)]
}

// bucket is the index in bounds of a key holding shared occurrences.
func (q *query) bucket(shared, keyRunes int) int {
	return min(shared, q.total)*(q.maxRunes+1) + keyRunes
}

// unseen is the best bound of a key holding at most shared of the query's
// gram occurrences, whatever its length.
func (q *query) unseen(shared int) float64 { return q.reach[min(shared, q.total)] }

// runeBound lowers bound, a key's, by what the runes of the key and the
// query tell: a key lacking one of the query's runes cannot contain it,
// so it scores by edit distance, which is at least the number of the
// query's runes it lacks, and of its runes the query lacks (each edit
// removes one rune and adds one), as sigOf counts them, and at least the
// difference in length. Pinyin names share most grams but not their
// letters, so this skips most of the keys a misspelt name leaves.
func (q *query) runeBound(bound float64, sig uint64, keyRunes int) float64 {
	missing := bits.OnesCount64(q.sig &^ sig)
	if missing == 0 {
		return bound // the key may contain the query
	}
	edits := max(missing, bits.OnesCount64(sig&^q.sig), abs(q.runes-keyRunes))
	longest := max(q.runes, keyRunes)
	// The same arithmetic as org.Score's last tier, so that a key this
	// many edits away bounds exactly at its score.
	return min(bound, 0.5*(1-float64(edits)/float64(longest)))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// queryGram is one of the query's grams: the keys holding it, and how
// often the query holds it.
type queryGram struct {
	postings []posting
	count    int
}

// Search ranks the entries known at knownAt (all of them when it is zero)
// by their best-scoring key, best first, and returns the first of them:
// exactly what scoring every key with org.Score and ranking the entries
// with org.RankHits would return.
//
// It counts, per key, how many of the query's gram occurrences the key
// holds, rarest grams first, and scores keys from the highest
// org.ScoreBound down, skipping any that cannot beat the hits it already
// has. Once the hits found are better than any key holding only the
// grams left could score, those grams' postings (the longest: "an" and
// "ng" are in most pinyin names) are never read. It scores with
// org.Matcher (Score, prepared once per search), and skips too the keys
// whose runes alone rule them out (runeBound).
func (x *Index) Search(ctx context.Context, text string, first int, knownAt org.Date) ([]org.SearchHit, error) {
	qs, qLen := queryRunes(text)
	hits := []org.SearchHit{}
	if qLen == 0 || first <= 0 || x.maxRunes < org.MinKeyRunes(qLen) {
		return hits, nil
	}
	q := query{match: org.NewMatcher(qs), runes: qLen, sig: sigOf(qs), known: knownAt.LastDay(), maxRunes: x.maxRunes}
	var grams []queryGram
	for g, n := range org.GramCounts(qs) {
		grams = append(grams, queryGram{x.postings[gramOf(g)], n})
		q.total += n
	}
	slices.SortFunc(grams, func(a, b queryGram) int { return cmp.Compare(len(a.postings), len(b.postings)) })
	q.bounds = make([]float64, (q.total+1)*(x.maxRunes+1))
	q.reach = make([]float64, q.total+1)
	for s := range q.total + 1 {
		for l := range x.maxRunes + 1 {
			b := org.ScoreBound(qLen, s, l)
			q.bounds[s*(x.maxRunes+1)+l] = b
			q.reach[s] = max(q.reach[s], b)
		}
	}

	sc, err := x.getScratch(ctx)
	if err != nil {
		return nil, err
	}
	defer x.putScratch(sc)
	top := topNodes{k: first, rank: x.rank, pos: map[int32]int{}}
	left := q.total // occurrences in grams not counted yet
	next := 0
	count := func() error {
		if err := ctx.Err(); err != nil {
			return cancelled(err)
		}
		for _, p := range grams[next].postings {
			if sc.shared[p.key] == 0 {
				sc.touched = append(sc.touched, p.key)
			}
			sc.shared[p.key] += min(int32(grams[next].count), p.count)
		}
		left -= grams[next].count
		next++
		return nil
	}
	// The rarest grams holding half the occurrences first; scoring the few
	// keys that hold most of them finds likely hits, and so a floor; then
	// more grams while a key holding only those left could still make the
	// hits; then every key that can.
	for next < len(grams) && 2*left > q.total {
		if err := count(); err != nil {
			return nil, err
		}
	}
	x.touchedCandidates(&q, sc, top.floor(), left)
	if err := x.score(ctx, &q, sc, &top, probe+first); err != nil {
		return nil, err
	}
	for next < len(grams) && q.unseen(left) >= top.floor() {
		if err := count(); err != nil {
			return nil, err
		}
	}
	x.scanCandidates(&q, sc, top.floor(), left)
	if err := x.score(ctx, &q, sc, &top, len(x.node)); err != nil {
		return nil, err
	}
	// The heap holds the answer: every node scored but not in it ranks after them.
	for i, n := range top.nodes {
		e := x.nodes[n]
		hits = append(hits, org.SearchHit{ID: e.id, Name: e.name, Kind: e.kind, Score: top.scores[i]})
	}
	return org.RankHits(hits, first), nil
}

// probe is how many keys, beyond the hits asked for, a search scores
// before it has counted every gram it needs: enough to find a floor close
// to the last hit's score, few enough to cost little.
const probe = 32

// touchedCandidates makes the touched keys that can still reach floor the
// candidates, in the order counted: few, while the search is finding a
// floor. A key's bound counts the left occurrences as shared, since it may
// hold them too.
func (x *Index) touchedCandidates(q *query, sc *scratch, floor float64, left int) {
	sc.cand = sc.cand[:0]
	for _, k := range sc.touched {
		s := int(sc.shared[k]) + left
		if r := q.unseen(s); r == 0 || r < floor {
			continue // too few grams to score, whatever its length
		}
		x.consider(q, sc, k, s, int(x.runes[k]), floor)
	}
}

// scanCandidates makes every key that can still reach floor a candidate,
// scanning the counts length by length in memory order: once the search
// has counted all the grams it needs, it has touched most keys, and
// reading them in order costs a fraction of reading them as counted.
func (x *Index) scanCandidates(q *query, sc *scratch, floor float64, left int) {
	sc.cand = sc.cand[:0]
	for l := 1; l <= x.maxRunes; l++ {
		// Every key of l runes that can reach floor holds at least need
		// occurrences: a key holding none was never counted, and the
		// search counts grams until such a key cannot score.
		need := -1
		for s := 1; s <= q.total; s++ {
			if b := q.bound(s, l); b > 0 && b >= floor {
				need = s
				break
			}
		}
		if need < 0 {
			continue
		}
		least := int32(max(need-left, 1))
		for k := x.byRunes[l]; k < x.byRunes[l+1]; k++ {
			if sc.shared[k] >= least {
				x.consider(q, sc, k, int(sc.shared[k])+left, l, floor)
			}
		}
	}
}

// consider makes key k, of runes runes and holding shared occurrences, a
// candidate if it can still reach floor. (A key scored while finding the
// floor may be scored again: a few dozen, which costs less than marking.)
func (x *Index) consider(q *query, sc *scratch, k int32, shared, runes int, floor float64) {
	b := q.bucket(shared, runes)
	if q.bounds[b] > 0 && q.bounds[b] >= floor {
		sc.cand = append(sc.cand, candidate{k, int32(b)})
	}
}

// score scores the candidates from the highest bound down, while they can
// still make top, at most limit of them.
func (x *Index) score(ctx context.Context, q *query, sc *scratch, top *topNodes, limit int) error {
	// A counting sort of the candidates into buckets.
	nb := len(q.bounds)
	sc.count = slices.Grow(sc.count[:0], nb+1)[:nb+1]
	clear(sc.count)
	sc.ids = sc.ids[:0]
	for _, c := range sc.cand {
		if sc.count[c.bucket+1] == 0 {
			sc.ids = append(sc.ids, int(c.bucket))
		}
		sc.count[c.bucket+1]++
	}
	for i := 1; i <= nb; i++ {
		sc.count[i] += sc.count[i-1]
	}
	sc.order = slices.Grow(sc.order[:0], len(sc.cand))[:len(sc.cand)]
	for _, c := range sc.cand {
		sc.order[sc.count[c.bucket]] = c.key
		sc.count[c.bucket]++
	}
	slices.SortFunc(sc.ids, func(a, b int) int { return cmp.Or(-cmp.Compare(q.bounds[a], q.bounds[b]), cmp.Compare(a, b)) })

	// The worst of top is the mark that a key's bound must reach to be
	// worth scoring.
	for _, id := range sc.ids {
		bound := q.bounds[id]
		if bound < top.floor() {
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
					return cancelled(err)
				}
			}
			if int(x.reported[k]) > q.known {
				continue // not known then: never a hit
			}
			node := x.node[k]
			b := q.runeBound(bound, x.sig[k], int(x.runes[k]))
			if sc.best[node] >= b || !top.admits(node, b) {
				continue
			}
			if limit--; limit < 0 {
				return nil
			}
			if s := q.match.Score(x.key(k)); s > sc.best[node] {
				if sc.best[node] == 0 {
					sc.nodes = append(sc.nodes, node)
				}
				sc.best[node] = s
				top.raise(node, s)
			}
		}
	}
	return nil
}

// getScratch waits for a work array, or for ctx to end.
func (x *Index) getScratch(ctx context.Context) (*scratch, error) {
	select {
	case sc := <-x.scratch:
		if sc == nil {
			sc = &scratch{shared: make([]int32, len(x.node)), best: make([]float64, len(x.nodes))}
		}
		return sc, nil
	case <-ctx.Done():
		return nil, cancelled(ctx.Err())
	}
}

// putScratch resets what a search touched and keeps sc for the next one.
func (x *Index) putScratch(sc *scratch) {
	if len(sc.touched) > len(sc.shared)/8 {
		clear(sc.shared) // at once, faster than key by key when most are touched
	} else {
		for _, k := range sc.touched {
			sc.shared[k] = 0
		}
	}
	sc.touched = sc.touched[:0]
	for _, n := range sc.nodes {
		sc.best[n] = 0
	}
	sc.nodes = sc.nodes[:0]
	x.scratch <- sc // never blocks: it is one of the channel's own
}
