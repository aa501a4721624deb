package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// Fixture is a small made-up organisation for the contract's cases, each
// worked out by hand from the rules in org and the Store contract: a
// reporting cycle, overlapping and tied reporting lines, certain and
// possible lines, lineage in both directions, a unit that exists only from
// a rename, an event dated by a range, and documents published at
// different times for knownAt.
func Fixture() *org.Dataset {
	docs := []org.Document{
		{ID: "d2015", Title: "Founding memo", Published: org.MustRange("2015-06")},
		{ID: "d2019", Title: "Annual report", Published: org.MustRange("2019-09-10")},
		{ID: "d2022", Title: "Rename letter", Published: org.MustRange("2022-01")},
	}
	src := func(ids ...string) []org.Source {
		var out []org.Source
		for _, id := range ids {
			for _, d := range docs {
				if d.ID == id {
					out = append(out, org.Source{Document: id, Title: d.Title, Published: d.Published, Note: "made up"})
				}
			}
		}
		return out
	}
	span := func(from, to string) org.Span {
		var s org.Span
		if from != "" {
			s.From = org.MustRange(from)
		}
		if to != "" {
			s.To = org.MustRange(to)
		}
		return s
	}
	link := func(rel org.Rel, from, to string, s org.Span, docs ...string) org.Link {
		return org.Link{Rel: rel, From: from, To: to, Span: s, Sources: src(docs...)}
	}
	person := func(id string, docs ...string) org.Person {
		return org.Person{ID: id, Name: strings.ToUpper(id[:1]) + id[1:] + " Example", Sources: src(docs...)}
	}
	unit := func(id string, docs ...string) org.Unit {
		return org.Unit{ID: id, Name: strings.ToUpper(id[:1]) + id[1:], Kind: "unit", Sources: src(docs...)}
	}
	heads := link(org.Heads, "alice", "taotian", span("", ""), "d2022")
	heads.Title = "President"
	ds := &org.Dataset{
		Documents: docs,
		People: []org.Person{person("alice", "d2015"), person("bob", "d2015"), person("carol", "d2015"), person("dave", "d2015"),
			person("erin", "d2019"), person("frank", "d2019"), person("gina", "d2019")},
		Units: []org.Unit{unit("grp", "d2015"), unit("tao", "d2015"), unit("tmall", "d2015"), unit("jhs", "d2015"),
			unit("taotian", "d2022"), unit("old", "d2015"), unit("new", "d2019")},
		Links: []org.Link{
			// alice: bob from 2015 to 2018, carol from June 2017 on.
			link(org.ReportsTo, "alice", "bob", span("2015", "2018"), "d2015", "d2019"),
			link(org.ReportsTo, "alice", "carol", span("2017-06", ""), "d2019"),
			link(org.ReportsTo, "bob", "carol", span("2010", ""), "d2015"),
			link(org.ReportsTo, "carol", "dave", span("", ""), "d2015"),
			// dave → bob closes a cycle bob → carol → dave → bob from 2016.
			link(org.ReportsTo, "dave", "bob", span("2016", ""), "d2015"),
			// erin: two lines with the same span; the smaller id wins.
			link(org.ReportsTo, "erin", "gina", span("2020-01", ""), "d2019"),
			link(org.ReportsTo, "erin", "frank", span("2020-01", ""), "d2019"),
			heads,
			link(org.PartOf, "tao", "grp", span("2015", ""), "d2015"),
			link(org.MergedInto, "tmall", "tao", span("2020-03", "2020-03"), "d2019"),
			link(org.SplitFrom, "jhs", "tmall", span("2012", "2012"), "d2015"),
			link(org.RenamedTo, "tao", "taotian", span("2021-12-01", "2021-12-01"), "d2022"),
			link(org.RenamedTo, "old", "new", span("2019", "2019"), "d2019"),
		},
		Events: []org.Event{
			{ID: "e-found", Date: org.MustRange("2015"), Title: "Group founded", UnitIDs: []string{"grp"}, Sources: src("d2015")},
			{ID: "e-late", Date: org.MustRange("2018-10/2018-12"), Title: "Late 2018 reshuffle", UnitIDs: []string{"tao"}, Sources: src("d2019")},
			{ID: "e-merge", Date: org.MustRange("2020-03"), Title: "Tmall merges into Tao", UnitIDs: []string{"tmall", "tao"}, Sources: src("d2022")},
		},
	}
	org.Derive(ds)
	return ds
}

