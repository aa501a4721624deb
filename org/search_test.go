package org

import "testing"

func TestScoreTiers(t *testing.T) {
	tests := []struct {
		q, alias string
		min, max float64
	}{
		{"Dai Shan", "daishan", 1, 1},
		{"Xuan-De", "xuande", 1, 1},
		{"tm", "tmall", 0.8, 0.9},
		{"mall", "taobaomall", 0.6, 0.7},
		{"jiangfna", "jiangfan", 0.01, 0.5},
		{"zzzz", "tmall", 0, 0},
		{"戴", "戴珊", 0.8, 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.q+"~"+tt.alias, func(t *testing.T) {
			got := Score(Normalize(tt.q), tt.alias)
			if got < tt.min || got > tt.max {
				t.Errorf("Score(%q, %q) = %v, want in [%v, %v]", tt.q, tt.alias, got, tt.min, tt.max)
			}
		})
	}
}

func TestGramsCoverEveryHit(t *testing.T) {
	// A store that only scores aliases sharing a gram must miss no hit.
	aliases := []string{"jiangfan", "chiangfan", "taobaomall", "淘宝商城", "tmall", "xuande"}
	for _, q := range []string{"jiangfna", "tmal", "mall", "淘宝", "a", "xd", "chiang"} {
		for _, a := range aliases {
			if Score(q, a) > 0 && !sharesGram(q, a) {
				t.Errorf("Score(%q, %q) > 0 but they share no gram", q, a)
			}
		}
	}
}
