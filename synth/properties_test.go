package synth_test

import (
	"cmp"
	"regexp"
	"slices"
	"testing"
	"unicode"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/synth"
)

// The properties below are computed from the generated dataset alone, the
// way a user would check them with queries, never from the generator's state.

// reportsAt is who reports to whom on day d; a person with two managers that
// may both hold on d is an overlap, which the model forbids.
func reportsAt(t *testing.T, ds *org.Dataset, d org.Date) map[string]string {
	t.Helper()
	w := org.At(d)
	mgr := map[string]string{}
	for _, l := range ds.Links {
		if l.Rel != org.ReportsTo || !w.Overlaps(l.Span.Bounds()) {
			continue
		}
		if prev, ok := mgr[l.From]; ok {
			t.Fatalf("%s: %s reports to both %s and %s", d, l.From, prev, l.To)
		}
		mgr[l.From] = l.To
	}
	return mgr
}

// shape is the longest reporting chain and the smallest and largest number
// of direct reports of anyone who has some.
func shape(t *testing.T, mgr map[string]string) (depth, minFan, maxFan int) {
	t.Helper()
	fan := map[string]int{}
	for _, m := range mgr {
		fan[m]++
	}
	minFan = 1 << 30
	for _, n := range fan {
		minFan, maxFan = min(minFan, n), max(maxFan, n)
	}
	memo := map[string]int{}
	var chain func(p string, seen int) int
	chain = func(p string, seen int) int {
		if seen > len(mgr) {
			t.Fatalf("reporting cycle through %s", p)
		}
		if d, ok := memo[p]; ok {
			return d
		}
		d := 0
		if m, ok := mgr[p]; ok {
			d = 1 + chain(m, seen+1)
		}
		memo[p] = d
		return d
	}
	for p := range mgr {
		depth = max(depth, chain(p, 0))
	}
	return depth, minFan, maxFan
}

func TestShape(t *testing.T) {
	for _, tt := range []struct {
		people int
		seed   uint64
	}{{1000, 1}, {1000, 2}, {5000, 3}, {10000, 4}} {
		ds := generate(t, synth.Options{People: tt.people, Seed: tt.seed})
		for _, at := range []string{"2008-12-31", "2011-03-15", "2015-07-01", "2019-01-01", "2022-12-31"} {
			t.Run(name(tt.people, tt.seed)+"/"+at, func(t *testing.T) {
				depth, minFan, maxFan := shape(t, reportsAt(t, ds, org.MustDate(at)))
				if depth < 6 || depth > 10 {
					t.Errorf("got depth %d, want 6–10", depth)
				}
				if minFan < 3 || maxFan > 12 {
					t.Errorf("got fan-out %d–%d, want within 3–12", minFan, maxFan)
				}
			})
		}
	}
}

// TestManagerChanges checks the share of people whose manager changes in a
// year: those with a reporting line starting that year that is not their
// first, out of those with a line in force at some time in the year.
func TestManagerChanges(t *testing.T) {
	ds := generate(t, synth.Options{People: 10000, Seed: 5})
	lines := map[string][]org.Span{}
	for _, l := range ds.Links {
		if l.Rel == org.ReportsTo {
			lines[l.From] = append(lines[l.From], l.Span)
		}
	}
	for p, spans := range lines {
		slices.SortFunc(spans, func(a, b org.Span) int { return cmp.Compare(a.FirstDay(), b.FirstDay()) })
		for i := 1; i < len(spans); i++ {
			if spans[i].FirstDay() <= spans[i-1].LastDay() {
				t.Fatalf("%s: line from %s overlaps the one to %s", p, spans[i].From, spans[i-1].To)
			}
		}
	}
	for y := 2009; y <= 2022; y++ {
		year := org.Window{From: org.Date{Year: y}, To: org.Date{Year: y}}
		present, changed := 0, 0
		for _, spans := range lines {
			in, moved := false, false
			for i, s := range spans {
				in = in || year.Overlaps(s.Bounds())
				moved = moved || i > 0 && s.From.Earliest.Year == y
			}
			if in {
				present++
			}
			if moved {
				changed++
			}
		}
		share := float64(changed) / float64(present)
		t.Logf("%d: %d of %d people changed manager (%.1f%%)", y, changed, present, 100*share)
		if share < 0.11 || share > 0.19 {
			t.Errorf("%d: got %.1f%% of people changing manager, want about 15%%", y, 100*share)
		}
	}
}

