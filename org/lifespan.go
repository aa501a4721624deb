package org

import "fmt"

// Lifespan is when a unit existed: from its founding (or the split or
// rename that made it) to its dissolution (or the merge or rename that
// ended it). A zero end is open on that side.
type Lifespan struct {
	From, To Range
}

// Bounds are the lifespan's day numbers in the shape of a fact's: the unit
// began on some day in StartMin..StartMax and ended in EndMin..EndMax. An
// open start is MinDay on both, an open end MaxDay on both, so that Clip
// leaves a fact alone on an open side.
func (l Lifespan) Bounds() Bounds {
	b := Bounds{StartMin: l.From.FirstDay(), StartMax: l.From.LastDay(), EndMin: l.To.FirstDay(), EndMax: l.To.LastDay()}
	if l.From.IsZero() {
		b.StartMax = MinDay
	}
	if l.To.IsZero() {
		b.EndMin = MaxDay
	}
	return b
}

// Lifespans derives every unit's lifespan: a stated Founded or Dissolved
// wins; otherwise a unit begins at the earliest SPLIT_FROM where it is the
// new unit or RENAMED_TO where it is the new name, and ends at the earliest
// MERGED_INTO or RENAMED_TO where it is the unit that ends.
func Lifespans(ds *Dataset) map[string]Lifespan {
	out := make(map[string]Lifespan, len(ds.Units))
	units := make(map[string]*Unit, len(ds.Units))
	for i, u := range ds.Units {
		out[u.ID] = Lifespan{From: u.Founded, To: u.Dissolved}
		units[u.ID] = &ds.Units[i]
	}
	earliest := func(cur *Range, stated bool, d Range) {
		if !stated && (cur.IsZero() || d.FirstDay() < cur.FirstDay()) {
			*cur = d
		}
	}
	for _, l := range ds.Links {
		if !l.Rel.IsLineage() {
			continue
		}
		starts, ends := l.From, l.From // the unit the edge begins / ends
		switch l.Rel {
		case SplitFrom:
			ends = ""
		case RenamedTo:
			starts = l.To
		case MergedInto:
			starts = ""
		}
		for _, id := range [2]string{starts, ends} {
			if id == "" {
				continue
			}
			life, u := out[id], units[id]
			if u == nil {
				continue
			}
			if id == starts {
				earliest(&life.From, !u.Founded.IsZero(), l.Span.From)
			}
			if id == ends {
				earliest(&life.To, !u.Dissolved.IsZero(), l.Span.From)
			}
			out[id] = life
		}
	}
	return out
}

// Derive fills what follows from the stated facts: each unit's Exists and
// each link's Bounds, clipped to the lifespans of the units at its ends
// (HEADS: the unit; PART_OF: both). The loader calls it once; stores take
// the results as given.
func Derive(ds *Dataset) {
	lives := Lifespans(ds)
	for i := range ds.Units {
		ds.Units[i].Exists = lives[ds.Units[i].ID]
	}
	for i := range ds.Links {
		l := &ds.Links[i]
		b := l.Span.Bounds()
		switch l.Rel {
		case Heads:
			b = b.Clip(lives[l.To])
		case PartOf:
			b = b.Clip(lives[l.From]).Clip(lives[l.To])
		}
		l.Bounds = b
	}
}

// Outside says why a fact stated with span s certainly lies outside the
// lifespan of unit, or "": it ended before the unit began, or began after
// the unit ended. Only stated dates count; an unknown start is clipped, not
// wrong.
func (l Lifespan) Outside(s Span, unit string) string {
	lb := l.Bounds()
	switch {
	case !s.From.Latest.IsZero() && s.From.LastDay() < lb.StartMin:
		return fmt.Sprintf("starts %s, before %q existed (from %s)", s.From, unit, l.From)
	case !s.To.IsZero() && !s.To.Latest.IsZero() && s.To.LastDay() < lb.StartMin:
		return fmt.Sprintf("ends %s, before %q existed (from %s)", s.To, unit, l.From)
	case !s.From.Earliest.IsZero() && s.From.FirstDay() > lb.EndMax:
		return fmt.Sprintf("starts %s, after %q ended (%s)", s.From, unit, l.To)
	}
	return ""
}
