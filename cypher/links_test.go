package cypher_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/org"
)

// links returns the fixture's links named "REL from to", in that order.
func links(t *testing.T, names ...string) []org.Link {
	t.Helper()
	out := []org.Link{}
	for _, n := range names {
		f := strings.Fields(n)
		found := false
		for _, l := range fixture().Links {
			if string(l.Rel) == f[0] && l.From == f[1] && l.To == f[2] {
				out, found = append(out, l), true
			}
		}
		if !found {
			t.Fatalf("fixture has no link %q", n)
		}
	}
	return out
}

func TestLinks(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		name     string
		rel      org.Rel
		dir      org.Direction
		ids      []string
		from, to string
		want     [][]string
	}{
		{"managers overlapping", org.ReportsTo, org.Out, []string{"alice", "ghost"}, "2017", "2017",
			[][]string{{"REPORTS_TO alice bob", "REPORTS_TO alice carol"}, {}}},
		{"managers in a window", org.ReportsTo, org.Out, []string{"alice"}, "2016", "2017-05",
			[][]string{{"REPORTS_TO alice bob"}}},
		{"direct reports, any time", org.ReportsTo, org.In, []string{"carol", "bob", "carol"}, "", "",
			[][]string{{"REPORTS_TO bob carol", "REPORTS_TO alice carol"}, {"REPORTS_TO alice bob", "REPORTS_TO dave bob"}, {"REPORTS_TO bob carol", "REPORTS_TO alice carol"}}},
		{"a role, partial end date", org.Heads, org.Out, []string{"alice"}, "2019-03-31", "",
			[][]string{{"HEADS alice tao"}}},
		{"role ended", org.Heads, org.Out, []string{"alice"}, "2019-04", "",
			[][]string{{}}},
		{"children", org.PartOf, org.In, []string{"grp"}, "", "",
			[][]string{{"PART_OF tao grp"}}},
		{"lineage type", org.MergedInto, org.Out, []string{"tmall"}, "2020", "2020",
			[][]string{{"MERGED_INTO tmall tao"}}},
		{"no ids", org.ReportsTo, org.Out, []string{}, "", "", [][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Links(ctx, tt.rel, tt.dir, tt.ids, window(tt.from, tt.to))
			if err != nil {
				t.Fatal(err)
			}
			want := [][]org.Link{}
			for _, names := range tt.want {
				want = append(want, links(t, names...))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Links(%s, %v, %q) =\n%+v\nwant\n%+v", tt.rel, tt.dir, tt.ids, got, want)
			}
		})
	}
}

func TestReady(t *testing.T) {
	s, ctx := setup(t)
	if err := s.Ready(ctx); err != nil {
		t.Errorf("Ready with data: %v", err)
	}
	// The data as an earlier version left it: its digest, a bare SHA-256,
	// names no graph model. Serving it would give wrong answers.
	d, db := cyphertest.Driver(t)
	if _, err := neo4j.ExecuteQuery(ctx, d, `MATCH (m:OrgraphMeta {id: 'orgraph'}) SET m.digest = $old`,
		map[string]any{"old": strings.Repeat("ab", 32)}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
		t.Fatal(err)
	}
	err := s.Ready(ctx)
	if got, want := org.ErrorMessage(err), "the orgraph data was written by an earlier version of orgraph; run orgraph load"; got != want || org.ErrorCode(err) != org.Unavailable {
		t.Errorf("Ready with an earlier version's data = %q (%s), want %q (UNAVAILABLE)", got, org.ErrorCode(err), want)
	}
	if err := s.Replace(ctx, fixture(), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(ctx); err != nil {
		t.Errorf("Ready after a load: %v", err)
	}
	if err := s.Replace(ctx, &org.Dataset{}, nil); err != nil {
		t.Fatal(err)
	}
	err = s.Ready(ctx)
	if got, want := org.ErrorMessage(err), "no orgraph data loaded; run orgraph load"; got != want || org.ErrorCode(err) != org.Unavailable {
		t.Errorf("Ready without data = %q (%s), want %q (UNAVAILABLE)", got, org.ErrorCode(err), want)
	}
}

func TestUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	// Nothing listens on port 1; Open must succeed all the same.
	d, err := cypher.Open(ctx, cypher.Config{URI: "neo4j://127.0.0.1:1", User: "neo4j", Password: "x"})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer d.Close(ctx)
	s := cypher.New(d, "neo4j")
	calls := map[string]func() error{
		"Ready": func() error { return s.Ready(ctx) },
		"People": func() error {
			_, err := s.People(ctx, []string{"alice"}, org.Date{})
			return err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			if got := org.ErrorMessage(err); org.ErrorCode(err) != org.Unavailable || !strings.HasPrefix(got, "neo4j is unavailable: ") {
				t.Errorf("%s = %q (%s), want UNAVAILABLE \"neo4j is unavailable: ...\"", name, got, org.ErrorCode(err))
			}
		})
	}
	if _, err := cypher.Open(ctx, cypher.Config{URI: "http://127.0.0.1:7474"}); org.ErrorCode(err) != org.Invalid {
		t.Errorf("Open(http URI) = %v, want an INVALID error", err)
	}
}
