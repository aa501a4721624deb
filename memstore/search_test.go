package memstore_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// TestSearchMatchesScoringEverything compares Search, which skips names
// that cannot make the first hits, with scoring every name of every node
// (org.BestScore) and ranking them all, on an org whose names look alike,
// for exact names, prefixes, substrings, misspellings, single runes and
// texts that match nothing.
func TestSearchMatchesScoringEverything(t *testing.T) {
	ds := storetest.Synthetic(3000)
	// Names that differ by one letter, and repeated grams, make ties and
	// near-ties at every tier.
	for i, n := range []string{"Jiang Fan", "Jiang Fang", "Jian Fan", "Chiang Fan", "Fan Jiang", "Jiangfan Jiang", "aaaa", "aaaaa", "abab", "戴珊", "戴珊珊"} {
		ds.People = append(ds.People, org.Person{ID: fmt.Sprintf("x%d", i), Name: n, Aliases: []string{n + " " + n[:1]}})
	}
	s := memstore.New(ds)
	rng := rand.New(rand.NewPCG(3, 4))
	queries := []string{"Jiang Fna", "jiangfan", "Jiang", "fan", "Person 42", "Persn 42", "person 4", "p4", "unit 1", "aaa", "aaaaaa",
		"abab", "baba", "戴", "珊", "戴珊", "x", "1", "42", "zzzz", "", "Person 2999", "Prson 299", "P299x", "Unit 29",
		// Longer than any name can match: answered without scoring.
		strings.Repeat("Person 1", 40)}
	for range 100 {
		// Misspell a random name: one to three edits.
		r := []rune(fmt.Sprintf("Person %d", rng.IntN(3000)))
		for range 1 + rng.IntN(3) {
			i := rng.IntN(len(r))
			switch rng.IntN(3) {
			case 0:
				r[i] = 'e'
			case 1:
				r = append(r[:i], r[i+1:]...)
			default:
				r = append(r[:i], append([]rune{'n'}, r[i:]...)...)
			}
		}
		queries = append(queries, string(r))
	}
	for _, q := range queries {
		all := scoreEverything(ds, q)
		for _, first := range []int{1, 3, 10, 100} {
			got, err := s.Search(context.Background(), q, first, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			if want := all[:min(first, len(all))]; !reflect.DeepEqual(got, want) {
				t.Errorf("Search(%q, %d) =\n%v\nwant\n%v", q, first, got, want)
			}
		}
	}
}

// scoreEverything ranks every node with a positive score, best first.
func scoreEverything(ds *org.Dataset, text string) []org.SearchHit {
	q := org.Normalize(text)
	hits := []org.SearchHit{}
	for _, p := range ds.People {
		if s := org.BestScore(q, append([]string{p.Name}, p.Aliases...)); s > 0 {
			hits = append(hits, org.SearchHit{ID: p.ID, Name: p.Name, Kind: "person", Score: s})
		}
	}
	for _, u := range ds.Units {
		if s := org.BestScore(q, append([]string{u.Name}, u.Aliases...)); s > 0 {
			hits = append(hits, org.SearchHit{ID: u.ID, Name: u.Name, Kind: "unit", Score: s})
		}
	}
	return org.RankHits(hits, len(hits))
}

// TestCancelledRequestsStop gives every loop of the store an already
// cancelled context over a large org: each must stop with the context's
// error, as UNAVAILABLE, rather than compute an answer nobody will read.
func TestCancelledRequestsStop(t *testing.T) {
	n := 30_000
	ds := storetest.Synthetic(n)
	for i := range 1000 {
		ds.Events = append(ds.Events, org.Event{ID: fmt.Sprint("e", i), Date: org.Date{Year: 2008 + i%15}.Range(), Title: "reorganisation"})
	}
	s := memstore.New(ds)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%d", i)
	}
	tests := map[string]func() error{
		"Search": func() error { _, err := s.Search(ctx, "Persn 42", 10, org.Date{}); return err },
		"People": func() error { _, err := s.People(ctx, ids, org.Date{}); return err },
		"Links": func() error {
			_, err := s.Links(ctx, org.ReportsTo, org.In, ids, org.Window{})
			return err
		},
		"ReportingChains": func() error { _, err := s.ReportingChains(ctx, ids, org.At(org.MustDate("2018"))); return err },
		"Lineages":        func() error { _, err := s.Lineages(ctx, []string{"u0", "u100"}, org.Date{}); return err },
		"Events":          func() error { _, err := s.Events(ctx, org.Window{}); return err },
	}
	for name, call := range tests {
		t.Run(name, func(t *testing.T) {
			err := call()
			if !errors.Is(err, context.Canceled) || org.ErrorCode(err) != org.Unavailable {
				t.Errorf("got %v (code %s), want context.Canceled as UNAVAILABLE", err, org.ErrorCode(err))
			}
		})
	}
}
