package loader_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		file string
		want string // file:line: message, the first problem reported
	}{
		{"syntax", "syntax.yaml:2: did not find expected ',' or ']'"},
		{"unknown-id", `unknown-id.yaml:10: unknown person "carol"`},
		{"impossible-date", `impossible-date.yaml:10: from: invalid date "2021-02-30": no such day`},
		{"to-before-from", `to-before-from.yaml:10: to "2020-06" is before from "2021"`},
		{"duplicate-id", `duplicate-id.yaml:9: duplicate id "ann" (first defined at testdata/bad/duplicate-id.yaml:4)`},
		{"alias-clash", `alias-clash.yaml:9: alias "ann lee" of lee is also claimed at testdata/bad/alias-clash.yaml:4 (ann)`},
		{"unknown-document", `unknown-document.yaml:10: unknown document "memo-9" (not in any documents list)`},
		{"part-of-cycle", "part-of-cycle.yaml:11: part_of cycle in force at the same time on 2020-01-01: acme → labs → acme"},
		{"unknown-key", `unknown-key.yaml:10: unknown key "form"`},
		{"wrong-kind", `wrong-kind.yaml:10: unit "ann" is a person, not a unit`},
		{"no-sources", "no-sources.yaml:10: sources: at least one source is required"},
		{"lineage-without-date", "lineage-without-date.yaml:10: date is required"},
		{"multi-document", "multi-document.yaml:5: a second YAML document starts here: a dataset file holds one document, so put it in a file of its own"},
		{"reporting-cycle", "reporting-cycle.yaml:13: reporting cycle in force at the same time on 2022-03-01: ann → cy → bob → ann"},
		{"head-before-unit", `head-before-unit.yaml:10: heads bob → labs starts 2010, before "labs" existed (from 2015)`},
		{"member-after-merge", `member-after-merge.yaml:12: part_of labs → acme starts 2019, after "labs" ended (2018-10/2018-12)`},
		{"member-ends-before-split", `member-ends-before-split.yaml:12: part_of labs → acme ends ../2015-06, before "labs" existed (from 2016)`},
		{"range-backwards", `range-backwards.yaml:10: from: invalid date range "2019/2018": 2019 is after 2018`},
		{"range-open-both", `range-open-both.yaml:10: to: invalid date range "../..": both ends open; leave the date out instead`},
		{"dissolved-before-founded", `dissolved-before-founded.yaml:8: dissolved "2019-12" is before founded "2020"`},
		{"founded-person", "founded-person.yaml:4: founded is for units only"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ds, err := loader.ParsePaths([]string{filepath.Join("testdata", "bad", tt.file+".yaml")})
			var probs loader.Problems
			if !errors.As(err, &probs) || ds != nil {
				t.Fatalf("got %v, %v; want problems and no dataset", ds, err)
			}
			got := probs[0].String()
			if !strings.HasPrefix(got, "testdata/bad/"+tt.want) {
				t.Errorf("got  %s\nwant testdata/bad/%s", got, tt.want)
			}
		})
	}
}

func TestGoodInput(t *testing.T) {
	ds, err := loader.ParsePaths([]string{"testdata/good"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.People) != 2 || len(ds.Units) != 3 || len(ds.Links) != 4 || len(ds.Events) != 1 {
		t.Fatalf("got %d people, %d units, %d links, %d events; want 2, 3, 4, 1", len(ds.People), len(ds.Units), len(ds.Links), len(ds.Events))
	}
	src := ds.Links[0].Sources[0]
	if src.Title != "An internal memo" || src.Published.String() != "2020-03" {
		t.Errorf("source = %+v, want the memo's title and date", src)
	}
}

func TestSeedsAreValid(t *testing.T) {
	if _, err := loader.ParseFS(seeds.FS, "."); err != nil {
		t.Fatalf("built-in dataset: %v", err)
	}
}
