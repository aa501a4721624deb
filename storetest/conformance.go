// Package storetest is the conformance suite every org.Store must pass, the
// way testing/fstest checks file systems: it needs nothing but org. The
// embedded store and Neo4j must give the same answers as a brute-force
// oracle on the contract's cases, on the datasets the caller passes and on
// random histories. The document questions asked through the HTTP API live
// in storetest/questions.
package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// Opener gives the store under test holding exactly ds, replacing whatever
// it held before.
type Opener func(t testing.TB, ds *org.Dataset) org.Store

// Run is the conformance suite: the contract's cases on a small fixture,
// then every Store method compared with the oracle on each dataset given
// (validated, as the loader hands them to a store) and on random ones.
// ORGRAPH_RANDOM_RUNS sets how many random datasets (default 40).
func Run(t *testing.T, open Opener, datasets ...*org.Dataset) {
	t.Run("contract", func(t *testing.T) { contract(t, open(t, Fixture())) })
	for i, ds := range datasets {
		t.Run(fmt.Sprintf("dataset %d", i), func(t *testing.T) {
			if diff := compare(open(t, ds), oracle{ds}, ds, rand.New(rand.NewPCG(1, uint64(i)))); diff != "" {
				t.Fatal(diff)
			}
		})
	}
	t.Run("random", func(t *testing.T) {
		runs := 40
		if n, err := strconv.Atoi(os.Getenv("ORGRAPH_RANDOM_RUNS")); err == nil {
			runs = n
		}
		for seed := range uint64(runs) {
			ds := Random(seed)
			fails := func(ds *org.Dataset) string {
				return compare(open(t, ds), oracle{ds}, ds, rand.New(rand.NewPCG(seed, 7)))
			}
			if diff := fails(ds); diff != "" {
				small := shrink(ds, fails)
				t.Fatalf("random dataset seed %d: %s\nminimal failing dataset:\n%s", seed, fails(small), dump(small))
			}
		}
	})
}

