package org

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize folds a name for matching: lower case, letters and digits only,
// so "Xuan De", "xuande" and "Xuan-De" are one key and 戴珊 stays 戴珊.
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Grams are the keys a store looks a normalized query up by: its two-rune
// substrings, or the query itself when it is a single rune. Every alias that
// Score rates above zero contains at least one of them, so a store that
// fetches candidates by gram and ranks them with Score misses no hit.
func Grams(q string) []string {
	r := []rune(q)
	if len(r) < 2 {
		if len(r) == 0 {
			return nil
		}
		return []string{q}
	}
	seen := map[string]bool{}
	var out []string
	for i := 0; i+1 < len(r); i++ {
		g := string(r[i : i+2])
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// Score rates how well a normalized alias matches a normalized query, in
// tiers so an exact match always beats a prefix, a prefix beats a substring
// and a substring beats a misspelling: 1 exact, (0.8,0.9] prefix, (0.6,0.7]
// substring, (0,0.5] close in edit distance, 0 no match.
func Score(q, alias string) float64 {
	if q == "" || alias == "" {
		return 0
	}
	qr, ar := []rune(q), []rune(alias)
	if s, ok := containScore(q, alias, len(qr), len(ar)); ok {
		return s
	}
	if !sharesGram(q, alias) {
		return 0
	}
	longest := max(len(qr), len(ar))
	if 2*abs(len(qr)-len(ar)) > longest {
		return 0 // the edit distance is at least the length difference: too far
	}
	return editScore(levenshtein(qr, ar), longest)
}

// containScore is Score's first three tiers (exact, prefix, substring) for
// q and alias of qRunes and aliasRunes runes, ok false when alias does not
// contain q.
func containScore(q, alias string, qRunes, aliasRunes int) (float64, bool) {
	cover := float64(qRunes) / float64(aliasRunes)
	switch {
	case q == alias:
		return 1, true
	case strings.HasPrefix(alias, q):
		return 0.8 + 0.1*cover, true
	case strings.Contains(alias, q):
		return 0.6 + 0.1*cover, true
	}
	return 0, false
}

// editScore is Score's last tier: edits apart, the longer of the two being
// longest runes.
func editScore(edits, longest int) float64 {
	sim := 1 - float64(edits)/float64(longest)
	if sim < 0.5 {
		return 0
	}
	return 0.5 * sim
}

// GramCounts is the multiset of q's Grams: each two-rune substring with how
// often it occurs (a one-rune query is its own gram, once). A store that
// counts, for a key, Σ min(count in q, count in key) over these grams has
// the key's shared count for ScoreBound.
func GramCounts(q string) map[string]int {
	r := []rune(q)
	if len(r) < 2 {
		if len(r) == 0 {
			return nil
		}
		return map[string]int{q: 1}
	}
	out := make(map[string]int, len(r)-1)
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])]++
	}
	return out
}

// ScoreBound is an upper bound of Score(q, key) knowing only q's length in
// runes, the key's, and how many of q's gram occurrences the key holds
// (shared, counted as GramCounts says), so that a store can skip scoring
// keys that cannot beat the hits it already has, and still return exactly
// what scoring every key would. It rests on two facts:
//   - a key containing q holds all of q's grams, so a key that misses one
//     can only match by edit distance (at most 0.5);
//   - each edit destroys at most two of q's grams (the q-gram lemma), so a
//     key holding shared of q's len−1 grams is at least ⌈(len−1−shared)/2⌉
//     edits away, and never fewer than the difference in length.
func ScoreBound(qLen, shared, keyLen int) float64 {
	total := max(qLen-1, 1)
	if qLen == 0 || keyLen == 0 || shared <= 0 {
		return 0 // no shared gram: Score is 0 (see Grams)
	}
	if shared >= total && keyLen >= qLen {
		if keyLen == qLen {
			return 1
		}
		cover := float64(qLen) / float64(keyLen)
		return 0.8 + 0.1*cover // the best a prefix can do, computed as Score does
	}
	if qLen < 2 {
		return 0 // a one-rune query matches only keys that contain it
	}
	longest := max(qLen, keyLen)
	diff := abs(qLen - keyLen)
	if 2*diff > longest {
		return 0
	}
	edits := max(diff, (total-shared+1)/2)
	sim := 1 - float64(edits)/float64(longest)
	if sim < 0.5 {
		return 0
	}
	return 0.5 * sim
}

// MinKeyRunes is the length below which no key can score against a query
// of qLen runes: too short to contain it, and too short to be within edit
// distance. A store whose longest key is shorter answers at once, so a
// long query costs no scoring at all.
func MinKeyRunes(qLen int) int { return (qLen + 1) / 2 }

// BestScore is the best Score of any of an entity's names.
func BestScore(q string, names []string) float64 {
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = Normalize(n)
	}
	return BestKeyScore(q, keys)
}

