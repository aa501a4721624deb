package cypher_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// TestScopedLinks: a person or unit found by name in a scope with a plan
// (org.WithPlan) brings the links the plan foresees, and Links on it is
// then answered in Go, with no statement.
// Over the built-in dataset and random histories, for every person and unit, every relationship
// and direction, and windows at several dates, certain or not, as known at
// several dates, that answer must equal the links queries' own (Links
// outside a scope), and People and Units of the nodes at the other ends
// must equal theirs.
func TestScopedLinks(t *testing.T) {
	d, db := cyphertest.Driver(t)
	datasets := map[string]*org.Dataset{"seeds": cyphertest.Seeds(t)}
	for seed := range uint64(3) {
		datasets[fmt.Sprint("random ", seed)] = storetest.Random(seed)
	}
	for name, ds := range datasets {
		t.Run(name, func(t *testing.T) {
			plain := cypher.New(d, db)
			if err := plain.Replace(t.Context(), ds, nil); err != nil {
				t.Fatal(err)
			}
			scopedLinks(t, plain, ds)
		})
	}
}

// scopedLinks compares, on the dataset plain holds, Links in a scope
// with Links outside one.
func scopedLinks(t *testing.T, plain *cypher.Store, ds *org.Dataset) {
	d, db := cyphertest.Driver(t)
	ran := &cyphertest.Log{}
	s := cypher.New(cyphertest.Watch(d, ran.Add), db)
	mustDate := org.MustDate
	var windows []org.Window
	for _, known := range []org.Date{{}, mustDate("2012"), mustDate("2016"), mustDate("2019-06")} {
		for _, w := range []org.Window{{}, org.At(mustDate("2018-06")), {From: mustDate("2015"), To: mustDate("2020")}} {
			for _, certain := range []bool{false, true} {
				w.Certain, w.KnownAt = certain, known
				windows = append(windows, w)
			}
		}
	}
	// Every relationship a person has, and every one a unit has, in every
	// window: the plan each lookup brings.
	var personPlan, unitPlan []org.LinkPlan
	for _, w := range windows {
		for _, rd := range []struct {
			rel  org.Rel
			dir  org.Direction
			unit bool
		}{
			{org.ReportsTo, org.Out, false}, {org.ReportsTo, org.In, false}, {org.Heads, org.Out, false},
			{org.Heads, org.In, true}, {org.PartOf, org.Out, true}, {org.PartOf, org.In, true},
			{org.MergedInto, org.Out, true}, {org.SplitFrom, org.Out, true}, {org.RenamedTo, org.Out, true},
		} {
			p := org.LinkPlan{Rel: rd.rel, Dir: rd.dir, Window: w}
			if rd.unit {
				unitPlan = append(unitPlan, p)
			} else {
				personPlan = append(personPlan, p)
			}
		}
	}
	ctx := s.Scope(t.Context())
	var people, units []string
	for _, p := range ds.People {
		got, err := s.PersonByName(org.WithPlan(ctx, org.Plan{Links: personPlan}), p.Name, org.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if got.ID == p.ID { // else another person's name normalizes alike
			people = append(people, p.ID)
		}
	}
	for _, u := range ds.Units {
		got, err := s.UnitByName(org.WithPlan(ctx, org.Plan{Links: unitPlan}), u.Name, org.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if got.ID == u.ID {
			units = append(units, u.ID)
		}
	}
	if len(people) < 3 || len(units) < 3 {
		t.Fatalf("%d people and %d units found by their names, want more", len(people), len(units))
	}
	tests := []struct {
		rel org.Rel
		dir org.Direction
		ids []string
	}{
		{org.ReportsTo, org.Out, people}, {org.ReportsTo, org.In, people}, {org.Heads, org.Out, people},
		{org.Heads, org.In, units}, {org.PartOf, org.Out, units}, {org.PartOf, org.In, units},
		{org.MergedInto, org.Out, units}, {org.SplitFrom, org.Out, units}, {org.RenamedTo, org.Out, units},
	}
	found := 0
	for _, w := range windows {
		// LinkSets answers all of them at once as Links answers each.
		var rels []org.Rel
		var dirs []org.Direction
		var ids [][]string
		var ws []org.Window
		for _, tt := range tests {
			rels, dirs, ids, ws = append(rels, tt.rel), append(dirs, tt.dir), append(ids, tt.ids), append(ws, w)
		}
		sets, err := plain.LinkSets(t.Context(), rels, dirs, ids, ws)
		if err != nil {
			t.Fatal(err)
		}
		for i, tt := range tests {
			want, err := plain.Links(t.Context(), tt.rel, tt.dir, tt.ids, w)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(sets[i], want) {
				t.Errorf("LinkSets' %s %v in %+v:\n%+v\nwant (Links)\n%+v", tt.rel, tt.dir, w, sets[i], want)
			}
			ran.Take()
			got, err := s.Links(ctx, tt.rel, tt.dir, tt.ids, w)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(ran.Take()); n != 0 {
				t.Errorf("Links(%s, %v) in a scope ran %d statements, want 0", tt.rel, tt.dir, n)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Links(%s, %v) in %+v: scoped\n%+v\nwant\n%+v", tt.rel, tt.dir, w, got, want)
			}
			var ends []string
			for _, ls := range want {
				for _, l := range ls {
					ends = append(ends, l.From, l.To)
					found++
				}
			}
			if tt.rel == org.ReportsTo || tt.rel == org.Heads && tt.dir == org.In {
				gotP, err1 := s.People(ctx, ends, w.KnownAt)
				wantP, err2 := plain.People(t.Context(), ends, w.KnownAt)
				if err1 != nil || err2 != nil || !reflect.DeepEqual(gotP, wantP) {
					t.Errorf("People of the ends of %s %v in %+v: scoped %v, %v; want %v, %v", tt.rel, tt.dir, w, gotP, err1, wantP, err2)
				}
			}
		}
	}
	if found < 20 {
		t.Errorf("only %d links compared, want a test that compares more", found)
	}
}
