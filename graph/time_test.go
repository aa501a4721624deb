package graph_test

import (
	"slices"
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/storetest"
	"github.com/orgraph/orgraph/storetest/questions"
)

// TestTimeTruth asks the API about storetest.Fixture, whose answers are
// worked out by hand in its comments and the contract cases: holds and its
// bounds relative to the window asked, certain, knownAt flowing into every
// nested field, lifespans and the ranges of dates.
func TestTimeTruth(t *testing.T) {
	h := serve(memstore.New(storetest.Fixture()), quiet)
	tests := []struct {
		name, query, path string
		want              []string
	}{
		{"both of alice's managers in 2017, in order",
			`{ person(name: "Alice Example") { managers(at: "2017") { manager { id } } } }`,
			"person.managers[].manager.id", []string{"bob", "carol"}},
		{"the line to bob holds certainly in 2017",
			`{ person(name: "Alice Example") { managers(at: "2017") { holds } } }`,
			"person.managers[].holds", []string{"CERTAINLY", "POSSIBLY"}},
		{"certain keeps it alone",
			`{ person(name: "Alice Example") { managers(at: "2017", certain: true) { manager { id } } } }`,
			"person.managers[].manager.id", []string{"bob"}},
		{"with no window a year span is only possible",
			`{ person(name: "Alice Example") { managers { holds } } }`,
			"person.managers[].holds", []string{"POSSIBLY", "POSSIBLY"}},
		{"first reported: the earliest of two sources",
			`{ person(name: "Alice Example") { managers(at: "2016") { firstReported } } }`,
			"person.managers[].firstReported", []string{"2015-06"}},
		{"a year start is any day of that year",
			`{ person(name: "Alice Example") { managers(at: "2016") { startRange { earliest latest } endRange { earliest latest } } } }`,
			"person.managers[].*", nil},
		{"as known in 2016: one source, one manager",
			`{ person(name: "Alice Example", knownAt: "2016") { managers { sources { document } } } }`,
			"person.managers[].sources[].document", []string{"d2015"}},
		{"knownAt reaches a chain and the people on it",
			`{ person(name: "Alice Example", knownAt: "2016") { reportingChain(at: "2018") { id } } }`,
			"person.reportingChain[].id", []string{"bob", "carol", "dave"}},
		{"and the managers' own lines, two levels down",
			`{ person(name: "Alice Example", knownAt: "2016") { managers { manager { managers { manager { id } sources { document } } } } } }`,
			"person.managers[].manager.managers[].sources[].document", []string{"d2015"}},
		{"someone not reported yet is null",
			`{ person(name: "Frank Example", knownAt: "2016") { id } }`,
			"person", []string{"<null>"}},
		{"a unit made by a rename exists from it",
			`{ unit(name: "Taotian") { existsFrom { earliest latest } existsTo { earliest } } }`,
			"unit.existsFrom.earliest", []string{"2021-12-01"}},
		{"nobody heads it before it existed",
			`{ unit(name: "Taotian") { heads(at: "2021-11") { person { id } } } }`,
			"unit.heads[].person.id", nil},
		{"an unknown start is clipped to the unit's start and only possible",
			`{ unit(name: "Taotian") { heads(at: "2022") { holds startRange { earliest latest } } } }`,
			"unit.heads[].startRange.earliest", []string{"2021-12-01"}},
		{"lineage as known in 2020 lacks the 2022 rename letter",
			`{ unit(name: "Tao", knownAt: "2020") { lineage { kind } } }`,
			"unit.lineage[].kind", []string{"SPLIT_FROM", "MERGED_INTO"}},
		{"events as known at the end of 2019, with ranges",
			`{ events(knownAt: "2019-12") { id date dateRange { earliest latest } } }`,
			"events[].date", []string{"2015", "2018"}},
		{"a range that overlaps a month is not certainly in it",
			`{ events(from: "2018-11", to: "2018-11", certain: true) { id } }`,
			"events[].id", nil},
		{"search skips what was not yet reported",
			`{ search(text: "Frank", knownAt: "2016") { id } }`,
			"search[].id", nil},
		{"sources carry their publication ranges",
			`{ person(name: "Alice Example") { sources { published publishedRange { earliest latest } } } }`,
			"person.sources[].publishedRange.latest", []string{"2015-06-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := questions.Ask(t, h, tt.query)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			if tt.path == "person.managers[].*" {
				return // the range values are checked below
			}
			if got := questions.Pluck(r.Data, tt.path); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("bounds of a year span", func(t *testing.T) {
		r := questions.Ask(t, h, `{ person(name: "Alice Example") { managers(at: "2016") { startRange { earliest latest } endRange { earliest latest } } } }`)
		for path, want := range map[string]string{
			"person.managers[].startRange.earliest": "2015-01-01", "person.managers[].startRange.latest": "2015-12-31",
			"person.managers[].endRange.earliest": "2018-01-01", "person.managers[].endRange.latest": "2018-12-31",
		} {
			if got := questions.Pluck(r.Data, path); !slices.Equal(got, []string{want}) {
				t.Errorf("%s = %q, want %s", path, got, want)
			}
		}
	})
}
