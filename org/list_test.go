package org

import (
	"fmt"
	"testing"
)

func TestListPage(t *testing.T) {
	all := []Cursor{{"Ann", "a1"}, {"Ann", "a2"}, {"Bo", "b"}, {"Cy", "c"}}
	tests := []struct {
		name string
		q    ListQuery
		want string
	}{
		{"the first two, more follow", ListQuery{First: 2}, "[{Ann a1} {Ann a2}] 4 true"},
		{"after the first of two same names", ListQuery{First: 2, After: Cursor{"Ann", "a1"}}, "[{Ann a2} {Bo b}] 4 true"},
		{"the last page has none after it", ListQuery{First: 2, After: Cursor{"Ann", "a2"}}, "[{Bo b} {Cy c}] 4 false"},
		{"a cursor between entries continues after it", ListQuery{First: 5, After: Cursor{"Bz", "zz"}}, "[{Cy c}] 4 false"},
		{"after the last there is nothing", ListQuery{First: 5, After: Cursor{"Cy", "c"}}, "[] 4 false"},
		{"first 0 says only whether any follow", ListQuery{First: 0}, "[] 4 true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.q.Page(all)
			if got := fmt.Sprintf("%v %d %v", p.Items, p.Total, p.HasNext); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestListMatches(t *testing.T) {
	keys := Keys("Dai Shan", []string{"戴珊", "Daishan"})
	for _, tt := range []struct {
		prefix string
		want   bool
	}{{"", true}, {"  ", true}, {"dai s", true}, {"DAISH", true}, {"戴", true}, {"shan", false}, {"珊", false}} {
		if got := (ListQuery{Prefix: tt.prefix}).Matches(keys); got != tt.want {
			t.Errorf("prefix %q: got %v, want %v", tt.prefix, got, tt.want)
		}
	}
}