// BestKeyScore is BestScore for names already normalized, for stores that
// keep them that way.
func BestKeyScore(q string, keys []string) float64 {
	best := 0.0
	for _, k := range keys {
		best = max(best, Score(q, k))
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// RankHits sorts hits best first (ties by name, then id) and keeps the first
// n, none when n is negative: n comes from a caller's "first" argument.
func RankHits(hits []SearchHit, n int) []SearchHit {
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(-cmp.Compare(a.Score, b.Score), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return hits[:max(0, min(n, len(hits)))]
}

// sharesGram reports whether alias contains one of q's Grams, without
// building the list: it runs once per candidate alias in a search.
func sharesGram(q, alias string) bool {
	if utf8.RuneCountInString(q) < 2 {
		return strings.Contains(alias, q)
	}
	for i, r := range q {
		size := utf8.RuneLen(r)
		if i+size >= len(q) {
			break
		}
		_, next := utf8.DecodeRuneInString(q[i+size:])
		if strings.Contains(alias, q[i:i+size+next]) {
			return true
		}
	}
	return false
}

// levenshtein is the edit distance between two rune strings. Names are
// short, so its two rows usually live on the stack: search runs it for
// many candidates.
func levenshtein(a, b []rune) int {
	var buf [2 * 48]int
	prev, cur := buf[:0], buf[48:48]
	if len(b)+1 > 48 {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Matcher is a normalized query prepared for scoring many keys, as a search
// does: Score(q, key) for each, with the edit distance computed for all of
// q's runes at once (Myers' bit-vector algorithm) rather than cell by cell.
// It keeps a table per rune of q, so it is built once per search.
type Matcher struct {
	q     string
	runes int
	ascii [utf8.RuneSelf]uint64 // per ASCII rune: bit i set when q's rune i is it
	other []runeMask            // the same for q's other runes
	last  uint64                // bit of q's last rune
	qr    []rune                // q, for a query too long for one word
}

// runeMask is the positions in q of a rune outside ASCII.
type runeMask struct {
	r    rune
	mask uint64
}

// NewMatcher prepares the normalized query q.
func NewMatcher(q string) *Matcher {
	m := &Matcher{q: q, runes: utf8.RuneCountInString(q)}
	if m.runes > 64 {
		m.qr = []rune(q)
		return m
	}
	i := 0
	for _, r := range q {
		m.setBit(r, 1<<i)
		i++
	}
	if m.runes > 0 {
		m.last = 1 << (m.runes - 1)
	}
	return m
}

func (m *Matcher) setBit(r rune, bit uint64) {
	if r < utf8.RuneSelf {
		m.ascii[r] |= bit
		return
	}
	for i := range m.other {
		if m.other[i].r == r {
			m.other[i].mask |= bit
			return
		}
	}
	m.other = append(m.other, runeMask{r, bit})
}

// mask is the positions in q of r.
func (m *Matcher) mask(r rune) uint64 {
	if r < utf8.RuneSelf {
		return m.ascii[r]
	}
	for _, o := range m.other {
		if o.r == r {
			return o.mask
		}
	}
	return 0
}

// Score is Score(q, key).
func (m *Matcher) Score(key string) float64 {
	if m.q == "" || key == "" {
		return 0
	}
	keyRunes := utf8.RuneCountInString(key)
	if s, ok := containScore(m.q, key, m.runes, keyRunes); ok {
		return s
	}
	longest := max(m.runes, keyRunes)
	if 2*abs(m.runes-keyRunes) > longest {
		return 0 // as Score, which checks for a shared gram first: same answer
	}
	if m.qr != nil {
		if !sharesGram(m.q, key) {
			return 0
		}
		return editScore(levenshtein(m.qr, []rune(key)), longest)
	}
	d, shares := m.distance(key)
	if !shares {
		return 0
	}
	return editScore(d, longest)
}

// distance is the edit distance between q (64 runes at most) and key, and
// whether key holds one of q's Grams. It follows Hyyrö's formulation of
// Myers' algorithm: column by column of the Levenshtein matrix, the
// vertical differences (+1, 0 or −1) of all q's rows at once, in two words;
// the bottom cell moves by the last row's horizontal difference. A gram is
// shared where key's rune j and j+1 sit at positions i and i+1 of q.
func (m *Matcher) distance(key string) (int, bool) {
	if m.runes < 2 {
		return 0, false // a one-rune query matches only keys that contain it
	}
	pv, mv := ^uint64(0)>>(64-m.runes), uint64(0)
	d := m.runes
	shares := false
	prev := uint64(0)
	for _, r := range key {
		eq := m.mask(r)
		shares = shares || prev&(eq>>1) != 0
		prev = eq
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&m.last != 0 {
			d++
		} else if mh&m.last != 0 {
			d--
		}
		ph = ph<<1 | 1 // the top row is 0, 1, 2, …: each column adds 1 there
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
	}
	return d, shares
}
