package org

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		want      Date
		first     int
		last      int
		wantError bool
	}{
		{in: "2017", want: Date{2017, 0, 0}, first: 20170101, last: 20171231},
		{in: "2017-12", want: Date{2017, 12, 0}, first: 20171201, last: 20171231},
		{in: "2024-02", want: Date{2024, 2, 0}, first: 20240201, last: 20240229},
		{in: "2023-02", want: Date{2023, 2, 0}, first: 20230201, last: 20230228},
		{in: "2017-12-02", want: Date{2017, 12, 2}, first: 20171202, last: 20171202},
		{in: "2021-02-29", wantError: true},
		{in: "2022-13", wantError: true},
		{in: "2022-00", wantError: true},
		{in: "22-01", wantError: true},
		{in: "2022/01/06", wantError: true},
		{in: "0000", wantError: true},
		{in: "", wantError: true},
		{in: "2022-1-6", wantError: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantError {
				if err == nil || ErrorCode(err) != Invalid {
					t.Fatalf("ParseDate(%q) = %v, %v; want an INVALID error", tt.in, got, err)
				}
				if want := `"` + tt.in + `"`; !contains(err.Error(), want) {
					t.Errorf("error %q does not name the value %s", err, want)
				}
				return
			}
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

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestWindowOverlaps(t *testing.T) {
	d := MustDate
	tests := []struct {
		name string
		span Span
		w    Window
		want bool
	}{
		{"open end holds later", Span{From: d("2022-01-06")}, At(d("2030")), true},
		{"not before it starts", Span{From: d("2022-01-06")}, At(d("2021-12")), false},
		{"unknown start holds earlier", Span{To: d("2017-12-02")}, At(d("1999")), true},
		{"unknown start ends", Span{To: d("2017-12-02")}, At(d("2018")), false},
		{"both unknown holds always", Span{}, At(d("2010-05-05")), true},
		{"month fact queried at a day inside it", Span{From: d("2018-12"), To: d("2018-12")}, At(d("2018-12-31")), true},
		{"month fact queried at the day before", Span{From: d("2018-12")}, At(d("2018-11-30")), false},
		{"ends the day the window starts", Span{To: d("2017-12-02")}, Window{From: d("2017-12-02")}, true},
		{"ends the day before the window starts", Span{To: d("2017-12-01")}, Window{From: d("2017-12-02")}, false},
		{"year window holds a day fact", Span{From: d("2011-06-15"), To: d("2011-06-15")}, At(d("2011")), true},
		{"a month query holds a fact ending that month", Span{From: d("2019-04"), To: d("2021-12")}, At(d("2021-12")), true},
		{"empty window selects everything", Span{From: d("2008"), To: d("2009")}, Window{}, true},
		{"from only", Span{From: d("2008"), To: d("2009")}, Window{From: d("2010")}, false},
		{"to only", Span{From: d("2008"), To: d("2009")}, Window{To: d("2008-01")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.w.Overlaps(tt.span); got != tt.want {
				t.Errorf("%+v.Overlaps(%+v) = %v, want %v", tt.w, tt.span, got, tt.want)
			}
		})
	}
}
