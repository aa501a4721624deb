package search_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/search"
	"github.com/orgraph/orgraph/synth"
)

// entries is what a store hands the index for a dataset.
func entries(ds *org.Dataset) []search.Entry {
	var out []search.Entry
	keys := func(name string, aliases []string) []string {
		var ks []string
		for _, n := range append([]string{name}, aliases...) {
			ks = append(ks, org.Normalize(n))
		}
		return ks
	}
	for _, p := range ds.People {
		out = append(out, search.Entry{ID: p.ID, Name: p.Name, Kind: "person", Keys: keys(p.Name, p.Aliases), Reported: search.Reported(p.Sources)})
	}
	for _, u := range ds.Units {
		out = append(out, search.Entry{ID: u.ID, Name: u.Name, Kind: "unit", Keys: keys(u.Name, u.Aliases), Reported: search.Reported(u.Sources)})
	}
	return out
}

// scoreEverything is the oracle: every person and unit known at knownAt
// (org.KnownPerson, org.KnownUnit) scored on every name with org.BestScore,
// and ranked with org.RankHits, all of them.
func scoreEverything(ds *org.Dataset, text string, knownAt org.Date) []org.SearchHit {
	q := org.Normalize(text)
	hits := []org.SearchHit{}
	for i := range ds.People {
		p := &ds.People[i]
		if s := org.BestScore(q, append([]string{p.Name}, p.Aliases...)); s > 0 && org.KnownPerson(p, knownAt) != nil {
			hits = append(hits, org.SearchHit{ID: p.ID, Name: p.Name, Kind: "person", Score: s})
		}
	}
	for i := range ds.Units {
		u := &ds.Units[i]
		if s := org.BestScore(q, append([]string{u.Name}, u.Aliases...)); s > 0 && org.KnownUnit(u, knownAt) != nil {
			hits = append(hits, org.SearchHit{ID: u.ID, Name: u.Name, Kind: "unit", Score: s})
		}
	}
	return org.RankHits(hits, len(hits))
}

// misspell makes one to three random edits to a name.
func misspell(rng *rand.Rand, s string) string {
	r := []rune(s)
	for range 1 + rng.IntN(3) {
		if len(r) == 0 {
			break
		}
		i := rng.IntN(len(r))
		switch rng.IntN(4) {
		case 0:
			r[i] = 'e'
		case 1:
			r = append(r[:i], r[i+1:]...)
		case 2:
			r = append(r[:i], append([]rune{'n'}, r[i:]...)...)
		default:
			if i+1 < len(r) {
				r[i], r[i+1] = r[i+1], r[i]
			}
		}
	}
	return string(r)
}

