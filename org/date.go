package org

import (
	"fmt"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// The precisions a Date can have; the zero Date has PrecisionNone and means "unknown".
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date known to year, month or day precision. A partial
// date stands for its whole period: "2022-01" is every day of January 2022.
// The zero Date is unknown; it is what a missing validFrom or validTo holds.
type Date struct {
	Year, Month, Day int
}

// ParseDate reads "2017", "2017-12" or "2017-12-02" and nothing else: ASCII
// digits only, no sign or spaces, a four-digit year from 0001 and two-digit
// months and days. Anything else, including impossible dates such as
// "2021-02-30", is an INVALID error naming the value. The parser checks each
// byte itself rather than using strconv.Atoi, which would accept "+201".
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, Errorf(Invalid, "invalid date %q: %s", s, why)
	}
	if !dateShape(s) {
		return bad("want YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits")
	}
	d := Date{Year: digits(s[0:4])}
	if len(s) >= 7 {
		d.Month = digits(s[5:7])
	}
	if len(s) == 10 {
		d.Day = digits(s[8:10])
	}
	switch {
	case d.Year < 1:
		return bad("year must be 0001 or later")
	case len(s) >= 7 && (d.Month < 1 || d.Month > 12):
		return bad("month must be 01 to 12")
	case len(s) == 10 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)):
		return bad("no such day")
	}
	return d, nil
}

// dateShape reports whether s is DDDD, DDDD-DD or DDDD-DD-DD with ASCII digits.
func dateShape(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// digits is the value of a run of ASCII digits that dateShape has checked.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// daysIn is the number of days in a month of the proleptic Gregorian calendar.
func daysIn(year, month int) int {
	// Day 0 of the next month is the last day of this one.
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// MustDate is ParseDate for literals in tests and generators; it panics on error.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d at its own precision; the zero Date is "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Day numbers are yyyymmdd integers: they order like dates, read well in
// Neo4j Browser and let both stores compare periods with plain integers.
const (
	// MinDay stands for an unknown start: earlier than any date.
	MinDay = 0
	// MaxDay stands for an open end: later than any date.
	MaxDay = 99999999
)

// FirstDay is the first day of d's period as yyyymmdd, or MinDay when d is unknown.
func (d Date) FirstDay() int {
	switch d.Precision() {
	case PrecisionNone:
		return MinDay
	case PrecisionYear:
		return d.Year*10000 + 101
	case PrecisionMonth:
		return d.Year*10000 + d.Month*100 + 1
	}
	return d.Year*10000 + d.Month*100 + d.Day
}

// LastDay is the last day of d's period as yyyymmdd, or MaxDay when d is unknown.
func (d Date) LastDay() int {
	switch d.Precision() {
	case PrecisionNone:
		return MaxDay
	case PrecisionYear:
		return d.Year*10000 + 1231
	case PrecisionMonth:
		return d.Year*10000 + d.Month*100 + daysIn(d.Year, d.Month)
	}
	return d.Year*10000 + d.Month*100 + d.Day
}
