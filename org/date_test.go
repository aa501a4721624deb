package org

import (
	"fmt"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		want  Date
		first int
		last  int
	}{
		{in: "2017", want: Date{2017, 0, 0}, first: 20170101, last: 20171231},
		{in: "2017-12", want: Date{2017, 12, 0}, first: 20171201, last: 20171231},
		{in: "2024-02", want: Date{2024, 2, 0}, first: 20240201, last: 20240229},
		{in: "2023-02", want: Date{2023, 2, 0}, first: 20230201, last: 20230228},
		{in: "2017-12-02", want: Date{2017, 12, 2}, first: 20171202, last: 20171202},
		{in: "2024-02-29", want: Date{2024, 2, 29}, first: 20240229, last: 20240229},
		{in: "0001", want: Date{1, 0, 0}, first: 10101, last: 11231},
		{in: "9999-12-31", want: Date{9999, 12, 31}, first: 99991231, last: 99991231},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
			if got.FirstDay() != tt.first || got.LastDay() != tt.last {
				t.Errorf("days = %d..%d, want %d..%d", got.FirstDay(), got.LastDay(), tt.first, tt.last)
			}
		})
	}
}

// TestParseDateRejects lists forms outside the documented notation (YYYY,
// YYYY-MM, YYYY-MM-DD in ASCII digits, year 0001 to 9999) with the exact
// message, which must name the value as the user wrote it.
func TestParseDateRejects(t *testing.T) {
	const shape = "want YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits"
	tests := []struct {
		name string
		in   string
		why  string
	}{
		{"empty", "", shape},
		{"plus sign", "+201", shape},
		{"minus sign", "-201", shape},
		{"signed month", "2017-+1", shape},
		{"signed day", "2017-01-+1", shape},
		{"leading space", " 2017", shape},
		{"trailing space", "2017 ", shape},
		{"inner space", "2017- 1", shape},
		{"underscore", "2_17", shape},
		{"one-digit month", "2017-1", shape},
		{"three-digit month", "2017-001", shape},
		{"one-digit month and day", "2022-1-6", shape},
		{"two-digit year", "22-01", shape},
		{"five-digit year", "20170", shape},
		{"slashes", "2022/01/06", shape},
		{"dots", "2022.01", shape},
		{"fullwidth digits", "２０１７", shape},
		{"arabic-indic digits", "٢٠١٧", shape},
		{"time suffix", "2017-12-02T00:00", shape},
		{"hex", "0x7E", shape},
		{"year zero", "0000", "year must be 0001 or later"},
		{"year zero with month", "0000-01", "year must be 0001 or later"},
		{"month zero", "2022-00", "month must be 01 to 12"},
		{"month thirteen", "2022-13", "month must be 01 to 12"},
		{"month thirteen with day", "2022-13-01", "month must be 01 to 12"},
		{"day zero", "2022-01-00", "no such day"},
		{"day 32", "2022-01-32", "no such day"},
		{"not a leap year", "2021-02-29", "no such day"},
		{"century not a leap year", "1900-02-29", "no such day"},
		{"thirty days hath september", "2021-09-31", "no such day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err == nil || ErrorCode(err) != Invalid {
				t.Fatalf("ParseDate(%q) = %v, %v; want an INVALID error", tt.in, got, err)
			}
			want := fmt.Sprintf("invalid date %q: %s", tt.in, tt.why)
			if err.Error() != want {
				t.Errorf("got  %s\nwant %s", err, want)
			}
		})
	}
}