// compare asks both stores the same questions and describes the first
// difference, or returns "".
func compare(got, want org.Store, ds *org.Dataset, r *rand.Rand) string {
	ctx := context.Background()
	var people, units, names []string
	for _, p := range ds.People {
		people = append(people, p.ID)
		names = append(names, append([]string{p.Name}, p.Aliases...)...)
	}
	for _, u := range ds.Units {
		units = append(units, u.ID)
		names = append(names, append([]string{u.Name}, u.Aliases...)...)
	}
	// Every window comes plain, certain, as known at some date, and both.
	var known []org.Date
	for _, d := range ds.Documents {
		known = append(known, d.Published.Earliest, d.Published.Latest)
	}
	known = append(known, randomDate(r), randomDate(r))
	knownAt := func() org.Date { return known[r.IntN(len(known))] }
	var windows []org.Window
	for _, w := range []org.Window{{}, org.At(randomDate(r)), org.At(randomDate(r)), org.Window{From: randomDate(r)}, org.Window{To: randomDate(r)}, org.At(randomDate(r))} {
		windows = append(windows, w)
		w.Certain = true
		windows = append(windows, w)
		w.KnownAt = knownAt()
		windows = append(windows, w)
		w.Certain = false
		windows = append(windows, w)
	}
	type ask struct {
		what string
		call func(org.Store) (any, error)
	}
	var asks []ask
	add := func(what string, call func(org.Store) (any, error)) { asks = append(asks, ask{what, call}) }
	for _, n := range append(names, "nobody", strings.ToUpper(names[0])) {
		k := knownAt()
		add("PersonByName "+n, func(s org.Store) (any, error) { return s.PersonByName(ctx, n, org.Date{}) })
		add("UnitByName "+n, func(s org.Store) (any, error) { return s.UnitByName(ctx, n, org.Date{}) })
		add("PersonByName "+n+" known at "+k.String(), func(s org.Store) (any, error) { return s.PersonByName(ctx, n, k) })
		add("UnitByName "+n+" known at "+k.String(), func(s org.Store) (any, error) { return s.UnitByName(ctx, n, k) })
	}
	for range 12 {
		n, unit := names[r.IntN(len(names))], r.IntN(2) == 0
		plan := org.Plan{Links: randomPlan(r, windows, unit, 5)}
		for range r.IntN(3) {
			// Chains and lineages as the server asks them: a day, or no
			// bounds, for chains; any date known at for both.
			w := org.At(randomDate(r))
			if r.IntN(3) == 0 {
				w = org.Window{}
			}
			w.Certain = r.IntN(2) == 0
			if r.IntN(2) == 0 {
				w.KnownAt = knownAt()
			}
			if unit {
				plan.Lineages = append(plan.Lineages, w.KnownAt)
			} else {
				plan.Chains = append(plan.Chains, w)
			}
		}
		add(fmt.Sprintf("%q (unit %v) with the plan %+v", n, unit, plan), func(s org.Store) (any, error) { return planned(s, n, unit, plan) })
	}
	for _, k := range append(known, org.Date{}) {
		add("People known at "+k.String(), func(s org.Store) (any, error) { return s.People(ctx, append(people, "missing"), k) })
		add("Units known at "+k.String(), func(s org.Store) (any, error) { return s.Units(ctx, append(units, "missing"), k) })
		add("Lineages known at "+k.String(), func(s org.Store) (any, error) { return s.Lineages(ctx, append(units, "missing"), k) })
	}
	for range 8 {
		q := names[r.IntN(len(names))]
		if rs := []rune(q); len(rs) > 2 {
			q = string(rs[r.IntN(len(rs)/2):]) // a suffix: substring and fuzzy matches
		}
		first := []int{1, 5, 100}[r.IntN(3)]
		var k org.Date
		if r.IntN(2) == 0 {
			k = knownAt()
		}
		add(fmt.Sprintf("Search %q first %d known at %s", q, first, k), func(s org.Store) (any, error) { return s.Search(ctx, q, first, k) })
	}
	for _, w := range windows {
		add(fmt.Sprintf("Events %+v", w), func(s org.Store) (any, error) { return s.Events(ctx, w) })
		for _, rel := range org.Rels {
			ids := units
			if rel == org.ReportsTo || rel == org.Heads {
				ids = people
			}
			for _, dir := range []org.Direction{org.Out, org.In} {
				if rel == org.Heads && dir == org.In {
					ids = units
				}
				add(fmt.Sprintf("Links %s dir %d %+v", rel, dir, w), func(s org.Store) (any, error) { return s.Links(ctx, rel, dir, ids, w) })
			}
		}
	}
	for _, k := range append(known, org.Date{}) {
		add("Documents known at "+k.String(), func(s org.Store) (any, error) { return s.Documents(ctx, k) })
		for _, d := range append(ds.Documents, org.Document{ID: "missing"}) {
			add("Cited "+d.ID+" known at "+k.String(), func(s org.Store) (any, error) { return s.Cited(ctx, d.ID, k) })
		}
	}
	var cursors []org.Cursor
	for _, p := range ds.People {
		cursors = append(cursors, org.Cursor{Name: p.Name, ID: p.ID})
	}
	for _, u := range ds.Units {
		cursors = append(cursors, org.Cursor{Name: u.Name, ID: u.ID})
	}
	for i := range 12 {
		q := org.ListQuery{First: []int{0, 1, 3, 100}[r.IntN(4)]}
		if i%3 != 0 {
			n := []rune(names[r.IntN(len(names))])
			q.Prefix = string(n[:1+r.IntN(min(len(n), 3))])
		}
		if i%2 == 1 {
			q.After = cursors[r.IntN(len(cursors))]
		}
		if i%4 >= 2 {
			q.KnownAt = knownAt()
		}
		add(fmt.Sprintf("ListPeople %+v", q), func(s org.Store) (any, error) { return s.ListPeople(ctx, q) })
		add(fmt.Sprintf("ListUnits %+v", q), func(s org.Store) (any, error) { return s.ListUnits(ctx, q) })
	}
	for _, w := range windows {
		if w.Timeless() {
			continue
		}
		if w.From.IsZero() || w.To.IsZero() {
			// changes always has both bounds: widen the open side to a random date.
			w.From, w.To = orDate(w.From, randomDate(r)), orDate(w.To, randomDate(r))
		}
		add(fmt.Sprintf("Changes %+v", w), func(s org.Store) (any, error) { return s.Changes(ctx, w) })
	}
	for range 6 {
		w := org.At(randomDate(r))
		w.Certain = r.IntN(3) == 0
		if r.IntN(2) == 0 {
			w.KnownAt = knownAt()
		}
		add(fmt.Sprintf("ReportingChains %+v", w), func(s org.Store) (any, error) {
			return s.ReportingChains(ctx, append(people, "missing"), w)
		})
	}
	add("ReportingChains any time", func(s org.Store) (any, error) {
		return s.ReportingChains(ctx, append(people, "missing"), org.Window{})
	})
	for _, a := range asks {
		g, gerr := a.call(got)
		w, werr := a.call(want)
		// %+v renders nil and empty slices alike, as a database does.
		if gs, ws := fmt.Sprintf("%+v %v", deref(g), gerr), fmt.Sprintf("%+v %v", deref(w), werr); gs != ws {
			return fmt.Sprintf("%s:\n got %s\nwant %s", a.what, gs, ws)
		}
	}
	return ""
}

