package storetest

import (
	"fmt"

	"github.com/orgraph/orgraph/org"
)

// Synthetic makes a large regular org for benchmarks: n people in a
// four-way reporting tree, one unit per ten people in a unit tree, each
// person heading a unit, and a chain of renames; every fact dated.
func Synthetic(n int) *org.Dataset {
	src := []org.Source{{Document: "doc", Title: "Synthetic", Note: "generated"}}
	ds := &org.Dataset{Documents: []org.Document{{ID: "doc", Title: "Synthetic"}}}
	span := func(i int) org.Span {
		return org.Span{From: org.Date{Year: 2008 + i%10, Month: 1 + i%12}, To: org.Date{Year: 2019 + i%4}}
	}
	units := max(1, n/10)
	for i := range n {
		id := fmt.Sprintf("p%d", i)
		ds.People = append(ds.People, org.Person{ID: id, Name: fmt.Sprintf("Person %d", i), Aliases: []string{fmt.Sprintf("P%dx", i)}, Sources: src})
		if i > 0 {
			ds.Links = append(ds.Links, org.Link{Rel: org.ReportsTo, From: id, To: fmt.Sprintf("p%d", (i-1)/4), Span: span(i), Sources: src})
		}
		ds.Links = append(ds.Links, org.Link{Rel: org.Heads, From: id, To: fmt.Sprintf("u%d", i%units), Title: "Head", Span: span(i), Sources: src})
	}
	for i := range units {
		id := fmt.Sprintf("u%d", i)
		ds.Units = append(ds.Units, org.Unit{ID: id, Name: fmt.Sprintf("Unit %d", i), Kind: "team", Sources: src})
		if i > 0 {
			ds.Links = append(ds.Links, org.Link{Rel: org.PartOf, From: id, To: fmt.Sprintf("u%d", (i-1)/4), Span: span(i), Sources: src})
		}
		if i > 0 && i%100 == 0 {
			d := org.Date{Year: 2010 + i%10}
			ds.Links = append(ds.Links, org.Link{Rel: org.RenamedTo, From: fmt.Sprintf("u%d", i-100), To: id, Span: org.Span{From: d, To: d}, Sources: src})
		}
	}
	return ds
}
