package org

// Span is when a fact holds. A zero From means the start is unknown; a zero
// To means the fact is still in force as far as the sources say.
type Span struct {
	From, To Date
}

// FirstDay is the earliest day the fact may hold, MinDay when unknown.
func (s Span) FirstDay() int { return s.From.FirstDay() }

// LastDay is the latest day the fact may hold, MaxDay when open.
func (s Span) LastDay() int { return s.To.LastDay() }

// Window selects facts by time. At D is the window From D To D; either bound
// may be zero, and the zero Window selects every fact whatever its time.
type Window struct {
	From, To Date
}

// At is the window of a single (possibly partial) date.
func At(d Date) Window { return Window{From: d, To: d} }

// FirstDay is the window's first day, MinDay when it has no lower bound.
func (w Window) FirstDay() int { return w.From.FirstDay() }

// LastDay is the window's last day, MaxDay when it has no upper bound.
func (w Window) LastDay() int { return w.To.LastDay() }

// Overlaps reports whether a fact with span s may hold at some time within w:
// partial dates count as their whole period, so a fact from "2022-01" holds
// in a window that ends on 2022-01-01.
func (w Window) Overlaps(s Span) bool {
	return s.FirstDay() <= w.LastDay() && w.FirstDay() <= s.LastDay()
}
