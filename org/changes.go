package org

import (
	"cmp"
	"slices"
)

// ChangeKind names what happened in a Change.
type ChangeKind string

// The kinds of change. A dated fact records up to two: its start, when the
// sources state one, and its end, when they state one; a fact whose start
// is unknown or that is still in force records nothing on that side. A
// lineage edge records itself, and a unit whose lifespan has a start or an
// end records it.
const (
	UnitFounded      ChangeKind = "UNIT_FOUNDED"      // units: the unit
	UnitDissolved    ChangeKind = "UNIT_DISSOLVED"    // units: the unit
	ChangeMerged     ChangeKind = "MERGED_INTO"       // units: the unit, the one it merged into
	ChangeSplit      ChangeKind = "SPLIT_FROM"        // units: the new unit, the one it split from
	ChangeRenamed    ChangeKind = "RENAMED_TO"        // units: the old name, the new one
	Moved            ChangeKind = "MOVED"             // units: the unit, the parent it became part of
	PartOfEnded      ChangeKind = "PART_OF_ENDED"     // units: the unit, the parent it left
	HeadStarted      ChangeKind = "HEAD_STARTED"      // people: the head; units: the unit
	HeadEnded        ChangeKind = "HEAD_ENDED"        // people: the head; units: the unit
	ReportingStarted ChangeKind = "REPORTING_STARTED" // people: the person, the manager
	ReportingEnded   ChangeKind = "REPORTING_ENDED"   // people: the person, the manager
)

// ChangeKinds lists every kind of change, in a stable order.
var ChangeKinds = []ChangeKind{
	UnitFounded, UnitDissolved, ChangeMerged, ChangeSplit, ChangeRenamed,
	Moved, PartOfEnded, HeadStarted, HeadEnded, ReportingStarted, ReportingEnded,
}

// Change is one dated thing that happened: a fact that began or ended, a
// lineage edge, a unit that began or ended. Date is every day it may have
// happened on.
type Change struct {
	Kind      ChangeKind
	Date      Range
	UnitIDs   []string
	PersonIDs []string
	Title     string // HEADS only
	Sources   []Source
}

// spanKinds are the kinds of a span fact's start and end.
var spanKinds = map[Rel][2]ChangeKind{
	ReportsTo: {ReportingStarted, ReportingEnded},
	Heads:     {HeadStarted, HeadEnded},
	PartOf:    {Moved, PartOfEnded},
}

// LinkChanges are the changes a link records. A fact's start is dated by
// its bounds after lifespan clipping (StartMin..StartMax), its end likewise
// (EndMin..EndMax), so that a change never falls outside its units'
// lifespans; only a start or end the sources state counts.
func LinkChanges(l Link) []Change {
	one := func(k ChangeKind, d Range) Change {
		c := Change{Kind: k, Date: d, Title: l.Title, Sources: l.Sources}
		switch l.Rel {
		case ReportsTo:
			c.PersonIDs = []string{l.From, l.To}
		case Heads:
			c.PersonIDs, c.UnitIDs = []string{l.From}, []string{l.To}
		default:
			c.UnitIDs = []string{l.From, l.To}
		}
		return c
	}
	if l.Rel.IsLineage() {
		return []Change{one(ChangeKind(l.Rel), l.Span.From)}
	}
	kinds, ok := spanKinds[l.Rel]
	if !ok {
		return nil
	}
	var out []Change
	if !l.Span.From.IsZero() {
		out = append(out, one(kinds[0], dayRange(l.Bounds.StartMin, l.Bounds.StartMax)))
	}
	if !l.Span.To.IsZero() {
		out = append(out, one(kinds[1], dayRange(l.Bounds.EndMin, l.Bounds.EndMax)))
	}
	return out
}

// UnitChanges are the changes a unit's lifespan records, citing the unit's
// own sources.
func UnitChanges(u Unit) []Change {
	var out []Change
	if !u.Exists.From.IsZero() {
		out = append(out, Change{Kind: UnitFounded, Date: u.Exists.From, UnitIDs: []string{u.ID}, Sources: u.Sources})
	}
	if !u.Exists.To.IsZero() {
		out = append(out, Change{Kind: UnitDissolved, Date: u.Exists.To, UnitIDs: []string{u.ID}, Sources: u.Sources})
	}
	return out
}

// dayRange is the Range of the days min..max (yyyymmdd); MinDay and MaxDay
// leave that side open.
func dayRange(first, last int) Range {
	day := func(n int) Date { return Date{Year: n / 10000, Month: n / 100 % 100, Day: n % 100} }
	var r Range
	if first > MinDay {
		r.Earliest = day(first)
	}
	if last < MaxDay {
		r.Latest = day(last)
	}
	return r
}

// ChangeHolds is how a change lies in w: CERTAINLY when every day it may
// have happened on is within w, POSSIBLY when only some are.
func (w Window) ChangeHolds(c Change) Holds {
	if c.Date.FirstDay() >= w.FirstDay() && c.Date.LastDay() <= w.LastDay() {
		return Certainly
	}
	return Possibly
}

// SelectChange is Select for changes: a change is in w when it may have
// happened within it (certainly, when w.Certain), and a source published
// by w.KnownAt had reported it; the change it returns lists only those
// sources. Whether its units and people were known is the caller's part.
func (w Window) SelectChange(c Change) (Change, bool) {
	if c.Date.FirstDay() > w.LastDay() || c.Date.LastDay() < w.FirstDay() {
		return Change{}, false
	}
	if w.Certain && w.ChangeHolds(c) != Certainly {
		return Change{}, false
	}
	srcs, ok := KnownSources(c.Sources, w.KnownAt)
	if !ok {
		return Change{}, false
	}
	c.Sources = srcs
	return c, true
}

// ChangeOrder sorts changes oldest first: by first possible day, then last,
// then kind, units, people, title and the documents cited, so that both
// stores list the same changes in the same order.
// It compares the days first and the rest only when they are equal
// (cmp.Or would work out every comparison first).
func ChangeOrder(a, b Change) int {
	if c := cmp.Compare(a.Date.FirstDay(), b.Date.FirstDay()); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Date.LastDay(), b.Date.LastDay()); c != 0 {
		return c
	}
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		slices.Compare(a.UnitIDs, b.UnitIDs),
		slices.Compare(a.PersonIDs, b.PersonIDs),
		cmp.Compare(a.Title, b.Title),
		compareSources(a.Sources, b.Sources),
	)
}

// compareSources orders citation lists by document, then note, element by
// element. It allocates nothing: sorting a large dataset's changes calls it
// millions of times.
func compareSources(a, b []Source) int {
	for i := range min(len(a), len(b)) {
		if c := cmp.Or(cmp.Compare(a[i].Document, b[i].Document), cmp.Compare(a[i].Note, b[i].Note)); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
