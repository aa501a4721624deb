package cypher_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/orgraph/orgraph/cypher"
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

func TestReportingChain(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		name, id, at string
		want         []string
	}{
		{"before any manager", "alice", "2014", []string{}},
		{"up to a top", "alice", "2015", []string{"bob", "carol", "dave"}},
		{"stops before a cycle repeats", "alice", "2016", []string{"bob", "carol", "dave"}},
		{"latest line preferred", "alice", "2017", []string{"carol", "dave", "bob"}},
		{"a partial date is its whole period", "alice", "2017-06", []string{"carol", "dave", "bob"}},
		{"before the later line", "alice", "2017-05-31", []string{"bob", "carol", "dave"}},
		{"stops before the start", "bob", "2020", []string{"carol", "dave"}},
		{"tie broken by smaller id", "erin", "2021", []string{"frank"}},
		{"any time", "alice", "", []string{"carol", "dave", "bob"}},
		{"unknown person", "ghost", "2020", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var at org.Date
			if tt.at != "" {
				at = org.MustDate(tt.at)
			}
			chains, err := s.ReportingChains(ctx, []string{tt.id}, at)
			if err != nil {
				t.Fatal(err)
			}
			got := chains[0]
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ReportingChain(%s, %s) = %q, want %q", tt.id, tt.at, got, tt.want)
			}
		})
	}
}

func TestLineage(t *testing.T) {
	s, ctx := setup(t)
	tao := []string{"SPLIT_FROM jhs tmall", "MERGED_INTO tmall tao", "RENAMED_TO tao taotian"}
	tests := []struct {
		id   string
		want []string
	}{
		{"tao", tao},
		{"jhs", tao},     // forwards through tmall, then on
		{"taotian", tao}, // backwards
		{"old", []string{"RENAMED_TO old new"}},
		{"grp", nil}, // PART_OF is not lineage
		{"ghost", nil},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			lineages, err := s.Lineages(ctx, []string{tt.id})
			if err != nil {
				t.Fatal(err)
			}
			got := lineages[0]
			if want := links(t, tt.want...); !reflect.DeepEqual(got, want) {
				t.Errorf("Lineage(%s) =\n%+v\nwant\n%+v", tt.id, got, want)
			}
		})
	}
}

func TestReady(t *testing.T) {
	s, ctx := setup(t)
	if err := s.Ready(ctx); err != nil {
		t.Errorf("Ready with data: %v", err)
	}
	if err := s.Replace(ctx, &org.Dataset{}, nil); err != nil {
		t.Fatal(err)
	}
	err := s.Ready(ctx)
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
			_, err := s.People(ctx, []string{"alice"})
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
