package synth

import (
	"math/rand/v2"
	"time"

	"github.com/orgraph/orgraph/org"
)

// day is a calendar day counted from 1970-01-01, so that "the day before"
// is plain arithmetic.
type day int32

// unknownDay stands for a fact's unknown start: before every real day.
const unknownDay day = -1 << 30

func dayOf(y, m, d int) day {
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) ymd() (int, int, int) {
	t := time.Unix(int64(d)*86400, 0).UTC()
	return t.Year(), int(t.Month()), t.Day()
}

// packed is a date at its precision as yyyymmdd, with month and day zero
// when unknown; 0 is an unknown date. Four bytes instead of org.Date's 24
// keep a million people's open facts small.
type packed int32

func (p packed) date() org.Date {
	return org.Date{Year: int(p / 10000), Month: int(p / 100 % 100), Day: int(p % 100)}
}

// A change that takes effect on day t ends the old fact on t-1 and starts the
// new one on t. Writing either side at year (or month) precision is only
// honest when t is the first day of a year (or month): then the old fact's
// "to" period ends right before the new fact's "from" period begins, so no
// two facts of one person ever overlap, at any precision.

// startDate writes t as a "from" (or a lineage date) at a precision t allows.
func startDate(r *rand.Rand, t day) packed {
	y, m, d := t.ymd()
	return pack(r, y, m, d, d == 1, d == 1 && m == 1)
}

// endDate writes t-1, the last day of a fact that a change on t ends.
func endDate(r *rand.Rand, t day) packed {
	y, m, d := (t - 1).ymd()
	_, _, next := t.ymd()
	return pack(r, y, m, d, next == 1, next == 1 && m == 12)
}

// pack picks a precision: coarser ones are preferred where allowed, since
// real sources are vague more often than not.
func pack(r *rand.Rand, y, m, d int, month, year bool) packed {
	switch x := r.IntN(10); {
	case year && x < 4:
		return packed(y * 10000)
	case month && x < 7:
		return packed(y*10000 + m*100)
	}
	return packed(y*10000 + m*100 + d)
}

// changeDay picks the day of a change in year y: a quarter on 1 January, a
// third on the first of a month, the rest on any day, so that every
// precision shows up in the dataset.
func changeDay(r *rand.Rand, y int) day {
	switch x := r.IntN(20); {
	case x < 5:
		return dayOf(y, 1, 1)
	case x < 12:
		return dayOf(y, 1+r.IntN(12), 1)
	}
	return dayOf(y, 1, 1) + day(r.IntN(365))
}
