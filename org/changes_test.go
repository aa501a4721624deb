package org

import (
	"fmt"
	"testing"
)

func TestLinkChanges(t *testing.T) {
	src := []Source{{Document: "d"}}
	tests := []struct {
		name string
		l    Link
		want string
	}{
		{"a line with both ends stated starts and ends",
			Link{Rel: ReportsTo, From: "p", To: "m", Span: Span{From: MustRange("2018-03"), To: MustRange("2019")}, Sources: src},
			"REPORTING_STARTED 2018-03-01/2018-03-31 [] [p m] ; REPORTING_ENDED 2019-01-01/2019-12-31 [] [p m] ; "},
		{"an unknown start records no start, a role still in force no end",
			Link{Rel: Heads, From: "p", To: "u", Title: "CEO", Sources: src},
			""},
		{"a role's start is its clipped bounds: not before the unit began",
			Link{Rel: Heads, From: "p", To: "u", Title: "CEO", Span: Span{From: MustRange("2015/..")}, Bounds: Bounds{StartMin: 20170101, StartMax: MaxDay, EndMin: MaxDay, EndMax: MaxDay}, Sources: src},
			"HEAD_STARTED 2017-01-01/.. [u] [p] CEO; "},
		{"a membership records the move and its end",
			Link{Rel: PartOf, From: "c", To: "p", Span: Span{From: MustRange("2017-12-02"), To: MustRange("2018-10/2018-12")}, Sources: src},
			"MOVED 2017-12-02 [c p] [] ; PART_OF_ENDED 2018-10-01/2018-12-31 [c p] [] ; "},
		{"a lineage edge records itself on its date",
			Link{Rel: SplitFrom, From: "new", To: "old", Span: Span{From: MustRange("2018-10/2018-12"), To: MustRange("2018-10/2018-12")}, Sources: src},
			"SPLIT_FROM 2018-10/2018-12 [new old] [] ; "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.l
			if l.Bounds == (Bounds{}) {
				l.Bounds = l.Span.Bounds()
			}
			got := ""
			for _, c := range LinkChanges(l) {
				got += fmt.Sprintf("%s %s %v %v %s; ", c.Kind, c.Date, c.UnitIDs, c.PersonIDs, c.Title)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSelectChange(t *testing.T) {
	endOf2018 := Change{Kind: ChangeSplit, Date: MustRange("2018-10/2018-12"), Sources: []Source{{Document: "a", Published: MustRange("2022-01")}}}
	tests := []struct {
		name string
		w    Window
		want string // "" when not selected, else the Holds
	}{
		{"a window holding every possible day: certain", Window{From: MustDate("2017-12"), To: MustDate("2019-01")}, "CERTAINLY"},
		{"a window holding some of them: possible", Window{From: MustDate("2018-11"), To: MustDate("2019-01")}, "POSSIBLY"},
		{"the same window, certain only: left out", Window{From: MustDate("2018-11"), To: MustDate("2019-01"), Certain: true}, ""},
		{"a window after it: left out", Window{From: MustDate("2019"), To: MustDate("2020")}, ""},
		{"the window's last day is the change's first: possible", Window{From: MustDate("2018-01"), To: MustDate("2018-10-01")}, "POSSIBLY"},
		{"as known before its only source: left out", Window{From: MustDate("2018"), To: MustDate("2018"), KnownAt: MustDate("2021")}, ""},
		{"as known when its source was out: certain", Window{From: MustDate("2018"), To: MustDate("2018"), KnownAt: MustDate("2022-01")}, "CERTAINLY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c, ok := tt.w.SelectChange(endOf2018); ok {
				got = string(tt.w.ChangeHolds(c))
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
