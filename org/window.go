package org

// Window selects facts by time and by what the sources had said. At D is the
// window From D To D; either bound may be zero, and the zero Window selects
// every fact whatever its time. Certain keeps only the facts that certainly
// hold throughout the window; a non-zero KnownAt keeps only what a source
// published by then had reported (see KnownSources).
type Window struct {
	From, To Date
	Certain  bool
	KnownAt  Date
}

// At is the window of a single (possibly partial) date.
func At(d Date) Window { return Window{From: d, To: d} }

// FirstDay is the window's first day, MinDay when it has no lower bound.
func (w Window) FirstDay() int { return w.From.FirstDay() }

// LastDay is the window's last day, MaxDay when it has no upper bound.
func (w Window) LastDay() int { return w.To.LastDay() }

// Timeless reports whether the window puts no bound on time.
func (w Window) Timeless() bool { return w.From.IsZero() && w.To.IsZero() }

// Holds says how a fact relates to a window.
type Holds string

// A selected fact holds CERTAINLY when its latest possible start and earliest
// possible end enclose the whole window, and POSSIBLY otherwise.
const (
	Certainly Holds = "CERTAINLY"
	Possibly  Holds = "POSSIBLY"
)

// Overlaps reports whether a fact with bounds b may hold at some time within
// w: partial dates count as their whole period, so a fact from "2022-01"
// holds in a window that ends on 2022-01-01.
func (w Window) Overlaps(b Bounds) bool {
	return b.StartMin <= w.LastDay() && w.FirstDay() <= b.EndMax
}

// Holds is how a fact that Overlaps w holds there. With no time bound, a
// fact holds CERTAINLY only when its span is fully known (Span.Known); with
// one, when it certainly started by the window's first day and certainly
// had not ended by its last. An unknown start is never certain.
func (w Window) Holds(l Link) Holds {
	if w.Timeless() {
		if l.Span.Known() {
			return Certainly
		}
		return Possibly
	}
	if l.Bounds.StartMax <= w.FirstDay() && l.Bounds.EndMin >= w.LastDay() {
		return Certainly
	}
	return Possibly
}

// Select is the one filter both stores apply to a link: whether it may hold
// in w (and certainly, when w.Certain) and was reported by w.KnownAt. The
// link it returns lists only the sources published by then. Whether the
// link's ends were known by then is the caller's part: it has the entities.
func (w Window) Select(l Link) (Link, bool) {
	if !w.Overlaps(l.Bounds) || (w.Certain && w.Holds(l) != Certainly) {
		return Link{}, false
	}
	srcs, ok := KnownSources(l.Sources, w.KnownAt)
	if !ok {
		return Link{}, false
	}
	l.Sources = srcs
	return l, true
}

// SelectEvent is Select for events: an event may lie in w when its date
// range overlaps it, and certainly when the range lies wholly inside.
func (w Window) SelectEvent(e Event) (Event, bool) {
	if e.Date.FirstDay() > w.LastDay() || e.Date.LastDay() < w.FirstDay() {
		return Event{}, false
	}
	if w.Certain && (e.Date.FirstDay() < w.FirstDay() || e.Date.LastDay() > w.LastDay()) {
		return Event{}, false
	}
	srcs, ok := KnownSources(e.Sources, w.KnownAt)
	if !ok {
		return Event{}, false
	}
	e.Sources = srcs
	return e, true
}

// PublishedBy reports whether a document published in period p counts as
// published by knownAt: when its publication may lie on or before knownAt's
// last day. A document with no publication date always counts; so does
// everything when knownAt is zero.
func PublishedBy(p Range, knownAt Date) bool {
	return p.FirstDay() <= knownAt.LastDay()
}

// KnownSources keeps the sources published by knownAt (see PublishedBy) and
// reports whether any is left: a fact or entity that no such source
// reported was not known then. A zero knownAt keeps them all, and reports
// true even for none.
func KnownSources(srcs []Source, knownAt Date) ([]Source, bool) {
	if knownAt.IsZero() {
		return srcs, true
	}
	var out []Source
	for _, s := range srcs {
		if PublishedBy(s.Published, knownAt) {
			out = append(out, s)
		}
	}
	return out, len(out) > 0
}

// FirstReported is the publication period of the source among srcs that
// may have been published first, zero when none has a date.
func FirstReported(srcs []Source) Range {
	var first Range
	for _, s := range srcs {
		if !s.Published.IsZero() && (first.IsZero() || s.Published.FirstDay() < first.FirstDay()) {
			first = s.Published
		}
	}
	return first
}

// KnownPerson is p as known at knownAt, with only the sources published by
// then, or nil when none of them mentions p.
func KnownPerson(p *Person, knownAt Date) *Person {
	if p == nil {
		return nil
	}
	srcs, ok := KnownSources(p.Sources, knownAt)
	if !ok {
		return nil
	}
	c := *p
	c.Sources = srcs
	return &c
}

// KnownUnit is KnownPerson for units.
func KnownUnit(u *Unit, knownAt Date) *Unit {
	if u == nil {
		return nil
	}
	srcs, ok := KnownSources(u.Sources, knownAt)
	if !ok {
		return nil
	}
	c := *u
	c.Sources = srcs
	return &c
}
