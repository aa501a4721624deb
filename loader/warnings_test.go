package loader_test

import (
	"slices"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
)

// TestWarnings checks every warning of a fixture whose conflicts were
// worked out by hand: a duplicate, a month where two managers may both
// hold, a later line that overlaps the manager after, two heads of one
// title in the same month; and no warning for a handover on one exact day.
func TestWarnings(t *testing.T) {
	ds, warnings, err := loader.CheckPaths([]string{"testdata/warn/conflicts.yaml"})
	if err != nil || ds == nil {
		t.Fatalf("got %v; want a valid dataset", err)
	}
	const f = "testdata/warn/conflicts.yaml"
	want := []string{
		f + ":13: warning: the same reports_to fact as at " + f + ":12",
		f + ":15: warning: cy has two managers at once: bob here and ann at " + f + ":14",
		f + ":16: warning: cy has two managers at once: ann here and bob at " + f + ":15",
		f + `:19: warning: labs has two heads titled "Head" at once: bob here and ann at ` + f + ":18",
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestSeedsWarnings lists the built-in dataset's warnings: the README
// explains each one, so a new one must be looked at and added here.
func TestSeedsWarnings(t *testing.T) {
	_, warnings, err := loader.CheckFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	explained := []string{}
	got := []string{}
	for _, w := range warnings {
		got = append(got, w.String())
	}
	if !slices.Equal(got, explained) {
		t.Errorf("got warnings\n%q\nwant (as the README explains)\n%q", got, explained)
	}
}
