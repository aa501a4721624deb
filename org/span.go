package org

// Span is when a fact holds, as the sources state it. A zero From means the
// start is unknown; a zero To means the fact is still in force as far as the
// sources say. Either end may be a Range ("2018-10/2018-12", "2015/..").
type Span struct {
	From, To Range
}

// FirstDay is the earliest day the fact may hold as stated, MinDay when unknown.
func (s Span) FirstDay() int { return s.From.FirstDay() }

// LastDay is the latest day the fact may hold as stated, MaxDay when open.
func (s Span) LastDay() int { return s.To.LastDay() }

// Known reports whether the span is fully known: it starts on one exact day
// and ends on one exact day or is still in force. Only such a fact holds
// CERTAINLY when no window is asked.
func (s Span) Known() bool {
	return s.From.Exact() && (s.To.IsZero() || s.To.Exact())
}

// Bounds are the precomputed day numbers (yyyymmdd) of a fact's possible
// start and end after lifespan clipping: the fact starts on some day in
// StartMin..StartMax and ends on some day in EndMin..EndMax. A database store
// keeps them as properties and filters with plain comparisons.
type Bounds struct {
	StartMin, StartMax, EndMin, EndMax int
}

// Bounds are the span's own bounds, before clipping. An unknown or
// open-above start has StartMax MaxDay (never certain); a To still in force
// has EndMin MaxDay (certain on that side); a To open below ("../2021-12")
// has EndMin MinDay.
func (s Span) Bounds() Bounds {
	b := Bounds{StartMin: s.From.FirstDay(), StartMax: s.From.LastDay(), EndMin: s.To.FirstDay(), EndMax: s.To.LastDay()}
	if s.To.IsZero() {
		b.EndMin = MaxDay
	}
	return b.tight()
}

// tight narrows each end by the other, since a fact starts no later than
// it ends: the latest start is at most the latest end and the earliest end
// at least the earliest start. A start with no upper bound (MaxDay) stays
// open, so that an unknown start is never certain.
func (b Bounds) tight() Bounds {
	if b.StartMax < MaxDay {
		b.StartMax = min(b.StartMax, b.EndMax)
	}
	b.EndMin = max(b.EndMin, b.StartMin)
	return b
}

// Clip narrows b to a lifespan of one of the fact's ends: the fact can start
// no earlier than that end began and end no later than it ended. What the
// sources state about the fact itself wins over the lifespan: a role stated
// to begin on 2022-01-01 shows that its unit existed by then, however vague
// the unit's founding date, so a bounded latest start is kept. Only a fact
// still in force takes its earliest possible end from the unit's end.
func (b Bounds) Clip(life Lifespan) Bounds {
	lb := life.Bounds()
	c := Bounds{
		StartMin: max(b.StartMin, lb.StartMin), StartMax: b.StartMax,
		EndMin: b.EndMin, EndMax: min(b.EndMax, lb.EndMax),
	}
	if b.EndMin == MaxDay {
		c.EndMin = lb.EndMin
	}
	c.StartMax = max(c.StartMax, c.StartMin)
	c.EndMin = min(c.EndMin, c.EndMax)
	return c.tight()
}

// AtOnce reports whether two facts may hold together on more than the one
// day where one ends and the other begins: a line that ends on the day the
// next begins is a handover, not two at once. Validation warns about two
// managers, or two heads of one title, at once.
func (b Bounds) AtOnce(o Bounds) bool {
	return b.StartMin < o.EndMax && o.StartMin < b.EndMax
}