// TestSearchMatchesScoringEverything compares Search, which skips names
// that cannot make the first hits, with scoring every name of every entity
// and ranking them all, on a generated org (pinyin, Chinese and code
// aliases, units) plus names that look alike, for exact names, prefixes,
// substrings, misspellings, single runes, texts that match nothing, and
// as known at dates across the sources' span.
func TestSearchMatchesScoringEverything(t *testing.T) {
	ds, err := synth.Generate(synth.Options{People: 3000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	// Names that differ by one letter, and repeated grams, make ties and
	// near-ties at every tier; x9 is cited by nothing, so never known at a date.
	for i, n := range []string{"Jiang Fan", "Jiang Fang", "Jian Fan", "Chiang Fan", "Fan Jiang", "Jiangfan Jiang", "aaaa", "aaaaa", "abab", "戴珊", "戴珊珊"} {
		p := org.Person{ID: fmt.Sprintf("x%d", i), Name: n, Aliases: []string{n + " " + n[:1]}}
		if i != 9 {
			p.Sources = []org.Source{{Document: "d", Published: org.Date{Year: 2010 + i}.Range()}}
		}
		ds.People = append(ds.People, p)
	}
	x := search.New(entries(ds))
	rng := rand.New(rand.NewPCG(3, 4))
	queries := []string{"Jiang Fna", "jiangfan", "Jiang", "fan", "aaa", "aaaaaa", "abab", "baba", "戴", "珊", "戴珊",
		"x", "1", "42", "zzzz", "", "wang", "zhang wei", "li", "team", "group",
		// Longer than any name can match: answered without scoring.
		strings.Repeat("Zhang Wei", 40)}
	for range 100 {
		var name string
		if rng.IntN(4) == 0 {
			u := ds.Units[rng.IntN(len(ds.Units))]
			name = u.Name
		} else {
			p := ds.People[rng.IntN(len(ds.People))]
			name = p.Name
			if len(p.Aliases) > 0 && rng.IntN(3) == 0 {
				name = p.Aliases[rng.IntN(len(p.Aliases))]
			}
		}
		switch rng.IntN(3) {
		case 0:
			queries = append(queries, name)
		case 1:
			queries = append(queries, misspell(rng, name))
		default:
			r := []rune(name)
			i := rng.IntN(len(r))
			queries = append(queries, string(r[i:min(len(r), i+1+rng.IntN(6))]))
		}
	}
	dates := []org.Date{{}, {Year: 2005}, {Year: 2012, Month: 6}, {Year: 2016, Month: 2, Day: 29}, {Year: 2030}}
	for _, q := range queries {
		for _, knownAt := range dates {
			all := scoreEverything(ds, q, knownAt)
			for _, first := range []int{1, 3, 10, 100} {
				got, err := x.Search(context.Background(), q, first, knownAt)
				if err != nil {
					t.Fatal(err)
				}
				if want := all[:min(first, len(all))]; !reflect.DeepEqual(got, want) {
					t.Errorf("Search(%q, %d, %v):\ngot  %v\nwant %v", q, first, knownAt, got, want)
				}
			}
		}
	}
}

// TestSearchEdges covers what the random queries may not: nothing to
// rank, nothing asked for, and a cancelled request.
func TestSearchEdges(t *testing.T) {
	x := search.New([]search.Entry{
		{ID: "p1", Name: "Dai Shan", Kind: "person", Keys: []string{"daishan", "daishan", "", "戴珊"}, Reported: 20100101},
	})
	tests := []struct {
		name  string
		text  string
		first int
		want  []org.SearchHit
	}{
		{"exact", "Dai-Shan", 5, []org.SearchHit{{ID: "p1", Name: "Dai Shan", Kind: "person", Score: 1}}},
		{"no letters", "--", 5, []org.SearchHit{}},
		{"first 0", "daishan", 0, []org.SearchHit{}},
		{"first negative", "daishan", -3, []org.SearchHit{}},
		{"no match", "qqq", 5, []org.SearchHit{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := x.Search(context.Background(), tt.text, tt.first, org.Date{})
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, %v, want %v", got, err, tt.want)
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := x.Search(ctx, "daishan", 5, org.Date{})
		if !errors.Is(err, context.Canceled) || org.ErrorCode(err) != org.Unavailable {
			t.Errorf("got %v (code %s), want context.Canceled as UNAVAILABLE", err, org.ErrorCode(err))
		}
	})
}

// TestSearchConcurrently runs searches at once, as a server does: they
// share the index's reused work arrays, and each must still get its own
// answer (run with -race to check the sharing too).
func TestSearchConcurrently(t *testing.T) {
	ds, err := synth.Generate(synth.Options{People: 500, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	x := search.New(entries(ds))
	texts := []string{}
	for _, p := range ds.People[:40] {
		texts = append(texts, p.Name)
	}
	want := map[string][]org.SearchHit{}
	for _, text := range texts {
		all := scoreEverything(ds, text, org.Date{})
		want[text] = all[:min(5, len(all))]
	}
	errs := make(chan error, len(texts))
	for _, text := range texts {
		go func() {
			got, err := x.Search(context.Background(), text, 5, org.Date{})
			if err == nil && !reflect.DeepEqual(got, want[text]) {
				err = fmt.Errorf("Search(%q) got %v, want %v", text, got, want[text])
			}
			errs <- err
		}()
	}
	for range texts {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
