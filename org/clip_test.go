package org

import "testing"

// The cases are the built-in dataset's: roles and memberships whose units
// have vague founding dates or end in a merge.
func TestClip(t *testing.T) {
	span := func(from, to string) Span {
		var s Span
		if from != "" {
			s.From = MustRange(from)
		}
		if to != "" {
			s.To = MustRange(to)
		}
		return s
	}
	life := func(from, to string) Lifespan {
		s := span(from, to)
		return Lifespan{From: s.From, To: s.To}
	}
	tests := []struct {
		name string
		fact Span
		life Lifespan
		want Bounds
	}{
		{
			// Dai Shan heads Taobao from 2022-01-01 (doc 004); Taobao was
			// founded "1999/..". The stated start shows Taobao existed by then.
			name: "stated start kept against a vague founding",
			fact: span("2022-01-01", ""), life: life("1999/..", ""),
			want: Bounds{StartMin: 20220101, StartMax: 20220101, EndMin: MaxDay, EndMax: MaxDay},
		},
		{
			// A Tmall unit with an unknown start cannot predate Tmall (2012).
			name: "unknown start clipped to the founding year, still never certain",
			fact: span("", ""), life: life("2012", ""),
			want: Bounds{StartMin: 20120101, StartMax: MaxDay, EndMin: MaxDay, EndMax: MaxDay},
		},
		{
			// A membership still in force ends when its unit merges away on
			// 2022-01-06 (doc 004).
			name: "fact in force ends with its unit",
			fact: span("2017-12-02", ""), life: life("", "2022-01-06"),
			want: Bounds{StartMin: 20171202, StartMax: 20171202, EndMin: 20220106, EndMax: 20220106},
		},
		{
			// A stated end inside the unit's life is kept as stated.
			name: "stated end kept",
			fact: span("2019-04", "2021-12"), life: life("2012", "2022-01-06"),
			want: Bounds{StartMin: 20190401, StartMax: 20190430, EndMin: 20211201, EndMax: 20211231},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fact.Bounds().Clip(tt.life); got != tt.want {
				t.Errorf("Clip = %+v, want %+v", got, tt.want)
			}
		})
	}
}
