package synth

import (
	"testing"

	"github.com/orgraph/orgraph/org"
)

// uniquelyDecodable runs the Sardinas–Patterson test: a set of words is a
// code (every concatenation splits into words one way only) unless some
// dangling suffix is itself a word.
func uniquelyDecodable(words []string) (bool, string) {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	// dangling returns the suffixes left when a word in a starts a word in b or the reverse.
	dangling := func(a, b map[string]bool) map[string]bool {
		out := map[string]bool{}
		for x := range a {
			for y := range b {
				if len(y) > len(x) && y[:len(x)] == x {
					out[y[len(x):]] = true
				}
				if len(x) > len(y) && x[:len(y)] == y {
					out[x[len(y):]] = true
				}
			}
		}
		return out
	}
	cur := map[string]bool{}
	for x := range set {
		for y := range set {
			if x != y && len(y) > len(x) && y[:len(x)] == x {
				cur[y[len(x):]] = true
			}
		}
	}
	seen := map[string]bool{}
	for len(cur) > 0 {
		next := map[string]bool{}
		for s := range cur {
			if set[s] {
				return false, s
			}
			if !seen[s] {
				seen[s] = true
				next[s] = true
			}
		}
		cur = dangling(next, set)
	}
	return true, ""
}

// TestNameTables checks what makes every generated person name and alias
// unique: no character or pinyin is used twice, surname and given-name
// pinyin are disjoint (so a name's first syllable says which order it is
// in), and the syllables form a code, so distinct characters spell distinct
// keys.
func TestNameTables(t *testing.T) {
	hans, pinyins := map[string]string{}, map[string]string{}
	var words []string
	for _, tbl := range [][]syllable{surnames, given} {
		for _, s := range tbl {
			if prev, dup := hans[s.han]; dup {
				t.Errorf("%s is in the tables twice (%s, %s)", s.han, prev, s.pinyin)
			}
			if prev, dup := pinyins[s.pinyin]; dup {
				t.Errorf("pinyin %s is used by %s and %s", s.pinyin, prev, s.han)
			}
			hans[s.han], pinyins[s.pinyin] = s.pinyin, s.han
			words = append(words, s.pinyin)
		}
	}
	if ok, w := uniquelyDecodable(words); !ok {
		t.Errorf("pinyin syllables are ambiguous: %q is left over and is a syllable", w)
	}
	if nameSpace < 1_000_000 {
		t.Errorf("got room for %d distinct names, want a million before numbering namesakes", nameSpace)
	}
}

// TestUnitNames checks that every unit name and Chinese alias of every kind,
// numbered or not, has its own key, and that no unit key spells a person's
// name in pinyin.
func TestUnitNames(t *testing.T) {
	n := newNamer(1000, 1)
	syllables := map[string]bool{}
	for _, tbl := range [][]syllable{surnames, given} {
		for _, s := range tbl {
			syllables[s.pinyin] = true
		}
	}
	keys := map[string]string{}
	for k := range kinds {
		for ord := range 2 * unitSpace {
			name, aliases := n.unit(k, ord, 1)
			for _, a := range []string{name, aliases[0]} {
				key := org.Normalize(a)
				if prev, dup := keys[key]; dup {
					t.Fatalf("%q and %q share the key %q", prev, a, key)
				}
				keys[key] = a
				if spells(key, syllables) {
					t.Errorf("%q spells a pinyin name", a)
				}
			}
		}
	}
}

// spells reports whether key is a string of pinyin syllables.
func spells(key string, syllables map[string]bool) bool {
	ok := make([]bool, len(key)+1)
	ok[0] = true
	for i := 1; i <= len(key); i++ {
		for j := max(0, i-6); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && syllables[key[j:i]]
		}
	}
	return ok[len(key)]
}

// TestPersonNames checks the names of a sample of people well past the
// tables' capacity, namesakes included, for distinct keys.
func TestPersonNames(t *testing.T) {
	n := newNamer(3*nameSpace, 42)
	keys := map[string]int{}
	for _, i := range []int{0, 1, 2, 3, 4, 5, nameSpace - 1, nameSpace, nameSpace + 1, 2*nameSpace + 5} {
		for j := i; j < i+2000; j++ {
			name, aliases := n.person(j)
			for _, a := range append([]string{name}, aliases...) {
				key := org.Normalize(a)
				if prev, dup := keys[key]; dup && prev != j {
					t.Fatalf("people %d and %d share the key %q", prev, j, key)
				}
				keys[key] = j
			}
		}
	}
}

func TestUniquelyDecodable(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"xi", "an", "xian"}, false},
		{[]string{"fan", "gan", "fang", "an"}, false},
		{[]string{"a", "ab", "bb"}, true},
		{[]string{"li", "lin", "an", "nan"}, false}, // "linan" is li+nan and lin+an
		{[]string{"li", "lin", "na", "nan"}, true},
		{[]string{"wang", "wei", "zhang"}, true},
	}
	for _, tt := range tests {
		if got, _ := uniquelyDecodable(tt.words); got != tt.want {
			t.Errorf("uniquelyDecodable(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
