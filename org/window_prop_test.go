package org

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestHoldsByBruteForce checks Overlaps and Holds against their meaning,
// day by day: over a three-month calendar, a fact possibly holds in a window
// when some start and end its dates allow (start not after end) give a
// period that meets the window, and certainly when every such period covers
// it, except that a start with no upper bound is never certain.
func TestHoldsByBruteForce(t *testing.T) {
	first := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	const n = 91             // 1 January to 31 March 2020
	day := func(i int) int { // yyyymmdd of day i; -1 and n stand for before and after
		switch {
		case i < 0:
			return MinDay
		case i >= n:
			return MaxDay
		}
		d := first.AddDate(0, 0, i)
		return d.Year()*10000 + int(d.Month())*100 + d.Day()
	}
	index := func(yyyymmdd int) int {
		for i := -1; i <= n; i++ {
			if day(i) == yyyymmdd {
				return i
			}
		}
		t.Fatalf("day %d outside the calendar", yyyymmdd)
		return 0
	}
	r := rand.New(rand.NewPCG(8, 8))
	date := func() Date {
		d := Date{Year: 2020, Month: 1 + r.IntN(3)}
		if r.IntN(2) == 0 {
			d.Day = 1 + r.IntN(daysIn(2020, d.Month))
		}
		return d
	}
	rng := func() Range {
		a, b := date(), date()
		if b.LastDay() < a.FirstDay() {
			a, b = b, a
		}
		switch r.IntN(6) {
		case 0:
			return Range{}
		case 1:
			return Range{Earliest: a}
		case 2:
			return Range{Latest: b}
		case 3:
			return Range{Earliest: a, Latest: b}
		}
		return a.Range()
	}
	for range 3000 {
		s := Span{From: rng(), To: rng()}
		if !s.From.IsZero() && !s.To.IsZero() && s.To.LastDay() < s.From.FirstDay() {
			continue // the loader refuses it
		}
		w := At(date())
		if r.IntN(2) == 0 {
			w = Window{From: date(), To: date()}
			if w.LastDay() < w.FirstDay() {
				continue
			}
		}
		// The starts and ends the dates allow, as calendar indexes.
		s0, s1 := index(s.From.FirstDay()), index(s.From.LastDay())
		e0, e1 := index(s.To.FirstDay()), index(s.To.LastDay())
		if s.To.IsZero() {
			e0 = n // still in force
		}
		w0, w1 := index(w.FirstDay()), index(w.LastDay())
		possibly, certainly := false, true
		for st := s0; st <= s1; st++ {
			for en := max(e0, st); en <= e1; en++ {
				possibly = possibly || st <= w1 && en >= w0
				certainly = certainly && st <= w0 && en >= w1
			}
		}
		certainly = certainly && possibly && !s.From.Latest.IsZero()
		l := Link{Span: s, Bounds: s.Bounds()}
		if got := w.Overlaps(l.Bounds); got != possibly {
			t.Fatalf("%+v in %v..%v: Overlaps = %v, want %v", s, w.From, w.To, got, possibly)
		}
		if possibly {
			if got := w.Holds(l) == Certainly; got != certainly {
				t.Fatalf("%+v in %v..%v: certain = %v, want %v (bounds %+v)", s, w.From, w.To, got, certainly, l.Bounds)
			}
		}
	}
}
