package loader_test

import (
	"fmt"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
)

func TestDiff(t *testing.T) {
	line := func(from, to, note string) org.Link {
		return org.Link{Rel: org.ReportsTo, From: from, To: to, Span: org.Span{From: org.MustRange("2018")},
			Sources: []org.Source{{Document: "d", Note: note}}}
	}
	a, a2, b := line("p", "q", "one"), line("p", "q", "two"), line("r", "q", "one")
	bare, emptied, inferred := a, a, a
	bare.Sources, emptied.Sources, inferred.Inferred = nil, []org.Source{}, true
	const key = "REPORTS_TO p → q from 2018"
	tests := []struct {
		name       string
		prev, next []org.Link
		want       string
	}{
		{"same", []org.Link{a, b}, []org.Link{b, a}, "[]"},
		{"edited note", []org.Link{a, b}, []org.Link{a2, b}, "[~ " + key + "]"},
		{"created and deleted", []org.Link{a}, []org.Link{b}, "[+ REPORTS_TO r → q from 2018 - " + key + "]"},
		// Validation only warns about a fact stated twice: a load must
		// still write exactly the dataset's copies.
		{"a duplicate dropped", []org.Link{a, a}, []org.Link{a}, "[- " + key + "]"},
		{"a duplicate added", []org.Link{a}, []org.Link{a, a}, "[+ " + key + "]"},
		{"one of two readings edited", []org.Link{a, a2}, []org.Link{a, a}, "[~ " + key + "]"},
		{"two readings swapped", []org.Link{a, a2}, []org.Link{a2, a}, "[]"},
		// Neo4j gives back no list as an empty one.
		{"no sources, nil or empty", []org.Link{bare}, []org.Link{emptied}, "[]"},
		{"inferred", []org.Link{a}, []org.Link{inferred}, "[~ " + key + "]"},
		{"a source dropped", []org.Link{a}, []org.Link{emptied}, "[~ " + key + "]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fmt.Sprint(loader.Diff(&org.Dataset{Links: tt.prev}, &org.Dataset{Links: tt.next}))
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
