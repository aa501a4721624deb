package org

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestScoreTiers(t *testing.T) {
	tests := []struct {
		q, alias string
		min, max float64
	}{
		{"Dai Shan", "daishan", 1, 1},
		{"Xuan-De", "xuande", 1, 1},
		{"tm", "tmall", 0.8, 0.9},
		{"mall", "taobaomall", 0.6, 0.7},
		{"jiangfna", "jiangfan", 0.01, 0.5},
		{"zzzz", "tmall", 0, 0},
		{"戴", "戴珊", 0.8, 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.q+"~"+tt.alias, func(t *testing.T) {
			got := Score(Normalize(tt.q), tt.alias)
			if got < tt.min || got > tt.max {
				t.Errorf("Score(%q, %q) = %v, want in [%v, %v]", tt.q, tt.alias, got, tt.min, tt.max)
			}
		})
	}
}

func TestGramsCoverEveryHit(t *testing.T) {
	// A store that only scores aliases sharing a gram must miss no hit.
	aliases := []string{"jiangfan", "chiangfan", "taobaomall", "淘宝商城", "tmall", "xuande"}
	for _, q := range []string{"jiangfna", "tmal", "mall", "淘宝", "a", "xd", "chiang"} {
		for _, a := range aliases {
			if Score(q, a) > 0 && !sharesGram(q, a) {
				t.Errorf("Score(%q, %q) > 0 but they share no gram", q, a)
			}
		}
	}
}

// TestScoreBound checks that ScoreBound never underestimates Score, on
// every pair of strings up to six runes over a two-letter alphabet (where
// grams repeat most) and on random pairs of longer ones, so a store that
// skips keys by it loses no hit. shared is counted here position by position.
func TestScoreBound(t *testing.T) {
	var words []string
	var grow func(string)
	grow = func(w string) {
		if w != "" {
			words = append(words, w)
		}
		if len(w) < 6 {
			grow(w + "a")
			grow(w + "b")
		}
	}
	grow("")
	var pairs [][2]string
	for _, q := range words {
		for _, key := range words {
			pairs = append(pairs, [2]string{q, key})
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		r := make([]rune, 1+rng.IntN(14))
		for i := range r {
			r[i] = []rune("abcd珊")[rng.IntN(5)]
		}
		return string(r)
	}
	for range 30_000 {
		q := word()
		// Keys made from the query by a few edits are the ones near the bound.
		key := []rune(q)
		for range rng.IntN(4) {
			i := rng.IntN(len(key) + 1)
			switch rng.IntN(3) {
			case 0:
				key = slices.Insert(key, i, 'a')
			case 1:
				if i < len(key) {
					key = slices.Delete(key, i, i+1)
				}
			default:
				if i < len(key) {
					key[i] = 'b'
				}
			}
		}
		pairs = append(pairs, [2]string{q, string(key)}, [2]string{q, word()})
	}
	for _, p := range pairs {
		q, key := p[0], p[1]
		if key == "" {
			continue
		}
		qr, kr := []rune(q), []rune(key)
		got, bound := Score(q, key), ScoreBound(len(qr), sharedGrams(qr, kr), len(kr))
		if got > bound {
			t.Fatalf("Score(%q, %q) = %v > ScoreBound = %v", q, key, got, bound)
		}
		if got > 0 && len(kr) < MinKeyRunes(len(qr)) {
			t.Fatalf("Score(%q, %q) = %v but the key is shorter than MinKeyRunes = %d", q, key, got, MinKeyRunes(len(qr)))
		}
	}
}

// sharedGrams is Σ over q's two-rune grams of min(occurrences in q,
// occurrences in key), counted by brute force; a one-rune q is one gram.
func sharedGrams(q, key []rune) int {
	if len(q) == 1 {
		if strings.ContainsRune(string(key), q[0]) {
			return 1
		}
		return 0
	}
	count := func(s []rune, g string) int {
		n := 0
		for i := 0; i+1 < len(s); i++ {
			if string(s[i:i+2]) == g {
				n++
			}
		}
		return n
	}
	shared := 0
	seen := map[string]bool{}
	for i := 0; i+1 < len(q); i++ {
		g := string(q[i : i+2])
		if !seen[g] {
			seen[g] = true
			shared += min(count(q, g), count(key, g))
		}
	}
	return shared
}

// TestMatcherScoresAsScore checks Matcher, which a search scores keys with,
// against Score, the definition: on every pair of strings up to five runes
// over an alphabet of two letters and a Chinese rune, and on random pairs
// near each other, up to 70 runes long (so across the 64 runes a machine
// word holds).
func TestMatcherScoresAsScore(t *testing.T) {
	var words []string
	var grow func(string)
	grow = func(w string) {
		if w != "" {
			words = append(words, w)
		}
		if utf8.RuneCountInString(w) < 5 {
			for _, r := range "ab珊" {
				grow(w + string(r))
			}
		}
	}
	grow("")
	var pairs [][2]string
	for _, q := range words {
		for _, key := range words {
			pairs = append(pairs, [2]string{q, key})
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	word := func(n int) []rune {
		r := make([]rune, n)
		for i := range r {
			r[i] = []rune("abcdeng珊戴")[rng.IntN(9)]
		}
		return r
	}
	for range 30_000 {
		q := word(1 + rng.IntN(70))
		key := slices.Clone(q)
		for range rng.IntN(8) {
			i := rng.IntN(len(key) + 1)
			switch rng.IntN(4) {
			case 0:
				key = slices.Insert(key, i, word(1)[0])
			case 1:
				if i < len(key) {
					key = slices.Delete(key, i, i+1)
				}
			case 2:
				if i+1 < len(key) {
					key[i], key[i+1] = key[i+1], key[i]
				}
			default:
				if i < len(key) {
					key[i] = word(1)[0]
				}
			}
		}
		pairs = append(pairs, [2]string{string(q), string(key)}, [2]string{string(q), string(word(1 + rng.IntN(70)))})
	}
	pairs = append(pairs, [2]string{"", "a"}, [2]string{"a", ""}, [2]string{"jiangfna", "jiangfan"}, [2]string{"wangwei", "weiwang"})
	for _, p := range pairs {
		q, key := p[0], p[1]
		if got, want := NewMatcher(q).Score(key), Score(q, key); got != want {
			t.Fatalf("NewMatcher(%q).Score(%q) = %v, want Score's %v", q, key, got, want)
		}
	}
}

// BenchmarkScore scores a misspelt pinyin name against names like it, with
// Score and with a Matcher prepared once, as a search does.
func BenchmarkScore(b *testing.B) {
	q := "wangjainguo"
	keys := []string{"wangjianguo", "wangjianhua", "zhangjianguo", "huangjinguo", "wangguojian", "liwei", "wangjianguowang"}
	b.Run("Score", func(b *testing.B) {
		for b.Loop() {
			for _, k := range keys {
				Score(q, k)
			}
		}
	})
	b.Run("Matcher", func(b *testing.B) {
		m := NewMatcher(q)
		for b.Loop() {
			for _, k := range keys {
				m.Score(k)
			}
		}
	})
}
