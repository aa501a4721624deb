// Package search is orgraph's name search: an in-memory index of every
// normalized name and alias of the people and units, which ranks them with
// org.Score and org.RankHits. It is one package, rather than a part of each
// store, because both stores answer search from it: the in-memory store
// builds it from the dataset, the Neo4j store from one read of the graph
// (Lucene cannot rank like org.Score, and looking candidates up gram by gram
// in Neo4j costs hundreds of thousands of database hits per search), so the
// ranking is the same on both by construction.
package search

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/orgraph/orgraph/org"
)

// Entry is one person or unit as the index needs it.
type Entry struct {
	ID, Name string
	Kind     string   // "person" or "unit"
	Keys     []string // normalized names (org.Normalize); duplicates and "" are ignored
	// Reported is the first day (yyyymmdd) on which a source citing the
	// entity may have been published, org.MaxDay when none cites it: the
	// entity is known at D when Reported <= D.LastDay() (org.PublishedBy).
	Reported int
}

// Reported is Entry.Reported for an entity's sources.
func Reported(srcs []org.Source) int {
	day := org.MaxDay
	for _, s := range srcs {
		day = min(day, s.Published.FirstDay())
	}
	return day
}

// Index finds the best-scoring names without scoring every name that shares
// a gram with the query (see Search). It is immutable once built and safe
// for concurrent use.
//
// Keys are numbered shortest first, and what a search reads of them is
// kept in flat arrays by number: a search scans its counts length by
// length, in memory order, and reads a key only when its count may let it
// score.
type Index struct {
	text     string   // every key's normalized text, one after another
	start    []int32  // key k's text is text[start[k]:start[k+1]]
	node     []int32  // per key: its node, an index in nodes
	reported []int32  // per key: its node's Entry.Reported
	runes    []int32  // per key: its length in runes
	sig      []uint64 // per key: the set of its runes (sigOf)
	byRunes  []int32  // keys of L runes are byRunes[L] up to byRunes[L+1]
	nodes    []node
	// rank is each node's place in org.RankHits' order among equal
	// scores (by name, then id; equal when both are), so that a search
	// breaks the ties of the hits it keeps without comparing strings.
	rank     []int32
	postings map[gram][]posting // keys holding each gram
	maxRunes int                // the longest key's length
	// scratch holds one work array per processor (nil until a search
	// needs it), and a search takes one for its run: searches are all
	// processor, so more at once than processors would only wait for each
	// other, and each would cost arrays as long as the index. A channel
	// rather than a sync.Pool, which the garbage collector empties.
	scratch chan *scratch
}

// sigOf is the set of s's runes as bits, letters and digits each their
// own, other runes sharing. A rune of the query whose bit a key lacks is
// missing from the key, so each such bit costs an edit (see Search).
func sigOf(s string) uint64 {
	var sig uint64
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			sig |= 1 << (r - 'a')
		case r >= '0' && r <= '9':
			sig |= 1 << (26 + r - '0')
		default:
			sig |= 1 << (36 + r%28)
		}
	}
	return sig
}

// gram is two runes of a key, or a single rune (second half noRune): the
// postings are keyed by number rather than by string so that building the
// index allocates no string per gram.
type gram uint64

const noRune = 0xFFFFFFFF // not a rune: marks a one-rune gram

func bigram(a, b rune) gram { return gram(uint32(a))<<32 | gram(uint32(b)) }
func unigram(a rune) gram   { return gram(uint32(a))<<32 | noRune }

// gramOf is the gram of a string of one or two runes (org.GramCounts').
func gramOf(s string) gram {
	r := []rune(s)
	if len(r) == 1 {
		return unigram(r[0])
	}
	return bigram(r[0], r[1])
}

// node is what a hit reports about an entry.
type node struct {
	id, name, kind string
}

// posting says that a key holds a gram, and how often.
type posting struct {
	key   int32
	count int32
}

