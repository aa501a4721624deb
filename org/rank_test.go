package org

import (
	"slices"
	"testing"
)

func TestRankHits(t *testing.T) {
	hits := func() []SearchHit {
		return []SearchHit{
			{ID: "u2", Name: "Tmall", Score: 0.5},
			{ID: "p1", Name: "Dai Shan", Score: 1},
			{ID: "u1", Name: "Tmall", Score: 0.5},
			{ID: "p2", Name: "Ali", Score: 0.5},
		}
	}
	tests := []struct {
		name string
		n    int
		want []string // ids
	}{
		{"all", 4, []string{"p1", "p2", "u1", "u2"}},
		{"more than there are", 10, []string{"p1", "p2", "u1", "u2"}},
		{"first two", 2, []string{"p1", "p2"}},
		{"none", 0, []string{}},
		{"negative", -1, []string{}},
		{"very negative", -1 << 62, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, h := range RankHits(hits(), tt.n) {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