var employeeCode = regexp.MustCompile(`^E[0-9]{7}$`)

// TestVariety checks that the dataset has what makes real data awkward.
func TestVariety(t *testing.T) {
	for _, tt := range []struct {
		people int
		seed   uint64
	}{{10000, 1}, {12000, 9}} {
		t.Run(name(tt.people, tt.seed), func(t *testing.T) {
			ds := generate(t, synth.Options{People: tt.people, Seed: tt.seed})
			count := map[string]int{}
			for _, l := range ds.Links {
				count[string(l.Rel)]++
				for _, d := range []org.Date{l.Span.From.Date(), l.Span.To.Date()} {
					count[[]string{"unknown", "year", "month", "day"}[d.Precision()]]++
				}
				if l.Rel == org.ReportsTo && l.Span.From.IsZero() {
					count["unknown start"]++
				}
				if l.Inferred {
					count["inferred"]++
				}
			}
			for _, p := range ds.People {
				for _, a := range p.Aliases {
					if slices.ContainsFunc([]rune(a), func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
						count["Chinese alias"]++
					}
					if employeeCode.MatchString(a) {
						count["code alias"]++
					}
				}
			}
			heads := map[string]map[string]bool{}
			for _, l := range ds.Links {
				if l.Rel == org.Heads {
					if heads[l.To] == nil {
						heads[l.To] = map[string]bool{}
					}
					heads[l.To][l.From] = true
				}
			}
			for _, hs := range heads {
				if len(hs) > 1 {
					count["unit with a replaced head"]++
				}
			}
			count["events"] = len(ds.Events)
			for _, want := range []string{"REPORTS_TO", "HEADS", "PART_OF", "MERGED_INTO", "SPLIT_FROM", "RENAMED_TO",
				"year", "month", "day", "unknown start", "inferred", "Chinese alias", "code alias", "unit with a replaced head", "events"} {
				if count[want] == 0 {
					t.Errorf("got no %s, want some", want)
				}
			}
			if n := count["Chinese alias"]; n < len(ds.People) {
				t.Errorf("got %d Chinese aliases for %d people, want one each at least", n, len(ds.People))
			}
			if n := len(ds.Documents); n < 100 || n > 1000 {
				t.Errorf("got %d documents, want a few hundred", n)
			}
			t.Logf("%v", count)
		})
	}
}

// TestLineageEndsFacts checks that a unit that merged or was renamed has no
// PART_OF or HEADS fact, on either side, still holding from that date on.
func TestLineageEndsFacts(t *testing.T) {
	ds := generate(t, synth.Options{People: 10000, Seed: 6})
	gone := map[string]org.Date{}
	for _, l := range ds.Links {
		if l.Rel == org.MergedInto || l.Rel == org.RenamedTo {
			gone[l.From] = l.Span.From.Date()
		}
	}
	if len(gone) == 0 {
		t.Fatal("got no merges or renames")
	}
	for _, l := range ds.Links {
		if l.Rel != org.PartOf && l.Rel != org.Heads {
			continue
		}
		for _, u := range []string{l.From, l.To} {
			if d, ok := gone[u]; ok && l.Span.LastDay() >= d.FirstDay() {
				t.Errorf("%s %s → %s (%s to %s) still holds when %s ends on %s", l.Rel, l.From, l.To, l.Span.From, l.Span.To, u, d)
			}
		}
	}
}