// New indexes entries.
func New(entries []Entry) *Index {
	x := &Index{scratch: make(chan *scratch, runtime.GOMAXPROCS(0))}
	for range cap(x.scratch) {
		x.scratch <- nil
	}
	type entryKey struct {
		text        string
		runes, node int32
		reportedDay int32
	}
	size := 0
	for _, e := range entries {
		size += len(e.Keys)
	}
	keys := make([]entryKey, 0, size)
	x.nodes = make([]node, 0, len(entries))
	for _, e := range entries {
		n := int32(len(x.nodes))
		x.nodes = append(x.nodes, node{e.ID, e.Name, e.Kind})
		own := len(keys) // an entry's keys are few: a list finds repeats
		for _, k := range e.Keys {
			if k == "" || slices.ContainsFunc(keys[own:], func(o entryKey) bool { return o.text == k }) {
				continue
			}
			runes := utf8.RuneCountInString(k)
			keys = append(keys, entryKey{k, int32(runes), n, int32(e.Reported)})
			x.maxRunes = max(x.maxRunes, runes)
		}
	}
	// Shortest first, by a counting sort on length.
	x.byRunes = make([]int32, x.maxRunes+2)
	for _, k := range keys {
		x.byRunes[k.runes+1]++
	}
	for l := 1; l < len(x.byRunes); l++ {
		x.byRunes[l] += x.byRunes[l-1]
	}
	sorted := make([]entryKey, len(keys))
	next := slices.Clone(x.byRunes)
	size = 0
	for _, k := range keys {
		sorted[next[k.runes]] = k
		next[k.runes]++
		size += len(k.text)
	}
	var text strings.Builder
	text.Grow(size)
	x.start = make([]int32, 0, len(sorted)+1)
	x.node = make([]int32, 0, len(sorted))
	x.reported = make([]int32, 0, len(sorted))
	x.runes = make([]int32, 0, len(sorted))
	x.sig = make([]uint64, 0, len(sorted))
	for _, k := range sorted {
		x.start = append(x.start, int32(text.Len()))
		text.WriteString(k.text)
		x.node = append(x.node, k.node)
		x.reported = append(x.reported, k.reportedDay)
		x.runes = append(x.runes, k.runes)
		x.sig = append(x.sig, sigOf(k.text))
	}
	x.start = append(x.start, int32(text.Len()))
	x.text = text.String()
	x.rank = rankNodes(x.nodes)

	// The postings are sized first and cut from one array, rather than
	// grown gram by gram: that is most of the garbage a build would make.
	// Built in key order, each lists its keys shortest first.
	var kg keyGrams
	sizes := map[gram]int{}
	for k := range x.node {
		kg.of(x.key(int32(k)))
		for _, g := range kg.grams {
			sizes[g]++
		}
	}
	total := 0
	for _, n := range sizes {
		total += n
	}
	flat := make([]posting, total)
	x.postings = make(map[gram][]posting, len(sizes))
	for g, n := range sizes {
		x.postings[g], flat = flat[:0:n], flat[n:]
	}
	for k := range x.node {
		kg.of(x.key(int32(k)))
		for j, g := range kg.grams {
			x.postings[g] = append(x.postings[g], posting{int32(k), kg.counts[j]})
		}
	}
	return x
}

// rankNodes is Index.rank.
func rankNodes(nodes []node) []int32 {
	order := make([]int32, len(nodes))
	for i := range order {
		order[i] = int32(i)
	}
	byName := func(a, b int32) int {
		return cmp.Or(cmp.Compare(nodes[a].name, nodes[b].name), cmp.Compare(nodes[a].id, nodes[b].id))
	}
	slices.SortFunc(order, byName)
	rank := make([]int32, len(nodes))
	for i, n := range order {
		if i > 0 && byName(order[i-1], n) == 0 {
			rank[n] = rank[order[i-1]]
		} else {
			rank[n] = int32(i)
		}
	}
	return rank
}

// key is key k's normalized text.
func (x *Index) key(k int32) string { return x.text[x.start[k]:x.start[k+1]] }

// keyGrams is a key's distinct grams and how often the key holds each:
// its bigrams, for queries of two runes or more, and its runes (each
// counted once, as a one-rune query holds its gram once), for queries of
// one. Keys are short, so lists beat a map here.
type keyGrams struct {
	grams  []gram
	counts []int32
}

func (kg *keyGrams) of(k string) {
	kg.grams, kg.counts = kg.grams[:0], kg.counts[:0]
	prev := rune(-1)
	for _, r := range k {
		kg.add(unigram(r), true)
		if prev >= 0 {
			kg.add(bigram(prev, r), false)
		}
		prev = r
	}
}

func (kg *keyGrams) add(g gram, once bool) {
	for i, h := range kg.grams {
		if h == g {
			if !once {
				kg.counts[i]++
			}
			return
		}
	}
	kg.grams, kg.counts = append(kg.grams, g), append(kg.counts, 1)
}

// cancelled reports a search that stopped before its answer was ready.
func cancelled(err error) error {
	return org.Wrap(err, org.Unavailable, "the request was cancelled or ran out of time")
}

// queryRunes is the normalized query and its length in runes.
func queryRunes(text string) (string, int) {
	q := org.Normalize(text)
	return q, utf8.RuneCountInString(q)
}