// deref shows what pointers point at, so answers compare by value.
func deref(v any) any {
	switch x := v.(type) {
	case *org.Person:
		if x != nil {
			return *x
		}
	case *org.Unit:
		if x != nil {
			return *x
		}
	case []*org.Person:
		out := make([]any, len(x))
		for i := range x {
			out[i] = deref(x[i])
		}
		return out
	case []*org.Unit:
		out := make([]any, len(x))
		for i := range x {
			out[i] = deref(x[i])
		}
		return out
	}
	return v
}

// shrink drops links and events one at a time while the failure persists,
// to print the smallest dataset that still shows it.
func shrink(ds *org.Dataset, fails func(*org.Dataset) string) *org.Dataset {
	cur := *ds
	for i := 0; i < len(cur.Links); {
		try := cur
		try.Links = append(append([]org.Link{}, cur.Links[:i]...), cur.Links[i+1:]...)
		if fails(&try) != "" {
			cur = try
		} else {
			i++
		}
	}
	for i := 0; i < len(cur.Events); {
		try := cur
		try.Events = append(append([]org.Event{}, cur.Events[:i]...), cur.Events[i+1:]...)
		if fails(&try) != "" {
			cur = try
		} else {
			i++
		}
	}
	return &cur
}

func dump(ds *org.Dataset) string {
	var b strings.Builder
	for _, p := range ds.People {
		fmt.Fprintf(&b, "person %s %q %q\n", p.ID, p.Name, p.Aliases)
	}
	for _, u := range ds.Units {
		fmt.Fprintf(&b, "unit %s %q %q founded %q dissolved %q exists %v\n", u.ID, u.Name, u.Aliases, u.Founded, u.Dissolved, u.Exists)
	}
	for _, l := range ds.Links {
		fmt.Fprintf(&b, "%s %s → %s %q from %q to %q bounds %v sources %v\n", l.Rel, l.From, l.To, l.Title, l.Span.From, l.Span.To, l.Bounds, docs(l.Sources))
	}
	for _, e := range ds.Events {
		fmt.Fprintf(&b, "event %s %s sources %v\n", e.ID, e.Date, docs(e.Sources))
	}
	return b.String()
}

// docs names the documents of srcs with their publication dates.
func docs(srcs []org.Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.Document+"@"+s.Published.String())
	}
	return out
}

// orDate is d, or other when d is zero.
func orDate(d, other org.Date) org.Date {
	if d.IsZero() {
		return other
	}
	return d
}