// contract checks the cases of the Store contract on a store holding Fixture.
func contract(t *testing.T, s org.Store) {
	ctx := context.Background()
	d := func(s string) org.Date {
		if s == "" {
			return org.Date{}
		}
		return org.MustDate(s)
	}
	t.Run("reporting chains", func(t *testing.T) {
		tests := []struct {
			name, id, at, knownAt string
			certain               bool
			want                  []string
		}{
			{"before any manager", "alice", "2014", "", false, []string{}},
			{"up to a top", "alice", "2015", "", false, []string{"bob", "carol", "dave"}},
			{"stops before a cycle repeats", "alice", "2016", "", false, []string{"bob", "carol", "dave"}},
			// In 2017 the line to bob certainly holds, the one to carol (from June) only possibly.
			{"a certain line before a later possible one", "alice", "2017", "", false, []string{"bob", "carol", "dave"}},
			{"both certain: the latest start", "alice", "2017-07", "", false, []string{"carol", "dave", "bob"}},
			{"certain follows certain lines only", "alice", "2017", "", true, []string{"bob", "carol"}},
			{"tie broken by smaller id", "erin", "2021", "", false, []string{"frank"}},
			{"any time: the latest start", "alice", "", "", false, []string{"carol", "dave", "bob"}},
			{"2018 as known today", "alice", "2018", "", false, []string{"carol", "dave", "bob"}},
			{"2018 as known in 2016: no line to carol yet", "alice", "2018", "2016", false, []string{"bob", "carol", "dave"}},
			{"erin's managers were not known in 2016", "erin", "2021", "2016", false, []string{}},
			{"unknown person", "ghost", "2020", "", false, []string{}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				w := org.At(d(tt.at))
				w.Certain, w.KnownAt = tt.certain, d(tt.knownAt)
				chains, err := s.ReportingChains(ctx, []string{tt.id}, w)
				if err != nil {
					t.Fatal(err)
				}
				if got := chains[0]; !slices.Equal(got, tt.want) {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			})
		}
	})
	t.Run("lineage", func(t *testing.T) {
		tao := []string{"SPLIT_FROM jhs tmall", "MERGED_INTO tmall tao", "RENAMED_TO tao taotian"}
		tests := []struct {
			id, knownAt string
			want        []string
		}{
			{"tao", "", tao},
			{"jhs", "", tao},     // forwards through tmall, then on
			{"taotian", "", tao}, // backwards
			{"old", "", []string{"RENAMED_TO old new"}},
			{"grp", "", nil}, // PART_OF is not lineage
			{"ghost", "", nil},
			{"tao", "2020", tao[:2]}, // the rename was reported in 2022
			{"tmall", "2019-09-09", []string{"SPLIT_FROM jhs tmall"}}, // the merger was reported on 10 September 2019
			{"taotian", "2020", nil},
		}
		for _, tt := range tests {
			t.Run(tt.id+" known at "+tt.knownAt, func(t *testing.T) {
				got, err := s.Lineages(ctx, []string{tt.id}, d(tt.knownAt))
				if err != nil {
					t.Fatal(err)
				}
				if g := names(got[0]); !slices.Equal(g, tt.want) {
					t.Errorf("got %q, want %q", g, tt.want)
				}
			})
		}
	})
	t.Run("links", func(t *testing.T) {
		tests := []struct {
			name string
			rel  org.Rel
			dir  org.Direction
			id   string
			w    org.Window
			want []string // "REL from to holds docs..."
		}{
			{"nobody heads a unit before it existed", org.Heads, org.Out, "alice", org.At(d("2020")), nil},
			{"the head of a renamed unit, possibly", org.Heads, org.In, "taotian", org.At(d("2022")), []string{"HEADS alice taotian POSSIBLY d2022"}},
			{"not the month before the rename", org.Heads, org.In, "taotian", org.At(d("2021-11")), nil},
			{"a child until its unit is renamed", org.PartOf, org.In, "grp", org.At(d("2021-06")), []string{"PART_OF tao grp CERTAINLY d2015"}},
			{"no child after the rename", org.PartOf, org.In, "grp", org.At(d("2022")), nil},
			{"as known in 2016, one source", org.ReportsTo, org.Out, "alice", org.Window{KnownAt: d("2016")}, []string{"REPORTS_TO alice bob POSSIBLY d2015"}},
			{"as known later, both", org.ReportsTo, org.Out, "alice", org.At(d("2016")), []string{"REPORTS_TO alice bob CERTAINLY d2015 d2019"}},
			{"certain only", org.ReportsTo, org.Out, "alice", org.Window{From: d("2017"), To: d("2017"), Certain: true}, []string{"REPORTS_TO alice bob CERTAINLY d2015 d2019"}},
			{"possibly both", org.ReportsTo, org.Out, "alice", org.At(d("2017")), []string{"REPORTS_TO alice bob CERTAINLY d2015 d2019", "REPORTS_TO alice carol POSSIBLY d2019"}},
			{"unknown ends hide a line", org.ReportsTo, org.In, "frank", org.Window{KnownAt: d("2018")}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Links(ctx, tt.rel, tt.dir, []string{tt.id}, tt.w)
				if err != nil {
					t.Fatal(err)
				}
				var g []string
				for _, l := range got[0] {
					g = append(g, fmt.Sprintf("%s %s %s %s", l.Rel, l.From, l.To, tt.w.Holds(l))+docList(l.Sources))
				}
				if !slices.Equal(g, tt.want) {
					t.Errorf("got %q, want %q", g, tt.want)
				}
			})
		}
	})
	t.Run("events", func(t *testing.T) {
		tests := []struct {
			name string
			w    org.Window
			want []string
		}{
			{"a range overlapping a month", org.At(d("2018-11")), []string{"e-late"}},
			{"but not certainly in it", org.Window{From: d("2018-11"), To: d("2018-11"), Certain: true}, nil},
			{"certainly in its year", org.Window{From: d("2018"), To: d("2018"), Certain: true}, []string{"e-late"}},
			{"as known in 2019", org.Window{KnownAt: d("2019-12")}, []string{"e-found", "e-late"}},
			{"as known before the report", org.Window{KnownAt: d("2019-09-09")}, []string{"e-found"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Events(ctx, tt.w)
				if err != nil {
					t.Fatal(err)
				}
				var g []string
				for _, e := range got {
					g = append(g, e.ID)
				}
				if !slices.Equal(g, tt.want) {
					t.Errorf("got %q, want %q", g, tt.want)
				}
			})
		}
	})
	t.Run("entities as known", func(t *testing.T) {
		tests := []struct {
			name, knownAt string
			call          func(org.Date) (any, error)
			want          string
		}{
			{"frank by name before his first report", "2016", func(k org.Date) (any, error) { return s.PersonByName(ctx, "frank example", k) }, "<nil>"},
			{"frank by name after it", "2020", func(k org.Date) (any, error) {
				p, err := s.PersonByName(ctx, "Frank Example", k)
				return p.ID + docList(p.Sources), err
			}, "frank d2019"},
			{"taotian by id before the rename letter", "2021", func(k org.Date) (any, error) {
				u, err := s.Units(ctx, []string{"taotian", "tao"}, k)
				return fmt.Sprint(u[0] == nil, u[1] != nil), err
			}, "true true"},
			{"taotian by name before the rename letter", "2021", func(k org.Date) (any, error) { return s.UnitByName(ctx, "Taotian", k) }, "<nil>"},
			{"search skips what was not known", "2021", func(k org.Date) (any, error) {
				hits, err := s.Search(ctx, "Taotian", 5, k)
				var ids []string
				for _, h := range hits {
					ids = append(ids, h.ID)
				}
				return fmt.Sprint(ids), err
			}, "[]"},
			{"search finds it later", "2022", func(k org.Date) (any, error) {
				hits, err := s.Search(ctx, "Taotian", 1, k)
				return hits[0].ID, err
			}, "taotian"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := tt.call(d(tt.knownAt))
				if err != nil {
					t.Fatal(err)
				}
				if g := fmt.Sprint(deref(got)); g != tt.want && !(tt.want == "<nil>" && isNil(got)) {
					t.Errorf("got %s, want %s", g, tt.want)
				}
			})
		}
	})
}

func isNil(v any) bool {
	switch x := v.(type) {
	case *org.Person:
		return x == nil
	case *org.Unit:
		return x == nil
	}
	return v == nil
}

// names renders links as "REL from to".
func names(ls []org.Link) []string {
	var out []string
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s %s %s", l.Rel, l.From, l.To))
	}
	return out
}

// docList renders the documents of srcs as " d1 d2".
func docList(srcs []org.Source) string {
	var b strings.Builder
	for _, s := range srcs {
		b.WriteString(" " + s.Document)
	}
	return b.String()
}
