package org

import "strings"

// Range is a date known only within bounds: some day between the first day
// of Earliest and the last day of Latest. A zero Earliest is open below and a
// zero Latest open above (EDTF's ".."); a partial date D is Range{D, D}, and
// the zero Range is a date not given at all. A dataset writes a Range as a
// partial date ("2018-12") or an EDTF level-1 interval ("2018-10/2018-12",
// "2015/..", "../2021-12").
type Range struct {
	Earliest, Latest Date
}

// Range is the period of d as a Range: the zero Date gives the zero Range.
func (d Date) Range() Range { return Range{Earliest: d, Latest: d} }

// ParseRange reads a partial date or an EDTF interval "A/B" where A and B are
// partial dates or ".." (open), A not after B. "../.." and "" are refused:
// an unknown date is written by leaving the field out.
func ParseRange(s string) (Range, error) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		d, err := ParseDate(s)
		return d.Range(), err
	}
	bad := func(why string) (Range, error) {
		return Range{}, Errorf(Invalid, "invalid date range %q: %s", s, why)
	}
	if a == ".." && b == ".." {
		return bad("both ends open; leave the date out instead")
	}
	var r Range
	for _, end := range []struct {
		text string
		to   *Date
	}{{a, &r.Earliest}, {b, &r.Latest}} {
		if end.text == ".." {
			continue
		}
		d, err := ParseDate(end.text)
		if err != nil {
			return bad("want A/B with A and B as YYYY, YYYY-MM, YYYY-MM-DD or ..")
		}
		*end.to = d
	}
	if !r.Earliest.IsZero() && !r.Latest.IsZero() && r.Latest.LastDay() < r.Earliest.FirstDay() {
		return bad(r.Earliest.String() + " is after " + r.Latest.String())
	}
	return r, nil
}

// MustRange is ParseRange for literals in tests and generators; it panics on error.
func MustRange(s string) Range {
	r, err := ParseRange(s)
	if err != nil {
		panic(err)
	}
	return r
}

// IsZero reports whether the date was not given at all.
func (r Range) IsZero() bool { return r.Earliest.IsZero() && r.Latest.IsZero() }

// IsDate reports whether r is exactly one partial date (or zero).
func (r Range) IsDate() bool { return r.Earliest == r.Latest }

// Exact reports whether r is one day.
func (r Range) Exact() bool { return r.IsDate() && r.Earliest.Precision() == PrecisionDay }

// FirstDay is the earliest possible day as yyyymmdd, MinDay when open below.
func (r Range) FirstDay() int { return r.Earliest.FirstDay() }

// LastDay is the latest possible day as yyyymmdd, MaxDay when open above.
func (r Range) LastDay() int { return r.Latest.LastDay() }

// String is the dataset notation: "2018-12", "2018-10/2018-12", "2015/..",
// "../2021-12", or "" for the zero Range.
func (r Range) String() string {
	if r.IsDate() {
		return r.Earliest.String()
	}
	end := func(d Date) string {
		if d.IsZero() {
			return ".."
		}
		return d.String()
	}
	return end(r.Earliest) + "/" + end(r.Latest)
}

// Date is the narrowest partial date that contains every day of r: the year
// and then the month they share. It is zero when r is open on either side or
// its ends lie in different years: "2018-10/2018-12" gives "2018".
func (r Range) Date() Date {
	if r.IsDate() {
		return r.Earliest
	}
	a, b := r.Earliest, r.Latest
	if a.IsZero() || b.IsZero() || a.Year != b.Year {
		return Date{}
	}
	// The ends' first and last days decide, not their precisions: "2018-01/2018"
	// covers the whole year.
	first, last := r.FirstDay(), r.LastDay()
	d := Date{Year: a.Year}
	if first/100 == last/100 {
		d.Month = first / 100 % 100
		if first == last {
			d.Day = first % 100
		}
	}
	return d
}
