package org

import (
	"fmt"
	"testing"
)

func TestParseRange(t *testing.T) {
	tests := []struct {
		in          string
		first, last int
		date        string // the narrowest partial date containing it
	}{
		{"2018", 20180101, 20181231, "2018"},
		{"2018-10/2018-12", 20181001, 20181231, "2018"},
		{"2018-01/2018-12", 20180101, 20181231, "2018"},
		{"2018-12-01/2018-12-31", 20181201, 20181231, "2018-12"},
		{"2018-12-31/2018-12-31", 20181231, 20181231, "2018-12-31"},
		{"2015/..", 20150101, MaxDay, ""},
		{"../2021-12", MinDay, 20211231, ""},
		{"2017/2018", 20170101, 20181231, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseRange(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.in && tt.in != "2018-12-31/2018-12-31" {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
			if got.FirstDay() != tt.first || got.LastDay() != tt.last {
				t.Errorf("days = %d..%d, want %d..%d", got.FirstDay(), got.LastDay(), tt.first, tt.last)
			}
			if d := got.Date().String(); d != tt.date {
				t.Errorf("Date() = %q, want %q", d, tt.date)
			}
		})
	}
}

func TestParseRangeRejects(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019/2018", `invalid date range "2019/2018": 2019 is after 2018`},
		{"2018-12/2018-11-30", `invalid date range "2018-12/2018-11-30": 2018-12 is after 2018-11-30`},
		{"../..", `invalid date range "../..": both ends open; leave the date out instead`},
		{"2018/", `invalid date range "2018/": want A/B with A and B as YYYY, YYYY-MM, YYYY-MM-DD or ..`},
		{"2018-13/2019", `invalid date range "2018-13/2019": want A/B with A and B as YYYY, YYYY-MM, YYYY-MM-DD or ..`},
		{"2018/2019/2020", `invalid date range "2018/2019/2020": want A/B with A and B as YYYY, YYYY-MM, YYYY-MM-DD or ..`},
		{"2018-12~", `invalid date "2018-12~": want YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseRange(tt.in)
			if err == nil || err.Error() != tt.want || ErrorCode(err) != Invalid {
				t.Fatalf("got %v, want %s", err, tt.want)
			}
		})
	}
}

// span builds a Span from the dataset notation; "" leaves an end out.
func span(from, to string) Span {
	var s Span
	if from != "" {
		s.From = MustRange(from)
	}
	if to != "" {
		s.To = MustRange(to)
	}
	return s
}

func TestWindowOverlapsAndHolds(t *testing.T) {
	d := MustDate
	tests := []struct {
		name     string
		span     Span
		w        Window
		overlaps bool
		holds    Holds // when it overlaps
	}{
		{"open end holds later", span("2022-01-06", ""), At(d("2030")), true, Certainly},
		{"not before it starts", span("2022-01-06", ""), At(d("2021-12")), false, ""},
		{"unknown start holds earlier, never certainly", span("", "2017-12-02"), At(d("1999")), true, Possibly},
		{"unknown start ends", span("", "2017-12-02"), At(d("2018")), false, ""},
		{"both unknown holds always", Span{}, At(d("2010-05-05")), true, Possibly},
		{"month fact queried at a day inside it", span("2018-12", "2018-12"), At(d("2018-12-31")), true, Possibly},
		{"month fact queried at the day before", span("2018-12", ""), At(d("2018-11-30")), false, ""},
		{"ends the day the window starts", span("", "2017-12-02"), Window{From: d("2017-12-02")}, true, Possibly},
		{"ends the day before the window starts", span("", "2017-12-01"), Window{From: d("2017-12-02")}, false, ""},
		{"year window holds a day fact", span("2011-06-15", "2011-06-15"), At(d("2011")), true, Possibly},
		{"a month query holds a fact ending that month", span("2019-04", "2021-12"), At(d("2021-12")), true, Possibly},
		{"a month inside the span holds certainly", span("2019-04", "2021-12"), At(d("2020-06")), true, Certainly},
		{"the start month itself is only possible", span("2019-04", "2021-12"), At(d("2019-04")), true, Possibly},
		{"end of 2018 is possible in November", span("2018-10/2018-12", ""), At(d("2018-11")), true, Possibly},
		{"end of 2018 is certain in 2019", span("2018-10/2018-12", ""), At(d("2019")), true, Certainly},
		{"not before 2015 is possible later, never certain", span("2015/..", ""), At(d("2020")), true, Possibly},
		{"not before 2015 is out in 2014", span("2015/..", ""), At(d("2014")), false, ""},
		{"bounded unknown start is certain after its bound", span("../2016", ""), At(d("2017")), true, Certainly},
		{"an end not after 2021 is never certain on the end side", span("2010", "../2021-12"), At(d("2012")), true, Possibly},
		{"an end not before 2020 is certain before it", span("2010", "2020/.."), At(d("2015")), true, Certainly},
		{"no window: an exact open span is certain", span("2022-01-06", ""), Window{}, true, Certainly},
		{"no window: exact both ends is certain", span("2022-01-06", "2022-03-01"), Window{}, true, Certainly},
		{"no window: a month start is possible", span("2022-01", ""), Window{}, true, Possibly},
		{"no window: an unknown start is possible", span("", "2022-03-01"), Window{}, true, Possibly},
		{"from only", span("2008", "2009"), Window{From: d("2010")}, false, ""},
		{"to only", span("2008", "2009"), Window{To: d("2008-01")}, true, Possibly},
		{"from only, open end: certain after the start", span("2008", ""), Window{From: d("2010")}, true, Certainly},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Link{Span: tt.span, Bounds: tt.span.Bounds()}
			if got := tt.w.Overlaps(l.Bounds); got != tt.overlaps {
				t.Fatalf("%+v.Overlaps(%+v) = %v, want %v", tt.w, tt.span, got, tt.overlaps)
			}
			if !tt.overlaps {
				return
			}
			if got := tt.w.Holds(l); got != tt.holds {
				t.Errorf("Holds = %s, want %s", got, tt.holds)
			}
			cw := tt.w
			cw.Certain = true
			if _, got := cw.Select(l); got != (tt.holds == Certainly) {
				t.Errorf("certain Select = %v, want %v", got, tt.holds == Certainly)
			}
		})
	}
}

// TestDerive follows the example: a unit made by a rename in 2012
// has no head before 2012, and a unit merged away in 2018-10/2018-12 has
// no child after 2018.
func TestDerive(t *testing.T) {
	ds := &Dataset{
		Units: []Unit{{ID: "old"}, {ID: "new"}, {ID: "child"}, {ID: "gone"}, {ID: "founded", Founded: MustRange("2003-05"), Dissolved: MustRange("2010")}},
		Links: []Link{
			{Rel: RenamedTo, From: "old", To: "new", Span: span("2012", "2012")},
			{Rel: MergedInto, From: "gone", To: "new", Span: span("2018-10/2018-12", "2018-10/2018-12")},
			{Rel: MergedInto, From: "founded", To: "new", Span: span("2009", "2009")}, // stated dissolution wins
			{Rel: Heads, From: "p", To: "new", Span: span("", "")},
			{Rel: PartOf, From: "child", To: "gone", Span: span("2015", "")},
			{Rel: Heads, From: "p", To: "founded", Span: span("", "")},
			{Rel: ReportsTo, From: "p", To: "q", Span: span("", "")},
		},
	}
	Derive(ds)
	lives := map[string]string{}
	for _, u := range ds.Units {
		lives[u.ID] = u.Exists.From.String() + "→" + u.Exists.To.String()
	}
	wantLives := map[string]string{"old": "→2012", "new": "2012→", "child": "→", "gone": "→2018-10/2018-12", "founded": "2003-05→2010"}
	if fmt.Sprint(lives) != fmt.Sprint(wantLives) {
		t.Errorf("lifespans = %v, want %v", lives, wantLives)
	}
	want := []Bounds{
		{20120101, 20121231, 20120101, 20121231},
		{20181001, 20181231, 20181001, 20181231},
		{20090101, 20091231, 20090101, 20091231},
		{20120101, MaxDay, MaxDay, MaxDay},
		{20150101, 20151231, 20181001, 20181231},
		{20030501, MaxDay, 20100101, 20101231},
		{MinDay, MaxDay, MaxDay, MaxDay},
	}
	for i, l := range ds.Links {
		if l.Bounds != want[i] {
			t.Errorf("%s %s→%s bounds = %+v, want %+v", l.Rel, l.From, l.To, l.Bounds, want[i])
		}
	}
	if w := At(MustDate("2011")); w.Overlaps(ds.Links[3].Bounds) {
		t.Error("the new name's head holds in 2011, before the rename")
	}
	if w := At(MustDate("2019")); w.Overlaps(ds.Links[4].Bounds) {
		t.Error("the child is part of the merged unit in 2019")
	}
}

func TestLifespanOutside(t *testing.T) {
	life := Lifespan{From: MustRange("2012"), To: MustRange("2018-10/2018-12")}
	tests := []struct {
		span Span
		want string
	}{
		{span("2010", "2011"), `starts 2010, before "u" existed (from 2012)`},
		{span("", "2011"), `ends 2011, before "u" existed (from 2012)`},
		{span("2019", ""), `starts 2019, after "u" ended (2018-10/2018-12)`},
		{span("2012", "2019"), ""}, // the end is clipped, and it overlaps
		{span("", ""), ""},
		{span("2011/2013", ""), ""},
		{span("../2011", ""), `starts ../2011, before "u" existed (from 2012)`},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%v", tt.span), func(t *testing.T) {
			if got := life.Outside(tt.span, "u"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPreferred(t *testing.T) {
	at := At(MustDate("2018-06"))
	link := func(to, from, until string) Link {
		s := span(from, until)
		return Link{To: to, Span: s, Bounds: s.Bounds()}
	}
	tests := []struct {
		name  string
		links []Link
		want  string
	}{
		{"certain before a later possible start", []Link{link("a", "2017", ""), link("b", "2018-06", "")}, "a"},
		{"then the latest start", []Link{link("a", "2015", ""), link("b", "2016", "")}, "b"},
		{"then the longest", []Link{link("a", "2015", "2019"), link("b", "2015", "")}, "b"},
		{"then the smallest target", []Link{link("b", "2015", ""), link("a", "2015", "")}, "a"},
		{"an unknown start is not certain", []Link{link("a", "", ""), link("b", "2018", "")}, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Preferred(tt.links, at)
			if !ok || got.To != tt.want {
				t.Errorf("got %q, want %q", got.To, tt.want)
			}
		})
	}
	if _, ok := Preferred(nil, at); ok {
		t.Error("Preferred(nil) found a link")
	}
}

func TestKnownSources(t *testing.T) {
	srcs := []Source{{Document: "a", Published: MustRange("2017-12")}, {Document: "b", Published: MustRange("2019")}, {Document: "c"}, {Document: "d", Published: MustRange("2017-06/2018-06")}}
	tests := []struct {
		knownAt string
		want    string
	}{
		{"", "[a b c d]"},
		{"2017-05", "[c]"},
		{"2017-11", "[c d]"},      // d may have been published by then
		{"2017-12-01", "[a c d]"}, // published some day of December 2017: may be by the 1st
		{"2018", "[a c d]"},
		{"2019-01", "[a b c d]"},
	}
	for _, tt := range tests {
		t.Run(tt.knownAt, func(t *testing.T) {
			var at Date
			if tt.knownAt != "" {
				at = MustDate(tt.knownAt)
			}
			got, ok := KnownSources(srcs, at)
			var docs []string
			for _, s := range got {
				docs = append(docs, s.Document)
			}
			if fmt.Sprint(docs) != tt.want || !ok {
				t.Errorf("got %v %v, want %s", docs, ok, tt.want)
			}
		})
	}
	if _, ok := KnownSources(srcs[:2], MustDate("2017-11")); ok {
		t.Error("a fact reported only later was known in November 2017")
	}
	if got := FirstReported(srcs); got != MustRange("2017-06/2018-06") {
		t.Errorf("FirstReported = %v, want 2017-06/2018-06", got)
	}
}

func TestAtOnce(t *testing.T) {
	tests := []struct {
		name string
		a, b Span
		want bool
	}{
		{"a handover on one exact day", span("2017", "2017-05-02"), span("2017-05-02", ""), false},
		{"a handover in a month: both may hold", span("2015", "2018-12"), span("2018-12", ""), true},
		{"one after the other", span("2015", "2016"), span("2017", ""), false},
		{"an unknown start reaches back", span("", "2020"), span("2010", "2011"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Bounds().AtOnce(tt.b.Bounds()); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if got := tt.b.Bounds().AtOnce(tt.a.Bounds()); got != tt.want {
				t.Errorf("reversed: got %v, want %v", got, tt.want)
			}
		})
	}
}
