package org

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks what stores rely on when they index names: a key
// normalizes to itself, so a query normalized twice finds the same entries,
// and every gram of a key is a piece of it, so looking a key up by its
// grams finds the key.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Xuan De", "xuande", "Xuan-De", "戴珊", "Dai Shan (岱山)", "ǅemal", "İstanbul",
		"ΣΊΣΥΦΟΣ", "Ⅻ", "x", "", "\xff\xfe", "A\u0301b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key := Normalize(s)
		if again := Normalize(key); again != key {
			t.Fatalf("Normalize(%q) = %q, but Normalize(%q) = %q", s, key, key, again)
		}
		if !utf8.ValidString(key) {
			t.Fatalf("Normalize(%q) = %q, not valid UTF-8", s, key)
		}
		grams := Grams(key)
		if key != "" && len(grams) == 0 {
			t.Fatalf("Grams(%q) is empty", key)
		}
		for _, g := range grams {
			if g == "" || !strings.Contains(key, g) {
				t.Fatalf("Grams(%q) has %q, not a piece of the key", key, g)
			}
		}
		if key != "" && Score(key, key) != 1 {
			t.Fatalf("Score(%q, %q) = %v, want 1 for an exact match", key, key, Score(key, key))
		}
	})
}

// FuzzMatcher checks that Matcher scores any two normalized strings as
// Score does.
func FuzzMatcher(f *testing.F) {
	for _, p := range [][2]string{{"jiangfna", "jiangfan"}, {"戴珊", "戴珊珊"}, {"abab", "baba"}, {"a", "aa"}, {"", "x"},
		{strings.Repeat("ab", 40), strings.Repeat("ba", 40)}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		q, key := Normalize(a), Normalize(b)
		if got, want := NewMatcher(q).Score(key), Score(q, key); got != want {
			t.Fatalf("NewMatcher(%q).Score(%q) = %v, want Score's %v", q, key, got, want)
		}
	})
}
