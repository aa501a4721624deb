package org

import (
	"fmt"
	"testing"
)

// FuzzParseDate checks the parser's promises on any input: what it accepts
// is written back exactly as given (the notation has one spelling per date)
// and re-parses to the same date, its period is not empty, and what it
// refuses is an INVALID error that names the value.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017", "2017-12", "2017-12-02", "2024-02-29", "0001", "9999-12-31",
		"+201", "2017-1", "2017-001", "２０１７", " 2017", "2021-02-29", "0000", "2022-13", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if ErrorCode(err) != Invalid {
				t.Fatalf("ParseDate(%q): code %s, want INVALID", s, ErrorCode(err))
			}
			if want := fmt.Sprintf("invalid date %q: ", s); len(err.Error()) < len(want) || err.Error()[:len(want)] != want {
				t.Fatalf("ParseDate(%q): error %q does not start with %q", s, err, want)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q, want the input back", s, got)
		}
		again, err := ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v", d.String(), again, err, d)
		}
		if d.IsZero() || d.FirstDay() > d.LastDay() {
			t.Fatalf("ParseDate(%q) = %+v with days %d..%d, want a known date whose period is not empty", s, d, d.FirstDay(), d.LastDay())
		}
	})
}
