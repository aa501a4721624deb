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
type Index struct {
	keys     []key
	text     []string // per key: the normalized name
	nodes    []node
	postings map[string][]posting // gram (two runes, or one) → keys holding it
	maxRunes int                  // the longest key's length
	// scratch keeps a few searches' work arrays: a channel rather than a
	// sync.Pool, which the garbage collector empties, and each refill
	// would cost an array as long as the index.
	scratch chan *scratch
}

// key is one normalized name or alias of a node.
type key struct {
	runes    int32
	node     int32 // index in nodes
	reported int   // the node's, here so that a search reads one array
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
	x := &Index{postings: map[string][]posting{}, scratch: make(chan *scratch, 4)}
	seen := map[string]bool{}
	grams := map[string]int32{}
	for _, e := range entries {
		n := int32(len(x.nodes))
		x.nodes = append(x.nodes, node{e.ID, e.Name, e.Kind})
		clear(seen)
		for _, k := range e.Keys {
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			x.add(n, e.Reported, k, grams)
		}
	}
	return x
}

// add indexes one key of node n; grams is scratch space.
func (x *Index) add(n int32, reported int, k string, grams map[string]int32) {
	id := int32(len(x.keys))
	r := []rune(k)
	x.keys = append(x.keys, key{int32(len(r)), n, reported})
	x.text = append(x.text, k)
	x.maxRunes = max(x.maxRunes, len(r))
	// One-rune queries look a key up by its runes, the rest by bigrams.
	clear(grams)
	for i := range r {
		grams[string(r[i])] = 1
		if i+1 < len(r) {
			grams[string(r[i:i+2])]++
		}
	}
	for g, c := range grams {
		x.postings[g] = append(x.postings[g], posting{id, c})
	}
}

// Len is how many entries the index holds.
func (x *Index) Len() int { return len(x.nodes) }

// cancelled reports a search that stopped before its answer was ready.
func cancelled(err error) error {
	return org.Wrap(err, org.Unavailable, "the request was cancelled or ran out of time")
}

// queryRunes is the normalized query and its length in runes.
func queryRunes(text string) (string, int) {
	q := org.Normalize(text)
	return q, utf8.RuneCountInString(q)
}
